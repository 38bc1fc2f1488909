import * as z from 'zod/mini';
import { concentration, isoDate } from './shared.js';

/**
 * The six statistics of the composite index: period means of SO2, NO2, PM10 and PM2.5 (µg/m³), the
 * 95th percentile of daily mean CO (mg/m³) and the 90th percentile of daily maximum 8 h O3 (µg/m³).
 * @category Schemas
 */
export const CompositeStats = /* @__PURE__ */ z.object({
  so2: concentration,
  no2: concentration,
  pm10: concentration,
  pm25: concentration,
  co: concentration,
  o3: concentration,
});
/** @category Schemas */
export type CompositeStats = z.infer<typeof CompositeStats>;

/**
 * A value per composite-index pollutant, all six optional (used for weights).
 * @category Schemas
 */
export const CompositeWeights = /* @__PURE__ */ z.partialRecord(
  /* @__PURE__ */ z.enum(['so2', 'no2', 'pm10', 'pm25', 'co', 'o3']),
  /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
);
/** @category Schemas */
export type CompositeWeights = z.infer<typeof CompositeWeights>;

/**
 * The limits Sᵢ that divide each statistic in the composite index (µg/m³; CO mg/m³).
 * @category Schemas
 */
export const CompositeLimits = /* @__PURE__ */ z.strictObject({
  so2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  no2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  pm10: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  pm25: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  co: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  o3: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
});
/** @category Schemas */
export type CompositeLimits = z.infer<typeof CompositeLimits>;

/**
 * A phase of GB 3095-2026: `'transition'` (2026-03-01 to 2030-12-31) or `'final'` (from 2031-01-01).
 * @category Schemas
 */
export const Gb3095Phase = /* @__PURE__ */ z.enum(['transition', 'final']);
/** @category Schemas */
export type Gb3095Phase = z.infer<typeof Gb3095Phase>;

/** A calendar year from 2016 (the functions refuse earlier years). */
const Year = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(2016), /* @__PURE__ */ z.lte(9999));

/**
 * Which GB 3095 limits apply: an edition (with the phase for 2026), a day (`{ date }`), or a calendar
 * year (`{ year }`: the limits in force on 31 December of that year).
 * @category Schemas
 */
export const LimitsOptions = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.strictObject({ edition: /* @__PURE__ */ z.literal('2012') }),
  /* @__PURE__ */ z.strictObject({ edition: /* @__PURE__ */ z.literal('2026'), phase: Gb3095Phase }),
  /* @__PURE__ */ z.strictObject({ date: isoDate }),
  /* @__PURE__ */ z.strictObject({
    year: Year,
  }),
]);
/** @category Schemas */
export type LimitsOptions = z.infer<typeof LimitsOptions>;

/**
 * The id of a set of GB 3095 grade II limits: `'2012'`, `'2026-transition'` or `'2026-final'`.
 * @category Schemas
 */
export const Gb3095LimitsId = /* @__PURE__ */ z.enum(['2012', '2026-transition', '2026-final']);
/** @category Schemas */
export type Gb3095LimitsId = z.infer<typeof Gb3095LimitsId>;

/**
 * The options of `compositeIndex`: the GB 3095 limits to divide by (`LimitsOptions`) or your own
 * `limits`; optional `weights` (default 1 each); `singleIndexes: true` to get each Iᵢ too.
 * @category Schemas
 */
export const CompositeOptions = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.strictObject({
    edition: /* @__PURE__ */ z.literal('2012'),
    weights: /* @__PURE__ */ z.optional(CompositeWeights),
    singleIndexes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
  /* @__PURE__ */ z.strictObject({
    edition: /* @__PURE__ */ z.literal('2026'),
    phase: Gb3095Phase,
    weights: /* @__PURE__ */ z.optional(CompositeWeights),
    singleIndexes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
  /* @__PURE__ */ z.strictObject({
    date: isoDate,
    weights: /* @__PURE__ */ z.optional(CompositeWeights),
    singleIndexes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
  /* @__PURE__ */ z.strictObject({
    year: Year,
    weights: /* @__PURE__ */ z.optional(CompositeWeights),
    singleIndexes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
  /* @__PURE__ */ z.strictObject({
    limits: CompositeLimits,
    weights: /* @__PURE__ */ z.optional(CompositeWeights),
    singleIndexes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
]);
/** @category Schemas */
export type CompositeOptions = z.infer<typeof CompositeOptions>;

/**
 * The composite index with its single indexes Iᵢ = Cᵢ / Sᵢ, the limits and the weights applied.
 * @category Schemas
 */
export const CompositeIndexDetail = /* @__PURE__ */ z.object({
  compositeIndex: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  singleIndexes: CompositeStats,
  limits: CompositeLimits,
  /** The weight applied to each single index (1 unless given). */
  weights: /* @__PURE__ */ z.object({
    so2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    no2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    pm10: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    pm25: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    co: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    o3: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  }),
  /** The GB 3095 limits used, or `null` for limits passed by the caller. */
  limitsId: /* @__PURE__ */ z.nullable(Gb3095LimitsId),
  /** `false` when a weight other than 1 was applied (the weighted index is unverified). */
  verified: /* @__PURE__ */ z.boolean(),
});
/** @category Schemas */
export type CompositeIndexDetail = z.infer<typeof CompositeIndexDetail>;

/**
 * The verdict of `pm25Attainment`: whether the annual mean is at or under the limit, with the numbers.
 * @category Schemas
 */
export const Pm25Attainment = /* @__PURE__ */ z.object({
  attains: /* @__PURE__ */ z.boolean(),
  annualMean: concentration,
  limit: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  limitsId: Gb3095LimitsId,
  standard: /* @__PURE__ */ z.enum(['GB 3095-2012', 'GB 3095-2026']),
  /** `false` for the GB 3095-2026 limits (read from images of the PDF). */
  verified: /* @__PURE__ */ z.boolean(),
});
/** @category Schemas */
export type Pm25Attainment = z.infer<typeof Pm25Attainment>;
