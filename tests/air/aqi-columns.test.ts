/**
 * aqiColumns: the AQI of columns of concentrations, record for record what aqiValues gives for the records
 * of the same values (NaN = a key left out), with the primary pollutants as a bitmask on request.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aqi, aqiColumns, aqiValues, type AqiColumn, type Concentrations, PRIMARY_POLLUTANT_BITS } from '../../src/index.js';
import { inputError } from '../errors.js';

const E2012 = { edition: '2012' } as const;
const DAILY_2012 = ['so2_24h', 'no2_24h', 'pm10_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm25_24h'] as const;
const ALL_2012 = ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'pm10_24h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm25_24h'] as const;

/** The records of columns: each row's measured (non-NaN) values under their keys. */
function recordsOf(columns: Record<string, ArrayLike<number | null>>, n: number): Concentrations[] {
  return Array.from({ length: n }, (_, i) => {
    const r: Record<string, number> = {};
    for (const [k, col] of Object.entries(columns)) {
      const v = col[i];
      if (typeof v === 'number' && !Number.isNaN(v)) r[k] = v;
    }
    return r as Concentrations;
  });
}

/** The primary-pollutant mask of a record, from aqi(). */
const maskOf = (r: Concentrations, options: Parameters<typeof aqi>[1]): number =>
  aqi(r, options).primaryPollutants.reduce((m, p) => m | PRIMARY_POLLUTANT_BITS[p], 0);

describe('aqiColumns', () => {
  it('rates each row: PM2.5 35 → 50, PM2.5 80 with O3 8 h 90 → 107, O3 8 h 170 alone → 110', () => {
    // O3 8 h 170 in (160, 215] ↔ (100, 150]: 100 + ⌈50×10/55⌉ = 100 + ⌈9.09⌉ = 110
    const r = aqiColumns(
      { pm25_24h: Float64Array.of(35, 80, Number.NaN), o3_8h: Float64Array.of(20, 90, 170) },
      { ...E2012, primary: true },
    );
    expect([...r.aqi]).toEqual([50, 107, 110]);
    expect([...r.primary!]).toEqual([0, PRIMARY_POLLUTANT_BITS.pm25_24h, PRIMARY_POLLUTANT_BITS.o3_8h]);
    expect(r.aqi).toBeInstanceOf(Uint16Array);
    expect(aqiColumns({ pm25_24h: [35] }, E2012).primary).toBeNull();
  });

  it('documents the bits: bit k is the k-th indicator in the order of iaqis', () => {
    expect(Object.entries(PRIMARY_POLLUTANT_BITS)).toEqual(
      ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'pm10_24h', 'pm10_1h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm25_24h', 'pm25_1h'].map(
        (k, i) => [k, 1 << i],
      ),
    );
    expect(Object.isFrozen(PRIMARY_POLLUTANT_BITS)).toBe(true);
  });

  it('takes every column type: Float64Array, Float32Array, Int32Array, Uint16Array, number[] (null = not measured)', () => {
    const want = [50, 107];
    expect([...aqiColumns({ pm25_24h: Float32Array.of(35, 80) }, E2012).aqi]).toEqual(want);
    expect([...aqiColumns({ pm25_24h: Int32Array.of(35, 80) }, E2012).aqi]).toEqual(want);
    expect([...aqiColumns({ pm25_24h: Uint16Array.of(35, 80) }, E2012).aqi]).toEqual(want);
    expect([...aqiColumns({ pm25_24h: [35, null], pm10_24h: [null, 80], o3_8h: [undefined, 20] }, E2012).aqi]).toEqual([50, 65]);
  });

  it('applies the footnotes, the beyond-scale top and HJ 633-2026 rounding as aqi does', () => {
    const cols = { so2_1h: [900, 10, 0], so2_24h: [700, 5, 0], pm25_24h: [Number.NaN, 620, 34.5] };
    expect([...aqiColumns(cols, E2012).aqi]).toEqual(aqiValues(recordsOf(cols, 3), E2012));
    expect([...aqiColumns(cols, { edition: '2026' }).aqi]).toEqual(aqiValues(recordsOf(cols, 3), { edition: '2026' }));
    // CO by tenths and otherwise: 2.5 → 63, 2.55 → 64 (2012), 2.55 → 2.6 → 65 (2026)
    expect([...aqiColumns({ co_24h: [2.5, 2.55] }, E2012).aqi]).toEqual([63, 64]);
    expect([...aqiColumns({ co_24h: [2.5, 2.55] }, { edition: '2026' }).aqi]).toEqual([63, 65]);
  });

  it('takes the 1-hour PM means in a real-time report, each with its own bit', () => {
    const r = aqiColumns({ pm25_1h: [54, 10], pm10_1h: [79, 200], o3_1h: [43, 10] }, { edition: '2012', report: 'hourly', primary: true });
    expect([...r.aqi]).toEqual([74, 125]);
    expect([...r.primary!]).toEqual([PRIMARY_POLLUTANT_BITS.pm25_1h, PRIMARY_POLLUTANT_BITS.pm10_1h]);
  });

  it('is record for record what aqiValues gives, and its primary bits what aqi names (property)', () => {
    const value = fc.oneof(
      fc.constant(Number.NaN),
      fc.integer({ min: 0, max: 1300 }),
      fc.integer({ min: 0, max: 700 }).map((k) => k / 10),
      fc.double({ min: 0, max: 1300, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<'2012' | '2026'>('2012', '2026'),
        fc.integer({ min: 1, max: 40 }),
        fc.subarray([...ALL_2012], { minLength: 1 }),
        fc.infiniteStream(value),
        fc.constantFrom('f64', 'f32', 'array'),
        (edition, n, keys, values, kind) => {
          const it = values[Symbol.iterator]();
          const columns: Record<string, AqiColumn> = {};
          for (const k of keys) {
            const xs = Array.from({ length: n }, () => it.next().value as number);
            columns[k] = kind === 'f64' ? Float64Array.from(xs) : kind === 'f32' ? Float32Array.from(xs) : xs;
          }
          const records = recordsOf(columns as Record<string, ArrayLike<number>>, n);
          const options = { edition };
          let want: number[] | 'throws';
          try {
            want = aqiValues(records, options);
          } catch {
            want = 'throws';
          }
          if (want === 'throws') {
            expect(() => aqiColumns(columns, options)).toThrow();
            return;
          }
          const got = aqiColumns(columns, { ...options, primary: true });
          expect([...got.aqi]).toEqual(want);
          expect([...got.primary!]).toEqual(records.map((r) => maskOf(r, options)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with aqiValues over 5,000 daily records of whole values (the tabulated path)', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const n = 5000;
    const columns = Object.fromEntries(
      DAILY_2012.map((k) => [
        k,
        Float64Array.from({ length: n }, () => (k === 'co_24h' ? Math.floor(rnd() * 100) / 10 : Math.floor(rnd() * 400))),
      ]),
    );
    for (const edition of ['2012', '2026'] as const) {
      expect([...aqiColumns(columns, { edition }).aqi]).toEqual(aqiValues(recordsOf(columns, n), { edition }));
    }
  });
});

describe('aqiColumns refuses bad columns, naming the column and the first bad row', () => {
  const codes = (f: () => unknown) => inputError(f).issues.map((i) => [i.code, i.field]);

  it('unequal lengths: length-mismatch on the column that differs from the first', () => {
    expect(codes(() => aqiColumns({ pm25_24h: [1, 2, 3], pm10_24h: [1, 2] }, E2012))).toEqual([['length-mismatch', 'columns.pm10_24h']]);
  });

  it('an unknown indicator: unknown-key', () => {
    expect(codes(() => aqiColumns({ pm25: [1] } as never, E2012))).toEqual([['unknown-key', 'columns.pm25']]);
  });

  it('negative values: out-of-range at the first bad row of each column', () => {
    const pm25 = new Float64Array(30).fill(20);
    pm25[17] = -1;
    pm25[23] = -5;
    const o3 = new Float64Array(30).fill(20);
    o3[4] = Number.NEGATIVE_INFINITY;
    expect(codes(() => aqiColumns({ pm25_24h: pm25, o3_8h: o3 }, E2012))).toEqual([
      ['out-of-range', 'columns.pm25_24h[17]'],
      ['out-of-range', 'columns.o3_8h[4]'],
    ]);
    expect(inputError(() => aqiColumns({ pm25_24h: pm25 }, E2012)).issues[0]!.value).toBe(-1);
    expect(codes(() => aqiColumns({ pm25_24h: Int32Array.of(5, -2) }, E2012))).toEqual([['out-of-range', 'columns.pm25_24h[1]']]);
  });

  it('Infinity and non-numbers in an array: not-a-number, wrong-type', () => {
    expect(codes(() => aqiColumns({ pm25_24h: [1, Number.POSITIVE_INFINITY], pm10_24h: [1, '2'] as never }, E2012))).toEqual([
      ['not-a-number', 'columns.pm25_24h[1]'],
      ['wrong-type', 'columns.pm10_24h[1]'],
    ]);
  });

  it('a column of the wrong kind, an indicator outside the report, a bad option', () => {
    expect(codes(() => aqiColumns({ pm25_24h: new Int8Array(2) } as never, E2012))).toEqual([['wrong-type', 'columns.pm25_24h']]);
    expect(codes(() => aqiColumns({ pm25_1h: [1] }, E2012))).toEqual([['outside-report', 'columns.pm25_1h']]);
    expect(codes(() => aqiColumns({ o3_1h: [1] }, { edition: '2026', report: 'daily' }))).toEqual([['outside-report', 'columns.o3_1h']]);
    expect(codes(() => aqiColumns({ pm25_24h: [1] }, { ...E2012, primary: 'yes' } as never))).toEqual([['wrong-type', 'options.primary']]);
    expect(inputError(() => aqiColumns([[1]] as never, E2012)).field).toBe('columns');
    expect(inputError(() => aqiColumns({}, E2012)).issues[0]!.code).toBe('missing');
  });

  it('an 8-hour ozone mean in the 2026 real-time report: outside-report', () => {
    expect(codes(() => aqiColumns({ o3_8h: [1] }, { edition: '2026', report: 'hourly' }))).toEqual([['outside-report', 'columns.o3_8h']]);
  });

  it('a column whose getter throws: unreadable, naming the columns', () => {
    const columns = {
      get pm25_24h(): number[] {
        throw new Error('unreadable');
      },
    };
    expect(codes(() => aqiColumns(columns, E2012))).toEqual([['unreadable', 'columns']]);
  });

  it('a row with nothing measured, a footnote without its fallback, the same PM twice: missing, missing, conflict', () => {
    expect(codes(() => aqiColumns({ pm25_24h: [1, Number.NaN], o3_8h: [2, Number.NaN] }, E2012))).toEqual([['missing', 'columns.*[1]']]);
    expect(codes(() => aqiColumns({ so2_1h: [10, 900], so2_24h: [5, Number.NaN] }, E2012))).toEqual([['missing', 'columns.so2_24h[1]']]);
    expect(codes(() => aqiColumns({ o3_8h: [900] }, E2012))).toEqual([['missing', 'columns.o3_1h[0]']]);
    expect(
      codes(() => aqiColumns({ pm25_1h: [5, 6, 7], pm25_24h: [Number.NaN, Number.NaN, 8] }, { edition: '2012', report: 'hourly' })),
    ).toEqual([
      ['conflict', 'columns.pm25_1h[2]'],
      ['conflict', 'columns.pm25_24h[2]'],
    ]);
  });

  it('does not change its columns', () => {
    const col = Float64Array.of(1, 2, 3);
    aqiColumns({ pm25_24h: col }, E2012);
    expect([...col]).toEqual([1, 2, 3]);
  });
});
