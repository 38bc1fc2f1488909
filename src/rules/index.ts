// Obligation rules: what the plan requires of a given boiler, furnace, vehicle, site or place.
import { RULE_TABLE, RULES, type PlanRule, type RuleId } from '../../data/rules/index.js';
import { THRESHOLD_TABLE, THRESHOLDS, type ThresholdId } from '../../data/thresholds.js';
import { refuse } from '../errors.js';
import type { SubjectKind } from '../plan-schemas.generated.js';
import type { Threshold } from '../model/threshold.js';
import type { DeepReadonly } from '../model/readonly.js';

export { assess, type AssessOptions } from './assess.js';
export { validateSubject } from './validate.js';
export { assessAll, type AssessAllResult, type AssessAllRow, type AssessAllSummary } from './assess-all.js';
export { RULES, THRESHOLDS, type RuleId, type ThresholdId, type PlanRule };
// The types of subjects (one per kind, narrowed to the plan's places) and of verdicts; their zod schemas
// are in shanxi-air-plan/schemas.
export type * from './subject-types.generated.js';
export type { Verdict, Condition, ConditionTerm, Facts, Obligation, Rule, Threshold } from '../plan-schemas.generated.js';
export type { Compliance } from '../model/verdict.js';

/** One threshold as bundled (an entry of {@link THRESHOLDS}), its id typed as the bundled ids. @category Rules */
export type PlanThreshold = DeepReadonly<Threshold> & { readonly id: ThresholdId };

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The rule with the given id.
 *
 * @param id - a rule id, e.g. `'coal-boiler-cleanup'`
 * @returns the rule: task, title, obligation, subject kinds, thresholds, deadline, note and citation
 * @throws {PlanInputError} when no rule has that id
 * @example
 * ```ts
 * getRule('coal-boiler-ule-35-65').deadline; //=> '2024-10-31'
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export function getRule(id: RuleId): PlanRule;
export function getRule(id: string): PlanRule;
export function getRule(id: string): PlanRule {
  if (typeof id !== 'string' || !hasOwn.call(RULE_TABLE, id))
    refuse('unknown-id', 'id', id, ['a rule id (see RULES)', '规则 id（见 RULES）']);
  // RULES' entry, which carries the compliance example (RULE_TABLE's, read by assess, does not).
  return RULES.find((r) => r.id === id)!;
}

/**
 * The threshold with the given id.
 *
 * @param id - a threshold id, e.g. `'coal-boiler-cleanup-max'`
 * @returns the threshold: field, value, unit, side, whether inclusive, the plan's words, the reading and citation
 * @throws {PlanInputError} when no threshold has that id
 * @example
 * ```ts
 * getThreshold('coal-boiler-cleanup-max').inclusive; //=> true
 * ```
 * @see 三(二)9
 * @category Rules
 */
export function getThreshold(id: ThresholdId): PlanThreshold;
export function getThreshold(id: string): PlanThreshold;
export function getThreshold(id: string): PlanThreshold {
  if (typeof id !== 'string' || !hasOwn.call(THRESHOLD_TABLE, id))
    refuse('unknown-id', 'id', id, ['a threshold id (see THRESHOLDS)', '阈值 id（见 THRESHOLDS）']);
  return THRESHOLD_TABLE[id as ThresholdId];
}

/**
 * The rules that apply to a subject kind, in the order of `RULES`.
 *
 * @param kind - a subject kind, e.g. `'truck'`
 * @returns the rules whose `appliesTo` names it
 * @throws {PlanInputError} when `kind` is not a subject kind
 * @example
 * ```ts
 * rulesFor('truck').map((r) => r.id);
 * //=> ['old-diesel-truck-phase-out', 'lean-burn-gas-truck-phase-out', 'truck-anti-tampering', 'vehicle-inspection-maintenance']
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export function rulesFor(kind: SubjectKind): PlanRule[] {
  const out: PlanRule[] = [];
  for (const r of RULES) if ((r.appliesTo as readonly string[]).includes(kind)) out.push(r);
  if (out.length === 0) {
    const kinds = [...new Set(RULES.flatMap((r) => r.appliesTo as readonly string[]))].map((k) => `'${k}'`);
    refuse('unknown-id', 'kind', kind, [`a subject kind, one of ${kinds.join(', ')}`, `主体类别，${kinds.join('、')} 之一`]);
  }
  return out;
}
