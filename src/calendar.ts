import { UTCDate } from '@date-fns/utc';
import { differenceInCalendarDays } from 'date-fns';

// Calendar arithmetic on checked ISO dates (Beijing calendar days), by date-fns on UTC dates: every Date made here
// is a `UTCDate` (@date-fns/utc), whose fields are read and written in UTC, and date-fns is given `in:` that
// context, so no machine time zone or daylight-saving change (Pacific/Apia skipped 2011-12-30) can shift a day.

/** The context date-fns computes in: UTC. @internal */
// biome-ignore lint/style/noRestrictedGlobals: the type date-fns's context function takes; reads no clock
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
// biome-ignore lint/style/noRestrictedGlobals: a type (date-fns returns Date); reads no clock
export function toIso(d: Date): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Calendar days from `from` to `to` (both checked ISO dates; negative when `to` is earlier), by date-fns's
 * `differenceInCalendarDays` in UTC (replacing the hand-written day count of earlier versions: same answers).
 * @internal
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(fromIso(to), fromIso(from), { in: inUtc });
}
