/**
 * Regressions found by the fuzz suite (tests/fuzz): statistics of enormous (finite) values overflowed to
 * Infinity or NaN. Now percentile and annualStats stay finite, and compositeIndex refuses inputs whose
 * index cannot be finite with a PlanInputError naming the statistic.
 */
import { describe, expect, it } from 'vitest';
import { annualStats, compositeIndex, percentile } from '../../src/air/index.js';
import { expectInputError } from '../errors.js';

const MAX = Number.MAX_VALUE;
const day = (v: number) => ({ so2_24h: v, no2_24h: v, pm10_24h: v, pm25_24h: v, co_24h: v, o3_8h: v });

describe('percentile of enormous values', () => {
  it('interpolates between values of opposite signs near ±MAX_VALUE without overflowing', () => {
    expect(percentile([-1e308, 1e308], 50)).toBe(0);
    expect(percentile([1e308, -1e308, 0], 75)).toBe(5e307);
    const q = percentile([-MAX, MAX], 25);
    expect(q / (-MAX / 2)).toBeCloseTo(1, 12);
    expect(percentile([-MAX, MAX], 0)).toBe(-MAX);
    expect(percentile([-MAX, MAX], 100)).toBe(MAX);
  });

  it('is unchanged for ordinary values (the fast path)', () => {
    expect(percentile([1, 2, 3, 4, 5], 90)).toBe(4.6);
    expect(percentile([0.7, 1.2, 0.9], 50)).toBe(0.9);
    expect(percentile([3, 1], 50)).toBe(2);
  });
});

describe('annualStats of enormous values', () => {
  it('averages values whose sum overflows', () => {
    const s = annualStats([day(1e308), day(1.5e308), day(1.6e308)]);
    expect(s.so2 / 1.3666666666666667e308).toBeCloseTo(1, 12);
    expect(s.pm25).toBe(s.so2);
    const m = annualStats([day(MAX), day(MAX), day(MAX)]);
    expect(m.no2).toBe(MAX);
    expect(m.co).toBe(MAX); // a percentile of equal values
  });

  it('is unchanged for ordinary values (the plain sum)', () => {
    const s = annualStats([day(10), day(14), day(0.1), day(0.2)]);
    expect(s.so2).toBe((10 + 14 + 0.1 + 0.2) / 4);
    expect(s.days.so2).toBe(4);
  });
});

describe('compositeIndex refuses an index that cannot be finite', () => {
  const stats = { so2: 9, no2: 15, pm10: 39, pm25: 21, co: 0.7, o3: 192 };
  const ones = { so2: 1, no2: 1, pm10: 1, pm25: 1, co: 1, o3: 1 };

  it('when a single index overflows (a limit near 0)', () => {
    expectInputError(() => compositeIndex({ ...stats, pm10: 1e10 }, { limits: { ...ones, pm10: 1e-300 } }), 'stats.pm10', 'a statistic whose weighted single index wᵢ·Cᵢ/Sᵢ is finite (S = 1e-300, w = 1)', 1e10);
  });

  it('when a weight makes a term overflow, or a zero weight meets an infinite index', () => {
    expectInputError(() => compositeIndex({ ...stats, o3: MAX / 2 }, { limits: ones, weights: { o3: 4 } }), 'stats.o3', /S = 1, w = 4\)$/);
    expectInputError(() => compositeIndex({ ...stats, co: 1 }, { limits: { ...ones, co: 1e-320 }, weights: { co: 0 } }), 'stats.co', /w = 0\)$/, 1);
  });

  it('when the sum overflows', () => {
    const big = { so2: MAX / 2, no2: MAX / 2, pm10: MAX / 2, pm25: MAX / 2, co: MAX / 2, o3: MAX / 2 };
    expectInputError(() => compositeIndex(big, { limits: ones }), 'stats', 'statistics whose composite index Σ wᵢ·Cᵢ/Sᵢ is finite', big);
  });

  it('and still answers up to the largest finite index', () => {
    const half = { so2: MAX / 2, no2: 0, pm10: 0, pm25: 0, co: 0, o3: MAX / 2 };
    expect(compositeIndex(half, { limits: ones })).toBe(MAX);
    expect(compositeIndex(stats, { edition: '2012' })).toBe(3.0571428571428574);
    expect(compositeIndex({ ...stats, co: 0 }, { limits: { ...ones, co: 1e-320 }, weights: { co: 0, so2: 2 }, singleIndexes: true }).singleIndexes.co).toBe(0);
  });
});
