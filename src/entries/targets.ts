/**
 * `shanxi-air-plan/targets`: the plan's 79 targets and the functions over them — evaluation against an
 * observed value, deadlines, the targets of a place, scorecards.
 *
 * Every export is the same object as the main entry's.
 *
 * @example
 * ```ts
 * import { evaluateTarget } from 'shanxi-air-plan/targets';
 * evaluateTarget('pm25-2025-taiyuan', 39.2, { asOf: '2026-01-20' }).status; //=> 'not-met'
 * ```
 * @module shanxi-air-plan/targets
 */
export { type IssueInput, PlanInputError, type PlanInputIssue } from '../errors.js';
export { ISSUE_CODES, type IssueCode } from '../issue-codes.js';
export * from '../targets/index.js';
