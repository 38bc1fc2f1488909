import { describe, expect, it } from 'vitest';
import { assess } from '../../src/rules/index.js';
import type { Subject } from '../../src/entries/schemas.js';
import { absent, conditional, definite, ids } from './helpers.js';

describe('restricted blast furnaces, converters and electric arc furnaces (task 3)', () => {
  it('A 1199 m³ blast furnace is phased out; a 1200 m³ one is not (以下 reads "below")', () => {
    expect(definite({ kind: 'blast-furnace', volumeM3: 1199 }, 'blast-furnace-restricted')).toMatchObject({
      task: 3,
      obligation: 'phase-out',
      facts: { volumeM3: 1199, threshold: 1200, inclusive: false },
    });
    expect(ids({ kind: 'blast-furnace', volumeM3: 1200 })).toEqual([]);
    expect(ids({ kind: 'blast-furnace', volumeM3: 2500 })).toEqual([]);
  });

  it('A restricted blast furnace in the key region goes first: facts.inKeyRegion says so, with no date either way', () => {
    const inside = definite({ kind: 'blast-furnace', volumeM3: 450, location: { city: 'linfen' } }, 'blast-furnace-restricted');
    expect(inside.facts.inKeyRegion).toBe(true);
    expect(inside.deadline).toBeUndefined();
    expect(
      definite({ kind: 'blast-furnace', volumeM3: 450, location: { city: 'xinzhou' } }, 'blast-furnace-restricted').facts.inKeyRegion,
    ).toBe(false);
    expect(definite({ kind: 'blast-furnace', volumeM3: 450 }, 'blast-furnace-restricted').facts.inKeyRegion).toBeNull();
  });

  it('A county decides the key region through its city (140121 Qingxu → Taiyuan)', () => {
    expect(definite({ kind: 'converter', capacityT: 50, location: { county: '140121' } }, 'converter-restricted').facts.inKeyRegion).toBe(
      true,
    );
  });

  it('A 99 t converter is phased out; a 100 t or 120 t one is not', () => {
    expect(definite({ kind: 'converter', capacityT: 99 }, 'converter-restricted').facts).toMatchObject({
      capacityT: 99,
      threshold: 100,
      inclusive: false,
    });
    absent({ kind: 'converter', capacityT: 100 }, 'converter-restricted');
    absent({ kind: 'converter', capacityT: 120 }, 'converter-restricted');
  });

  it('A 99 t carbon-steel electric arc furnace is phased out; a 100 t one is not', () => {
    expect(
      definite({ kind: 'electric-arc-furnace', capacityT: 99, alloySteel: false }, 'electric-arc-furnace-restricted').facts,
    ).toMatchObject({ threshold: 100 });
    absent({ kind: 'electric-arc-furnace', capacityT: 100, alloySteel: false }, 'electric-arc-furnace-restricted');
    absent({ kind: 'electric-arc-furnace', capacityT: 101, alloySteel: false }, 'electric-arc-furnace-restricted');
  });

  it('An alloy-steel electric arc furnace is restricted below 50 t: 49 t out, 50 t and 99 t stay', () => {
    expect(
      definite({ kind: 'electric-arc-furnace', capacityT: 49, alloySteel: true }, 'electric-arc-furnace-restricted').facts,
    ).toMatchObject({ threshold: 50, inclusive: false });
    absent({ kind: 'electric-arc-furnace', capacityT: 50, alloySteel: true }, 'electric-arc-furnace-restricted');
    absent({ kind: 'electric-arc-furnace', capacityT: 99, alloySteel: true }, 'electric-arc-furnace-restricted');
  });

  it('An electric arc furnace of unknown product: below 50 t out either way; 50–99 t out only if not alloy steel; 100 t stays', () => {
    definite({ kind: 'electric-arc-furnace', capacityT: 49 }, 'electric-arc-furnace-restricted');
    expect(conditional({ kind: 'electric-arc-furnace', capacityT: 50 }, 'electric-arc-furnace-restricted')).toEqual(['alloySteel']);
    expect(assess({ kind: 'electric-arc-furnace', capacityT: 50 })[0]!.condition!.when[0]).toEqual({ fact: 'alloySteel', equals: false });
    absent({ kind: 'electric-arc-furnace', capacityT: 100 }, 'electric-arc-furnace-restricted');
  });

  // 100吨以下电炉(合金钢50吨), both thresholds exclusive: the verdict states the capacity, whether alloy
  // steel (null when not given), and the threshold it was held to.
  it.each<[string, number, boolean | undefined, number | null, boolean]>([
    // [what, capacityT, alloySteel, threshold of the verdict (null: none), conditional]
    ['40 t, not alloy steel: under 100 t', 40, false, 100, false],
    ['99 t, not alloy steel', 99, false, 100, false],
    ['40 t, alloy steel: under 50 t', 40, true, 50, false],
    ['60 t, alloy steel', 60, true, null, false],
    ['40 t, unknown: under 50 t either way', 40, undefined, 50, false],
    ['60 t, unknown: only if not alloy steel', 60, undefined, 100, true],
  ])('An electric arc furnace of %s', (_, capacityT, alloySteel, threshold, conditional) => {
    const s = (
      alloySteel === undefined ? { kind: 'electric-arc-furnace', capacityT } : { kind: 'electric-arc-furnace', capacityT, alloySteel }
    ) as Subject;
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

describe('outdated sinter, pellet and ferroalloy equipment: task 3, and task 24 in the Taiyuan basin', () => {
  it('A stepping sinter machine in the Taiyuan basin goes by 2024-10-31 (task 24), not merely "step by step" (task 3)', () => {
    const s = { kind: 'sinter-machine', type: 'stepping', location: { inTaiyuanBasin: true } } as const;
    expect(ids(s)).toEqual(['taiyuan-basin-outdated-equipment']);
    expect(definite(s, 'taiyuan-basin-outdated-equipment')).toMatchObject({ task: 24, obligation: 'phase-out', deadline: '2024-10-31' });
  });

  it('A pellet shaft furnace in Jiexiu (a county of a task-25 park) counts as in the basin', () => {
    expect(ids({ kind: 'pellet-furnace', type: 'shaft', location: { county: '140781' } })).toEqual(['taiyuan-basin-outdated-equipment']);
  });

  it('A pellet shaft furnace declared outside the basin is phased out step by step, without a date', () => {
    const s = { kind: 'pellet-furnace', type: 'shaft', location: { city: 'datong', inTaiyuanBasin: false } } as const;
    expect(ids(s)).toEqual(['outdated-sinter-pellet-ferroalloy']);
    expect(definite(s, 'outdated-sinter-pellet-ferroalloy').deadline).toBeUndefined();
  });

  it("A stepping sinter machine of unknown place gets task 3 and, under a condition, task 24's 2024-10-31", () => {
    const vs = assess({ kind: 'sinter-machine', type: 'stepping', location: { city: 'taiyuan' } });
    expect(vs.map((v) => v.rule)).toEqual(['outdated-sinter-pellet-ferroalloy', 'taiyuan-basin-outdated-equipment']);
    expect(vs[0]!.condition).toBeUndefined();
    expect(vs[1]).toMatchObject({ deadline: '2024-10-31', condition: { when: [{ fact: 'location.inTaiyuanBasin', equals: true }] } });
  });

  it("A county outside the five parks is not assumed outside the basin (Taiyuan's Xiaodian district: unknown)", () => {
    expect(ids({ kind: 'sinter-machine', type: 'stepping', location: { county: '140105' } })).toEqual([
      'outdated-sinter-pellet-ferroalloy',
      'taiyuan-basin-outdated-equipment',
    ]);
  });

  it('Other sinter machines and pellet furnaces are not caught', () => {
    expect(ids({ kind: 'sinter-machine', type: 'other', location: { inTaiyuanBasin: true } })).toEqual([]);
    expect(ids({ kind: 'pellet-furnace', type: 'other' })).toEqual([]);
  });

  it.each(['silicomanganese', 'ferronickel', 'high-carbon-ferrochrome', 'high-carbon-ferromanganese'] as const)(
    'A semi-closed %s furnace is phased out; a closed one is not',
    (product) => {
      expect(ids({ kind: 'ferroalloy-furnace', product, enclosure: 'semi-closed', location: { inTaiyuanBasin: false } })).toEqual([
        'outdated-sinter-pellet-ferroalloy',
      ]);
      expect(ids({ kind: 'ferroalloy-furnace', product, enclosure: 'closed', location: { inTaiyuanBasin: true } })).toEqual([]);
    },
  );

  it('A semi-closed furnace for another alloy is not named by the plan', () => {
    expect(ids({ kind: 'ferroalloy-furnace', product: 'other', enclosure: 'semi-closed' })).toEqual([]);
  });
});
