import { PlanInputError } from '../errors.js';

/**
 * `value` if it is an ISO calendar date `YYYY-MM-DD` that exists (2024-02-29 yes, 2025-02-29 and 2025-02-30
 * no), else a `PlanInputError` naming `field`. Pure string work: no `Date`, so no time zone can shift it.
 * @internal
 */
export function isoDate(field: string, value: unknown): string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(value) : null;
  if (m) {
    const y = +m[1]!;
    const mo = +m[2]!;
    const d = +m[3]!;
    const last = mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= last) return value as string;
  }
  throw new PlanInputError(field, value, 'an ISO calendar date YYYY-MM-DD that exists');
}
