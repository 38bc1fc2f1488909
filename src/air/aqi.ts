import { refuse } from '../errors.js';
import { numberCode } from '../issue-codes.js';
import { isArray, read, shapeCode } from '../input.js';
import type {
  AirEdition,
  AqiLevel,
  AqiOptions,
  AqiResult,
  ConcentrationKey,
  Concentrations,
  HeavyPollutionSummary,
} from '../model/air/index.js';
import { columnMask, fastIaqi, fastScan, plainKeyCount, SLOW, TABULATE_FROM, type Tabulated, tablesOf, tabRun } from './batch.js';
import { slotRun } from './slot-run.js';
import { CONCENTRATION_KEYS } from './pollutants.js';
import { aqiOptions, type IaqiMap, reportKeys, scan, withinReport } from './scan.js';
import { AQI_LEVELS, breakpointsOf } from './tables.js';

export { aqiOptions, HOURLY_PM_PRACTICE, type IaqiMap, reportKeys, reportSpec } from './scan.js';

/** HJ 633 Table 1's column order: the order of `primaryPollutants`, `exceedingPollutants` and `beyondScale`. */
const ORDER: readonly ConcentrationKey[] = CONCENTRATION_KEYS;
type Pollutant = ConcentrationKey;
const byTableOrder = (a: Pollutant, b: Pollutant): number => ORDER.indexOf(a) - ORDER.indexOf(b);

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
  const t = breakpointsOf(edition);
  const d = edition === '2026' ? 0 : -1;
  const dCo = d || 1; // CO to 1 decimal under HJ 633-2026 (d = 0), none under 2012 (d = −1)
  // Whole concentrations (CO: tenths) looked up, once the tables exist; any other value computed.
  const T = tablesOf(edition, true) as Tabulated | undefined;
  const a0 = fastIaqi(t.so2_24h, x.so2_24h, d, T?.so2_24h);
  const a1 = fastIaqi(t.so2_1h, x.so2_1h, d, T?.so2_1h);
  const a2 = fastIaqi(t.no2_24h, x.no2_24h, d, T?.no2_24h);
  const a3 = fastIaqi(t.no2_1h, x.no2_1h, d, T?.no2_1h);
  const a4 = fastIaqi(t.pm10_24h, x.pm10_24h, d, T?.pm10_24h);
  const a5 = fastIaqi(t.co_24h, x.co_24h, dCo, T?.co_24h, 10);
  const a6 = fastIaqi(t.co_1h, x.co_1h, dCo, T?.co_1h, 10);
  const a7 = fastIaqi(t.o3_1h, x.o3_1h, d, T?.o3_1h);
  const a8 = fastIaqi(t.o3_8h, x.o3_8h, d, T?.o3_8h);
  const a9 = fastIaqi(t.pm25_24h, x.pm25_24h, d, T?.pm25_24h);
  // Any give-up (SLOW, −3) makes its a + 1 negative, and so the OR of them all.
  if (((a0 + 1) | (a1 + 1) | (a2 + 1) | (a3 + 1) | (a4 + 1) | (a5 + 1) | (a6 + 1) | (a7 + 1) | (a8 + 1) | (a9 + 1)) < 0) return null;
  // The maximum without a branch (see slotRun): Math.max's compare and branch mispredict on real data.
  let max = a0;
  let z = a1 - max;
  max += z & ~(z >> 31);
  z = a2 - max;
  max += z & ~(z >> 31);
  z = a3 - max;
  max += z & ~(z >> 31);
  z = a4 - max;
  max += z & ~(z >> 31);
  z = a5 - max;
  max += z & ~(z >> 31);
  z = a6 - max;
  max += z & ~(z >> 31);
  z = a7 - max;
  max += z & ~(z >> 31);
  z = a8 - max;
  max += z & ~(z >> 31);
  z = a9 - max;
  max += z & ~(z >> 31);
  // How many columns were given: each absent one is −1.
  const n =
    10 + ((a0 >> 31) + (a1 >> 31) + (a2 >> 31) + (a3 >> 31) + (a4 >> 31) + (a5 >> 31) + (a6 >> 31) + (a7 >> 31) + (a8 >> 31) + (a9 >> 31));
  if (plainKeyCount(x) !== n || n === 0) return null;
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
 * (whole µg/m³, CO to 0.1 mg/m³) are looked up in tables built from Table 1 by the first such batch
 * and kept; other values are computed. A year of daily records for all 117 counties (42,705) takes about 3 ms, faster than a
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
  const table = breakpointsOf(edition);
  const keys = reportKeys(edition, report);
  const n = records.length;
  const out = new Array<number>(n); // filled below; growing an array by push costs more than the AQIs
  const d = edition === '2026' ? 0 : -1;
  const tabs = n >= TABULATE_FROM ? tablesOf(edition) : null;
  const allowed = columnMask(keys);
  let i = 0;
  while (i < n) {
    if (tabs) {
      // The loop specialised to record i's keys, as far as the records keep them; after a long run, again
      // from the first record with other keys. Otherwise (keys changing often, or a record it cannot take)
      // the generic tabulated loop, until a record it cannot take; that one goes the slow way.
      const j = slotRun(records, i, tabs, allowed, out);
      if (j - i > RESPECIALISE && j < n) {
        i = j;
        continue;
      }
      i = j < n ? tabRun(records, j, tabs, allowed, out) : j;
    }
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
    out[i] = v === SLOW ? scan(c, edition, report, i, null, null) : v;
    i++;
  }
  return out;
}

/** A run of `slotRun` longer than this is worth specialising again at the next record with other keys. */
const RESPECIALISE = 256;

function aqiNumber(fieldName: string, value: unknown): number {
  const a = value !== null && typeof value === 'object' ? (value as { aqi?: unknown }).aqi : value;
  if (typeof a !== 'number' || !(a >= 0) || a === Infinity) {
    refuse(numberCode(value), fieldName, value, ['an AQI (a finite number ≥ 0) or an `aqi` result', 'AQI（≥ 0 的有限数）或 `aqi` 的结果']);
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
