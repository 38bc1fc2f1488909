import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { Quantity, location } from './shared.js';

/**
 * A bulk-freight haul (大宗货物运输) by distance in km — task 12.
 * @example
 * ```ts
 * BulkFreight.parse({ kind: 'bulk-freight', distanceKm: 650 }).distanceKm; //=> 650
 * ```
 * @see 三(三)12
 * @category Rules
 */
export const BulkFreight = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('bulk-freight'),
  distanceKm: Quantity,
  /** `true` when it goes by rail (铁路运输). */
  byRail: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it uses clean transport (清洁运输方式: rail, pipeline, closed belt conveyor, new-energy vehicles). */
  cleanTransport: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type BulkFreight = z.infer<typeof BulkFreight>;

/**
 * A logistics park, industrial or mining enterprise or coal-storage base by its annual bulk-freight
 * volume in million tonnes (150万吨 = 1.5 Mt) and whether it is new, relocated or existing — task 12.
 * @example
 * ```ts
 * FreightSite.parse({ kind: 'freight-site', type: 'logistics-park', annualBulkMt: 2, action: 'new' }).annualBulkMt; //=> 2
 * ```
 * @see 三(三)12
 * @category Rules
 */
export const FreightSite = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('freight-site'),
  type: /* @__PURE__ */ z.enum(V.FREIGHT_SITE_TYPES),
  annualBulkMt: Quantity,
  action: /* @__PURE__ */ z.enum(V.FREIGHT_SITE_ACTIONS),
  /** `true` when it is connected to a rail siding or a pipeline (接入铁路专用线或管道). */
  railSidingBuilt: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
});
/** @category Rules */
export type FreightSite = z.infer<typeof FreightSite>;

/**
 * A mine (矿山) — task 17. `isNew`: a new mine (optional, as on every kind: left out, both the new mine's
 * and the existing mine's verdicts come back, each under its condition); `failedRectification`: still
 * substandard after a rectification deadline (限期整改仍不达标).
 * @example
 * ```ts
 * Mine.parse({ kind: 'mine', isNew: true }).isNew; //=> true
 * ```
 * @see 三(四)17
 * @category Rules
 */
export const Mine = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('mine'),
  isNew: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  failedRectification: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
  /** `true` when it uses clean transport (清洁运输方式: rail, pipeline, closed belt conveyor, new-energy vehicles). */
  cleanTransport: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type Mine = z.infer<typeof Mine>;
