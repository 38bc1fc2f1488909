import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { location } from './shared.js';

/**
 * An industrial enterprise that emits air pollutants (涉气企业) — tasks 2, 5, 16, 20–24, 28, 29 and 36.
 * - `keyEnterprise`: listed by the authorities as a key (air-related) enterprise (重点企业 / 重点涉气企业);
 * - `keyDischarger`: on the list of key pollutant dischargers (重点排污单位名录);
 * - `steelRoute`: for steel works, blast furnace–converter (long process) or electric arc furnace;
 * - `hasBypass`: has a flue-gas or VOCs waste-gas bypass; `bypassNeededForSafety`: it cannot be removed
 *   for reasons of safe production;
 * - `ammoniaInjection`: its flue-gas desulphurisation or denitration uses ammonia (ammonia slip possible);
 * - `odourComplaints`: strong public complaints about odour (群众反映强烈、投诉集中);
 * - `handlesVocs`: its processes hold VOCs (shutdown, maintenance and purging release them);
 * - `inBuiltUpArea`: located in a city's or county town's built-up area (城市(含县城)建成区, task 24): wider
 *   than a coal boiler's `inBuiltUpArea`, which is a city's built-up area only (城市建成区, task 9).
 *
 * @example
 * ```ts
 * Enterprise.parse({ kind: 'enterprise', sector: 'coking' }).sector; //=> 'coking'
 * ```
 * @see 三(五)21, 三(五)23, 三(六)24
 * @category Rules
 */
export const Enterprise = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('enterprise'),
  sector: /* @__PURE__ */ z.enum(V.SECTORS),
  keyEnterprise: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  keyDischarger: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  steelRoute: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.STEEL_ROUTES)),
  hasBypass: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  bypassNeededForSafety: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  ammoniaInjection: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  odourComplaints: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  handlesVocs: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  inBuiltUpArea: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
});
/** @category Rules */
export type Enterprise = z.infer<typeof Enterprise>;
