import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { location } from './shared.js';

/**
 * A fuel outlet: a self-built tank (自建油罐), a mobile refuelling tanker (流动加油罐车), an unlicensed
 * station (黑加油站点) or a licensed station — task 15.
 * @example
 * ```ts
 * FuelOutlet.parse({ kind: 'fuel-outlet', type: 'mobile-refueller' }).type; //=> 'mobile-refueller'
 * ```
 * @see 三(三)15
 * @category Rules
 */
export const FuelOutlet = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('fuel-outlet'),
  type: /* @__PURE__ */ z.enum(V.FUEL_OUTLET_TYPES),
  /** `true` when the special rectification (专项整治) has dealt with it. */
  rectified: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it sells non-standard oil as engine fuel (非标油品). */
  sellsNonStandardFuel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
});
/** @category Rules */
export type FuelOutlet = z.infer<typeof FuelOutlet>;
