/**
 * The GB 3095 grade II limits in force (by edition and phase, on a day or in a year), and whether an annual
 * mean of PM2.5 attains them.
 * @module
 */
import { refuse } from '../errors.js';
import { numberCode, numberWords, oneOfWords } from '../issue-codes.js';
import { readPlain } from '../input.js';
import type { Gb3095LimitsId, LimitsOptions, Pm25Attainment } from '../model/air/index.js';
import { datedFromFirstEdition, FIRST_EDITION_DAY, GB3095_IN_FORCE, inForceOn } from './editions.js';
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

/** What the options that name a set of limits may be, in words (English, then Chinese). @internal */
export const LIMITS_EXPECTED =
  "{ edition: '2012' }, { edition: '2026', phase: 'transition' | 'final' }, { date: 'YYYY-MM-DD' } or { year } (there is no default)";
/** @internal */
export const LIMITS_EXPECTED_ZH =
  "{ edition: '2012' }、{ edition: '2026', phase: 'transition' | 'final' }、{ date: 'YYYY-MM-DD' } 或 { year }（没有默认值）";

/** The options of `gb3095Limits`. @internal */
export const LIMITS_KEYS: readonly string[] = ['edition', 'phase', 'date', 'year'];

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
  const o = readPlain('options', options, LIMITS_KEYS, LIMITS_EXPECTED, LIMITS_EXPECTED_ZH) as Record<string, unknown>;
  return limitsNamed(o.edition, o.phase, o.date, o.year, o);
}

/**
 * The set of limits that the options `edition`, `phase`, `date` and `year` (each read once) name, or a
 * refusal; a conflict reports `options`, or these four as an object when not given.
 * @internal
 */
export function limitsNamed(edition: unknown, phase: unknown, date: unknown, year: unknown, options?: unknown): Gb3095LimitSet {
  const given = (edition !== undefined ? 1 : 0) + (date !== undefined ? 1 : 0) + (year !== undefined ? 1 : 0);
  if (given !== 1) refuse('conflict', 'options', options ?? { edition, phase, date, year }, [LIMITS_EXPECTED, LIMITS_EXPECTED_ZH]);
  if (edition !== undefined) {
    if (edition === '2012') {
      if (phase !== undefined) {
        refuse('conflict', 'options.phase', phase, ['no phase: GB 3095-2012 has none', '无 phase:GB 3095-2012 不分阶段']);
      }
      return GB3095_LIMITS['2012'];
    }
    if (edition !== '2026') refuse('invalid-value', 'options.edition', edition, oneOfWords(['2012', '2026']));
    if (phase === 'transition' || phase === 'final') return GB3095_LIMITS[`2026-${phase}`];
    refuse('invalid-value', 'options.phase', phase, [
      "'transition' (2026-03-01 to 2030-12-31) or 'final' (from 2031-01-01): GB 3095-2026 has two phases",
      "'transition'（2026-03-01 至 2030-12-31）或 'final'（2031-01-01 起）：GB 3095-2026 分两个阶段",
    ]);
  }
  if (phase !== undefined) {
    refuse('conflict', 'options.phase', phase, [
      'a phase only with { edition: "2026" }',
      '无 phase（phase 只随 { edition: "2026" } 给出）',
    ]);
  }
  if (date !== undefined) return GB3095_LIMITS[inForceOn(GB3095_IN_FORCE, datedFromFirstEdition('options.date', date))];
  // Number.isInteger is false for anything but a number.
  if (!Number.isInteger(year) || (year as number) < +FIRST_EDITION_DAY.slice(0, 4) || (year as number) > 9999) {
    refuse(numberCode(year, true), 'options.year', year, [
      'a calendar year from 2016 (when GB 3095-2012 applies nationwide)',
      '2016（GB 3095-2012 全国实施之年）及以后的年份',
    ]);
  }
  return GB3095_LIMITS[inForceOn(GB3095_IN_FORCE, `${year}-12-31`)];
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
    refuse(numberCode(annualMean), 'annualMean', annualMean, numberWords({ min: 0, unit: 'µg/m³' }));
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
