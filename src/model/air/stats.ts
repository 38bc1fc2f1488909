import * as z from 'zod/mini';
import { CompositeStats } from './composite.js';
import { concentration } from './shared.js';

/**
 * One day's concentrations for `annualStats`: the 24 h means and the daily maximum 8 h O3 (µg/m³; CO
 * mg/m³). `null` or a missing key marks a day without a valid value for that pollutant.
 * @category Schemas
 */
export const DailyRecord = /* @__PURE__ */ z.object({
  so2_24h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
  no2_24h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
  pm10_24h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
  pm25_24h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
  co_24h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
  o3_8h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
});
/** @category Schemas */
export type DailyRecord = z.infer<typeof DailyRecord>;

/**
 * The composite-index statistics of a period, with the number of valid days behind each.
 * @category Schemas
 */
export const AnnualStats = /* @__PURE__ */ z.extend(CompositeStats, {
  days: /* @__PURE__ */ z.object({
    so2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    no2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    pm10: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    pm25: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    co: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    o3: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  }),
});
/** @category Schemas */
export type AnnualStats = z.infer<typeof AnnualStats>;
