/**
 * The fast paths of `aqi` and `aqiValues` (src/air/aqi.ts): reading a record property by property, and,
 * for large batches, looking IAQIs up in tables of every whole concentration. A fast path never answers
 * on its own authority: whatever it cannot take (a bad value or key, a footnote, beyond scale) it gives
 * up as `SLOW`, and `aqi`'s checked path then takes the record and reports what is wrong.
 * @internal
 * @module
 */
import type { Concentrations, Pollutant } from '../model/air/index.js';
import type { IaqiMap } from './aqi.js';
import { type BreakpointTable, decimalsOf, iaqiCode } from './iaqi.js';
import { POLLUTANTS } from './pollutants.js';

/** `col` result: no value for this pollutant. */
const ABSENT = -1;
/** `fastScan` result: something the fast path leaves to `scan` (a bad value or key, a footnote, beyond scale). @internal */
export const SLOW = -3;

/**
 * The IAQI of one value for the fast path, or ABSENT (`undefined`), or SLOW. `null`, non-numbers, negative
 * numbers, NaN and Infinity are SLOW, as every value beyond the top of a column (and a footnote case).
 */
function col(bp: readonly number[], v: unknown, decimals: number): number {
  if (v === undefined) return ABSENT;
  // Infinity too: it is no concentration (the checked path refuses it), though the 2026 footnotes would rate it.
  if (typeof v !== 'number' || !(v >= 0 && v < Infinity)) return SLOW;
  const code = iaqiCode(bp, v, decimals);
  return code < 0 ? SLOW : code;
}

/**
 * The AQI of a record whose keys are all pollutants with plain values, read property by property (which
 * V8 optimizes far better than a loop over keys), filling `iaqis` (when given) in table order; `SLOW`
 * for anything else (not an object, a bad value or key, a footnote, beyond scale), which `scan` then
 * handles and reports. `d` is HJ 633-2026's rounding for non-CO pollutants (0), or −1 under HJ 633-2012.
 * Exported for tests only: it never answers wrongly, it only gives up.
 * @internal
 */
export function fastScan(c: unknown, t: BreakpointTable, d: number, iaqis: IaqiMap | null): number {
  if (c === null || typeof c !== 'object') return SLOW;
  const x = c as Concentrations;
  const dCo = d < 0 ? -1 : 1;
  let max = -1;
  let n = 0;
  let r: number;
  if ((r = col(t.so2_24h, x.so2_24h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.so2_24h = r;
  }
  if ((r = col(t.so2_1h, x.so2_1h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.so2_1h = r;
  }
  if ((r = col(t.no2_24h, x.no2_24h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.no2_24h = r;
  }
  if ((r = col(t.no2_1h, x.no2_1h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.no2_1h = r;
  }
  if ((r = col(t.pm10_24h, x.pm10_24h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.pm10_24h = r;
  }
  if ((r = col(t.co_24h, x.co_24h, dCo)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.co_24h = r;
  }
  if ((r = col(t.co_1h, x.co_1h, dCo)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.co_1h = r;
  }
  if ((r = col(t.o3_1h, x.o3_1h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.o3_1h = r;
  }
  if ((r = col(t.o3_8h, x.o3_8h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.o3_8h = r;
  }
  if ((r = col(t.pm25_24h, x.pm25_24h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.pm25_24h = r;
  }
  // Every key must have been one of the ten read above, with a value: otherwise let `scan` decide.
  let keys = 0;
  for (const _ in x) keys++;
  return keys === n && n > 0 ? max : SLOW;
}

/**
 * From this many records on, `aqiValues` first tabulates every column's IAQI for the concentrations
 * monitoring reports give (whole µg/m³, CO to 0.1 mg/m³: about 13,400 values, 0.2 ms), then looks them
 * up. Below it, the arithmetic is cheaper than the table. @internal
 */
export const TABULATE_FROM = 2048;

/** Per column of Table 1, the IAQI of each concentration k / scale from 0 to the column's top. @internal */
export type Tabulated = { readonly [P in Pollutant]: Int16Array };

/** `iaqiCode` of every whole concentration (CO: every tenth) of every column of `t`. @internal */
export function tabulate(t: BreakpointTable, d: number): Tabulated {
  const tabs = {} as Record<Pollutant, Int16Array>;
  for (const p of POLLUTANTS) {
    const bp = t[p];
    const scale = decimalsOf(p, true) === 1 ? 10 : 1; // CO by tenths
    const top = bp[bp.length - 1]! * scale;
    const a = new Int16Array(top + 1);
    // k / scale is already rounded as HJ 633-2026 rounds (whole numbers, CO to 1 decimal).
    for (let k = 0; k <= top; k++) a[k] = iaqiCode(bp, k / scale, decimalsOf(p, d >= 0));
    tabs[p] = a;
  }
  return tabs;
}

/** The tabulated IAQI of a whole concentration `v`, or ABSENT, or SLOW (anything the table lacks). */
function look(a: Int16Array, v: unknown): number {
  if (v === undefined) return ABSENT;
  // (v | 0) === v: a whole number (v < a.length ≤ 3841 keeps it inside int32).
  return typeof v === 'number' && v >= 0 && v < a.length && (v | 0) === v ? a[v]! : SLOW;
}

/** `look` for CO, tabulated by tenths: `k / 10 === v` holds exactly when v is written with one decimal. */
function lookTenths(a: Int16Array, v: unknown): number {
  if (v === undefined) return ABSENT;
  if (typeof v !== 'number') return SLOW;
  const k = Math.round(v * 10);
  return k >= 0 && k < a.length && k / 10 === v ? a[k]! : SLOW;
}

/**
 * `fastScan` by table lookup: the AQI of a record whose keys are all pollutants with values the tables
 * hold, else SLOW (then `fastScan` and `scan` take the record as `aqi` would). Exported for tests only.
 * @internal
 */
export function tabScan(c: unknown, t: Tabulated): number {
  if (c === null || typeof c !== 'object') return SLOW;
  const x = c as Concentrations;
  let max = -1;
  let n = 0;
  let r: number;
  if ((r = look(t.so2_24h, x.so2_24h)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = r; // the first column: nothing to compare with yet
  }
  if ((r = look(t.so2_1h, x.so2_1h)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    if (r > max) max = r;
  }
  if ((r = look(t.no2_24h, x.no2_24h)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    if (r > max) max = r;
  }
  if ((r = look(t.no2_1h, x.no2_1h)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    if (r > max) max = r;
  }
  if ((r = look(t.pm10_24h, x.pm10_24h)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    if (r > max) max = r;
  }
  if ((r = lookTenths(t.co_24h, x.co_24h)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    if (r > max) max = r;
  }
  if ((r = lookTenths(t.co_1h, x.co_1h)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    if (r > max) max = r;
  }
  if ((r = look(t.o3_1h, x.o3_1h)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    if (r > max) max = r;
  }
  if ((r = look(t.o3_8h, x.o3_8h)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    if (r > max) max = r;
  }
  if ((r = look(t.pm25_24h, x.pm25_24h)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    if (r > max) max = r;
  }
  let keys = 0;
  for (const _ in x) keys++;
  return keys === n && n > 0 ? max : SLOW;
}
