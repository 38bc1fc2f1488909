import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeIndex, compositeIndexes, gb3095Limits, PlanInputError, pm25Attainment, roundGbt8170, type CompositeStats } from '../../src/index.js';
import { CompositeIndexDetail, Pm25Attainment } from '../../src/entries/schemas.js';
import { fieldOf } from '../errors.js';

// The published worked example: PM2.5 21, PM10 39, SO2 9, NO2 15, O3 (90th pct 8 h) 192, CO (95th pct) 0.7.
const PUBLISHED: CompositeStats = { pm25: 21, pm10: 39, so2: 9, no2: 15, o3: 192, co: 0.7 };

describe('compositeIndex', () => {
  it('reproduces the published example: 21/35 + 39/70 + 9/60 + 15/40 + 192/160 + 0.7/4 = 3.06', () => {
    // 0.6 + 0.5571… + 0.15 + 0.375 + 1.2 + 0.175 = 3.0571… → 3.06 at two decimals
    const index = compositeIndex(PUBLISHED, { edition: '2012' });
    expect(index).toBeCloseTo(3.057142857142857, 12);
    expect(roundGbt8170(index, 2)).toBe(3.06);
  });

  it('returns the single indexes Iᵢ = Cᵢ/Sᵢ when asked', () => {
    const d = compositeIndex(PUBLISHED, { edition: '2012', singleIndexes: true });
    expect(d.singleIndexes.pm25).toBeCloseTo(21 / 35, 15);
    expect(d.singleIndexes.pm10).toBeCloseTo(39 / 70, 15);
    expect(d.singleIndexes.so2).toBeCloseTo(9 / 60, 15);
    expect(d.singleIndexes.no2).toBeCloseTo(15 / 40, 15);
    expect(d.singleIndexes.o3).toBeCloseTo(192 / 160, 15);
    expect(d.singleIndexes.co).toBeCloseTo(0.7 / 4, 15);
    expect(d.limits).toEqual({ so2: 60, no2: 40, pm10: 70, pm25: 35, co: 4, o3: 160 });
    expect(d.limitsId).toBe('2012');
    expect(d.verified).toBe(true);
    expect(CompositeIndexDetail.safeParse(d).success).toBe(true);
  });

  it('is 6 when every statistic sits at its GB 3095-2012 limit', () => {
    expect(compositeIndex({ so2: 60, no2: 40, pm10: 70, pm25: 35, co: 4, o3: 160 }, { year: 2025 })).toBe(6);
  });

  it('divides by the GB 3095-2026 transition limits (PM10 60, PM2.5 30) and says they are unverified', () => {
    // 21/30 + 39/60 + 9/60 + 15/40 + 192/160 + 0.7/4 = 0.7 + 0.65 + 0.15 + 0.375 + 1.2 + 0.175 = 3.25
    const d = compositeIndex(PUBLISHED, { edition: '2026', phase: 'transition', singleIndexes: true });
    expect(d.compositeIndex).toBeCloseTo(3.25, 12);
    expect(d.limitsId).toBe('2026-transition');
    expect(d.verified).toBe(false);
  });

  it('divides by the GB 3095-2026 final limits (SO2 20, NO2 30, PM10 50, PM2.5 25)', () => {
    // 21/25 + 39/50 + 9/20 + 15/30 + 192/160 + 0.7/4 = 0.84 + 0.78 + 0.45 + 0.5 + 1.2 + 0.175 = 3.945
    expect(compositeIndex(PUBLISHED, { edition: '2026', phase: 'final' })).toBeCloseTo(3.945, 12);
  });

  it('picks the limits by date: GB 3095-2012 on 2026-02-28, the 2026 transition phase on 2026-03-01', () => {
    expect(compositeIndex(PUBLISHED, { date: '2026-02-28' })).toBeCloseTo(3.057142857142857, 12);
    expect(compositeIndex(PUBLISHED, { date: '2026-03-01' })).toBeCloseTo(3.25, 12);
  });

  it('takes the caller’s own limits', () => {
    const limits = { so2: 1, no2: 1, pm10: 1, pm25: 1, co: 1, o3: 1 };
    // Σ Cᵢ = 21 + 39 + 9 + 15 + 192 + 0.7 = 276.7
    expect(compositeIndex(PUBLISHED, { limits })).toBeCloseTo(276.7, 10);
    expect(compositeIndex(PUBLISHED, { limits, singleIndexes: true }).limitsId).toBeNull();
  });

  it('applies weights (default 1) and marks a weighted index unverified', () => {
    // PM2.5 ×3, NO2 ×2, O3 ×2: 3×0.6 + 0.5571… + 0.15 + 2×0.375 + 2×1.2 + 0.175 = 5.8321…
    const d = compositeIndex(PUBLISHED, { edition: '2012', weights: { pm25: 3, no2: 2, o3: 2 }, singleIndexes: true });
    expect(d.compositeIndex).toBeCloseTo(1.8 + 39 / 70 + 0.15 + 0.75 + 2.4 + 0.175, 12);
    expect(d.weights).toEqual({ so2: 1, no2: 2, pm10: 1, pm25: 3, co: 1, o3: 2 });
    expect(d.verified).toBe(false);
  });

  it('keeps verified: true when every weight given is 1', () => {
    expect(compositeIndex(PUBLISHED, { edition: '2012', weights: { pm25: 1 }, singleIndexes: true }).verified).toBe(true);
  });

  it('does not modify its inputs', () => {
    const stats = Object.freeze({ ...PUBLISHED });
    const options = Object.freeze({ edition: '2012' as const, weights: Object.freeze({ pm25: 3 }) });
    expect(() => compositeIndex(stats, options)).not.toThrow();
  });

  it.each([
    ['a missing statistic', { ...PUBLISHED, co: undefined }, 'stats.co'],
    ['a negative statistic', { ...PUBLISHED, pm25: -1 }, 'stats.pm25'],
    ['NaN', { ...PUBLISHED, o3: Number.NaN }, 'stats.o3'],
    ['a string', { ...PUBLISHED, no2: '15' }, 'stats.no2'],
    ['null stats', null, 'stats'],
  ])('rejects %s', (_, stats, field) => {
    expect(() => compositeIndex(stats as never, { edition: '2012' })).toThrow(expect.objectContaining({ field }));
  });

  it.each([
    ['no options', undefined, 'options'],
    ['empty options', {}, 'options'],
    ['2026 without a phase', { edition: '2026' }, 'options.phase'],
    ['2012 with a phase', { edition: '2012', phase: 'final' }, 'options.phase'],
    ['an unknown edition', { edition: '2020' }, 'options.edition'],
    ['a zero limit', { limits: { so2: 0, no2: 1, pm10: 1, pm25: 1, co: 1, o3: 1 } }, 'options.limits.so2'],
    ['limits and an edition', { limits: { so2: 1, no2: 1, pm10: 1, pm25: 1, co: 1, o3: 1 }, edition: '2012' }, 'options'],
    ['an unknown weight', { edition: '2012', weights: { pm2_5: 3 } }, 'options.weights.pm2_5'],
    ['a negative weight', { edition: '2012', weights: { pm25: -3 } }, 'options.weights.pm25'],
    ['a year before 2016', { year: 2015 }, 'options.year'],
    ['singleIndexes not boolean', { edition: '2012', singleIndexes: 'yes' }, 'options.singleIndexes'],
  ])('rejects %s', (_, options, field) => {
    expect(() => compositeIndex(PUBLISHED, options as never)).toThrow(PlanInputError);
    expect(() => compositeIndex(PUBLISHED, options as never)).toThrow(expect.objectContaining({ field }));
  });
});

describe('compositeIndex properties', () => {
  const keys = ['so2', 'no2', 'pm10', 'pm25', 'co', 'o3'] as const;
  const stat = fc.double({ min: 0, max: 1000, noNaN: true });
  const stats = fc.record({ so2: stat, no2: stat, pm10: stat, pm25: stat, co: stat, o3: stat });

  it('is linear in each Cᵢ: f(a + b) − f(0) = (f(a) − f(0)) + (f(b) − f(0)), and scales with k', () => {
    fc.assert(
      fc.property(stats, fc.constantFrom(...keys), stat, stat, fc.double({ min: 0, max: 10, noNaN: true }), (s, k, a, b, m) => {
        const f = (c: number) => compositeIndex({ ...s, [k]: c }, { edition: '2012' });
        const f0 = f(0);
        expect(f(a + b) - f0).toBeCloseTo(f(a) - f0 + (f(b) - f0), 6);
        expect(f(m * a) - f0).toBeCloseTo(m * (f(a) - f0), 6);
      }),
      { numRuns: 1000 },
    );
  });

  it('equals the sum of its single indexes', () => {
    fc.assert(
      fc.property(stats, (s) => {
        const d = compositeIndex(s, { edition: '2012', singleIndexes: true });
        const sum = keys.reduce((acc, k) => acc + d.singleIndexes[k], 0);
        expect(d.compositeIndex).toBeCloseTo(sum, 9);
      }),
    );
  });
});

describe('gb3095Limits', () => {
  it('gives GB 3095-2012 for 2016–2025 and on 2026-02-28', () => {
    expect(gb3095Limits({ year: 2016 }).id).toBe('2012');
    expect(gb3095Limits({ year: 2025 }).id).toBe('2012');
    expect(gb3095Limits({ date: '2026-02-28' }).id).toBe('2012');
  });

  it('gives the GB 3095-2026 transition phase from 2026-03-01 to 2030-12-31', () => {
    expect(gb3095Limits({ date: '2026-03-01' }).id).toBe('2026-transition');
    expect(gb3095Limits({ date: '2030-12-31' }).id).toBe('2026-transition');
  });

  it('judges a year by the limits in force on its 31 December: 2026 → transition, 2031 → final', () => {
    expect(gb3095Limits({ year: 2026 }).id).toBe('2026-transition');
    expect(gb3095Limits({ year: 2030 }).id).toBe('2026-transition');
    expect(gb3095Limits({ year: 2031 }).id).toBe('2026-final');
    expect(gb3095Limits({ date: '2031-01-01' }).id).toBe('2026-final');
  });

  it('carries the grade II limits of each set (standards §3–4)', () => {
    expect(gb3095Limits({ edition: '2012' }).limits).toEqual({
      so2_annual: 60, so2_24h: 150, so2_1h: 500, no2_annual: 40, no2_24h: 80, no2_1h: 200,
      pm10_annual: 70, pm10_24h: 150, pm25_annual: 35, pm25_24h: 75, co_24h: 4, co_1h: 10, o3_8h: 160, o3_1h: 200,
    });
    expect(gb3095Limits({ edition: '2026', phase: 'transition' }).limits).toEqual({
      so2_annual: 60, so2_24h: 150, so2_1h: 500, no2_annual: 40, no2_24h: 80, no2_1h: 200,
      pm10_annual: 60, pm10_24h: 120, pm25_annual: 30, pm25_24h: 60, co_24h: 4, co_1h: 10, o3_8h: 160, o3_1h: 200,
    });
    expect(gb3095Limits({ edition: '2026', phase: 'final' }).limits).toEqual({
      so2_annual: 20, so2_24h: 50, so2_1h: 150, no2_annual: 30, no2_24h: 50, no2_1h: 200,
      pm10_annual: 50, pm10_24h: 100, pm25_annual: 25, pm25_24h: 50, co_24h: 4, co_1h: 10, o3_8h: 160, o3_1h: 200,
    });
  });

  it('marks the GB 3095-2026 sets unverified and GB 3095-2012 verified', () => {
    expect(gb3095Limits({ year: 2025 }).verified).toBe(true);
    expect(gb3095Limits({ year: 2027 }).verified).toBe(false);
    expect(gb3095Limits({ year: 2031 }).verified).toBe(false);
  });

  it.each([
    [{ year: 2025.5 }], [{ year: '2025' }], [{ date: '2025-02-29' }], [{ year: 2025, date: '2025-01-01' }], [{ phase: 'final' }],
  ])('rejects %j', (options) => {
    expect(() => gb3095Limits(options as never)).toThrow(PlanInputError);
  });
});

describe('pm25Attainment', () => {
  it('attains at exactly 35 µg/m³ under GB 3095-2012 (at or under the limit)', () => {
    expect(pm25Attainment(35, { year: 2025 })).toEqual({
      attains: true,
      annualMean: 35,
      limit: 35,
      limitsId: '2012',
      standard: 'GB 3095-2012',
      verified: true,
    });
  });

  it('does not attain just above 35 under GB 3095-2012', () => {
    expect(pm25Attainment(35.01, { year: 2025 }).attains).toBe(false);
  });

  it('judges 35 µg/m³ in 2027 against the transition limit 30: not attained', () => {
    const r = pm25Attainment(35, { year: 2027 });
    expect(r.attains).toBe(false);
    expect(r.limit).toBe(30);
    expect(r.verified).toBe(false);
    expect(Pm25Attainment.safeParse(r).success).toBe(true);
  });

  it('attains at exactly 30 in the transition phase and at exactly 25 from 2031', () => {
    expect(pm25Attainment(30, { edition: '2026', phase: 'transition' }).attains).toBe(true);
    expect(pm25Attainment(25.01, { year: 2031 }).attains).toBe(false);
    expect(pm25Attainment(25, { year: 2031 }).attains).toBe(true);
  });

  it.each([-1, Number.NaN, Infinity, '35', null])('rejects %s as an annual mean', (m) => {
    expect(() => pm25Attainment(m as never, { year: 2025 })).toThrow(expect.objectContaining({ field: 'annualMean' }));
  });

  it('rejects a missing edition or year', () => {
    expect(() => pm25Attainment(35, undefined as never)).toThrow(PlanInputError);
    expect(() => pm25Attainment(35, {} as never)).toThrow(PlanInputError);
  });
});

describe('compositeIndexes (the batch fast path)', () => {
  const published = { pm25: 21, pm10: 39, so2: 9, no2: 15, o3: 192, co: 0.7 };
  const atLimits = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

  it('gives each entry its index: every statistic at its 2012 limit → 6; the published example → 3.06', () => {
    const [six, example] = compositeIndexes([atLimits, published], { edition: '2012' });
    expect(six).toBe(6);
    expect(roundGbt8170(example!, 2)).toBe(3.06);
  });

  it('agrees with compositeIndex under every kind of options, weights included', () => {
    const list = [published, atLimits, { ...published, o3: 0 }];
    for (const o of [{ edition: '2012' }, { year: 2027 }, { date: '2031-01-01' }, { edition: '2012', weights: { pm25: 3, no2: 2, o3: 2 } }] as const) {
      expect(compositeIndexes(list, o)).toEqual(list.map((s) => compositeIndex(s, o)));
    }
    // GB 3095-2026 transition phase (unverified): PM2.5 30 and PM10 60, the others as in 2012, so
    // 30/30 + 60/60 + 60/60 + 40/40 + 160/160 + 4/4 = 6
    expect(compositeIndexes([{ ...atLimits, pm25: 30, pm10: 60 }], { year: 2027 })).toEqual([6]);
  });

  it('gives an empty array for an empty list', () => {
    expect(compositeIndexes([], { edition: '2012' })).toEqual([]);
  });

  it('names the entry at fault', () => {
    expect(fieldOf(() => compositeIndexes([published, { ...published, co: -1 }], { edition: '2012' }))).toBe('statsList[1].co');
    expect(fieldOf(() => compositeIndexes([published, null as never], { edition: '2012' }))).toBe('statsList[1]');
    expect(fieldOf(() => compositeIndexes([{ ...published, pm25: '21' as never }], { edition: '2012' }))).toBe('statsList[0].pm25');
    expect(fieldOf(() => compositeIndexes({} as never, { edition: '2012' }))).toBe('statsList');
  });

  it('checks the options once, as compositeIndex does, and refuses singleIndexes', () => {
    expect(fieldOf(() => compositeIndexes([published], {} as never))).toBe('options');
    expect(fieldOf(() => compositeIndexes([published], { edition: '2013' } as never))).toBe('options.edition');
    expect(fieldOf(() => compositeIndexes([published], { edition: '2012', weights: { pm1: 2 } } as never))).toBe('options.weights.pm1');
    expect(fieldOf(() => compositeIndexes([published], { edition: '2012', singleIndexes: true } as never))).toBe('options.singleIndexes');
    // Bad options are reported even for an empty list.
    expect(fieldOf(() => compositeIndexes([], null as never))).toBe('options');
  });
});
