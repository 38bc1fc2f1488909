/**
 * `aqiColumns`: the AQI of a columnar batch (typed arrays, Apache Arrow vectors' values, DuckDB results),
 * one pass per column over whole arrays, with no object per record.
 * @module
 */
import { type IssueInput, PlanInputError } from '../errors.js';
import { deepFreeze } from '../freeze.js';
import { isPlain, shapeCode } from '../input.js';
import type { AirEdition, AqiOptions, AqiReport, ConcentrationKey } from '../model/air/index.js';
import { aqiOptions, reportKeys } from './scan.js';
import { TABULATE_FROM, tablesOf } from './batch.js';
import { type Col, maxPass, maxPass3, primaryPass, type RowRun, rowRun } from './column-pass.js';
import { decimalsOf } from './iaqi.js';
import { CONCENTRATION_KEYS } from './pollutants.js';
import { breakpointsOf } from './tables.js';

/**
 * One column of concentrations (µg/m³; CO mg/m³), a value per record: a `Float64Array`, `Float32Array`,
 * `Int32Array`, `Uint16Array` or an array of numbers. `NaN` (and, in an array, `null` or `undefined`) means
 * not measured.
 * @category Air quality
 */
export type AqiColumn = Float64Array | Float32Array | Int32Array | Uint16Array | readonly (number | null | undefined)[];

/**
 * Columns of concentrations by indicator (the keys of `Concentrations`), all of the same length.
 * @category Air quality
 */
export type AqiColumns = { readonly [K in ConcentrationKey]?: AqiColumn };

/**
 * The options of `aqiColumns`: those of `aqi` (`{ edition }` or `{ date }`, and `report`), and `primary: true`
 * to have the primary pollutants as a bitmask column too.
 * @category Air quality
 */
export type AqiColumnsOptions = AqiOptions & { readonly primary?: boolean };

/**
 * The result of `aqiColumns`: the AQI of each record, and (with `{ primary: true }`) the primary pollutants of
 * each record as a bitmask (see `PRIMARY_POLLUTANT_BITS`), `null` otherwise.
 * @category Air quality
 */
export interface AqiColumnsResult {
  readonly aqi: Uint16Array;
  readonly primary: Uint16Array | null;
}

/**
 * The bit of each indicator in the `primary` column of `aqiColumns`: bit k is `CONCENTRATION_KEYS[k]` in the
 * order of `aqi`'s `iaqis` (HJ 633 Table 1, each 1-hour PM mean after its 24-hour column). A record's mask
 * has the bit of every indicator whose IAQI equals its AQI when the AQI is above 50 (首要污染物, ties all
 * set), and is 0 at AQI ≤ 50.
 *
 * | bit | value | indicator | bit | value | indicator |
 * | --- | --- | --- | --- | --- | --- |
 * | 0 | 1 | `so2_24h` | 6 | 64 | `co_24h` |
 * | 1 | 2 | `so2_1h` | 7 | 128 | `co_1h` |
 * | 2 | 4 | `no2_24h` | 8 | 256 | `o3_1h` |
 * | 3 | 8 | `no2_1h` | 9 | 512 | `o3_8h` |
 * | 4 | 16 | `pm10_24h` | 10 | 1024 | `pm25_24h` |
 * | 5 | 32 | `pm10_1h` | 11 | 2048 | `pm25_1h` |
 *
 * @example
 * ```ts
 * PRIMARY_POLLUTANT_BITS.pm25_24h; //=> 1024
 * PRIMARY_POLLUTANT_BITS.o3_8h; //=> 512
 * ```
 * @see HJ 633-2012 (首要污染物); HJ 633-2026 4.3.1
 * @category Air quality
 */
export const PRIMARY_POLLUTANT_BITS: { readonly [K in ConcentrationKey]: number } = /* @__PURE__ */ deepFreeze({
  so2_24h: 1,
  so2_1h: 2,
  no2_24h: 4,
  no2_1h: 8,
  pm10_24h: 16,
  pm10_1h: 32,
  co_24h: 64,
  co_1h: 128,
  o3_1h: 256,
  o3_8h: 512,
  pm25_24h: 1024,
  pm25_1h: 2048,
});

/** The Table 1 column a key is rated on (the 1-hour PM means on the 24-hour columns, in an hourly report). */
const columnKey = (key: ConcentrationKey): Exclude<ConcentrationKey, 'pm10_1h' | 'pm25_1h'> =>
  key === 'pm10_1h' ? 'pm10_24h' : key === 'pm25_1h' ? 'pm25_24h' : key;

/** No table: every value is computed. */
const NO_TABLE = /* @__PURE__ */ new Int16Array(0);

/** Whether `v` is one of the column types `aqiColumns` takes. */
function isColumn(v: unknown): v is AqiColumn {
  return v instanceof Float64Array || v instanceof Float32Array || v instanceof Int32Array || v instanceof Uint16Array || Array.isArray(v);
}

/**
 * The AQI of every record of a columnar batch: columns of concentrations by indicator (typed arrays or arrays
 * of numbers, equal lengths; `NaN` = not measured), rated as `aqiValues` rates the same records (each
 * record's AQI is the one `aqiValues` gives for the record of its row's measured values). With
 * `{ primary: true }` the primary pollutants come too, a bitmask per record (`PRIMARY_POLLUTANT_BITS`). Whole
 * concentrations (CO to 0.1 mg/m³) are looked up in tables built from Table 1 by the first large batch and kept:
 * over typed-array columns by a small WebAssembly kernel, compiled on first use and kept, where the platform
 * allows it (anywhere else, and for arrays of numbers, in JavaScript, with the same answers); other values are
 * computed, as `aqi` computes them.
 *
 * From an Apache Arrow table: `aqiColumns({ pm25_24h: table.getChild('pm25').toArray(), … }, options)` (a
 * column with nulls: `Array.from(vector)`, whose nulls count as not measured).
 *
 * @param columns - `{ pm25_24h: Float64Array, o3_8h: …, … }`, the keys of `Concentrations`, equal lengths
 * @param options - `{ edition }` or `{ date }`, optionally `report` (as for `aqi`) and `primary: true`
 * @returns `{ aqi: Uint16Array, primary: Uint16Array | null }`, one entry per record
 * @throws {PlanInputError} for an unknown indicator (`unknown-key`) or one outside the report
 *   (`outside-report`), a column that is no supported array (`wrong-type`), columns of unequal lengths
 *   (`length-mismatch`), a bad value (`out-of-range`, `not-a-number`, `wrong-type`: the column and its first
 *   bad row, as `columns.pm25_24h[17]`), the same PM as 1 h and 24 h value in a row (`conflict`), a footnote
 *   case without its fallback (`missing`), or a row with nothing measured (`missing`, `columns.*[17]`); every
 *   problem at once
 * @example
 * ```ts
 * const r = aqiColumns(
 *   { pm25_24h: Float64Array.of(35, 80, Number.NaN), o3_8h: Float64Array.of(20, 90, 170) },
 *   { edition: '2012', primary: true },
 * );
 * r.aqi; //=> Uint16Array.of(50, 107, 110)
 * r.primary; //=> Uint16Array.of(0, 1024, 512)
 * ```
 * @see HJ 633-2012 (AQI = max IAQIᵢ; §6.2 rounding up; 首要污染物); HJ 633-2026
 * @category Air quality
 */
export function aqiColumns(columns: AqiColumns, options: AqiColumnsOptions): AqiColumnsResult {
  const [edition, report] = aqiOptions(options, PRIMARY_KEY);
  try {
    return rate(columns, options, edition, report);
  } catch (e) {
    if (e instanceof PlanInputError) throw e;
    // A getter or a Proxy trap of the caller's that throws while the columns are read.
    throw new PlanInputError([
      {
        code: 'unreadable',
        field: 'columns',
        value: columns,
        expected: 'columns that can be read (a getter or a Proxy threw)',
        expectedZh: '可读取的列（getter 或 Proxy 抛出了异常）',
      },
    ]);
  }
}
const PRIMARY_KEY: readonly string[] = ['report', 'primary'];

/** `aqiColumns` once its options are read. */
function rate(columns: AqiColumns, options: AqiColumnsOptions, edition: AirEdition, report: AqiReport | undefined): AqiColumnsResult {
  const wantPrimary = (options as { primary?: unknown }).primary;
  const issues: IssueInput[] = [];
  if (wantPrimary !== undefined && typeof wantPrimary !== 'boolean') {
    issues.push({
      code: 'wrong-type',
      field: 'options.primary',
      value: wantPrimary,
      expected: 'true or false',
      expectedZh: 'true 或 false',
    });
  }
  if (!isPlain(columns)) {
    issues.push({
      code: shapeCode(columns),
      field: 'columns',
      value: columns,
      expected: 'a plain object of columns by indicator, e.g. { pm25_24h: Float64Array }',
      expectedZh: '按指标给出列的普通对象，如 { pm25_24h: Float64Array }',
    });
    throw new PlanInputError(issues);
  }
  const keys = reportKeys(edition, report);
  const hourly = report === 'hourly';
  const cols: Col[] = [];
  let n = -1;
  let first = '';
  for (const key of Object.keys(columns)) {
    const values = columns[key as ConcentrationKey];
    const f = `columns.${key}`;
    if (!(CONCENTRATION_KEYS as readonly string[]).includes(key)) {
      issues.push({
        code: 'unknown-key',
        field: f,
        value: values,
        expected: `an indicator: one of ${CONCENTRATION_KEYS.join(', ')}`,
        expectedZh: `指标：${CONCENTRATION_KEYS.join('、')} 之一`,
      });
      continue;
    }
    if (values === undefined || values === null) continue;
    const k = key as ConcentrationKey;
    if ((keys !== null && !keys.includes(k)) || ((k === 'pm10_1h' || k === 'pm25_1h') && !hourly)) {
      issues.push({
        code: 'outside-report',
        field: f,
        value: values,
        expected:
          keys === null
            ? "a 1-hour PM mean only in a real-time report: { report: 'hourly' }"
            : `an indicator of the ${report} report: ${keys.join(', ')}`,
        expectedZh:
          keys === null
            ? "PM 1 小时平均仅用于实时报：{ report: 'hourly' }"
            : `${report === 'daily' ? '日报' : '实时报'}的指标：${keys.join('、')}`,
      });
      continue;
    }
    if (!isColumn(values)) {
      issues.push({
        code: 'wrong-type',
        field: f,
        value: values,
        expected: 'a Float64Array, Float32Array, Int32Array, Uint16Array or an array of numbers',
        expectedZh: 'Float64Array、Float32Array、Int32Array、Uint16Array 或数值数组',
      });
      continue;
    }
    if (n < 0) {
      n = values.length;
      first = f;
    } else if (values.length !== n) {
      issues.push({
        code: 'length-mismatch',
        field: f,
        value: values.length,
        expected: `${n} values, as ${first} has`,
        expectedZh: `${n} 个值，与 ${first} 相同`,
      });
      continue;
    }
    const p = columnKey(k);
    cols.push({
      key: k,
      values,
      p,
      tab: NO_TABLE,
      tenths: p === 'co_24h' || p === 'co_1h',
      bp: breakpointsOf(edition)[p],
      decimals: decimalsOf(p, edition === '2026'),
      bad: null,
      footnoteRows: null,
    });
  }
  if (issues.length === 0 && n < 0) {
    issues.push({ code: 'missing', field: 'columns', value: columns, expected: 'at least one column', expectedZh: '至少一列' });
  }
  if (issues.length > 0) throw new PlanInputError(issues);

  // Below TABULATE_FROM rows the arithmetic is cheaper than the tables (as in aqiValues).
  if (n >= TABULATE_FROM) {
    const tabs = tablesOf(edition);
    for (const c of cols) {
      c.tab = tabs[c.p];
    }
  }
  const acc = new Int16Array(n);
  // Row by row when the columns fit the row pass's seven slots and the tables are built, as long as most
  // values are ones the tables hold; from where it stops, column by column: the columns of whole
  // concentrations three by three (the last two or one together), the CO columns (by tenths) alone.
  const run: RowRun = { slow: 0, unsure: false };
  const from = rowRun(cols, acc, run);
  if (from < n) {
    acc.fill(-1, from);
    const whole: Col[] = [];
    for (const c of cols) {
      if (c.tenths) maxPass(c, acc, from);
      else whole.push(c);
    }
    let k = 0;
    for (; k + 3 <= whole.length; k += 3) maxPass3(whole[k]!, whole[k + 1]!, whole[k + 2]!, acc, from);
    if (whole.length - k === 2) maxPass3(whole[k]!, whole[k + 1]!, whole[k + 1]!, acc, from);
    else if (whole.length - k === 1) maxPass(whole[k]!, acc, from);
  }
  // Only a row rated one by one (rowMax) or by the column passes can have nothing measured (−1).
  rowIssues(cols, acc, edition, hourly, columns, issues, from < n || run.unsure);
  if (issues.length > 0) throw new PlanInputError(issues);
  let primary: Uint16Array | null = null;
  if (wantPrimary === true) {
    primary = new Uint16Array(n);
    for (const c of cols) primaryPass(c, acc, PRIMARY_POLLUTANT_BITS[c.key], primary);
  }
  // Every row holds an AQI from 0 to 500 now: the same bits read as unsigned.
  return { aqi: new Uint16Array(acc.buffer, acc.byteOffset, n), primary };
}

/** What a column's value must be, in words. */
const VALUE_EXPECTED = 'a finite number ≥ 0 (µg/m³; CO in mg/m³), or NaN for not measured';
const VALUE_EXPECTED_ZH = '≥ 0 的有限数（µg/m³；CO 为 mg/m³），未监测为 NaN';

/** Whether row `i` of a column holds a measured value (for the footnote fallbacks). */
const measured = (values: ArrayLike<unknown> | undefined, i: number): boolean => {
  const v = values?.[i];
  return typeof v === 'number' && !Number.isNaN(v);
};

/** The problems found while rating: bad values, footnotes without fallback, conflicts, rows with nothing measured (looked for only when `mayBeEmpty`: a row rated one by one or by the column passes). */
function rowIssues(
  cols: readonly Col[],
  acc: Int16Array,
  edition: AirEdition,
  hourly: boolean,
  columns: { readonly [K in ConcentrationKey]?: ArrayLike<unknown> },
  issues: IssueInput[],
  mayBeEmpty: boolean,
): void {
  for (const c of cols) {
    if (c.bad !== null) {
      issues.push({
        code: c.bad.code,
        field: `columns.${c.key}[${c.bad.row}]`,
        value: c.bad.value,
        expected: VALUE_EXPECTED,
        expectedZh: VALUE_EXPECTED_ZH,
      });
    }
    if (c.footnoteRows !== null) {
      // HJ 633-2012 Table 1 notes a and b: SO2 is then reported by its 24 h IAQI, O3 by its 1 h IAQI.
      const fallback = c.key === 'so2_1h' ? 'so2_24h' : 'o3_1h';
      const other = columns[fallback] as ArrayLike<unknown> | undefined;
      const row = c.footnoteRows.find((i) => !measured(other, i));
      if (row !== undefined) {
        issues.push({
          code: 'missing',
          field: `columns.${fallback}[${row}]`,
          value: other?.[row],
          expected: `the ${fallback} concentration: above 800 µg/m³ ${c.key} has no IAQI under HJ 633-2012 (Table 1 ${c.key === 'so2_1h' ? 'note a' : 'note b'})`,
          expectedZh: `${fallback} 浓度：HJ 633-2012 下 ${c.key} 高于 800 µg/m³ 的不再计算其分指数（表 1 ${c.key === 'so2_1h' ? '注 a' : '注 b'}）`,
        });
      }
    }
  }
  // The same particulate matter as a 1-hour and a 24-hour value in one row (HJ 633-2012's real-time report).
  if (hourly && edition === '2012') {
    for (const [a, b] of [
      ['pm10_1h', 'pm10_24h'],
      ['pm25_1h', 'pm25_24h'],
    ] as const) {
      const x = columns[a] as ArrayLike<unknown> | undefined;
      const y = columns[b] as ArrayLike<unknown> | undefined;
      if (x === undefined || y === undefined) continue;
      for (let i = 0; i < acc.length; i++) {
        if (measured(x, i) && measured(y, i)) {
          for (const [k, o] of [
            [a, b],
            [b, a],
          ] as const) {
            issues.push({
              code: 'conflict',
              field: `columns.${k}[${i}]`,
              value: (k === a ? x : y)[i],
              expected: `either ${a} or ${b} in a row, not both: ${k} conflicts with columns.${o}[${i}]`,
              expectedZh: `同一行 ${a} 与 ${b} 只能给一个：${k} 与 columns.${o}[${i}] 冲突`,
            });
          }
          break;
        }
      }
    }
  }
  if (issues.length === 0 && mayBeEmpty) {
    const row = acc.indexOf(-1);
    if (row >= 0) {
      issues.push({
        code: 'missing',
        field: `columns.*[${row}]`,
        value: undefined,
        expected: `at least one measured value in row ${row} (every column is NaN there)`,
        expectedZh: `第 ${row} 行至少一项已监测的浓度（该行各列均为 NaN）`,
      });
    }
  }
}
