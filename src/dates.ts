import { refuse } from './errors.js';

// ISO calendar dates (Beijing calendar days), checked as strings: no `Date`, so no time zone can shift them, and
// nothing here pulls date-fns into the air-quality functions that only check a date. The calendar arithmetic
// (day counts, ends of months, quarters and years) is date-fns's, in src/calendar.ts.

/** Whether `y` is a Gregorian leap year. */
const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/**
 * Whether `value` is an ISO calendar date `YYYY-MM-DD` that exists (2024-02-29 yes; 2025-02-29 and
 * 2025-02-30 no). Pure string work: no `Date`, so no time zone can shift it.
 * @internal
 */
export function isCalendarDate(value: unknown): value is string {
  // Tested, then sliced: the match array of /^(\d{4})-(\d\d)-(\d\d)$/.exec and its three
  // numbers took a tenth of evaluateTarget's time.
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(value)) return false;
  const y = +value.slice(0, 4);
  const mo = +value.slice(5, 7);
  const d = +value.slice(8);
  const last = mo === 2 ? (leap(y) ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= last;
}

/**
 * `value` if it is an ISO calendar date that exists (see {@link isCalendarDate}), else a `PlanInputError`
 * naming `field` (code `'invalid-date'`).
 * @internal
 */
export function isoDate(field: string, value: unknown): string {
  if (isCalendarDate(value)) return value;
  refuse(value === undefined ? 'missing' : 'invalid-date', field, value, [
    "an ISO calendar date 'YYYY-MM-DD' that exists, e.g. '2025-12-31'",
    "存在的 ISO 日历日期 'YYYY-MM-DD'，如 '2025-12-31'",
  ]);
}
