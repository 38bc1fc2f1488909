import { deepFreeze } from '../../src/freeze.js';
import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Rule } from '../../src/model/rules.js';
import type { ClauseId } from '../clauses.js';
import type { ThresholdId } from '../thresholds.js';
import { INDUSTRY_STRUCTURE_RULES } from './industry-structure.js';
import { ENERGY_STRUCTURE_RULES } from './energy-structure.js';
import { TRANSPORT_STRUCTURE_RULES } from './transport-structure.js';
import { AREA_SOURCE_RULES } from './area-sources.js';
import { MULTI_POLLUTANT_REDUCTION_RULES } from './multi-pollutant-reduction.js';
import { TAIYUAN_RULES } from './taiyuan.js';
import { MANAGEMENT_SYSTEM_RULES } from './management-system.js';
import { SUPERVISION_CAPACITY_RULES } from './supervision-capacity.js';
import { RESPONSIBILITY_RULES } from './responsibilities.js';
import { COMPLIANCE_EXAMPLES, type ComplianceExampleInput } from './compliance-examples.js';

// The registry of the obligation rules, assembled from one file per section of 三、重点任务 (section 三(九)
// states no rule on a subject), in the order of the sections and so of the tasks.

/**
 * The sections' rules in one object literal, in the order of the sections. (A literal with spreads, in a
 * function so that a bundler may drop the call: V8 keeps it an object with fast properties, where
 * Object.assign leaves these 114 keys in a slower dictionary; the rule families read it on every call.)
 */
function assembled() {
  return {
    ...INDUSTRY_STRUCTURE_RULES,
    ...ENERGY_STRUCTURE_RULES,
    ...TRANSPORT_STRUCTURE_RULES,
    ...AREA_SOURCE_RULES,
    ...MULTI_POLLUTANT_REDUCTION_RULES,
    ...TAIYUAN_RULES,
    ...MANAGEMENT_SYSTEM_RULES,
    ...SUPERVISION_CAPACITY_RULES,
    ...RESPONSIBILITY_RULES,
  };
}

/**
 * Every obligation rule, keyed by id. Internal: use `RULES` or `getRule`.
 * @internal
 */
export const RULE_TABLE = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ assembled());

/**
 * The id of an obligation rule, e.g. `'coal-boiler-cleanup'`.
 * @category Rules
 */
export type RuleId = keyof typeof RULE_TABLE;

/**
 * Every obligation rule `assess` applies, in the order of the plan's tasks: id, task, title, the one
 * obligation it states, the subject kinds it applies to, the thresholds it uses (see `THRESHOLDS`), its
 * deadline where the plan gives one, a note where the library chose a reading, and the clause quoted.
 *
 * @example
 * ```ts
 * RULES.find((r) => r.id === 'coal-boiler-cleanup')?.task; //=> 9
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const RULES = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ withExamples());

/**
 * The rules with their compliance examples (`complianceExample`), in a call a bundler may drop: `assess`
 * reads `RULE_TABLE`, which holds no examples, so they stay out of its bundle.
 */
function withExamples(): ((typeof RULE_TABLE)[RuleId] & { readonly complianceExample?: ComplianceExampleInput })[] {
  const out: ((typeof RULE_TABLE)[RuleId] & { readonly complianceExample?: ComplianceExampleInput })[] = [];
  for (const r of Object.values(RULE_TABLE)) {
    const e = COMPLIANCE_EXAMPLES[r.id];
    out.push(e === undefined ? r : { ...r, complianceExample: e });
  }
  return out;
}

/**
 * One rule as bundled (an entry of {@link RULES}), with its id and thresholds typed as the bundled ids.
 * @category Rules
 */
export type PlanRule = DeepReadonly<Rule> & {
  readonly id: RuleId;
  readonly thresholds: readonly ThresholdId[];
  readonly source: { readonly clause: ClauseId; readonly quote: string };
};
