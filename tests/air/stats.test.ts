import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualStats, compositeIndex, PlanInputError, percentile } from '../../src/index.js';
import { inputError, revoked, expectCode } from '../errors.js';

const MAX = Number.MAX_VALUE;

// HJ 663-2013 percentile: sort ascending X₁…Xₙ; k = 1 + (n − 1)·p%; s = ⌊k⌋; mₚ = Xₛ + (Xₛ₊₁ − Xₛ)(k − s).
describe('percentile', () => {
  it('interpolates between ranks: [1,2,3,4,5] at 90 → k = 1 + 4×0.9 = 4.6 → 4 + 0.6×(5 − 4) = 4.6', () => {
    expect(percentile([1, 2, 3, 4, 5], 90)).toBeCloseTo(4.6, 12);
  });

  it('sorts first: [5,1,4,2,3] at 90 is also 4.6', () => {
    expect(percentile([5, 1, 4, 2, 3], 90)).toBeCloseTo(4.6, 12);
  });

  it('lands on a value when k is whole: 11 values 0..100 at 90 → k = 1 + 10×0.9 = 10 → X₁₀ = 90', () => {
    expect(percentile([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90)).toBe(90);
  });

  it('gives the 95th percentile of a 365-day CO series: k = 1 + 364×0.95 = 346.8 → X₃₄₆ + 0.8(X₃₄₇ − X₃₄₆)', () => {
    // Values 0.1, 0.2, …, 36.5 mg/m³ (day d has d/10): X₃₄₆ = 34.6, X₃₄₇ = 34.7 → 34.6 + 0.8×0.1 = 34.68
    const co = Array.from({ length: 365 }, (_, i) => (i + 1) / 10);
    expect(percentile(co, 95)).toBeCloseTo(34.68, 10);
  });

  it('gives the only value of a one-value series, and the minimum and maximum at p = 0 and 100', () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 9, 5], 0)).toBe(3);
    expect(percentile([3, 9, 5], 100)).toBe(9);
  });

  it('does not modify its input', () => {
    const values = [5, 1, 4];
    percentile(values, 50);
    expect(values).toEqual([5, 1, 4]);
  });

  it('stays between the minimum and the maximum and grows with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (xs, p, q) => {
          const a = percentile(xs, Math.min(p, q));
          const b = percentile(xs, Math.max(p, q));
          expect(a).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(b).toBeLessThanOrEqual(Math.max(...xs));
          expect(a).toBeLessThanOrEqual(b);
        },
      ),
    );
  });

  it.each([
    [[], 90, 'values'],
    [[1, Number.NaN], 90, 'values[1]'],
    [[1, Infinity], 90, 'values[1]'],
    [[1, '2'], 90, 'values[1]'],
    [[1, 2], 101, 'p'],
    [[1, 2], -1, 'p'],
    [[1, 2], Number.NaN, 'p'],
  ])('rejects %j at %s', (values, p, field) => {
    expect(() => percentile(values as never, p)).toThrow(PlanInputError);
    expect(() => percentile(values as never, p)).toThrow(expect.objectContaining({ field }));
  });

  it('interpolates as HJ 663 writes it, Xₛ + (Xₛ₊₁ − Xₛ)·(k − s), to the last bit', () => {
    // lo·(1 − f) + hi·f would give 1.2000000000000002, 1.3199999999999998 and 2.68.
    expect(percentile([1, 2, 3, 4, 5], 5)).toBe(1.2);
    expect(percentile([5, 4, 3, 2, 1], 8)).toBe(1.32);
    expect(percentile([1, 2, 3, 4, 5], 42)).toBe(2.6799999999999997);
  });

  it('gives ordinary values exactly', () => {
    expect(percentile([1, 2, 3, 4, 5], 90)).toBe(4.6);
    expect(percentile([0.7, 1.2, 0.9], 50)).toBe(0.9);
    expect(percentile([3, 1], 50)).toBe(2);
  });

  it('interpolates between values of opposite signs near ±MAX_VALUE without overflowing', () => {
    expect(percentile([-1e308, 1e308], 50)).toBe(0);
    expect(percentile([1e308, -1e308, 0], 75)).toBe(5e307);
    const q = percentile([-MAX, MAX], 25);
    expect(q / (-MAX / 2)).toBeCloseTo(1, 12);
    expect(percentile([-MAX, MAX], 0)).toBe(-MAX);
    expect(percentile([-MAX, MAX], 100)).toBe(MAX);
  });

  it('names the values or the percentile at fault, in words', () => {
    expectCode(() => percentile([], 50), 'wrong-type', 'values');
    expectCode(() => percentile([1, Infinity], 50), 'not-a-number', 'values[1]', Infinity);
    expectCode(() => percentile([1], 101), 'out-of-range', 'p', 101);
    expectCode(() => percentile([1], -0.5), 'out-of-range', 'p', -0.5);
    expectCode(() => percentile([1, 2, 3], '50' as never), 'not-a-number', 'p', '50');
    expectCode(() => percentile([1, 2, 3], NaN), 'not-a-number', 'p', NaN);
  });
});

describe('annualStats', () => {
  const days = [
    { so2_24h: 10, no2_24h: 30, pm10_24h: 60, pm25_24h: 30, co_24h: 0.8, o3_8h: 120 },
    { so2_24h: 14, no2_24h: 34, pm10_24h: 80, pm25_24h: 40, co_24h: 1.2, o3_8h: 160 },
  ];

  it('takes means of SO2, NO2, PM10 and PM2.5: (10+14)/2 = 12, (30+34)/2 = 32, 70, 35', () => {
    const s = annualStats(days);
    expect([s.so2, s.no2, s.pm10, s.pm25]).toEqual([12, 32, 70, 35]);
  });

  it('takes the 95th percentile of CO: k = 1 + 1×0.95 → 0.8 + 0.95×0.4 = 1.18', () => {
    expect(annualStats(days).co).toBeCloseTo(1.18, 12);
  });

  it('takes the 90th percentile of O3 8 h: k = 1 + 1×0.9 → 120 + 0.9×40 = 156', () => {
    expect(annualStats(days).o3).toBeCloseTo(156, 12);
  });

  it('leaves out days without a value (null or missing), pollutant by pollutant, and counts the days', () => {
    const s = annualStats([...days, { pm25_24h: null, so2_24h: 18 }]);
    expect(s.pm25).toBe(35);
    expect(s.so2).toBe(14); // (10 + 14 + 18) / 3
    expect(s.days).toEqual({ so2: 3, no2: 2, pm10: 2, pm25: 2, co: 2, o3: 2 });
  });

  it('feeds compositeIndex directly', () => {
    // 12/60 + 32/40 + 70/70 + 35/35 + 1.18/4 + 156/160 = 0.2 + 0.8 + 1 + 1 + 0.295 + 0.975 = 4.27
    expect(compositeIndex(annualStats(days), { year: 2025 })).toBeCloseTo(4.27, 12);
  });

  it('does not modify its input', () => {
    const input = days.map((d) => Object.freeze({ ...d }));
    expect(() => annualStats(input)).not.toThrow();
  });

  it.each([
    ['an empty year', [], 'dailyRecords'],
    ['a record that is not an object', [null], 'dailyRecords[0]'],
    ['a negative value', [{ ...days[0], pm25_24h: -1 }], 'dailyRecords[0].pm25_24h'],
    ['NaN', [{ ...days[0], co_24h: Number.NaN }], 'dailyRecords[0].co_24h'],
    ['a pollutant with no day at all', [{ so2_24h: 1, no2_24h: 1, pm10_24h: 1, pm25_24h: 1, co_24h: 1 }], 'dailyRecords[].o3_8h'],
  ])('rejects %s', (_, records, field) => {
    expect(() => annualStats(records as never)).toThrow(expect.objectContaining({ field }));
  });

  const day = days[0]!;
  const _VALUE = 'a finite number ≥ 0 (µg/m³; CO in mg/m³), or null for a day without a value';
  const _VALUE_ZH = '≥ 0 的有限数(µg/m³;CO 为 mg/m³),当日无值则为 null';
  /** A day with the same value for every pollutant. */
  const uniform = (v: number) => ({ so2_24h: v, no2_24h: v, pm10_24h: v, pm25_24h: v, co_24h: v, o3_8h: v });

  it('takes the plain mean, to the last bit', () => {
    // A running mean would give 0.2, 2.2 and 23.659999999999997.
    const s = annualStats([0.1, 0.2, 0.3].map((v) => ({ ...day, so2_24h: v, no2_24h: [1.1, 2.2, 3.3][Math.round(v * 10) - 1]! })));
    expect(s.so2).toBe(0.20000000000000004);
    expect(s.no2).toBe(2.1999999999999997);
    expect(annualStats([30, 40, 35.5, 12.1, 0.7].map((v) => ({ ...day, pm25_24h: v }))).pm25).toBe(23.66);
  });

  it('takes the plain sum of ordinary values', () => {
    const s = annualStats([uniform(10), uniform(14), uniform(0.1), uniform(0.2)]);
    expect(s.so2).toBe((10 + 14 + 0.1 + 0.2) / 4);
    expect(s.days.so2).toBe(4);
  });

  it('averages values whose sum overflows', () => {
    const s = annualStats([uniform(1e308), uniform(1.5e308), uniform(1.6e308)]);
    expect(s.so2 / 1.3666666666666667e308).toBeCloseTo(1, 12);
    expect(s.pm25).toBe(s.so2);
    const m = annualStats([uniform(MAX), uniform(MAX), uniform(MAX)]);
    expect(m.no2).toBe(MAX);
    expect(m.co).toBe(MAX); // a percentile of equal values
  });

  it('accepts zero, and refuses strings, negatives, NaN and Infinity, naming the day and the value in words', () => {
    expect(annualStats([{ ...day, pm25_24h: 0 }]).pm25).toBe(0);
    expectCode(() => annualStats([day, { ...day, pm25_24h: '40' as never }]), 'not-a-number', 'dailyRecords[1].pm25_24h', '40');
    expectCode(() => annualStats([day, { ...day, o3_8h: -0.5 }]), 'out-of-range', 'dailyRecords[1].o3_8h', -0.5);
    expectCode(() => annualStats([day, { ...day, co_24h: NaN }]), 'not-a-number', 'dailyRecords[1].co_24h', NaN);
    expectCode(() => annualStats([day, { ...day, no2_24h: Infinity }]), 'not-a-number', 'dailyRecords[1].no2_24h', Infinity);
    expectCode(() => annualStats([{ pm25_24h: -1 }]), 'out-of-range', 'dailyRecords[0].pm25_24h', -1);
  });

  it('refuses a day that is not an object, even when the other days give every value', () => {
    expectCode(() => annualStats([day, 5 as never]), 'not-plain', 'dailyRecords[1]', 5);
    expectCode(() => annualStats([day, 'x' as never]), 'not-plain', 'dailyRecords[1]', 'x');
    expectCode(() => annualStats([day, null as never]), 'not-plain', 'dailyRecords[1]', null);
    expectCode(() => annualStats([[] as never]), 'not-plain', 'dailyRecords[0]');
  });

  it('names an empty year, and a pollutant with no day at all, in words', () => {
    expectCode(() => annualStats([]), 'wrong-type', 'dailyRecords');
    expectCode(
      () => annualStats([{ so2_24h: 1, no2_24h: 1, pm10_24h: 1, pm25_24h: 1, co_24h: 1 }]),
      'missing',
      'dailyRecords[].o3_8h',
      undefined,
    );
  });
});

describe('a revoked Proxy is refused by name, never read', () => {
  it.each([
    ['percentile', () => percentile(revoked() as never, 50), 'values'],
    ['annualStats', () => annualStats(revoked() as never), 'dailyRecords'],
  ])('%s', (_, f, field) => {
    const e = inputError(f);
    expect(e.field).toBe(field);
    expect(e.message).toContain('received a revoked Proxy');
  });
});
