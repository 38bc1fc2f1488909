import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.js';
import type { Subject } from '../../src/entries/schemas.js';
import { absent, conditional, definite, ids, verdictOf } from './helpers.js';

describe('trucks (task 13)', () => {
  it('A China IV diesel truck is phased out (国四及以下 includes China IV)', () => {
    expect(definite({ kind: 'truck', fuel: 'diesel', emissionStage: 'china-4' }, 'old-diesel-truck-phase-out')).toMatchObject({
      task: 13,
      obligation: 'phase-out',
      facts: { stage: 4, threshold: 4, inclusive: true },
    });
  });
  it('A China III diesel truck is phased out; a China V one is not', () => {
    definite({ kind: 'truck', fuel: 'diesel', emissionStage: 'china-3' }, 'old-diesel-truck-phase-out');
    absent({ kind: 'truck', fuel: 'diesel', emissionStage: 'china-5' }, 'old-diesel-truck-phase-out');
  });
  it('A China IV gas truck is not a diesel truck', () => {
    absent({ kind: 'truck', fuel: 'gas', emissionStage: 'china-4', leanBurn: false }, 'old-diesel-truck-phase-out');
  });
  it('A lean-burn gas truck is phased out, of any stage; a stoichiometric one is not; unknown is conditional', () => {
    definite({ kind: 'truck', fuel: 'gas', emissionStage: 'china-6', leanBurn: true }, 'lean-burn-gas-truck-phase-out');
    absent({ kind: 'truck', fuel: 'gas', emissionStage: 'china-6', leanBurn: false }, 'lean-burn-gas-truck-phase-out');
    expect(conditional({ kind: 'truck', fuel: 'gas', emissionStage: 'china-5' }, 'lean-burn-gas-truck-phase-out')).toEqual(['leanBurn']);
  });
  it('Every truck is bound by the anti-tampering ban and I/M', () => {
    expect(ids({ kind: 'truck', fuel: 'diesel', emissionStage: 'china-6' })).toEqual([
      'truck-anti-tampering',
      'vehicle-inspection-maintenance',
    ]);
  });
});

describe('non-road machinery and locomotives (task 14)', () => {
  it('Stage I machinery is basically phased out by 2025-12-31 (第一阶段及以下 includes stage I)', () => {
    expect(
      definite(
        { kind: 'non-road-machinery', emissionStage: 'stage-1', blackSmoke: false, site: 'other' },
        'old-non-road-machinery-phase-out',
      ),
    ).toMatchObject({
      deadline: '2025-12-31',
      facts: { stage: 1, threshold: 1, inclusive: true },
    });
  });
  it('Machinery of no stage goes too; stage II does not', () => {
    definite({ kind: 'non-road-machinery', emissionStage: 'pre-stage-1' }, 'old-non-road-machinery-phase-out');
    absent({ kind: 'non-road-machinery', emissionStage: 'stage-2' }, 'old-non-road-machinery-phase-out');
  });
  it('Black smoke from machinery or a locomotive is eliminated by 2025-12-31; none, no verdict; unknown, a condition', () => {
    expect(definite({ kind: 'locomotive', blackSmoke: true }, 'black-smoke-elimination')).toMatchObject({ deadline: '2025-12-31' });
    expect(ids({ kind: 'locomotive', blackSmoke: false })).toEqual([]);
    expect(conditional({ kind: 'non-road-machinery', emissionStage: 'stage-4' }, 'black-smoke-elimination')).toEqual(['blackSmoke']);
  });
  it.each(['railway-freight-yard', 'logistics-park', 'airport', 'industrial-mining-enterprise'] as const)(
    'Machinery working inside a %s is renewed with new energy',
    (site) => {
      definite({ kind: 'non-road-machinery', emissionStage: 'stage-4', site }, 'site-machinery-new-energy');
    },
  );
  it('Machinery elsewhere is not; of unknown site, conditionally', () => {
    absent({ kind: 'non-road-machinery', emissionStage: 'stage-4', site: 'other' }, 'site-machinery-new-energy');
    expect(conditional({ kind: 'non-road-machinery', emissionStage: 'stage-4' }, 'site-machinery-new-energy')).toEqual(['site']);
  });
  it('Machinery of unknown site: the condition names the four sites of task 14 (铁路货场、物流园区、机场、工矿企业内部)', () => {
    const v = verdictOf({ kind: 'non-road-machinery', emissionStage: 'stage-4' }, 'site-machinery-new-energy');
    expect(v.condition?.when).toEqual([
      { fact: 'site', oneOf: ['railway-freight-yard', 'logistics-park', 'airport', 'industrial-mining-enterprise'] },
    ]);
  });
});

describe('the facts each verdict states', () => {
  // The Facts contract: a verdict states, by name, the subject fields that decided it, as given, and null for
  // those left out (which its condition then names).
  it.each<[string, Subject, string, Record<string, unknown>]>([
    [
      'a gas truck, lean burn unknown',
      { kind: 'truck', fuel: 'gas', emissionStage: 'china-5' },
      'lean-burn-gas-truck-phase-out',
      { fuel: 'gas', leanBurn: null },
    ],
    [
      'a lean-burn gas truck',
      { kind: 'truck', fuel: 'gas', emissionStage: 'china-5', leanBurn: true },
      'lean-burn-gas-truck-phase-out',
      { fuel: 'gas', leanBurn: true },
    ],
    [
      'a machine at an airport',
      { kind: 'non-road-machinery', emissionStage: 'stage-4', site: 'airport' },
      'site-machinery-new-energy',
      { site: 'airport' },
    ],
    ['a machine, site unknown', { kind: 'non-road-machinery', emissionStage: 'stage-4' }, 'site-machinery-new-energy', { site: null }],
  ])('%s', (_, s, rule, facts) => {
    expect(verdictOf(s, rule).facts).toEqual(facts);
  });
});

describe('truck: the new-energy kinds task 13 names (含电动、氢能、甲醇汽车), a use and a location', () => {
  const rules = (s: object) => assess(s as never).map((v) => v.rule);

  it('gives an electric or fuel-cell truck none of the exhaust duties (no phase-out, tampering or emission inspection)', () => {
    expect(rules({ kind: 'truck', fuel: 'electric' })).toEqual([]);
    expect(rules({ kind: 'truck', fuel: 'hydrogen', use: 'muck-haulage' })).toEqual([]);
  });

  it('gives a methanol truck (a combustion engine) the anti-tampering and inspection duties, no phase-out', () => {
    expect(rules({ kind: 'truck', fuel: 'methanol', emissionStage: 'china-6' })).toEqual([
      'truck-anti-tampering',
      'vehicle-inspection-maintenance',
    ]);
  });

  it('gives a diesel truck of unknown stage the phase-out under the condition 国四及以下', () => {
    const v = assess({ kind: 'truck', fuel: 'diesel' } as never)[0]!;
    expect(v.rule).toBe('old-diesel-truck-phase-out');
    expect(v.condition?.when).toEqual([{ fact: 'emissionStage', oneOf: ['china-1', 'china-2', 'china-3', 'china-4'] }]);
    expect(v.facts.emissionStage).toBeNull();
  });

  it('keeps the boundary: 国四 is phased out, 国五 is not', () => {
    expect(rules({ kind: 'truck', fuel: 'diesel', emissionStage: 'china-4' })).toContain('old-diesel-truck-phase-out');
    expect(rules({ kind: 'truck', fuel: 'diesel', emissionStage: 'china-5' })).not.toContain('old-diesel-truck-phase-out');
  });

  it('takes a use (渣土运输, 厂内运输 …) and a location, on trucks and machinery, freight sites, stockyards and VOCs facilities', () => {
    for (const s of [
      { kind: 'truck', fuel: 'diesel', emissionStage: 'china-5', use: 'in-plant', location: { county: '140121' } },
      { kind: 'non-road-machinery', emissionStage: 'stage-3', location: { city: 'taiyuan' } },
      { kind: 'freight-site', type: 'logistics-park', annualBulkMt: 2, action: 'new', location: { city: 'datong' } },
      { kind: 'stockyard', type: 'other', location: { county: '140121' } },
      { kind: 'vocs-facility', type: 'storage-tank', location: { city: 'linfen' } },
      { kind: 'fuel-outlet', type: 'unlicensed-station', location: { city: 'linfen' } },
      { kind: 'farmland', location: { city: 'linfen' } },
    ]) {
      expect(() => assess(s as never), s.kind).not.toThrow();
    }
  });
});
