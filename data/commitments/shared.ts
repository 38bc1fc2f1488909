// What the commitment files of each part of the plan share: the input type, the bodies of the
// responsibility notes, the scopes, and the note for sentences that should become rules.
import type { Commitment } from '../../src/model/commitment.js';
import type { DeepReadonly } from '../../src/model/readonly.js';
import type { ClauseId } from '../clauses.js';
import type { DepartmentId } from '../departments.js';
import type { CityId, RegionId } from '../places.js';
import type { RuleId } from '../rules/index.js';
import type { TargetId } from '../targets.js';

export type Scope =
  | { readonly kind: 'province' }
  | { readonly kind: 'city'; readonly city: CityId }
  | { readonly kind: 'region'; readonly region: RegionId };

export type CommitmentInput = DeepReadonly<Commitment> & {
  readonly departments: readonly DepartmentId[];
  readonly lead?: DepartmentId;
  readonly scope: readonly Scope[];
  readonly targets?: readonly TargetId[];
  readonly rules?: readonly RuleId[];
  readonly source: { readonly clause: ClauseId; readonly quote: string };
};

// The bodies of each responsibility note (TASKS[n − 1].duties; T12_2 is task 12's second note), copied so that
// the data imports nothing but types: tests/data/commitments.test.ts checks each against the task's note.
export const T1 = { departments: ['development-reform', 'industry-it', 'ecology-environment', 'energy', 'approval-services'] } as const;
export const T2 = { departments: ['industry-it', 'energy', 'development-reform', 'ecology-environment'] } as const;
export const T3 = { departments: ['industry-it', 'energy', 'development-reform', 'ecology-environment', 'emergency-management', 'market-regulation'] } as const;
export const T4 = { departments: ['ecology-environment', 'industry-it'] } as const;
export const T6 = { departments: ['ecology-environment', 'development-reform', 'science-technology', 'industry-it', 'market-regulation'] } as const;
export const T7 = { departments: ['development-reform', 'energy', 'industry-it', 'ecology-environment', 'housing-urban-rural', 'agriculture-rural'] } as const;
export const T8 = { departments: ['energy', 'ecology-environment'] } as const;
export const T9 = { departments: ['energy', 'ecology-environment', 'housing-urban-rural', 'market-regulation'] } as const;
export const T10 = { departments: ['ecology-environment', 'industry-it', 'energy'] } as const;
export const T11 = { departments: ['energy', 'ecology-environment', 'development-reform', 'finance', 'housing-urban-rural', 'agriculture-rural', 'market-regulation'] } as const;
export const T12_1 = { departments: ['transport', 'development-reform', 'ecology-environment', 'china-railway-taiyuan'] } as const;
export const T12_2 = { departments: ['transport', 'development-reform', 'china-railway-taiyuan', 'industry-it', 'natural-resources', 'ecology-environment'] } as const;
export const T13_1 = { departments: ['industry-it', 'public-security', 'ecology-environment', 'transport', 'energy', 'postal'] } as const;
export const T13_2 = { departments: ['ecology-environment', 'transport', 'public-security', 'market-regulation'] } as const;
export const T14 = { departments: ['ecology-environment', 'transport', 'china-railway-taiyuan'] } as const;
export const T15 = { departments: ['development-reform', 'public-security', 'ecology-environment', 'transport', 'commerce', 'taiyuan-customs', 'market-regulation'] } as const;
export const T16 = { departments: ['housing-urban-rural', 'ecology-environment', 'transport', 'water-resources'] } as const;
export const T18 = { departments: ['ecology-environment', 'agriculture-rural', 'development-reform', 'meteorology'] } as const;
export const T19 = { departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'commerce'] } as const;
export const T21_1 = { departments: ['ecology-environment'] } as const;
export const T21_2 = { departments: ['ecology-environment', 'industry-it', 'market-regulation'], lead: 'ecology-environment' } as const;
export const T22 = { departments: ['ecology-environment', 'housing-urban-rural'] } as const;
export const T24 = { departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'china-railway-taiyuan'] } as const;
export const T25 = { departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'commerce'] } as const;
export const T26 = { departments: ['ecology-environment'] } as const;
export const T27 = { departments: ['ecology-environment'] } as const;
export const T28 = { departments: ['ecology-environment', 'meteorology'] } as const;
export const T29_1 = { departments: ['ecology-environment'] } as const;
export const T29_2 = { departments: ['ecology-environment', 'transport'] } as const;
export const T30 = { departments: ['ecology-environment', 'public-security', 'market-regulation'] } as const;
export const T31 = { departments: ['ecology-environment', 'science-technology', 'meteorology'] } as const;
export const T32 = { departments: ['ecology-environment', 'justice', 'market-regulation'] } as const;
export const T33 = { departments: ['development-reform', 'finance', 'ecology-environment', 'energy', 'taxation', 'pboc-shanxi'] } as const;
export const LEAD_EE = { departments: ['ecology-environment'], lead: 'ecology-environment' } as const; // tasks 34, 35, 37, 38 (with 各有关部门)
export const T36 = { departments: ['ecology-environment', 'development-reform', 'market-regulation'] } as const;

export const PROVINCE = [{ kind: 'province' }] as const;
export const city = <const C extends CityId>(c: C) => [{ kind: 'city', city: c }] as const;
export const region = <const R extends RegionId>(r: R) => [{ kind: 'region', region: r }] as const;

export const PROPOSED_RULE = {
  zh: '此句针对可识别的对象(企业、设施、机构),宜另立规则;在规则写成之前,以本承诺记录。',
  en: 'This sentence concerns identifiable subjects (enterprises, installations, bodies) and should become a rule; until one is written, this commitment records it.',
} as const;
