import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { location } from './shared.js';

/**
 * A goods vehicle (货车) by fuel and China emission stage (国一 … 国六); `leanBurn` for a gas truck with
 * lean-burn technology (稀薄燃烧技术) — task 13.
 * - `fuel`: `'diesel'`, `'gas'`, or one of the new-energy and clean-energy kinds task 13 names (含电动、氢能、
 *   甲醇汽车): `'electric'`, `'hydrogen'` (fuel cell), `'methanol'`;
 * - `emissionStage`: the China stage of a combustion engine (an electric or fuel-cell truck has none; left out
 *   for a diesel truck, its phase-out comes back under a condition);
 * - `use`: what it hauls, in task 13's words: the public-domain fleets (公交 bus, 出租 taxi, 环卫 sanitation,
 *   邮政快递 post and express, 物流配送 delivery, 押运 escort, 渣土运输 muck haulage) and the key industries'
 *   短驳运输 (short-haul) and 厂内运输 (in-plant haulage), else `'other'`;
 * - `location`: where it is based.
 * @example
 * ```ts
 * Truck.parse({ kind: 'truck', fuel: 'diesel', emissionStage: 'china-4' }).emissionStage; //=> 'china-4'
 * ```
 * @see 三(三)13
 * @category Rules
 */
export const Truck = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('truck'),
  fuel: /* @__PURE__ */ z.enum(V.TRUCK_FUELS),
  emissionStage: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.TRUCK_STAGES)),
  leanBurn: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its pollution controls are removed, its OBD tampered with, or it emits over the limits (拆除污染控制装置、篡改OBD、超标排放). */
  tampered: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it passes its emission inspection and maintenance (排放检验与维护). */
  inspectionPassed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  use: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.TRUCK_USES)),
  location,
});
/** @category Rules */
export type Truck = z.infer<typeof Truck>;

/**
 * A piece of non-road mobile machinery (非道路移动机械) by emission stage (`'pre-stage-1'` for none);
 * `blackSmoke`: visibly emits black smoke (冒黑烟); `site`: where it works; `location`: where it stands — task 14.
 * @example
 * ```ts
 * NonRoadMachinery.parse({ kind: 'non-road-machinery', emissionStage: 'stage-2' }).emissionStage; //=> 'stage-2'
 * ```
 * @see 三(三)14
 * @category Rules
 */
export const NonRoadMachinery = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('non-road-machinery'),
  emissionStage: /* @__PURE__ */ z.enum(V.NON_ROAD_STAGES),
  blackSmoke: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  site: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.MACHINERY_SITES)),
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it runs on new energy (新能源更新改造 done). */
  newEnergy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
});
/** @category Rules */
export type NonRoadMachinery = z.infer<typeof NonRoadMachinery>;

/**
 * A railway locomotive (铁路机车); `blackSmoke`: visibly emits black smoke — task 14.
 * @example
 * ```ts
 * Locomotive.parse({ kind: 'locomotive', blackSmoke: true }).blackSmoke; //=> true
 * ```
 * @see 三(三)14
 * @category Rules
 */
export const Locomotive = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('locomotive'),
  blackSmoke: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type Locomotive = z.infer<typeof Locomotive>;
