import { describe, expect, it } from 'vitest';
import type { VocsMaterial } from '../../src/entries/schemas.js';
import { absent, conditional, definite, ids, verdictOf } from './helpers.js';

const m = (vocsContentPct: number, more: Partial<VocsMaterial> = {}): VocsMaterial => ({
  kind: 'vocs-material',
  vocsContentPct,
  lowVocsCompliant: false,
  use: 'other',
  governmentPurchase: false,
  ...more,
});

describe('VOCs materials (task 5)', () => {
  it('A process whose materials hold 9.9% VOCs may go without fugitive-emission collection', () => {
    expect(definite(m(9.9), 'vocs-low-content-fugitive-exemption')).toMatchObject({
      task: 5,
      obligation: 'exempt',
      facts: { vocsContentPct: 9.9, threshold: 10, inclusive: false },
    });
  });
  it('At exactly 10% there is no exemption (低于 excludes 10); at 10.1% neither', () => {
    absent(m(10), 'vocs-low-content-fugitive-exemption');
    absent(m(10.1), 'vocs-low-content-fugitive-exemption');
  });
  it('Compliant low-VOCs products with compliant emissions may go without end-of-pipe treatment', () => {
    definite(m(30, { lowVocsCompliant: true, emissionsCompliant: true }), 'vocs-compliant-end-of-pipe-exemption');
    absent(m(30, { lowVocsCompliant: true, emissionsCompliant: false }), 'vocs-compliant-end-of-pipe-exemption');
    expect(conditional(m(30, { lowVocsCompliant: true }), 'vocs-compliant-end-of-pipe-exemption')).toEqual(['emissionsCompliant']);
    expect(verdictOf(m(30, { lowVocsCompliant: true }), 'vocs-compliant-end-of-pipe-exemption').facts).toEqual({
      lowVocsCompliant: true,
      emissionsCompliant: null,
    });
  });
  it('VOCs content limits apply to every material', () => {
    expect(ids(m(30))).toEqual(['vocs-content-limits']);
  });
  it.each(['industrial-coating', 'packaging-printing', 'electronics'] as const)('Material used in %s is switched at source', (use) => {
    definite(m(30, { use }), 'industrial-low-vocs-substitution');
  });
  it('在房屋建筑和市政工程中,全面推广使用低(无)VOCs含量涂料和胶粘剂: required, as the same paragraph’s weaker 推动……使用 is', () => {
    expect(definite(m(30, { use: 'building-municipal' }), 'building-low-vocs').obligation).toBe('required');
    expect(definite(m(30, { use: 'floor-structure-marking', specialFunction: false }), 'floor-structure-marking-low-vocs').obligation).toBe(
      'required',
    );
  });
  it('Floors, structures and road markings use low-VOCs coatings, unless a special function requires otherwise', () => {
    definite(m(30, { use: 'floor-structure-marking', specialFunction: false }), 'floor-structure-marking-low-vocs');
    absent(m(30, { use: 'floor-structure-marking', specialFunction: true }), 'floor-structure-marking-low-vocs');
    expect(conditional(m(30, { use: 'floor-structure-marking' }), 'floor-structure-marking-low-vocs')).toEqual(['specialFunction']);
  });
  it('A material of unknown use gets the use rules under conditions', () => {
    const s = { kind: 'vocs-material', vocsContentPct: 30 } as const;
    expect(conditional(s, 'industrial-low-vocs-substitution')).toEqual(['use']);
    expect(conditional(s, 'building-low-vocs')).toEqual(['use']);
    expect(conditional(s, 'floor-structure-marking-low-vocs')).toEqual(['use', 'specialFunction']);
  });
  it('Government purchases use low-VOCs products throughout (task 38)', () => {
    expect(definite(m(30, { governmentPurchase: true }), 'government-low-vocs-procurement')).toMatchObject({ task: 38 });
    expect(conditional({ kind: 'vocs-material', vocsContentPct: 30 }, 'government-low-vocs-procurement')).toEqual(['governmentPurchase']);
  });
});

describe('VOCs installations (task 20)', () => {
  it.each([
    ['storage-tank', 'storage-tank-low-leak', 'encouraged'],
    ['tank-truck', 'tank-truck-sealed-coupling', 'encouraged'],
    ['wastewater-treatment', 'wastewater-treatment-gas-collection', 'required'],
    ['organic-wastewater-tank', 'wastewater-tank-closed-collection', 'required'],
    ['sump', 'wastewater-tank-closed-collection', 'required'],
    ['flare', 'flare-not-routine-treatment', 'prohibited'],
  ] as const)('A %s: %s (%s)', (type, rule, obligation) => {
    expect(ids({ kind: 'vocs-facility', type })).toEqual([rule]);
    expect(definite({ kind: 'vocs-facility', type }, rule).obligation).toBe(obligation);
  });
});
