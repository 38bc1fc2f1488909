import * as z from 'zod/mini';
import { Quantity, location } from './shared.js';

/**
 * A coal-fired generating unit (燃煤机组) — tasks 2, 8 and 9.
 * - `capacityMw`: unit capacity in MW (30万千瓦 = 300 MW); `captive`: a captive unit (自备);
 *   `isNew`: to be newly added; `chp`: a combined heat-and-power unit (热电机组);
 * - `distanceToLargeChpKm` / `largeChpCapacityMw`: distance to, and capacity of, the nearest large CHP
 *   plant (热电联产电厂); `distanceToLargeIndustrialHeatKm`: distance to the nearest large industrial
 *   enterprise whose heat it could use (大型工业企业的供热能力: the plan sets no size, the caller judges 大型) whose heat it could use.
 *
 * @example
 * ```ts
 * CoalPowerUnit.parse({ kind: 'coal-power-unit', capacityMw: 200 }).capacityMw; //=> 200
 * ```
 * @see 三(一)2, 三(二)8, 三(二)9
 * @category Rules
 */
export const CoalPowerUnit = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('coal-power-unit'),
  capacityMw: Quantity,
  captive: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  isNew: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  chp: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  distanceToLargeChpKm: /* @__PURE__ */ z.optional(Quantity),
  largeChpCapacityMw: /* @__PURE__ */ z.optional(Quantity),
  distanceToLargeIndustrialHeatKm: /* @__PURE__ */ z.optional(Quantity),
  location,
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it has switched to clean energy (清洁能源替代). */
  cleanEnergyDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it is a backward (落后) small coal-fired CHP unit; the plan sets no size or test, so this is the caller's fact. */
  backward: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type CoalPowerUnit = z.infer<typeof CoalPowerUnit>;
