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
  location,
});
/** @category Rules */
export type LivestockFarm = z.infer<typeof LivestockFarm>;
