/**
 * The reports of HJ 633 (which indicators each edition's daily and real-time report takes, and the basis of
 * the library's reading of them), `aqi`'s options, and the checked path `scan`, which rates one record and
 * reports every problem of it at once. `aqi`, `aqiValues` and `aqiColumns` build on it (src/air/aqi.ts,
 * src/air/columns.ts).
 * @internal
 * @module
 */
import { type IssueInput, PlanInputError } from '../errors.js';
import { isPlain } from '../input.js';
import type { AirEdition, AqiReport, ConcentrationKey, Concentrations } from '../model/air/index.js';
import {
  CONCENTRATION_EXPECTED,
  CONCENTRATION_EXPECTED_ZH,
  columnOf,
  decimalsOf,
  editionOf,
  iaqiCode,
  NOT_COMPUTED,
  POLLUTANT_EXPECTED,
  POLLUTANT_EXPECTED_ZH,
} from './iaqi.js';
import { breakpointsOf } from './tables.js';

type Pollutant = ConcentrationKey;

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
      zh: 'HJ 633-2012 日报：SO2、NO2、CO、PM10、PM2.5 的 24 小时平均，O3 1 小时和 8 小时',
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
      zh: 'HJ 633-2026 4.2.2（日报）：SO2、NO2、CO、PM10、PM2.5 的日均值和 O3 日最大 8 小时平均，不含 O3 1 小时',
    },
    hourly: {
      keys: ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm25_1h'],
      en: 'HJ 633-2026 4.2.3 (real-time report): the 1 h means of SO2, NO2, CO, O3, PM10 and PM2.5',
      zh: 'HJ 633-2026 4.2.3（实时报）：SO2、NO2、CO、O3、PM10、PM2.5 的 1 小时平均',
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
        expectedZh: "'daily' 或 'hourly'（HJ 633 4.2.2、4.2.3）",
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
export function withinReport(c: unknown, keys: readonly string[]): boolean {
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
  return [`an indicator of the ${report} report: ${r.en}`, `${report === 'daily' ? '日报' : '实时报'}的指标：${r.zh}`];
}

/**
 * The AQI of one record: validates it, fills `iaqis` and `beyond` when given, applies the footnotes, and
 * reports every problem of the record at once. `i` is the record's index in a batch (−1 for a single call),
 * used only to name a bad field; `keys` are the report's indicators (`null`: no report named).
 */
export function scan(
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
        expectedZh: '按污染物给出浓度的普通对象，如 { pm25_24h: 35 }',
      },
    ]);
  }
  const table = breakpointsOf(edition);
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
          'SO2 24 小时平均浓度：HJ 633-2012 下 SO2 1 小时平均浓度高于 800 µg/m³ 的不再计算其分指数（表 1 注 a），SO2 按 24 小时平均浓度的分指数报告',
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
          'O3 1 小时平均浓度：HJ 633-2012 下 O3 8 小时平均浓度高于 800 µg/m³ 的不再计算其分指数（表 1 注 b），O3 按 1 小时平均浓度的分指数报告',
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
