import * as z from 'zod/mini';
import { Quantity, location } from './shared.js';

/**
 * A coal-fired generating unit (燃煤机组) — tasks 2, 8 and 9.
 * - `capacityMw`: unit capacity in MW (30万千瓦 = 300 MW); `captive`: a captive unit (自备);
 *   `isNew`: to be newly added; `chp`: a combined heat-and-power unit (热电机组);
 * - `distanceToLargeChpKm` / `largeChpCapacityMw`: distance to, and capacity of, the nearest large CHP
 *   plant (热电联产电厂) whose heat it could use.
 *
 * @example
 * ```ts
 * CoalPowerUnit.parse({ kind: 'coal-power-unit', capacityMw: 200 }).capacityMw; //=> 200
 * ```
 * @see 三(一)2, 三(二)8, 三(二)9
 * @category Rules
 */
export const CoalPowerUnit = z.strictObject({
  kind: z.literal('coal-power-unit'),
  capacityMw: Quantity,
  captive: z.optional(z.boolean()),
  isNew: z.optional(z.boolean()),
  chp: z.optional(z.boolean()),
  distanceToLargeChpKm: z.optional(Quantity),
  largeChpCapacityMw: z.optional(Quantity),
  location,
});
/** @category Rules */
export type CoalPowerUnit = z.infer<typeof CoalPowerUnit>;
