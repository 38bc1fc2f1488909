import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aqi,
  aqiLevel,
  aqiValues,
  heavyPollutionDays,
  iaqi,
  isHeavyPollution,
  PlanInputError,
  type Concentrations,
  type Pollutant,
} from '../../src/index.js';
import { fastScan, SLOW } from '../../src/air/batch.js';
import { reportSpec } from '../../src/air/scan.js';
import { BREAKPOINTS } from '../../src/air/tables.js';
import { AqiResult } from '../../src/entries/schemas.js';
import { expectedZhOf as zh, inputError, revoked, expectCode } from '../errors.js';

const E2012 = { edition: '2012' } as const;
const E2026 = { edition: '2026' } as const;
/** What the errors say was expected: a pollutant, a concentration. */
const _POLLUTANT_EXPECTED = "one of 'pm25_24h', 'pm10_24h', 'so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h'";
const _CONCENTRATION_EXPECTED = 'a finite number ≥ 0 (µg/m³; CO in mg/m³)';

describe('aqi', () => {
  it('is the largest IAQI: PM2.5 80 → 107, PM10 120 → 85, O3 8 h 90 → 45 gives 107', () => {
    // PM2.5: 100 + ⌈50×(80−75)/(115−75)⌉ = 100 + ⌈6.25⌉ = 107; PM10: 50 + ⌈50×70/100⌉ = 85; O3 8 h: ⌈50×90/100⌉ = 45
    const r = aqi({ pm25_24h: 80, pm10_24h: 120, o3_8h: 90 }, E2012);
    expect(r.aqi).toBe(107);
    expect(r.iaqis).toEqual({ pm25_24h: 107, pm10_24h: 85, o3_8h: 45 });
  });

  it('reports level 3, 轻度污染 / Lightly polluted, orange (255,126,0) for AQI 107', () => {
    const r = aqi({ pm25_24h: 80 }, E2012);
    expect(r.level).toBe(3);
    expect(r.category).toEqual({ zh: '轻度污染', en: 'Lightly polluted' });
    expect(r.colour.name).toEqual({ zh: '橙色', en: 'orange' });
    expect(r.colour.rgb).toEqual([255, 126, 0]);
    expect(r.colour.cmyk).toEqual([0, 52, 100, 0]);
  });

  it('names the primary pollutant (首要污染物) when AQI > 50', () => {
    expect(aqi({ pm25_24h: 80, pm10_24h: 120 }, E2012).primaryPollutants).toEqual(['pm25_24h']);
  });

  it('names no primary pollutant when AQI ≤ 50 (优)', () => {
    // PM2.5 35 → 50 exactly: AQI 50 is still 优, no 首要污染物
    const r = aqi({ pm25_24h: 35, pm10_24h: 20 }, E2012);
    expect(r.aqi).toBe(50);
    expect(r.primaryPollutants).toEqual([]);
  });

  it('names every pollutant tied at the largest IAQI, in Table 1 order', () => {
    // PM2.5 75 → 100 and PM10 150 → 100 under 2012: both are primary
    const r = aqi({ pm25_24h: 75, pm10_24h: 150, no2_24h: 40 }, E2012);
    expect(r.aqi).toBe(100);
    expect(r.primaryPollutants).toEqual(['pm10_24h', 'pm25_24h']);
  });

  it('lists exceeding pollutants (超标污染物: IAQI > 100) under 2012, in Table 1 order', () => {
    // PM2.5 115 → 150, O3 8 h 215 → 150, PM10 150 → 100 (not above 100)
    const r = aqi({ pm25_24h: 115, o3_8h: 215, pm10_24h: 150 }, E2012);
    expect(r.exceedingPollutants).toEqual(['o3_8h', 'pm25_24h']);
    expect(r.primaryPollutants).toEqual(['o3_8h', 'pm25_24h']);
  });

  it('gives no exceeding pollutants list (null) under 2026, which drops the concept', () => {
    expect(aqi({ pm25_24h: 115 }, E2026).exceedingPollutants).toBeNull();
  });

  it('gives an empty exceeding list under 2012 when no IAQI is above 100', () => {
    expect(aqi({ pm25_24h: 75 }, E2012).exceedingPollutants).toEqual([]);
  });

  it('reports the edition applied, picked by date when asked', () => {
    expect(aqi({ pm25_24h: 75 }, { date: '2026-02-28' }).edition).toBe('2012');
    expect(aqi({ pm25_24h: 75 }, { date: '2026-03-01' }).edition).toBe('2026');
  });

  it('skips pollutants given as null or undefined (not measured)', () => {
    const r = aqi({ pm25_24h: 80, pm10_24h: null, o3_8h: undefined }, E2012);
    expect(r.iaqis).toEqual({ pm25_24h: 107 });
  });

  it('does not modify its input', () => {
    const input = Object.freeze({ pm25_24h: 80, pm10_24h: 120 });
    expect(() => aqi(input, E2012)).not.toThrow();
    expect(input).toEqual({ pm25_24h: 80, pm10_24h: 120 });
  });

  it('gives the same result whatever the order of the keys', () => {
    const a = aqi({ pm25_24h: 115, o3_8h: 215, so2_24h: 10 }, E2012);
    const b = aqi({ so2_24h: 10, o3_8h: 215, pm25_24h: 115 }, E2012);
    expect(b).toEqual(a);
    expect(b.primaryPollutants).toEqual(a.primaryPollutants);
  });
});

describe('aqi levels (HJ 633 categories)', () => {
  it.each([
    [0, 1, '优'],
    [50, 1, '优'],
    [51, 2, '良'],
    [100, 2, '良'],
    [101, 3, '轻度污染'],
    [150, 3, '轻度污染'],
    [151, 4, '中度污染'],
    [200, 4, '中度污染'],
    [201, 5, '重度污染'],
    [300, 5, '重度污染'],
    [301, 6, '严重污染'],
    [500, 6, '严重污染'],
  ])('puts AQI %i in level %i (%s)', (value, level, zh) => {
    expect(aqiLevel(value).level).toBe(level);
    expect(aqiLevel(value).category.zh).toBe(zh);
  });

  it('gives the HJ 633 colours in RGB for the six levels', () => {
    expect([25, 75, 125, 175, 250, 400].map((a) => aqiLevel(a).colour.rgb)).toEqual([
      [0, 228, 0],
      [255, 255, 0],
      [255, 126, 0],
      [255, 0, 0],
      [153, 0, 76],
      [126, 0, 35],
    ]);
  });

  it('reads the level of an aqi result', () => {
    expect(aqiLevel(aqi({ pm25_24h: 80 }, E2012)).level).toBe(3);
  });
});

describe('aqi footnotes (HJ 633 Table 1 notes a, b)', () => {
  it('reports SO2 by its 24 h IAQI when SO2 1 h is above 800 under 2012', () => {
    // SO2 1 h 900: no IAQI; SO2 24 h 700: 150 + ⌈50×225/325⌉ = 150 + ⌈34.6⌉ = 185
    const r = aqi({ so2_1h: 900, so2_24h: 700 }, E2012);
    expect(r.iaqis).toEqual({ so2_1h: null, so2_24h: 185 });
    expect(r.aqi).toBe(185);
    expect(r.primaryPollutants).toEqual(['so2_24h']);
  });

  it('reports O3 by its 1 h IAQI when O3 8 h is above 800 under 2012', () => {
    // O3 8 h 850: no IAQI; O3 1 h 900: 300 + ⌈100×100/200⌉ = 350
    const r = aqi({ o3_8h: 850, o3_1h: 900 }, E2012);
    expect(r.iaqis).toEqual({ o3_8h: null, o3_1h: 350 });
    expect(r.aqi).toBe(350);
  });

  it('requires the SO2 24 h value when SO2 1 h is above 800 under 2012', () => {
    expect(() => aqi({ so2_1h: 900, pm25_24h: 40 }, E2012)).toThrow(expect.objectContaining({ field: 'concentrations.so2_24h' }));
  });

  it('requires the O3 1 h value when O3 8 h is above 800 under 2012', () => {
    expect(() => aqi({ o3_8h: 801 }, E2012)).toThrow(expect.objectContaining({ field: 'concentrations.o3_1h' }));
  });

  it('counts SO2 1 h above 800 as 200 and O3 8 h above 800 as 300 under 2026', () => {
    expect(aqi({ so2_1h: 900 }, E2026).aqi).toBe(200);
    expect(aqi({ o3_8h: 900 }, E2026).aqi).toBe(300);
  });

  it('names the value a footnote of HJ 633-2012 falls back on, and says why it is needed', () => {
    expectCode(() => aqi({ so2_1h: 900 }, E2012), 'missing', 'concentrations.so2_24h');
    expectCode(() => aqiValues([{ o3_8h: 900, pm25_24h: 30 }], E2012), 'missing', 'records[0].o3_1h');
  });
});

describe('aqi beyond the scale', () => {
  it('reports AQI 500, level 6, and lists the pollutant in beyondScale', () => {
    const r = aqi({ pm25_24h: 620, pm10_24h: 300 }, E2012);
    expect(r.aqi).toBe(500);
    expect(r.iaqis.pm25_24h).toBe(500);
    expect(r.level).toBe(6);
    expect(r.beyondScale).toEqual(['pm25_24h']);
  });

  it('keeps beyondScale empty at the top breakpoint itself (PM2.5 500 → 500, on the scale)', () => {
    const r = aqi({ pm25_24h: 500 }, E2012);
    expect(r.aqi).toBe(500);
    expect(r.beyondScale).toEqual([]);
  });

  it('never gives NaN or Infinity, even for the largest double', () => {
    const r = aqi({ pm25_24h: Number.MAX_VALUE, co_24h: Number.MAX_VALUE }, E2026);
    expect(r.aqi).toBe(500);
    expect(r.beyondScale).toEqual(['co_24h', 'pm25_24h']);
  });
});

describe('aqi rejects bad input with a PlanInputError', () => {
  it.each([
    ['an unknown pollutant key', { 'pm2.5': 35 }, 'concentrations.pm2.5'],
    ['an upper-case key', { PM25_24H: 35 }, 'concentrations.PM25_24H'],
    ['a negative concentration', { pm25_24h: -1 }, 'concentrations.pm25_24h'],
    ['NaN', { pm25_24h: Number.NaN }, 'concentrations.pm25_24h'],
    ['Infinity', { pm25_24h: Infinity }, 'concentrations.pm25_24h'],
    ['a string', { pm25_24h: '35' }, 'concentrations.pm25_24h'],
    ['an empty object', {}, 'concentrations'],
    ['only nulls', { pm25_24h: null }, 'concentrations'],
    ['null', null, 'concentrations'],
    ['an array', [35], 'concentrations'],
    ['a number', 35, 'concentrations'],
  ])('rejects %s', (_, input, field) => {
    expect(() => aqi(input as Concentrations, E2012)).toThrow(PlanInputError);
    expect(() => aqi(input as Concentrations, E2012)).toThrow(expect.objectContaining({ field }));
  });

  it('rejects a missing edition', () => {
    expect(() => aqi({ pm25_24h: 35 }, undefined as never)).toThrow(PlanInputError);
    expect(() => aqi({ pm25_24h: 35 }, {} as never)).toThrow(PlanInputError);
  });

  it('names the record, the key and the value, and says what was expected (aqi and aqiValues)', () => {
    expectCode(() => aqi(null as never, E2012), 'not-plain', 'concentrations', null);
    expectCode(() => aqi({ pm25: 35 } as never, E2012), 'unknown-key', 'concentrations.pm25', 35);
    expectCode(() => aqi({ pm25_24h: -3 }, E2012), 'out-of-range', 'concentrations.pm25_24h', -3);
    expectCode(() => aqi({ pm25_24h: null }, E2012), 'missing', 'concentrations');
    expectCode(() => aqiValues({} as never, E2012), 'wrong-type', 'records');
    expectCode(() => aqiValues([{ pm25_24h: 35 }, 7 as never], E2012), 'not-plain', 'records[1]', 7);
    expectCode(() => aqiValues([{ pm25_24h: 35 }, { o3_8h: NaN }], E2012), 'not-a-number', 'records[1].o3_8h', NaN);
  });
});

describe('aqiValues (the batch fast path)', () => {
  it('gives the AQI of each record: [PM2.5 35] → 50, [PM2.5 75, O3 8 h 200] → 137', () => {
    // O3 8 h 200: 100 + ⌈50×40/55⌉ = 100 + ⌈36.4⌉ = 137
    expect(aqiValues([{ pm25_24h: 35 }, { pm25_24h: 75, o3_8h: 200 }], E2012)).toEqual([50, 137]);
  });

  it('gives an empty array for no records', () => {
    expect(aqiValues([], E2012)).toEqual([]);
  });

  it("names the record at fault: 'records[1].pm25_24h'", () => {
    expect(() => aqiValues([{ pm25_24h: 35 }, { pm25_24h: -3 }], E2012)).toThrow(expect.objectContaining({ field: 'records[1].pm25_24h' }));
  });

  it('rejects records that are not an array', () => {
    expect(() => aqiValues({} as never, E2012)).toThrow(PlanInputError);
  });

  it('handles the footnote and beyond-scale cases the fast path hands over', () => {
    // SO2 1 h 900 falls back to SO2 24 h 700 → 185; PM2.5 620 → 500
    expect(aqiValues([{ so2_1h: 900, so2_24h: 700 }, { pm25_24h: 620 }, { pm25_24h: null, o3_8h: 100 }], E2012)).toEqual([185, 500, 50]);
  });
});

const POLLUTANTS: Pollutant[] = ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'pm10_24h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm25_24h'];
// Concentrations below 800 for SO2 1 h and O3 8 h keep clear of the 2012 footnotes.
const record = fc.dictionary(
  fc.constantFrom(...POLLUTANTS),
  fc.oneof(fc.integer({ min: 0, max: 4000 }), fc.double({ min: 0, max: 799, noNaN: true })),
  { minKeys: 1 },
);
const edition = fc.constantFrom('2012' as const, '2026' as const);

describe('aqi properties', () => {
  it('equals the largest IAQI of its pollutants', () => {
    fc.assert(
      fc.property(record, edition, (c, e) => {
        const safe = { ...c };
        if (e === '2012') {
          if ((safe.so2_1h ?? 0) > 800) safe.so2_1h = 800;
          if ((safe.o3_8h ?? 0) > 800) safe.o3_8h = 800;
        }
        const each = Object.entries(safe).map(([p, v]) => iaqi(p as Pollutant, v!, { edition: e })!);
        const r = aqi(safe, { edition: e });
        expect(r.aqi).toBe(Math.max(...each));
        for (const [p, v] of Object.entries(safe)) expect(r.iaqis[p as Pollutant]).toBe(iaqi(p as Pollutant, v!, { edition: e }));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same AQI from aqiValues as from aqi', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), edition, (records, e) => {
        const safe = records.map((c) => ({ ...c, so2_24h: c.so2_24h ?? 10, o3_1h: c.o3_1h ?? 100 }));
        expect(aqiValues(safe, { edition: e })).toEqual(safe.map((c) => aqi(c, { edition: e }).aqi));
      }),
      { numRuns: 500 },
    );
  });

  it('always returns a result that its zod schema accepts', () => {
    fc.assert(
      fc.property(record, edition, (c, e) => {
        const safe = { ...c, so2_24h: c.so2_24h ?? 10, o3_1h: c.o3_1h ?? 100 };
        expect(AqiResult.safeParse(aqi(safe, { edition: e })).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('heavy pollution (重度及以上: AQI > 200)', () => {
  it('counts AQI 201 as heavy and 200 as not', () => {
    expect(isHeavyPollution(200)).toBe(false);
    expect(isHeavyPollution(201)).toBe(true);
    expect(isHeavyPollution(500)).toBe(true);
  });

  it('accepts an aqi result', () => {
    // PM2.5 151: 200 + ⌈100×1/100⌉ = 201
    expect(isHeavyPollution(aqi({ pm25_24h: 151 }, E2012))).toBe(true);
    expect(isHeavyPollution(aqi({ pm25_24h: 150 }, E2012))).toBe(false);
  });

  it('counts heavy days and their ratio over a series', () => {
    expect(heavyPollutionDays([45, 230, 120, 310])).toEqual({ days: 4, heavyDays: 2, ratio: 0.5 });
  });

  it('gives a ratio of 3/365 for 3 heavy days in a year, above the 1% ceiling', () => {
    const year = Array.from({ length: 365 }, (_, i) => (i < 3 ? 250 : 80));
    const s = heavyPollutionDays(year);
    expect(s.heavyDays).toBe(3);
    expect(s.ratio).toBeCloseTo(3 / 365, 12);
    expect(s.ratio > 0.01).toBe(false); // 0.82% is within 1%
  });

  it.each([[[]], [null], [[50, -1]], [[50, Number.NaN]], [['201']]])('rejects %j as a series', (series) => {
    expect(() => heavyPollutionDays(series as never)).toThrow(PlanInputError);
  });

  it.each([-1, Number.NaN, Infinity, '201', null])('rejects %s as an AQI', (a) => {
    expect(() => isHeavyPollution(a as never)).toThrow(PlanInputError);
  });

  it('counts a day at AQI 200 as not heavily polluted, 200.5 and 201 as heavily polluted, over a series', () => {
    expect(heavyPollutionDays([200, 200.5, 201])).toEqual({ days: 3, heavyDays: 2, ratio: 2 / 3 });
  });

  it('names the AQI at fault, in one value or a series (aqiLevel, isHeavyPollution, heavyPollutionDays)', () => {
    const _AQI = 'an AQI (a finite number ≥ 0) or an `aqi` result';
    expectCode(() => aqiLevel(-1), 'out-of-range', 'aqi', -1);
    expectCode(() => isHeavyPollution({ aqi: NaN }), 'not-a-number', 'aqi');
    expectCode(() => heavyPollutionDays([]), 'wrong-type', 'dailyAqis');
    expectCode(() => heavyPollutionDays([10, 'x' as never]), 'not-a-number', 'dailyAqis[1]', 'x');
  });
});

/*
 * The fast path of `aqi` and `aqiValues` (fastScan, internal): it either answers exactly what the checked
 * path answers, or gives up (SLOW) — for anything that is not a record of plain, in-range values of known
 * pollutants. Through the public functions the two paths cannot be told apart (a fast path that always
 * gave up would only be slower), so these tests look at it directly; then the orderings that only the
 * checked path has to establish.
 */
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

describe('the fast path (fastScan) answers plain records exactly as aqi does', () => {
  it('fills every IAQI in table order, and returns the largest', () => {
    const iaqis = {};
    expect(fastScan(ALL, T12, -1, iaqis)).toBe(107);
    expect(iaqis).toEqual(aqi(ALL, { edition: '2012' }).iaqis);
    expect(Object.keys(iaqis)).toEqual([
      'so2_24h',
      'so2_1h',
      'no2_24h',
      'no2_1h',
      'pm10_24h',
      'co_24h',
      'co_1h',
      'o3_1h',
      'o3_8h',
      'pm25_24h',
    ]);
  });

  it('takes each pollutant alone, the largest wherever it stands, and zero', () => {
    for (const [key, value] of Object.entries(ALL)) {
      const iaqis: Record<string, number> = {};
      const expected = aqi({ [key]: value }, { edition: '2012' }).aqi;
      expect(fastScan({ [key]: value }, T12, -1, iaqis), key).toBe(expected);
      expect(iaqis, key).toEqual({ [key]: expected });
      const others = Object.fromEntries(
        Object.keys(ALL)
          .filter((k) => k !== key)
          .map((k) => [k, 0]),
      );
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

describe('the fast path (fastScan) gives up on anything else', () => {
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
  });
});

describe('the report an AQI is for (HJ 633-2026 4.2.2 daily, 4.2.3 real-time; HJ 633-2012 daily and real-time)', () => {
  const D2026 = { edition: '2026', report: 'daily' } as const;
  const H2026 = { edition: '2026', report: 'hourly' } as const;

  it('2026 daily: O3 1 h is no indicator of the daily report (4.2.2), and the clause says so', () => {
    const e = inputError(() => aqi({ pm25_24h: 30, o3_1h: 250, o3_8h: 120 }, D2026));
    expect(e.field).toBe('concentrations.o3_1h');
    expect(e.expected).toContain('HJ 633-2026 4.2.2');
    expect(e.issues).toHaveLength(1);
  });

  it('2026 daily: the six daily indicators are taken (PM2.5 24 h 60 is IAQI 100, O3 8 h 100 is 50)', () => {
    const r = aqi({ so2_24h: 10, no2_24h: 20, co_24h: 1, o3_8h: 100, pm10_24h: 50, pm25_24h: 60 }, D2026);
    expect(r.aqi).toBe(100);
    expect(r.primaryPollutants).toEqual(['pm25_24h']);
  });

  it('2026 daily: every indicator outside the report is reported in one throw', () => {
    const e = inputError(() => aqi({ so2_1h: 10, o3_1h: 10, pm25_24h: 30 }, D2026));
    expect(e.issues.map((i) => i.field)).toEqual(['concentrations.so2_1h', 'concentrations.o3_1h']);
  });

  it('2026 real-time: PM2.5 and PM10 1 h means on the daily breakpoints (4.2.3): 60 and 120 are IAQI 100', () => {
    expect(aqi({ pm25_1h: 60 }, H2026).aqi).toBe(100);
    expect(aqi({ pm10_1h: 120 }, H2026).aqi).toBe(100);
    // 100 + (75 − 60) × 50 / (115 − 60) = 113.6…, rounded up: 114
    expect(aqi({ pm25_1h: 75 }, H2026).aqi).toBe(114);
    expect(aqi({ pm25_1h: 75, o3_1h: 200 }, H2026).primaryPollutants).toEqual(['pm25_1h']);
  });

  it('2026 real-time: the 24 h means and O3 8 h are no indicators of the real-time report', () => {
    for (const key of ['pm25_24h', 'pm10_24h', 'o3_8h', 'so2_24h']) {
      const e = inputError(() => aqi({ [key]: 10 }, H2026));
      expect(e.field).toBe(`concentrations.${key}`);
      expect(e.expected).toContain('HJ 633-2026 4.2.3');
    }
  });

  it('2012 daily keeps O3 1 h among its seven, and refuses the 1 h values of SO2, NO2 and CO', () => {
    expect(aqi({ o3_1h: 200 }, { edition: '2012', report: 'daily' }).aqi).toBe(100);
    expect(inputError(() => aqi({ so2_1h: 150 }, { edition: '2012', report: 'daily' })).field).toBe('concentrations.so2_1h');
  });

  it('2012 real-time takes the 1 h values, O3 8 h and the PM 24 h moving means, and refuses the SO2 24 h mean', () => {
    expect(aqi({ so2_1h: 150, o3_8h: 100, pm25_24h: 35 }, { edition: '2012', report: 'hourly' }).aqi).toBe(50);
    expect(inputError(() => aqi({ so2_24h: 50 }, { edition: '2012', report: 'hourly' })).field).toBe('concentrations.so2_24h');
  });

  it('without a report the behaviour is as before: O3 1 h counts under 2026 (125 for 250 µg/m³), and a PM 1 h mean asks for the real-time report', () => {
    expect(aqi({ pm25_24h: 30, o3_1h: 250, o3_8h: 120 }, { edition: '2026' }).aqi).toBe(125);
    expect(inputError(() => aqi({ pm25_1h: 60 }, { edition: '2026' })).expected).toContain("report: 'hourly'");
  });

  it('refuses a report that is neither daily nor hourly', () => {
    expect(inputError(() => aqi({ pm25_24h: 30 }, { edition: '2026', report: 'weekly' as never })).field).toBe('options.report');
  });

  it('aqiValues applies the report to every record and names the record', () => {
    expect(aqiValues([{ pm25_24h: 60 }, { pm25_24h: 30 }], D2026)).toEqual([100, 43]);
    expect(inputError(() => aqiValues([{ pm25_24h: 60 }, { o3_1h: 10 }], D2026)).field).toBe('records[1].o3_1h');
  });
});

describe("each report's indicators, one by one, and the words of a refusal", () => {
  const REPORT_KEYS = {
    '2012': {
      daily: ['so2_24h', 'no2_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
      // the 24 h moving means of HJ 633-2012, or the 1 h values as the national platform rates them since 2014
      hourly: ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h', 'pm10_1h', 'pm25_1h'],
    },
    '2026': {
      daily: ['so2_24h', 'no2_24h', 'co_24h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
      hourly: ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h'],
    },
  } as const;
  const ALL = ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h', 'pm10_1h', 'pm25_1h'];

  it.each((['2012', '2026'] as const).flatMap((edition) => (['daily', 'hourly'] as const).map((report) => [edition, report] as const)))(
    '%s %s: takes each of its indicators alone, refuses every other',
    (edition, report) => {
      const keys: readonly string[] = REPORT_KEYS[edition][report];
      for (const key of ALL) {
        const call = () => aqi({ [key]: 1 } as Concentrations, { edition, report });
        if (keys.includes(key)) expect(call().aqi, key).toBeGreaterThan(0);
        else expect(inputError(call).field, key).toBe(`concentrations.${key}`);
      }
    },
  );

  it('says what the report holds, in English and in Chinese', () => {
    const daily = inputError(() => aqi({ o3_1h: 10 }, { edition: '2026', report: 'daily' })).issues[0]!;
    expect(daily.expected).toBe(
      'an indicator of the daily report: HJ 633-2026 4.2.2 (daily report): the daily means of SO2, NO2, CO, PM10 and PM2.5 and the O3 daily maximum 8 h mean; no O3 1 h',
    );
    expect(daily.expectedZh).toBe(
      '日报的指标：HJ 633-2026 4.2.2（日报）：SO2、NO2、CO、PM10、PM2.5 的日均值和 O3 日最大 8 小时平均，不含 O3 1 小时',
    );
    const hourly = inputError(() => aqi({ o3_8h: 10 }, { edition: '2026', report: 'hourly' })).issues[0]!;
    expect(hourly.expected).toBe(
      'an indicator of the hourly report: HJ 633-2026 4.2.3 (real-time report): the 1 h means of SO2, NO2, CO, O3, PM10 and PM2.5',
    );
    expect(hourly.expectedZh).toBe('实时报的指标：HJ 633-2026 4.2.3（实时报）：SO2、NO2、CO、O3、PM10、PM2.5 的 1 小时平均');
    expect(inputError(() => aqi({ so2_1h: 10 }, { edition: '2012', report: 'daily' })).expected).toBe(
      'an indicator of the daily report: HJ 633-2012 daily report: the 24 h means of SO2, NO2, CO, PM10, PM2.5, O3 1 h and O3 8 h',
    );
    expect(inputError(() => aqi({ so2_24h: 10 }, { edition: '2012', report: 'hourly' })).issues[0]!.expectedZh).toBe(
      '实时报的指标：HJ 633-2012 实时报：SO2、NO2、CO、O3 的 1 小时值，O3 8 小时（可缺），PM10、PM2.5 取 24 小时滑动平均或 1 小时值（pm10_1h、pm25_1h，全国实时发布平台 2014 年起的做法）',
    );
  });
});

describe('every refusal of the AQI functions in Chinese too', () => {
  it('says what a plain record, a pollutant key and at least one value are, in Chinese', () => {
    expect(zh(() => aqi(null as never, E2012))).toBe('按污染物给出浓度的普通对象，如 { pm25_24h: 35 }');
    expect(zh(() => aqi({ pm25: 35 } as never, E2012))).toBe(
      "以 'pm25_24h'、'pm10_24h'、'so2_24h'、'so2_1h'、'no2_24h'、'no2_1h'、'co_24h'、'co_1h'、'o3_1h'、'o3_8h' 之一 为键的浓度",
    );
    expect(zh(() => aqi({ pm25_24h: null }, E2012))).toBe('至少一项污染物浓度');
    expect(zh(() => aqiValues({} as never, E2012))).toBe('按污染物给出浓度的数组');
  });

  it('says why a footnote of HJ 633-2012 needs its fallback value, in the words of Table 1 notes a and b', () => {
    expect(zh(() => aqi({ so2_1h: 900 }, E2012))).toBe(
      'SO2 24 小时平均浓度：HJ 633-2012 下 SO2 1 小时平均浓度高于 800 µg/m³ 的不再计算其分指数（表 1 注 a），SO2 按 24 小时平均浓度的分指数报告',
    );
    expect(zh(() => aqi({ o3_8h: 900 }, E2012))).toBe(
      'O3 1 小时平均浓度：HJ 633-2012 下 O3 8 小时平均浓度高于 800 µg/m³ 的不再计算其分指数（表 1 注 b），O3 按 1 小时平均浓度的分指数报告',
    );
  });

  it('says what an AQI and a series of daily AQIs are, in Chinese', () => {
    expect(zh(() => aqiLevel(-1))).toBe('AQI（≥ 0 的有限数）或 `aqi` 的结果');
    expect(zh(() => heavyPollutionDays([]))).toBe('非空的逐日 AQI 数组');
  });

  it('refuses a report other than daily or hourly with the clauses, in English and Chinese', () => {
    const issue = inputError(() => aqi({ pm25_24h: 30 }, { edition: '2012', report: 'realtime' as never })).issues[0]!;
    expect(issue).toMatchObject({
      field: 'options.report',
      value: 'realtime',
      expected: "'daily' or 'hourly' (HJ 633 4.2.2, 4.2.3)",
      expectedZh: "'daily' 或 'hourly'（HJ 633 4.2.2、4.2.3）",
    });
  });

  it("names the HJ 633-2012 reports' indicators in the other language too", () => {
    expect(zh(() => aqi({ so2_1h: 10 }, { edition: '2012', report: 'daily' }))).toBe(
      '日报的指标：HJ 633-2012 日报：SO2、NO2、CO、PM10、PM2.5 的 24 小时平均，O3 1 小时和 8 小时',
    );
    expect(inputError(() => aqi({ so2_24h: 10 }, { edition: '2012', report: 'hourly' })).expected).toBe(
      'an indicator of the hourly report: HJ 633-2012 real-time report: the 1 h values of SO2, NO2, CO and O3, O3 8 h (optional), PM10 and PM2.5 as 24 h moving means or as 1 h values (pm10_1h, pm25_1h, the national platform since 2014)',
    );
  });
});

describe('1-hour PM means (HJ 633-2026 4.2.3: on the daily breakpoints, only in the real-time report)', () => {
  const H2026 = { edition: '2026', report: 'hourly' } as const;
  const PM_1H = "a 1-hour PM mean only in a real-time report: { report: 'hourly' }";
  const PM_1H_ZH = "PM 1 小时平均仅用于实时报：{ report: 'hourly' }";

  it('aqiValues rates them on the 2026 daily breakpoints: PM2.5 1 h 80 → 119, PM10 1 h 200 → 131', () => {
    // PM2.5 (60, 115] ↔ (100, 150]: 100 + ⌈50×20/55⌉ = 100 + ⌈18.2⌉ = 119
    // PM10 (120, 250] ↔ (100, 150]: 100 + ⌈50×80/130⌉ = 100 + ⌈30.8⌉ = 131
    expect(aqiValues([{ pm25_1h: 80 }, { pm10_1h: 200, o3_1h: 100 }] as never, H2026)).toEqual([119, 131]);
    expect(aqi({ pm25_1h: 80 } as never, H2026).aqi).toBe(119);
  });

  it.each([
    ['pm10_1h', { edition: '2026' }],
    ['pm25_1h', { edition: '2026' }],
    ['pm10_1h', { edition: '2012' }],
    ['pm25_1h', { date: '2026-02-28' }],
  ] as const)('refuses %s under %o, saying where it belongs, in both languages', (key, options) => {
    for (const [f, field] of [
      [() => aqi({ [key]: 80 } as never, options), `concentrations.${key}`],
      [() => aqiValues([{ [key]: 80 }] as never, options), `records[0].${key}`],
    ] as const) {
      expect(inputError(f).issues).toEqual([{ code: 'outside-report', field, value: 80, expected: PM_1H, expectedZh: PM_1H_ZH }]);
    }
  });

  it('refuses the key even without a value outside a real-time report: a 1 h PM mean belongs to no daily report', () => {
    expectCode(() => aqi({ pm25_24h: 50, pm10_1h: null } as never, { edition: '2012' }), 'outside-report', 'concentrations.pm10_1h', null);
    expectCode(
      () => aqiValues([{ pm25_24h: 50, pm25_1h: null }] as never, { edition: '2026', report: 'daily' }),
      'outside-report',
      'records[0].pm25_1h',
      null,
    );
  });
});

describe('what a report refuses, and what it lets through', () => {
  it('lets a not-measured value (undefined or null) of an indicator outside the report through', () => {
    expect(aqi({ pm25_24h: 60, o3_1h: undefined }, { edition: '2026', report: 'daily' }).aqi).toBe(100);
    expect(aqi({ pm25_24h: 60, o3_1h: null }, { edition: '2026', report: 'daily' }).aqi).toBe(100);
    expect(aqiValues([{ pm25_24h: 60, o3_1h: null }], { edition: '2026', report: 'daily' })).toEqual([100]);
  });

  it('leaves a record that is no plain object to the general refusal', () => {
    expectCode(() => aqi([5] as never, { edition: '2012', report: 'daily' }), 'not-plain', 'concentrations');
    expectCode(() => aqiValues([{ so2_1h: 5 }, [5]] as never, { edition: '2026', report: 'hourly' }), 'not-plain', 'records[1]');
  });
});

describe('unreadable input: a revoked Proxy is refused by name, never read', () => {
  it.each([
    ['aqi', () => aqi(revoked() as never, E2012), 'concentrations'],
    ['aqiValues', () => aqiValues(revoked() as never, E2012), 'records'],
    ['aqiValues, a record', () => aqiValues([{ pm25_24h: 5 }, revoked()] as never, E2012), 'records[1]'],
    ['aqiLevel', () => aqiLevel(revoked() as never), 'value'],
    ['isHeavyPollution', () => isHeavyPollution(revoked() as never), 'value'],
    ['heavyPollutionDays', () => heavyPollutionDays(revoked() as never), 'dailyAqis'],
  ])('%s', (_, f, field) => {
    const e = inputError(f);
    expect(e.field).toBe(field);
    expect(e.message).toContain('received a revoked Proxy');
  });

  it('refuses Infinity on the columns HJ 633-2026 rates above 800 (SO2 1 h, O3 8 h), in one record and in a batch', () => {
    expectCode(() => aqi({ so2_1h: Infinity }, E2026), 'not-a-number', 'concentrations.so2_1h', Infinity);
    expectCode(() => aqi({ o3_8h: Infinity }, E2026), 'not-a-number', 'concentrations.o3_8h', Infinity);
    expectCode(() => aqiValues([{ o3_8h: 900 }, { o3_8h: Infinity }], E2026), 'not-a-number', 'records[1].o3_8h', Infinity);
  });
});

describe('reportSpec', () => {
  it("gives HJ 633-2026's real-time report the 1-hour means of the six pollutants (4.2.3)", () => {
    expect(reportSpec('2026', 'hourly').keys).toEqual(['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h']);
  });

  it("leaves the 1-hour ozone mean out of HJ 633-2026's daily report (4.2.2)", () => {
    expect(reportSpec('2026', 'daily').keys).not.toContain('o3_1h');
    expect(reportSpec('2026', 'daily').keys).toContain('o3_8h');
  });
});
