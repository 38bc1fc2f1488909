import { refuse } from '../errors.js';
import { numberCode, numberWords } from '../issue-codes.js';
import { read } from '../input.js';
import type { AnnualStats, DailyRecord } from '../model/air/index.js';

function finite(fieldName: string, value: unknown): number {
  if (typeof value !== 'number' || !(Math.abs(value) < Infinity)) {
    refuse('not-a-number', fieldName, value, numberWords());
  }
  return value;
}

/** The percentile of an already sorted, non-empty array (HJ 663 method). @internal */
export function sortedPercentile(xs: readonly number[], p: number): number {
  // k = 1 + (n − 1)·p% (1-based); (n − 1)·p is a whole number for whole p, so r is exact when k is whole.
  const r = ((xs.length - 1) * p) / 100;
  const s = Math.floor(r);
  const lo = xs[s]!;
  if (s + 1 >= xs.length) return lo;
  const hi = xs[s + 1]!;
  const f = r - s;
  const m = lo + (hi - lo) * f;
  // hi − lo overflows only for values of opposite signs beyond ±8.9·10³⁰⁷: weigh the two ends apart then.
  return m < Infinity ? m : lo * (1 - f) + hi * f;
}

/**
 * The p-th percentile of a series, computed as HJ 663-2013 (环境空气质量评价技术规范) does for the CO 95th
 * and O3 90th percentiles: sort the n values ascending (X₁ ≤ … ≤ Xₙ); k = 1 + (n − 1)·p%; with s the
 * whole part of k, mₚ = Xₛ + (Xₛ₊₁ − Xₛ)·(k − s) (mₚ = Xₙ when s = n). This is linear interpolation
 * between closest ranks, the same as Excel's PERCENTILE.INC and NumPy's default. The result is not
 * rounded; HJ 663's rounding of reported statistics is left to the caller (e.g. `roundGbt8170`).
 *
 * Note: the method is HJ 663-2013's as widely implemented in Chinese monitoring software; the library's
 * reference sheet does not quote the standard's text for it.
 *
 * @param values - a non-empty array of finite numbers (not modified)
 * @param p - the percentile, 0–100 (e.g. 95 for CO, 90 for O3)
 * @returns the percentile
 * @throws {PlanInputError} when `values` is empty or holds a non-finite value, or `p` is outside 0–100
 * @example
 * ```ts
 * // k = 1 + 4 × 0.9 = 4.6: 4 + (5 − 4) × 0.6
 * percentile([1, 2, 3, 4, 5], 90); //=> 4.6
 * percentile([0.7, 1.2, 0.9], 50); //=> 0.9
 * ```
 * @see HJ 663-2013 (百分位数计算方法)
 * @category Air quality
 */
export function percentile(values: readonly number[], p: number): number {
  values = read('values', values) as typeof values;
  if (!Array.isArray(values) || values.length === 0) {
    refuse('wrong-type', 'values', values, ['a non-empty array of finite numbers', '由有限数组成的非空数组']);
  }
  if (typeof p !== 'number' || !(p >= 0 && p <= 100)) {
    refuse(numberCode(p), 'p', p, ['a percentile from 0 to 100', '0 到 100 的百分位数']);
  }
  const xs = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) xs[i] = finite(`values[${i}]`, values[i]);
  xs.sort();
  return sortedPercentile(xs as unknown as readonly number[], p);
}

const KEYS = [
  ['so2', 'so2_24h'],
  ['no2', 'no2_24h'],
  ['pm10', 'pm10_24h'],
  ['pm25', 'pm25_24h'],
  ['co', 'co_24h'],
  ['o3', 'o3_8h'],
] as const;

/**
 * The six statistics of the composite index from a period of daily values (a year for the annual
 * ranking): the means of the daily SO2, NO2, PM10 and PM2.5 values, the 95th percentile of daily CO,
 * and the 90th percentile of the daily maximum 8 h O3 (percentiles as `percentile` computes them).
 * Days without a value for a pollutant (`null` or missing) are left out of that pollutant's statistic
 * only; `days` tells how many days each statistic rests on. HJ 663's minimum counts of valid days and
 * its rounding of the statistics are not applied: check `days` and round as your method requires.
 *
 * @param dailyRecords - one record per day: `{ so2_24h, no2_24h, pm10_24h, pm25_24h, co_24h, o3_8h }`
 *   (µg/m³; CO mg/m³); other keys are ignored
 * @returns `{ so2, no2, pm10, pm25, co, o3, days }`, ready for `compositeIndex`
 * @throws {PlanInputError} when the array is empty, a record is not an object, a value is negative or not
 *   finite (named as `dailyRecords[i].pm25_24h`), or a pollutant has no value on any day
 * @example
 * ```ts
 * const s = annualStats([
 *   { so2_24h: 10, no2_24h: 30, pm10_24h: 60, pm25_24h: 30, co_24h: 0.8, o3_8h: 120 },
 *   { so2_24h: 14, no2_24h: 34, pm10_24h: 80, pm25_24h: 40, co_24h: 1.2, o3_8h: 160 },
 * ]);
 * s.pm25; //=> 35
 * // k = 1 + 1 × 0.95: 0.8 + 0.4 × 0.95
 * s.co; //=> 1.18
 * s.days.pm25; //=> 2
 * ```
 * @see HJ 663-2013 (annual statistics, percentiles); 《城市环境空气质量排名技术规定》 (composite index)
 * @category Air quality
 */
export function annualStats(dailyRecords: readonly DailyRecord[]): AnnualStats {
  dailyRecords = read('dailyRecords', dailyRecords) as typeof dailyRecords;
  if (!Array.isArray(dailyRecords) || dailyRecords.length === 0) {
    refuse('wrong-type', 'dailyRecords', dailyRecords, ['a non-empty array of daily records', '非空的逐日记录数组']);
  }
  const n = dailyRecords.length;
  const columns = KEYS.map(() => new Float64Array(n));
  const counts = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const r = dailyRecords[i];
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      refuse('not-plain', `dailyRecords[${i}]`, r, ['an object of daily concentrations', '一日各项浓度的对象']);
    }
    for (let j = 0; j < 6; j++) {
      const key = KEYS[j]![1];
      const v = r[key];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'number' || !(v >= 0) || v === Infinity) {
        refuse(numberCode(v), `dailyRecords[${i}].${key}`, v, [
          'a finite number ≥ 0 (µg/m³; CO in mg/m³), or null for a day without a value',
          '≥ 0 的有限数（µg/m³；CO 为 mg/m³），当日无值则为 null',
        ]);
      }
      columns[j]![counts[j]!++] = v;
    }
  }
  const stat = (j: number): number => {
    const count = counts[j]!;
    if (count === 0) {
      refuse('missing', `dailyRecords[].${KEYS[j]![1]}`, undefined, ['at least one day with a value', '至少一天有值']);
    }
    const xs = columns[j]!.subarray(0, count);
    if (j >= 4) return sortedPercentile(xs.sort() as unknown as readonly number[], j === 4 ? 95 : 90);
    let sum = 0;
    for (let i = 0; i < count; i++) sum += xs[i]!;
    if (sum !== Infinity) return sum / count; // values are finite and ≥ 0: the sum is finite or +Infinity
    // The sum of values near Number.MAX_VALUE overflows: a running mean never leaves [min, max].
    let mean = 0;
    for (let i = 0; i < count; i++) mean += (xs[i]! - mean) / (i + 1);
    return mean;
  };
  return {
    so2: stat(0),
    no2: stat(1),
    pm10: stat(2),
    pm25: stat(3),
    co: stat(4),
    o3: stat(5),
    days: { so2: counts[0]!, no2: counts[1]!, pm10: counts[2]!, pm25: counts[3]!, co: counts[4]!, o3: counts[5]! },
  };
}
