import { refuse } from '../errors.js';
import { keyWords, numberCode } from '../issue-codes.js';
import { isPlain, shapeCode } from '../input.js';
import type { AirEdition, EditionOptions, Pollutant } from '../model/air/index.js';
import { datedFromFirstEdition, HJ633_IN_FORCE, inForceOn } from './editions.js';
import { round8170 } from './rounding.js';
import { type BREAKPOINTS, BREAKPOINTS_2012, BREAKPOINTS_2026, LEVELS } from './tables.js';

/**
 * The HJ 633 edition that `options` names or that is in force on `options.date`: HJ 633-2012 from
 * 2016-01-01 (when it applies nationwide) to 2026-02-28, HJ 633-2026 from 2026-03-01. There is no
 * default: one of `edition` or `date` is required, and only one.
 *
 * @param options - `{ edition: '2012' | '2026' }` or `{ date: 'YYYY-MM-DD' }` (the day the data is for)
 * @returns `'2012'` or `'2026'`
 * @throws {PlanInputError} when both or neither are given, the edition is unknown, or the date is not
 *   an ISO calendar date from 2016-01-01
 * @example
 * ```ts
 * resolveEdition({ date: '2026-02-28' }); //=> '2012'
 * resolveEdition({ date: '2026-03-01' }); //=> '2026'
 * resolveEdition({ edition: '2012' }); //=> '2012'
 * ```
 * @see HJ 633-2026 (in force 2026-03-01, replacing HJ 633-2012)
 * @category Air quality
 */
export function resolveEdition(options: EditionOptions): AirEdition {
  return editionOf(options, NO_MORE_KEYS);
}

const NO_MORE_KEYS: readonly string[] = [];

/**
 * `resolveEdition` for a function that takes more options than `edition` and `date` (`more`, e.g.
 * `report`): any other key is refused.
 * @internal
 */
export function editionOf(options: unknown, more: readonly string[]): AirEdition {
  if (!(ownPlain(options) || isPlain(options))) refuse(shapeCode(options), 'options', options, [EDITION_EXPECTED, EDITION_EXPECTED_ZH]);
  for (const key in options as object) {
    if (key !== 'edition' && key !== 'date' && !more.includes(key)) {
      const taken = ['edition', 'date', ...more];
      refuse('unknown-key', `options.${key}`, (options as Record<string, unknown>)[key], keyWords(taken));
    }
  }
  const { edition, date } = options as { edition?: unknown; date?: unknown };
  if (edition !== undefined) {
    if (date !== undefined) {
      refuse('conflict', 'options', options, ['either { edition } or { date }, not both', '{ edition } 与 { date } 只能给一个']);
    }
    if (edition === '2012' || edition === '2026') return edition;
    refuse('invalid-value', 'options.edition', edition, [
      "'2012' (HJ 633-2012) or '2026' (HJ 633-2026)",
      "'2012'（HJ 633-2012）或 '2026'（HJ 633-2026）",
    ]);
  }
  if (date === undefined) refuse('missing', 'options', options, [EDITION_EXPECTED, EDITION_EXPECTED_ZH]);
  return inForceOn(HJ633_IN_FORCE, datedFromFirstEdition('options.date', date));
}

/** A plain object of this realm (`isPlain`'s first case, without its search): the per-call functions pay for every step. */
function ownPlain(v: unknown): boolean | undefined {
  try {
    return Object.getPrototypeOf(v) === Object.prototype && !Array.isArray(v);
  } catch {
    // null, undefined, a revoked Proxy (undefined: not known to be plain): isPlain decides
  }
}

const EDITION_EXPECTED = "{ edition: '2012' | '2026' } or { date: 'YYYY-MM-DD' } (there is no default edition)";
const EDITION_EXPECTED_ZH = "{ edition: '2012' | '2026' } 或 { date: 'YYYY-MM-DD' }（没有默认版本）";

/** `iaqiCode` result: HJ 633-2012 computes no IAQI (SO2 1 h or O3 8 h above 800). @internal */
export const NOT_COMPUTED = -1;
/** `iaqiCode` result: above the top of the table (reported as IAQI 500). @internal */
export const BEYOND_SCALE = -2;

/*
 * Rounding up without drift. IAQI = IAQI_lo + ⌈ΔI·(C − BP_lo)/ΔBP⌉, with IAQI_lo, ΔI ∈ {50, 100} and the
 * breakpoints whole numbers (so ΔBP ∈ [2, 1140]). The code computes x = ΔI·(C − BP_lo)/ΔBP in doubles and
 * takes ⌈x − ε⌉ with ε = 10⁻⁹.
 *
 * - Float error: C ≤ 3840 is stored within 2⁻⁵³·3840 ≈ 4.3·10⁻¹³ of the decimal written; C − BP_lo adds at
 *   most as much; ×ΔI/ΔBP (≤ 25) and the two roundings give |x − q| < 3·10⁻¹¹, where q is the exact value
 *   for the decimal written. At a breakpoint C − BP_lo = ΔBP exactly and x = ΔI exactly.
 * - If q is a whole number k (PM2.5 35 → 50, 75 → 100; CO 2.04 → 51), x − ε ∈ (k − 1, k), so ⌈x − ε⌉ = k.
 * - If C has at most 5 decimals, q = ΔI·m/(ΔBP·10⁵) for a whole m, so a q that is not whole exceeds ⌊q⌋
 *   by at least 1/(1140·10⁵) ≈ 8.8·10⁻⁹ > ε + 3·10⁻¹¹, and ⌈x − ε⌉ = ⌈q⌉.
 * Measured concentrations carry 0–3 decimals, so the ceiling is exact for them; a value with more decimals
 * that overshoots a whole IAQI by less than 10⁻⁹ is taken as that whole IAQI (it is float noise).
 * tests/air/iaqi.test.ts checks this against exact rational arithmetic (BigInt).
 */
const EPS = 1e-9;

/** One edition's columns of Table 1, keyed by pollutant. @internal */
export type BreakpointTable = (typeof BREAKPOINTS)[AirEdition];

/**
 * The column of Table 1 for `key` in `table`, or `undefined` when `key` names no pollutant (inherited
 * names such as 'toString' or '__proto__' are not arrays, so they are refused too).
 * @internal
 */
export function columnOf(table: BreakpointTable, key: unknown): readonly number[] | undefined {
  const bp = typeof key === 'string' ? (table as unknown as Record<string, unknown>)[key] : undefined;
  return Array.isArray(bp) ? bp : undefined;
}

/**
 * The IAQI of a checked concentration `c` in column `bp`: a whole number 0–500, or `NOT_COMPUTED`, or
 * `BEYOND_SCALE`. Under HJ 633-2026 (`decimals` ≥ 0) the concentration is first rounded per GB/T 8170
 * to `decimals` places; under HJ 633-2012 `decimals` is −1. Applies the footnotes of Table 1.
 * @internal
 */
export function iaqiCode(bp: readonly number[], c: number, decimals: number): number {
  if (decimals >= 0) c = round8170(c, decimals);
  const last = bp.length - 1;
  if (c > bp[last]!) {
    // Notes a and b of Table 1: only the SO2 1 h (5 rows) and O3 8 h (6 rows) columns stop short of 500.
    if (last < 7) return decimals < 0 ? NOT_COMPUTED : last === 4 ? 200 : 300;
    return BEYOND_SCALE;
  }
  let i = 1;
  while (c > bp[i]!) i++;
  const lo = bp[i - 1]!;
  const iLo = LEVELS[i - 1]!;
  // iLo + (−0) is +0 when C = 0; see the note on EPS for why this ceiling is exact.
  return iLo + Math.ceil(((LEVELS[i]! - iLo) * (c - lo)) / (bp[i]! - lo) - EPS);
}

/**
 * How HJ 633-2026 rounds a pollutant's concentration first: CO to 1 decimal, the others to whole
 * numbers; −1 (no rounding) under HJ 633-2012.
 * @internal
 */
export const decimalsOf = (pollutant: string, edition2026: boolean): number =>
  edition2026 ? (pollutant.charCodeAt(0) === 99 /* 'c'o */ ? 1 : 0) : -1;

/**
 * The words used when a pollutant name is wrong: the ten names of Table 1. Written out, not built from a
 * list: a template at the top level of a module is a statement a bundler keeps. @internal
 */
export const POLLUTANT_EXPECTED =
  "one of 'pm25_24h', 'pm10_24h', 'so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h'";
/** The same in Chinese. @internal */
export const POLLUTANT_EXPECTED_ZH =
  "'pm25_24h'、'pm10_24h'、'so2_24h'、'so2_1h'、'no2_24h'、'no2_1h'、'co_24h'、'co_1h'、'o3_1h'、'o3_8h' 之一";

/** The words used when a concentration is wrong. @internal */
export const CONCENTRATION_EXPECTED = 'a finite number ≥ 0 (µg/m³; CO in mg/m³)';
/** The same in Chinese. @internal */
export const CONCENTRATION_EXPECTED_ZH = '≥ 0 的有限数（µg/m³；CO 为 mg/m³）';

/**
 * The individual air quality index (空气质量分指数, IAQI) of one pollutant: HJ 633's linear interpolation
 * between the breakpoints of Table 1, rounded **up** to a whole number (§6.2, 进位取整). Exact
 * breakpoints give exact values (PM2.5 35 → 50, 75 → 100 under 2012; CO 2.5 mg/m³ → 63).
 *
 * - HJ 633-2026 first rounds the concentration per GB/T 8170 (CO to 1 decimal, others to whole numbers)
 *   and moves two breakpoints (PM2.5 24 h 75 → 60, PM10 24 h 150 → 120); its tables were checked against
 *   the standard's text (see `HJ633_EDITIONS['2026'].basis`).
 * - SO2 1 h or O3 8 h above 800 µg/m³: HJ 633-2012 computes no IAQI (`null`: report SO2 by its 24 h and
 *   O3 by its 1 h IAQI, which `aqi` does); HJ 633-2026 counts them as 200 and 300.
 * - Beyond scale: above the top of its column (e.g. PM2.5 > 500 µg/m³) the standard gives no band; the
 *   library returns **500**, the top of the scale, and never extrapolates. `aqi` lists such pollutants in
 *   `beyondScale`, so "500" and "off the scale" stay distinguishable.
 *
 * @param pollutant - the column of Table 1, e.g. `'pm25_24h'`, `'o3_8h'`
 * @param concentration - µg/m³ (CO: mg/m³), finite and ≥ 0
 * @param options - `{ edition: '2012' | '2026' }` or `{ date: 'YYYY-MM-DD' }`; required, no default
 * @returns the IAQI, a whole number 0–500 (`null` only for SO2 1 h / O3 8 h above 800 under 2012)
 * @throws {PlanInputError} for an unknown pollutant, a negative, non-finite or non-number concentration,
 *   or missing or invalid options
 * @example
 * ```ts
 * iaqi('pm25_24h', 75, { edition: '2012' }); //=> 100
 * iaqi('pm25_24h', 75, { edition: '2026' }); //=> 114
 * iaqi('co_24h', 2.5, { date: '2025-06-01' }); //=> 63
 * iaqi('pm25_24h', 620, { edition: '2012' }); //=> 500
 * // (beyond the scale)
 * iaqi('so2_1h', 900, { edition: '2012' }); //=> null
 * ```
 * @see HJ 633-2012 Table 1 with notes a, b, its interpolation formula, and §6.2 (进位取整); HJ 633-2026
 * @category Air quality
 */
export function iaqi(pollutant: Exclude<Pollutant, 'so2_1h' | 'o3_8h'>, concentration: number, options: EditionOptions): number;
/**
 * The IAQI of SO2 1 h or O3 8 h, which HJ 633-2012 does not compute above 800 µg/m³ (`null`).
 * @param pollutant - any column of Table 1
 * @param concentration - µg/m³ (CO: mg/m³), finite and ≥ 0
 * @param options - `{ edition }` or `{ date }`
 * @returns the IAQI, or `null` where HJ 633-2012 computes none
 * @example
 * ```ts
 * iaqi('o3_8h', 801, { edition: '2012' }); //=> null
 * iaqi('o3_8h', 801, { edition: '2026' }); //=> 300
 * ```
 * @see HJ 633-2012 Table 1 notes a, b
 * @category Air quality
 */
export function iaqi(pollutant: Pollutant, concentration: number, options: EditionOptions): number | null;
export function iaqi(pollutant: Pollutant, concentration: number, options: EditionOptions): number | null {
  // The 2012 column, looked up once: the test of the name, and the column itself under HJ 633-2012.
  const bp = columnOf(BREAKPOINTS_2012, pollutant);
  if (bp === undefined) refuse('invalid-value', 'pollutant', pollutant, [POLLUTANT_EXPECTED, POLLUTANT_EXPECTED_ZH]);
  if (typeof concentration !== 'number' || !(concentration >= 0) || concentration === Infinity) {
    refuse(numberCode(concentration), 'concentration', concentration, [CONCENTRATION_EXPECTED, CONCENTRATION_EXPECTED_ZH]);
  }
  const code =
    resolveEdition(options) === '2012'
      ? iaqiCode(bp, concentration, -1)
      : iaqiCode(BREAKPOINTS_2026[pollutant], concentration, decimalsOf(pollutant, true));
  return code >= 0 ? code : code === BEYOND_SCALE ? 500 : null;
}
