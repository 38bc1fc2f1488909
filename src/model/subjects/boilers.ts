import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { Quantity, location } from './shared.js';

/**
 * A coal-fired boiler (燃煤锅炉) — tasks 9 and 21.
 * - `capacityTph` or `capacityMw`, exactly one: the rated capacity in steam tonnes per hour (蒸吨/小时), or a
 *   hot-water boiler's rated heat output in MW, which `assess` converts at 0.7 MW per t/h, the ratio Chinese
 *   boiler standards use (GB 13271-2014 pairs "10t/h以上在用蒸汽锅炉和7MW以上在用热水锅炉"): 24.5 MW is 35 t/h, 45.5 MW 65 t/h;
 * - `use`: `'central-heating'` for a heat-supply boiler (集中供暖 / 供热), `'other'` otherwise;
 * - `isNew`: to be newly built;
 * - `distanceToLargeChpKm` / `largeChpCapacityMw`: distance to, and capacity of, the nearest large CHP
 *   plant (热电联产电厂); `distanceToLargeIndustrialHeatKm`: distance to the nearest large industrial
 *   enterprise whose heat it could use (大型工业企业的供热能力: the plan sets no size, the caller judges 大型);
 * - `inBuiltUpArea`: in a city's built-up area (城市建成区, task 9; a county town's is not meant, unlike an
 *   enterprise's `inBuiltUpArea`, 城市(含县城)建成区); `withinHeatNetwork`: within the coverage of a
 *   heat network (管网覆盖范围内); `inefficientTreatment`: fitted with simple, inefficient treatment
 *   (简易低效污染治理设施).
 *
 * @example
 * ```ts
 * CoalBoiler.parse({ kind: 'coal-boiler', capacityTph: 20 }).capacityTph; //=> 20
 * CoalBoiler.safeParse({ kind: 'coal-boiler', capacityMw: 24.5 }).success; //=> true
 * CoalBoiler.safeParse({ kind: 'coal-boiler', capacityTph: 35, capacityMw: 24.5 }).success; //=> false
 * ```
 * @see 三(二)9, 三(五)21
 * @category Rules
 */
export const CoalBoiler = /* @__PURE__ */ z
  .strictObject({
    kind: /* @__PURE__ */ z.literal('coal-boiler'),
    capacityTph: /* @__PURE__ */ z.optional(Quantity),
    capacityMw: /* @__PURE__ */ z.optional(Quantity),
    use: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.BOILER_USES)),
    isNew: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    distanceToLargeChpKm: /* @__PURE__ */ z.optional(Quantity),
    largeChpCapacityMw: /* @__PURE__ */ z.optional(Quantity),
    distanceToLargeIndustrialHeatKm: /* @__PURE__ */ z.optional(Quantity),
    inBuiltUpArea: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    withinHeatNetwork: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    inefficientTreatment: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    location,
    /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
    shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    /** `true` when its ultra-low-emission retrofit (超低排放改造) is finished. */
    ultraLowRetrofitDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  })
  .check(
    /* @__PURE__ */ z.refine((b) => (b.capacityTph === undefined) !== (b.capacityMw === undefined), {
      message: 'exactly one of capacityTph and capacityMw',
      path: ['capacityTph'],
      // Read by scripts/generate/subjects.ts into the validator's spec.
      params: { exactlyOne: ['capacityTph', 'capacityMw'] },
    }),
  );
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
export const SmallCoalFacility = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('small-coal-facility'),
  type: /* @__PURE__ */ z.enum(V.SMALL_COAL_FACILITY_TYPES),
  location,
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
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
export const GasBoiler = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('gas-boiler'),
  inefficientTreatment: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
  /** `true` when it stably meets the low-NOx requirement (低氮排放要求). */
  lowNoxCompliant: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
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
export const BiomassBoiler = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('biomass-boiler'),
  dedicated: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  coFiring: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(V.CO_FIRING_MATERIALS))),
  bagFilter: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  small: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  inefficientTreatment: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type BiomassBoiler = z.infer<typeof BiomassBoiler>;
