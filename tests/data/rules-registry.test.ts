/**
 * data/rules/ is one file per section of 三、重点任务; data/rules/index.ts assembles the registry. The
 * registry keeps its public names and the order of RULES it had as one file (the order of the tasks).
 */
import { describe, expect, it } from 'vitest';
import { RULE_TABLE, RULES } from '../../data/rules/index.js';

/** The ids of RULES, in order, as data/rules.ts listed them before it was split by section. */
const ORDER = [
  'project-entry-requirements',
  'project-clean-transport',
  'capacity-replacement-close-first',
  'long-process-steel-to-eaf',
  'coking-project-benchmark',
  'coal-unit-below-300mw',
  'no-new-steel-capacity',
  'blast-furnace-restricted',
  'converter-restricted',
  'electric-arc-furnace-restricted',
  'outdated-sinter-pellet-ferroalloy',
  'backward-capacity-exit',
  'coal-washing-capacity-replacement',
  'industry-cluster-plan',
  'characteristic-cluster-upgrade',
  'high-vocs-project-control',
  'industrial-low-vocs-substitution',
  'vocs-compliant-end-of-pipe-exemption',
  'vocs-low-content-fugitive-exemption',
  'building-low-vocs',
  'floor-structure-marking-low-vocs',
  'vocs-content-limits',
  'new-gas-priority',
  'key-region-coal-negative-growth',
  'other-city-coal-growth-control',
  'coal-project-reduction-replacement',
  'no-high-polluting-coal-substitute',
  'coal-total-exclusion',
  'captive-coal-unit-no-new',
  'captive-coal-unit-clean-energy',
  'coal-boiler-built-up-area',
  'coal-boiler-no-new',
  'coal-boiler-cleanup',
  'small-coal-facility-cleanup',
  'coal-boiler-heat-network',
  'coal-boiler-chp-radius',
  'small-chp-unit-chp-radius',
  'industrial-heat-radius-closure',
  'fuel-gas-producer-no-new',
  'new-furnace-clean-energy',
  'high-polluting-furnace-substitution',
  'fuel-gas-producer-clean-energy',
  'fixed-bed-intermittent-gas-producer',
  'farm-loose-coal-substitution',
  'clean-heating-ban-zone',
  'uncovered-area-coal-quality',
  'long-haul-rail',
  'short-haul-clean',
  'freight-site-rail-siding',
  'polluted-area-clean-vehicles',
  'old-diesel-truck-phase-out',
  'lean-burn-gas-truck-phase-out',
  'public-vehicles-clean-2025',
  'truck-anti-tampering',
  'vehicle-inspection-maintenance',
  'site-machinery-new-energy',
  'black-smoke-elimination',
  'old-non-road-machinery-phase-out',
  'fuel-outlet-rectification',
  'non-standard-fuel-sale-ban',
  'construction-site-video',
  'key-region-linear-works-sections',
  'illegal-stockyard-removal',
  'dry-bulk-stockyard-dust',
  'industrial-dust-control',
  'key-enterprise-video',
  'new-mine-clean-transport',
  'mine-closure',
  'straw-burning-ban',
  'industrial-park-treatment',
  'storage-tank-low-leak',
  'tank-truck-sealed-coupling',
  'wastewater-treatment-gas-collection',
  'wastewater-tank-closed-collection',
  'chemical-ldar',
  'shutdown-maintenance-vocs',
  'flare-not-routine-treatment',
  'key-industry-ultra-low-emission',
  'coal-boiler-ule-35-65',
  'coal-boiler-ule-all',
  'deep-treatment-industries',
  'stable-compliance',
  'inefficient-treatment-disposal',
  'gas-boiler-low-nox',
  'small-biomass-boiler-consolidation',
  'biomass-boiler-dedicated',
  'biomass-boiler-dust-removal',
  'biomass-boiler-no-co-firing',
  'bypass-removal',
  'safety-bypass-monitoring',
  'catering-dedicated-flue',
  'odour-online-monitoring',
  'fertilizer-deep-placement',
  'low-protein-feed',
  'livestock-odour-control',
  'livestock-closed-housing',
  'livestock-manure-enclosure',
  'ammonia-industries',
  'ammonia-slip-monitoring',
  'taiyuan-basin-no-independent-coking',
  'taiyuan-basin-urban-relocation',
  'taiyuan-basin-outdated-equipment',
  'taiyuan-basin-park-joint-treatment',
  'attainment-plan',
  'major-project-eia-consultation',
  'emergency-reduction-list',
  'park-monitoring-station',
  'fenhe-valley-park-monitoring',
  'enterprise-monitoring-installation',
  'environmental-offences-prohibited',
  'falsification-liability',
  'local-implementation-plan',
  'key-discharger-disclosure',
  'vehicle-maker-disclosure',
  'government-low-vocs-procurement',
];

describe('the rules registry', () => {
  it('lists the rules in the order they had before the split by section, with the five added and the one removed since (115)', () => {
    expect(RULES.map((r) => r.id)).toEqual(ORDER);
    expect(RULES).toHaveLength(115);
  });

  it('keys RULE_TABLE by id, in the same order, and freezes both', () => {
    expect(Object.keys(RULE_TABLE)).toEqual(ORDER);
    // RULES' entries add the compliance example to RULE_TABLE's (which assess reads, without the examples).
    for (const r of RULES) {
      const { complianceExample: _e, ...rest } = r;
      expect(rest).toEqual(RULE_TABLE[r.id]);
    }
    expect(Object.isFrozen(RULES)).toBe(true);
    expect(Object.isFrozen(RULE_TABLE)).toBe(true);
  });

  it('orders the rules by task', () => {
    for (let i = 1; i < RULES.length; i++) expect(RULES[i]!.task).toBeGreaterThanOrEqual(RULES[i - 1]!.task);
  });
});
