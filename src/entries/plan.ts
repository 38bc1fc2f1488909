/**
 * `shanxi-air-plan/plan`: the plan's facts and their lookups — the plan itself, its sections and 38 tasks
 * with their responsible departments, the register of commitments that are neither targets nor rules, the
 * departments, the 11 cities and 117 county-level divisions, the named areas and which counties lie in them,
 * the clause ids — and, over the facts, targets and rules together, a place's whole plan (`planFor`) and the
 * plan's calendar (`schedule`); without the air-quality arithmetic. (A bundler keeps the targets and rules
 * only where `planFor` or `schedule` is imported.)
 *
 * Every export is the same object as the main entry's.
 *
 * @example
 * ```ts
 * import { getTask, tasksOf } from 'shanxi-air-plan/plan';
 * getTask(26).title.zh; //=> '实施城市空气质量达标管理'
 * tasksOf('ecology-environment').length > 30; //=> true
 * ```
 * @module shanxi-air-plan/plan
 */
export { type IssueInput, PlanInputError, type PlanInputIssue } from '../errors.js';
export { ISSUE_CODES, type IssueCode } from '../issue-codes.js';
export { PLAN } from '../../data/plan.js';
export { SECTIONS, type SectionNumber } from '../../data/sections.js';
export { TASKS, type TaskNumber } from '../../data/tasks/index.js';
export { DEPARTMENTS, type DepartmentId } from '../../data/departments.js';
export {
  CITIES,
  KEY_REGION_CITIES,
  REGIONS,
  INDUSTRY_CLUSTERS,
  TAIYUAN_BASIN_PARKS,
  CROSS_BORDER_PAIRS,
  type CityId,
  type RegionId,
} from '../../data/places.js';
export { COUNTIES, FUNCTIONAL_ZONES, type CountyCode } from '../../data/counties.js';
export { CLAUSE_IDS, type ClauseId } from '../../data/clauses.js';
export { COMMITMENTS, type CommitmentId } from '../../data/commitments/index.js';
export { AREA_MEMBERSHIP, type MembershipAreaId } from '../../data/area-membership.js';
export * from '../plan/index.js';
export * from '../agenda/index.js';

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
  Commitment,
  CommitmentKind,
  CommitmentFrequency,
  AreaBasis,
  CountyMembership,
  AreaMembership,
} from '../model/index.js';
export type { DeepReadonly } from '../model/readonly.js';
