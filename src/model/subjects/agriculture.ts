import * as z from 'zod/mini';
import { location } from './shared.js';

/**
 * Cropland (农田); `usesLooseCoal`: loose coal is burnt in farming (种植) — tasks 11, 18 and 23.
 * @example
 * ```ts
 * Farmland.parse({ kind: 'farmland' }).kind; //=> 'farmland'
 * ```
 * @see 三(四)18, 三(五)23
 * @category Rules
 */
export const Farmland = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('farmland'),
  usesLooseCoal: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when straw is burnt there (秸秆焚烧). */
  burnsStraw: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when nitrogen fertiliser is placed deep by machine (氮肥机械深施). */
  deepPlacement: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
});
/** @category Rules */
export type Farmland = z.infer<typeof Farmland>;

/**
 * A livestock or poultry farm (畜禽养殖场); `usesLooseCoal`: loose coal is burnt on the farm — tasks 11 and 23.
 * @example
 * ```ts
 * LivestockFarm.parse({ kind: 'livestock-farm' }).kind; //=> 'livestock-farm'
 * ```
 * @see 三(五)23
 * @category Rules
 */
export const LivestockFarm = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('livestock-farm'),
  usesLooseCoal: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it feeds low-protein rations (低蛋白日粮). */
  lowProteinFeed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its pig or poultry housing is closed (圈舍封闭管理). */
  closedHousing: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when manure conveying, storage and treatment are enclosed (粪污设施封闭). */
  manureEnclosed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
});
/** @category Rules */
export type LivestockFarm = z.infer<typeof LivestockFarm>;
