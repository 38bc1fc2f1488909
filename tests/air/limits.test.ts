import { describe, expect, it } from 'vitest';
import { GB3095_GRADE_II } from './standards.js';
import { gb3095Limits, PlanInputError, pm25Attainment } from '../../src/index.js';
import { Pm25Attainment } from '../../src/entries/schemas.js';
import { expectCode } from '../errors.js';

/** What the errors say was expected of the options that name GB 3095 limits. */
const _LIMITS_OPTIONS =
  "{ edition: '2012' }, { edition: '2026', phase: 'transition' | 'final' }, { date: 'YYYY-MM-DD' } or { year } (there is no default)";
/** The same in Chinese. */
const _LIMITS_OPTIONS_ZH =
  "{ edition: '2012' }、{ edition: '2026', phase: 'transition' | 'final' }、{ date: 'YYYY-MM-DD' } 或 { year }(没有默认值)";
const E12 = { edition: '2012' } as const;

describe('gb3095Limits', () => {
  it('gives GB 3095-2012 for 2016–2025 and on 2026-02-28', () => {
    expect(gb3095Limits({ year: 2016 }).id).toBe('2012');
    expect(gb3095Limits({ year: 2025 }).id).toBe('2012');
    expect(gb3095Limits({ date: '2026-02-28' }).id).toBe('2012');
  });

  it('gives the GB 3095-2026 transition phase from 2026-03-01 to 2030-12-31', () => {
    expect(gb3095Limits({ date: '2026-03-01' }).id).toBe('2026-transition');
    expect(gb3095Limits({ date: '2030-12-31' }).id).toBe('2026-transition');
  });

  it('judges a year by the limits in force on its 31 December: 2026 → transition, 2031 → final', () => {
    expect(gb3095Limits({ year: 2026 }).id).toBe('2026-transition');
    expect(gb3095Limits({ year: 2030 }).id).toBe('2026-transition');
    expect(gb3095Limits({ year: 2031 }).id).toBe('2026-final');
    expect(gb3095Limits({ date: '2031-01-01' }).id).toBe('2026-final');
  });

  it('carries the grade II limits of each set (standards §3–4)', () => {
    expect(gb3095Limits({ edition: '2012' }).limits).toEqual(GB3095_GRADE_II['2012']);
    expect(gb3095Limits({ edition: '2026', phase: 'transition' }).limits).toEqual(GB3095_GRADE_II['2026-transition']);
    expect(gb3095Limits({ edition: '2026', phase: 'final' }).limits).toEqual(GB3095_GRADE_II['2026-final']);
  });

  it('marks every set verified: GB 3095-2012, and GB 3095-2026 checked against its text (standards §3)', () => {
    expect(gb3095Limits({ year: 2025 }).verified).toBe(true);
    expect(gb3095Limits({ year: 2027 }).verified).toBe(true);
    expect(gb3095Limits({ year: 2031 }).verified).toBe(true);
  });

  it.each([[{ year: 2025.5 }], [{ year: '2025' }], [{ date: '2025-02-29' }], [{ year: 2025, date: '2025-01-01' }], [{ phase: 'final' }]])(
    'rejects %j',
    (options) => {
      expect(() => gb3095Limits(options as never)).toThrow(PlanInputError);
    },
  );

  it('names options.date for a bad date, and refuses a year that is not a number', () => {
    expectCode(() => gb3095Limits({ date: '2015-12-31' }), 'invalid-date', 'options.date', '2015-12-31');
    expectCode(() => gb3095Limits({ year: '2025' } as never), 'not-a-number', 'options.year', '2025');
  });

  it('names the options at fault, in words; takes the years 2016 to 9999', () => {
    expectCode(() => gb3095Limits(null as never), 'wrong-type', 'options', null);
    expectCode(() => gb3095Limits({} as never), 'conflict', 'options');
    expectCode(() => gb3095Limits({ year: 2025, date: '2025-01-01' } as never), 'conflict', 'options');
    expectCode(() => gb3095Limits({ edition: '2012', phase: 'final' } as never), 'conflict', 'options.phase', 'final');
    expectCode(() => gb3095Limits({ edition: '2020' } as never), 'invalid-value', 'options.edition', '2020');
    expectCode(() => gb3095Limits({ edition: '2026' } as never), 'invalid-value', 'options.phase', undefined);
    expectCode(() => gb3095Limits({ year: 2025, phase: 'final' } as never), 'conflict', 'options.phase', 'final');
    expectCode(() => gb3095Limits({ year: 2015 }), 'out-of-range', 'options.year', 2015);
    expectCode(() => gb3095Limits({ year: 10000 }), 'out-of-range', 'options.year', 10000);
    expectCode(() => gb3095Limits({ year: 2025.5 }), 'not-an-integer', 'options.year', 2025.5);
    expect(gb3095Limits({ year: 9999 }).id).toBe('2026-final');
  });
});

describe('pm25Attainment', () => {
  it('attains at exactly 35 µg/m³ under GB 3095-2012 (at or under the limit)', () => {
    expect(pm25Attainment(35, { year: 2025 })).toEqual({
      attains: true,
      annualMean: 35,
      limit: 35,
      limitsId: '2012',
      standard: 'GB 3095-2012',
      verified: true,
    });
  });

  it('does not attain just above 35 under GB 3095-2012', () => {
    expect(pm25Attainment(35.01, { year: 2025 }).attains).toBe(false);
  });

  it('judges 35 µg/m³ in 2027 against the transition limit 30: not attained', () => {
    const r = pm25Attainment(35, { year: 2027 });
    expect(r.attains).toBe(false);
    expect(r.limit).toBe(30);
    expect(r.verified).toBe(true);
    expect(Pm25Attainment.safeParse(r).success).toBe(true);
  });

  it('attains at exactly 30 in the transition phase and at exactly 25 from 2031', () => {
    expect(pm25Attainment(30, { edition: '2026', phase: 'transition' }).attains).toBe(true);
    expect(pm25Attainment(25.01, { year: 2031 }).attains).toBe(false);
    expect(pm25Attainment(25, { year: 2031 }).attains).toBe(true);
  });

  it.each([-1, Number.NaN, Infinity, '35', null])('rejects %s as an annual mean', (m) => {
    expect(() => pm25Attainment(m as never, { year: 2025 })).toThrow(expect.objectContaining({ field: 'annualMean' }));
  });

  it('rejects a missing edition or year', () => {
    expect(() => pm25Attainment(35, undefined as never)).toThrow(PlanInputError);
    expect(() => pm25Attainment(35, {} as never)).toThrow(PlanInputError);
  });

  it('takes an annual mean of zero, and names a negative one in words', () => {
    expect(pm25Attainment(0, { year: 2025 })).toMatchObject({ attains: true, annualMean: 0, limit: 35 });
    expectCode(() => pm25Attainment(-1, E12), 'out-of-range', 'annualMean', -1);
  });
});
