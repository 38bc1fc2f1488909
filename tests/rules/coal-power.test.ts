import { describe, expect, it } from 'vitest';
import type { CoalPowerUnit } from '../../src/entries/schemas.js';
import { absent, conditional, definite } from './helpers.js';

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

describe('small CHP units within 30 km of a large CHP plant (task 9)', () => {
  it('A 200 MW CHP unit 30 km from a 300 MW CHP plant is closed or merged', () => {
    expect(
      definite(unit(200, { chp: true, distanceToLargeChpKm: 30, largeChpCapacityMw: 300 }), 'small-chp-unit-chp-radius'),
    ).toMatchObject({
      task: 9,
      obligation: 'phase-out',
    });
  });
  it("A 300 MW CHP unit is not small (the library reads 小 by task 2's 300 MW line)", () => {
    absent(unit(300, { chp: true, distanceToLargeChpKm: 10, largeChpCapacityMw: 600 }), 'small-chp-unit-chp-radius');
  });
  it('A 200 MW unit 31 km away, or near a 250 MW plant, is outside the rule', () => {
    absent(unit(200, { chp: true, distanceToLargeChpKm: 31, largeChpCapacityMw: 600 }), 'small-chp-unit-chp-radius');
    absent(unit(200, { chp: true, distanceToLargeChpKm: 5, largeChpCapacityMw: 250 }), 'small-chp-unit-chp-radius');
  });
  it('A 200 MW condensing (non-CHP) unit is outside the rule', () => {
    absent(unit(200, { chp: false, distanceToLargeChpKm: 5, largeChpCapacityMw: 600 }), 'small-chp-unit-chp-radius');
  });
  it('A 200 MW unit with nothing else known is conditional on being CHP and on the plant nearby', () => {
    expect(conditional({ kind: 'coal-power-unit', capacityMw: 200 }, 'small-chp-unit-chp-radius')).toEqual([
      'chp',
      'distanceToLargeChpKm',
      'largeChpCapacityMw',
    ]);
  });
  it('A captive 200 MW CHP unit 5 km from a 600 MW plant is caught too (含自备电厂)', () => {
    definite(
      unit(200, { captive: true, isNew: false, chp: true, distanceToLargeChpKm: 5, largeChpCapacityMw: 600 }),
      'small-chp-unit-chp-radius',
    );
  });
});

describe('small coal-fired CHP units within 30 km of a large industrial enterprise that supplies heat (task 9)', () => {
  it('A 200 MW CHP unit 30 km from a large industrial enterprise supplying heat is closed or merged (范围内 includes 30)', () => {
    expect(definite(unit(200, { chp: true, distanceToLargeIndustrialHeatKm: 30 }), 'industrial-heat-radius-closure')).toMatchObject({
      task: 9,
      obligation: 'phase-out',
      facts: { capacityMw: 200, chp: true, distanceToLargeIndustrialHeatKm: 30 },
    });
  });
  it('A CHP unit 30.1 km away is outside; a 300 MW CHP unit is not small (30万千瓦以下 excludes 300)', () => {
    absent(unit(200, { chp: true, distanceToLargeIndustrialHeatKm: 30.1 }), 'industrial-heat-radius-closure');
    absent(unit(300, { chp: true, distanceToLargeIndustrialHeatKm: 10 }), 'industrial-heat-radius-closure');
  });
  it('A unit that is not a CHP unit is outside; one that does not say is conditional on both facts', () => {
    absent(unit(200, { chp: false, distanceToLargeIndustrialHeatKm: 10 }), 'industrial-heat-radius-closure');
    expect(conditional({ kind: 'coal-power-unit', capacityMw: 200 }, 'industrial-heat-radius-closure')).toEqual([
      'chp',
      'distanceToLargeIndustrialHeatKm',
    ]);
  });
});
