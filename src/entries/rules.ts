/**
 * `shanxi-air-plan/rules`: the plan's obligation rules and thresholds, and `assess`, which tells what the
 * plan requires of a given boiler, furnace, project, vehicle, site or place.
 *
 * Every export is the same object as the main entry's.
 *
 * @example
 * ```ts
 * import { assess } from 'shanxi-air-plan/rules';
 * assess({ kind: 'coal-boiler', capacityTph: 20 }).some((v) => v.task === 9); //=> true
 * ```
 * @module shanxi-air-plan/rules
 */
export { type IssueInput, PlanInputError, type PlanInputIssue } from '../errors.js';
export { ISSUE_CODES, type IssueCode } from '../issue-codes.js';
export * from '../rules/index.js';
