import { PlanInputError } from './errors.js';

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
  const last =
    mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= last;
}

/**
 * `value` if it is an ISO calendar date that exists (see {@link isCalendarDate}), else a `PlanInputError`
 * naming `field`.
 * @internal
 */
export function isoDate(field: string, value: unknown): string {
  if (isCalendarDate(value)) return value;
  throw new PlanInputError(
    field,
    value,
    "an ISO calendar date 'YYYY-MM-DD' that exists, e.g. '2025-12-31'",
    "存在的 ISO 日历日期 'YYYY-MM-DD',如 '2025-12-31'",
  );
}

/**
 * The day number of a checked ISO calendar date: days since 1970-01-01 in the proleptic Gregorian calendar
 * (integer arithmetic on the calendar, so no time zone or daylight-saving change can shift it).
 * @internal
 */
export function dayNumber(iso: string): number {
  let y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  // Days from civil (H. Hinnant's algorithm): the year starts on 1 March, so a leap day ends it.
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Calendar days from `from` to `to` (both checked ISO dates; negative when `to` is earlier). @internal */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
