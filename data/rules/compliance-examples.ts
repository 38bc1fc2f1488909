import type { RuleId } from './index.js';
import type { Subject } from '../../src/plan-schemas.generated.js';

// For each rule that names compliance facts, a subject whose verdict of that rule the facts settle, and
// whether it complies. Data for the tests and the guides: `RULES` and `getRule` carry them
// (`complianceExample`), `assess` never reads them (kept out of its bundle).

/** One example: the subject, and whether the rule's verdict on it complies. @internal */
export interface ComplianceExampleInput {
  readonly subject: Subject;
  readonly complies: boolean;
}

/**
 * The compliance example of each rule that names compliance facts, keyed by rule id.
 * @internal
 */
export const COMPLIANCE_EXAMPLES: { readonly [R in RuleId]?: ComplianceExampleInput } = /* @__PURE__ */ examples();

/**
 * The examples, built in a call a bundler may drop (an object literal with spreads at the top level would be
 * kept for its possible side effects).
 */
function examples(): { readonly [R in RuleId]?: ComplianceExampleInput } {
  const ENTERPRISE = { kind: 'enterprise', sector: 'other' } as const;
  const KEY = { kind: 'enterprise', sector: 'other', keyEnterprise: true } as const;
  const PROJECT = { kind: 'project', sector: 'other', action: 'new' } as const;
  const AREA = { kind: 'area', city: 'taiyuan' } as const;
  const PARK = { kind: 'industrial-park', location: { county: '140121' } } as const;
  return {
    'project-entry-requirements': { subject: { ...PROJECT, entryRequirementsUnmet: ['energy-review'] }, complies: false },
    'project-clean-transport': { subject: { ...PROJECT, cleanTransport: true }, complies: true },
    'capacity-replacement-close-first': {
      subject: { ...PROJECT, capacityReplacement: true, replacedCapacityClosed: false },
      complies: false,
    },
    'long-process-steel-to-eaf': {
      subject: { kind: 'enterprise', sector: 'steel', steelRoute: 'blast-furnace-converter' },
      complies: false,
    },
    'coking-project-benchmark': { subject: { kind: 'project', sector: 'coking', action: 'new', meetsBenchmark: true }, complies: true },
    'coal-unit-below-300mw': { subject: { kind: 'coal-power-unit', capacityMw: 200, shutDown: true }, complies: true },
    'no-new-steel-capacity': { subject: { kind: 'project', sector: 'steel', action: 'expansion', addsCapacity: true }, complies: false },
    'blast-furnace-restricted': { subject: { kind: 'blast-furnace', volumeM3: 1000, shutDown: false }, complies: false },
    'converter-restricted': { subject: { kind: 'converter', capacityT: 80, shutDown: true }, complies: true },
    'electric-arc-furnace-restricted': { subject: { kind: 'electric-arc-furnace', capacityT: 40, shutDown: true }, complies: true },
    'outdated-sinter-pellet-ferroalloy': {
      subject: { kind: 'sinter-machine', type: 'stepping', location: { city: 'datong' }, shutDown: false },
      complies: false,
    },
    'backward-capacity-exit': { subject: { ...ENTERPRISE, backwardCapacity: true, backwardCapacityExited: true }, complies: true },
    'coal-washing-capacity-replacement': {
      subject: {
        kind: 'project',
        sector: 'coal-washing',
        action: 'new',
        independent: true,
        addsCapacity: true,
        capacityReplacementDone: false,
      },
      complies: false,
    },
    'industry-cluster-plan': { subject: { ...AREA, traditionalSmeCluster: true, clusterPlanDone: true }, complies: true },
    'characteristic-cluster-upgrade': {
      subject: { kind: 'industry-cluster', city: 'jinzhong', industry: 'carbon', upgradeDone: false },
      complies: false,
    },
    'industrial-low-vocs-substitution': {
      subject: { kind: 'vocs-material', vocsContentPct: 30, use: 'industrial-coating', lowVocsCompliant: false },
      complies: false,
    },
    'building-low-vocs': {
      subject: { kind: 'vocs-material', vocsContentPct: 5, use: 'building-municipal', lowVocsCompliant: true },
      complies: true,
    },
    'floor-structure-marking-low-vocs': {
      subject: { kind: 'vocs-material', vocsContentPct: 5, use: 'floor-structure-marking', specialFunction: false, lowVocsCompliant: true },
      complies: true,
    },
    'vocs-content-limits': { subject: { kind: 'vocs-material', vocsContentPct: 60, withinContentLimit: false }, complies: false },
    'key-region-coal-negative-growth': { subject: { ...AREA, coalConsumptionBelow2020: true }, complies: true },
    'coal-project-reduction-replacement': { subject: { ...PROJECT, usesCoal: true, coalReplacementDone: false }, complies: false },
    'no-high-polluting-coal-substitute': { subject: { kind: 'coal-substitute', fuel: 'petroleum-coke' }, complies: false },
    'captive-coal-unit-no-new': { subject: { kind: 'coal-power-unit', capacityMw: 350, captive: true, isNew: true }, complies: false },
    'captive-coal-unit-clean-energy': {
      subject: { kind: 'coal-power-unit', capacityMw: 350, captive: true, isNew: false, cleanEnergyDone: true },
      complies: true,
    },
    'coal-boiler-built-up-area': {
      subject: { kind: 'coal-boiler', capacityTph: 80, use: 'central-heating', inBuiltUpArea: true, shutDown: false },
      complies: false,
    },
    'coal-boiler-no-new': { subject: { kind: 'coal-boiler', capacityTph: 80, isNew: true, use: 'other' }, complies: false },
    'coal-boiler-cleanup': { subject: { kind: 'coal-boiler', capacityTph: 20, shutDown: true }, complies: true },
    'small-coal-facility-cleanup': { subject: { kind: 'small-coal-facility', type: 'tea-water-stove', shutDown: false }, complies: false },
    'coal-boiler-heat-network': {
      subject: { kind: 'coal-boiler', capacityTph: 80, withinHeatNetwork: true, shutDown: true },
      complies: true,
    },
    'coal-boiler-chp-radius': {
      subject: { kind: 'coal-boiler', capacityTph: 80, distanceToLargeChpKm: 20, largeChpCapacityMw: 600, shutDown: false },
      complies: false,
    },
    'small-chp-unit-chp-radius': {
      subject: {
        kind: 'coal-power-unit',
        capacityMw: 50,
        chp: true,
        backward: true,
        distanceToLargeChpKm: 20,
        largeChpCapacityMw: 600,
        shutDown: true,
      },
      complies: true,
    },
    'industrial-heat-radius-closure': {
      subject: { kind: 'coal-boiler', capacityTph: 80, distanceToLargeIndustrialHeatKm: 10, shutDown: false },
      complies: false,
    },
    'fuel-gas-producer-no-new': { subject: { kind: 'gas-producer', purpose: 'fuel', isNew: true }, complies: false },
    'new-furnace-clean-energy': { subject: { kind: 'industrial-furnace', type: 'heating', isNew: true, fuel: 'gas' }, complies: true },
    'high-polluting-furnace-substitution': { subject: { kind: 'industrial-furnace', type: 'other', fuel: 'coal' }, complies: false },
    'fuel-gas-producer-clean-energy': {
      subject: { kind: 'gas-producer', purpose: 'fuel', isNew: false, cleanEnergyDone: true },
      complies: true,
    },
    'fixed-bed-intermittent-gas-producer': {
      subject: { kind: 'gas-producer', purpose: 'feedstock', bed: 'fixed-intermittent', shutDown: false },
      complies: false,
    },
    'farm-loose-coal-substitution': { subject: { kind: 'farmland', usesLooseCoal: true }, complies: false },
    'clean-heating-ban-zone': { subject: { ...AREA, cleanHeating: 'complete', banZoneDesignated: true }, complies: true },
    'long-haul-rail': { subject: { kind: 'bulk-freight', distanceKm: 650, byRail: false }, complies: false },
    'short-haul-clean': { subject: { kind: 'bulk-freight', distanceKm: 50, cleanTransport: true }, complies: true },
    'freight-site-rail-siding': {
      subject: { kind: 'freight-site', type: 'logistics-park', annualBulkMt: 2, action: 'new', railSidingBuilt: true },
      complies: true,
    },
    'old-diesel-truck-phase-out': {
      subject: { kind: 'truck', fuel: 'diesel', emissionStage: 'china-4', shutDown: false },
      complies: false,
    },
    'lean-burn-gas-truck-phase-out': {
      subject: { kind: 'truck', fuel: 'gas', emissionStage: 'china-5', leanBurn: true, shutDown: true },
      complies: true,
    },
    'public-vehicles-clean-2025': { subject: { kind: 'scenic-area', grade: '5A', publicVehiclesClean: false }, complies: false },
    'truck-anti-tampering': { subject: { kind: 'truck', fuel: 'diesel', emissionStage: 'china-6', tampered: false }, complies: true },
    'vehicle-inspection-maintenance': {
      subject: { kind: 'truck', fuel: 'diesel', emissionStage: 'china-6', inspectionPassed: false },
      complies: false,
    },
    'site-machinery-new-energy': {
      subject: { kind: 'non-road-machinery', emissionStage: 'stage-4', site: 'airport', newEnergy: true },
      complies: true,
    },
    'black-smoke-elimination': { subject: { kind: 'locomotive', blackSmoke: true }, complies: false },
    'old-non-road-machinery-phase-out': {
      subject: { kind: 'non-road-machinery', emissionStage: 'stage-1', shutDown: true },
      complies: true,
    },
    'fuel-outlet-rectification': { subject: { kind: 'fuel-outlet', type: 'mobile-refueller', rectified: false }, complies: false },
    'non-standard-fuel-sale-ban': {
      subject: { kind: 'fuel-outlet', type: 'licensed-station', sellsNonStandardFuel: true },
      complies: false,
    },
    'construction-site-video': { subject: { kind: 'construction-site', areaM2: 5000, videoInstalled: true }, complies: true },
    'key-region-linear-works-sections': {
      subject: { kind: 'construction-site', areaM2: 100, linear: true, location: { city: 'linfen' }, sectionalConstruction: false },
      complies: false,
    },
    'illegal-stockyard-removal': { subject: { kind: 'stockyard', type: 'other', permitted: false, shutDown: true }, complies: true },
    'dry-bulk-stockyard-dust': { subject: { kind: 'stockyard', type: 'large-dry-bulk-terminal', dustControlDone: false }, complies: false },
    'industrial-dust-control': { subject: { ...ENTERPRISE, dustControlDone: true }, complies: true },
    'key-enterprise-video': { subject: { ...KEY, videoInstalled: false }, complies: false },
    'new-mine-clean-transport': { subject: { kind: 'mine', isNew: true, cleanTransport: true }, complies: true },
    'mine-closure': { subject: { kind: 'mine', isNew: false, failedRectification: true, shutDown: false }, complies: false },
    'straw-burning-ban': { subject: { kind: 'farmland', burnsStraw: false }, complies: true },
    'industrial-park-treatment': { subject: { ...PARK, treatmentDone: true }, complies: true },
    'storage-tank-low-leak': { subject: { kind: 'vocs-facility', type: 'storage-tank', lowLeakValves: false }, complies: false },
    'tank-truck-sealed-coupling': { subject: { kind: 'vocs-facility', type: 'tank-truck', sealedCoupling: true }, complies: true },
    'wastewater-treatment-gas-collection': {
      subject: { kind: 'vocs-facility', type: 'wastewater-treatment', gasCollected: false },
      complies: false,
    },
    'wastewater-tank-closed-collection': { subject: { kind: 'vocs-facility', type: 'sump', gasCollected: true }, complies: true },
    'chemical-ldar': { subject: { kind: 'enterprise', sector: 'chemical', ldarDone: false }, complies: false },
    'shutdown-maintenance-vocs': { subject: { ...ENTERPRISE, handlesVocs: true, shutdownVocsCollected: true }, complies: true },
    'flare-not-routine-treatment': { subject: { kind: 'vocs-facility', type: 'flare', usedForRoutineTreatment: true }, complies: false },
    'key-industry-ultra-low-emission': { subject: { kind: 'enterprise', sector: 'cement', ultraLowRetrofitDone: true }, complies: true },
    'coal-boiler-ule-35-65': { subject: { kind: 'coal-boiler', capacityTph: 50, ultraLowRetrofitDone: false }, complies: false },
    'coal-boiler-ule-all': { subject: { kind: 'coal-boiler', capacityTph: 75, ultraLowRetrofitDone: true }, complies: true },
    'deep-treatment-industries': { subject: { kind: 'enterprise', sector: 'glass', deepTreatmentDone: false }, complies: false },
    'stable-compliance': { subject: { ...ENTERPRISE, emissionsCompliant: true }, complies: true },
    'inefficient-treatment-disposal': { subject: { kind: 'gas-boiler', inefficientTreatment: true }, complies: false },
    'gas-boiler-low-nox': { subject: { kind: 'gas-boiler', lowNoxCompliant: true }, complies: true },
    'small-biomass-boiler-consolidation': { subject: { kind: 'biomass-boiler', small: true, shutDown: false }, complies: false },
    'biomass-boiler-dedicated': { subject: { kind: 'biomass-boiler', dedicated: true }, complies: true },
    'biomass-boiler-dust-removal': { subject: { kind: 'biomass-boiler', bagFilter: false }, complies: false },
    'biomass-boiler-no-co-firing': { subject: { kind: 'biomass-boiler', coFiring: [] }, complies: true },
    'bypass-removal': { subject: { ...KEY, hasBypass: true, bypassNeededForSafety: false }, complies: false },
    'safety-bypass-monitoring': {
      subject: { ...KEY, hasBypass: true, bypassNeededForSafety: true, bypassMonitored: true },
      complies: true,
    },
    'catering-dedicated-flue': { subject: { kind: 'catering-building', dedicatedFlue: false }, complies: false },
    'odour-online-monitoring': { subject: { ...PARK, odourComplaints: true, onlineMonitoringInstalled: true }, complies: true },
    'fertilizer-deep-placement': { subject: { kind: 'farmland', deepPlacement: true }, complies: true },
    'low-protein-feed': { subject: { kind: 'livestock-farm', lowProteinFeed: false }, complies: false },
    'livestock-closed-housing': { subject: { kind: 'livestock-farm', closedHousing: true }, complies: true },
    'livestock-manure-enclosure': { subject: { kind: 'livestock-farm', manureEnclosed: false }, complies: false },
    'ammonia-slip-monitoring': { subject: { ...KEY, ammoniaInjection: true, ammoniaSlipMonitorInstalled: true }, complies: true },
    'taiyuan-basin-no-independent-coking': {
      subject: { kind: 'project', sector: 'coking', action: 'new', independent: true, location: { county: '140121' } },
      complies: false,
    },
    'taiyuan-basin-urban-relocation': {
      subject: { kind: 'enterprise', sector: 'coking', inBuiltUpArea: true, location: { county: '140121' }, relocationDone: false },
      complies: false,
    },
    'taiyuan-basin-outdated-equipment': {
      subject: { kind: 'pellet-furnace', type: 'shaft', location: { county: '140781' }, shutDown: true },
      complies: true,
    },
    'taiyuan-basin-park-joint-treatment': {
      subject: { kind: 'industrial-park', park: 'qingxu', treatmentDone: false },
      complies: false,
    },
    'attainment-plan': { subject: { ...AREA, attainsStandard: false, attainmentPlanPublished: true }, complies: true },
    'major-project-eia-consultation': { subject: { ...PROJECT, majorRegionalImpact: true, eiaConsultationDone: false }, complies: false },
    'emergency-reduction-list': { subject: { ...ENTERPRISE, onEmergencyList: true }, complies: true },
    'park-monitoring-station': {
      subject: { kind: 'industrial-park', location: { city: 'datong' }, monitoringStationBuilt: true },
      complies: true,
    },
    'fenhe-valley-park-monitoring': {
      subject: { kind: 'industrial-park', location: { inFenheValley: true }, monitoringStationBuilt: false },
      complies: false,
    },
    'enterprise-monitoring-installation': {
      subject: { ...ENTERPRISE, conditionMonitoringInstalled: true, powerMonitoringInstalled: true, videoInstalled: true },
      complies: true,
    },
    'environmental-offences-prohibited': { subject: { ...ENTERPRISE, environmentalOffence: true }, complies: false },
    'falsification-liability': { subject: { kind: 'third-party-body', service: 'testing', falsification: false }, complies: true },
    'local-implementation-plan': { subject: { kind: 'area', county: '140121', implementationPlanMade: false }, complies: false },
    'key-discharger-disclosure': { subject: { ...ENTERPRISE, keyDischarger: true, informationDisclosed: true }, complies: true },
    'vehicle-maker-disclosure': {
      subject: { kind: 'enterprise', sector: 'vehicle-machinery-maker', informationDisclosed: false },
      complies: false,
    },
    'government-low-vocs-procurement': {
      subject: { kind: 'vocs-material', vocsContentPct: 5, governmentPurchase: true, lowVocsCompliant: true },
      complies: true,
    },
  };
}
