import { type IssueInput, PlanInputError } from '../errors.js';
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
import { isPlain, notRevoked } from '../input.js';
import {
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
import { columnMask, fastIaqi, fastScan, SLOW, tabRun, tabulate, TABULATE_FROM } from './batch.js';

/** HJ 633 Table 1's column order: the order of `primaryPollutants`, `exceedingPollutants` and `beyondScale`. */
const ORDER: readonly ConcentrationKey[] = CONCENTRATION_KEYS;
type Pollutant = ConcentrationKey;
const byTableOrder = (a: Pollutant, b: Pollutant): number => ORDER.indexOf(a) - ORDER.indexOf(b);

/** IAQIs by pollutant, as `aqi` fills them. @internal */
export type IaqiMap = { [P in ConcentrationKey]?: number | null };

/** One report of one edition: the indicators it takes, what they are in words, and the basis of a reading. */
interface ReportSpec {
  /** The keys of a record this report takes. */
  readonly keys: readonly ConcentrationKey[];
  readonly en: string;
  readonly zh: string;
}

/**
 * The indicators of each edition's reports, and the clause that says so. HJ 633-2012's real-time report also
 * takes the 1-hour PM10 and PM2.5 means (`pm10_1h`, `pm25_1h`), rated on the 24-hour breakpoints: what the
 * national real-time platform has published since 2014-01-01, and what HJ 633-2026 4.2.3 later wrote into the
 * standard (see `HOURLY_PM_PRACTICE` below, and the decisions guide).
 */
const REPORTS: { readonly [E in AirEdition]: { readonly [R in AqiReport]: ReportSpec } } = {
  '2012': {
    daily: {
      keys: ['so2_24h', 'no2_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
      en: 'HJ 633-2012 daily report: the 24 h means of SO2, NO2, CO, PM10, PM2.5, O3 1 h and O3 8 h',
      zh: 'HJ 633-2012 日报:SO2、NO2、CO、PM10、PM2.5 的 24 小时平均,O3 1 小时和 8 小时',
    },
    hourly: {
      keys: ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm25_24h', 'pm10_1h', 'pm25_1h'],
      en: 'HJ 633-2012 real-time report: the 1 h values of SO2, NO2, CO and O3, O3 8 h (optional), PM10 and PM2.5 as 24 h moving means or as 1 h values (pm10_1h, pm25_1h, the national platform since 2014)',
      zh: 'HJ 633-2012 实时报：SO2、NO2、CO、O3 的 1 小时值，O3 8 小时（可缺），PM10、PM2.5 取 24 小时滑动平均或 1 小时值（pm10_1h、pm25_1h，全国实时发布平台 2014 年起的做法）',
    },
  },
  '2026': {
    daily: {
      keys: ['so2_24h', 'no2_24h', 'co_24h', 'o3_8h', 'pm10_24h', 'pm25_24h'],
      en: 'HJ 633-2026 4.2.2 (daily report): the daily means of SO2, NO2, CO, PM10 and PM2.5 and the O3 daily maximum 8 h mean; no O3 1 h',
      zh: 'HJ 633-2026 4.2.2(日报):SO2、NO2、CO、PM10、PM2.5 的日均值和 O3 日最大 8 小时平均,不含 O3 1 小时',
    },
    hourly: {
      keys: ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h'],
      en: 'HJ 633-2026 4.2.3 (real-time report): the 1 h means of SO2, NO2, CO, O3, PM10 and PM2.5',
      zh: 'HJ 633-2026 4.2.3(实时报):SO2、NO2、CO、O3、PM10、PM2.5 的 1 小时平均',
    },
  },
};

/**
 * The basis of `pm10_1h` / `pm25_1h` in HJ 633-2012's real-time report (`REPORTS['2012'].hourly`): the national
 * platform's practice since 2014-01-01, which HJ 633-2026 4.2.3 later wrote into the standard. Kept beside the
 * report's indicators, out of the functions (and so out of their bundles); the decisions guide quotes it, and
 * a test holds the guide to it. @internal
 */
export const HOURLY_PM_PRACTICE = {
  en: "The national real-time platform has rated PM10 and PM2.5 by their 1-hour values on the 24-hour breakpoints since 2014-01-01, when real-time release widened from 74 to 190 cities and the ministry announced that the particulate AQI would use real-time values instead of 24-hour moving averages; it leaves O3 8 h out. HJ 633-2026 4.2.3 later wrote the 1-hour PM rule into the standard. So under HJ 633-2012's real-time report the library takes pm10_1h and pm25_1h, rated on the PM10 and PM2.5 24 h columns of Table 1, names them as given (primary pollutant 'pm25_1h'), keeps O3 8 h optional, and refuses a record that gives the same PM both as 1 h and as 24 h value ('conflict').",
  zh: '全国空气质量实时发布平台自 2014-01-01 起（实时发布城市由 74 个扩至 190 个，环境保护部宣布颗粒物 AQI 由 24 小时滑动平均值改为即时数值）以 PM10、PM2.5 的 1 小时值按 24 小时分指数限值计算，不计 O3 8 小时；HJ 633-2026 4.2.3 随后将 PM 1 小时值的算法写入标准。故本库在 HJ 633-2012 实时报下接受 pm10_1h、pm25_1h，按表 1 中 PM10、PM2.5 的 24 小时列计算，首要污染物按所给名称（如 pm25_1h）列出，O3 8 小时可缺；同一记录对同一颗粒物同时给出 1 小时值和 24 小时值的，视为冲突（conflict）拒绝。',
} as const;

/** The report's indicators and basis (for the explorer and the guides). @internal */
export const reportSpec = (edition: AirEdition, report: AqiReport): ReportSpec => REPORTS[edition][report];

/** The daily columns the 1-hour PM means take in an hourly report (HJ 633-2026 4.2.3; the platform since 2014). */
const HOURLY_PM: { readonly [k: string]: 'pm10_24h' | 'pm25_24h' } = { pm10_1h: 'pm10_24h', pm25_1h: 'pm25_24h' };

/** The edition and the report of `aqi`'s options (each option read once). @internal */
export function aqiOptions(options: unknown, more: readonly string[] = REPORT_KEY): [AirEdition, AqiReport | undefined] {
  const edition = editionOf(options, more);
  const report = (options as { report?: unknown }).report;
  if (report !== undefined && report !== 'daily' && report !== 'hourly') {
    throw new PlanInputError([
      {
        code: 'invalid-value',
        field: 'options.report',
        value: report,
        expected: "'daily' or 'hourly' (HJ 633 4.2.2, 4.2.3)",
        expectedZh: "'daily' 或 'hourly'(HJ 633 4.2.2、4.2.3)",
      },
    ]);
  }
  return [edition, report];
}
const REPORT_KEY: readonly string[] = ['report'];

/** The keys a report takes (`null`: no report named, every column of Table 1). @internal */
export const reportKeys = (edition: AirEdition, report: AqiReport | undefined): readonly ConcentrationKey[] | null =>
  report === undefined ? null : REPORTS[edition][report].keys;

/** Whether every key of a plain record `c` with a value lies in `keys` (a cheap check before the fast path). */
function withinReport(c: unknown, keys: readonly string[]): boolean {
  if (!isPlain(c)) return false;
  for (const key in c) if (!keys.includes(key) && c[key] !== undefined && c[key] !== null) return false;
  return true;
}

const field = (i: number, key?: string): string => (i < 0 ? 'concentrations' : `records[${i}]`) + (key === undefined ? '' : `.${key}`);

/** The words for a key outside the report named (or a 1-hour PM mean with no hourly report named). */
function outsideReport(edition: AirEdition, report: AqiReport | undefined): [string, string] {
  if (report === undefined) {
    return ["a 1-hour PM mean only in a real-time report: { report: 'hourly' }", "PM 1 小时平均仅用于实时报：{ report: 'hourly' }"];
  }
  const r = REPORTS[edition][report];
  return [`an indicator of the ${report} report: ${r.en}`, `${report === 'daily' ? '日报' : '实时报'}的指标:${r.zh}`];
}

/**
 * The AQI of one record: validates it, fills `iaqis` and `beyond` when given, applies the footnotes, and
 * reports every problem of the record at once. `i` is the record's index in a batch (−1 for a single call),
 * used only to name a bad field; `keys` are the report's indicators (`null`: no report named).
 */
function scan(
  c: Concentrations,
  edition: AirEdition,
  report: AqiReport | undefined,
  i: number,
  iaqis: IaqiMap | null,
  beyond: Pollutant[] | null,
): number {
  if (!isPlain(c)) {
    throw new PlanInputError([
      {
        code: 'not-plain',
        field: field(i),
        value: c,
        expected: 'a plain object of concentrations by pollutant, e.g. { pm25_24h: 35 }',
        expectedZh: '按污染物给出浓度的普通对象,如 { pm25_24h: 35 }',
      },
    ]);
  }
  const table = BREAKPOINTS[edition];
  const edition2026 = edition === '2026';
  const keys = reportKeys(edition, report);
  const hourlyPm = report === 'hourly';
  const issues: IssueInput[] = [];
  let max = -1;
  let footnotes = 0; // 1: SO2 1 h > 800 under 2012; 2: O3 8 h > 800 under 2012
  for (const key in c) {
    const v = (c as Record<string, unknown>)[key];
    const pm1h = key === 'pm10_1h' || key === 'pm25_1h';
    const bp = pm1h ? (hourlyPm ? table[HOURLY_PM[key]!] : undefined) : columnOf(table, key);
    if (!bp) {
      if (pm1h) {
        const [en, zh] = outsideReport(edition, report);
        issues.push({ code: 'outside-report', field: field(i, key), value: v, expected: en, expectedZh: zh });
      } else {
        issues.push({
          code: 'unknown-key',
          field: field(i, key),
          value: v,
          expected: `a concentration keyed by ${POLLUTANT_EXPECTED}`,
          expectedZh: `以 ${POLLUTANT_EXPECTED_ZH} 为键的浓度`,
        });
      }
      continue;
    }
    // Stryker disable next-line ConditionalExpression, LogicalOperator: an IAQI of null or undefined is neither equal to the AQI nor above 100: skipping it only saves the comparisons
    if (v === undefined || v === null) continue;
    if (keys !== null && !keys.includes(key as ConcentrationKey)) {
      const [en, zh] = outsideReport(edition, report);
      issues.push({ code: 'outside-report', field: field(i, key), value: v, expected: en, expectedZh: zh });
      continue;
    }
    if (typeof v !== 'number' || !(v >= 0) || v === Infinity) {
      issues.push({
        code: typeof v !== 'number' ? 'wrong-type' : v < 0 ? 'out-of-range' : 'not-a-number',
        field: field(i, key),
        value: v,
        expected: CONCENTRATION_EXPECTED,
        expectedZh: CONCENTRATION_EXPECTED_ZH,
      });
      continue;
    }
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
  // The same particulate matter both as a 1-hour and as a 24-hour value: which one the report means is unknown.
  if (hourlyPm && !edition2026) {
    for (const pm1h of ['pm10_1h', 'pm25_1h'] as const) {
      const pm24h = HOURLY_PM[pm1h]!;
      const a = (c as Record<string, unknown>)[pm1h];
      const b = (c as Record<string, unknown>)[pm24h];
      if (a !== undefined && a !== null && b !== undefined && b !== null) {
        for (const [k, v] of [
          [pm1h, a],
          [pm24h, b],
        ] as const) {
          issues.push({
            code: 'conflict',
            field: field(i, k),
            value: v,
            expected: `${pm1h} or ${pm24h}, not both (the same PM as 1 h value and 24 h moving mean)`,
            expectedZh: `${pm1h} 与 ${pm24h} 只能给一个（同一颗粒物的 1 小时值与 24 小时滑动平均）`,
          });
        }
      }
    }
  }
  // Stryker disable next-line ConditionalExpression: with no footnote bit set both checks inside are false, so entering the block changes nothing
  if (footnotes) {
    // HJ 633-2012 Table 1 notes a and b: SO2 is then reported by its 24 h IAQI, O3 by its 1 h IAQI.
    if (footnotes & 1 && typeof c.so2_24h !== 'number') {
      issues.push({
        code: 'missing',
        field: field(i, 'so2_24h'),
        value: c.so2_24h,
        expected:
          'the SO2 24 h concentration: above 800 µg/m³ SO2 1 h has no IAQI under HJ 633-2012 (Table 1 note a) and SO2 is reported by its 24 h IAQI',
        expectedZh:
          'SO2 24 小时平均浓度:HJ 633-2012 下 SO2 1 小时平均浓度高于 800 µg/m³ 的不再计算其分指数(表 1 注 a),SO2 按 24 小时平均浓度的分指数报告',
      });
    }
    if (footnotes & 2 && typeof c.o3_1h !== 'number') {
      issues.push({
        code: 'missing',
        field: field(i, 'o3_1h'),
        value: c.o3_1h,
        expected:
          'the O3 1 h concentration: above 800 µg/m³ O3 8 h has no IAQI under HJ 633-2012 (Table 1 note b) and O3 is reported by its 1 h IAQI',
        expectedZh:
          'O3 1 小时平均浓度:HJ 633-2012 下 O3 8 小时平均浓度高于 800 µg/m³ 的不再计算其分指数(表 1 注 b),O3 按 1 小时平均浓度的分指数报告',
      });
    }
  }
  if (issues.length > 0) throw new PlanInputError(issues);
  if (max < 0) {
    throw new PlanInputError([
      { code: 'missing', field: field(i), value: c, expected: 'at least one pollutant concentration', expectedZh: '至少一项污染物浓度' },
    ]);
  }
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
  const c = concentrations;
  const keys = reportKeys(edition, report);
  // The fast path reads the ten columns of Table 1 and gives up (null) on anything else; a getter that
  // throws, or a revoked Proxy, throws here, and the checked path then says what is wrong.
  if (keys === null || withinReport(c, keys)) {
    try {
      const r = fastResult(c, edition);
      if (r !== null) return r;
    } catch {
      // the checked path below
    }
  }
  const found: IaqiMap = {};
  const beyondScale: Pollutant[] = [];
  const value = scan(c, edition, report, -1, found, beyondScale);
  // `scan` reads the keys in input order: `iaqis` keeps the table's order, as the fast path fills it.
  const iaqis: IaqiMap = {};
  for (const p of ORDER) if (p in found) iaqis[p] = found[p];
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
  // Stryker disable next-line ConditionalExpression, EqualityOperator: sorting a list of one pollutant (or sorting every time) leaves it as it is
  if (beyondScale.length > 1) beyondScale.sort(byTableOrder);
  return result(value, iaqis, primaryPollutants, exceedingPollutants, beyondScale, edition);
}

function result(
  value: number,
  iaqis: IaqiMap,
  primaryPollutants: Pollutant[],
  exceedingPollutants: Pollutant[] | null,
  beyondScale: Pollutant[],
  edition: AirEdition,
): AqiResult {
  const level = AQI_LEVELS[levelIndex(value)]!;
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
 * `aqi`'s fast path: the result for a record whose keys are all columns of Table 1 with plain values in
 * range (no footnote, nothing beyond scale), or `null` for anything else (which `scan` then takes). The
 * IAQIs are kept in locals and written out in table order, with the primary and exceeding pollutants:
 * no loop over keys, no second object.
 */
function fastResult(c: unknown, edition: AirEdition): AqiResult | null {
  if (c === null || typeof c !== 'object') return null;
  const x = c as Concentrations;
  const t = BREAKPOINTS[edition];
  const d = edition === '2026' ? 0 : -1;
  const dCo = d < 0 ? -1 : 1;
  let n = 0;
  const a0 = fastIaqi(t.so2_24h, x.so2_24h, d);
  const a1 = fastIaqi(t.so2_1h, x.so2_1h, d);
  const a2 = fastIaqi(t.no2_24h, x.no2_24h, d);
  const a3 = fastIaqi(t.no2_1h, x.no2_1h, d);
  const a4 = fastIaqi(t.pm10_24h, x.pm10_24h, d);
  const a5 = fastIaqi(t.co_24h, x.co_24h, dCo);
  const a6 = fastIaqi(t.co_1h, x.co_1h, dCo);
  const a7 = fastIaqi(t.o3_1h, x.o3_1h, d);
  const a8 = fastIaqi(t.o3_8h, x.o3_8h, d);
  const a9 = fastIaqi(t.pm25_24h, x.pm25_24h, d);
  // Any give-up (SLOW, −3) makes the minimum negative below −1.
  if (Math.min(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9) < -1) return null;
  const max = Math.max(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
  // How many columns were given: each absent one is −1.
  n =
    10 + ((a0 >> 31) + (a1 >> 31) + (a2 >> 31) + (a3 >> 31) + (a4 >> 31) + (a5 >> 31) + (a6 >> 31) + (a7 >> 31) + (a8 >> 31) + (a9 >> 31));
  let keys = 0;
  for (const _ in x) keys++;
  if (keys !== n || n === 0) return null;
  const iaqis: IaqiMap = {};
  const primary: Pollutant[] = [];
  const ex = edition === '2012';
  const exceeding: Pollutant[] | null = ex ? [] : null;
  // Primary pollutants only when AQI > 50: a `top` above any IAQI otherwise.
  const top = max > 50 ? max : 1000;
  // In table order, each a named store (a loop over the keys would make every store a keyed one).
  if (a0 >= 0) {
    iaqis.so2_24h = a0;
    if (a0 === top) primary.push('so2_24h');
    if (ex && a0 > 100) exceeding!.push('so2_24h');
  }
  if (a1 >= 0) {
    iaqis.so2_1h = a1;
    if (a1 === top) primary.push('so2_1h');
    if (ex && a1 > 100) exceeding!.push('so2_1h');
  }
  if (a2 >= 0) {
    iaqis.no2_24h = a2;
    if (a2 === top) primary.push('no2_24h');
    if (ex && a2 > 100) exceeding!.push('no2_24h');
  }
  if (a3 >= 0) {
    iaqis.no2_1h = a3;
    if (a3 === top) primary.push('no2_1h');
    if (ex && a3 > 100) exceeding!.push('no2_1h');
  }
  if (a4 >= 0) {
    iaqis.pm10_24h = a4;
    if (a4 === top) primary.push('pm10_24h');
    if (ex && a4 > 100) exceeding!.push('pm10_24h');
  }
  if (a5 >= 0) {
    iaqis.co_24h = a5;
    if (a5 === top) primary.push('co_24h');
    if (ex && a5 > 100) exceeding!.push('co_24h');
  }
  if (a6 >= 0) {
    iaqis.co_1h = a6;
    if (a6 === top) primary.push('co_1h');
    if (ex && a6 > 100) exceeding!.push('co_1h');
  }
  if (a7 >= 0) {
    iaqis.o3_1h = a7;
    if (a7 === top) primary.push('o3_1h');
    if (ex && a7 > 100) exceeding!.push('o3_1h');
  }
  if (a8 >= 0) {
    iaqis.o3_8h = a8;
    if (a8 === top) primary.push('o3_8h');
    if (ex && a8 > 100) exceeding!.push('o3_8h');
  }
  if (a9 >= 0) {
    iaqis.pm25_24h = a9;
    if (a9 === top) primary.push('pm25_24h');
    if (ex && a9 > 100) exceeding!.push('pm25_24h');
  }
  return result(max, iaqis, primary, exceeding, [], edition);
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
  notRevoked('records', records);
  if (!Array.isArray(records)) {
    throw new PlanInputError([
      {
        code: 'wrong-type',
        field: 'records',
        value: records,
        expected: 'an array of concentrations by pollutant',
        expectedZh: '按污染物给出浓度的数组',
      },
    ]);
  }
  const [edition, report] = aqiOptions(options);
  const table = BREAKPOINTS[edition];
  const keys = reportKeys(edition, report);
  const n = records.length;
  // Stryker disable next-line ArrayDeclaration: the array is filled index by index either way; presizing only saves the growing
  const out = new Array<number>(n); // filled below; growing an array by push costs more than the AQIs
  const d = edition === '2026' ? 0 : -1;
  // Stryker disable next-line ConditionalExpression, EqualityOperator: moving the tabulation threshold only changes the speed: the tables answer exactly what fastScan and scan answer, or give up
  const tabs = n >= TABULATE_FROM ? tabulate(table, d) : null;
  const allowed = columnMask(keys);
  let i = 0;
  while (i < n) {
    // The tabulated run answers record after record until one it cannot take; that one goes the slow way.
    if (tabs) i = tabRun(records, i, tabs, allowed, out);
    if (i >= n) break;
    const c = records[i]!;
    let v = SLOW;
    if (keys === null || withinReport(c, keys)) {
      try {
        v = fastScan(c, table, d, null);
      } catch {
        v = SLOW;
      }
    }
    // Stryker disable next-line ConditionalExpression: scan answers every record fastScan answers, with the same number, only slower
    out[i] = v === SLOW ? scan(c, edition, report, i, null, null) : v;
    i++;
  }
  return out;
}

function aqiNumber(fieldName: string, value: unknown): number {
  const a = value !== null && typeof value === 'object' ? (value as { aqi?: unknown }).aqi : value;
  if (typeof a !== 'number' || !(a >= 0) || a === Infinity) {
    throw new PlanInputError(fieldName, value, 'an AQI (a finite number ≥ 0) or an `aqi` result', 'AQI(≥ 0 的有限数)或 `aqi` 的结果');
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
  notRevoked('value', value);
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
  notRevoked('value', value);
  return aqiNumber('aqi', value) > 200;
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
  notRevoked('dailyAqis', dailyAqis);
  if (!Array.isArray(dailyAqis) || dailyAqis.length === 0) {
    throw new PlanInputError('dailyAqis', dailyAqis, 'a non-empty array of daily AQIs', '非空的逐日 AQI 数组');
  }
  let heavyDays = 0;
  for (let i = 0; i < dailyAqis.length; i++) {
    if (aqiNumber(`dailyAqis[${i}]`, dailyAqis[i]) > 200) heavyDays++;
  }
  return { days: dailyAqis.length, heavyDays, ratio: heavyDays / dailyAqis.length };
}
