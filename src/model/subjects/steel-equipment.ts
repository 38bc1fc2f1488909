import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { Quantity, location } from './shared.js';

/**
 * An iron-making blast furnace (高炉) by its volume in m³ — task 3.
 * @example
 * ```ts
 * BlastFurnace.parse({ kind: 'blast-furnace', volumeM3: 1080 }).volumeM3; //=> 1080
 * ```
 * @see 三(一)3
 * @category Rules
 */
export const BlastFurnace = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('blast-furnace'),
  volumeM3: Quantity,
  location,
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type BlastFurnace = z.infer<typeof BlastFurnace>;

/**
 * A steel-making converter (转炉) by its nominal capacity in tonnes — task 3.
 * @example
 * ```ts
 * Converter.parse({ kind: 'converter', capacityT: 80 }).capacityT; //=> 80
 * ```
 * @see 三(一)3
 * @category Rules
 */
export const Converter = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('converter'),
  capacityT: Quantity,
  location,
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type Converter = z.infer<typeof Converter>;

/**
 * A steel-making electric arc furnace (电炉) by its nominal capacity in tonnes; `alloySteel` when it
 * makes alloy steel (合金钢) — task 3.
 * @example
 * ```ts
 * ElectricArcFurnace.parse({ kind: 'electric-arc-furnace', capacityT: 60, alloySteel: true }).alloySteel; //=> true
 * ```
 * @see 三(一)3
 * @category Rules
 */
export const ElectricArcFurnace = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('electric-arc-furnace'),
  capacityT: Quantity,
  alloySteel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type ElectricArcFurnace = z.infer<typeof ElectricArcFurnace>;

/**
 * A sinter machine (烧结机): `'stepping'` for a stepping (步进式) machine — tasks 3 and 24.
 * @example
 * ```ts
 * SinterMachine.parse({ kind: 'sinter-machine', type: 'stepping' }).type; //=> 'stepping'
 * ```
 * @see 三(一)3, 三(六)24
 * @category Rules
 */
export const SinterMachine = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('sinter-machine'),
  type: /* @__PURE__ */ z.enum(V.SINTER_TYPES),
  location,
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type SinterMachine = z.infer<typeof SinterMachine>;

/**
 * A pellet furnace: `'shaft'` for a shaft furnace (球团竖炉) — tasks 3 and 24.
 * @example
 * ```ts
 * PelletFurnace.parse({ kind: 'pellet-furnace', type: 'shaft' }).type; //=> 'shaft'
 * ```
 * @see 三(一)3, 三(六)24
 * @category Rules
 */
export const PelletFurnace = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('pellet-furnace'),
  type: /* @__PURE__ */ z.enum(V.PELLET_FURNACE_TYPES),
  location,
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type PelletFurnace = z.infer<typeof PelletFurnace>;

/**
 * A ferroalloy electric furnace (铁合金电炉) by product and enclosure (半封闭 / 封闭) — tasks 3 and 24.
 * @example
 * ```ts
 * FerroalloyFurnace.parse({ kind: 'ferroalloy-furnace', product: 'ferronickel', enclosure: 'closed' }).enclosure; //=> 'closed'
 * ```
 * @see 三(一)3, 三(六)24
 * @category Rules
 */
export const FerroalloyFurnace = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('ferroalloy-furnace'),
  product: /* @__PURE__ */ z.enum(V.FERROALLOY_PRODUCTS),
  enclosure: /* @__PURE__ */ z.enum(V.FERROALLOY_ENCLOSURES),
  location,
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type FerroalloyFurnace = z.infer<typeof FerroalloyFurnace>;
