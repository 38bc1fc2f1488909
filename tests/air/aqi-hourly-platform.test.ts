/**
 * HJ 633-2012's real-time report as the national platform has computed it since 2014-01-01: PM10 and PM2.5
 * by their 1-hour values on the 24-hour breakpoints (`pm10_1h`, `pm25_1h`), O3 8 h optional. HJ 633-2026
 * 4.2.3 later wrote the 1-hour PM rule into the standard.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aqi, aqiValues, type Concentrations } from '../../src/index.js';
import { HOURLY_PM_PRACTICE } from '../../src/air/aqi.js';
import { inputError } from '../errors.js';

const H2012 = { edition: '2012', report: 'hourly' } as const;

describe("HJ 633-2012's real-time report takes the 1-hour PM values (the platform's practice since 2014)", () => {
  it('rates PM2.5 1 h on the 24 h breakpoints: 80 → 107, and PM10 1 h 200 → 125', () => {
    // PM2.5 (75, 115] ↔ (100, 150]: 100 + ⌈50×5/40⌉ = 100 + ⌈6.25⌉ = 107
    expect(aqi({ pm25_1h: 80 }, H2012).aqi).toBe(107);
    // PM10 (150, 250] ↔ (100, 150]: 100 + ⌈50×50/100⌉ = 125
    expect(aqi({ pm10_1h: 200 }, H2012).aqi).toBe(125);
    expect(aqiValues([{ pm25_1h: 80 }, { pm10_1h: 200 }], H2012)).toEqual([107, 125]);
  });

  it('reproduces a published station-hour: 万寿西宫 (1001A), 2022-01-04 16:00, AQI 74, primary PM2.5', () => {
    // The national platform's real-time feed (archived by HeQinWill/CNEMC, Archive/2022-01-04/2022-01-04T16.csv):
    // SO2 12, NO2 61, CO 1.4, O3 43, PM10 79, PM2.5 54; published AQI 74, 首要污染物 细颗粒物(PM2.5).
    // PM2.5 54 on the 24 h column: 50 + ⌈50×19/40⌉ = 50 + ⌈23.75⌉ = 74; PM10 79: 50 + ⌈50×29/100⌉ = 65.
    const r = aqi({ so2_1h: 12, no2_1h: 61, co_1h: 1.4, o3_1h: 43, pm10_1h: 79, pm25_1h: 54 }, H2012);
    expect(r.aqi).toBe(74);
    expect(r.iaqis.pm25_1h).toBe(74);
    expect(r.iaqis.pm10_1h).toBe(65);
    expect(r.primaryPollutants).toEqual(['pm25_1h']);
  });

  it('names the pollutants as given: primary and exceeding pm25_1h, in the order of the table', () => {
    const r = aqi({ so2_1h: 20, pm25_1h: 80, pm10_1h: 160, o3_8h: 90 }, H2012);
    // PM10 1 h 160: 100 + ⌈50×10/100⌉ = 105; PM2.5 1 h 80: 107
    expect(r.iaqis).toEqual({ so2_1h: 7, pm10_1h: 105, o3_8h: 45, pm25_1h: 107 });
    expect(r.primaryPollutants).toEqual(['pm25_1h']);
    expect(r.exceedingPollutants).toEqual(['pm10_1h', 'pm25_1h']);
    // a tie names both
    expect(aqi({ pm10_1h: 150, pm25_1h: 75 }, H2012).primaryPollutants).toEqual(['pm10_1h', 'pm25_1h']);
  });

  it('keeps O3 8 h optional, and takes the 24 h moving means as before', () => {
    expect(aqi({ o3_1h: 100, pm25_1h: 30 }, H2012).aqi).toBe(43);
    expect(aqi({ o3_1h: 100, pm25_24h: 30 }, H2012).aqi).toBe(43);
    expect(aqi({ pm10_1h: 100, pm25_24h: 80 }, H2012).primaryPollutants).toEqual(['pm25_24h']);
  });

  it('refuses the same PM both as 1 h and as 24 h value (conflict), naming both fields', () => {
    const e = inputError(() => aqi({ pm25_1h: 50, pm25_24h: 40 }, H2012));
    expect(e.issues.map((i) => [i.code, i.field])).toEqual([
      ['conflict', 'concentrations.pm25_1h'],
      ['conflict', 'concentrations.pm25_24h'],
    ]);
    const f = inputError(() => aqiValues([{ pm10_1h: 50 }, { pm10_1h: 50, pm10_24h: 60, pm25_1h: 30 }], H2012));
    expect(f.issues.map((i) => [i.code, i.field])).toEqual([
      ['conflict', 'records[1].pm10_1h'],
      ['conflict', 'records[1].pm10_24h'],
    ]);
    // PM10 as 1 h and PM2.5 as 24 h is no conflict; a not-measured (null) value is none either
    expect(aqi({ pm10_1h: 100, pm25_24h: 35 }, H2012).aqi).toBe(75);
    expect(aqi({ pm25_1h: 35, pm25_24h: null }, H2012).aqi).toBe(50);
  });

  it('takes pm10_1h / pm25_1h only in a real-time report (outside-report otherwise)', () => {
    for (const options of [{ edition: '2012' }, { edition: '2012', report: 'daily' }, { date: '2025-06-01' }] as const) {
      const e = inputError(() => aqi({ pm25_1h: 50 }, options));
      expect(e.issues.map((i) => [i.code, i.field])).toEqual([['outside-report', 'concentrations.pm25_1h']]);
    }
    expect(aqi({ pm25_1h: 50 }, { date: '2025-06-01', report: 'hourly' }).aqi).toBe(69);
  });

  it('gives the same AQI as the 24 h key with the same value, under both editions (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 600 }), fc.constantFrom('2012', '2026'), (pm25, pm10, e) => {
        const hourly = aqi({ pm25_1h: pm25, pm10_1h: pm10 }, { edition: e, report: 'hourly' }).aqi;
        expect(hourly).toBe(aqi({ pm25_24h: pm25, pm10_24h: pm10 }, { edition: e }).aqi);
        expect(aqiValues([{ pm25_1h: pm25, pm10_1h: pm10 }], { edition: e, report: 'hourly' })).toEqual([hourly]);
      }),
    );
  });
});

describe('every problem of a record at once (issue 24)', () => {
  it('reports two bad values both, with their codes', () => {
    const e = inputError(() => aqi({ pm25_24h: -1, pm10_24h: 'x' } as never, { edition: '2012' }));
    expect(e.issues.map((i) => [i.code, i.field])).toEqual([
      ['out-of-range', 'concentrations.pm25_24h'],
      ['wrong-type', 'concentrations.pm10_24h'],
    ]);
    const f = inputError(() => aqiValues([{ pm25_24h: 1 }, { so2_24h: Number.NaN, pm25: 3 } as Concentrations], { edition: '2026' }));
    expect(f.issues.map((i) => [i.code, i.field])).toEqual([
      ['not-a-number', 'records[1].so2_24h'],
      ['unknown-key', 'records[1].pm25'],
    ]);
  });

  it('reports an indicator outside the report beside a bad value', () => {
    const e = inputError(() => aqi({ so2_24h: 5, pm25_1h: -3 }, H2012));
    expect(e.issues.map((i) => [i.code, i.field])).toEqual([
      ['outside-report', 'concentrations.so2_24h'],
      ['out-of-range', 'concentrations.pm25_1h'],
    ]);
  });
});

describe('the basis of the reading, in the data and in the decisions guide', () => {
  it('quotes HOURLY_PM_PRACTICE word for word in both languages', () => {
    const guide = (lang: string) => readFileSync(new URL(`../../docs/guides/decisions.${lang}.md`, import.meta.url), 'utf8');
    expect(guide('en')).toContain(`> ${HOURLY_PM_PRACTICE.en}`);
    expect(guide('zh')).toContain(`> ${HOURLY_PM_PRACTICE.zh}`);
    expect(HOURLY_PM_PRACTICE.en).toContain('2014-01-01');
    expect(HOURLY_PM_PRACTICE.en).toContain('HJ 633-2026 4.2.3');
  });
});
