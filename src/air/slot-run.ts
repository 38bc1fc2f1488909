/**
 * The loop of `aqiValues` specialised to the keys of a batch's records (`slotRun`), and the seven slots it shares
 * with `aqiColumns`' row-by-row pass (`rowRun`, src/air/column-pass.ts). Like every fast path of src/air/batch.ts,
 * it never answers on its own authority: what it cannot take goes to the generic loop `tabRun` and the checked path.
 * @internal
 * @module
 */
import type { Pollutant } from '../model/air/index.js';
import { plainKeyCount, type Tabulated } from './batch.js';
import { POLLUTANTS } from './pollutants.js';

/**
 * The seven slots of `slotRun` and `rowRun`: the whole-number columns in slots 0–5, the last repeated to fill
 * them (a maximum does not mind a column twice), and in slot 6 the column by tenths (CO), a seventh whole-number
 * one, or the last again; `null` for what does not fit (more than seven, two by tenths, none whole).
 * @internal
 */
export function sevenSlots<T>(items: readonly T[], tenths: (x: T) => boolean): T[] | null {
  const whole: T[] = [];
  let last: T | undefined;
  for (const x of items) {
    if (!tenths(x)) whole.push(x);
    else if (last !== undefined) return null;
    else last = x;
  }
  if (whole.length === 7) last = whole.pop();
  if (whole.length === 0 || items.length > 7) return null;
  while (whole.length < 6) whole.push(whole[whole.length - 1]!);
  whole.push(last ?? whole[5]!);
  return whole;
}

/**
 * The fast loop of `aqiValues`: `tabRun` specialised to the keys of record `from`, as long as the records
 * have exactly those keys. The keys are read into seven slots (`x[k0]` … `x[k6]`: a key that is the same
 * string for the whole loop, which V8 reads as fast as `x.pm25_24h`): the whole-number columns in slots 0–5,
 * repeated to fill them (the maximum does not mind a column twice), CO (by tenths) or a seventh column in slot
 * 6. It takes records with 1 to 7 keys, all allowed columns of Table 1, at most one of them CO and at least
 * one not; it returns `from` at once for any other, and stops at the first record it cannot take (other keys,
 * a value the tables do not hold, a getter that throws), whose index it returns. `tabRun` and the checked path
 * then take over, so it never answers anything they would not.
 *
 * Per record, without a branch per column: the seven values read and looked up, the keys counted as every
 * fast path counts them (`plainKeyCount`: a record with a key more, `pm10` or `extra`, or with another
 * prototype, is refused), and the maximum taken. A value the tables do not hold looks up `undefined`
 * (fractional, negative, NaN, ±Infinity, beyond the top, a missing key) and makes the sum of the lookups
 * NaN, which fails `>= 0`; `typeof` then refuses what indexes a table without being a number (`'35'`,
 * `35n`). `-0` is entry 0, as the checked path rates it. CO's index is −1 (no entry) unless the value is
 * exactly k / 10.
 * @internal
 */
export function slotRun(records: readonly unknown[], from: number, t: Tabulated, allowed: number, out: number[]): number {
  const n = records.length;
  let keys: string[];
  try {
    keys = Object.keys(records[from] as object);
  } catch {
    return from; // null, or a Proxy whose keys throw
  }
  const count = keys.length;
  for (const k of keys) {
    const b = POLLUTANTS.indexOf(k as Pollutant);
    if (b < 0 || ((allowed >> b) & 1) === 0) return from;
  }
  const slots = sevenSlots(keys as Pollutant[], (k) => k === 'co_24h' || k === 'co_1h');
  if (slots === null) return from;
  const [k0, k1, k2, k3, k4, k5, k6] = slots as [Pollutant, Pollutant, Pollutant, Pollutant, Pollutant, Pollutant, Pollutant];
  const s = k6 === 'co_24h' || k6 === 'co_1h' ? 10 : 1; // slot 6 by tenths (CO) or whole
  const t0 = t[k0];
  const t1 = t[k1];
  const t2 = t[k2];
  const t3 = t[k3];
  const t4 = t[k4];
  const t5 = t[k5];
  const t6 = t[k6];
  let i = from;
  try {
    for (; i < n; i++) {
      const x = records[i] as Record<string, unknown>;
      if (typeof x !== 'object') return i; // (null: its first read throws, caught below)
      const a = x[k0] as number;
      const b = x[k1] as number;
      const c = x[k2] as number;
      const d = x[k3] as number;
      const e = x[k4] as number;
      const f = x[k5] as number;
      const g = x[k6] as number;
      if (plainKeyCount(x) !== count) return i; // its keys exactly those read: none more, none inherited
      const k = (g * s + 0.5) | 0;
      const r0 = t0[a]!;
      const r1 = t1[b]!;
      const r2 = t2[c]!;
      const r3 = t3[d]!;
      const r4 = t4[e]!;
      const r5 = t5[f]!;
      const r6 = t6[k / s === g ? k : -1]!;
      // Any lookup that found no entry (`undefined`) makes the sum NaN.
      if (
        !(r0 + r1 + r2 + r3 + r4 + r5 + r6 >= 0) ||
        typeof a !== 'number' ||
        typeof b !== 'number' ||
        typeof c !== 'number' ||
        typeof d !== 'number' ||
        typeof e !== 'number' ||
        typeof f !== 'number'
      ) {
        return i;
      }
      // The maximum without a branch (m + (z & ~(z >> 31)), z = r − m: IAQIs are 0 to 500): which column is
      // largest changes from record to record, and Math.max's compare and branch mispredicted so often that it
      // cost as much as all the rest of the loop. Written out in each loop, not as a shared helper: called across
      // modules, a helper was not inlined when the sources run as they are (tsx, vitest), and this loop ran at 1.5×
      // the plain loop instead of 3.9× (the bundled dist/ was not affected).
      let m = r0;
      let z = r1 - m;
      m += z & ~(z >> 31);
      z = r2 - m;
      m += z & ~(z >> 31);
      z = r3 - m;
      m += z & ~(z >> 31);
      z = r4 - m;
      m += z & ~(z >> 31);
      z = r5 - m;
      m += z & ~(z >> 31);
      z = r6 - m;
      m += z & ~(z >> 31);
      out[i] = m;
    }
  } catch {
    return i; // a getter that throws, a revoked Proxy: the checked path says what is wrong
  }
  return n;
}
