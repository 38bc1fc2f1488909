// What the commitment files of each part of the plan share: the input type, the scopes, and the note for
// sentences that should become rules. Each commitment lists the bodies of its responsibility note itself
// (tests/data/commitments.test.ts checks them against the task's note), so that the data stays plain literals.
import type { Commitment } from '../../src/model/commitment.js';
import type { DeepReadonly } from '../../src/model/readonly.js';
import type { ClauseId } from '../clauses.js';
import type { DepartmentId } from '../departments.js';
import type { CityId, RegionId } from '../places.js';
import type { RuleId } from '../rules/index.js';
import type { TargetId } from '../targets/index.js';

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

export const PROVINCE = [{ kind: 'province' }] as const;
export const city = <const C extends CityId>(c: C) => [{ kind: 'city', city: c }] as const;
export const region = <const R extends RegionId>(r: R) => [{ kind: 'region', region: r }] as const;

export const PROPOSED_RULE = {
  zh: '此句针对可识别的对象(企业、设施、机构),宜另立规则;在规则写成之前,以本承诺记录。',
  en: 'This sentence concerns identifiable subjects (enterprises, installations, bodies) and should become a rule; until one is written, this commitment records it.',
} as const;
