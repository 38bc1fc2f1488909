// What the commitment files of each part of the plan share: the input type, the scopes, and the note for
// sentences that should become rules. A commitment does not list its departments: ./index.ts copies them (and
// the lead) from the responsibility note of its task that covers its paragraph — the task's first note, or
// the one `duty` names where the task has two (tests/data/commitments.test.ts checks that the note is the one
// whose paragraph holds the commitment's quote).
import type { Commitment } from '../../src/model/commitment.js';
import type { DeepReadonly } from '../../src/model/readonly.js';
import type { ClauseId } from '../clauses.js';
import type { CityId, RegionId } from '../places.js';
import type { RuleId } from '../rules/index.js';
import type { TargetId } from '../targets/index.js';

export type Scope =
  | { readonly kind: 'province' }
  | { readonly kind: 'city'; readonly city: CityId }
  | { readonly kind: 'region'; readonly region: RegionId };

export type CommitmentInput = Omit<DeepReadonly<Commitment>, 'departments' | 'lead'> & {
  /** Which of the task's responsibility notes covers the commitment, where the task has two (tasks 12, 13, 21, 29). */
  readonly duty?: 2;
  readonly scope: readonly Scope[];
  readonly targets?: readonly TargetId[];
  readonly rules?: readonly RuleId[];
  readonly source: { readonly clause: ClauseId; readonly quote: string };
};

export const PROVINCE = [{ kind: 'province' }] as const;
export const city = <const C extends CityId>(c: C) => [{ kind: 'city', city: c }] as const;
export const region = <const R extends RegionId>(r: R) => [{ kind: 'region', region: r }] as const;

export const PROPOSED_RULE = {
  zh: '此句针对可识别的对象（企业、设施、机构），宜另立规则；在规则写成之前，以本承诺记录。',
  en: 'This sentence concerns identifiable subjects (enterprises, installations, bodies) and should become a rule; until one is written, this commitment records it.',
} as const;
