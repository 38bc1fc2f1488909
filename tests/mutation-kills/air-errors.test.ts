/**
 * Every PlanInputError of src/air, pinned: the field it names and what it says was expected. These words
 * are the contract for bad input ("naming the field, the value and what was expected"); tests/air checks
 * most fields, this file checks them all, word for word, so that no mutant blanking one survives.
 */
import { describe, expect, it } from 'vitest';
import {
  annualStats,
  aqi,
  aqiLevel,
  aqiValues,
  compositeIndex,
  gb3095Limits,
  heavyPollutionDays,
  iaqi,
  isHeavyPollution,
  percentile,
  pm25Attainment,
  resolveEdition,
  roundGbt8170,
} from '../../src/air/index.js';
import { expectInputError } from '../errors.js';

const EDITION = "{ edition: '2012' | '2026' } or { date: 'YYYY-MM-DD' } (there is no default edition)";
const POLLUTANTS = "one of 'pm25_24h', 'pm10_24h', 'so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h'";
const CONCENTRATION = 'a finite number ≥ 0 (µg/m³; CO in mg/m³)';
const LIMITS = "{ edition: '2012' }, { edition: '2026', phase: 'transition' | 'final' }, { date: 'YYYY-MM-DD' } or { year } (there is no default)";
const E12 = { edition: '2012' } as const;
const stats = { so2: 9, no2: 15, pm10: 39, pm25: 21, co: 0.7, o3: 192 };

describe('resolveEdition and the date checks', () => {
  it('names options, options.edition and options.date', () => {
    expectInputError(() => resolveEdition(null as never), 'options', EDITION, null);
    expectInputError(() => resolveEdition('2012' as never), 'options', EDITION, '2012');
    const empty = {};
    expectInputError(() => resolveEdition(empty as never), 'options', EDITION, empty);
    const both = { edition: '2012', date: '2025-01-01' };
    expectInputError(() => resolveEdition(both as never), 'options', 'either { edition } or { date }, not both', both);
    expectInputError(() => resolveEdition({ edition: '2020' } as never), 'options.edition', "'2012' (HJ 633-2012) or '2026' (HJ 633-2026)", '2020');
    expectInputError(() => resolveEdition({ date: '2025-02-29' }), 'options.date', "an ISO calendar date 'YYYY-MM-DD' that exists, e.g. '2025-12-31'", '2025-02-29');
    expectInputError(
      () => resolveEdition({ date: '2015-12-31' }),
      'options.date',
      'a date from 2016-01-01 (when the 2012 editions apply nationwide); name the edition for earlier data',
      '2015-12-31',
    );
    expect(resolveEdition({ date: '2016-01-01' })).toBe('2012');
    expect(resolveEdition({ date: '2026-02-28' })).toBe('2012');
    expect(resolveEdition({ date: '2026-03-01' })).toBe('2026');
  });
});

describe('iaqi', () => {
  it('names the pollutant, refusing anything but the name itself', () => {
    expectInputError(() => iaqi('pm25' as never, 35, E12), 'pollutant', POLLUTANTS, 'pm25');
    const lookalike = { toString: () => 'pm25_24h' };
    expectInputError(() => iaqi(lookalike as never, 35, E12), 'pollutant', POLLUTANTS, lookalike);
    expectInputError(() => iaqi('toString' as never, 35, E12), 'pollutant', POLLUTANTS, 'toString');
  });

  it('names the concentration', () => {
    expectInputError(() => iaqi('pm25_24h', -1, E12), 'concentration', CONCENTRATION, -1);
    expectInputError(() => iaqi('pm25_24h', Infinity, E12), 'concentration', CONCENTRATION, Infinity);
    expectInputError(() => iaqi('pm25_24h', '35' as never, E12), 'concentration', CONCENTRATION, '35');
  });
});

describe('aqi and aqiValues', () => {
  it('name the record, the key and the value', () => {
    expectInputError(() => aqi(null as never, E12), 'concentrations', 'an object of concentrations by pollutant, e.g. { pm25_24h: 35 }', null);
    expectInputError(() => aqi({ pm25: 35 } as never, E12), 'concentrations.pm25', `a concentration keyed by ${POLLUTANTS}`, 35);
    expectInputError(() => aqi({ pm25_24h: -3 }, E12), 'concentrations.pm25_24h', CONCENTRATION, -3);
    expectInputError(() => aqi({ pm25_24h: null }, E12), 'concentrations', 'at least one pollutant concentration');
    expectInputError(() => aqiValues({} as never, E12), 'records', 'an array of concentrations by pollutant');
    expectInputError(() => aqiValues([{ pm25_24h: 35 }, 7 as never], E12), 'records[1]', 'an object of concentrations by pollutant, e.g. { pm25_24h: 35 }', 7);
    expectInputError(() => aqiValues([{ pm25_24h: 35 }, { o3_8h: NaN }], E12), 'records[1].o3_8h', CONCENTRATION, NaN);
  });

  it('name the fallback a footnote of HJ 633-2012 needs', () => {
    expectInputError(
      () => aqi({ so2_1h: 900 }, E12),
      'concentrations.so2_24h',
      'the SO2 24 h concentration: above 800 µg/m³ SO2 1 h has no IAQI under HJ 633-2012 (Table 1 note a) and SO2 is reported by its 24 h IAQI',
    );
    expectInputError(
      () => aqiValues([{ o3_8h: 900, pm25_24h: 30 }], E12),
      'records[0].o3_1h',
      'the O3 1 h concentration: above 800 µg/m³ O3 8 h has no IAQI under HJ 633-2012 (Table 1 note b) and O3 is reported by its 1 h IAQI',
    );
  });

  it('name an AQI, in one value or a series', () => {
    const AQI = 'an AQI (a finite number ≥ 0) or an `aqi` result';
    expectInputError(() => aqiLevel(-1), 'aqi', AQI, -1);
    expectInputError(() => isHeavyPollution({ aqi: NaN }), 'aqi', AQI);
    expectInputError(() => heavyPollutionDays([]), 'dailyAqis', 'a non-empty array of daily AQIs');
    expectInputError(() => heavyPollutionDays([10, 'x' as never]), 'dailyAqis[1]', AQI, 'x');
  });
});

describe('gb3095Limits and pm25Attainment', () => {
  it('name the options', () => {
    expectInputError(() => gb3095Limits(null as never), 'options', LIMITS, null);
    expectInputError(() => gb3095Limits({} as never), 'options', LIMITS);
    expectInputError(() => gb3095Limits({ year: 2025, date: '2025-01-01' } as never), 'options', LIMITS);
    expectInputError(() => gb3095Limits({ edition: '2012', phase: 'final' } as never), 'options.phase', 'no phase: GB 3095-2012 has none', 'final');
    expectInputError(() => gb3095Limits({ edition: '2020' } as never), 'options.edition', "'2012' or '2026'", '2020');
    expectInputError(
      () => gb3095Limits({ edition: '2026' } as never),
      'options.phase',
      "'transition' (2026-03-01 to 2030-12-31) or 'final' (from 2031-01-01): GB 3095-2026 has two phases",
      undefined,
    );
    expectInputError(() => gb3095Limits({ year: 2025, phase: 'final' } as never), 'options.phase', 'a phase only with { edition: "2026" }', 'final');
    expectInputError(() => gb3095Limits({ year: 2015 }), 'options.year', 'a calendar year from 2016 (when GB 3095-2012 applies nationwide)', 2015);
    expectInputError(() => gb3095Limits({ year: 10000 }), 'options.year', 'a calendar year from 2016 (when GB 3095-2012 applies nationwide)', 10000);
    expectInputError(() => gb3095Limits({ year: 2025.5 }), 'options.year', 'a calendar year from 2016 (when GB 3095-2012 applies nationwide)', 2025.5);
    expect(gb3095Limits({ year: 9999 }).id).toBe('2026-final');
    expect(gb3095Limits({ year: 2016 }).id).toBe('2012');
    expectInputError(() => pm25Attainment(-1, E12), 'annualMean', 'a finite number ≥ 0 (µg/m³)', -1);
  });
});

describe('compositeIndex', () => {
  it('names stats, options, limits and weights', () => {
    expectInputError(() => compositeIndex(null as never, E12), 'stats', 'an object { so2, no2, pm10, pm25, co, o3 } of period statistics', null);
    expectInputError(() => compositeIndex(stats, null as never), 'options', `${LIMITS}, or { limits }`, null);
    const mixed = { limits: { ...stats }, edition: '2012' };
    expectInputError(() => compositeIndex(stats, mixed as never), 'options', 'either { limits } or the GB 3095 edition, date or year, not both', mixed);
    expect(compositeIndex(stats, { limits: { ...stats }, edition: undefined } as never)).toBe(6);
    expectInputError(() => compositeIndex(stats, { limits: 5 } as never), 'options.limits', 'an object { so2, no2, pm10, pm25, co, o3 } of limits > 0', 5);
    expectInputError(() => compositeIndex(stats, { limits: { ...stats, co: 0 } }), 'options.limits.co', 'a finite number > 0', 0);
    expectInputError(
      () => compositeIndex(stats, { ...E12, weights: 3 } as never),
      'options.weights',
      'an object of weights ≥ 0 by pollutant (so2, no2, pm10, pm25, co, o3)',
      3,
    );
    expectInputError(() => compositeIndex(stats, { ...E12, weights: { pm2: 1 } } as never), 'options.weights.pm2', 'a weight of so2, no2, pm10, pm25, co or o3', 1);
    expectInputError(() => compositeIndex(stats, { ...E12, weights: { o3: -1 } }), 'options.weights.o3', 'a finite number ≥ 0', -1);
    expectInputError(() => compositeIndex({ ...stats, co: -1 }, E12), 'stats.co', 'a finite number ≥ 0 (mg/m³)', -1);
    expectInputError(() => compositeIndex({ ...stats, no2: undefined } as never, E12), 'stats.no2', 'a finite number ≥ 0 (µg/m³)', undefined);
    expectInputError(() => compositeIndex(stats, { ...E12, singleIndexes: 1 } as never), 'options.singleIndexes', 'true or false', 1);
  });

  it('marks the result unverified only for weights other than 1', () => {
    expect(compositeIndex(stats, { ...E12, weights: { pm25: 1, o3: undefined }, singleIndexes: true }).verified).toBe(true);
    expect(compositeIndex(stats, { ...E12, weights: { pm25: 3 }, singleIndexes: true }).verified).toBe(false);
  });
});

describe('percentile, annualStats and roundGbt8170', () => {
  it('name their arguments', () => {
    expectInputError(() => percentile([], 50), 'values', 'a non-empty array of finite numbers');
    expectInputError(() => percentile([1, Infinity], 50), 'values[1]', 'a finite number', Infinity);
    expectInputError(() => percentile([1], 101), 'p', 'a percentile from 0 to 100', 101);
    expectInputError(() => percentile([1], -0.5), 'p', 'a percentile from 0 to 100', -0.5);
    expectInputError(() => annualStats([]), 'dailyRecords', 'a non-empty array of daily records');
    expectInputError(() => annualStats([[] as never]), 'dailyRecords[0]', 'an object of daily concentrations');
    expectInputError(
      () => annualStats([{ pm25_24h: -1 }]),
      'dailyRecords[0].pm25_24h',
      'a finite number ≥ 0 (µg/m³; CO in mg/m³), or null for a day without a value',
      -1,
    );
    expectInputError(() => annualStats([{ so2_24h: 1, no2_24h: 1, pm10_24h: 1, pm25_24h: 1, co_24h: 1 }]), 'dailyRecords[].o3_8h', 'at least one day with a value', undefined);
    expectInputError(() => roundGbt8170(NaN), 'value', 'a finite number', NaN);
    expectInputError(() => roundGbt8170(1, 11), 'decimals', 'a whole number from 0 to 10', 11);
    expectInputError(() => roundGbt8170(1, -1), 'decimals', 'a whole number from 0 to 10', -1);
    expectInputError(() => roundGbt8170(1, 0.5), 'decimals', 'a whole number from 0 to 10', 0.5);
    expect(roundGbt8170(2.25, 10)).toBe(2.25);
    expect(roundGbt8170(2.5, 0)).toBe(2);
  });
});
