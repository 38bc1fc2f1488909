/**
 * `shanxi-air-plan`: everything — the plan's facts and lookups, its targets, its obligation rules, and the
 * air-quality arithmetic and ranking checks. Each domain also has an entry point of its own
 * (`shanxi-air-plan/plan`, `/targets`, `/rules`, `/air`), exporting the very same objects.
 *
 * @example
 * ```ts
 * import { getTask, evaluateTarget, assess, aqi } from 'shanxi-air-plan';
 * getTask(26).title.en; //=> 'Manage cities towards air-quality attainment'
 * ```
 * @module shanxi-air-plan
 */
export * from './entries/plan.js';
export * from './entries/targets.js';
export * from './entries/rules.js';
export * from './entries/air.js';
