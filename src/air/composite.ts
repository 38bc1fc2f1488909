import { PlanInputError } from '../errors.js';
import { isPlain, readPlain, notRevoked } from '../input.js';
import type {
  CompositeIndexDetail,
  CompositeLimits,
  CompositeOptions,
  CompositeStats,
  Gb3095LimitsId,
  LimitsOptions,
  Pm25Attainment,
} from '../model/air/index.js';
import { datedFrom2016, FIRST_2026_DAY } from './dates.js';
import { GB3095_LIMITS } from './tables.js';

/**
 * One set of GB 3095 grade II limits, as bundled in `GB3095_LIMITS`: `{ id, standard, phase, inForce,
 * verified, limits }`.
 *
 * @example
 * ```ts
 * const set: Gb3095LimitSet = gb3095Limits({ year: 2027 });
 * set.standard; //=> 'GB 3095-2026'
 * ```
 * @see GB 3095-2012; GB 3095-2026
 * @category Air quality
 */
export type Gb3095LimitSet = (typeof GB3095_LIMITS)[Gb3095LimitsId];

const LIMITS_EXPECTED =
  "{ edition: '2012' }, { edition: '2026', phase: 'transition' | 'final' }, { date: 'YYYY-MM-DD' } or { year } (there is no default)";
const LIMITS_EXPECTED_ZH =
  "{ edition: '2012' }、{ edition: '2026', phase: 'transition' | 'final' }、{ date: 'YYYY-MM-DD' } 或 { year }(没有默认值)";

function idOnDate(date: string): Gb3095LimitsId {
  return date < FIRST_2026_DAY ? '2012' : date < '2031-01-01' ? '2026-transition' : '2026-final';
}

/**
 * The set of GB 3095 grade II limits that `options` names or that is in force on a day or at the end of
 * a year: GB 3095-2012 from 2016-01-01 to 2026-02-28; GB 3095-2026's transition phase 2026-03-01 to
 * 2030-12-31; its final phase from 2031-01-01. For `{ year }` the library takes the limits in force on
 * 31 December of that year (so 2026 is judged by GB 3095-2026's transition phase); this is the library's
 * reading, not a rule the standards state. The GB 3095-2026 values were checked against the standard's text
 * (`verified: true`, with the check's `basis`).
 *
 * @param options - `{ edition: '2012' }`, `{ edition: '2026', phase: 'transition' | 'final' }`,
 *   `{ date: 'YYYY-MM-DD' }` or `{ year }`; exactly one, no default
 * @returns the entry of `GB3095_LIMITS`: `{ id, standard, phase, inForce, verified, limits }`
 * @throws {PlanInputError} when the options are missing or mixed, the edition or phase is unknown,
 *   or the date or year is before 2016
 * @example
 * ```ts
 * gb3095Limits({ year: 2025 }).limits.pm25_annual; //=> 35
 * gb3095Limits({ year: 2027 }).id; //=> '2026-transition'
 * gb3095Limits({ date: '2031-01-01' }).limits.pm25_annual; //=> 25
 * ```
 * @see GB 3095-2012; GB 3095-2026 (transition and final phases)
 * @category Air quality
 */
export function gb3095Limits(options: LimitsOptions): Gb3095LimitSet {
  if (!isPlain(options)) throw new PlanInputError('options', options, LIMITS_EXPECTED, LIMITS_EXPECTED_ZH);
  refuseOtherKeys(options, LIMITS_KEYS);
  const { edition, phase, date, year } = options as { edition?: unknown; phase?: unknown; date?: unknown; year?: unknown };
  const given = (edition !== undefined ? 1 : 0) + (date !== undefined ? 1 : 0) + (year !== undefined ? 1 : 0);
  if (given !== 1) throw new PlanInputError('options', options, LIMITS_EXPECTED, LIMITS_EXPECTED_ZH);
  if (edition !== undefined) {
    if (edition === '2012') {
      if (phase !== undefined) {
        throw new PlanInputError('options.phase', phase, 'no phase: GB 3095-2012 has none', '无 phase:GB 3095-2012 不分阶段');
      }
      return GB3095_LIMITS['2012'];
    }
    if (edition !== '2026') throw new PlanInputError('options.edition', edition, "'2012' or '2026'", "'2012' 或 '2026'");
    if (phase === 'transition' || phase === 'final') return GB3095_LIMITS[`2026-${phase}`];
    throw new PlanInputError(
      'options.phase',
      phase,
      "'transition' (2026-03-01 to 2030-12-31) or 'final' (from 2031-01-01): GB 3095-2026 has two phases",
      "'transition'(2026-03-01 至 2030-12-31)或 'final'(2031-01-01 起):GB 3095-2026 分两个阶段",
    );
  }
  if (phase !== undefined) {
    throw new PlanInputError(
      'options.phase',
      phase,
      'a phase only with { edition: "2026" }',
      '无 phase(phase 只随 { edition: "2026" } 给出)',
    );
  }
  if (date !== undefined) return GB3095_LIMITS[idOnDate(datedFrom2016('options.date', date))];
  // Number.isInteger is false for anything but a number.
  if (!Number.isInteger(year) || (year as number) < 2016 || (year as number) > 9999) {
    throw new PlanInputError(
      'options.year',
      year,
      'a calendar year from 2016 (when GB 3095-2012 applies nationwide)',
      '2016(GB 3095-2012 全国实施之年)及以后的年份',
    );
  }
  return GB3095_LIMITS[idOnDate(`${year}-12-31`)];
}

const KEYS = ['so2', 'no2', 'pm10', 'pm25', 'co', 'o3'] as const;
const LIMITS_KEYS: readonly string[] = ['edition', 'phase', 'date', 'year'];
const COMPOSITE_KEYS: readonly string[] = ['edition', 'phase', 'date', 'year', 'limits', 'weights', 'singleIndexes'];

/** Refuses a key of the plain object `o` that is not in `keys`. */
function refuseOtherKeys(o: Record<string, unknown>, keys: readonly string[]): void {
  for (const k in o) {
    if (!keys.includes(k)) {
      throw new PlanInputError(`options.${k}`, o[k], `no such option (only ${keys.join(', ')})`, `无此选项(只接受 ${keys.join('、')})`);
    }
  }
}

/** The limits and weights of `options`, checked once. */
interface Resolved {
  readonly limits: CompositeLimits;
  readonly weights: CompositeLimits;
  readonly limitsId: Gb3095LimitsId | null;
  readonly verified: boolean;
}

function resolveComposite(options: CompositeOptions): Resolved {
  if (!isPlain(options)) {
    throw new PlanInputError('options', options, `${LIMITS_EXPECTED}, or { limits }`, `${LIMITS_EXPECTED_ZH},或 { limits }`);
  }
  refuseOtherKeys(options, COMPOSITE_KEYS);
  // No `{ limits, weights, ...rest } = options`: an object rest costs more than the whole index (V8 11).
  const o = options as Record<string, unknown>;
  const own = o.limits;
  const weights = o.weights;
  let limits: CompositeLimits;
  let limitsId: Gb3095LimitsId | null = null;
  let verified = true;
  if (own !== undefined) {
    for (const k of Object.keys(o)) {
      if (k !== 'limits' && k !== 'weights' && k !== 'singleIndexes' && o[k] !== undefined) {
        throw new PlanInputError(
          'options',
          options,
          'either { limits } or the GB 3095 edition, date or year, not both',
          '{ limits } 与 GB 3095 的 edition、date 或 year 只能给其一',
        );
      }
    }
    if (!isPlain(own)) {
      throw new PlanInputError(
        'options.limits',
        own,
        'an object { so2, no2, pm10, pm25, co, o3 } of limits > 0',
        '各项浓度限值(> 0)的对象 { so2, no2, pm10, pm25, co, o3 }',
      );
    }
    const l = {} as Record<(typeof KEYS)[number], number>;
    for (const k of KEYS) {
      const v = (own as Record<string, unknown>)[k];
      if (typeof v !== 'number' || !(v > 0) || v === Infinity) {
        throw new PlanInputError(`options.limits.${k}`, v, 'a finite number > 0', '> 0 的有限数');
      }
      l[k] = v;
    }
    limits = l;
  } else {
    const set = gb3095Limits({ edition: o.edition, phase: o.phase, date: o.date, year: o.year } as LimitsOptions);
    const s = set.limits;
    limits = { so2: s.so2_annual, no2: s.no2_annual, pm10: s.pm10_annual, pm25: s.pm25_annual, co: s.co_24h, o3: s.o3_8h };
    limitsId = set.id;
    verified = set.verified;
  }
  if (weights !== undefined && !isPlain(weights)) {
    throw new PlanInputError(
      'options.weights',
      weights,
      'an object of weights ≥ 0 by pollutant (so2, no2, pm10, pm25, co, o3)',
      '按污染物给出权重(≥ 0)的对象(so2、no2、pm10、pm25、co、o3)',
    );
  }
  const w = { so2: 1, no2: 1, pm10: 1, pm25: 1, co: 1, o3: 1 };
  if (weights) {
    for (const k of Object.keys(weights)) {
      const v = (weights as Record<string, unknown>)[k];
      if (!(KEYS as readonly string[]).includes(k)) {
        throw new PlanInputError(
          `options.weights.${k}`,
          v,
          'a weight of so2, no2, pm10, pm25, co or o3',
          'so2、no2、pm10、pm25、co 或 o3 的权重',
        );
      }
      if (v === undefined) continue;
      if (typeof v !== 'number' || !(v >= 0) || v === Infinity) {
        throw new PlanInputError(`options.weights.${k}`, v, 'a finite number ≥ 0', '≥ 0 的有限数');
      }
      w[k as (typeof KEYS)[number]] = v;
      if (v !== 1) verified = false;
    }
  }
  return { limits, weights: w, limitsId, verified };
}

/** The field at fault: `stats` for a single call (`at` = −1), `statsList[i]` in a batch. */
const statsField = (at: number, k?: string): string => (at < 0 ? 'stats' : `statsList[${at}]`) + (k === undefined ? '' : `.${k}`);

/** wᵢ·Cᵢ/Sᵢ for one pollutant, `c` checked; `at` as for `statsField`. */
function term(at: number, k: (typeof KEYS)[number], c: unknown, r: Resolved): number {
  if (typeof c !== 'number' || !(c >= 0) || c === Infinity) {
    const unit = k === 'co' ? 'mg/m³' : 'µg/m³';
    throw new PlanInputError(statsField(at, k), c, `a finite number ≥ 0 (${unit})`, `≥ 0 的有限数(${unit})`);
  }
  // wᵢ·(Cᵢ/Sᵢ), in this order: the single index Cᵢ/Sᵢ is what the detail reports, and it must be finite too.
  const t = r.weights[k] * (c / r.limits[k]);
  // Only absurd inputs get here (a statistic near Number.MAX_VALUE, a limit near 0): refuse rather than answer Infinity or NaN.
  if (!(t < Infinity)) {
    throw new PlanInputError(
      statsField(at, k),
      c,
      `a statistic whose weighted single index wᵢ·Cᵢ/Sᵢ is finite (S = ${r.limits[k]}, w = ${r.weights[k]})`,
      `加权单项指数 wᵢ·Cᵢ/Sᵢ 为有限数的统计量(S = ${r.limits[k]}, w = ${r.weights[k]})`,
    );
  }
  return t;
}

/** Σ wᵢ·Cᵢ/Sᵢ of checked `stats`, read property by property (a loop over the keys costs twice as much). */
function indexOf(stats: unknown, r: Resolved, at: number): number {
  if (stats === null || typeof stats !== 'object') {
    throw new PlanInputError(
      statsField(at),
      stats,
      'an object { so2, no2, pm10, pm25, co, o3 } of period statistics',
      '各项时段统计量的对象 { so2, no2, pm10, pm25, co, o3 }',
    );
  }
  const x = stats as Record<(typeof KEYS)[number], unknown>;
  const sum =
    term(at, 'so2', x.so2, r) +
    term(at, 'no2', x.no2, r) +
    term(at, 'pm10', x.pm10, r) +
    term(at, 'pm25', x.pm25, r) +
    term(at, 'co', x.co, r) +
    term(at, 'o3', x.o3, r);
  if (!(sum < Infinity)) {
    throw new PlanInputError(
      statsField(at),
      stats,
      'statistics whose composite index Σ wᵢ·Cᵢ/Sᵢ is finite',
      '综合指数 Σ wᵢ·Cᵢ/Sᵢ 为有限数的统计量',
    );
  }
  return sum;
}

/**
 * The ambient air quality composite index (环境空气质量综合指数) used to rank cities: Σ wᵢ·Cᵢ/Sᵢ over six
 * pollutants, where Cᵢ are the period means of SO2, NO2, PM10 and PM2.5, the 95th percentile of daily
 * CO and the 90th percentile of daily maximum 8 h O3 (see `annualStats`), and Sᵢ the GB 3095 grade II
 * limits of the edition (annual for the four means, 24 h for CO, 8 h for O3) or your own `limits`.
 *
 * Weights default to 1 (the unweighted sum, the library's default). A weighted variant (PM2.5 ×3,
 * NO2 ×2, O3 ×2) is claimed for newer ranking methods but is *unverified*: pass `weights` to apply it,
 * and the detailed result says `verified: false`. The index is not rounded (the ministry publishes two
 * decimals: `roundGbt8170(index, 2)`).
 *
 * @param stats - `{ so2, no2, pm10, pm25, co, o3 }` (µg/m³; CO mg/m³), each finite and ≥ 0
 * @param options - the limits (`{ edition: '2012' }`, `{ edition: '2026', phase }`, `{ date }`, `{ year }`
 *   or `{ limits }`), optional `weights`, and `singleIndexes: true` for the detailed result
 * @returns the composite index; with `singleIndexes: true`, `{ compositeIndex, singleIndexes, limits,
 *   weights, limitsId, verified }`
 * @throws {PlanInputError} for a missing or bad statistic (`stats.co`), limit, weight or options
 * @example
 * ```ts
 * const stats = { pm25: 21, pm10: 39, so2: 9, no2: 15, o3: 192, co: 0.7 };
 * compositeIndex(stats, { edition: '2012' }); //=> 3.0571428571428574
 * // 21/35 + 39/70 + 9/60 + 15/40 + 192/160 + 0.7/4 = 3.06 as published (two decimals)
 * compositeIndex(stats, { edition: '2012', singleIndexes: true }).singleIndexes.o3; //=> 1.2
 * ```
 * @see 《城市环境空气质量排名技术规定》 (composite index); GB 3095-2012 grade II limits; GB 3095-2026
 * @category Air quality
 */
export function compositeIndex(stats: CompositeStats, options: CompositeOptions & { singleIndexes: true }): CompositeIndexDetail;
/**
 * The composite index as a number (see the first signature).
 * @param stats - `{ so2, no2, pm10, pm25, co, o3 }`
 * @param options - the limits, optional `weights`
 * @returns the composite index
 * @example
 * ```ts
 * compositeIndex({ pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 }, { year: 2025 }); //=> 6
 * ```
 * @see 《城市环境空气质量排名技术规定》
 * @category Air quality
 */
export function compositeIndex(stats: CompositeStats, options: CompositeOptions & { singleIndexes?: false }): number;
/**
 * The composite index, or its detail when `singleIndexes` is `true`.
 * @param stats - `{ so2, no2, pm10, pm25, co, o3 }`
 * @param options - the limits, optional `weights`, optional `singleIndexes`
 * @returns a number or the detailed result
 * @example
 * ```ts
 * compositeIndex({ pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 }, { edition: '2012' }); //=> 6
 * ```
 * @see 《城市环境空气质量排名技术规定》
 * @category Air quality
 */
export function compositeIndex(stats: CompositeStats, options: CompositeOptions): number | CompositeIndexDetail;
export function compositeIndex(stats: CompositeStats, options: CompositeOptions): number | CompositeIndexDetail {
  notRevoked('stats', stats);
  const r = resolveComposite(options);
  // Each statistic is read once: the index and the single indexes come from the same values.
  const own = isPlain(stats)
    ? (readPlain(
        'stats',
        stats,
        null,
        'an object { so2, no2, pm10, pm25, co, o3 }',
        '对象 { so2, no2, pm10, pm25, co, o3 }',
      ) as unknown as CompositeStats)
    : stats;
  let compositeIndex: number;
  try {
    compositeIndex = indexOf(own, r, -1);
  } catch (e) {
    // An error names the caller's object, not the copy read from it.
    if (e instanceof PlanInputError && own !== stats) {
      throw new PlanInputError(e.issues.map((x) => (x.value === own ? { ...x, value: stats } : x)));
    }
    throw e;
  }
  const flag = (options as { singleIndexes?: unknown }).singleIndexes;
  if (flag !== undefined && typeof flag !== 'boolean') {
    throw new PlanInputError('options.singleIndexes', flag, 'true or false', 'true 或 false');
  }
  if (!flag) return compositeIndex;
  const s = own as CompositeStats;
  const l = r.limits;
  const singleIndexes = {
    so2: s.so2 / l.so2,
    no2: s.no2 / l.no2,
    pm10: s.pm10 / l.pm10,
    pm25: s.pm25 / l.pm25,
    co: s.co / l.co,
    o3: s.o3 / l.o3,
  };
  return { compositeIndex, singleIndexes, limits: l, weights: r.weights, limitsId: r.limitsId, verified: r.verified };
}

/**
 * The composite index of many cities or periods at once: the batch fast path for ranking a field. The
 * options are checked once; each statistics object is checked as `compositeIndex` checks it and gives
 * the same number.
 *
 * @param statsList - an array of `{ so2, no2, pm10, pm25, co, o3 }` (µg/m³; CO mg/m³)
 * @param options - as for `compositeIndex` (limits by edition, date or year, or your own; optional
 *   `weights`), applied to every entry; `singleIndexes` is not taken
 * @returns the composite index of each entry, in order
 * @throws {PlanInputError} as `compositeIndex` does, naming the entry (`statsList[3].co`), or when
 *   `statsList` is not an array
 * @example
 * ```ts
 * compositeIndexes(
 *   [
 *     { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 },
 *     { pm25: 21, pm10: 39, so2: 9, no2: 15, o3: 192, co: 0.7 },
 *   ],
 *   { edition: '2012' },
 * ); //=> [6, 3.0571428571428574]
 * ```
 * @see 《城市环境空气质量排名技术规定》 (composite index); `rankCities` to rank the result
 * @category Air quality
 */
export function compositeIndexes(statsList: readonly CompositeStats[], options: CompositeOptions): number[] {
  notRevoked('statsList', statsList);
  notRevoked('options', options);
  if (!Array.isArray(statsList)) {
    throw new PlanInputError(
      'statsList',
      statsList,
      'an array of { so2, no2, pm10, pm25, co, o3 }',
      '由 { so2, no2, pm10, pm25, co, o3 } 组成的数组',
    );
  }
  // Stryker disable next-line ConditionalExpression: a number or a string has no singleIndexes either; resolveComposite then refuses it
  if (options !== null && typeof options === 'object' && (options as { singleIndexes?: unknown }).singleIndexes !== undefined) {
    throw new PlanInputError(
      'options.singleIndexes',
      (options as { singleIndexes?: unknown }).singleIndexes,
      'nothing: compositeIndexes gives numbers (use compositeIndex for the detail)',
      '不给此项:compositeIndexes 只返回数值(要明细请用 compositeIndex)',
    );
  }
  const r = resolveComposite(options);
  const n = statsList.length;
  // Stryker disable next-line ArrayDeclaration: the array is filled index by index either way; presizing only saves the growing
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = indexOf(statsList[i], r, i);
  return out;
}

/**
 * Whether a city's annual mean PM2.5 attains the standard (达标): at or under the grade II annual limit
 * of the GB 3095 edition in force — 35 µg/m³ under GB 3095-2012, 30 in GB 3095-2026's transition phase
 * (2026-03-01 to 2030-12-31), 25 from 2031. The mean is compared as given: round it first if your method
 * does (e.g. `roundGbt8170(mean, 0)`). The GB 3095-2026 limits were checked against the standard's text
 * (`verified: true`).
 *
 * @param annualMean - the annual mean PM2.5 concentration, µg/m³ (finite, ≥ 0)
 * @param options - `{ edition: '2012' }`, `{ edition: '2026', phase }`, `{ date }` or `{ year }` (the
 *   limits in force on 31 December of that year)
 * @returns `{ attains, annualMean, limit, limitsId, standard, verified }`
 * @throws {PlanInputError} when the mean is negative or not finite, or the options are missing or bad
 * @example
 * ```ts
 * pm25Attainment(35, { year: 2025 }).attains; //=> true
 * pm25Attainment(35, { year: 2027 }); //=> { attains: false, annualMean: 35, limit: 30, limitsId: '2026-transition', standard: 'GB 3095-2026', verified: true }
 * ```
 * @see GB 3095-2012 (PM2.5 annual, grade II); GB 3095-2026; 三(七)26: 实施城市空气质量达标管理 … 为2027年设区城市PM2.5浓度力争全面达标奠定基础
 * @category Air quality
 */
export function pm25Attainment(annualMean: number, options: LimitsOptions): Pm25Attainment {
  if (typeof annualMean !== 'number' || !(annualMean >= 0) || annualMean === Infinity) {
    throw new PlanInputError('annualMean', annualMean, 'a finite number ≥ 0 (µg/m³)', '≥ 0 的有限数(µg/m³)');
  }
  const set = gb3095Limits(options);
  const limit = set.limits.pm25_annual;
  return {
    attains: annualMean <= limit,
    annualMean,
    limit,
    limitsId: set.id,
    standard: set.standard,
    verified: set.verified,
  };
}
