import { PlanInputError } from '../errors.js';

/**
 * Checks that `value` is an ISO calendar date `YYYY-MM-DD` that exists (2024-02-29 yes, 2025-02-29 no)
 * and returns it.
 * @internal
 */
export function isoDate(field: string, value: unknown): string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(value) : null;
  if (m) {
    const y = +m[1]!;
    const mo = +m[2]!;
    const d = +m[3]!;
    const days = mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= days) return value as string;
  }
  throw new PlanInputError(field, value, 'an ISO calendar date YYYY-MM-DD');
}

/** The first day the 2012 editions (HJ 633-2012, GB 3095-2012) apply nationwide. @internal */
export const FIRST_2012_DAY = '2016-01-01';
/** The first day of the 2026 editions (HJ 633-2026, GB 3095-2026). @internal */
export const FIRST_2026_DAY = '2026-03-01';

/**
 * A date from which the library knows an edition in force, or a `PlanInputError`.
 * @internal
 */
export function datedFrom2016(field: string, value: unknown): string {
  const date = isoDate(field, value);
  if (date < FIRST_2012_DAY) {
    throw new PlanInputError(
      field,
      value,
      `a date from ${FIRST_2012_DAY} (when the 2012 editions apply nationwide); name the edition for earlier data`,
    );
  }
  return date;
}
