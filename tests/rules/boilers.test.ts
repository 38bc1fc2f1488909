import { describe, expect, it } from 'vitest';
import type { PlanInputError } from '../../src/errors.js';
import { assess } from '../../src/rules/index.js';
import type { BiomassBoiler, CoalBoiler, Subject } from '../../src/entries/schemas.js';
import { absent, conditional, definite, ids, verdictOf } from './helpers.js';

/** A coal boiler with every optional fact given so that only the capacity bands apply. */
const quiet = (capacityTph: number): CoalBoiler => ({
  kind: 'coal-boiler',
  capacityTph,
  isNew: false,
  use: 'central-heating',
  inBuiltUpArea: false,
  withinHeatNetwork: false,
  distanceToLargeChpKm: 100,
  largeChpCapacityMw: 600,
  distanceToLargeIndustrialHeatKm: 100,
  inefficientTreatment: false,
});

describe('coal boilers: the capacity bands of tasks 9 and 21 (35及以下 / 35以上、65以下 / all)', () => {
  it("A 20 t/h coal boiler is cleared under task 9's dynamic clean-up", () => {
    const v = definite(quiet(20), 'coal-boiler-cleanup');
    expect(v).toMatchObject({ task: 9, obligation: 'phase-out', facts: { capacityTph: 20, threshold: 35, inclusive: true } });
    expect(v.deadline).toBeUndefined();
  });

  it("A 35 t/h coal boiler falls under task 9's clean-up, not task 21's 35–65 retrofit (及以下 includes 35)", () => {
    expect(ids(quiet(35))).toEqual(['coal-boiler-cleanup', 'coal-boiler-ule-all']);
    absent(quiet(35), 'coal-boiler-ule-35-65');
  });

  it('A boiler of 35 t/h or less still burning owes 全部完成超低排放改造 by 2024-10-31 unless it was cleared (task 21)', () => {
    // Not said whether it was cleared: the retrofit comes under the condition "if it has not been cleared".
    const open = verdictOf(quiet(35), 'coal-boiler-ule-all');
    expect(open).toMatchObject({ task: 21, deadline: '2024-10-31' });
    expect(open.condition!.when).toEqual([{ fact: 'shutDown', equals: false }]);
    expect(open.condition!.text.zh).toBe('若尚未依第9条清零（仍在使用）');
    // Still burning: the retrofit, unconditionally; cleared: none, and the clean-up complies.
    expect(definite({ ...quiet(20), shutDown: false }, 'coal-boiler-ule-all').facts).toMatchObject({ capacityTph: 20, shutDown: false });
    absent({ ...quiet(20), shutDown: true }, 'coal-boiler-ule-all');
    expect(verdictOf({ ...quiet(20), shutDown: true }, 'coal-boiler-cleanup').compliance).toBe('complies');
  });

  it("A 35.1 t/h coal boiler falls under task 21's 35–65 retrofit, due 2024-10-31, not the clean-up (以上 excludes 35)", () => {
    const v = definite(quiet(35.1), 'coal-boiler-ule-35-65');
    expect(v).toMatchObject({ task: 21, obligation: 'required', deadline: '2024-10-31' });
    expect(v.facts).toMatchObject({ lower: 35, lowerInclusive: false, upper: 65, upperInclusive: false });
    absent(quiet(35.1), 'coal-boiler-cleanup');
  });

  it('A 64.9 t/h coal boiler is still in the 35–65 band', () => {
    expect(ids(quiet(64.9))).toEqual(['coal-boiler-ule-35-65']);
  });

  it('A 65 t/h coal boiler is outside the 35–65 band (65以下 excludes 65) but under "all coal boilers", with the same deadline', () => {
    const v = definite(quiet(65), 'coal-boiler-ule-all');
    expect(v).toMatchObject({
      task: 21,
      obligation: 'required',
      deadline: '2024-10-31',
      facts: { capacityTph: 65, threshold: 65, inclusive: true },
    });
    expect(ids(quiet(65))).toEqual(['coal-boiler-ule-all']);
  });

  it('A 130 t/h coal boiler completes the ultra-low retrofit by 2024-10-31 under "all coal boilers"', () => {
    expect(ids(quiet(130))).toEqual(['coal-boiler-ule-all']);
  });
});

describe('coal boilers: no new coal boilers other than for central heating (task 9)', () => {
  it('A new coal boiler for other uses is prohibited', () => {
    expect(definite({ ...quiet(10), isNew: true, use: 'other' }, 'coal-boiler-no-new')).toMatchObject({
      task: 9,
      obligation: 'prohibited',
    });
  });
  it('A new central-heating coal boiler is the exception: no prohibition', () => {
    absent({ ...quiet(10), isNew: true, use: 'central-heating' }, 'coal-boiler-no-new');
  });
  it('An existing coal boiler is not caught by the ban on new ones', () => {
    absent({ ...quiet(10), isNew: false, use: 'other' }, 'coal-boiler-no-new');
  });
  it('A boiler that says neither whether it is new nor its use gets the ban under a condition on both', () => {
    expect(conditional({ kind: 'coal-boiler', capacityTph: 10 }, 'coal-boiler-no-new')).toEqual(['isNew', 'use']);
  });
  it('A new boiler of unknown use gets the ban under a condition on its use alone', () => {
    expect(conditional({ kind: 'coal-boiler', capacityTph: 10, isNew: true }, 'coal-boiler-no-new')).toEqual(['use']);
  });
});

describe('coal boilers: heat-supply boilers in built-up areas, heat networks (task 9)', () => {
  it('A central-heating boiler in an urban built-up area is phased out', () => {
    definite({ ...quiet(50), inBuiltUpArea: true }, 'coal-boiler-built-up-area');
  });
  it('A boiler for other uses in a built-up area is not a heat-supply boiler', () => {
    absent({ ...quiet(50), use: 'other', inBuiltUpArea: true }, 'coal-boiler-built-up-area');
  });
  it('A boiler that does not say where it stands gets the rule under a condition', () => {
    expect(conditional({ ...quiet(50), inBuiltUpArea: undefined }, 'coal-boiler-built-up-area')).toEqual(['inBuiltUpArea']);
  });
  it('The facts of that condition say what is known (the use) and what is not (where it stands), each on its own', () => {
    expect(verdictOf({ ...quiet(50), inBuiltUpArea: undefined }, 'coal-boiler-built-up-area').facts).toEqual({
      use: 'central-heating',
      inBuiltUpArea: null,
    });
    expect(verdictOf({ ...quiet(50), use: undefined, inBuiltUpArea: true }, 'coal-boiler-built-up-area').facts).toEqual({
      use: null,
      inBuiltUpArea: true,
    });
  });
  it('A boiler within reach of a heat network is phased out; one outside is not; one unknown is conditional', () => {
    definite({ ...quiet(50), withinHeatNetwork: true }, 'coal-boiler-heat-network');
    absent(quiet(50), 'coal-boiler-heat-network');
    expect(conditional({ ...quiet(50), withinHeatNetwork: undefined }, 'coal-boiler-heat-network')).toEqual(['withinHeatNetwork']);
  });
});

describe('coal boilers: within 30 km of a CHP plant of 300 MW and more (task 9)', () => {
  const near = (distanceToLargeChpKm?: number, largeChpCapacityMw?: number): CoalBoiler => ({
    ...quiet(50),
    distanceToLargeChpKm,
    largeChpCapacityMw,
  });
  it('A boiler 29.9 km from a 300 MW CHP plant is closed or merged', () => {
    expect(definite(near(29.9, 300), 'coal-boiler-chp-radius')).toMatchObject({
      obligation: 'phase-out',
      facts: { distanceToLargeChpKm: 29.9, largeChpCapacityMw: 300 },
    });
  });
  it('A boiler exactly 30 km away is within the radius (范围内 includes the boundary)', () => {
    definite(near(30, 600), 'coal-boiler-chp-radius');
  });
  it('A boiler 30.1 km away is outside the radius', () => {
    absent(near(30.1, 600), 'coal-boiler-chp-radius');
  });
  it('A CHP plant of 299 MW is not large enough; 300 MW is (及以上)', () => {
    absent(near(10, 299), 'coal-boiler-chp-radius');
    definite(near(10, 300), 'coal-boiler-chp-radius');
  });
  it('A boiler that leaves both facts out gets the rule under "if within 30 km of a ≥300 MW CHP plant"', () => {
    const v = assess({ kind: 'coal-boiler', capacityTph: 20 }).find((x) => x.rule === 'coal-boiler-chp-radius')!;
    expect(v.condition!.when).toEqual([
      { fact: 'distanceToLargeChpKm', threshold: 'chp-heating-radius' },
      { fact: 'largeChpCapacityMw', threshold: 'large-chp-min' },
    ]);
    expect(v.condition!.text.en).toContain('30 km');
  });
  it('A boiler 10 km from a plant of unknown size is conditional on the plant alone', () => {
    expect(conditional(near(10), 'coal-boiler-chp-radius')).toEqual(['largeChpCapacityMw']);
  });
  it('A boiler 40 km from a plant of unknown size is out, whatever the plant', () => {
    absent(near(40), 'coal-boiler-chp-radius');
  });
});

describe('coal boilers within 30 km of a large industrial enterprise that supplies heat (task 9: 大型工业企业的供热能力 … 供热半径30公里范围内)', () => {
  const near = (distanceToLargeIndustrialHeatKm?: number): CoalBoiler => ({ ...quiet(50), distanceToLargeIndustrialHeatKm });
  it('A boiler 29.9 km from a large industrial enterprise supplying heat is closed or merged', () => {
    expect(definite(near(29.9), 'industrial-heat-radius-closure')).toMatchObject({
      task: 9,
      obligation: 'phase-out',
      facts: { distanceToLargeIndustrialHeatKm: 29.9, radiusKm: 30, radiusInclusive: true },
    });
  });
  it('A boiler exactly 30 km away is within the radius (范围内 includes the boundary); 30.1 km is outside', () => {
    definite(near(30), 'industrial-heat-radius-closure');
    absent(near(30.1), 'industrial-heat-radius-closure');
  });
  it('A boiler far from any large CHP plant but near a large industrial enterprise still goes: the two heat sources are alternatives', () => {
    const s = { ...near(5), distanceToLargeChpKm: 200 };
    absent(s, 'coal-boiler-chp-radius');
    definite(s, 'industrial-heat-radius-closure');
  });
  it('A boiler that does not say gets the rule under "if within 30 km of a large industrial enterprise that supplies heat"', () => {
    expect(conditional(near(undefined), 'industrial-heat-radius-closure')).toEqual(['distanceToLargeIndustrialHeatKm']);
  });
});

describe('boilers and furnaces with simple, inefficient treatment (task 21)', () => {
  it('applies to coal, gas and biomass boilers that have it, not to those that do not, conditionally when unknown', () => {
    definite({ kind: 'gas-boiler', inefficientTreatment: true }, 'inefficient-treatment-disposal');
    definite({ kind: 'biomass-boiler', inefficientTreatment: true }, 'inefficient-treatment-disposal');
    definite({ ...quiet(50), inefficientTreatment: true }, 'inefficient-treatment-disposal');
    absent({ kind: 'gas-boiler', inefficientTreatment: false }, 'inefficient-treatment-disposal');
    expect(conditional({ kind: 'gas-boiler' }, 'inefficient-treatment-disposal')).toEqual(['inefficientTreatment']);
  });
});

describe('small coal facilities (task 9)', () => {
  it.each(['tea-water-stove', 'commercial-stove', 'grain-dryer', 'farm-produce-processing'] as const)(
    'A coal-fired %s is cleared with the small boilers',
    (type) => {
      expect(definite({ kind: 'small-coal-facility', type }, 'small-coal-facility-cleanup')).toMatchObject({
        task: 9,
        obligation: 'phase-out',
        facts: { type },
      });
    },
  );
});

describe('gas boilers (task 21)', () => {
  it('A gas boiler must meet the low-NOx requirements fully and steadily', () => {
    expect(definite({ kind: 'gas-boiler' }, 'gas-boiler-low-nox')).toMatchObject({ task: 21, obligation: 'required' });
  });
});

describe('biomass boilers (task 21)', () => {
  it('A biomass boiler must be dedicated and have high-efficiency dust removal, and may not co-fire coal', () => {
    const s: BiomassBoiler = { kind: 'biomass-boiler', dedicated: false, bagFilter: true, coFiring: ['coal'], small: false };
    expect(definite(s, 'biomass-boiler-dedicated')).toMatchObject({ facts: { dedicated: false }, compliance: 'does-not-comply' });
    expect(definite(s, 'biomass-boiler-dust-removal')).toMatchObject({ facts: { bagFilter: true }, compliance: 'complies' });
    expect(definite(s, 'biomass-boiler-no-co-firing')).toMatchObject({
      obligation: 'prohibited',
      facts: { coFiring: ['coal'] },
      compliance: 'does-not-comply',
    });
  });
  it('A biomass boiler burning nothing else complies with the co-firing ban; one that does not say is marked unknown', () => {
    expect(definite({ kind: 'biomass-boiler', coFiring: [] }, 'biomass-boiler-no-co-firing')).toMatchObject({
      facts: { coFiring: [] },
      compliance: 'complies',
    });
    expect(definite({ kind: 'biomass-boiler' }, 'biomass-boiler-no-co-firing')).toMatchObject({
      facts: { coFiring: null },
      compliance: 'unknown',
    });
    const given: BiomassBoiler = { kind: 'biomass-boiler', coFiring: ['coal'] };
    const held = definite(given, 'biomass-boiler-no-co-firing').facts.coFiring;
    expect(held).toEqual(given.coFiring);
    expect(held, "the verdict holds a copy, never the caller's array").not.toBe(given.coFiring);
  });
  it('A small biomass boiler is consolidated; a large one is not; size unknown is conditional (the plan sets no size)', () => {
    definite({ kind: 'biomass-boiler', small: true }, 'small-biomass-boiler-consolidation');
    absent({ kind: 'biomass-boiler', small: false }, 'small-biomass-boiler-consolidation');
    expect(conditional({ kind: 'biomass-boiler' }, 'small-biomass-boiler-consolidation')).toEqual(['small']);
  });
  it('The co-firing facts are a copy, not shared with the caller', () => {
    const coFiring = ['coal'] as ('coal' | 'coke')[];
    const v = verdictOf({ kind: 'biomass-boiler', coFiring } as Subject, 'biomass-boiler-no-co-firing');
    expect(v.facts).toEqual({ coFiring: ['coal'] });
    expect(v.facts.coFiring).not.toBe(coFiring);
    coFiring.push('coke');
    expect(v.facts.coFiring).toEqual(['coal']);
  });
  it('A dedicated boiler complies; one that is not, does not; unknown stays unknown', () => {
    expect(verdictOf({ kind: 'biomass-boiler', dedicated: true }, 'biomass-boiler-dedicated').compliance).toBe('complies');
    expect(verdictOf({ kind: 'biomass-boiler', dedicated: false }, 'biomass-boiler-dedicated').compliance).toBe('does-not-comply');
    expect(verdictOf({ kind: 'biomass-boiler' }, 'biomass-boiler-dedicated')).toMatchObject({
      facts: { dedicated: null },
      compliance: 'unknown',
    });
  });
  it('A small boiler to be consolidated states that it is small; size unknown: stated as null, and the condition asks', () => {
    expect(verdictOf({ kind: 'biomass-boiler', small: true }, 'small-biomass-boiler-consolidation').facts).toEqual({ small: true });
    const unknown = verdictOf({ kind: 'biomass-boiler' }, 'small-biomass-boiler-consolidation');
    expect(unknown.facts).toEqual({ small: null });
    expect(unknown.condition!.when).toEqual([{ fact: 'small', equals: true }]);
    absent({ kind: 'biomass-boiler', small: false }, 'small-biomass-boiler-consolidation');
  });
});

describe('coal boiler rated in MW (hot-water boilers), at 0.7 MW per t/h (GB 13271-2014: 10t/h … 7MW)', () => {
  const rule = (capacityMw: number) =>
    assess({ kind: 'coal-boiler', capacityMw } as never)
      .map((v) => v.rule)
      .filter((r) => r.startsWith('coal-boiler-cleanup') || r.startsWith('coal-boiler-ule'));

  it("reads 24.5 MW as exactly 35 t/h: cleared with the boilers of 35蒸吨/小时及以下 (and, until cleared, task 21's 全部)", () => {
    expect(rule(24.5)).toEqual(['coal-boiler-cleanup', 'coal-boiler-ule-all']);
    expect(assess({ kind: 'coal-boiler', capacityMw: 24.5 } as never)[0]!.facts).toMatchObject({ capacityTph: 35, capacityMw: 24.5 });
  });

  it('reads 24.6 MW as above 35 t/h: the 35–65 retrofit', () => {
    expect(rule(24.6)).toEqual(['coal-boiler-ule-35-65']);
  });

  it('reads 45.5 MW as exactly 65 t/h：not in 65蒸吨/小时以下，so under 全部完成超低排放改造', () => {
    expect(rule(45.5)).toEqual(['coal-boiler-ule-all']);
    expect(rule(45.4)).toEqual(['coal-boiler-ule-35-65']);
  });

  it('gives the same verdicts as the same boiler in t/h', () => {
    expect(assess({ kind: 'coal-boiler', capacityMw: 14 } as never).map((v) => v.rule)).toEqual(
      assess({ kind: 'coal-boiler', capacityTph: 20 } as never).map((v) => v.rule),
    );
  });

  it('refuses both (conflict) and neither (missing)', () => {
    const codes = (s: object) => {
      try {
        assess(s as never);
      } catch (e) {
        return (e as PlanInputError).issues.map((i) => [i.code, i.field]);
      }
      return [];
    };
    expect(codes({ kind: 'coal-boiler', capacityTph: 35, capacityMw: 24.5 })).toEqual([['conflict', 'subject.capacityMw']]);
    expect(codes({ kind: 'coal-boiler' })).toEqual([['missing', 'subject.capacityTph']]);
    expect(codes({ kind: 'coal-boiler', capacityMw: -1 })).toEqual([['out-of-range', 'subject.capacityMw']]);
  });
});
