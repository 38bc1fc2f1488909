/**
 * The fast path of `aqi` and `aqiValues` (fastScan, internal): it either answers exactly what the checked
 * path (`scan`) answers, or gives up (SLOW) — for anything that is not a record of plain, in-range values
 * of known pollutants. Through the public functions the two paths cannot be told apart (a fast path that
 * always gave up would only be slower), so these tests look at it directly; plus the orderings that only
 * the checked path has to establish.
 */
import { describe, expect, it } from 'vitest';
import { aqi, aqiValues, heavyPollutionDays } from '../../src/air/index.js';
import { fastScan, SLOW, tabScan, tabulate } from '../../src/air/batch.js';
import { BREAKPOINTS } from '../../src/air/tables.js';

const T12 = BREAKPOINTS['2012'];
const T26 = BREAKPOINTS['2026'];
const ALL = { so2_24h: 10, so2_1h: 20, no2_24h: 30, no2_1h: 40, pm10_24h: 60, co_24h: 0.8, co_1h: 1.2, o3_1h: 120, o3_8h: 90, pm25_24h: 80 };

describe('fastScan answers plain records exactly as aqi does', () => {
  it('fills every IAQI in table order, and returns the largest', () => {
    const iaqis = {};
    expect(fastScan(ALL, T12, -1, iaqis)).toBe(107);
    expect(iaqis).toEqual(aqi(ALL, { edition: '2012' }).iaqis);
    expect(Object.keys(iaqis)).toEqual(['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'pm10_24h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm25_24h']);
  });

  it('takes each pollutant alone, the largest wherever it stands, and zero', () => {
    for (const [key, value] of Object.entries(ALL)) {
      const iaqis: Record<string, number> = {};
      const expected = aqi({ [key]: value }, { edition: '2012' }).aqi;
      expect(fastScan({ [key]: value }, T12, -1, iaqis), key).toBe(expected);
      expect(iaqis, key).toEqual({ [key]: expected });
      const others = Object.fromEntries(Object.keys(ALL).filter((k) => k !== key).map((k) => [k, 0]));
      expect(fastScan({ ...others, [key]: value }, T12, -1, null), `${key} among zeros`).toBe(expected);
    }
    expect(fastScan({ pm25_24h: 0 }, T12, -1, null)).toBe(0);
    expect(fastScan({ pm25_24h: 0, co_24h: 0 }, T26, 0, null)).toBe(0);
  });

  it('rounds per HJ 633-2026 (CO to one decimal, the others to whole numbers)', () => {
    expect(fastScan({ co_24h: 2.04 }, T26, 0, null)).toBe(aqi({ co_24h: 2.04 }, { edition: '2026' }).aqi);
    expect(fastScan({ co_24h: 2.05 }, T26, 0, null)).toBe(50); // 2.0 after GB/T 8170 rounding
    expect(fastScan({ co_1h: 5.05 }, T26, 0, null)).toBe(50);
    expect(fastScan({ pm25_24h: 35.4 }, T26, 0, null)).toBe(50);
    expect(fastScan({ pm25_24h: 35.4 }, T12, -1, null)).toBe(51);
  });
});

describe('fastScan gives up on anything else', () => {
  it.each([
    ['null', null],
    ['a number', 35],
    ['a string', 'pm25_24h'],
    ['an empty record', {}],
    ['an array', [35]],
    ['an unknown key', { pm25_24h: 35, pm25: 35 }],
    ['only unknown keys', { pm25: 35 }],
    ['a null value', { pm25_24h: 35, pm10_24h: null }],
    ['an undefined value', { pm25_24h: 35, pm10_24h: undefined }],
    ['a string value', { pm25_24h: '35' }],
    ['a negative value', { pm25_24h: -0.1 }],
    ['NaN', { pm25_24h: NaN }],
    ['Infinity', { pm25_24h: Infinity }],
    ['a value beyond the scale', { pm25_24h: 501 }],
    ['SO2 1 h above 800 (note a)', { so2_1h: 801, so2_24h: 10 }],
    ['O3 8 h above 800 (note b)', { o3_8h: 801, o3_1h: 100 }],
  ])('%s', (_what, record) => {
    expect(fastScan(record, T12, -1, null)).toBe(SLOW);
  });

  it('gives up at the first bad value, whichever pollutant it is', () => {
    for (const key of Object.keys(ALL)) expect(fastScan({ ...ALL, [key]: -1 }, T12, -1, null), key).toBe(SLOW);
  });
});

describe('what only the checked path establishes', () => {
  it('lists primary and exceeding pollutants in table order whatever the input order', () => {
    // A null value sends the record down the checked path, which reads keys in input order.
    const r = aqi({ pm25_24h: 150, so2_24h: null, pm10_24h: 350 }, { edition: '2012' });
    expect(r.aqi).toBe(200);
    expect(r.primaryPollutants).toEqual(['pm10_24h', 'pm25_24h']);
    expect(r.exceedingPollutants).toEqual(['pm10_24h', 'pm25_24h']);
    expect(r.iaqis).toEqual({ pm25_24h: 200, pm10_24h: 200 });
  });

  it('lists the pollutants beyond the scale in table order', () => {
    const r = aqi({ pm25_24h: 600, o3_1h: 1300, pm10_24h: 700 }, { edition: '2012' });
    expect(r.beyondScale).toEqual(['pm10_24h', 'o3_1h', 'pm25_24h']);
    expect(r.aqi).toBe(500);
  });

  it('leaves out pollutants without an IAQI from the primary ones', () => {
    const r = aqi({ so2_1h: 900, so2_24h: 900, o3_8h: null }, { edition: '2012' });
    expect(r.iaqis).toEqual({ so2_1h: null, so2_24h: 213 });
    expect(r.primaryPollutants).toEqual(['so2_24h']);
  });

  it('gives aqiValues the same numbers on both paths, record by record', () => {
    const records = [ALL, { ...ALL, so2_24h: null }, { pm25_24h: 0 }, { pm25_24h: 600 }, { co_24h: 0.8, o3_8h: undefined }];
    expect(aqiValues(records, { edition: '2012' })).toEqual(records.map((r) => aqi(r, { edition: '2012' }).aqi));
    expect(aqiValues([], { edition: '2012' })).toEqual([]);
  });

  it('counts a day at AQI 200 as not heavily polluted, 201 as heavily polluted', () => {
    expect(heavyPollutionDays([200, 200.5, 201])).toEqual({ days: 3, heavyDays: 2, ratio: 2 / 3 });
  });
});

describe('tabScan (the tables of aqiValues) answers whole values exactly, and gives up on everything else', () => {
  const tabs12 = tabulate(T12, -1);
  const tabs26 = tabulate(T26, 0);
  it('holds one entry per whole concentration up to each column’s top (CO per tenth)', () => {
    expect(tabs12.pm25_24h.length).toBe(501);
    expect(tabs12.no2_1h.length).toBe(3841);
    expect(tabs12.co_24h.length).toBe(601);
    expect(tabs12.so2_1h.length).toBe(801);
    expect([tabs12.pm25_24h[35], tabs12.pm25_24h[75], tabs26.pm25_24h[60], tabs12.co_24h[25]]).toEqual([50, 100, 100, 63]);
  });
  it('answers as fastScan does for plain records', () => {
    expect(tabScan(ALL, tabs12)).toBe(fastScan(ALL, T12, -1, null));
    expect(tabScan({ pm25_24h: 0 }, tabs12)).toBe(0);
    expect(tabScan({ co_24h: 0.3, pm25_24h: 500 }, tabs12)).toBe(500);
  });
  // Each column on its own: zero (IAQI 0 at concentration 0, the first breakpoint of Table 1) and a value
  // inside the table, which must be looked up, not given up on.
  const COLUMNS = ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'pm10_24h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm25_24h'] as const;
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
