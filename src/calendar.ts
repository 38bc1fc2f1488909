import { differenceInCalendarDays } from 'date-fns';

// Calendar arithmetic on checked ISO dates (Beijing calendar days), by date-fns in UTC: every Date made here is
// an instance of a Date whose local getters and setters are the UTC ones, and date-fns is given `in:` that
// context, so no machine time zone or daylight-saving change (Pacific/Apia skipped 2011-12-30) can shift a day.
//
// That Date is @date-fns/utc's technique (its UTCDateMini), built here on first use: the package patches its
// class's prototype when its module loads, a top-level side effect that kept it, and a kilobyte, in every
// bundle of this library, even one that imports nothing of the calendar (scripts/package/bundles.mjs).

// biome-ignore lint/style/noRestrictedGlobals: a calendar day held in a UTC-only Date; reads no clock
type Day = Date;
type DayClass = new (time: number) => Day;
let UtcDay: DayClass | undefined;

/** The UTC-only Date class, made once, when the calendar is first used. */
function utcDayClass(): DayClass {
  if (UtcDay !== undefined) return UtcDay;
  // biome-ignore lint/style/noRestrictedGlobals: the class extends Date to read and write it in UTC; reads no clock
  class U extends Date {
    override getTimezoneOffset(): number {
      return 0;
    }
  }
  const re = /^(get|set)(?!UTC)/;
  // biome-ignore lint/style/noRestrictedGlobals: Date's own methods, to copy their UTC forms; reads no clock
  const proto = Date.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (!re.test(name)) continue;
    const utc = proto[name.replace(re, '$1UTC')];
    if (utc !== undefined) (U.prototype as unknown as Record<string, unknown>)[name] = utc;
  }
  UtcDay = U;
  return U;
}

/** The context date-fns computes in: UTC. @internal */
export const inUtc = (value: Day | number | string): Day =>
  // biome-ignore lint/style/noRestrictedGlobals: parses a date string date-fns may hand over; reads no clock
  new (utcDayClass())(typeof value === 'string' ? Date.parse(value) : +value);

/**
 * The UTC midnight of a calendar day given by its fields (`month` 1–12). `setFullYear`, not the `Date`
 * constructor, so that years 0–99 are not read as 1900–1999.
 * @internal
 */
export function utcDay(year: number, month: number, day: number): Day {
  const d = inUtc(0);
  d.setFullYear(year, month - 1, day);
  return d;
}

/** The UTC midnight of a checked ISO date. @internal */
export function fromIso(iso: string): Day {
  return utcDay(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
}

/** The ISO calendar date of a UTC date (its UTC fields), `YYYY-MM-DD`. @internal */
export function toIso(d: Day): string {
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
