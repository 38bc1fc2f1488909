/**
 * The column passes of `aqiColumns` (src/air/columns.ts): the largest IAQI of each row, column by column,
 * and the primary-pollutant bits; the bad values and footnote cases found on the way are recorded on each column
 * (columns.ts `rowIssues` reports them).
 * @internal
 * @module
 */
import type { ConcentrationKey } from '../model/air/index.js';
import { sevenSlots } from './slot-run.js';
import { TABLE_WIDTH } from './batch.js';
import { columnsKernel, KERNEL_ROWS } from './kernel.js';
import { BEYOND_SCALE, iaqiCode, NOT_COMPUTED } from './iaqi.js';

/** A column's first bad value: its row, the value and the code. */
export interface Bad {
  row: number;
  value: unknown;
  code: 'out-of-range' | 'not-a-number' | 'wrong-type';
}

/** One column being rated: its values, its table of whole concentrations, its breakpoints and rounding. */
export interface Col {
  readonly key: ConcentrationKey;
  readonly values: ArrayLike<unknown>;
  /** The column's Table 1 key, and its tables (empty below TABULATE_FROM rows: every value is computed). */
  readonly p: Exclude<ConcentrationKey, 'pm10_1h' | 'pm25_1h'>;
  tab: Int16Array;
  /** Whether the column is CO's, looked up by tenths. */
  tenths: boolean;
  readonly bp: readonly number[];
  readonly decimals: number;
  bad: Bad | null;
  /** Rows where HJ 633-2012 computes no IAQI (SO2 1 h or O3 8 h above 800): the fallback column must be measured there. */
  footnoteRows: number[] | null;
}

/** The IAQI of a value the table does not hold, or −1 for not measured (or bad: recorded in `c.bad`, or a footnote case). */
export function slowIaqi(c: Col, v: unknown, row: number): number {
  if (v === undefined || v === null || Number.isNaN(v)) return -1; // NaN: not measured
  if (typeof v !== 'number' || !(v >= 0) || v === Infinity) {
    if (c.bad === null) c.bad = { row, value: v, code: typeof v !== 'number' ? 'wrong-type' : v < 0 ? 'out-of-range' : 'not-a-number' };
    return -1;
  }
  const code = iaqiCode(c.bp, v, c.decimals);
  if (code === NOT_COMPUTED) {
    if (c.footnoteRows === null) c.footnoteRows = [];
    c.footnoteRows.push(row);
    return -1;
  }
  return code === BEYOND_SCALE ? 500 : code;
}

/*
 * The largest IAQI of each row. The maximum is taken without a branch (m + (d & ~(d >> 31)) with d = r − m, the
 * larger of two IAQIs from −1 to 500): on real data which column is largest changes from row to row, and a
 * mispredicted branch per value cost a pass twice its time. Two or three columns of whole concentrations go in
 * one loop (`maxPass3`), which reads and writes each row's maximum once for them all.
 */

/**
 * The largest IAQI of row `i` of the columns, as the column passes find it: a value the column's table holds
 * is looked up, anything else computed (`slowIaqi`, which records a bad value or a footnote case); −1 when
 * nothing in the row is measured.
 */
export function rowMax(cols: readonly Col[], i: number): number {
  let m = -1;
  for (const c of cols) {
    const v = c.values[i] as number;
    const tab = c.tab;
    const k = c.tenths ? (v * 10 + 0.5) | 0 : v | 0;
    const r = k >>> 0 < tab.length && (c.tenths ? k / 10 : k) === v ? tab[k]! : slowIaqi(c, v, i);
    if (r > m) m = r;
  }
  return m;
}

/**
 * The pass of a large batch whose columns fit seven slots (`sevenSlots`: the whole-number columns in slots
 * 0–5, repeated to fill them; CO by tenths, or a seventh column, in slot 6), row by row. Where the columns
 * are typed arrays and WebAssembly runs, the kernel (src/air/kernel.ts) rates them block by block, and a block
 * it does not take goes row by row through JavaScript as follows. `pairRun` rates two rows a turn while every
 * value is one the tables hold or NaN (not measured); a pair it cannot take (a fraction, a value beyond the
 * top, a bad value, a row with nothing measured or of AQI 0), and an odd last row, go through `rowMax`, and
 * `pairRun` goes on after them. When such pairs come more often than one per SLOW_SHARE rows (a column of
 * fractions), it stops, and the column passes, which compute such values as fast, take over. It returns the
 * first row it did not rate: `n`, the row from which the column passes go on, or 0 when the columns do not fit
 * the slots (more than seven, two CO columns, CO alone) or have no tables (a small batch).
 */
export function rowRun(cols: readonly Col[], acc: Int16Array, run: RowRun): number {
  const slots = sevenSlots(cols, (c) => c.tenths);
  if (slots === null || cols[0]!.tab.length === 0) return 0;
  // The tables are views of one array (tabulate).
  const t = new Int16Array(cols[0]!.tab.buffer);
  const n = acc.length;
  const kernel = columnsKernel(slots, t, n);
  if (kernel === null) return rowsFrom(cols, slots, t, acc, 0, n, run);
  // Block by block through the WebAssembly kernel; a block it does not take, row by row in JavaScript.
  for (let a = 0; a < n; a += KERNEL_ROWS) {
    const b = Math.min(a + KERNEL_ROWS, n);
    if (kernel(a, b, acc)) {
      if ((b - a) & 1) {
        acc[b - 1] = rowMax(cols, b - 1);
        run.unsure = true;
      }
      continue;
    }
    const stop = rowsFrom(cols, slots, t, acc, a, b, run);
    if (stop < b) return stop;
  }
  return n;
}

/** What a row pass went through: `slow`, the pairs rated by `rowMax`; `unsure`, whether any row was (a row with nothing measured is −1 there, never in the kernel or `pairRun`). */
export interface RowRun {
  slow: number;
  unsure: boolean;
}

/**
 * Rows `from` to `end` of the row pass in JavaScript: `pairRun`, and `rowMax` for each pair it cannot take,
 * until such pairs come more often than one per SLOW_SHARE rows of the batch (`run.slow` counts them); it
 * returns `end`, or the row from which the column passes go on.
 */
function rowsFrom(
  cols: readonly Col[],
  slots: readonly Col[],
  t: Int16Array,
  acc: Int16Array,
  from: number,
  end: number,
  run: RowRun,
): number {
  let i = from;
  for (;;) {
    i = pairRun(slots, t, acc, i, end);
    if (i >= end) return end;
    if (++run.slow * SLOW_SHARE > i + 64) return i;
    run.unsure = true;
    acc[i] = rowMax(cols, i);
    if (i + 1 < end) acc[i + 1] = rowMax(cols, i + 1);
    i += 2;
  }
}
/** `rowRun` leaves the rest to the column passes when more than one pair per this many rows goes through `rowMax`. */
const SLOW_SHARE = 16;

/**
 * Rows `from`, `from + 1`, … two a turn, as long as each of a pair's fourteen values is a whole number (CO:
 * k / 10) the tables hold or NaN: their indexes checked at once (`(k0 | … | k13) & ~(TABLE_WIDTH − 1)`: none
 * negative, none beyond its column's segment) and each value for being exactly its index (NaN, whose index is
 * 0, only when it is not), looked up in the edition's one array of tables (each column at its offset), and each
 * row's largest IAQI taken without a branch; a maximum outside 1–500 (NO_ENTRY, beyond a column's top; or 0:
 * nothing measured, or every value 0) ends the run. It returns the first row of the pair it cannot take, or
 * where it stopped: `end`, or `end − 1` for an odd last row. Two rows a turn let V8 check each array once for both, and one
 * array of tables once for all fourteen lookups; the pairs it cannot take are left to the caller, since a call
 * in the loop (inlined by V8) made it a sixth slower.
 */
function pairRun(slots: readonly Col[], t: Int16Array, acc: Int16Array, from: number, end: number): number {
  const [c0, c1, c2, c3, c4, c5, c6] = slots as [Col, Col, Col, Col, Col, Col, Col];
  const s = c6.tenths ? 10 : 1;
  const v0 = c0.values as ArrayLike<number>;
  const v1 = c1.values as ArrayLike<number>;
  const v2 = c2.values as ArrayLike<number>;
  const v3 = c3.values as ArrayLike<number>;
  const v4 = c4.values as ArrayLike<number>;
  const v5 = c5.values as ArrayLike<number>;
  const v6 = c6.values as ArrayLike<number>;
  // Each slot's offset in the one array of tables.
  const o0 = c0.tab.byteOffset >> 1;
  const o1 = c1.tab.byteOffset >> 1;
  const o2 = c2.tab.byteOffset >> 1;
  const o3 = c3.tab.byteOffset >> 1;
  const o4 = c4.tab.byteOffset >> 1;
  const o5 = c5.tab.byteOffset >> 1;
  const o6 = c6.tab.byteOffset >> 1;
  const n = end;
  let i = from;
  for (; i + 1 < n; i += 2) {
    const a = v0[i]!;
    const b = v1[i]!;
    const c = v2[i]!;
    const d = v3[i]!;
    const e = v4[i]!;
    const f = v5[i]!;
    const g = v6[i]!;
    const A = v0[i + 1]!;
    const B = v1[i + 1]!;
    const C = v2[i + 1]!;
    const D = v3[i + 1]!;
    const E = v4[i + 1]!;
    const F = v5[i + 1]!;
    const G = v6[i + 1]!;
    const ka = a | 0;
    const kb = b | 0;
    const kc = c | 0;
    const kd = d | 0;
    const ke = e | 0;
    const kf = f | 0;
    const kg = (g * s + 0.5) | 0;
    const kA = A | 0;
    const kB = B | 0;
    const kC = C | 0;
    const kD = D | 0;
    const kE = E | 0;
    const kF = F | 0;
    const kG = (G * s + 0.5) | 0;
    // Every index within its segment (none negative); every value exactly its index, or NaN (not measured):
    // NaN | 0 is 0, whose IAQI, 0, leaves the row's maximum as it is unless nothing in the row is measured.
    if (
      !(
        ((ka | kb | kc | kd | ke | kf | kg | kA | kB | kC | kD | kE | kF | kG) & ~(TABLE_WIDTH - 1)) === 0 &&
        (ka === a || Number.isNaN(a)) &&
        (kb === b || Number.isNaN(b)) &&
        (kc === c || Number.isNaN(c)) &&
        (kd === d || Number.isNaN(d)) &&
        (ke === e || Number.isNaN(e)) &&
        (kf === f || Number.isNaN(f)) &&
        (kg / s === g || Number.isNaN(g)) &&
        (kA === A || Number.isNaN(A)) &&
        (kB === B || Number.isNaN(B)) &&
        (kC === C || Number.isNaN(C)) &&
        (kD === D || Number.isNaN(D)) &&
        (kE === E || Number.isNaN(E)) &&
        (kF === F || Number.isNaN(F)) &&
        (kG / s === G || Number.isNaN(G))
      )
    ) {
      break;
    }
    let m = t[o0 + ka]!;
    let z = t[o1 + kb]! - m;
    m += z & ~(z >> 31);
    z = t[o2 + kc]! - m;
    m += z & ~(z >> 31);
    z = t[o3 + kd]! - m;
    m += z & ~(z >> 31);
    z = t[o4 + ke]! - m;
    m += z & ~(z >> 31);
    z = t[o5 + kf]! - m;
    m += z & ~(z >> 31);
    z = t[o6 + kg]! - m;
    m += z & ~(z >> 31);
    let p = t[o0 + kA]!;
    z = t[o1 + kB]! - p;
    p += z & ~(z >> 31);
    z = t[o2 + kC]! - p;
    p += z & ~(z >> 31);
    z = t[o3 + kD]! - p;
    p += z & ~(z >> 31);
    z = t[o4 + kE]! - p;
    p += z & ~(z >> 31);
    z = t[o5 + kF]! - p;
    p += z & ~(z >> 31);
    z = t[o6 + kG]! - p;
    p += z & ~(z >> 31);
    // Each maximum from 1 to 500 (m − 1 within 0–511): beyond a column's top (NO_ENTRY in the maximum), and an AQI
    // of 0 (every value 0, or nothing measured), are left to the caller.
    if ((((m - 1) | (p - 1)) & ~511) !== 0) break;
    acc[i] = m;
    acc[i + 1] = p;
  }
  return i;
}

/** The largest IAQI so far of each row from `from` on, raised by one column's: one loop over the column. */
export function maxPass(c: Col, acc: Int16Array, from: number): void {
  const values = c.values as ArrayLike<number>;
  const tab = c.tab;
  const top = tab.length;
  const n = acc.length;
  const tenths = c.tenths;
  if (!tenths) {
    for (let i = from; i < n; i++) {
      const v = values[i]!;
      const k = v | 0;
      // A whole number the table holds (k >>> 0 < top also refuses negatives); anything else is computed.
      const r = k === v && k >>> 0 < top ? tab[k]! : slowIaqi(c, v, i);
      const m = acc[i]!;
      const d = r - m;
      acc[i] = m + (d & ~(d >> 31));
    }
  } else {
    for (let i = from; i < n; i++) {
      const v = values[i]!;
      // CO by tenths: a value the table holds is exactly k / 10 (the nearest tenth; faster than Math.round).
      const k = (v * 10 + 0.5) | 0;
      const r = k >>> 0 < top && k / 10 === v ? tab[k]! : slowIaqi(c, v, i);
      const m = acc[i]!;
      const d = r - m;
      acc[i] = m + (d & ~(d >> 31));
    }
  }
}

/**
 * `maxPass` of three columns of whole concentrations (no CO) at once; two columns go as `a, b, b` (the
 * maximum does not mind a column twice, and a bad value or footnote is recorded once per row).
 */
export function maxPass3(a: Col, b: Col, c: Col, acc: Int16Array, from: number): void {
  const va = a.values as ArrayLike<number>;
  const vb = b.values as ArrayLike<number>;
  const vc = c.values as ArrayLike<number>;
  const ta = a.tab;
  const tb = b.tab;
  const tc = c.tab;
  const topA = ta.length;
  const topB = tb.length;
  const topC = tc.length;
  const n = acc.length;
  for (let i = from; i < n; i++) {
    const u = va[i]!;
    const v = vb[i]!;
    const w = vc[i]!;
    const j = u | 0;
    const k = v | 0;
    const l = w | 0;
    const p = j === u && j >>> 0 < topA ? ta[j]! : slowIaqi(a, u, i);
    const q = k === v && k >>> 0 < topB ? tb[k]! : slowIaqi(b, v, i);
    const r = l === w && l >>> 0 < topC ? tc[l]! : slowIaqi(c, w, i);
    let m = acc[i]!;
    let d = p - m;
    m += d & ~(d >> 31);
    d = q - m;
    m += d & ~(d >> 31);
    d = r - m;
    acc[i] = m + (d & ~(d >> 31));
  }
}

/** The primary-pollutant bit of a column set on every row whose AQI (above 50) its IAQI equals. */
export function primaryPass(c: Col, aqi: Int16Array, bit: number, primary: Uint16Array): void {
  const values = c.values as ArrayLike<number>;
  const tab = c.tab;
  const top = tab.length;
  const tenths = c.tenths;
  for (let i = 0; i < aqi.length; i++) {
    const a = aqi[i]!;
    if (a <= 50) continue;
    const v = values[i]!;
    let r: number;
    if (!tenths) {
      const k = v | 0;
      r = k === v && k >>> 0 < top ? tab[k]! : slowIaqi(c, v, i);
    } else {
      const k = (v * 10 + 0.5) | 0;
      r = k >>> 0 < top && k / 10 === v ? tab[k]! : slowIaqi(c, v, i);
    }
    if (r === a) primary[i] = primary[i]! | bit;
  }
}
