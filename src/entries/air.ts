/**
 * `shanxi-air-plan/air`: the air-quality arithmetic and the ranking checks alone, for programs that start
 * often and need no plan data (a command-line tool, a serverless function, a worker).
 *
 * The same functions, constants and `PlanInputError` as the main entry (the very same objects: a value
 * from one entry point is accepted by the other, and `instanceof PlanInputError` holds across both), minus
 * the plan's data, targets and rules. Importing it costs a fraction of the main entry's cold start: see
 * "Performance" in the README for the figures.
 *
 * @example
 * ```ts
 * import { aqi, compositeIndex, rankCities } from 'shanxi-air-plan/air';
 * // PM2.5 80 µg/m³: IAQI 100 + (80 − 75) × 50 / 40 = 106.25, rounded up (HJ 633-2012 §6.2, 进位取整) to 107
 * aqi({ pm25_24h: 80, pm10_24h: 120 }, { date: '2025-01-15' }).aqi; //=> 107
 * ```
 * @module shanxi-air-plan/air
 */
export { type IssueInput, PlanInputError, type PlanInputIssue } from '../errors.js';
export { ISSUE_CODES, type IssueCode } from '../issue-codes.js';
export * from '../air/index.js';
export * from '../ranking/index.js';
