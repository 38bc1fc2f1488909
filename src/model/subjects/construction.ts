import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { Quantity, location } from './shared.js';

/**
 * A construction site (建筑工地) by area in m²; `linear` for a long-distance linear work (roads, water
 * works: 长距离线性工程) — task 16.
 * @example
 * ```ts
 * ConstructionSite.parse({ kind: 'construction-site', areaM2: 6000 }).areaM2; //=> 6000
 * ```
 * @see 三(四)16
 * @category Rules
 */
export const ConstructionSite = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('construction-site'),
  areaM2: Quantity,
  linear: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
  /** `true` when video monitoring (视频监控) is installed and connected. */
  videoInstalled: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it is built in sections (分段施工). */
  sectionalConstruction: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type ConstructionSite = z.infer<typeof ConstructionSite>;

/**
 * A material stockyard (堆场): `'large-dry-bulk-terminal'` for an urban large dry-bulk (coal, ore) terminal
 * yard (城市大型煤炭、矿石等干散货码头物料堆场; the plan sets no size: the caller judges); `permitted`: it
 * complies with the rules (`false` = 违规堆场) — task 16.
 * @example
 * ```ts
 * Stockyard.parse({ kind: 'stockyard', type: 'other', permitted: false }).permitted; //=> false
 * ```
 * @see 三(四)16
 * @category Rules
 */
export const Stockyard = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('stockyard'),
  type: /* @__PURE__ */ z.enum(V.STOCKYARD_TYPES),
  permitted: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its dust control is in place (抑尘设施、封闭改造、无组织扬尘全过程管控). */
  dustControlDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
});
/** @category Rules */
export type Stockyard = z.infer<typeof Stockyard>;

/**
 * A building in which a catering business is to open (拟开设餐饮服务单位的建筑) — task 22.
 * @example
 * ```ts
 * CateringBuilding.parse({ kind: 'catering-building' }).kind; //=> 'catering-building'
 * ```
 * @see 三(五)22
 * @category Rules
 */
export const CateringBuilding = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('catering-building'),
  location,
  /** `true` when a dedicated catering flue (专用烟道) is designed and built. */
  dedicatedFlue: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type CateringBuilding = z.infer<typeof CateringBuilding>;
