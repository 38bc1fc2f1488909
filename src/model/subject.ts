import * as z from 'zod/mini';
import { CITIES } from '../../data/places.js';
import { COUNTIES } from '../../data/counties.js';
import * as V from './subject-values.js';

// Shared pieces ----------------------------------------------------------------------------------

/** A finite number ≥ 0 (zod's number already refuses NaN and ±Infinity). */
const Quantity = z.number().check(z.gte(0));

/**
 * Where a subject stands. Give what you know; `assess` resolves the rest from the bundled data and
 * never guesses:
 * - `city` (a `CityId`) or `county` (a 6-digit `CountyCode`; its city is looked up) decide membership
 *   of the key region (重点区域 = the 8 Fenwei-Plain cities, see `KEY_REGION_CITIES`);
 * - `inTaiyuanBasin`: the plan does not list the Taiyuan basin (太原盆地). When this is left out, a county
 *   of one of the five industrial parks task 25 names (清徐、交城、平遥、介休、孝义) counts as inside;
 *   anything else is unknown, and basin rules answer with a `condition`;
 * - `inFenheValley`: the plan does not list the Fen River valley (汾河谷地) either; only this flag decides it.
 *
 * A `county` that does not belong to the given `city` is an error.
 *
 * @example
 * ```ts
 * Location.parse({ county: '140121' }); //=> { county: '140121' }
 * ```
 * @see 三(六)24, 三(六)25
 * @category Rules
 */
export const Location = z
  .strictObject({
    city: z.optional(z.enum(/* @__PURE__ */ CITIES.map((c) => c.id))),
    county: z.optional(z.enum(/* @__PURE__ */ COUNTIES.map((c) => c.code))),
    inTaiyuanBasin: z.optional(z.boolean()),
    inFenheValley: z.optional(z.boolean()),
  })
  .check(
    z.refine((l) => l.city === undefined || l.county === undefined || countyCity(l.county) === l.city, {
      message: 'the county does not belong to the city',
      path: ['county'],
    }),
  );
/** @category Rules */
export type Location = z.infer<typeof Location>;

function countyCity(code: string): string | undefined {
  for (const c of COUNTIES) if (c.code === code) return c.city;
  return undefined;
}

const location = z.optional(Location);

// Subjects, in the order of the tasks that first name them ----------------------------------------

/**
 * A construction project (建设项目) — tasks 1, 2, 3, 5, 8, 24 and 27.
 * - `sector`: its industry; `action`: 新建 `'new'`, 改建 `'rebuild'`, 扩建 `'expansion'`, 迁建 `'relocation'`;
 * - `addsCapacity`: adds net production capacity (steel, coal washing, independent coking);
 * - `usesCoal`: burns or consumes coal (用煤项目); `capacityReplacement`: involves capacity replacement (产能置换);
 * - `independent`: an independent coking plant or a socially independent coal-washing plant (not part of
 *   an integrated works or a mine);
 * - `supportsPowerSecurity`: a coal-power project that supports stable supply, grid security or the
 *   integration of clean energy (task 8);
 * - `majorRegionalImpact`: a major project with large air emissions and a marked effect on neighbouring
 *   areas (task 27); `highVocsMaterials`: makes or uses high-VOCs coatings, inks, adhesives or cleaners.
 *
 * @example
 * ```ts
 * Project.parse({ kind: 'project', sector: 'steel', action: 'new', addsCapacity: true }).sector; //=> 'steel'
 * ```
 * @see 三(一)1, 三(一)3, 三(二)8, 三(六)24
 * @category Rules
 */
export const Project = z.strictObject({
  kind: z.literal('project'),
  sector: z.enum(V.SECTORS),
  action: z.enum(V.PROJECT_ACTIONS),
  addsCapacity: z.optional(z.boolean()),
  usesCoal: z.optional(z.boolean()),
  capacityReplacement: z.optional(z.boolean()),
  independent: z.optional(z.boolean()),
  supportsPowerSecurity: z.optional(z.boolean()),
  majorRegionalImpact: z.optional(z.boolean()),
  highVocsMaterials: z.optional(z.boolean()),
  location,
});
/** @category Rules */
export type Project = z.infer<typeof Project>;

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
export const VocsMaterial = z.strictObject({
  kind: z.literal('vocs-material'),
  vocsContentPct: z.number().check(z.gte(0), z.lte(100)),
  lowVocsCompliant: z.optional(z.boolean()),
  emissionsCompliant: z.optional(z.boolean()),
  use: z.optional(z.enum(V.VOCS_USES)),
  specialFunction: z.optional(z.boolean()),
  governmentPurchase: z.optional(z.boolean()),
});
/** @category Rules */
export type VocsMaterial = z.infer<typeof VocsMaterial>;

/**
 * An industrial enterprise that emits air pollutants (涉气企业) — tasks 2, 5, 16, 20–24, 28, 29 and 36.
 * - `keyEnterprise`: listed by the authorities as a key (air-related) enterprise (重点企业 / 重点涉气企业);
 * - `keyDischarger`: on the list of key pollutant dischargers (重点排污单位名录);
 * - `steelRoute`: for steel works, blast furnace–converter (long process) or electric arc furnace;
 * - `hasBypass`: has a flue-gas or VOCs waste-gas bypass; `bypassNeededForSafety`: it cannot be removed
 *   for reasons of safe production;
 * - `ammoniaInjection`: its flue-gas desulphurisation or denitration uses ammonia (ammonia slip possible);
 * - `odourComplaints`: strong public complaints about odour (群众反映强烈、投诉集中);
 * - `handlesVocs`: its processes hold VOCs (shutdown, maintenance and purging release them);
 * - `inBuiltUpArea`: located in a city's or county town's built-up area (建成区).
 *
 * @example
 * ```ts
 * Enterprise.parse({ kind: 'enterprise', sector: 'coking' }).sector; //=> 'coking'
 * ```
 * @see 三(五)21, 三(五)23, 三(六)24
 * @category Rules
 */
export const Enterprise = z.strictObject({
  kind: z.literal('enterprise'),
  sector: z.enum(V.SECTORS),
  keyEnterprise: z.optional(z.boolean()),
  keyDischarger: z.optional(z.boolean()),
  steelRoute: z.optional(z.enum(V.STEEL_ROUTES)),
  hasBypass: z.optional(z.boolean()),
  bypassNeededForSafety: z.optional(z.boolean()),
  ammoniaInjection: z.optional(z.boolean()),
  odourComplaints: z.optional(z.boolean()),
  handlesVocs: z.optional(z.boolean()),
  inBuiltUpArea: z.optional(z.boolean()),
  location,
});
/** @category Rules */
export type Enterprise = z.infer<typeof Enterprise>;

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
export const IndustryCluster = z.strictObject({
  kind: z.literal('industry-cluster'),
  city: z.enum(/* @__PURE__ */ CITIES.map((c) => c.id)),
  industry: z.enum(V.CLUSTER_INDUSTRIES),
  characteristic: z.optional(z.boolean()),
});
/** @category Rules */
export type IndustryCluster = z.infer<typeof IndustryCluster>;

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

/**
 * An iron-making blast furnace (高炉) by its volume in m³ — task 3.
 * @example
 * ```ts
 * BlastFurnace.parse({ kind: 'blast-furnace', volumeM3: 1080 }).volumeM3; //=> 1080
 * ```
 * @see 三(一)3
 * @category Rules
 */
export const BlastFurnace = z.strictObject({ kind: z.literal('blast-furnace'), volumeM3: Quantity, location });
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
export const Converter = z.strictObject({ kind: z.literal('converter'), capacityT: Quantity, location });
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
export const ElectricArcFurnace = z.strictObject({
  kind: z.literal('electric-arc-furnace'),
  capacityT: Quantity,
  alloySteel: z.optional(z.boolean()),
  location,
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
export const SinterMachine = z.strictObject({ kind: z.literal('sinter-machine'), type: z.enum(V.SINTER_TYPES), location });
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
export const PelletFurnace = z.strictObject({ kind: z.literal('pellet-furnace'), type: z.enum(V.PELLET_FURNACE_TYPES), location });
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
export const FerroalloyFurnace = z.strictObject({
  kind: z.literal('ferroalloy-furnace'),
  product: z.enum(V.FERROALLOY_PRODUCTS),
  enclosure: z.enum(V.FERROALLOY_ENCLOSURES),
  location,
});
/** @category Rules */
export type FerroalloyFurnace = z.infer<typeof FerroalloyFurnace>;

/**
 * A demand for additional natural gas (新增天然气), by use — task 7.
 * @example
 * ```ts
 * GasDemand.parse({ kind: 'gas-demand', use: 'residential' }).use; //=> 'residential'
 * ```
 * @see 三(二)7
 * @category Rules
 */
export const GasDemand = z.strictObject({ kind: z.literal('gas-demand'), use: z.enum(V.GAS_USES) });
/** @category Rules */
export type GasDemand = z.infer<typeof GasDemand>;

/**
 * A fuel offered as a coal reduction-replacement measure (煤炭减量替代措施) — task 8.
 * `'other-high-polluting'` is any other high-polluting fuel (高污染燃料); `'other'` is anything else.
 * @example
 * ```ts
 * CoalSubstitute.parse({ kind: 'coal-substitute', fuel: 'semi-coke' }).fuel; //=> 'semi-coke'
 * ```
 * @see 三(二)8
 * @category Rules
 */
export const CoalSubstitute = z.strictObject({ kind: z.literal('coal-substitute'), fuel: z.enum(V.COAL_SUBSTITUTE_FUELS) });
/** @category Rules */
export type CoalSubstitute = z.infer<typeof CoalSubstitute>;

/**
 * A use of coal to be counted (or not) in the coal-consumption total — task 8: coal gangue (煤矸石),
 * feedstock coal (原料用煤) or fuel coal.
 * @example
 * ```ts
 * CoalUse.parse({ kind: 'coal-use', type: 'coal-gangue' }).type; //=> 'coal-gangue'
 * ```
 * @see 三(二)8
 * @category Rules
 */
export const CoalUse = z.strictObject({ kind: z.literal('coal-use'), type: z.enum(V.COAL_USE_TYPES) });
/** @category Rules */
export type CoalUse = z.infer<typeof CoalUse>;

/**
 * A coal-fired boiler (燃煤锅炉) — tasks 9 and 21.
 * - `capacityTph`: rated capacity in steam tonnes per hour (蒸吨/小时);
 * - `use`: `'central-heating'` for a heat-supply boiler (集中供暖 / 供热), `'other'` otherwise;
 * - `isNew`: to be newly built;
 * - `distanceToLargeChpKm` / `largeChpCapacityMw`: distance to, and capacity of, the nearest large CHP
 *   plant (热电联产电厂);
 * - `inBuiltUpArea`: in a city's built-up area (城市建成区); `withinHeatNetwork`: within the coverage of a
 *   heat network (管网覆盖范围内); `inefficientTreatment`: fitted with simple, inefficient treatment
 *   (简易低效污染治理设施).
 *
 * @example
 * ```ts
 * CoalBoiler.parse({ kind: 'coal-boiler', capacityTph: 20 }).capacityTph; //=> 20
 * ```
 * @see 三(二)9, 三(五)21
 * @category Rules
 */
export const CoalBoiler = z.strictObject({
  kind: z.literal('coal-boiler'),
  capacityTph: Quantity,
  use: z.optional(z.enum(V.BOILER_USES)),
  isNew: z.optional(z.boolean()),
  distanceToLargeChpKm: z.optional(Quantity),
  largeChpCapacityMw: z.optional(Quantity),
  inBuiltUpArea: z.optional(z.boolean()),
  withinHeatNetwork: z.optional(z.boolean()),
  inefficientTreatment: z.optional(z.boolean()),
  location,
});
/** @category Rules */
export type CoalBoiler = z.infer<typeof CoalBoiler>;

/**
 * A small coal-burning facility task 9 clears with the small boilers: tea-water stove (茶水炉), commercial
 * stove (经营性炉灶), grain dryer (储粮烘干设备), farm-produce processing (农产品加工).
 * @example
 * ```ts
 * SmallCoalFacility.parse({ kind: 'small-coal-facility', type: 'grain-dryer' }).type; //=> 'grain-dryer'
 * ```
 * @see 三(二)9
 * @category Rules
 */
export const SmallCoalFacility = z.strictObject({
  kind: z.literal('small-coal-facility'),
  type: z.enum(V.SMALL_COAL_FACILITY_TYPES),
  location,
});
/** @category Rules */
export type SmallCoalFacility = z.infer<typeof SmallCoalFacility>;

/**
 * A gas-fired boiler (燃气锅炉) — task 21. `inefficientTreatment`: fitted with simple, inefficient treatment.
 * @example
 * ```ts
 * GasBoiler.parse({ kind: 'gas-boiler' }).kind; //=> 'gas-boiler'
 * ```
 * @see 三(五)21
 * @category Rules
 */
export const GasBoiler = z.strictObject({
  kind: z.literal('gas-boiler'),
  inefficientTreatment: z.optional(z.boolean()),
  location,
});
/** @category Rules */
export type GasBoiler = z.infer<typeof GasBoiler>;

/**
 * A biomass boiler (生物质锅炉) — task 21. `dedicated`: a dedicated biomass boiler (专用锅炉);
 * `coFiring`: what it burns besides biomass; `bagFilter`: fitted with bag filters or other high-efficiency
 * dust removal; `small`: a small boiler (the plan sets no size: the caller judges);
 * `inefficientTreatment`: fitted with simple, inefficient treatment.
 * @example
 * ```ts
 * BiomassBoiler.parse({ kind: 'biomass-boiler', coFiring: ['coal'] }).coFiring; //=> ['coal']
 * ```
 * @see 三(五)21
 * @category Rules
 */
export const BiomassBoiler = z.strictObject({
  kind: z.literal('biomass-boiler'),
  dedicated: z.optional(z.boolean()),
  coFiring: z.optional(z.array(z.enum(V.CO_FIRING_MATERIALS))),
  bagFilter: z.optional(z.boolean()),
  small: z.optional(z.boolean()),
  inefficientTreatment: z.optional(z.boolean()),
  location,
});
/** @category Rules */
export type BiomassBoiler = z.infer<typeof BiomassBoiler>;

/**
 * A coal gas producer (煤气发生炉) — task 10. `purpose`: fuel gas (燃料类) or feedstock gas; `bed`:
 * `'fixed-intermittent'` for a fixed-bed intermittent producer (固定床间歇式); `isNew`: to be newly added.
 * @example
 * ```ts
 * GasProducer.parse({ kind: 'gas-producer', purpose: 'fuel' }).purpose; //=> 'fuel'
 * ```
 * @see 三(二)10
 * @category Rules
 */
export const GasProducer = z.strictObject({
  kind: z.literal('gas-producer'),
  purpose: z.enum(V.GAS_PRODUCER_PURPOSES),
  bed: z.optional(z.enum(V.GAS_PRODUCER_BEDS)),
  isNew: z.optional(z.boolean()),
  location,
});
/** @category Rules */
export type GasProducer = z.infer<typeof GasProducer>;

/**
 * An industrial furnace or kiln (工业炉窑) — tasks 10 and 21. `type`: heating (加热炉), heat treatment
 * (热处理炉), drying (干燥炉), melting (熔化炉) or other; `isNew`: new, rebuilt or expanded (新改扩建);
 * `fuel`: what it burns (coal, coke, semi-coke, petroleum coke and other high-polluting fuels count as
 * 高污染燃料); `inefficientTreatment`: fitted with simple, inefficient treatment.
 * @example
 * ```ts
 * IndustrialFurnace.parse({ kind: 'industrial-furnace', type: 'drying', isNew: true }).type; //=> 'drying'
 * ```
 * @see 三(二)10, 三(五)21
 * @category Rules
 */
export const IndustrialFurnace = z.strictObject({
  kind: z.literal('industrial-furnace'),
  type: z.enum(V.FURNACE_TYPES),
  isNew: z.optional(z.boolean()),
  fuel: z.optional(z.enum(V.FURNACE_FUELS)),
  inefficientTreatment: z.optional(z.boolean()),
  location,
});
/** @category Rules */
export type IndustrialFurnace = z.infer<typeof IndustrialFurnace>;

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
export const ProvincialRank = z
  .strictObject({
    rank: z.number().check(z.int(), z.gte(1)),
    of: z.number().check(z.int(), z.gte(1)),
  })
  .check(z.refine((r) => r.rank <= r.of, { message: 'rank must not exceed of', path: ['rank'] }));
/** @category Rules */
export type ProvincialRank = z.infer<typeof ProvincialRank>;

/**
 * A city (设区市) or county-level division (县(市、区)) as a whole — tasks 4, 8, 11, 13, 26 and 34.
 * - `city` and/or `county` say which (a county's city is looked up; they must agree);
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
export const Area = z
  .strictObject({
    kind: z.literal('area'),
    city: z.optional(z.enum(/* @__PURE__ */ CITIES.map((c) => c.id))),
    county: z.optional(z.enum(/* @__PURE__ */ COUNTIES.map((c) => c.code))),
    pm25AnnualMean: z.optional(Quantity),
    provincialRank: z.optional(ProvincialRank),
    cleanHeating: z.optional(z.enum(V.CLEAN_HEATING_COVERAGE)),
    attainsStandard: z.optional(z.boolean()),
    traditionalSmeCluster: z.optional(z.boolean()),
  })
  .check(
    z.refine((a) => a.city === undefined || a.county === undefined || countyCity(a.county) === a.city, {
      message: 'the county does not belong to the city',
      path: ['county'],
    }),
  );
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
export const ScenicArea = z.strictObject({ kind: z.literal('scenic-area'), grade: z.enum(V.SCENIC_GRADES), location });
/** @category Rules */
export type ScenicArea = z.infer<typeof ScenicArea>;

/**
 * A bulk-freight haul (大宗货物运输) by distance in km — task 12.
 * @example
 * ```ts
 * BulkFreight.parse({ kind: 'bulk-freight', distanceKm: 650 }).distanceKm; //=> 650
 * ```
 * @see 三(三)12
 * @category Rules
 */
export const BulkFreight = z.strictObject({ kind: z.literal('bulk-freight'), distanceKm: Quantity });
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
export const FreightSite = z.strictObject({
  kind: z.literal('freight-site'),
  type: z.enum(V.FREIGHT_SITE_TYPES),
  annualBulkMt: Quantity,
  action: z.enum(V.FREIGHT_SITE_ACTIONS),
});
/** @category Rules */
export type FreightSite = z.infer<typeof FreightSite>;

/**
 * A mine (矿山) — task 17. `isNew`: a new mine; `failedRectification`: still substandard after a
 * rectification deadline (限期整改仍不达标).
 * @example
 * ```ts
 * Mine.parse({ kind: 'mine', isNew: true }).isNew; //=> true
 * ```
 * @see 三(四)17
 * @category Rules
 */
export const Mine = z.strictObject({
  kind: z.literal('mine'),
  isNew: z.boolean(),
  failedRectification: z.optional(z.boolean()),
  location,
});
/** @category Rules */
export type Mine = z.infer<typeof Mine>;

/**
 * A goods vehicle (货车) by fuel and China emission stage (国一 … 国六); `leanBurn` for a gas truck with
 * lean-burn technology (稀薄燃烧技术) — task 13.
 * @example
 * ```ts
 * Truck.parse({ kind: 'truck', fuel: 'diesel', emissionStage: 'china-4' }).emissionStage; //=> 'china-4'
 * ```
 * @see 三(三)13
 * @category Rules
 */
export const Truck = z.strictObject({
  kind: z.literal('truck'),
  fuel: z.enum(V.TRUCK_FUELS),
  emissionStage: z.enum(V.TRUCK_STAGES),
  leanBurn: z.optional(z.boolean()),
});
/** @category Rules */
export type Truck = z.infer<typeof Truck>;

/**
 * A piece of non-road mobile machinery (非道路移动机械) by emission stage (`'pre-stage-1'` for none);
 * `blackSmoke`: visibly emits black smoke (冒黑烟); `site`: where it works — task 14.
 * @example
 * ```ts
 * NonRoadMachinery.parse({ kind: 'non-road-machinery', emissionStage: 'stage-2' }).emissionStage; //=> 'stage-2'
 * ```
 * @see 三(三)14
 * @category Rules
 */
export const NonRoadMachinery = z.strictObject({
  kind: z.literal('non-road-machinery'),
  emissionStage: z.enum(V.NON_ROAD_STAGES),
  blackSmoke: z.optional(z.boolean()),
  site: z.optional(z.enum(V.MACHINERY_SITES)),
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
export const Locomotive = z.strictObject({ kind: z.literal('locomotive'), blackSmoke: z.optional(z.boolean()) });
/** @category Rules */
export type Locomotive = z.infer<typeof Locomotive>;

/**
 * A fuel outlet: a self-built tank (自建油罐), a mobile refuelling tanker (流动加油罐车), an unlicensed
 * station (黑加油站点) or a licensed station — task 15.
 * @example
 * ```ts
 * FuelOutlet.parse({ kind: 'fuel-outlet', type: 'mobile-refueller' }).type; //=> 'mobile-refueller'
 * ```
 * @see 三(三)15
 * @category Rules
 */
export const FuelOutlet = z.strictObject({ kind: z.literal('fuel-outlet'), type: z.enum(V.FUEL_OUTLET_TYPES) });
/** @category Rules */
export type FuelOutlet = z.infer<typeof FuelOutlet>;

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
export const ConstructionSite = z.strictObject({
  kind: z.literal('construction-site'),
  areaM2: Quantity,
  linear: z.optional(z.boolean()),
  location,
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
export const Stockyard = z.strictObject({
  kind: z.literal('stockyard'),
  type: z.enum(V.STOCKYARD_TYPES),
  permitted: z.optional(z.boolean()),
});
/** @category Rules */
export type Stockyard = z.infer<typeof Stockyard>;

/**
 * Cropland (农田); `usesLooseCoal`: loose coal is burnt in farming (种植) — tasks 11, 18 and 23.
 * @example
 * ```ts
 * Farmland.parse({ kind: 'farmland' }).kind; //=> 'farmland'
 * ```
 * @see 三(四)18, 三(五)23
 * @category Rules
 */
export const Farmland = z.strictObject({ kind: z.literal('farmland'), usesLooseCoal: z.optional(z.boolean()) });
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
export const LivestockFarm = z.strictObject({ kind: z.literal('livestock-farm'), usesLooseCoal: z.optional(z.boolean()) });
/** @category Rules */
export type LivestockFarm = z.infer<typeof LivestockFarm>;

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
export const IndustrialPark = z.strictObject({
  kind: z.literal('industrial-park'),
  type: z.optional(z.enum(V.PARK_TYPES)),
  park: z.optional(z.enum(V.TAIYUAN_BASIN_PARKS)),
  odourComplaints: z.optional(z.boolean()),
  location,
});
/** @category Rules */
export type IndustrialPark = z.infer<typeof IndustrialPark>;

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
export const VocsFacility = z.strictObject({ kind: z.literal('vocs-facility'), type: z.enum(V.VOCS_FACILITY_TYPES) });
/** @category Rules */
export type VocsFacility = z.infer<typeof VocsFacility>;

/**
 * A building in which a catering business is to open (拟开设餐饮服务单位的建筑) — task 22.
 * @example
 * ```ts
 * CateringBuilding.parse({ kind: 'catering-building' }).kind; //=> 'catering-building'
 * ```
 * @see 三(五)22
 * @category Rules
 */
export const CateringBuilding = z.strictObject({ kind: z.literal('catering-building'), location });
/** @category Rules */
export type CateringBuilding = z.infer<typeof CateringBuilding>;

// The union ---------------------------------------------------------------------------------------

/**
 * The name of a subject kind, e.g. `'coal-boiler'`.
 * @example
 * ```ts
 * SubjectKind.options.includes('coal-boiler'); //=> true
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const SubjectKind = z.enum(V.SUBJECT_KINDS);
/** @category Rules */
export type SubjectKind = z.infer<typeof SubjectKind>;

/**
 * Anything `assess` can judge: one of the subject kinds, told apart by `kind`.
 * @example
 * ```ts
 * Subject.safeParse({ kind: 'coal-boiler', capacityTph: -1 }).success; //=> false
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const Subject = z.discriminatedUnion('kind', [
  Project,
  VocsMaterial,
  Enterprise,
  IndustryCluster,
  CoalPowerUnit,
  BlastFurnace,
  Converter,
  ElectricArcFurnace,
  SinterMachine,
  PelletFurnace,
  FerroalloyFurnace,
  GasDemand,
  CoalSubstitute,
  CoalUse,
  CoalBoiler,
  SmallCoalFacility,
  GasBoiler,
  BiomassBoiler,
  GasProducer,
  IndustrialFurnace,
  Area,
  ScenicArea,
  BulkFreight,
  FreightSite,
  Mine,
  Truck,
  NonRoadMachinery,
  Locomotive,
  FuelOutlet,
  ConstructionSite,
  Stockyard,
  Farmland,
  LivestockFarm,
  IndustrialPark,
  VocsFacility,
  CateringBuilding,
]);
/** @category Rules */
export type Subject = z.infer<typeof Subject> | never;
