/**
 * The catalogue's wording, pinned once: one refusal of each code, its English and Chinese message. Every
 * other test asserts refusals by `code` and `field` (tests/errors.ts `expectCode`), so rewording a message
 * means updating this one snapshot.
 */
import { describe, expect, it } from 'vitest';
import {
  aqi,
  aqiColumns,
  compositeIndex,
  deadlines,
  evaluateTarget,
  gb3095Limits,
  getCity,
  getCounty,
  ISSUE_CODES,
  type IssueCode,
  iaqi,
  percentile,
  rankCities,
  roundGbt8170,
  targetsFor,
  validateSubject,
} from '../src/index.js';
import { keyWords, oneOfWords } from '../src/issue-codes.js';
import { inputError, revoked } from './errors.js';

/** One call refused with each code. */
const ONE_OF_EACH: Record<IssueCode, () => unknown> = {
  'wrong-type': () => percentile('1, 2, 3' as never, 50),
  'not-a-number': () => iaqi('pm25_24h', Number.NaN, { edition: '2012' }),
  'out-of-range': () => iaqi('pm25_24h', -5, { edition: '2012' }),
  'not-an-integer': () => roundGbt8170(1.25, 1.5),
  'not-plain': () => compositeIndex(new Map() as never, { edition: '2012' }),
  'unknown-key': () => gb3095Limits({ year: 2025, month: 1 } as never),
  missing: () => evaluateTarget('pm25-2025-datong', 37, {} as never),
  'unknown-id': () => getCity('xian'),
  'ambiguous-name': () => getCounty('城区'),
  'invalid-value': () => gb3095Limits({ edition: '2020' } as never),
  'invalid-date': () => targetsFor({ dueBy: '2025-02-30' }),
  'date-order': () => deadlines({ from: '2025-12-31', to: '2025-01-01' }),
  'outside-report': () => aqi({ pm25_24h: 50, pm10_1h: 80 } as never, { edition: '2026', report: 'daily' }),
  conflict: () => gb3095Limits({ edition: '2012', year: 2025 } as never),
  unreadable: () => rankCities(revoked([]) as never),
  'length-mismatch': () => aqiColumns({ pm25_24h: [35, 80], o3_8h: [20] }, { edition: '2012' }),
};

describe('ISSUE_CODES', () => {
  it('has a Chinese and an English title for each code, and nothing else', () => {
    for (const [code, title] of Object.entries(ISSUE_CODES)) {
      expect(Object.keys(title), code).toEqual(['zh', 'en']);
      expect(title.zh).not.toMatch(/[A-Za-z]{3}/);
    }
  });

  it('every code is given by at least one refusal, and each refusal carries the code', () => {
    expect(Object.keys(ONE_OF_EACH).sort()).toEqual(Object.keys(ISSUE_CODES).sort());
    for (const [code, f] of Object.entries(ONE_OF_EACH)) expect(inputError(f).issues[0]!.code, code).toBe(code);
  });

  it('words one refusal of each code so (the one test that pins the wording)', () => {
    const messages = Object.fromEntries(
      Object.entries(ONE_OF_EACH).map(([code, f]) => {
        const e = inputError(f);
        return [code, { en: e.message, zh: e.messageZh }];
      }),
    );
    expect(messages).toMatchSnapshot();
  });

  it('names a subject field by its Chinese label in the Chinese message', () => {
    const e = inputError(() => validateSubject({ kind: 'coal-boiler', capacityTph: -1 }));
    expect(e.issues[0]).toMatchObject({ code: 'out-of-range', field: 'subject.capacityTph' });
    expect(e.messageZh.startsWith('锅炉容量（蒸吨/小时）无效')).toBe(true);
    expect(e.message.startsWith('Invalid subject.capacityTph:')).toBe(true);
  });
});

describe('the words of unknown-key and invalid-value', () => {
  it('says no key is taken when the list of keys is empty', () => {
    expect(keyWords([])).toEqual(['no such key (none is taken)', '无此键（不接受任何键）']);
  });

  it('names the only value allowed alone, without "or"', () => {
    expect(oneOfWords(['2012'])).toEqual(["'2012'", "'2012'"]);
    expect(oneOfWords([true])).toEqual(['true', 'true']);
  });
});
