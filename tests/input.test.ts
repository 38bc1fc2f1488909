import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aqiValues, compositeIndex, deadlines, evaluateTarget, percentile, scorecard, targetsFor } from '../src/index.js';
import { throwIssues } from '../src/input.js';
import { expectCode, inputError } from './errors.js';

const _root = fileURLToPath(new URL('..', import.meta.url));
const STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

describe('options are checked as strictly as arguments', () => {
  it('refuses an unknown key of targetsFor, deadlines and evaluateTarget', () => {
    expect(inputError(() => targetsFor({ cty: 'taiyuan' } as never)).field).toBe('filter.cty');
    expect(inputError(() => deadlines({ form: '2025-01-01' } as never)).field).toBe('range.form');
    expect(inputError(() => evaluateTarget('pm25-2025-datong', 25, { asOf: '2026-01-15', tolerence: 1 } as never)).field).toBe(
      'options.tolerence',
    );
  });
  it('refuses an array, a Map or a Date as a filter', () => {
    for (const x of [[], new Map(), new Date()]) {
      expect(inputError(() => targetsFor(x as never)).field).toBe('filter');
      expect(inputError(() => deadlines(x as never)).field).toBe('range');
    }
  });
  it('still takes a null-prototype object and no filter at all', () => {
    const f = Object.assign(Object.create(null), { city: 'taiyuan' });
    expect(targetsFor(f).length).toBeGreaterThan(0);
    expect(targetsFor().length).toBe(79);
  });
  it('refuses weights given as a Map (compositeIndex used to ignore them)', () => {
    expect(inputError(() => compositeIndex(STATS, { edition: '2012', weights: new Map([['pm25', 3]]) } as never)).field).toBe(
      'options.weights',
    );
  });
  it('refuses a Map of observations and a string for all in scorecard', () => {
    expect(inputError(() => scorecard(new Map([['pm25-2025-datong', 24]]) as never, { asOf: '2026-01-20' })).field).toBe('observations');
    expect(inputError(() => scorecard({}, { asOf: '2026-01-20', all: 'false' } as never)).field).toBe('options.all');
  });
  it('refuses NaN, a Symbol or a string as the observation of a not-assessable target', () => {
    for (const x of [Number.NaN, Symbol('x'), 'abc']) {
      expect(inputError(() => evaluateTarget('binding-air-quality-2025', x as never, { asOf: '2026-01-01' })).field).toBe('observation');
    }
    expect(evaluateTarget('binding-air-quality-2025', 5, { asOf: '2026-01-01' }).observed).toEqual({ value: 5 });
  });
});

describe('throwIssues', () => {
  it('returns when no issue was collected', () => {
    expect(throwIssues([])).toBeUndefined();
  });

  it('throws the issues collected, the first naming the field', () => {
    expectCode(
      () => throwIssues([{ code: 'missing', field: 'options.from', value: undefined, expected: 'a date' }]),
      'missing',
      'options.from',
    );
  });
});

describe('arrays that are not plain', () => {
  class NumberList extends Array<number> {}

  it('refuses an instance of an Array subclass as not-plain', () => {
    expectCode(() => aqiValues(NumberList.from([1]) as never, { edition: '2012' }), 'not-plain', 'records');
  });

  it('refuses an array whose prototype was removed as not-plain', () => {
    const values = [1, 2, 3];
    Object.setPrototypeOf(values, null);
    expectCode(() => percentile(values, 50), 'not-plain', 'values');
  });
});
