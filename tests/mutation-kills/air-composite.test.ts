/**
 * src/air/composite.ts: the checks of compositeIndex's and pm25Attainment's arguments that tests/air
 * leaves open (strings, null, Infinity, zero), and the `verified` flag of caller-given limits.
 */
import { describe, expect, it } from 'vitest';
import { compositeIndex, compositeIndexes, gb3095Limits, pm25Attainment } from '../../src/air/index.js';
import { expectInputError } from '../errors.js';

const stats = { so2: 9, no2: 15, pm10: 39, pm25: 21, co: 0.7, o3: 192 };
const limits = { so2: 60, no2: 40, pm10: 70, pm25: 35, co: 4, o3: 160 };

describe('compositeIndex checks', () => {
  it('stats that are not an object', () => {
    expectInputError(() => compositeIndex(5 as never, { edition: '2012' }), 'stats', 'an object { so2, no2, pm10, pm25, co, o3 } of period statistics', 5);
  });

  it('a statistic that is a string or Infinity (before any arithmetic)', () => {
    expectInputError(() => compositeIndex({ ...stats, pm25: '21' } as never, { edition: '2012' }), 'stats.pm25', 'a finite number ≥ 0 (µg/m³)', '21');
    expectInputError(() => compositeIndex({ ...stats, pm25: Infinity }, { edition: '2012' }), 'stats.pm25', 'a finite number ≥ 0 (µg/m³)', Infinity);
    expect(compositeIndex({ ...stats, pm25: 0 }, { edition: '2012' })).toBeCloseTo(2.457142857142857, 14);
  });

  it('limits that are null, a string or Infinity', () => {
    expectInputError(() => compositeIndex(stats, { limits: null } as never), 'options.limits', 'an object { so2, no2, pm10, pm25, co, o3 } of limits > 0', null);
    expectInputError(() => compositeIndex(stats, { limits: { ...limits, o3: '160' } } as never), 'options.limits.o3', 'a finite number > 0', '160');
    expectInputError(() => compositeIndex(stats, { limits: { ...limits, o3: Infinity } }), 'options.limits.o3', 'a finite number > 0', Infinity);
  });

  it('weights that are null, a string or Infinity', () => {
    expectInputError(() => compositeIndex(stats, { edition: '2012', weights: null } as never), 'options.weights', 'an object of weights ≥ 0 by pollutant (so2, no2, pm10, pm25, co, o3)', null);
    expectInputError(() => compositeIndex(stats, { edition: '2012', weights: { pm25: '3' } } as never), 'options.weights.pm25', 'a finite number ≥ 0', '3');
    expectInputError(() => compositeIndex(stats, { edition: '2012', weights: { pm25: Infinity } }), 'options.weights.pm25', 'a finite number ≥ 0', Infinity);
  });

  it('calls caller-given limits verified (nothing unverified was applied) and names no GB 3095 set', () => {
    const d = compositeIndex(stats, { limits, singleIndexes: true });
    expect(d.verified).toBe(true);
    expect(d.limitsId).toBeNull();
    expect(d.compositeIndex).toBe(compositeIndex(stats, { edition: '2012' }));
    expect(Object.keys(d.singleIndexes)).toEqual(['so2', 'no2', 'pm10', 'pm25', 'co', 'o3']);
  });
});

describe('gb3095Limits and pm25Attainment checks', () => {
  it('name options.date for a bad date, and refuse a year that is not a number', () => {
    expectInputError(() => gb3095Limits({ date: '2015-12-31' }), 'options.date', /^a date from 2016-01-01/, '2015-12-31');
    expectInputError(() => gb3095Limits({ year: '2025' } as never), 'options.year', 'a calendar year from 2016 (when GB 3095-2012 applies nationwide)', '2025');
  });

  it('take an annual mean of zero', () => {
    expect(pm25Attainment(0, { year: 2025 })).toMatchObject({ attains: true, annualMean: 0, limit: 35 });
  });
});

describe('compositeIndexes: its own errors, in words', () => {
  it('a list that is not an array', () => {
    expectInputError(() => compositeIndexes('pm25' as never, { edition: '2012' }), 'statsList', 'an array of { so2, no2, pm10, pm25, co, o3 }');
  });
  it('asking it for single indexes, which only compositeIndex gives', () => {
    expectInputError(
      () => compositeIndexes([], { edition: '2012', singleIndexes: true } as never),
      'options.singleIndexes',
      'nothing: compositeIndexes gives numbers (use compositeIndex for the detail)',
    );
  });
  it('null options: a PlanInputError naming the options, not a TypeError', () => {
    expectInputError(() => compositeIndexes([], null as never), 'options', /./);
  });
});
