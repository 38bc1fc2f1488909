/**
 * Exact facts and conditions of the sector rules (src/rules/{coal-use,construction,freight,fuels,
 * industrial-furnaces,vehicles,steel-equipment}.ts), where the property suites only check the facts a
 * verdict states and so let a verdict that states none pass.
 *
 * Expected values follow the Facts contract (the Facts schema's description): each verdict states, by name,
 * the subject fields that decided it, as given, and `null` for those left out, which its condition then
 * names. Threshold values are the plan's: 电炉 "100吨以下" and "(合金钢50吨)" (task 3), both exclusive.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/rules/index.js';
import type { Subject } from '../../src/schemas.js';
import { ids, verdictOf as verdict } from '../rules/helpers.js';

describe('facts: each verdict states the fields that decided it', () => {
  it.each<[string, Subject, string, Record<string, unknown>]>([
    ['a coal substitute', { kind: 'coal-substitute', fuel: 'semi-coke' }, 'no-high-polluting-coal-substitute', { fuel: 'semi-coke' }],
    ['a use of coal', { kind: 'coal-use', type: 'coal-gangue' }, 'coal-total-exclusion', { type: 'coal-gangue' }],
    ['a gas demand', { kind: 'gas-demand', use: 'residential' }, 'new-gas-priority', { use: 'residential' }],
    ['an unlicensed fuel outlet (rectification)', { kind: 'fuel-outlet', type: 'unlicensed-station' }, 'fuel-outlet-rectification', { type: 'unlicensed-station' }],
    ['an unlicensed fuel outlet (sale ban)', { kind: 'fuel-outlet', type: 'unlicensed-station' }, 'non-standard-fuel-sale-ban', { type: 'unlicensed-station' }],
    ['a licensed station (sale ban)', { kind: 'fuel-outlet', type: 'licensed-station' }, 'non-standard-fuel-sale-ban', { type: 'licensed-station' }],
    ['a non-compliant stockyard', { kind: 'stockyard', type: 'other', permitted: false }, 'illegal-stockyard-removal', { permitted: false }],
    ['a stockyard, compliance unknown', { kind: 'stockyard', type: 'other' }, 'illegal-stockyard-removal', { permitted: null }],
    ['a large dry-bulk terminal', { kind: 'stockyard', type: 'large-dry-bulk-terminal', permitted: true }, 'dry-bulk-stockyard-dust', { type: 'large-dry-bulk-terminal' }],
    ['a linear work in a key-region city', { kind: 'construction-site', areaM2: 100, linear: true, location: { city: 'jincheng' } }, 'key-region-linear-works-sections', { linear: true, inKeyRegion: true }],
    ['a mine, rectification unknown', { kind: 'mine', isNew: false }, 'mine-closure', { isNew: false, failedRectification: null }],
    ['a mine still substandard', { kind: 'mine', isNew: false, failedRectification: true }, 'mine-closure', { isNew: false, failedRectification: true }],
    ['a new furnace', { kind: 'industrial-furnace', type: 'melting', isNew: true, fuel: 'gas' }, 'new-furnace-clean-energy', { type: 'melting', isNew: true }],
    ['a furnace, age unknown', { kind: 'industrial-furnace', type: 'melting', fuel: 'gas' }, 'new-furnace-clean-energy', { type: 'melting', isNew: null }],
    ['a coal-fired furnace', { kind: 'industrial-furnace', type: 'other', isNew: false, fuel: 'coal' }, 'high-polluting-furnace-substitution', { fuel: 'coal' }],
    ['a furnace, fuel unknown', { kind: 'industrial-furnace', type: 'other', isNew: false }, 'high-polluting-furnace-substitution', { fuel: null }],
    ['a gas truck, lean burn unknown', { kind: 'truck', fuel: 'gas', emissionStage: 'china-5' }, 'lean-burn-gas-truck-phase-out', { fuel: 'gas', leanBurn: null }],
    ['a lean-burn gas truck', { kind: 'truck', fuel: 'gas', emissionStage: 'china-5', leanBurn: true }, 'lean-burn-gas-truck-phase-out', { fuel: 'gas', leanBurn: true }],
    ['a machine at an airport', { kind: 'non-road-machinery', emissionStage: 'stage-4', site: 'airport' }, 'site-machinery-new-energy', { site: 'airport' }],
    ['a machine, site unknown', { kind: 'non-road-machinery', emissionStage: 'stage-4' }, 'site-machinery-new-energy', { site: null }],
  ])('%s', (_, s, rule, facts) => {
    expect(verdict(s, rule).facts).toEqual(facts);
  });
});

describe('conditions name the plan’s own lists', () => {
  it('a machine whose site is unknown: 铁路货场、物流园区、机场、工矿企业内部, the four sites of task 14', () => {
    const v = verdict({ kind: 'non-road-machinery', emissionStage: 'stage-4' }, 'site-machinery-new-energy');
    expect(v.condition?.when).toEqual([{ fact: 'site', oneOf: ['railway-freight-yard', 'logistics-park', 'airport', 'industrial-mining-enterprise'] }]);
  });

  it.each(['railway-freight-yard', 'logistics-park', 'airport', 'industrial-mining-enterprise'] as const)('a machine at a %s is covered', (site) => {
    expect(verdict({ kind: 'non-road-machinery', emissionStage: 'stage-4', site }, 'site-machinery-new-energy').condition).toBeUndefined();
  });
});

describe('electric arc furnaces: 100吨以下电炉(合金钢50吨)', () => {
  it.each<[string, number, boolean | undefined, number | null, boolean]>([
    // [what, capacityT, alloySteel, threshold of the verdict (null: none), conditional]
    ['40 t, not alloy steel: under 100 t', 40, false, 100, false],
    ['99 t, not alloy steel', 99, false, 100, false],
    ['100 t, not alloy steel: not under 100 t', 100, false, null, false],
    ['40 t, alloy steel: under 50 t', 40, true, 50, false],
    ['50 t, alloy steel: not under 50 t', 50, true, null, false],
    ['60 t, alloy steel', 60, true, null, false],
    ['40 t, unknown: under 50 t either way', 40, undefined, 50, false],
    ['60 t, unknown: only if not alloy steel', 60, undefined, 100, true],
    ['100 t, unknown', 100, undefined, null, false],
  ])('%s', (_, capacityT, alloySteel, threshold, conditional) => {
    const s = (alloySteel === undefined ? { kind: 'electric-arc-furnace', capacityT } : { kind: 'electric-arc-furnace', capacityT, alloySteel }) as Subject;
    const found = assess(s).filter((v) => v.rule === 'electric-arc-furnace-restricted');
    if (threshold === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toMatchObject({ capacityT, alloySteel: alloySteel ?? null, threshold, inclusive: false });
    expect(found[0]!.condition !== undefined).toBe(conditional);
  });
});

describe('project rules of one industry apply to that industry only', () => {
  // With every optional fact left out, each sector's own rules show (conditionally), and no other sector's:
  // 严禁新增钢铁产能 (steel), 焦化项目… and 太原盆地不再新增独立焦化项目 (coking), 社会独立煤炭洗选… (coal washing),
  // …的煤电项目及其用煤量应予以合理保障 (coal power), and 涉及产能置换的项目(煤电项目除外) (all but coal power).
  const OWN: Readonly<Record<string, readonly string[]>> = {
    steel: ['no-new-steel-capacity'],
    coking: ['coking-project-benchmark', 'taiyuan-basin-no-independent-coking'],
    'coal-washing': ['coal-washing-capacity-replacement'],
    'coal-power': ['coal-power-coal-guarantee'],
  };
  const SPECIFIC = Object.values(OWN).flat();
  it.each(['steel', 'coking', 'coal-washing', 'coal-power', 'cement', 'glass'])('%s', (sector) => {
    const rules = ids({ kind: 'project', sector, action: 'rebuild' } as Subject);
    expect(rules.filter((r) => SPECIFIC.includes(r)).sort()).toEqual([...(OWN[sector] ?? [])].sort());
    expect(rules.includes('capacity-replacement-close-first')).toBe(sector !== 'coal-power');
  });
});
