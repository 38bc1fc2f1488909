// The public surface of shanxi-air-plan: re-exports only.
export { PlanInputError } from './errors.js';
export * from './ranking/index.js';
export * from './air/index.js';
export * from './targets/index.js';
export * from './rules/index.js';
