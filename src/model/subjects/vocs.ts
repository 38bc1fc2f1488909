import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { location } from './shared.js';

/**
 * A raw or auxiliary material containing VOCs (含VOCs原辅材料: coating, ink, adhesive, cleaner) as used in
 * one process — tasks 5 and 38.
 * - `vocsContentPct`: VOCs content by mass (质量比), in per cent;
 * - `lowVocsCompliant`: meets the national rules for low-VOCs products; `emissionsCompliant`: emissions
 *   stably meet the standard and emission rate and performance meet the rules;
 * - `use`: where it is used; `specialFunction`: a special functional requirement (特殊功能要求) applies;
 * - `governmentPurchase`: bought by a government body.
 *
 * @example
 * ```ts
 * VocsMaterial.parse({ kind: 'vocs-material', vocsContentPct: 8 }).vocsContentPct; //=> 8
 * ```
 * @see 三(一)5, 三(十)38
 * @category Rules
 */
export const VocsMaterial = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('vocs-material'),
  vocsContentPct: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100)),
  lowVocsCompliant: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  emissionsCompliant: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  use: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.VOCS_USES)),
  specialFunction: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  governmentPurchase: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its VOCs content meets the limit standard (VOCs含量限值标准). */
  withinContentLimit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type VocsMaterial = z.infer<typeof VocsMaterial>;

/**
 * A VOCs-relevant installation — task 20: storage tank (储罐), road tank truck (汽车罐车), wastewater
 * treatment site (污水处理场所), organic-wastewater tank (含VOCs有机废水储罐), plant-area sump
 * (装置区集水井(池)) or flare (火炬燃烧装置).
 * @example
 * ```ts
 * VocsFacility.parse({ kind: 'vocs-facility', type: 'flare' }).type; //=> 'flare'
 * ```
 * @see 三(五)20
 * @category Rules
 */
export const VocsFacility = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('vocs-facility'),
  type: /* @__PURE__ */ z.enum(V.VOCS_FACILITY_TYPES),
  /** `true` when it has low-leak breather and emergency relief valves tested regularly for tightness. */
  lowLeakValves: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it uses sealed quick couplings (密封式快速接头). */
  sealedCoupling: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its organic waste gas is collected (closed, apart) and treated. */
  gasCollected: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when the flare serves as routine air-pollution treatment (日常大气污染处理设施). */
  usedForRoutineTreatment: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
});
/** @category Rules */
export type VocsFacility = z.infer<typeof VocsFacility>;
