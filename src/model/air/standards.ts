import * as z from 'zod/mini';
import { POLLUTANTS } from '../../air/pollutants.js';
import { Bilingual } from '../text.js';
import { AirEdition, type Pollutant } from './aqi.js';
import { Gb3095LimitsId, Gb3095Phase } from './composite.js';

/** An object with one property per pollutant column (a record that JSON Schema can state exactly). */
function everyPollutant<T extends z.core.SomeType>(value: T) {
  const shape = {} as { [P in Pollutant]: T };
  for (const p of POLLUTANTS) shape[p] = value;
  return z.object(shape);
}

const IsoDay = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{4}-\d{2}-\d{2}$/));
const InForce = /* @__PURE__ */ z.object({ from: IsoDay, to: /* @__PURE__ */ z.nullable(IsoDay) });

/**
 * One edition of HJ 633 as `HJ633_EDITIONS` describes it: the days it is in force and what of the library's
 * reading of it could not be checked against the standard's text.
 * @category Schemas
 */
export const Hj633Edition = /* @__PURE__ */ z.object({
  edition: AirEdition,
  standard: /* @__PURE__ */ z.string(),
  inForce: InForce,
  verified: /* @__PURE__ */ z.boolean(),
  /** How the values were checked against the standard's text, and when (present where `verified` is `true`). */
  basis: /* @__PURE__ */ z.optional(Bilingual),
  unverified: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ item: /* @__PURE__ */ z.string(), note: Bilingual })),
});
/** @category Schemas */
export type Hj633Edition = z.infer<typeof Hj633Edition>;

/**
 * One set of GB 3095 grade II limits as `GB3095_LIMITS` holds it (µg/m³; CO mg/m³).
 * @category Schemas
 */
export const Gb3095LimitSetSchema = /* @__PURE__ */ z.object({
  id: Gb3095LimitsId,
  standard: /* @__PURE__ */ z.string(),
  phase: /* @__PURE__ */ z.nullable(Gb3095Phase),
  inForce: InForce,
  verified: /* @__PURE__ */ z.boolean(),
  /** How the limits were checked against the standard's text, and when. */
  basis: /* @__PURE__ */ z.optional(Bilingual),
  limits: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.positive())),
});

/**
 * HJ 633 Table 1 by edition and column, as `IAQI_BREAKPOINTS` holds it: each column's concentrations
 * at the IAQI levels of `IAQI_LEVELS`, ascending.
 * @category Schemas
 */
export const IaqiBreakpoints = /* @__PURE__ */ z.object({
  '2012': /* @__PURE__ */ everyPollutant(/* @__PURE__ */ z.array(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)))),
  '2026': /* @__PURE__ */ everyPollutant(/* @__PURE__ */ z.array(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)))),
});
/** @category Schemas */
export type IaqiBreakpoints = z.infer<typeof IaqiBreakpoints>;
