/**
 * The closed value lists of the subjects' fields, used by their zod schemas (`./subjects/`), from which
 * the validator of `assess` is generated (`src/rules/subject-specs.generated.ts`). Not re-exported: the
 * schemas expose them (`CoalBoiler.shape.use` …).
 * @internal
 * @module
 */

/** Industries a `project` or an `enterprise` belongs to (the plan's own sector names). @internal */
export const SECTORS = [
  'steel',
  'coking',
  'cement',
  'coal-power',
  'ferroalloy',
  'chemical',
  'coal-chemical',
  'nitrogen-fertilizer',
  'soda-ash',
  'glass',
  'lime',
  'mineral-wool',
  'nonferrous',
  'coal-mining',
  'coal-washing',
  'building-materials',
  'industrial-coating',
  'packaging-printing',
  'electronics',
  'vehicle-machinery-maker',
  'other',
] as const;

/** @internal */ export const PROJECT_ACTIONS = ['new', 'rebuild', 'expansion', 'relocation'] as const;
/** @internal */ export const BOILER_USES = ['central-heating', 'other'] as const;
/** @internal */
export const SMALL_COAL_FACILITY_TYPES = ['tea-water-stove', 'commercial-stove', 'grain-dryer', 'farm-produce-processing'] as const;
/** @internal */ export const CO_FIRING_MATERIALS = ['coal', 'household-waste', 'other'] as const;
/** @internal */ export const SINTER_TYPES = ['stepping', 'other'] as const;
/** @internal */ export const PELLET_FURNACE_TYPES = ['shaft', 'other'] as const;
/** @internal */
export const FERROALLOY_PRODUCTS = [
  'silicomanganese',
  'ferronickel',
  'high-carbon-ferrochrome',
  'high-carbon-ferromanganese',
  'other',
] as const;
/** @internal */ export const FERROALLOY_ENCLOSURES = ['semi-closed', 'closed'] as const;
/** @internal */ export const GAS_PRODUCER_PURPOSES = ['fuel', 'feedstock'] as const;
/** @internal */ export const GAS_PRODUCER_BEDS = ['fixed-intermittent', 'other'] as const;
/** @internal */ export const FURNACE_TYPES = ['heating', 'heat-treatment', 'drying', 'melting', 'other'] as const;
/** @internal */
export const FURNACE_FUELS = [
  'coal',
  'coke',
  'semi-coke',
  'petroleum-coke',
  'other-high-polluting',
  'gas',
  'electricity',
  'other-clean',
] as const;
/** @internal */
export const COAL_SUBSTITUTE_FUELS = ['petroleum-coke', 'coke', 'semi-coke', 'other-high-polluting', 'other'] as const;
/** @internal */ export const COAL_USE_TYPES = ['coal-gangue', 'feedstock-coal', 'fuel-coal'] as const;
/** @internal */ export const GAS_USES = ['residential', 'clean-heating', 'other'] as const;
/** @internal */
export const FREIGHT_SITE_TYPES = ['logistics-park', 'industrial-mining-enterprise', 'coal-storage-base'] as const;
/** @internal */ export const FREIGHT_SITE_ACTIONS = ['new', 'relocated', 'existing'] as const;
/** @internal */ export const TRUCK_FUELS = ['diesel', 'gas', 'electric', 'hydrogen', 'methanol'] as const;
/** @internal */
export const TRUCK_USES = [
  'bus',
  'taxi',
  'sanitation',
  'postal-express',
  'delivery',
  'escort',
  'muck-haulage',
  'short-haul',
  'in-plant',
  'other',
] as const;
/** @internal */
export const TRUCK_STAGES = ['china-1', 'china-2', 'china-3', 'china-4', 'china-5', 'china-6'] as const;
/** @internal */
export const NON_ROAD_STAGES = ['pre-stage-1', 'stage-1', 'stage-2', 'stage-3', 'stage-4'] as const;
/** @internal */
export const MACHINERY_SITES = ['railway-freight-yard', 'logistics-park', 'airport', 'industrial-mining-enterprise', 'other'] as const;
/** @internal */ export const CLEAN_HEATING_COVERAGE = ['complete', 'partial', 'none'] as const;
/** @internal */ export const SCENIC_GRADES = ['5A', 'other'] as const;
/** @internal */
export const CLUSTER_INDUSTRIES = [
  'foundry',
  'manganese-rich-slag-smelting',
  'ceramics',
  'independent-pellet',
  'flange',
  'refractory',
  'nitro-fertilizer',
  'recycled-rubber',
  'carbon',
  'glassware',
  'magnesium',
  'packaging-printing',
  'other',
] as const;
/** @internal */ export const PARK_TYPES = ['coal-chemical', 'other'] as const;
/** @internal */ export const TAIYUAN_BASIN_PARKS = ['qingxu', 'jiaocheng', 'pingyao', 'jiexiu', 'xiaoyi'] as const;
/** @internal */ export const THIRD_PARTY_SERVICES = ['treatment', 'operation-maintenance', 'testing', 'other'] as const;
/** @internal */ export const STEEL_ROUTES = ['blast-furnace-converter', 'electric-arc-furnace'] as const;
/** @internal */
export const VOCS_USES = [
  'industrial-coating',
  'packaging-printing',
  'electronics',
  'building-municipal',
  'floor-structure-marking',
  'other',
] as const;
/** @internal */
export const VOCS_FACILITY_TYPES = [
  'storage-tank',
  'tank-truck',
  'wastewater-treatment',
  'organic-wastewater-tank',
  'sump',
  'flare',
] as const;
/** @internal */ export const STOCKYARD_TYPES = ['large-dry-bulk-terminal', 'other'] as const;
/** @internal */
export const FUEL_OUTLET_TYPES = ['self-built-tank', 'mobile-refueller', 'unlicensed-station', 'licensed-station'] as const;
/**
 * The entry requirements 三(一)1 lists for new, rebuilt and expanded projects, in its order: national and
 * provincial industrial planning (产业规划), industrial policy (产业政策), ecological zoning control
 * (生态环境分区管控方案), planning EIA (规划环评), project EIA (项目环评), energy-saving review (节能审查),
 * capacity replacement (产能置换), total-load control of key pollutants (重点污染物总量控制), regional
 * reduction of emissions (污染物排放区域削减) and the carbon-peaking target (碳排放达峰目标).
 * @internal
 */
export const ENTRY_REQUIREMENTS = [
  'industrial-planning',
  'industrial-policy',
  'zoning-control',
  'planning-eia',
  'project-eia',
  'energy-review',
  'capacity-replacement',
  'pollutant-total-control',
  'regional-reduction',
  'carbon-peak',
] as const;
