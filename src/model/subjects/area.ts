import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { CityIdForm, CountyCodeForm, Quantity, location } from './shared.js';

/**
 * A traditional industry cluster (传统产业集群) of one city — task 4. `characteristic` says whether the
 * city counts it among its characteristic clusters where the plan's list (which ends in 等) does not
 * name it.
 *
 * @example
 * ```ts
 * IndustryCluster.parse({ kind: 'industry-cluster', city: 'jinzhong', industry: 'carbon' }).city; //=> 'jinzhong'
 * ```
 * @see 三(一)4
 * @category Rules
 */
export const IndustryCluster = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('industry-cluster'),
  city: CityIdForm,
  industry: /* @__PURE__ */ z.enum(V.CLUSTER_INDUSTRIES),
  characteristic: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its upgrade (升级改造) is done. */
  upgradeDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type IndustryCluster = z.infer<typeof IndustryCluster>;

/**
 * A provincial rank by composite air-quality index: `rank` counts from the best (1 = smallest index),
 * `of` is how many were ranked. Where places tie, give the rank that the county's place from the bottom
 * implies (`of + 1 − placeFromBottom`, standards §8).
 * @example
 * ```ts
 * ProvincialRank.parse({ rank: 100, of: 117 }).rank; //=> 100
 * ```
 * @see 三(三)13
 * @category Rules
 */
export const ProvincialRank = /* @__PURE__ */ z
  .strictObject({
    rank: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    of: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  })
  .check(/* @__PURE__ */ z.refine((r) => r.rank <= r.of, { message: 'rank must not exceed of', path: ['rank'] }));
/** @category Rules */
export type ProvincialRank = z.infer<typeof ProvincialRank>;

/**
 * A city (设区市) or county-level division (县(市、区)) as a whole — tasks 4, 8, 11, 13, 26 and 34.
 * - `city` and/or `county` say which (a county's city is looked up; they must agree: the schemas of
 *   `shanxi-air-plan/schemas` check it against the plan's places);
 * - `pm25AnnualMean`: PM2.5 annual mean in µg/m³; `provincialRank`: the county's rank among the province's
 *   counties by composite index;
 * - `cleanHeating`: how far clean-heating conversion has gone (整体完成 / partial / none);
 * - `attainsStandard`: meets the national ambient air-quality standard (达标);
 * - `traditionalSmeCluster`: small and medium traditional manufacturers are concentrated there.
 * @example
 * ```ts
 * Area.parse({ kind: 'area', city: 'linfen', pm25AnnualMean: 45 }).city; //=> 'linfen'
 * ```
 * @see 三(二)8, 三(三)13, 三(七)26
 * @category Rules
 */
export const Area = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('area'),
  city: /* @__PURE__ */ z.optional(CityIdForm),
  county: /* @__PURE__ */ z.optional(CountyCodeForm),
  pm25AnnualMean: /* @__PURE__ */ z.optional(Quantity),
  provincialRank: /* @__PURE__ */ z.optional(ProvincialRank),
  cleanHeating: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.CLEAN_HEATING_COVERAGE)),
  attainsStandard: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  traditionalSmeCluster: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its air-related industry-cluster plan (涉气产业集群发展规划) is made. */
  clusterPlanDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its 2025 coal consumption is below its 2020 consumption (负增长). */
  coalConsumptionBelow2020: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it is designated a high-polluting-fuel ban zone and 禁煤区. */
  banZoneDesignated: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its public-sector vehicles are (basically) new-energy or clean-energy vehicles. */
  publicVehiclesClean: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its attainment plan (限期达标规划) is made and published. */
  attainmentPlanPublished: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its local implementation plan (本地实施方案) is made. */
  implementationPlanMade: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type Area = z.infer<typeof Area>;

/**
 * A scenic area by grade (`'5A'` = 5A级景区) — task 13.
 * @example
 * ```ts
 * ScenicArea.parse({ kind: 'scenic-area', grade: '5A' }).grade; //=> '5A'
 * ```
 * @see 三(三)13
 * @category Rules
 */
export const ScenicArea = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('scenic-area'),
  grade: /* @__PURE__ */ z.enum(V.SCENIC_GRADES),
  location,
  /** `true` when its public-sector vehicles are (basically) new-energy or clean-energy vehicles. */
  publicVehiclesClean: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type ScenicArea = z.infer<typeof ScenicArea>;

/**
 * An industrial park (工业园区) — tasks 19, 22, 25 and 29. `type`: coal-chemical (煤化工类) or other;
 * `park`: one of the five Taiyuan-basin parks task 25 names; `odourComplaints`: strong public complaints.
 * @example
 * ```ts
 * IndustrialPark.parse({ kind: 'industrial-park', park: 'qingxu' }).park; //=> 'qingxu'
 * ```
 * @see 三(五)19, 三(六)25, 三(八)29
 * @category Rules
 */
export const IndustrialPark = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('industrial-park'),
  type: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.PARK_TYPES)),
  park: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.TAIYUAN_BASIN_PARKS)),
  odourComplaints: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
  /** `true` when its environmental problems are found and treated (排查整治、综合治理). */
  treatmentDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when an online monitoring system (在线监测系统) is installed and running. */
  onlineMonitoringInstalled: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its air-quality monitoring station (空气质量监测站点) is built. */
  monitoringStationBuilt: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type IndustrialPark = z.infer<typeof IndustrialPark>;
