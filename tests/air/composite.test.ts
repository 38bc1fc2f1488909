import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compositeIndex,
  compositeIndexes,
  gb3095Limits,
  PlanInputError,
  pm25Attainment,
  roundGbt8170,
  type CompositeStats,
} from '../../src/index.js';
import { CompositeIndexDetail } from '../../src/entries/schemas.js';
import { expectedZhOf as zh, fieldOf, inputError, revoked, expectCode } from '../errors.js';

// The published worked example: PM2.5 21, PM10 39, SO2 9, NO2 15, O3 (90th pct 8 h) 192, CO (95th pct) 0.7.
const PUBLISHED: CompositeStats = { pm25: 21, pm10: 39, so2: 9, no2: 15, o3: 192, co: 0.7 };
/** The same statistics in the order of the limits tables (so2, no2, pm10, pm25, co, o3). */
const STATS = { so2: 9, no2: 15, pm10: 39, pm25: 21, co: 0.7, o3: 192 };
/** GB 3095-2012's grade II annual limits, given as a caller's own. */
const LIMITS_2012 = { so2: 60, no2: 40, pm10: 70, pm25: 35, co: 4, o3: 160 };
/** What the errors say was expected of the options that name GB 3095 limits. */
const _LIMITS_OPTIONS =
  "{ edition: '2012' }, { edition: '2026', phase: 'transition' | 'final' }, { date: 'YYYY-MM-DD' } or { year } (there is no default)";
/** The same in Chinese. */
const LIMITS_OPTIONS_ZH =
  "{ edition: '2012' }、{ edition: '2026', phase: 'transition' | 'final' }、{ date: 'YYYY-MM-DD' } 或 { year }（没有默认值）";
const E12 = { edition: '2012' } as const;
const MAX = Number.MAX_VALUE;

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

  it('divides by the GB 3095-2026 transition limits (PM10 60, PM2.5 30), checked against the standard', () => {
    // 21/30 + 39/60 + 9/60 + 15/40 + 192/160 + 0.7/4 = 0.7 + 0.65 + 0.15 + 0.375 + 1.2 + 0.175 = 3.25
    const d = compositeIndex(PUBLISHED, { edition: '2026', phase: 'transition', singleIndexes: true });
    expect(d.compositeIndex).toBeCloseTo(3.25, 12);
    expect(d.limitsId).toBe('2026-transition');
    expect(d.verified).toBe(true);
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

  it('marks the result unverified only for weights other than 1 (a weight left undefined is 1)', () => {
    expect(compositeIndex(STATS, { ...E12, weights: { pm25: 1, o3: undefined }, singleIndexes: true }).verified).toBe(true);
    expect(compositeIndex(STATS, { ...E12, weights: { pm25: 3 }, singleIndexes: true }).verified).toBe(false);
  });

  it('calls caller-given limits verified (nothing unverified was applied) and names no GB 3095 set', () => {
    const d = compositeIndex(STATS, { limits: LIMITS_2012, singleIndexes: true });
    expect(d.verified).toBe(true);
    expect(d.limitsId).toBeNull();
    expect(d.compositeIndex).toBe(compositeIndex(STATS, { edition: '2012' }));
    expect(Object.keys(d.singleIndexes)).toEqual(['so2', 'no2', 'pm10', 'pm25', 'co', 'o3']);
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

describe('compositeIndex names the argument at fault, in words', () => {
  it('stats that are not an object', () => {
    expectCode(() => compositeIndex(5 as never, { edition: '2012' }), 'wrong-type', 'stats', 5);
  });

  it('a statistic that is a string or Infinity (before any arithmetic); zero is a statistic', () => {
    expectCode(() => compositeIndex({ ...STATS, pm25: '21' } as never, { edition: '2012' }), 'not-a-number', 'stats.pm25', '21');
    expectCode(() => compositeIndex({ ...STATS, pm25: Infinity }, { edition: '2012' }), 'not-a-number', 'stats.pm25', Infinity);
    expect(compositeIndex({ ...STATS, pm25: 0 }, { edition: '2012' })).toBeCloseTo(2.457142857142857, 14);
  });

  it('limits that are null, a string or Infinity', () => {
    expectCode(() => compositeIndex(STATS, { limits: null } as never), 'not-plain', 'options.limits', null);
    expectCode(() => compositeIndex(STATS, { limits: { ...LIMITS_2012, o3: '160' } } as never), 'not-a-number', 'options.limits.o3', '160');
    expectCode(() => compositeIndex(STATS, { limits: { ...LIMITS_2012, o3: Infinity } }), 'not-a-number', 'options.limits.o3', Infinity);
  });

  it('weights that are null, a string or Infinity', () => {
    expectCode(() => compositeIndex(STATS, { edition: '2012', weights: null } as never), 'not-plain', 'options.weights', null);
    expectCode(
      () => compositeIndex(STATS, { edition: '2012', weights: { pm25: '3' } } as never),
      'not-a-number',
      'options.weights.pm25',
      '3',
    );
    expectCode(
      () => compositeIndex(STATS, { edition: '2012', weights: { pm25: Infinity } }),
      'not-a-number',
      'options.weights.pm25',
      Infinity,
    );
  });

  it('stats, options, limits and weights, each in the words of its error', () => {
    expectCode(() => compositeIndex(null as never, E12), 'wrong-type', 'stats', null);
    expectCode(() => compositeIndex(STATS, null as never), 'wrong-type', 'options', null);
    const mixed = { limits: { ...STATS }, edition: '2012' };
    expectCode(() => compositeIndex(STATS, mixed as never), 'conflict', 'options', mixed);
    expect(compositeIndex(STATS, { limits: { ...STATS }, edition: undefined } as never)).toBe(6);
    expectCode(() => compositeIndex(STATS, { limits: 5 } as never), 'not-plain', 'options.limits', 5);
    expectCode(() => compositeIndex(STATS, { limits: { ...STATS, co: 0 } }), 'out-of-range', 'options.limits.co', 0);
    expectCode(() => compositeIndex(STATS, { ...E12, weights: 3 } as never), 'not-plain', 'options.weights', 3);
    expectCode(() => compositeIndex(STATS, { ...E12, weights: { pm2: 1 } } as never), 'unknown-key', 'options.weights.pm2', 1);
    expectCode(() => compositeIndex(STATS, { ...E12, weights: { o3: -1 } }), 'out-of-range', 'options.weights.o3', -1);
    expectCode(() => compositeIndex({ ...STATS, co: -1 }, E12), 'out-of-range', 'stats.co', -1);
    expectCode(() => compositeIndex({ ...STATS, no2: undefined } as never, E12), 'not-a-number', 'stats.no2', undefined);
    expectCode(() => compositeIndex(STATS, { ...E12, singleIndexes: 1 } as never), 'wrong-type', 'options.singleIndexes', 1);
  });
});

describe('compositeIndex refuses an index that cannot be finite', () => {
  const ones = { so2: 1, no2: 1, pm10: 1, pm25: 1, co: 1, o3: 1 };

  it('when a single index overflows (a limit near 0)', () => {
    expectCode(() => compositeIndex({ ...STATS, pm10: 1e10 }, { limits: { ...ones, pm10: 1e-300 } }), 'out-of-range', 'stats.pm10', 1e10);
  });

  it('when a weight makes a term overflow, or a zero weight meets an infinite index', () => {
    expectCode(() => compositeIndex({ ...STATS, o3: MAX / 2 }, { limits: ones, weights: { o3: 4 } }), 'out-of-range', 'stats.o3');
    expectCode(
      () => compositeIndex({ ...STATS, co: 1 }, { limits: { ...ones, co: 1e-320 }, weights: { co: 0 } }),
      'out-of-range',
      'stats.co',
      1,
    );
  });

  it('when the sum overflows', () => {
    const big = { so2: MAX / 2, no2: MAX / 2, pm10: MAX / 2, pm25: MAX / 2, co: MAX / 2, o3: MAX / 2 };
    expectCode(() => compositeIndex(big, { limits: ones }), 'out-of-range', 'stats', big);
  });

  it('and still answers up to the largest finite index', () => {
    const half = { so2: MAX / 2, no2: 0, pm10: 0, pm25: 0, co: 0, o3: MAX / 2 };
    expect(compositeIndex(half, { limits: ones })).toBe(MAX);
    expect(compositeIndex(STATS, { edition: '2012' })).toBe(3.0571428571428574);
    expect(
      compositeIndex({ ...STATS, co: 0 }, { limits: { ...ones, co: 1e-320 }, weights: { co: 0, so2: 2 }, singleIndexes: true })
        .singleIndexes.co,
    ).toBe(0);
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
    for (const o of [
      { edition: '2012' },
      { year: 2027 },
      { date: '2031-01-01' },
      { edition: '2012', weights: { pm25: 3, no2: 2, o3: 2 } },
    ] as const) {
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
    // Bad options are reported even for an empty list, as a PlanInputError naming them (not a TypeError).
    expectCode(() => compositeIndexes([], null as never), 'wrong-type', 'options');
  });

  it('refuses a list that is not an array, in words', () => {
    expectCode(() => compositeIndexes('pm25' as never, { edition: '2012' }), 'wrong-type', 'statsList');
  });

  it('refuses to be asked for single indexes, which only compositeIndex gives', () => {
    expectCode(() => compositeIndexes([], { edition: '2012', singleIndexes: true } as never), 'conflict', 'options.singleIndexes');
  });
});

describe('compositeIndex, gb3095Limits and compositeIndexes refuse in Chinese too', () => {
  it('an option they do not take, naming the options they take', () => {
    expectCode(() => gb3095Limits({ year: 2025, month: 1 } as never), 'unknown-key', 'options.month', 1);
    expectCode(() => compositeIndex(STATS, { ...E12, weight: { pm25: 3 } } as never), 'unknown-key', 'options.weight');
    expect(zh(() => compositeIndexes([STATS], { year: 2025, day: 1 } as never))).toBe(
      '无此键（只接受 edition、phase、date、year、limits、weights、singleIndexes）',
    );
  });

  it('stats whose keys cannot be listed', () => {
    const stats = new Proxy(
      { ...STATS },
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expectCode(() => compositeIndex(stats, E12), 'unreadable', 'stats', stats);
  });

  it('each statistics entry of a batch, named by its place', () => {
    expectCode(() => compositeIndexes([STATS, 5 as never], E12), 'wrong-type', 'statsList[1]', 5);
    expect(zh(() => compositeIndexes([{ ...STATS, co: -1 }], E12))).toBe('≥ 0 的有限数（mg/m³）');
    expect(zh(() => compositeIndexes([{ ...STATS, so2: -1 }], E12))).toBe('≥ 0 的有限数（µg/m³）');
  });

  it('options that name no GB 3095 limits, for pm25Attainment as for gb3095Limits, in the whole Chinese message', () => {
    expect(zh(() => pm25Attainment(35, {} as never))).toBe(LIMITS_OPTIONS_ZH);
    expect(zh(() => compositeIndex(STATS, {} as never))).toBe(LIMITS_OPTIONS_ZH);
    expect(inputError(() => compositeIndex(STATS, 5 as never)).messageZh).toBe(
      `options 无效：应为${LIMITS_OPTIONS_ZH}，或 { limits }，收到 5`,
    );
  });
});

describe('a revoked Proxy is refused by name, never read', () => {
  it.each([
    ['compositeIndex, the statistics', () => compositeIndex(revoked() as never, E12), 'stats'],
    ['compositeIndexes, the list', () => compositeIndexes(revoked() as never, E12), 'statsList'],
    ['compositeIndexes, the options', () => compositeIndexes([STATS], revoked() as never), 'options'],
  ])('%s', (_, f, field) => {
    const e = inputError(f);
    expect(e.field).toBe(field);
    expect(e.message).toContain('received a revoked Proxy');
  });
});
