import * as z from 'zod/mini';
import { CityIdForm, CountyCodeForm } from '../ids.js';

export { CityIdForm, CountyCodeForm };

// Pieces the subject families share. The model knows the forms of place ids only; which ids exist is
// the data's business: `shanxi-air-plan/schemas` narrows these fields to the plan's 11 cities and 117
// counties (src/plan-schemas.ts), and `assess` checks them against the data (src/rules/validate.ts).

/** A finite number ≥ 0 (zod's number already refuses NaN and ±Infinity). */
export const Quantity = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * Where a subject stands. Give what you know; `assess` resolves the rest from the bundled data and
 * never guesses:
 * - `city` (a `CityId`) or `county` (a 6-digit `CountyCode`; its city is looked up) decide membership
 *   of the key region (重点区域 = the 8 Fenwei-Plain cities, see `KEY_REGION_CITIES`);
 * - `inTaiyuanBasin`, `inFenheValley`: the plan does not list the Taiyuan basin (太原盆地) or the Fen River
 *   valley (汾河谷地). Where `AREA_MEMBERSHIP` settles the place's membership (a source strong enough for a
 *   legal duty: the five counties of task 25's parks are in the basin; the cities away from the basin, and
 *   those the Fen does not cross, are outside), that decides, and a flag that contradicts it is a
 *   `PlanInputError` naming the flag, the place and the basis. Elsewhere the flag decides; left out, the
 *   rules of that area answer with a `condition`.
 *
 * A `county` that does not belong to the given `city` is an error (the schemas of
 * `shanxi-air-plan/schemas` and `assess` check it against the plan's places).
 *
 * @example
 * ```ts
 * Location.parse({ county: '140121' }); //=> { county: '140121' }
 * ```
 * @see 三(六)24, 三(六)25
 * @category Rules
 */
export const Location = /* @__PURE__ */ z.strictObject({
  city: /* @__PURE__ */ z.optional(CityIdForm),
  county: /* @__PURE__ */ z.optional(CountyCodeForm),
  inTaiyuanBasin: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  inFenheValley: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type Location = z.infer<typeof Location>;

/** The optional `location` field of the subjects that stand somewhere. */
export const location = /* @__PURE__ */ z.optional(Location);
