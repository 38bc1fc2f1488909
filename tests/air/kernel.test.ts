/**
 * aqiColumns' WebAssembly kernel (src/air/kernel.ts): over batches of several blocks, with every kind of value it
 * must not take at every slot, and in every block position, the library answers exactly as it does without the
 * kernel (a second copy of the library loaded where WebAssembly is missing) and as aqiValues rates the records.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hasKernel, KERNEL_ROWS } from '../../src/air/kernel.js';
import { type AqiColumn, aqiColumns, aqiValues } from '../../src/index.js';
import { inputError } from '../errors.js';
import { recordsOf } from './records.js';

type Lib = typeof import('../../src/index.js');
type Columns = Record<string, AqiColumn>;
const DAILY = ['so2_24h', 'no2_24h', 'pm10_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm25_24h'] as const;

/** The library as it runs where WebAssembly is missing (loaded anew, compiled with WebAssembly undefined). */
let plain: Lib;
beforeAll(async () => {
  vi.resetModules();
  vi.stubGlobal('WebAssembly', undefined);
  try {
    plain = await import('../../src/index.js');
    const kernelModule = await import('../../src/air/kernel.js');
    plain.aqiColumns(columnsOf(KERNEL_ROWS), { edition: '2012' }); // compiles (fails to) while WebAssembly is missing
    expect(kernelModule.hasKernel()).toBe(false);
  } finally {
    vi.unstubAllGlobals();
  }
});

/** A deterministic daily row: whole µg/m³, CO in tenths, all in the tables, none of zeros (a row of AQI 0 is the JavaScript pass's). */
const value = (k: (typeof DAILY)[number], i: number): number =>
  k === 'co_24h' ? ((i * 3) % 50) / 10 : 1 + ((i * (7 + 2 * DAILY.indexOf(k))) % (k === 'pm10_24h' ? 450 : 300));
function columnsOf(n: number): Record<string, Float64Array> {
  return Object.fromEntries(DAILY.map((k) => [k, Float64Array.from({ length: n }, (_, i) => value(k, i))]));
}

/** What a library says of the columns: the AQIs, or every problem by code and field. */
function outcome(lib: Pick<Lib, 'aqiColumns'>, columns: Columns, edition: '2012' | '2026' = '2012'): number[] | string[] {
  try {
    return [...lib.aqiColumns(columns, { edition }).aqi];
  } catch {
    return inputError(() => lib.aqiColumns(columns, { edition })).issues.map((i) => `${i.code} ${i.field}`);
  }
}

/** The kernel's answer is the library's answer without it, and aqiValues' over the same records. */
function expectSame(columns: Columns, n: number, edition: '2012' | '2026' = '2012'): void {
  const got = outcome({ aqiColumns }, columns, edition);
  expect(got).toEqual(outcome(plain, columns, edition));
  if (typeof got[0] === 'number') expect(got).toEqual(aqiValues(recordsOf(columns, n), { edition }));
}

describe('aqiColumns’ WebAssembly kernel', () => {
  const n = 3 * KERNEL_ROWS + 3; // three whole blocks and an odd part

  it('is compiled where WebAssembly runs (here)', () => {
    aqiColumns(columnsOf(KERNEL_ROWS), { edition: '2012' });
    expect(hasKernel()).toBe(true);
  });

  it('rates whole values block by block as the library does without it, in both editions, one after the other', () => {
    const columns = columnsOf(n);
    for (const edition of ['2012', '2026', '2012'] as const) expectSame(columns, n, edition);
    // The last block's odd row, and a batch of exactly one block and of one row more.
    for (const m of [KERNEL_ROWS, KERNEL_ROWS + 1, KERNEL_ROWS + 2]) expectSame(columnsOf(m), m);
  });

  // Each value the kernel must not take, or must take as its table's entry: a fraction, −0, NaN of either sign
  // (x86 computes 0/0 as a NaN with its sign bit set), a subnormal, the segment's edges, integers so large that
  // adding 1.5 · 2^52 no longer rounds them (−2^60 would look exact with index 0), infinities and negatives.
  const zero = 0;
  const odd = [
    0.5,
    35.5,
    -0,
    Number.NaN,
    zero / zero,
    5e-324,
    -5e-324,
    4095,
    4096,
    4097,
    2 ** 31,
    2 ** 32 + 5,
    2 ** 51 + 1,
    2 ** 52,
    2 ** 53 + 2,
    -(2 ** 60),
    1e300,
    Number.POSITIVE_INFINITY,
    -1,
    -4096,
    -0.25,
  ];
  const coOdd = [0.3, 0.35, 0.1 + 0.2, 409.5, 409.6, 409.7, 1e-9, 12.34];
  for (const key of DAILY) {
    it(`treats every odd value of ${key} in the second block as the library does without the kernel`, () => {
      for (const v of key === 'co_24h' ? [...odd, ...coOdd] : odd) {
        const columns = columnsOf(n);
        const row = KERNEL_ROWS + 777;
        // the odd value alone decides its row's AQI (the others 0; CO 0.1, IAQI 3, so that the row is not all 0s)
        for (const k of DAILY) columns[k]![row] = k === 'co_24h' ? 0.1 : 0;
        columns[key]![row] = v;
        expectSame(columns, n);
      }
    });
  }

  it('goes on with the kernel after a block it did not take, and names a bad value in a later block', () => {
    const columns = columnsOf(n);
    columns.pm25_24h![100] = 35.5; // the first block through JavaScript
    columns.o3_8h![KERNEL_ROWS * 2 + 5] = 801; // the third: O3 8 h above 800, reported by its 1-hour IAQI
    expectSame(columns, n);
    columns.no2_24h![KERNEL_ROWS * 3 + 1] = -2;
    expect(outcome({ aqiColumns }, columns)).toEqual(['out-of-range columns.no2_24h[12289]']);
    expectSame(columns, n);
    for (const k of DAILY) columns[k]![KERNEL_ROWS + 9] = Number.NaN;
    expectSame(columns, n); // a row with nothing measured, and the negative value: both named
  });

  it('names a row with nothing measured when it is the odd last row, after blocks the kernel took', () => {
    const columns = columnsOf(n);
    for (const k of DAILY) columns[k]![n - 1] = Number.NaN;
    expect(outcome({ aqiColumns }, columns)).toEqual([`missing columns.*[${n - 1}]`]);
    expectSame(columns, n);
  });

  it('reads Float32Array, Int32Array and Uint16Array columns, and leaves arrays and subclasses to JavaScript', () => {
    const base = columnsOf(n);
    class Column extends Float64Array {}
    const kinds: Columns[] = [
      { pm25_24h: Int32Array.from(base.pm25_24h!), o3_8h: Uint16Array.from(base.o3_8h!), co_24h: Float32Array.from(base.co_24h!) },
      { pm25_24h: Float32Array.from(base.pm25_24h!), so2_24h: Int32Array.from(base.so2_24h!, (v, i) => (i === 9000 ? -v - 1 : v)) },
      { pm25_24h: [...base.pm25_24h!], pm10_24h: base.pm10_24h! },
      { pm25_24h: Column.from(base.pm25_24h!), co_24h: base.co_24h! },
    ];
    for (const columns of kinds) expectSame(columns, n);
  });

  it('reads a column’s values, never its own properties: an own constructor, buffer or length', () => {
    // An own constructor whose species rates another batch: `subarray` would call it while the kernel copies
    // this batch's block, and the other batch's block would overwrite the columns copied before.
    const columns = columnsOf(n);
    const other = Object.fromEntries(DAILY.map((k) => [k, new Float64Array(KERNEL_ROWS).fill(k === 'co_24h' ? 1 : 200)]));
    let calls = 0;
    const species = {
      get [Symbol.species]() {
        calls++;
        aqiColumns(other, { edition: '2012' });
        return Float64Array;
      },
    };
    Object.defineProperty(columns.co_24h!, 'constructor', { value: species });
    expectSame(columns, n);
    expect(calls).toBe(0);
    // An own `buffer` that is not the column's: the values are the column's.
    const elsewhere = columnsOf(n);
    Object.defineProperty(elsewhere.pm25_24h!, 'buffer', { value: new Float64Array(n).fill(400).buffer });
    expectSame(elsewhere, n);
    // Columns of n values over buffers of 2n, each saying it has 2n: rows n and beyond are not measured (undefined),
    // whatever the buffers hold after the columns.
    const long = Object.fromEntries(
      DAILY.map((k) => {
        const whole = new Float64Array(2 * n).fill(k === 'co_24h' ? 1 : 100);
        const column = new Float64Array(whole.buffer, 0, n);
        Object.defineProperty(column, 'length', { value: 2 * n });
        return [k, column];
      }),
    );
    expect(outcome({ aqiColumns }, long)).toEqual([`missing columns.*[${n}]`]);
    expectSame(long, 2 * n);
  });

  it('agrees with the library without it on random batches of several blocks with odd values sprinkled in (property)', () => {
    const oddValue = fc.oneof(
      fc.integer({ min: 0, max: 5000 }),
      fc.double({ min: -10, max: 5000 }),
      fc.integer({ min: 0, max: 700 }).map((k) => k / 10),
      fc.constantFrom(...odd),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<'2012' | '2026'>('2012', '2026'),
        fc.subarray([...DAILY], { minLength: 1 }),
        fc.integer({ min: KERNEL_ROWS, max: 3 * KERNEL_ROWS }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...DAILY), oddValue), { maxLength: 6 }),
        (edition, keys, m, changes) => {
          const base = columnsOf(m);
          const columns = Object.fromEntries(keys.map((k) => [k, base[k]!]));
          for (const [at, key, v] of changes) if (columns[key]) columns[key]![at % m] = v;
          expect(outcome({ aqiColumns }, columns, edition)).toEqual(outcome(plain, columns, edition));
        },
      ),
      { numRuns: 40 },
    );
  });
});
