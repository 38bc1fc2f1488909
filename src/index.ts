// The public surface of shanxi-air-plan: re-exports only.
export { PlanInputError } from './errors.js';

// The plan's facts
export { PLAN } from '../data/plan.js';
export { SECTIONS, type SectionNumber } from '../data/sections.js';
export { TASKS, type TaskNumber } from '../data/tasks.js';
export { DEPARTMENTS, type DepartmentId } from '../data/departments.js';
export {
  CITIES,
  KEY_REGION_CITIES,
  REGIONS,
  INDUSTRY_CLUSTERS,
  TAIYUAN_BASIN_PARKS,
  CROSS_BORDER_PAIRS,
  type CityId,
  type RegionId,
} from '../data/places.js';
export { COUNTIES, FUNCTIONAL_ZONES, type CountyCode } from '../data/counties.js';
export { CLAUSE_IDS, type ClauseId } from '../data/clauses.js';
export * from './plan/index.js';

// Functions over the facts
export * from './ranking/index.js';
export * from './air/index.js';
export * from './targets/index.js';
export * from './rules/index.js';

// Model types (their zod schemas are in shanxi-air-plan/schemas)
export type {
  Bilingual,
  Citation,
  Department,
  City,
  County,
  Region,
  RegionMembership,
  CityClusters,
  FunctionalZone,
  ParkGroup,
  CrossBorderPair,
  Duty,
  Task,
  Section,
  Plan,
  WorkGoal,
  CitedText,
} from './model/index.js';
export type { DeepReadonly } from './model/readonly.js';
