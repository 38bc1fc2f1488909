/**
 * aqiValues' tabulated path: from TABULATE_FROM records on, whole concentrations (CO in tenths) are
 * looked up in tables built from Table 1 for the call. These tests hold the lookup to what `aqi` and
 * `iaqi` say, value by value over every column, and to hand-computed values at the breakpoints.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastScan, SLOW, TABULATE_FROM, tablesOf, tabScan, tabulate } from '../../src/air/batch.js';
import { decimalsOf, iaqiCode } from '../../src/air/iaqi.js';
import { BREAKPOINTS } from '../../src/air/tables.js';
import { fieldOf, inputError } from '../errors.js';
import { aqi, aqiValues, iaqi, IAQI_BREAKPOINTS, type Concentrations, type Pollutant } from '../../src/index.js';

const EDITIONS = ['2012', '2026'] as const;
const POLLUTANTS = Object.keys(IAQI_BREAKPOINTS['2012']) as Pollutant[];

/** `records` padded with PM2.5 35 (AQI 50) records up to the size that switches the tables on. */
const big = (records: Concentrations[]): Concentrations[] => [
  ...records,
  ...Array.from({ length: Math.max(0, TABULATE_FROM - records.length) }, () => ({ pm25_24h: 35 })),
];

describe('aqiValues over a large batch (tabulated)', () => {
  it('switches the tables on at 2,048 records', () => {
    expect(TABULATE_FROM).toBe(2048);
  });

  it.each(EDITIONS)('gives iaqi() of every whole concentration (CO every tenth) of every column, %s edition', (e) => {
    for (const p of POLLUTANTS) {
      const column = IAQI_BREAKPOINTS[e][p];
      const scale = p.startsWith('co') ? 10 : 1;
      const top = column[column.length - 1]! * scale;
      const values = Array.from({ length: top + 1 }, (_, k) => k / scale);
      // SO2 1 h and O3 8 h alone are fine up to their top (800); the footnotes start above it.
      const got = aqiValues(big(values.map((v) => ({ [p]: v }))), { edition: e }).slice(0, values.length);
      const want = values.map((v) => iaqi(p, v, { edition: e }));
      const wrong = values.filter((_, k) => got[k] !== want[k]);
      expect(wrong, `${e} ${p}`).toEqual([]);
    }
  });

  it('gives the breakpoints exactly: PM2.5 35 → 50, 75 → 100 (2012) and 60 → 100 (2026); CO 2.5 → 63', () => {
    const records = [{ pm25_24h: 35 }, { pm25_24h: 75 }, { pm25_24h: 60 }, { co_24h: 2.5 }, { pm25_24h: 0 }, { pm25_24h: 500 }];
    // CO 24 h 2.5 mg/m³: 50 + ⌈50×(2.5−2)/(4−2)⌉ = 50 + ⌈12.5⌉ = 63. PM2.5 60 (2012): 50 + ⌈50×25/40⌉ = 82.
    expect(aqiValues(big(records), { edition: '2012' }).slice(0, 6)).toEqual([50, 100, 82, 63, 0, 500]);
    // 2026: PM2.5 75 lies in 60–115: 100 + ⌈50×15/55⌉ = 100 + ⌈13.6⌉ = 114.
    expect(aqiValues(big(records), { edition: '2026' }).slice(0, 6)).toEqual([50, 114, 100, 63, 0, 500]);
  });

  it.each(EDITIONS)('agrees with aqi() on values the tables do not hold (%s edition)', (e) => {
    const records: Concentrations[] = [
      { pm25_24h: 34.5 }, // 2026 rounds to 34 (五成双); 2012 interpolates 34.5
      { pm25_24h: 35.5, o3_8h: 100.4 },
      { co_24h: 2.55 }, // two decimals
      { co_24h: 0.1 + 0.2 }, // 0.30000000000000004: not a tenth as written
      { pm25_24h: 501 }, // beyond scale → 500
      { pm25_24h: 500.5 },
      { no2_1h: 3841 },
      { pm25_24h: null, pm10_24h: 80 },
      { pm25_24h: undefined, pm10_24h: 151 },
      { so2_1h: 900, so2_24h: 700 }, // 2012 note a: SO2 by its 24 h IAQI; 2026: 200
      { o3_8h: 801, o3_1h: 300 }, // 2012 note b: O3 by its 1 h IAQI; 2026: 300
      { pm25_24h: -0 },
      { pm25_24h: 2 ** 31 },
    ];
    const got = aqiValues(big(records), { edition: e }).slice(0, records.length);
    expect(got).toEqual(records.map((r) => aqi(r, { edition: e }).aqi));
  });

  it('computes the footnote cases by Table 1: SO2 1 h 900 with SO2 24 h 700 → 185 (2012), 200 (2026)', () => {
    // SO2 24 h 700: 150 + ⌈50×(700−475)/(800−475)⌉ = 150 + ⌈34.6⌉ = 185
    expect(aqiValues(big([{ so2_1h: 900, so2_24h: 700 }]), { edition: '2012' })[0]).toBe(185);
    expect(aqiValues(big([{ so2_1h: 900, so2_24h: 700 }]), { edition: '2026' })[0]).toBe(200);
  });

  it('names the record at fault deep in a large batch', () => {
    const records = big([]);
    const bad = (i: number, r: unknown) => records.map((x, j) => (j === i ? r : x)) as Concentrations[];
    const at = (i: number, r: unknown) => fieldOf(() => aqiValues(bad(i, r), { edition: '2012' }));
    expect(at(2000, { pm25_24h: -1 })).toBe('records[2000].pm25_24h');
    expect(at(1999, { pm25_24h: '35' })).toBe('records[1999].pm25_24h');
    expect(at(2047, { pm2_5_24h: 35 })).toBe('records[2047].pm2_5_24h');
    expect(at(5, { pm25_24h: 35, extra: 1 })).toBe('records[5].extra');
    expect(at(6, {})).toBe('records[6]');
    expect(at(7, null)).toBe('records[7]');
    expect(at(8, { co_24h: Number.NaN })).toBe('records[8].co_24h');
    expect(at(9, { so2_1h: 900 })).toBe('records[9].so2_24h');
  });

  it('refuses inherited pollutants as aqi() does: a record with another prototype is not plain', () => {
    // Before, the fast paths rated this record 434 from the inherited PM2.5 400, where the checked path refuses it.
    const inherited = Object.create({ pm25_24h: 400 }) as Concentrations;
    (inherited as Record<string, number>).pm10_24h = 50;
    expect(inputError(() => aqi(inherited, { edition: '2012' })).issues.map((i) => [i.code, i.field])).toEqual([
      ['not-plain', 'concentrations'],
    ]);
    expect(fieldOf(() => aqiValues(big([inherited]), { edition: '2012' }))).toBe('records[0]');
  });

  it.each(EDITIONS)('agrees with aqi() on random records, whole, tenths and other values mixed (%s edition)', (e) => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 4000 }),
      fc.integer({ min: 0, max: 1600 }).map((k) => k / 10),
      fc.double({ min: 0, max: 4000, noNaN: true }),
    );
    // SO2 24 h and O3 1 h always given, so the 2012 footnotes have their fallback.
    const record = fc
      .dictionary(fc.constantFrom(...POLLUTANTS), value, { minKeys: 1 })
      .map((r) => ({ ...r, so2_24h: Math.min(r.so2_24h ?? 10, 2620), o3_1h: Math.min(r.o3_1h ?? 100, 1200) }));
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 60 }), (records) => {
        const got = aqiValues(big(records), { edition: e }).slice(0, records.length);
        expect(got).toEqual(records.map((r) => aqi(r, { edition: e }).aqi));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the tables (tabScan) answer whole values exactly, and give up on everything else', () => {
  const T12 = BREAKPOINTS['2012'];
  const T26 = BREAKPOINTS['2026'];
  const ALL = {
    so2_24h: 10,
    so2_1h: 20,
    no2_24h: 30,
    no2_1h: 40,
    pm10_24h: 60,
    co_24h: 0.8,
    co_1h: 1.2,
    o3_1h: 120,
    o3_8h: 90,
    pm25_24h: 80,
  };
  const COLUMNS = ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'pm10_24h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm25_24h'] as const;
  const tabs12 = tabulate(T12);
  const tabs26 = tabulate(T26);
  it('holds one entry per whole concentration up to each column’s top (CO per tenth)', () => {
    expect(tabs12.pm25_24h.length).toBe(501);
    expect(tabs12.no2_1h.length).toBe(3841);
    expect(tabs12.co_24h.length).toBe(601);
    expect(tabs12.so2_1h.length).toBe(801);
    expect([tabs12.pm25_24h[35], tabs12.pm25_24h[75], tabs26.pm25_24h[60], tabs12.co_24h[25]]).toEqual([50, 100, 100, 63]);
  });
  it('holds iaqiCode of every whole concentration (CO: every tenth), rounded as each edition rounds', () => {
    for (const [t, tabs, edition2026] of [
      [T12, tabs12, false],
      [T26, tabs26, true],
    ] as const) {
      for (const p of COLUMNS) {
        const scale = p.startsWith('co_') ? 10 : 1;
        const got = Array.from(tabs[p]);
        const want = got.map((_, k) => iaqiCode(t[p], k / scale, decimalsOf(p, edition2026)));
        expect(got).toEqual(want);
      }
    }
    // The tables of each edition are built once and kept.
    expect(tablesOf('2012')).toBe(tablesOf('2012'));
    expect(Array.from(tablesOf('2026').pm25_24h)).toEqual(Array.from(tabs26.pm25_24h));
    expect(Array.from(tablesOf('2012').co_1h)).toEqual(Array.from(tabs12.co_1h));
  });
  it('answers as the fast path (fastScan) does for plain records', () => {
    expect(tabScan(ALL, tabs12)).toBe(fastScan(ALL, T12, -1, null));
    expect(tabScan({ pm25_24h: 0 }, tabs12)).toBe(0);
    expect(tabScan({ co_24h: 0.3, pm25_24h: 500 }, tabs12)).toBe(500);
  });
  it('gives up (SLOW) on a record whose getter throws, leaving it to the checked path', () => {
    const record = {
      get pm25_24h(): number {
        throw new Error('unreadable');
      },
    };
    expect(tabScan(record, tabs12)).toBe(SLOW);
  });
  // Each column on its own: zero (IAQI 0 at concentration 0, the first breakpoint of Table 1) and a value
  // inside the table, which must be looked up, not given up on.
  it.each(COLUMNS)('answers %s alone: 0 at 0, and the fastScan value at 50', (p) => {
    for (const tabs of [tabs12, tabs26]) {
      expect(tabScan({ [p]: 0 }, tabs)).toBe(0);
      const v = p.startsWith('co_') ? 5 : 50;
      expect(tabScan({ [p]: v }, tabs)).toBe(fastScan({ [p]: v }, tabs === tabs12 ? T12 : T26, tabs === tabs12 ? -1 : 0, null));
      expect(tabScan({ [p]: v }, tabs)).toBeGreaterThan(0);
    }
  });
  it.each(COLUMNS.slice(1).map((p, i) => [COLUMNS[i]!, p] as const))('takes the largest IAQI: %s at 50 before %s at 0', (before, p) => {
    const v = before.startsWith('co_') ? 5 : 50;
    for (const tabs of [tabs12, tabs26]) expect(tabScan({ [before]: v, [p]: 0 }, tabs)).toBe(tabScan({ [before]: v }, tabs));
  });
  it.each([
    ['a value with decimals', { pm25_24h: 34.5 }],
    ['CO beyond one decimal', { co_24h: 2.55 }],
    ['CO not a tenth as written', { co_24h: 0.1 + 0.2 }],
    ['a value above the top', { pm25_24h: 501 }],
    ['CO above the top', { co_24h: 60.1 }],
    ['a negative value', { pm25_24h: -1 }],
    ['NaN', { pm25_24h: Number.NaN }],
    ['Infinity', { pm25_24h: Infinity }],
    ['a string', { pm25_24h: '35' }],
    ['a boolean', { pm25_24h: true }],
    ['null', { pm25_24h: null }],
    ['a CO string', { co_24h: '2' }],
    ['an unknown key', { pm25_24h: 35, pm2_5: 1 }],
    ['no pollutant at all', {}],
    ['not an object', 35],
    ['null record', null],
  ])('gives up on %s', (_what, record) => {
    expect(tabScan(record, tabs12)).toBe(SLOW);
    expect(tabScan(record, tabs26)).toBe(SLOW);
  });
});

describe('aqiValues over a large batch with a report (the tabulated run checks the report too)', () => {
  it('answers as aqi does, and refuses an indicator outside the report by its record', () => {
    const records = big([
      { pm25_24h: 80, o3_8h: 90 },
      { pm25_24h: 60, o3_1h: 250 },
    ]);
    // 2026 daily has no O3 1 h (4.2.2): record 1 is refused, by name, though the tables hold its values
    expect(inputError(() => aqiValues(records, { edition: '2026', report: 'daily' })).issues.map((i) => [i.code, i.field])).toEqual([
      ['outside-report', 'records[1].o3_1h'],
    ]);
    const ok = big([
      { pm25_24h: 80, o3_8h: 90 },
      { pm25_24h: 60, o3_1h: 250 },
    ]);
    expect(aqiValues(ok, { edition: '2012', report: 'daily' }).slice(0, 2)).toEqual(
      ok.slice(0, 2).map((r) => aqi(r, { edition: '2012', report: 'daily' }).aqi),
    );
    // 2026 hourly: the 1-hour PM means go the checked way, with the same numbers
    const hourly = big([{ pm25_1h: 80, o3_1h: 100 }]).map((r, i) => (i === 0 ? r : { pm25_1h: 35 }));
    expect(aqiValues(hourly, { edition: '2026', report: 'hourly' }).slice(0, 2)).toEqual([119, 50]);
  });
});

describe('aqiValues is aqi() record for record (property, over the tabulated run)', () => {
  const KEYS = ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'pm10_24h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm25_24h'] as const;
  const value = fc.oneof(
    fc.integer({ min: 0, max: 1300 }),
    fc.integer({ min: 0, max: 700 }).map((k) => k / 10),
    fc.double({ min: 0, max: 1300, noNaN: true }),
    fc.constantFrom(null, undefined),
  );
  const record = fc.dictionary(fc.constantFrom(...KEYS), value, { minKeys: 1 }) as fc.Arbitrary<Concentrations>;

  it.each(EDITIONS)('gives every record the AQI aqi() gives it, or refuses the batch when aqi() refuses a record (%s)', (e) => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 30 }), (rs) => {
        const records = big(rs);
        const each = records.map((r) => {
          try {
            return aqi(r, { edition: e }).aqi;
          } catch {
            return 'throws';
          }
        });
        if (each.includes('throws')) {
          expect(() => aqiValues(records, { edition: e })).toThrow();
        } else {
          expect(aqiValues(records, { edition: e })).toEqual(each);
        }
      }),
      { numRuns: 150 },
    );
  });
});
