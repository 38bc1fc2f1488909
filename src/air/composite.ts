import { refuse } from '../errors.js';
import { keyWords, numberCode, numberWords, oneOfWords } from '../issue-codes.js';
import { isFlat } from '../flat.js';
import { isArray, isPlain, read, readPlain, shapeCode } from '../input.js';
import type { CompositeIndexDetail, CompositeLimits, CompositeOptions, CompositeStats, Gb3095LimitsId } from '../model/air/index.js';
import { LIMITS_EXPECTED, LIMITS_EXPECTED_ZH, LIMITS_KEYS, limitsNamed } from './limits.js';

const KEYS = ['so2', 'no2', 'pm10', 'pm25', 'co', 'o3'] as const;
/** The keys of the statistics: the six pollutants, and the `days` that `annualStats` gives beside them. */
// Written out (a spread at the top level is code a bundler keeps even when nothing here is imported).
const STATS_KEYS: readonly string[] = ['so2', 'no2', 'pm10', 'pm25', 'co', 'o3', 'days'];
const COMPOSITE_KEYS: readonly string[] = ['edition', 'phase', 'date', 'year', 'limits', 'weights', 'singleIndexes'];

/** The limits and weights of `options`, checked once. */
interface Resolved {
  readonly limits: CompositeLimits;
  readonly weights: CompositeLimits;
  readonly limitsId: Gb3095LimitsId | null;
  verified: boolean;
}

function resolveComposite(options: CompositeOptions): Resolved {
  // No `{ limits, weights, ...rest } = options`: an object rest costs more than the whole index (V8 11).
  const o = readPlain('options', options, COMPOSITE_KEYS, `${LIMITS_EXPECTED}, or { limits }`, `${LIMITS_EXPECTED_ZH}，或 { limits }`)!;
  const own = o.limits;
  const weights = o.weights;
  let r: Resolved;
  if (own !== undefined) {
    for (const k of Object.keys(o)) {
      if (k !== 'limits' && k !== 'weights' && k !== 'singleIndexes' && o[k] !== undefined) {
        refuse('conflict', 'options', options, [
          'either { limits } or the GB 3095 edition, date or year, not both',
          '{ limits } 与 GB 3095 的 edition、date 或 year 只能给其一',
        ]);
      }
    }
    if (!isPlain(own)) {
      refuse('not-plain', 'options.limits', own, [
        'an object { so2, no2, pm10, pm25, co, o3 } of limits > 0',
        '各项浓度限值（> 0）的对象 { so2, no2, pm10, pm25, co, o3 }',
      ]);
    }
    const l = {} as Record<(typeof KEYS)[number], number>;
    for (const k of KEYS) {
      const v = (own as Record<string, unknown>)[k];
      if (typeof v !== 'number' || !(v > 0) || v === Infinity) {
        refuse(numberCode(v), `options.limits.${k}`, v, numberWords({ min: 0, above: true }));
      }
      l[k] = v;
    }
    r = unweighted(l, null, true);
  } else {
    r = ofSet(limitsNamed(o.edition, o.phase, o.date, o.year));
  }
  if (weights !== undefined && !isPlain(weights)) {
    refuse('not-plain', 'options.weights', weights, [
      'an object of weights ≥ 0 by pollutant (so2, no2, pm10, pm25, co, o3)',
      '按污染物给出权重（≥ 0）的对象（so2、no2、pm10、pm25、co、o3）',
    ]);
  }
  if (weights) {
    for (const k of Object.keys(weights)) {
      const v = (weights as Record<string, unknown>)[k];
      if (!(KEYS as readonly string[]).includes(k)) {
        refuse('unknown-key', `options.weights.${k}`, v, [
          'a weight of so2, no2, pm10, pm25, co or o3',
          'so2、no2、pm10、pm25、co 或 o3 的权重',
        ]);
      }
      if (v === undefined) continue;
      if (typeof v !== 'number' || !(v >= 0) || v === Infinity) {
        refuse(numberCode(v), `options.weights.${k}`, v, numberWords({ min: 0 }));
      }
      r.weights[k as (typeof KEYS)[number]] = v;
      if (v !== 1) r.verified = false;
    }
  }
  return r;
}

/** Limits with the weights 1 (fresh: a caller's weights are set in them). */
const unweighted = (limits: CompositeLimits, limitsId: Gb3095LimitsId | null, verified: boolean): Resolved => ({
  limits,
  weights: { so2: 1, no2: 1, pm10: 1, pm25: 1, co: 1, o3: 1 },
  limitsId,
  verified,
});

/** The limits of a set of GB 3095 limits, unweighted. */
function ofSet(set: ReturnType<typeof limitsNamed>): Resolved {
  const s = set.limits;
  return unweighted(
    { so2: s.so2_annual, no2: s.no2_annual, pm10: s.pm10_annual, pm25: s.pm25_annual, co: s.co_24h, o3: s.o3_8h },
    set.id,
    set.verified,
  );
}

/** The field at fault: `stats` for a single call (`at` = −1), `statsList[i]` in a batch. */
const statsField = (at: number, k?: string): string => (at < 0 ? 'stats' : `statsList[${at}]`) + (k === undefined ? '' : `.${k}`);

/**
 * wᵢ·Cᵢ/Sᵢ for one pollutant (weight `w`, limit `s`), `c` checked; `at` as for `statsField`. The weight and
 * limit are read by name by the caller (a read by the key `k` here was a third of the index's time), the
 * refusals apart in `badTerm`.
 */
function term(at: number, k: (typeof KEYS)[number], c: unknown, w: number, s: number): number {
  // wᵢ·(Cᵢ/Sᵢ), in this order: the single index Cᵢ/Sᵢ is what the detail reports, and it must be finite too.
  const t = typeof c === 'number' && c >= 0 ? w * (c / s) : Infinity;
  if (!(t < Infinity)) badTerm(at, k, c, w, s);
  return t;
}

/** The refusal of a statistic whose term is not a finite number. */
function badTerm(at: number, k: (typeof KEYS)[number], c: unknown, w: number, s: number): never {
  if (typeof c !== 'number' || !(c >= 0) || c === Infinity) {
    const unit = k === 'co' ? 'mg/m³' : 'µg/m³';
    refuse(numberCode(c), statsField(at, k), c, numberWords({ min: 0, unit }));
  }
  // Only absurd inputs get here (a statistic near Number.MAX_VALUE, a limit near 0): refuse rather than answer Infinity or NaN.
  refuse('out-of-range', statsField(at, k), c, [
    `a statistic whose weighted single index wᵢ·Cᵢ/Sᵢ is finite (S = ${s}, w = ${w})`,
    `加权单项指数 wᵢ·Cᵢ/Sᵢ 为有限数的统计量（S = ${s}，w = ${w}）`,
  ]);
}

/**
 * Σ wᵢ·Cᵢ/Sᵢ of `stats`, a plain record of known keys, read property by property (a loop over the keys costs
 * twice as much); a refusal of the whole statistics reports `shown` (the caller's object, where `stats` is
 * the copy read from it).
 */
function indexOf(x: Readonly<Record<string, unknown>>, r: Resolved, at: number, shown: unknown = x): number {
  const w = r.weights;
  const l = r.limits;
  const sum =
    term(at, 'so2', x.so2, w.so2, l.so2) +
    term(at, 'no2', x.no2, w.no2, l.no2) +
    term(at, 'pm10', x.pm10, w.pm10, l.pm10) +
    term(at, 'pm25', x.pm25, w.pm25, l.pm25) +
    term(at, 'co', x.co, w.co, l.co) +
    term(at, 'o3', x.o3, w.o3, l.o3);
  if (!(sum < Infinity)) {
    refuse('out-of-range', statsField(at), shown, [
      'statistics whose composite index Σ wᵢ·Cᵢ/Sᵢ is finite',
      '综合指数 Σ wᵢ·Cᵢ/Sᵢ 为有限数的统计量',
    ]);
  }
  return sum;
}

/** The options `compositeIndex`'s fast path takes: the limits by edition, date or year (and `singleIndexes: false`). */
// Written out (a spread at the top level is code a bundler keeps even when nothing here is imported).
const FAST_OPTION_KEYS: readonly string[] = ['edition', 'phase', 'date', 'year', 'singleIndexes'];

/**
 * The limits and weights of flat `options` of `keys` (src/flat.ts) by edition, date or year, or `null` to
 * give up (the detail, or a flag the checked path refuses). An object among the options is refused by
 * `limitsNamed`, as any bad option is: the fast paths catch the refusal and give up, and the checked path then
 * reads the options and refuses them.
 */
function fastResolved(options: unknown, keys: readonly string[]): Resolved | null {
  if (!isFlat(options, keys)) return null;
  const flag = options.singleIndexes;
  return flag === undefined || flag === false ? ofSet(limitsNamed(options.edition, options.phase, options.date, options.year)) : null;
}

/**
 * `compositeIndex`'s fast path: flat statistics of the six pollutants and flat options by edition, date or
 * year are read directly, each value once, and checked as the checked path checks its copies; −1 to give up,
 * also on any refusal or exception (a getter that throws: the checked path then reads the input afresh and
 * reports it).
 */
function fastIndex(stats: unknown, options: unknown): number {
  try {
    const r = fastResolved(options, FAST_OPTION_KEYS);
    return r !== null && isFlat(stats, KEYS) ? indexOf(stats, r, -1) : -1;
  } catch {
    return -1;
  }
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
  const fast = fastIndex(stats, options);
  if (fast >= 0) return fast;
  options = read('options', options) as CompositeOptions;
  const r = resolveComposite(options);
  // Each statistic is read once: the index and the single indexes come from the same values.
  const own = readPlain(
    'stats',
    stats,
    STATS_KEYS,
    'an object { so2, no2, pm10, pm25, co, o3 }',
    '对象 { so2, no2, pm10, pm25, co, o3 }',
  ) as unknown as CompositeStats;
  // An error names the caller's object, not the copy read from it.
  const compositeIndex = indexOf(own, r, -1, stats);
  const flag = (options as { singleIndexes?: unknown }).singleIndexes;
  if (flag !== undefined && typeof flag !== 'boolean') {
    refuse('wrong-type', 'options.singleIndexes', flag, oneOfWords([true, false]));
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
  const fast = fastIndexes(statsList, options);
  if (fast !== null) return fast;
  statsList = read('statsList', statsList) as readonly CompositeStats[];
  options = read('options', options) as CompositeOptions;
  if (!isArray(statsList)) {
    refuse(shapeCode(statsList), 'statsList', statsList, [
      'an array of { so2, no2, pm10, pm25, co, o3 }',
      '由 { so2, no2, pm10, pm25, co, o3 } 组成的数组',
    ]);
  }
  if (options !== null && typeof options === 'object' && (options as { singleIndexes?: unknown }).singleIndexes !== undefined) {
    refuse('conflict', 'options.singleIndexes', (options as { singleIndexes?: unknown }).singleIndexes, [
      'nothing: compositeIndexes gives numbers (use compositeIndex for the detail)',
      '不给此项：compositeIndexes 只返回数值（要明细请用 compositeIndex）',
    ]);
  }
  const r = resolveComposite(options);
  const n = statsList.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const stats = statsList[i];
    if (!isPlain(stats)) {
      refuse(shapeCode(stats), statsField(i), stats, [
        'an object { so2, no2, pm10, pm25, co, o3 } of period statistics',
        '各项时段统计量的对象 { so2, no2, pm10, pm25, co, o3 }',
      ]);
    }
    for (const k in stats) {
      if (!STATS_KEYS.includes(k)) refuse('unknown-key', statsField(i, k), stats[k as 'co'], keyWords(STATS_KEYS));
    }
    out[i] = indexOf(stats, r, i);
  }
  return out;
}

/**
 * `compositeIndexes`' fast path: the numbers for an array of flat statistics and flat options by edition,
 * date or year, or `null` to give up (also on any exception, as `fastIndex`).
 */
function fastIndexes(statsList: unknown, options: unknown): number[] | null {
  if (!isArray(statsList)) return null;
  try {
    const r = fastResolved(options, LIMITS_KEYS);
    if (r === null) return null;
    const n = statsList.length;
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const stats = statsList[i]; // a hole reads undefined, which is not flat
      if (!isFlat(stats, KEYS)) return null;
      out[i] = indexOf(stats, r, i);
    }
    return out;
  } catch {
    return null;
  }
}
