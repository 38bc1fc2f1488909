import { UTCDate } from '@date-fns/utc';
import { differenceInCalendarDays, getDaysInMonth } from 'date-fns';
import { PlanInputError } from './errors.js';

// Calendar arithmetic on ISO dates (Beijing calendar days), by date-fns on UTC dates: every Date made here
// is a `UTCDate` (@date-fns/utc), whose fields are read and written in UTC, and date-fns is given `in:` that
// context, so no machine time zone or daylight-saving change (Pacific/Apia skipped 2011-12-30) can shift a day.

/** The context date-fns computes in: UTC. @internal */
export const inUtc = (value: Date | number | string): UTCDate => new UTCDate(value as number);

/**
 * The UTC midnight of a calendar day given by its fields (`month` 1–12). `setFullYear`, not the `Date`
 * constructor, so that years 0–99 are not read as 1900–1999.
 * @internal
 */
export function utcDay(year: number, month: number, day: number): UTCDate {
  const d = new UTCDate(0);
  d.setFullYear(year, month - 1, day);
  return d;
}

/** The UTC midnight of a checked ISO date. @internal */
export function fromIso(iso: string): UTCDate {
  return utcDay(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
}

/** The ISO calendar date of a UTC date (its UTC fields), `YYYY-MM-DD`. @internal */
export function toIso(d: Date): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Whether `value` is an ISO calendar date `YYYY-MM-DD` that exists (2024-02-29 yes; 2025-02-29 and
 * 2025-02-30 no): the form by a regular expression, the month's length by date-fns (`getDaysInMonth` in UTC).
 * @internal
 */
export function isCalendarDate(value: unknown): value is string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(value) : null;
  if (m === null) return false;
  const mo = +m[2]!;
  const d = +m[3]!;
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= getDaysInMonth(utcDay(+m[1]!, mo, 1), { in: inUtc });
}

/**
 * `value` if it is an ISO calendar date that exists (see {@link isCalendarDate}), else a `PlanInputError`
 * naming `field` (code `'invalid-date'`).
 * @internal
 */
export function isoDate(field: string, value: unknown): string {
  if (isCalendarDate(value)) return value;
  throw new PlanInputError([
    {
      code: 'invalid-date',
      field,
      value,
      expected: "an ISO calendar date 'YYYY-MM-DD' that exists, e.g. '2025-12-31'",
      expectedZh: "存在的 ISO 日历日期 'YYYY-MM-DD',如 '2025-12-31'",
    },
  ]);
}

/**
 * Calendar days from `from` to `to` (both checked ISO dates; negative when `to` is earlier), by date-fns's
 * `differenceInCalendarDays` in UTC.
 * @internal
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(fromIso(to), fromIso(from), { in: inUtc });
}
