/**
 * src/air/stats.ts: the exact arithmetic of the fast paths (interpolation between ranks, the plain mean)
 * and the checks of each daily value, which tests/air/stats leave partly open.
 */
import { describe, expect, it } from 'vitest';
import { annualStats, percentile } from '../../src/air/index.js';
import { expectInputError } from '../errors.js';

const day = { so2_24h: 10, no2_24h: 30, pm10_24h: 60, pm25_24h: 30, co_24h: 0.8, o3_8h: 120 };
const VALUE = 'a finite number ≥ 0 (µg/m³; CO in mg/m³), or null for a day without a value';

describe('percentile interpolates as HJ 663 writes it: Xₛ + (Xₛ₊₁ − Xₛ)·(k − s)', () => {
  it('to the last bit', () => {
    // lo·(1 − f) + hi·f would give 1.2000000000000002, 1.3199999999999998 and 2.68.
    expect(percentile([1, 2, 3, 4, 5], 5)).toBe(1.2);
    expect(percentile([5, 4, 3, 2, 1], 8)).toBe(1.32);
    expect(percentile([1, 2, 3, 4, 5], 42)).toBe(2.6799999999999997);
  });

  it('refuses a percentile that is not a number', () => {
    expectInputError(() => percentile([1, 2, 3], '50' as never), 'p', 'a percentile from 0 to 100', '50');
    expectInputError(() => percentile([1, 2, 3], NaN), 'p', 'a percentile from 0 to 100', NaN);
  });
});

describe('annualStats', () => {
  it('takes the plain mean, to the last bit', () => {
    // A running mean would give 0.2, 2.2 and 23.659999999999997.
    const s = annualStats([0.1, 0.2, 0.3].map((v) => ({ ...day, so2_24h: v, no2_24h: [1.1, 2.2, 3.3][Math.round(v * 10) - 1]! })));
    expect(s.so2).toBe(0.20000000000000004);
    expect(s.no2).toBe(2.1999999999999997);
    expect(annualStats([30, 40, 35.5, 12.1, 0.7].map((v) => ({ ...day, pm25_24h: v }))).pm25).toBe(23.66);
  });

  it('accepts zero, and refuses strings, negatives, NaN and Infinity, naming the day', () => {
    expect(annualStats([{ ...day, pm25_24h: 0 }]).pm25).toBe(0);
    expectInputError(() => annualStats([day, { ...day, pm25_24h: '40' as never }]), 'dailyRecords[1].pm25_24h', VALUE, '40');
    expectInputError(() => annualStats([day, { ...day, o3_8h: -0.5 }]), 'dailyRecords[1].o3_8h', VALUE, -0.5);
    expectInputError(() => annualStats([day, { ...day, co_24h: NaN }]), 'dailyRecords[1].co_24h', VALUE, NaN);
    expectInputError(() => annualStats([day, { ...day, no2_24h: Infinity }]), 'dailyRecords[1].no2_24h', VALUE, Infinity);
  });

  it('refuses a day that is not an object, even when the other days give every value', () => {
    expectInputError(() => annualStats([day, 5 as never]), 'dailyRecords[1]', 'an object of daily concentrations', 5);
    expectInputError(() => annualStats([day, 'x' as never]), 'dailyRecords[1]', 'an object of daily concentrations', 'x');
    expectInputError(() => annualStats([day, null as never]), 'dailyRecords[1]', 'an object of daily concentrations', null);
  });
});
