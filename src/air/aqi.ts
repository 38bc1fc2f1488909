import { PlanInputError, refuse } from '../errors.js';
import { numberCode } from '../issue-codes.js';
import type {
  AirEdition,
  AqiLevel,
  AqiOptions,
  AqiReport,
  AqiResult,
  ConcentrationKey,
  Concentrations,
  HeavyPollutionSummary,
} from '../model/air/index.js';
import { isArray, isPlain, read, shapeCode } from '../input.js';
import {
  type BreakpointTable,
  columnOf,
  CONCENTRATION_EXPECTED,
  CONCENTRATION_EXPECTED_ZH,
  decimalsOf,
  editionOf,
  iaqiCode,
  NOT_COMPUTED,
  POLLUTANT_EXPECTED,
  POLLUTANT_EXPECTED_ZH,
} from './iaqi.js';
import { AQI_LEVELS, BREAKPOINTS } from './tables.js';
import { CONCENTRATION_KEYS } from './pollutants.js';
import { fastScan, SLOW, tabScan, tabulate, TABULATE_FROM } from './batch.js';

/** HJ 633 Table 1's column order: the order of `primaryPollutants`, `exceedingPollutants` and `beyondScale`. */
const ORDER: readonly ConcentrationKey[] = CONCENTRATION_KEYS;
type Pollutant = ConcentrationKey;
const byTableOrder = (a: Pollutant, b: Pollutant): number => ORDER.indexOf(a) - ORDER.indexOf(b);

/** IAQIs by pollutant, as `aqi` fills them. @internal */
export type IaqiMap = { [P in ConcentrationKey]?: number | null };

/** The indicators of each edition's reports, and the clause that says so. */
const REPORTS: { readonly [E in AirEdition]: { readonly [R in AqiReport]: readonly [readonly string[], string, string] } } = {
  '2012': {
    daily: [
      ['so2_24h', 'no2_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
      'HJ 633-2012 daily report: the 24 h means of SO2, NO2, CO, PM10, PM2.5, O3 1 h and O3 8 h',
      'HJ 633-2012 日报:SO2、NO2、CO、PM10、PM2.5 的 24 小时平均,O3 1 小时和 8 小时',
    ],
    hourly: [
      ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
      'HJ 633-2012 real-time report: the 1 h values of SO2, NO2, CO and O3, O3 8 h and the PM10 and PM2.5 24 h moving means',
      'HJ 633-2012 实时报:SO2、NO2、CO、O3 的 1 小时值,O3 8 小时及 PM10、PM2.5 24 小时滑动平均',
    ],
  },
  '2026': {
    daily: [
      ['so2_24h', 'no2_24h', 'co_24h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
      'HJ 633-2026 4.2.2 (daily report): the daily means of SO2, NO2, CO, PM10 and PM2.5 and the O3 daily maximum 8 h mean; no O3 1 h',
      'HJ 633-2026 4.2.2(日报):SO2、NO2、CO、PM10、PM2.5 的日均值和 O3 日最大 8 小时平均,不含 O3 1 小时',
    ],
    hourly: [
      ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h'],
      'HJ 633-2026 4.2.3 (real-time report): the 1 h means of SO2, NO2, CO, O3, PM10 and PM2.5',
      'HJ 633-2026 4.2.3(实时报):SO2、NO2、CO、O3、PM10、PM2.5 的 1 小时平均',
    ],
  },
};

/** A fast path's answer, or SLOW when it throws (a revoked Proxy, a getter that throws): `scan` then says what is wrong. */
function fast(f: () => number): number {
  try {
    return f();
  } catch {
    return SLOW;
  }
}

/** The daily columns the 1-hour PM means take under HJ 633-2026 4.2.3. */
const HOURLY_PM: { readonly [k: string]: string } = { pm10_1h: 'pm10_24h', pm25_1h: 'pm25_24h' };

/** The edition and the report of `aqi`'s options (each option read once). @internal */
export function aqiOptions(options: unknown): [AirEdition, AqiReport | undefined] {
  const edition = editionOf(options, REPORT_KEY);
  const report = (options as { report?: unknown }).report;
  if (report !== undefined && report !== 'daily' && report !== 'hourly') {
    refuse('invalid-value', 'options.report', report, [
      "'daily' or 'hourly' (HJ 633 4.2.2, 4.2.3)",
      "'daily' 或 'hourly'(HJ 633 4.2.2、4.2.3)",
    ]);
  }
  return [edition, report];
}
const REPORT_KEY: readonly string[] = ['report'];

/** Refuses every key of `c` outside the report (all at once). */
function checkReport(c: unknown, edition: AirEdition, report: AqiReport, i: number): void {
  if (!isPlain(c)) return; // scan says what is wrong
  const [keys, en, zh] = REPORTS[edition][report];
  const issues = [];
  for (const key in c) {
    if (!keys.includes(key) && c[key] !== undefined && c[key] !== null) {
      issues.push({
        code: 'outside-report' as const,
        field: field(i, key),
        value: c[key],
        expected: `an indicator of the ${report} report: ${en}`,
        expectedZh: `${report === 'daily' ? '日报' : '实时报'}的指标:${zh}`,
      });
    }
  }
  if (issues.length > 0) throw new PlanInputError(issues);
}

const field = (i: number, key?: string): string => (i < 0 ? 'concentrations' : `records[${i}]`) + (key === undefined ? '' : `.${key}`);

/**
 * The AQI of one record: validates it, fills `iaqis` and `beyond` when given, applies the footnotes.
 * `i` is the record's index in a batch (−1 for a single call), used only to name a bad field.
 */
function scan(
  c: Concentrations,
  table: BreakpointTable,
  edition2026: boolean,
  i: number,
  iaqis: IaqiMap | null,
  beyond: Pollutant[] | null,
  hourlyPm: boolean,
): number {
  if (!isPlain(c)) {
    refuse('not-plain', field(i), c, [
      'a plain object of concentrations by pollutant, e.g. { pm25_24h: 35 }',
      '按污染物给出浓度的普通对象,如 { pm25_24h: 35 }',
    ]);
  }
  let max = -1;
  let footnotes = 0; // 1: SO2 1 h > 800 under 2012; 2: O3 8 h > 800 under 2012
  for (const key in c) {
    const bp = columnOf(table, hourlyPm && key in HOURLY_PM ? HOURLY_PM[key] : key);
    const v = (c as Record<string, unknown>)[key];
    if (!bp) {
      if (key === 'pm10_1h' || key === 'pm25_1h') {
        refuse('outside-report', field(i, key), v, [
          "a 1-hour PM mean only with { edition: '2026' (or a date from 2026-03-01), report: 'hourly' } (HJ 633-2026 4.2.3)",
          "PM 1 小时平均仅用于 { edition: '2026'(或 2026-03-01 起的日期), report: 'hourly' }(HJ 633-2026 4.2.3)",
        ]);
      }
      refuse('unknown-key', field(i, key), v, [`a concentration keyed by ${POLLUTANT_EXPECTED}`, `以 ${POLLUTANT_EXPECTED_ZH} 为键的浓度`]);
    }
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !(v >= 0) || v === Infinity)
      refuse(numberCode(v), field(i, key), v, [CONCENTRATION_EXPECTED, CONCENTRATION_EXPECTED_ZH]);
    let code = iaqiCode(bp, v, decimalsOf(key, edition2026));
    if (code < 0) {
      if (code === NOT_COMPUTED) {
        if (iaqis) iaqis[key as Pollutant] = null;
        footnotes |= key === 'so2_1h' ? 1 : 2;
        continue;
      }
      if (beyond) beyond.push(key as Pollutant);
      code = 500;
    }
    if (iaqis) iaqis[key as Pollutant] = code;
    max = Math.max(max, code);
  }
  if (footnotes) {
    // HJ 633-2012 Table 1 notes a and b: SO2 is then reported by its 24 h IAQI, O3 by its 1 h IAQI.
    if (footnotes & 1 && typeof c.so2_24h !== 'number') {
      refuse('out-of-range', field(i, 'so2_24h'), c.so2_24h, [
        'the SO2 24 h concentration: above 800 µg/m³ SO2 1 h has no IAQI under HJ 633-2012 (Table 1 note a) and SO2 is reported by its 24 h IAQI',
        'SO2 24 小时平均浓度:HJ 633-2012 下 SO2 1 小时平均浓度高于 800 µg/m³ 的不再计算其分指数(表 1 注 a),SO2 按 24 小时平均浓度的分指数报告',
      ]);
    }
    if (footnotes & 2 && typeof c.o3_1h !== 'number') {
      refuse('out-of-range', field(i, 'o3_1h'), c.o3_1h, [
        'the O3 1 h concentration: above 800 µg/m³ O3 8 h has no IAQI under HJ 633-2012 (Table 1 note b) and O3 is reported by its 1 h IAQI',
        'O3 1 小时平均浓度:HJ 633-2012 下 O3 8 小时平均浓度高于 800 µg/m³ 的不再计算其分指数(表 1 注 b),O3 按 1 小时平均浓度的分指数报告',
      ]);
    }
  }
  if (max < 0) refuse('missing', field(i), c, ['at least one pollutant concentration', '至少一项污染物浓度']);
  return max;
}

/** Index into AQI_LEVELS of an AQI ≥ 0. */
const levelIndex = (a: number): number => (a <= 50 ? 0 : a <= 100 ? 1 : a <= 150 ? 2 : a <= 200 ? 3 : a <= 300 ? 4 : 5);

/**
 * The air quality index (AQI) of a set of concentrations: the largest IAQI (HJ 633: AQI = max IAQIᵢ), with its
 * level (1–6), category (优 … 严重污染), colour, primary pollutants (首要污染物: when AQI > 50, every
 * pollutant whose IAQI equals the AQI, in Table 1's column order) and exceeding pollutants
 * (超标污染物: IAQI > 100; `null` under HJ 633-2026, which drops the concept).
 *
 * Give the concentrations you have (µg/m³; CO mg/m³); a missing key or `null` means not measured. A
 * daily report uses the 24 h values with O3's 1 h and daily maximum 8 h (HJ 633-2026: O3 8 h only);
 * the 1 h values of SO2, NO2 and CO serve hourly reports. Footnotes under HJ 633-2012: SO2 1 h above
 * 800 has no IAQI (`iaqis.so2_1h` is `null`) and SO2 counts by its 24 h value, which must then be given;
 * the same for O3 8 h above 800 and O3 1 h. Under HJ 633-2026 they count as 200 and 300.
 *
 * Beyond scale: a concentration above the top of its column gets IAQI 500 (the scale's top, never an
 * extrapolation) and is listed in `beyondScale`; the AQI is then 500, level 6.
 *
 * @param concentrations - concentrations by pollutant, e.g. `{ pm25_24h: 80, pm10_24h: 120, o3_8h: 90 }`
 * @param options - `{ edition: '2012' | '2026' }` or `{ date: 'YYYY-MM-DD' }`; required, no default
 * @returns `{ aqi, iaqis, level, category, colour, primaryPollutants, exceedingPollutants, beyondScale, edition }`
 * @throws {PlanInputError} for an unknown pollutant key, a bad concentration, no concentration at all,
 *   a footnote case without the fallback value, or missing or invalid options
 * @example
 * ```ts
 * const r = aqi({ pm25_24h: 80, pm10_24h: 120, o3_8h: 90 }, { edition: '2012' });
 * r.aqi; //=> 107
 * r.iaqis; //=> { pm10_24h: 85, o3_8h: 45, pm25_24h: 107 }
 * r.category; //=> { zh: '轻度污染', en: 'Lightly polluted' }
 * r.primaryPollutants; //=> ['pm25_24h']
 * r.exceedingPollutants; //=> ['pm25_24h']
 * // beyond the top of the scale: the IAQI, and so the AQI, is 500
 * aqi({ pm25_24h: 620 }, { edition: '2012' }).beyondScale; //=> ['pm25_24h']
 * ```
 * @see HJ 633-2012 (AQI = max IAQIᵢ; §6.2 rounding up; Table 1 notes a, b; levels and colours); HJ 633-2026
 * @category Air quality
 */
export function aqi(concentrations: Concentrations, options: AqiOptions): AqiResult {
  const [edition, report] = aqiOptions(options);
  const table = BREAKPOINTS[edition];
  let iaqis: IaqiMap = {};
  const beyondScale: Pollutant[] = [];
  const c = concentrations;
  if (report !== undefined) checkReport(c, edition, report, -1);
  const hourlyPm = report === 'hourly' && edition === '2026';
  let value = fast(() => fastScan(c, table, edition === '2026' ? 0 : -1, iaqis));
  if (value === SLOW) {
    const found: IaqiMap = {};
    value = scan(c, table, edition === '2026', -1, found, beyondScale, hourlyPm);
    // `scan` reads the keys in input order: `iaqis` keeps the table's order, as the fast path fills it.
    iaqis = {};
    for (const p of ORDER) if (p in found) iaqis[p] = found[p];
  }
  const level = AQI_LEVELS[levelIndex(value)]!;
  const primaryPollutants: Pollutant[] = [];
  const exceedingPollutants: Pollutant[] | null = edition === '2012' ? [] : null;
  // One pass over the IAQIs, which are in table order: so are the primary and exceeding pollutants.
  // At AQI ≤ 50 there is neither a primary nor an exceeding pollutant (IAQI > 100).
  if (value > 50) {
    for (const p in iaqis) {
      // A null IAQI (a footnote case) is neither the AQI nor above 100.
      const v = iaqis[p as Pollutant] as number;
      if (v === value) primaryPollutants.push(p as Pollutant);
      if (exceedingPollutants && v > 100) exceedingPollutants.push(p as Pollutant);
    }
  }
  if (beyondScale.length > 1) beyondScale.sort(byTableOrder);
  return {
    aqi: value,
    iaqis,
    level: level.level,
    category: level.category,
    colour: level.colour,
    primaryPollutants,
    exceedingPollutants,
    beyondScale,
    edition,
  };
}

/**
 * The AQI of many records at once: the batch fast path. Each record is checked as `aqi` checks it and
 * gives the same number as `aqi(record, options).aqi`, but the edition is resolved once and no result
 * object is built. From 2,048 records on, the IAQIs of the concentrations monitoring reports give
 * (whole µg/m³, CO to 0.1 mg/m³) are tabulated once per call from Table 1 and looked up; other values
 * are computed. A year of daily records for all 117 counties (42,705) takes about 3 ms, faster than a
 * hand-written loop that computes each IAQI (see the README's performance table).
 *
 * @param records - an array of concentrations by pollutant (as for `aqi`)
 * @param options - `{ edition: '2012' | '2026' }` or `{ date: 'YYYY-MM-DD' }`, applied to every record
 * @returns the AQI of each record, in order
 * @throws {PlanInputError} as `aqi` does, naming the record (`records[3].pm25_24h`), or when `records`
 *   is not an array
 * @example
 * ```ts
 * aqiValues([{ pm25_24h: 35 }, { pm25_24h: 75, o3_8h: 200 }], { edition: '2012' }); //=> [50, 137]
 * ```
 * @see HJ 633-2012 (AQI = max IAQIᵢ); HJ 633-2026
 * @category Air quality
 */
export function aqiValues(records: readonly Concentrations[], options: AqiOptions): number[] {
  if (!isArray(records)) {
    refuse(shapeCode(records), 'records', records, ['an array of concentrations by pollutant', '按污染物给出浓度的数组']);
  }
  const [edition, report] = aqiOptions(options);
  const hourlyPm = report === 'hourly' && edition === '2026';
  const table = BREAKPOINTS[edition];
  const edition2026 = edition === '2026';
  const n = records.length;
  const out = new Array<number>(n); // filled below; growing an array by push costs more than the AQIs
  const d = edition2026 ? 0 : -1;
  const tabs = n >= TABULATE_FROM ? tabulate(table, d) : null;
  for (let i = 0; i < n; i++) {
    const c = records[i]!;
    if (report !== undefined) checkReport(c, edition, report, i);
    let v = tabs ? fast(() => tabScan(c, tabs)) : SLOW;
    if (v === SLOW) v = fast(() => fastScan(c, table, d, null));
    out[i] = v === SLOW ? scan(c, table, edition2026, i, null, null, hourlyPm) : v;
  }
  return out;
}

function aqiNumber(fieldName: string, value: unknown): number {
  const a = value !== null && typeof value === 'object' ? (value as { aqi?: unknown }).aqi : value;
  if (typeof a !== 'number' || !(a >= 0) || a === Infinity) {
    refuse(numberCode(value), fieldName, value, ['an AQI (a finite number ≥ 0) or an `aqi` result', 'AQI(≥ 0 的有限数)或 `aqi` 的结果']);
  }
  return a;
}

/**
 * The AQI level (一级 … 六级) an AQI falls in, with its range, category and colour (HJ 633).
 *
 * @param value - an AQI (a finite number ≥ 0), or a result of `aqi`
 * @returns the level's entry of `AQI_LEVELS`
 * @throws {PlanInputError} when the AQI is negative, not finite or not a number
 * @example
 * ```ts
 * aqiLevel(150).category; //=> { zh: '轻度污染', en: 'Lightly polluted' }
 * aqiLevel(201).level; //=> 5
 * ```
 * @see HJ 633-2012 (AQI levels)
 * @category Air quality
 */
export function aqiLevel(value: number | { aqi: number }): AqiLevel {
  value = read('value', value) as typeof value;
  return AQI_LEVELS[levelIndex(aqiNumber('aqi', value))]!;
}

/**
 * Whether an AQI marks heavy pollution or worse (重度及以上污染: 重度污染 201–300 and 严重污染 > 300), i.e.
 * AQI > 200, the days the national 2025 target counts.
 *
 * @param value - an AQI (a finite number ≥ 0), or a result of `aqi`
 * @returns `true` when the AQI is above 200
 * @throws {PlanInputError} when the AQI is negative, not finite or not a number
 * @example
 * ```ts
 * isHeavyPollution(200); //=> false
 * isHeavyPollution(201); //=> true
 * ```
 * @see HJ 633-2012 (levels 5 and 6: 重度污染, 严重污染); 国发〔2023〕24号 二(二) (重度及以上污染天数比率)
 * @category Air quality
 */
export function isHeavyPollution(value: number | { aqi: number }): boolean {
  return aqiNumber('aqi', read('value', value)) > 200;
}

/**
 * Counts the heavy-pollution days (AQI > 200) of a series of daily AQIs and their share of the days:
 * the ratio the national 2025 target keeps within 1% (`ratio ≤ 0.01`).
 *
 * @param dailyAqis - one AQI (or `aqi` result) per day with a valid AQI; at least one
 * @returns `{ days, heavyDays, ratio }` with `ratio = heavyDays / days` (0–1)
 * @throws {PlanInputError} when the series is empty or not an array, or a day's AQI is invalid
 *   (named as `dailyAqis[i]`)
 * @example
 * ```ts
 * heavyPollutionDays([45, 230, 120, 310]); //=> { days: 4, heavyDays: 2, ratio: 0.5 }
 * ```
 * @see 国发〔2023〕24号 二(二): 重度及以上污染天数比率控制在1%以内
 * @category Air quality
 */
export function heavyPollutionDays(dailyAqis: readonly (number | { aqi: number })[]): HeavyPollutionSummary {
  dailyAqis = read('dailyAqis', dailyAqis) as typeof dailyAqis;
  if (!Array.isArray(dailyAqis) || dailyAqis.length === 0) {
    refuse('wrong-type', 'dailyAqis', dailyAqis, ['a non-empty array of daily AQIs', '非空的逐日 AQI 数组']);
  }
  let heavyDays = 0;
  for (let i = 0; i < dailyAqis.length; i++) {
    if (aqiNumber(`dailyAqis[${i}]`, dailyAqis[i]) > 200) heavyDays++;
  }
  return { days: dailyAqis.length, heavyDays, ratio: heavyDays / dailyAqis.length };
}
