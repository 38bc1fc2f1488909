/**
 * The fast paths of `aqi` and `aqiValues` (src/air/aqi.ts): reading a record property by property, and,
 * for large batches, looking IAQIs up in tables of every whole concentration. A fast path never answers
 * on its own authority: whatever it cannot take (a bad value or key, a footnote, beyond scale) it gives
 * up as `SLOW`, and `aqi`'s checked path then takes the record and reports what is wrong.
 * @internal
 * @module
 */
import type { AirEdition, Concentrations, Pollutant } from '../model/air/index.js';
import type { IaqiMap } from './scan.js';
import { type BreakpointTable, decimalsOf, iaqiCode } from './iaqi.js';
import { POLLUTANTS } from './pollutants.js';
import { breakpointsOf } from './tables.js';

/** `col` result: no value for this pollutant. */
const ABSENT = -1;
/** `fastScan` result: something the fast path leaves to `scan` (a bad value or key, a footnote, beyond scale). @internal */
export const SLOW = -3;

/**
 * The IAQI of one value for the fast path, or ABSENT (`undefined`), or SLOW. `null`, non-numbers, negative
 * numbers, NaN and Infinity are SLOW, as every value beyond the top of a column (and a footnote case). A value
 * the column's table `tab` holds (a whole number; CO, `scale` 10, a tenth) is looked up there: the part small
 * enough for V8 to inline at each of `aqi`'s ten calls; the rest is `computedIaqi`.
 */
/** @internal */
export function fastIaqi(bp: readonly number[], v: unknown, decimals: number, tab?: Int16Array, scale = 1): number {
  if (tab && typeof v === 'number') {
    // The nearest k: only a value that is exactly k / scale (k ≥ 0) is in the table; a negative value, NaN, or
    // one too large for 32 bits (which wraps) never is.
    const k = (v * scale + 0.5) | 0;
    if (k < tab.length && k / scale === v) return tab[k]!;
  }
  return v === undefined ? ABSENT : computedIaqi(bp, v, decimals);
}

function computedIaqi(bp: readonly number[], v: unknown, decimals: number): number {
  // Infinity too: it is no concentration (the checked path refuses it), though the 2026 footnotes would rate it.
  if (typeof v !== 'number' || !(v >= 0 && v < Infinity)) return SLOW;
  const code = iaqiCode(bp, v, decimals);
  return code < 0 ? SLOW : code;
}

/**
 * How many keys a fast path's record has, as every fast path counts them after reading its pollutants by name:
 * the keys `for…in` yields, or −1 for a record whose prototype is not `Object.prototype`. A value read by name
 * from another prototype (a class's getter, an inherited pollutant) is no key `for…in` counts, so such a record
 * could match the count of its values while a misspelt key of its own is lost; the checked path refuses it as not
 * plain, and so the fast paths give it up. Called after the reads, where V8 knows the record's shape and folds the
 * prototype test to a constant (before them it cost `slotRun` a sixth of its time).
 * @internal
 */
export function plainKeyCount(x: object): number {
  if (Object.getPrototypeOf(x) !== Object.prototype) return -1;
  let keys = 0;
  for (const _ in x) keys++;
  return keys;
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
  if ((r = fastIaqi(t.so2_24h, x.so2_24h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.so2_24h = r;
  }
  if ((r = fastIaqi(t.so2_1h, x.so2_1h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.so2_1h = r;
  }
  if ((r = fastIaqi(t.no2_24h, x.no2_24h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.no2_24h = r;
  }
  if ((r = fastIaqi(t.no2_1h, x.no2_1h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.no2_1h = r;
  }
  if ((r = fastIaqi(t.pm10_24h, x.pm10_24h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.pm10_24h = r;
  }
  if ((r = fastIaqi(t.co_24h, x.co_24h, dCo)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.co_24h = r;
  }
  if ((r = fastIaqi(t.co_1h, x.co_1h, dCo)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.co_1h = r;
  }
  if ((r = fastIaqi(t.o3_1h, x.o3_1h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.o3_1h = r;
  }
  if ((r = fastIaqi(t.o3_8h, x.o3_8h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.o3_8h = r;
  }
  if ((r = fastIaqi(t.pm25_24h, x.pm25_24h, d)) === SLOW) return SLOW;
  if (r >= 0) {
    n++;
    max = Math.max(max, r);
    if (iaqis) iaqis.pm25_24h = r;
  }
  // Every key must have been one of the ten read above, with a value: otherwise let `scan` decide.
  return plainKeyCount(x) === n && n > 0 ? max : SLOW;
}

/**
 * From this many records on, `aqiValues` and `aqiColumns` look up the IAQI of the concentrations monitoring
 * reports give (whole µg/m³, CO to 0.1 mg/m³: about 13,400 values per edition) in tables built once, by the
 * first such batch (`tablesOf`). Below it, a batch computes every IAQI, so that a small batch never pays for
 * the tables. @internal
 */
export const TABULATE_FROM = 2048;

/**
 * Per column of Table 1, the IAQI of each concentration k / scale from 0 to the column's top; and `tenths[k]`,
 * the number k / 10 (a CO value is in the table when it is exactly such a number). @internal
 */
export type Tabulated = { readonly [P in Pollutant]: Int16Array };

/**
 * The width of each column's segment in the one array that holds all of an edition's tables (`tabulate`): a
 * power of two above every column's top (NO2 1 h: 3,840 µg/m³, 3,841 entries), so that `aqiColumns`' row pass
 * checks fourteen indexes at once (`(k0 | … | k13) & ~(TABLE_WIDTH − 1)`) and looks each up at its column's offset
 * in one array. @internal
 */
export const TABLE_WIDTH = 4096;

/**
 * What the part of a segment beyond its column's top holds: no IAQI (above 511, so that the row pass finds
 * it in a row's maximum m with one test, `(m − 1) & ~511`, which also catches an AQI of 0). @internal
 */
export const NO_ENTRY = 0x4000;

/**
 * `iaqiCode` of every whole concentration (CO: every tenth) of every column of `t`. No rounding is needed under
 * HJ 633-2026: k / scale is already a whole number (CO: a tenth), as GB/T 8170 would round it
 * (tests/air/aqi-values-table.test.ts checks every entry against `iaqiCode` with each edition's rounding).
 * The tables are views of one array, column j's at j × TABLE_WIDTH, each as long as its column's entries;
 * the rest of each segment holds NO_ENTRY. @internal
 */
export function tabulate(t: BreakpointTable): Tabulated {
  const all = new Int16Array(POLLUTANTS.length * TABLE_WIDTH).fill(NO_ENTRY);
  const tabs = {} as Record<Pollutant, Int16Array>;
  POLLUTANTS.forEach((p, j) => {
    const bp = t[p];
    const scale = 10 ** decimalsOf(p, true); // CO by tenths
    const a = all.subarray(j * TABLE_WIDTH, j * TABLE_WIDTH + bp[bp.length - 1]! * scale + 1);
    for (let k = 0; k < a.length; k++) a[k] = iaqiCode(bp, k / scale, -1);
    tabs[p] = a;
  });
  return tabs;
}

// The tables of each edition, built by the first batch that needs them (about 0.4 ms) and then kept, so that
// a call no longer pays for them (they cost aqiColumns a fifth of its time on 50,000 records). Building them at
// import would cost every import of the air module as much, used or not. They are private, never written
// after they are built, and a pure function of Table 1: nothing outside can tell whether they exist yet.
let TABLES_2012: Tabulated | undefined;
let TABLES_2026: Tabulated | undefined;
// How many records `aqi` has rated one by one while no table existed: from TABULATE_FROM on it builds them too.
// Built at the first call, they would make that call ten times slower (a few ms, the building code not yet
// compiled); after 2,048 calls they are a small price, as for a batch of 2,048.
let singles = 0;

/**
 * The tables of `edition` (see `tabulate`), built once. For `aqi` (`single`), `undefined` until they are built
 * by a batch or it has been called TABULATE_FROM times. @internal
 */
export function tablesOf(edition: AirEdition, single?: boolean): Tabulated {
  let t = edition === '2012' ? TABLES_2012 : TABLES_2026;
  if (t === undefined && !(single && ++singles < TABULATE_FROM)) {
    t = tabulate(breakpointsOf(edition));
    if (edition === '2012') TABLES_2012 = t;
    else TABLES_2026 = t;
  }
  return t!;
}

/** Bit `k` of a column mask: column `POLLUTANTS[k]` of Table 1. @internal */
export function columnMask(keys: readonly string[] | null): number {
  if (keys === null) return (1 << POLLUTANTS.length) - 1;
  let m = 0;
  for (let k = 0; k < POLLUTANTS.length; k++) if (keys.includes(POLLUTANTS[k]!)) m |= 1 << k;
  return m;
}

/**
 * The tabulated run of `aqiValues`: from record `from` on, the AQI of each record whose keys are all columns
 * of Table 1 allowed by `allowed` (a `columnMask`), with whole concentrations (CO: tenths) the tables hold,
 * written to `out`; it stops at the first record it cannot take (or that throws: a getter, a revoked Proxy)
 * and returns its index (`records.length` when it took them all). One loop, no call per record: the
 * IAQIs are looked up, the maximum taken without a branch, and the keys counted to refuse any other key.
 * @internal
 */
export function tabRun(records: readonly unknown[], from: number, t: Tabulated, allowed: number, out: number[]): number {
  const n = records.length;
  const so2_24h = t.so2_24h;
  const so2_1h = t.so2_1h;
  const no2_24h = t.no2_24h;
  const no2_1h = t.no2_1h;
  const pm10_24h = t.pm10_24h;
  const co_24h = t.co_24h;
  const co_1h = t.co_1h;
  const o3_1h = t.o3_1h;
  const o3_8h = t.o3_8h;
  const pm25_24h = t.pm25_24h;
  let i = from;
  try {
    for (; i < n; i++) {
      const x = records[i] as Concentrations;
      if (x === null || typeof x !== 'object') return i;
      let max = -1;
      let seen = 0; // the columns read, a bit each
      let count = 0; // and how many
      let v: unknown;
      let r: number;
      // Each column: absent, or a whole number inside the table (else give up); then the maximum.
      if ((v = x.so2_24h) !== undefined) {
        if (typeof v !== 'number' || !((v as number) >>> 0 === v && v < so2_24h.length)) return i;
        r = so2_24h[v]!;
        r -= max;
        max += r & ~(r >> 31); // the larger, without a branch (see slotRun)
        seen |= 1;
        count++;
      }
      if ((v = x.so2_1h) !== undefined) {
        if (typeof v !== 'number' || !((v as number) >>> 0 === v && v < so2_1h.length)) return i;
        r = so2_1h[v]!;
        r -= max;
        max += r & ~(r >> 31);
        seen |= 2;
        count++;
      }
      if ((v = x.no2_24h) !== undefined) {
        if (typeof v !== 'number' || !((v as number) >>> 0 === v && v < no2_24h.length)) return i;
        r = no2_24h[v]!;
        r -= max;
        max += r & ~(r >> 31);
        seen |= 4;
        count++;
      }
      if ((v = x.no2_1h) !== undefined) {
        if (typeof v !== 'number' || !((v as number) >>> 0 === v && v < no2_1h.length)) return i;
        r = no2_1h[v]!;
        r -= max;
        max += r & ~(r >> 31);
        seen |= 8;
        count++;
      }
      if ((v = x.pm10_24h) !== undefined) {
        if (typeof v !== 'number' || !((v as number) >>> 0 === v && v < pm10_24h.length)) return i;
        r = pm10_24h[v]!;
        r -= max;
        max += r & ~(r >> 31);
        seen |= 16;
        count++;
      }
      if ((v = x.co_24h) !== undefined) {
        if (typeof v !== 'number') return i;
        const k = (v * 10 + 0.5) | 0;
        if (!(k >>> 0 === k && k < co_24h.length && k / 10 === v)) return i;
        r = co_24h[k]!;
        r -= max;
        max += r & ~(r >> 31);
        seen |= 32;
        count++;
      }
      if ((v = x.co_1h) !== undefined) {
        if (typeof v !== 'number') return i;
        const k = (v * 10 + 0.5) | 0;
        if (!(k >>> 0 === k && k < co_1h.length && k / 10 === v)) return i;
        r = co_1h[k]!;
        r -= max;
        max += r & ~(r >> 31);
        seen |= 64;
        count++;
      }
      if ((v = x.o3_1h) !== undefined) {
        if (typeof v !== 'number' || !((v as number) >>> 0 === v && v < o3_1h.length)) return i;
        r = o3_1h[v]!;
        r -= max;
        max += r & ~(r >> 31);
        seen |= 128;
        count++;
      }
      if ((v = x.o3_8h) !== undefined) {
        if (typeof v !== 'number' || !((v as number) >>> 0 === v && v < o3_8h.length)) return i;
        r = o3_8h[v]!;
        r -= max;
        max += r & ~(r >> 31);
        seen |= 256;
        count++;
      }
      if ((v = x.pm25_24h) !== undefined) {
        if (typeof v !== 'number' || !((v as number) >>> 0 === v && v < pm25_24h.length)) return i;
        r = pm25_24h[v]!;
        r -= max;
        max += r & ~(r >> 31);
        seen |= 512;
        count++;
      }
      // Every key must have been one of the columns read, allowed by the report, with a value.
      if (plainKeyCount(x) !== count || count === 0 || (seen & ~allowed) !== 0) return i;
      out[i] = max;
    }
  } catch {
    return i; // a getter that throws, a revoked Proxy: the checked path says what is wrong
  }
  return n;
}

/**
 * `tabRun` on one record: its AQI from the tables, or SLOW when the tables cannot take it (then `fastScan`
 * and `scan` take the record as `aqi` would). Exported for tests only.
 * @internal
 */
export function tabScan(c: unknown, t: Tabulated): number {
  const out = [SLOW];
  return tabRun([c], 0, t, (1 << POLLUTANTS.length) - 1, out) === 1 ? out[0]! : SLOW;
}
