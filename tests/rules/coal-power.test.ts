import { describe, expect, it } from 'vitest';
import type { CoalPowerUnit } from '../../src/entries/schemas.js';
import { absent, conditional, definite, verdictOf } from './helpers.js';

const unit = (capacityMw: number, more: Partial<CoalPowerUnit> = {}): CoalPowerUnit => ({
  kind: 'coal-power-unit',
  capacityMw,
  captive: false,
  chp: false,
  ...more,
});

describe('coal-fired units below 300 MW (task 2: 30万千瓦以下)', () => {
  it('A 299 MW unit is phased out in an orderly way, without a date', () => {
    const v = definite(unit(299), 'coal-unit-below-300mw');
    expect(v).toMatchObject({ task: 2, obligation: 'phase-out', facts: { capacityMw: 299, threshold: 300, inclusive: false } });
    expect(v.deadline).toBeUndefined();
  });
  it('A 300 MW unit is not phased out (以下 excludes 300: task 9 calls 300 MW 及以上 large)', () => {
    absent(unit(300), 'coal-unit-below-300mw');
  });
  it('A 600 MW unit is not phased out', () => {
    absent(unit(600), 'coal-unit-below-300mw');
  });
});

describe('captive coal-fired units (task 8)', () => {
  it('A new captive unit is prohibited, in principle', () => {
    expect(definite(unit(350, { captive: true, isNew: true }), 'captive-coal-unit-no-new')).toMatchObject({
      task: 8,
      obligation: 'prohibited',
    });
    absent(unit(350, { captive: true, isNew: true }), 'captive-coal-unit-clean-energy');
  });
  it('An existing captive unit is supported in switching to clean energy', () => {
    expect(definite(unit(350, { captive: true, isNew: false }), 'captive-coal-unit-clean-energy')).toMatchObject({
      obligation: 'encouraged',
    });
    absent(unit(350, { captive: true, isNew: false }), 'captive-coal-unit-no-new');
  });
  it('A grid unit is under neither captive rule', () => {
    absent(unit(350, { isNew: true }), 'captive-coal-unit-no-new');
    absent(unit(350, { isNew: false }), 'captive-coal-unit-clean-energy');
  });
  it('A unit that does not say whether it is captive or new gets both rules, each under a condition', () => {
    expect(conditional({ kind: 'coal-power-unit', capacityMw: 350 }, 'captive-coal-unit-no-new')).toEqual(['captive', 'isNew']);
    expect(conditional({ kind: 'coal-power-unit', capacityMw: 350 }, 'captive-coal-unit-clean-energy')).toEqual(['captive', 'isNew']);
  });
});

describe('backward small CHP units within 30 km of a large CHP plant (task 9: 落后燃煤小热电机组)', () => {
  it('A unit known to be 落后 (backward: true) 30 km from a 300 MW CHP plant is closed or merged', () => {
    expect(
      definite(unit(200, { chp: true, backward: true, distanceToLargeChpKm: 30, largeChpCapacityMw: 300 }), 'small-chp-unit-chp-radius'),
    ).toMatchObject({ task: 9, obligation: 'phase-out', facts: { backward: true, distanceToLargeChpKm: 30 } });
  });
  it('A unit known not to be 落后 is outside, whatever its size: being under 300 MW is not 落后', () => {
    absent(unit(200, { chp: true, backward: false, distanceToLargeChpKm: 10, largeChpCapacityMw: 600 }), 'small-chp-unit-chp-radius');
  });
  it('A unit under 300 MW not said to be 落后 gets the rule only under the condition 若属落后燃煤小热电机组', () => {
    const v = verdictOf(unit(200, { chp: true, distanceToLargeChpKm: 5, largeChpCapacityMw: 600 }), 'small-chp-unit-chp-radius');
    expect(v.condition!.when).toEqual([{ fact: 'backward', equals: true }]);
    expect(v.condition!.text.zh).toBe('若属落后燃煤小热电机组');
  });
  it('A backward unit 31 km away, or near a 250 MW plant, is outside the rule', () => {
    absent(unit(200, { backward: true, distanceToLargeChpKm: 31, largeChpCapacityMw: 600 }), 'small-chp-unit-chp-radius');
    absent(unit(200, { backward: true, distanceToLargeChpKm: 5, largeChpCapacityMw: 250 }), 'small-chp-unit-chp-radius');
  });
  it('A unit with nothing else known is conditional on being 落后 and on the plant nearby', () => {
    expect(conditional({ kind: 'coal-power-unit', capacityMw: 200 }, 'small-chp-unit-chp-radius')).toEqual([
      'backward',
      'distanceToLargeChpKm',
      'largeChpCapacityMw',
    ]);
  });
  it('A captive backward CHP unit 5 km from a 600 MW plant is caught too (含自备电厂)', () => {
    definite(
      unit(200, { captive: true, isNew: false, backward: true, distanceToLargeChpKm: 5, largeChpCapacityMw: 600 }),
      'small-chp-unit-chp-radius',
    );
  });
});

describe('backward small CHP units within 30 km of a large industrial enterprise that supplies heat (task 9)', () => {
  it('A backward unit 30 km from a large industrial enterprise supplying heat is closed or merged (范围内 includes 30)', () => {
    expect(definite(unit(200, { backward: true, distanceToLargeIndustrialHeatKm: 30 }), 'industrial-heat-radius-closure')).toMatchObject({
      task: 9,
      obligation: 'phase-out',
      facts: { backward: true, distanceToLargeIndustrialHeatKm: 30 },
    });
  });
  it('A backward unit 30.1 km away is outside; one known not to be 落后 is outside', () => {
    absent(unit(200, { backward: true, distanceToLargeIndustrialHeatKm: 30.1 }), 'industrial-heat-radius-closure');
    absent(unit(200, { backward: false, distanceToLargeIndustrialHeatKm: 10 }), 'industrial-heat-radius-closure');
  });
  it('A unit that does not say is conditional on both facts', () => {
    expect(conditional({ kind: 'coal-power-unit', capacityMw: 200 }, 'industrial-heat-radius-closure')).toEqual([
      'backward',
      'distanceToLargeIndustrialHeatKm',
    ]);
  });
});
