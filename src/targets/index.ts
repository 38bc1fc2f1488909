export { TARGETS, TARGET_METRICS, type TargetId } from '../../data/targets/index.js';
export { evaluateTarget, type EvaluateOptions, type Gb3095Edition } from './evaluate.js';
export { getTarget, type PlanTarget, type TargetById, type TargetLike } from './resolve.js';
export {
  deadlines,
  targetName,
  targetsFor,
  type Deadline,
  type DeadlineRange,
  type TargetDuty,
  type TargetFilter,
} from './calendar.js';
export { scorecard, type Observations, type Scorecard, type ScorecardOptions, type ScorecardRow } from './scorecard.js';
export type {
  Target,
  TargetKind,
  TargetScope,
  TargetStrength,
  TargetUnit,
  TargetMetric,
  Comparator,
  Baseline,
  DueBasis,
  Observation,
  ValueObservation,
  ChangeObservation,
  RankObservation,
  MilestoneObservation,
  TargetStatus,
  Comparison,
  StandardLimit,
  Evaluation,
} from '../model/target.js';
