// A place's whole plan and the plan's calendar: functions over the facts, targets and rules together.
export {
  planFor,
  type Firmness,
  type PlaceArea,
  type PlaceAreaBasis,
  type PlacePlan,
  type PlaceRule,
  type PlaceTarget,
} from './plan-for.js';
export { schedule, type ScheduleItem, type ScheduleKind, type ScheduleOptions } from './schedule.js';
