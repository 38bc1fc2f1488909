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
  // Read character by character, as /^\d{4}-\d\d-\d\d$/ matches (ASCII digits): a regular expression and the
  // slices of its numbers took a tenth of evaluateTarget's time.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const mo = digit(value, 5) * 10 + digit(value, 6);
  const d = digit(value, 8) * 10 + digit(value, 9);
  // A character other than a digit made its number NaN, which fails every comparison below.
  const last = mo === 2 ? (leap(y) ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= last;
}

/** The digit at `i` of `s` as a number, or NaN for any other character. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
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
    "存在的 ISO 日历日期 'YYYY-MM-DD',如 '2025-12-31'",
  ]);
}
