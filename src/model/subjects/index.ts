/**
 * The subjects `assess` judges, one file per family (the families of src/rules/), and their union.
 * `Subject` below is the one list of the subject kinds: `SubjectKind`, the validator of `assess`
 * (generated: src/rules/subject-specs.generated.ts), the rules guide and the fuzz generators all
 * derive from it.
 * @module
 */
import * as z from 'zod/mini';
import { Project } from './projects.js';
import { VocsFacility, VocsMaterial } from './vocs.js';
import { Enterprise, ThirdPartyBody } from './enterprises.js';
import { Area, IndustrialPark, IndustryCluster, ScenicArea } from './area.js';
import { CoalPowerUnit } from './coal-power.js';
import { BlastFurnace, Converter, ElectricArcFurnace, FerroalloyFurnace, PelletFurnace, SinterMachine } from './steel-equipment.js';
import { CoalSubstitute, CoalUse, GasDemand } from './coal-use.js';
import { BiomassBoiler, CoalBoiler, GasBoiler, SmallCoalFacility } from './boilers.js';
import { GasProducer, IndustrialFurnace } from './industrial-furnaces.js';
import { BulkFreight, FreightSite, Mine } from './freight.js';
import { Locomotive, NonRoadMachinery, Truck } from './vehicles.js';
import { FuelOutlet } from './fuels.js';
import { CateringBuilding, ConstructionSite, Stockyard } from './construction.js';
import { Farmland, LivestockFarm } from './agriculture.js';

export { Location } from './shared.js';
export * from './projects.js';
export * from './vocs.js';
export * from './enterprises.js';
export * from './area.js';
export * from './coal-power.js';
export * from './steel-equipment.js';
export * from './coal-use.js';
export * from './boilers.js';
export * from './industrial-furnaces.js';
export * from './freight.js';
export * from './vehicles.js';
export * from './fuels.js';
export * from './construction.js';
export * from './agriculture.js';

/**
 * Anything `assess` can judge: one of the subject kinds, told apart by `kind`, in the order of the
 * tasks that first name them.
 * @example
 * ```ts
 * Subject.safeParse({ kind: 'coal-boiler', capacityTph: -1 }).success; //=> false
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const Subject = /* @__PURE__ */ z.discriminatedUnion('kind', [
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
  ThirdPartyBody,
]);
/** @category Rules */
export type Subject = z.infer<typeof Subject> | never;

/** The kinds of the union's members, in its order. */
function kindsOf(union: {
  _zod: { def: { options: readonly { _zod: { def: { shape: { kind: { _zod: { def: { values: readonly unknown[] } } } } } } }[] } };
}) {
  return union._zod.def.options.map((o) => o._zod.def.shape.kind._zod.def.values[0]) as unknown as readonly [
    Subject['kind'],
    ...Subject['kind'][],
  ];
}

/**
 * The name of a subject kind, e.g. `'coal-boiler'`: the kinds of `Subject`, in its order.
 * @example
 * ```ts
 * SubjectKind.options.includes('coal-boiler'); //=> true
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const SubjectKind = /* @__PURE__ */ z.enum(/* @__PURE__ */ kindsOf(Subject));
/** @category Rules */
export type SubjectKind = z.infer<typeof SubjectKind>;
