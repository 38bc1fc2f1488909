/**
 * The calendar arithmetic of src/dates.ts, now by date-fns in UTC: the same answers as the hand-written
 * day counts it replaces (Gregorian leap years, day counts across years and centuries).
 */
import { describe, expect, it } from 'vitest';
import { daysBetween, fromIso, inUtc, toIso } from '../../src/calendar.js';
import { isCalendarDate, isoDate } from '../../src/dates.js';
import { PlanInputError } from '../../src/errors.js';

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '0000-02-29', '0024-02-29', '2025-12-31', '2025-04-30', '9999-12-31'])('accepts %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });
  it.each([
    '2025-02-29',
    '1900-02-29',
    '2100-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-01',
    '',
    20250101,
    // a character other than an ASCII digit, below '0' or above '9', and a line break after the date
    '2025-0/-01',
    '2025-0a-01',
    '2O25-01-01',
    '2025-01-0١',
    '2025-01-01\n',
  ])('refuses %s', (d) => {
    expect(isCalendarDate(d)).toBe(false);
  });
});

describe('isoDate', () => {
  it('refuses an impossible date with the code invalid-date and the field', () => {
    try {
      isoDate('to', '2025-02-29');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInputError);
      expect((e as PlanInputError).issues[0]).toMatchObject({ code: 'invalid-date', field: 'to', value: '2025-02-29' });
    }
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-10-01', '2024-10-31', 30],
    ['2024-01-01', '2025-01-01', 366], // a leap year
    ['2025-01-01', '2026-01-01', 365],
    ['1970-01-01', '2000-01-01', 10957],
    ['2000-02-28', '2000-03-01', 2], // 2000 is a leap year (divisible by 400)
    ['2100-02-28', '2100-03-01', 1], // 2100 is not
    ['2025-12-31', '2024-03-08', -663],
    ['2011-12-29', '2011-12-31', 2], // the day Samoa skipped is still a calendar day
  ])('from %s to %s is %i days', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });
});

describe('fromIso and toIso', () => {
  it('round-trip, years before 100 included', () => {
    for (const d of ['0001-01-01', '0099-12-31', '1969-12-31', '2024-02-29', '9999-12-31']) expect(toIso(fromIso(d))).toBe(d);
  });
});

describe('inUtc, the context date-fns computes in', () => {
  it('makes a day with no offset from UTC, from a time, a date string or another day', () => {
    const day = fromIso('2011-12-30');
    expect(day.getTimezoneOffset()).toBe(0);
    expect(toIso(inUtc(day))).toBe('2011-12-30');
    expect(toIso(inUtc('2011-12-30T00:00:00Z'))).toBe('2011-12-30');
    expect(toIso(inUtc(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(inUtc(day).getHours()).toBe(0);
  });
});
