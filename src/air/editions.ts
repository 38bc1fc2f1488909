/**
 * When each edition of the two standards the library reads is in force: the one table of a standard's dates
 * in `src/` (`HJ633_EDITIONS` and `GB3095_LIMITS` take their `inForce` from it), and the one resolver that
 * picks the edition in force on a day (`resolveEdition`, `gb3095Limits`, `pm25Attainment`, `compositeIndex`,
 * `evaluateTarget`).
 * @module
 */
import { isoDate } from '../dates.js';
import { refuse } from '../errors.js';

/** The first day of the 2012 editions nationwide (HJ 633-2012, GB 3095-2012): the library knows no earlier edition. @internal */
export const FIRST_EDITION_DAY = '2016-01-01';

/** The days an edition is in force, both ends included (`to: null`: still in force). @internal */
export interface InForce {
  readonly from: string;
  readonly to: string | null;
}

// One constant per edition, so that a table built from them stays removable by a bundler (a property read
// of a constant is not).
/** @internal */
export const HJ633_2012 = { from: FIRST_EDITION_DAY, to: '2026-02-28' } as const;
/** @internal */
export const HJ633_2026 = { from: '2026-03-01', to: null } as const;
/** @internal */
export const GB3095_2012 = { from: FIRST_EDITION_DAY, to: '2026-02-28' } as const;
/** @internal */
export const GB3095_2026_TRANSITION = { from: '2026-03-01', to: '2030-12-31' } as const;
/** @internal */
export const GB3095_2026_FINAL = { from: '2031-01-01', to: null } as const;

/** The days each edition of HJ 633 is in force (`HJ633_EDITIONS[e].inForce`). @internal */
export const HJ633_IN_FORCE = { '2012': HJ633_2012, '2026': HJ633_2026 } as const;

/** The days each set of GB 3095 limits is in force (`GB3095_LIMITS[id].inForce`). @internal */
export const GB3095_IN_FORCE = {
  '2012': GB3095_2012,
  '2026-transition': GB3095_2026_TRANSITION,
  '2026-final': GB3095_2026_FINAL,
} as const;

/**
 * The key of the entry of `table` in force on `date` (a checked ISO day): the one with the latest `from` on or
 * before it; for a day before every edition, the earliest (callers that refuse such days check first, with
 * {@link datedFromFirstEdition}).
 * @internal
 */
export function inForceOn<K extends string>(table: Readonly<Record<K, InForce>>, date: string): K {
  let on: K | undefined;
  let earliest: K | undefined;
  for (const key in table) {
    const from = table[key].from;
    if (from <= date && (on === undefined || from > table[on].from)) on = key;
    if (earliest === undefined || from < table[earliest].from) earliest = key;
  }
  return (on ?? earliest)!;
}

/**
 * A date from which the library knows an edition in force, or a `PlanInputError`.
 * @internal
 */
export function datedFromFirstEdition(field: string, value: unknown): string {
  const date = isoDate(field, value);
  if (date < FIRST_EDITION_DAY) {
    refuse('invalid-date', field, value, [
      `a date from ${FIRST_EDITION_DAY} (when the 2012 editions apply nationwide); name the edition for earlier data`,
      `${FIRST_EDITION_DAY}（2012 年版全国实施之日）及以后的日期；更早的数据请指明版本`,
    ]);
  }
  return date;
}
