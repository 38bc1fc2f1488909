/**
 * The specialised fast loops of large batches (issue 22, parts 3 and 4): `slotRun` (aqiValues, records read in
 * seven slots keyed by the first record's keys) and `rowRun` (aqiColumns, up to seven columns row by row). They
 * never answer on their own authority: whatever they cannot take goes to the generic loop and the checked path.
 * These tests put every kind of value the fast loops must refuse at every slot, deep in a large batch, and hold
 * the answers (or the refusal, by code and field) to aqi() record by record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_ENTRY, TABLE_WIDTH, TABULATE_FROM, tablesOf } from '../../src/air/batch.js';
import { sevenSlots, slotRun } from '../../src/air/slot-run.js';
import { type AqiColumn, aqi, aqiColumns, aqiValues, type Concentrations, IAQI_BREAKPOINTS, IAQI_LEVELS } from '../../src/index.js';
import { inputError } from '../errors.js';
import { recordsOf } from './records.js';

const E2012: { edition: '2012' | '2026' } = { edition: '2012' };
const DAILY_2012 = ['so2_24h', 'no2_24h', 'pm10_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm25_24h'] as const;
const ALL = ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'pm10_24h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm25_24h'] as const;

/** A deterministic daily record: whole µg/m³, CO in tenths, all in the tables. */
function daily(i: number): Concentrations {
  return {
    so2_24h: (i * 7) % 120,
    no2_24h: (i * 11) % 150,
    pm10_24h: (i * 13) % 450,
    co_24h: ((i * 3) % 50) / 10,
    o3_1h: (i * 17) % 400,
    o3_8h: (i * 19) % 300,
    pm25_24h: (i * 23) % 300,
  };
}
const N = TABULATE_FROM + 500;
const batch = (): Concentrations[] => Array.from({ length: N }, (_, i) => daily(i));

/** What aqi() says of each record: its AQI, or the code and field of its refusal. */
function each(records: readonly unknown[], options = E2012): (number | string)[] {
  return records.map((r, i) => {
    try {
      return aqi(r as Concentrations, options).aqi;
    } catch {
      const e = inputError(() => aqi(r as Concentrations, options)).issues[0]!;
      return `${e.code} records[${i}]${e.field === 'concentrations' ? '' : `.${e.field.replace(/^concentrations\./, '')}`}`;
    }
  });
}

/** What aqiValues says: the AQIs, or the code and field of the first refusal. */
function batchOutcome(records: readonly unknown[], options = E2012): number[] | string {
  try {
    return aqiValues(records as Concentrations[], options);
  } catch {
    const e = inputError(() => aqiValues(records as Concentrations[], options)).issues[0]!;
    return `${e.code} ${e.field}`;
  }
}

/** aqiValues must give aqi()'s AQI for every record, or refuse at the first record aqi() refuses. */
function expectAsAqi(records: readonly unknown[], options = E2012): void {
  const want = each(records, options);
  const got = batchOutcome(records, options);
  const firstBad = want.findIndex((w) => typeof w === 'string');
  if (firstBad < 0) expect(got).toEqual(want);
  else expect(typeof got).toBe('string');
}

describe('sevenSlots: the slots of the fast loops', () => {
  const co = (k: string) => k.startsWith('co');
  it('puts the whole-number columns in slots 0–5, repeating the last, and CO (or the seventh) in slot 6', () => {
    expect(sevenSlots([...DAILY_2012], co)).toEqual(['so2_24h', 'no2_24h', 'pm10_24h', 'o3_1h', 'o3_8h', 'pm25_24h', 'co_24h']);
    expect(sevenSlots(['pm25_24h'], co)).toEqual(Array(7).fill('pm25_24h'));
    expect(sevenSlots(['co_24h', 'pm10_24h', 'o3_8h'], co)).toEqual(['pm10_24h', 'o3_8h', 'o3_8h', 'o3_8h', 'o3_8h', 'o3_8h', 'co_24h']);
    const seven = ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'pm10_24h', 'o3_1h', 'o3_8h'];
    expect(sevenSlots(seven, co)).toEqual(seven);
  });
  it('refuses what does not fit: more than seven, two CO columns, CO alone', () => {
    expect(sevenSlots([...ALL], co)).toBeNull();
    expect(sevenSlots(['co_24h', 'co_1h', 'pm25_24h'], co)).toBeNull();
    expect(sevenSlots(['co_24h'], co)).toBeNull();
    expect(sevenSlots([...DAILY_2012, 'so2_1h'], co)).toBeNull();
  });
});

describe('slotRun: the loop of aqiValues specialised to the first record’s keys', () => {
  const t = tablesOf('2012');
  const all = (1 << 10) - 1;
  it('takes records of the same keys to the end, with the AQIs of aqi()', () => {
    const records = batch();
    const out: number[] = [];
    expect(slotRun(records, 0, t, all, out)).toBe(N);
    expect(out).toEqual(records.map((r) => aqi(r, E2012).aqi));
  });
  it('stops at the first record with other keys, a key more, or a value the tables do not hold', () => {
    for (const other of [
      { ...daily(5), so2_1h: 3 }, // a key more
      { ...daily(5), pm10: 80 }, // an unknown key
      { pm25_24h: 50, pm10: 80 }, // fewer keys, one of them unknown
      (({ o3_8h: _, ...r }) => r)(daily(5) as Record<string, number>), // a key less
      { ...daily(5), pm25_24h: 34.5 },
      { ...daily(5), co_24h: 2.55 },
      { ...daily(5), pm25_24h: 501 },
    ]) {
      const records: unknown[] = batch();
      records[2300] = other;
      expect(slotRun(records, 0, t, all, [])).toBe(2300);
    }
  });
  it('returns at once for a first record it cannot specialise: more than seven keys, two CO, CO alone, no object, a key not allowed', () => {
    const eight = { ...daily(1), so2_1h: 3 };
    for (const first of [eight, { co_24h: 1, co_1h: 2, pm25_24h: 3 }, { co_24h: 1 }, null, 35, 'abc', { pm25: 3 }]) {
      expect(slotRun([first, ...batch()], 0, t, all, [])).toBe(0);
    }
    // the 2026 daily report has no O3 1 h: a record with it is not specialised
    expect(slotRun(batch(), 0, t, all & ~(1 << 7), [])).toBe(0);
  });
});

describe('aqiValues over a large batch answers as aqi() record for record (the slot loop and its fallbacks)', () => {
  // [value, refused by aqi()]: the others are rated (a fraction computed, beyond scale 500, null not measured)
  const ODD: [unknown, boolean][] = [
    [-1, true],
    [3.5, false],
    [Number.NaN, true],
    [Number.POSITIVE_INFINITY, true],
    [Number.NEGATIVE_INFINITY, true],
    [5000, false],
    [2 ** 32 + 5, false], // 5 in 32 bits: must not be read as 5
    [1e21, false],
    ['35', true],
    [35n, true],
    [true, true],
    [null, false],
    [{ valueOf: () => 35 }, true],
    [[35], true],
  ];
  for (const key of DAILY_2012) {
    it(`refuses or rates as aqi() every odd value of ${key} deep in the batch`, () => {
      for (const [v, refused] of ODD) {
        const records: unknown[] = batch();
        records[2500] = { ...daily(2500), [key]: v };
        expectAsAqi(records);
        const got = batchOutcome(records);
        if (refused) expect(got).toBe(each([records[2500]])[0]!.toString().replace('records[0]', 'records[2500]'));
        else expect((got as number[])[2500]).toBe(aqi(records[2500] as Concentrations, E2012).aqi);
      }
    });
  }

  it('rates −0 as 0, beyond scale as 500, and a fraction in slot 6 (a batch without CO) as aqi() does', () => {
    const records: Concentrations[] = batch();
    records[2100] = { ...daily(2100), pm25_24h: -0, so2_24h: -0, co_24h: -0 };
    records[2101] = { ...daily(2101), pm10_24h: 601 };
    expectAsAqi(records);
    expect(aqiValues(records, E2012)[2101]).toBe(500);
    const noCo = Array.from({ length: N }, (_, i) => ({ pm25_24h: i % 500, o3_8h: i % 300 }));
    noCo[2200] = { pm25_24h: 35, o3_8h: 2.5 };
    expectAsAqi(noCo);
  });

  it('refuses an unknown key at any record: { pm25_24h: 50, pm10: 80 } loses no pm10', () => {
    for (const at of [0, 1, 2047, 2048, N - 1]) {
      const records: unknown[] = batch();
      records[at] = { pm25_24h: 50, pm10: 80 };
      expect(batchOutcome(records)).toBe(`unknown-key records[${at}].pm10`);
      const extra: unknown[] = batch();
      extra[at] = { ...daily(at), extra: 1 };
      expect(batchOutcome(extra)).toBe(`unknown-key records[${at}].extra`);
    }
  });

  it('refuses a record whose pollutant comes from its prototype, as the checked path does, whatever the keys counted', () => {
    // for…in counts one key (pm10) and one pollutant is read (pm25_24h, from the prototype): the counts agree,
    // and only the prototype shows that pm10 would be lost.
    class Reading {
      pm10 = 80;
      get pm25_24h() {
        return 50;
      }
    }
    const hidden = Object.create(Object.defineProperty({}, 'pm25_24h', { value: 50, enumerable: false })) as Record<string, number>;
    hidden.pm10 = 80;
    const inherited = Object.create({ pm25_24h: 50 }) as Concentrations; // for…in counts the inherited key too
    for (const r of [new Reading(), hidden, inherited]) {
      expect(inputError(() => aqi(r as Concentrations, E2012)).issues.map((i) => [i.code, i.field])).toEqual([
        ['not-plain', 'concentrations'],
      ]);
      expect(batchOutcome([r])).toBe('not-plain records[0]');
      // the specialised loop (a later record), its first record, and the generic loop (mixed keys)
      for (const at of [0, 2300]) {
        const records: unknown[] = batch();
        records[at] = r;
        expect(batchOutcome(records)).toBe(`not-plain records[${at}]`);
      }
      // a batch specialised to the one key pm25_24h, which for…in counts as many of in each of these records
      const single: unknown[] = Array.from({ length: N }, (_, i) => ({ pm25_24h: i % 500 }));
      single[2300] = r;
      expect(batchOutcome(single)).toBe('not-plain records[2300]');
      const mixed: unknown[] = Array.from({ length: 3000 }, (_, i) => (i % 2 ? daily(i) : { pm25_24h: i % 500 }));
      mixed[2501] = r;
      expect(batchOutcome(mixed)).toBe('not-plain records[2501]');
    }
    // A record without a prototype is plain: answered as the same record with one.
    const bare = Object.assign(Object.create(null), daily(5)) as Concentrations;
    const records: unknown[] = batch();
    records[2300] = bare;
    expect(aqiValues(records as Concentrations[], E2012)[2300]).toBe(aqi(daily(5), E2012).aqi);
    expect(aqi(bare, E2012).aqi).toBe(aqi(daily(5), E2012).aqi);
  });

  it('reads getters and Proxies as aqi() does, and refuses one that throws or is revoked', () => {
    const getter = Object.defineProperty({ ...daily(1) }, 'pm25_24h', { get: () => 250, enumerable: true });
    const throwing = Object.defineProperty({ ...daily(2) }, 'pm25_24h', {
      get: () => {
        throw new Error('no');
      },
      enumerable: true,
    });
    const proxy = new Proxy({ ...daily(3) }, {});
    const { proxy: revoked, revoke } = Proxy.revocable({ ...daily(4) }, {});
    revoke();
    for (const [at, r] of [
      [2300, getter],
      [0, getter],
      [2300, proxy],
      [0, proxy],
    ] as const) {
      const records: unknown[] = batch();
      records[at] = r;
      expectAsAqi(records);
      expect(aqiValues(records as Concentrations[], E2012)[at]).toBe(aqi(r as Concentrations, E2012).aqi);
    }
    for (const r of [throwing, revoked]) {
      for (const at of [0, 2300]) {
        const records: unknown[] = batch();
        records[at] = r;
        expect(() => aqiValues(records as Concentrations[], E2012)).toThrow();
        expect(() => aqi(r as Concentrations, E2012)).toThrow();
      }
    }
  });

  it('refuses a function carrying pollutant keys, as aqi() does', () => {
    const f = Object.assign(() => 0, daily(7));
    const records: unknown[] = batch();
    records[2400] = f;
    expect(() => aqi(f as never, E2012)).toThrow();
    expect(() => aqiValues(records as Concentrations[], E2012)).toThrow();
  });

  it('takes records of mixed key sets: long runs specialised again, short ones by the generic loop', () => {
    const shapes = [
      (i: number) => daily(i),
      (i: number) => ({ pm25_24h: i % 500, pm10_24h: i % 600 }),
      (i: number) => ({ so2_1h: i % 800, no2_1h: i % 3000, co_1h: (i % 1500) / 10, o3_1h: i % 1200, pm25_24h: i % 500 }),
      (i: number) => ({ co_24h: (i % 600) / 10 }),
      (i: number) => ({ ...daily(i), so2_1h: i % 800, no2_1h: i % 3000, co_1h: 1.5 }),
    ];
    // runs of 1000 (longer than the respecialising threshold), then alternating record by record
    const long = Array.from({ length: 5000 }, (_, i) => shapes[Math.floor(i / 1000)]!(i)) as Concentrations[];
    expectAsAqi(long);
    const alternating = Array.from({ length: 3000 }, (_, i) => shapes[i % 5]!(i)) as Concentrations[];
    expectAsAqi(alternating);
    // a short run of one shape, then the rest another (the generic loop takes it to the end)
    const tail = Array.from({ length: 3000 }, (_, i) => (i < 10 ? shapes[1]!(i) : shapes[0]!(i))) as Concentrations[];
    expectAsAqi(tail);
  });

  it('agrees with aqi() on random large batches with odd values sprinkled in (property)', () => {
    const odd = fc.oneof(
      fc.integer({ min: -5, max: 3000 }),
      fc.double({ min: -10, max: 3000 }),
      fc.integer({ min: 0, max: 700 }).map((k) => k / 10),
      fc.constantFrom(-0, Number.NaN, null, undefined, '35', 2 ** 32 + 5),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<'2012' | '2026'>('2012', '2026'),
        fc.array(fc.tuple(fc.integer({ min: 0, max: N - 1 }), fc.constantFrom(...DAILY_2012), odd), { maxLength: 4 }),
        (edition, changes) => {
          const records: Record<string, unknown>[] = batch() as Record<string, unknown>[];
          for (const [at, key, v] of changes) records[at] = { ...records[at], [key]: v };
          expectAsAqi(records, { edition });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('rowRun: aqiColumns row by row over large batches, as aqiValues rates the records', () => {
  const dailyColumns = (): Record<string, Float64Array> =>
    Object.fromEntries(DAILY_2012.map((k) => [k, Float64Array.from({ length: N }, (_, i) => daily(i)[k] as number)]));

  it('gives aqiValues record for record over whole values', () => {
    const columns = dailyColumns();
    for (const edition of ['2012', '2026'] as const) {
      expect([...aqiColumns(columns, { edition }).aqi]).toEqual(aqiValues(recordsOf(columns, N), { edition }));
    }
  });

  for (const key of DAILY_2012) {
    it(`rates a row with NaN, a fraction, −0, beyond scale in ${key}, and names a negative value`, () => {
      for (const v of [Number.NaN, 2.25, 3.5, 40.5, -0, 5000]) {
        const columns = dailyColumns();
        // the odd value alone decides row 2222's AQI: a fraction read as its whole part would show
        for (const k of DAILY_2012) columns[k]![2222] = 0;
        columns[key]![2222] = v;
        columns[key]![2600] = Number.NaN;
        expect([...aqiColumns(columns, E2012).aqi]).toEqual(aqiValues(recordsOf(columns, N), E2012));
      }
      const columns = dailyColumns();
      columns[key]![2300] = -1;
      columns[key]![2400] = -2;
      expect(inputError(() => aqiColumns(columns, E2012)).issues.map((i) => [i.code, i.field])).toEqual([
        ['out-of-range', `columns.${key}[2300]`],
      ]);
    });
  }

  /** Daily columns of n rows, every value 0 at the rows given (so that one value alone decides such a row). */
  function columnsOf(n: number, zeroRows: readonly number[] = []): Record<string, Float64Array> {
    const columns = Object.fromEntries(DAILY_2012.map((k) => [k, Float64Array.from({ length: n }, (_, i) => daily(i)[k] as number)]));
    for (const k of DAILY_2012) for (const r of zeroRows) columns[k]![r] = 0;
    return columns;
  }

  it('rates an odd last row, and a pair whose second row alone holds a fraction', () => {
    const n = N + 1;
    const columns = columnsOf(n, [2223, n - 1]);
    // HJ 633-2012: PM2.5 35.5 → 50 + 50 × 0.5 / 40 = 50.625, PM10 50.5 → 50 + 50 × 0.5 / 100 = 50.25; rounded up, 51.
    columns.pm25_24h![n - 1] = 35.5;
    columns.pm10_24h![2223] = 50.5;
    const got = aqiColumns(columns, E2012).aqi;
    expect([got[2223], got[n - 1]]).toEqual([51, 51]);
    expect([...got]).toEqual(aqiValues(recordsOf(columns, n), E2012));
  });

  it('rates rows with values not measured (NaN) among measured ones, and a row of zeros as 0', () => {
    const columns = columnsOf(N, [2222]);
    // about one value in eight not measured, at places that vary from column to column
    DAILY_2012.forEach((k, j) => {
      for (let i = j; i < N; i += 8 + j) columns[k]![i] = Number.NaN;
    });
    for (const k of DAILY_2012) columns[k]![2222] = 0;
    const got = aqiColumns(columns, E2012).aqi;
    expect(got[2222]).toBe(0); // every IAQI 0
    expect([...got]).toEqual(aqiValues(recordsOf(columns, N), E2012));
  });

  it('names a row with nothing measured, first or second of its pair', () => {
    for (const row of [2222, 2223]) {
      const columns = columnsOf(N);
      for (const k of DAILY_2012) columns[k]![row] = Number.NaN;
      expect(inputError(() => aqiColumns(columns, E2012)).issues.map((i) => [i.code, i.field])).toEqual([['missing', `columns.*[${row}]`]]);
    }
  });

  it("rates values at the tables' edges as Table 1 does", () => {
    const columns = columnsOf(N, [2222, 2223, 2224, 2225, 2226, 2227]);
    columns.so2_24h![2222] = 2620; // the top breakpoint: IAQI 500
    columns.so2_24h![2223] = 2621; // beyond it: 500 (beyond scale)
    columns.so2_24h![2224] = TABLE_WIDTH - 1; // the last entry of its segment: 500
    columns.so2_24h![2225] = TABLE_WIDTH; // beyond the segment: 500
    columns.o3_8h![2226] = 800; // O3 8 h's top: 300
    columns.o3_8h![2227] = 801; // above 800 O3 is reported by its 1-hour IAQI (note b): 900 → 300 + 100 × 100 / 200 = 350
    columns.o3_1h![2227] = 900;
    expect([...aqiColumns(columns, E2012).aqi.subarray(2222, 2228)]).toEqual([500, 500, 500, 500, 300, 350]);
    columns.o3_1h![2227] = Number.NaN;
    expect(inputError(() => aqiColumns(columns, E2012)).issues.map((i) => [i.code, i.field])).toEqual([['missing', 'columns.o3_1h[2227]']]);
  });

  it('hands the rest to the column passes when odd values are many, and names the first bad row before or after', () => {
    const columns = columnsOf(N);
    // a fraction in every row from 300 on: pairs the row pass cannot take, more than one in sixteen
    for (let i = 300; i < N; i++) columns.pm25_24h![i] = columns.pm25_24h![i]! + 0.5;
    expect([...aqiColumns(columns, E2012).aqi]).toEqual(aqiValues(recordsOf(columns, N), E2012));
    columns.so2_24h![2000] = -1;
    expect(inputError(() => aqiColumns(columns, E2012)).issues.map((i) => [i.code, i.field])).toEqual([
      ['out-of-range', 'columns.so2_24h[2000]'],
    ]);
    columns.so2_24h![201] = -3;
    expect(inputError(() => aqiColumns(columns, E2012)).issues.map((i) => [i.code, i.field])).toEqual([
      ['out-of-range', 'columns.so2_24h[201]'],
    ]);
  });

  it('looks up each column in its own segment of one array, NO_ENTRY beyond its top', () => {
    for (const edition of ['2012', '2026'] as const) {
      const t = tablesOf(edition);
      const all = new Int16Array(t.so2_24h.buffer);
      expect(all.length).toBe(ALL.length * TABLE_WIDTH);
      ALL.forEach((p, j) => {
        const tab = t[p];
        const top = (p.startsWith('co_') ? 10 : 1) * Number(IAQI_BREAKPOINTS[edition][p].at(-1));
        expect([tab.byteOffset / 2, tab.length]).toEqual([j * TABLE_WIDTH, top + 1]);
        expect(tab[top]).toBe(IAQI_LEVELS[IAQI_BREAKPOINTS[edition][p].length - 1]); // the top breakpoint's level
        expect(all.subarray(j * TABLE_WIDTH + top + 1, (j + 1) * TABLE_WIDTH).every((x) => x === NO_ENTRY)).toBe(true);
      });
    }
  });

  it('takes every column type and falls back for eight columns, two CO columns or CO alone', () => {
    const base = dailyColumns();
    const kinds: Record<string, AqiColumn>[] = [
      {
        pm25_24h: Int32Array.from(base.pm25_24h!),
        o3_8h: Uint16Array.from(base.o3_8h!),
        co_24h: Float32Array.from([...base.co_24h!].map((v) => Math.round(v))),
      },
      { pm25_24h: [...base.pm25_24h!].map((v, i) => (i === 2500 ? null : v)), pm10_24h: [...base.pm10_24h!] },
      { ...base, so2_1h: Float64Array.from(base.so2_24h!) },
      { co_24h: base.co_24h!, co_1h: base.co_24h!, pm25_24h: base.pm25_24h! },
      { co_24h: base.co_24h! },
    ];
    for (const columns of kinds) {
      expect([...aqiColumns(columns, E2012).aqi]).toEqual(aqiValues(recordsOf(columns, N), E2012));
    }
  });

  it('agrees with aqiValues on random large batches with odd values sprinkled in (property)', () => {
    const odd = fc.oneof(
      fc.integer({ min: 0, max: 3000 }),
      fc.double({ min: 0, max: 3000, noNaN: true }),
      fc.integer({ min: 0, max: 700 }).map((k) => k / 10),
      fc.constantFrom(-0, Number.NaN),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<'2012' | '2026'>('2012', '2026'),
        fc.subarray([...DAILY_2012], { minLength: 1 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: N - 1 }), fc.constantFrom(...DAILY_2012), odd), { maxLength: 5 }),
        (edition, keys, changes) => {
          const base = dailyColumns();
          const columns = Object.fromEntries(keys.map((k) => [k, base[k]!]));
          for (const [at, key, v] of changes) if (columns[key]) columns[key]![at] = v;
          let want: number[] | 'throws';
          try {
            want = aqiValues(recordsOf(columns, N), { edition });
          } catch {
            want = 'throws';
          }
          if (want === 'throws') expect(() => aqiColumns(columns, { edition })).toThrow();
          else expect([...aqiColumns(columns, { edition }).aqi]).toEqual(want);
        },
      ),
      { numRuns: 40 },
    );
  });
});
