// Air-quality arithmetic: HJ 633 (AQI), GB 3095 (limits), the composite index and its statistics.
export { IAQI_LEVELS, IAQI_BREAKPOINTS, HJ633_EDITIONS, AQI_LEVELS, GB3095_LIMITS } from './tables.js';
export { roundGbt8170 } from './rounding.js';
export { iaqi, resolveEdition } from './iaqi.js';
export { aqi, aqiValues, aqiLevel, isHeavyPollution, heavyPollutionDays } from './aqi.js';
export {
  aqiColumns,
  PRIMARY_POLLUTANT_BITS,
  type AqiColumn,
  type AqiColumns,
  type AqiColumnsOptions,
  type AqiColumnsResult,
} from './columns.js';
export { percentile, annualStats } from './stats.js';
export { compositeIndex, compositeIndexes } from './composite.js';
export { gb3095Limits, pm25Attainment, type Gb3095LimitSet } from './limits.js';
export type {
  Pollutant,
  AirEdition,
  EditionOptions,
  AqiOptions,
  AqiReport,
  ConcentrationKey,
  Concentrations,
  AqiCategory,
  AqiColour,
  AqiLevel,
  AqiResult,
  HeavyPollutionSummary,
  CompositeStats,
  CompositeWeights,
  CompositeLimits,
  CompositeOptions,
  CompositeIndexDetail,
  Gb3095Phase,
  Gb3095LimitsId,
  LimitsOptions,
  DailyRecord,
  AnnualStats,
  Pm25Attainment,
} from '../model/air/index.js';
