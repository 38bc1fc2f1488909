/**
 * The fast paths of compositeIndex, compositeIndexes, rankCities and evaluateTarget (src/flat.ts): a flat
 * record is read directly, anything else is given up to the one reader and the function's own checks. Each
 * case below is answered or refused exactly as the checked path answers or refuses it.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { flatCopy, isFlat } from '../src/flat.js';
import { compositeIndex, compositeIndexes, evaluateTarget, rankCities } from '../src/index.js';
import { expectCode, revoked } from './errors.js';

const STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };
const E12 = { edition: '2012' } as const;
const SIX = ['so2', 'no2', 'pm10', 'pm25', 'co', 'o3'];

describe('isFlat', () => {
  it('takes a plain object of this realm, or one without a prototype, whose keys are all known', () => {
    expect(isFlat({ so2: 1, co: 2 }, SIX)).toBe(true);
    expect(isFlat(Object.assign(Object.create(null), { so2: 1 }), SIX)).toBe(true);
  });

  it('gives up anything else, without reading a value', () => {
    let reads = 0;
    const getter = Object.defineProperty({}, 'so2', {
      enumerable: true,
      get: () => {
        reads++;
        return 1;
      },
    });
    expect(isFlat(getter, SIX)).toBe(true);
    expect(reads).toBe(0);
    class Stats {
      so2 = 1;
    }
    for (const v of [
      null,
      5,
      'so2',
      [1],
      new Stats(),
      new Map(),
      runInNewContext('({ so2: 1 })'), // another realm's Object.prototype: the one reader decides
      Object.defineProperty({ so2: 1 }, 'co', { value: 2, enumerable: false }),
      { so2: 1, pm2_5: 2 },
      revoked(),
    ]) {
      expect(isFlat(v, SIX)).toBe(false);
    }
  });
});

describe('flatCopy', () => {
  it('copies a flat record of any keys whose values are no objects, as the one reader does', () => {
    const s = Symbol('note');
    const v = { id: 'a', n: 1, f: null, [s]: {} };
    const c = flatCopy(v);
    expect(c).toEqual(v);
    expect(c).not.toBe(v);
    expect(flatCopy(Object.assign(Object.create(null), { id: 'a' }))).toEqual({ id: 'a' });
  });

  it('gives up anything else', () => {
    for (const v of [
      null,
      undefined,
      5,
      [1],
      new Map(),
      { id: 'a', name: { zh: '太原市' } },
      Object.defineProperty({ id: 'a' }, 'n', { value: 1, enumerable: false }),
      JSON.parse('{ "__proto__": 1 }'),
      JSON.parse('{ "__proto__": { "x": 1 } }'),
      revoked(),
      Object.defineProperty({}, 'id', {
        enumerable: true,
        get() {
          throw new Error('no');
        },
      }),
    ]) {
      expect(flatCopy(v)).toBeNull();
    }
  });
});

describe('compositeIndex and compositeIndexes give up what the fast path does not take', () => {
  it('statistics with days, or from another realm, answer as flat ones do', () => {
    const withDays = { ...STATS, days: { so2: 300, no2: 300, pm10: 300, pm25: 300, co: 300, o3: 300 } };
    expect(compositeIndex(withDays, E12)).toBe(6);
    expect(compositeIndex(runInNewContext('({ pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 })'), E12)).toBe(6);
    expect(compositeIndexes([STATS, withDays], E12)).toEqual([6, 6]);
  });

  it('refuses a non-enumerable statistic, and a hole in the list', () => {
    const hidden = Object.defineProperty({ ...STATS }, 'so2', { value: 60, enumerable: false });
    expectCode(() => compositeIndex(hidden, E12), 'not-plain', 'stats.so2');
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expectCode(() => compositeIndexes([STATS, , STATS] as never, E12), 'not-plain', 'statsList[1]');
  });

  it('refuses a getter that throws in the options, and a statistic that is an object', () => {
    const options = Object.defineProperty({}, 'edition', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expectCode(() => compositeIndex(STATS, options as never), 'unreadable', 'options.edition');
    expectCode(() => compositeIndexes([STATS], options as never), 'unreadable', 'options.edition');
    expectCode(() => compositeIndex({ ...STATS, so2: { value: 60 } } as never, E12), 'not-a-number', 'stats.so2');
  });

  it('refuses bad options before bad statistics, as the checked path does', () => {
    expectCode(() => compositeIndex({ ...STATS, so2: -1 }, { edition: '2013' } as never), 'invalid-value', 'options.edition');
    expectCode(() => compositeIndexes([{ ...STATS, so2: -1 }], { edition: '2013' } as never), 'invalid-value', 'options.edition');
    expectCode(() => compositeIndex({ ...STATS, so2: -1 }, E12), 'out-of-range', 'stats.so2', -1);
    expectCode(() => compositeIndexes([STATS, { ...STATS, co: Infinity }], E12), 'not-a-number', 'statsList[1].co');
  });
});

describe('rankCities gives up what the fast path does not take', () => {
  it('copies an entry with an object in it as the one reader does: equal, not the same object', () => {
    const name = { zh: '太原市', en: 'Taiyuan' };
    const [first] = rankCities([{ id: 'taiyuan', compositeIndex: 4, name }]);
    expect(first).toEqual({ id: 'taiyuan', compositeIndex: 4, name, rank: 1, rankFromBottom: 1 });
    expect((first as unknown as { name: object }).name).not.toBe(name);
  });

  it('ranks as the checked path does, ties and all', () => {
    const values = [5.12, 3.9, 5.12, 0, 7, 3.9, 5.12];
    const flat = values.map((compositeIndex, i) => ({ id: `c${i}`, compositeIndex }));
    // the same entries, each with an object the fast path gives up
    const checked = values.map((compositeIndex, i) => ({ id: `c${i}`, compositeIndex, extra: {} }));
    const strip = (r: { extra?: unknown }[]) => r.map(({ extra: _, ...rest }) => rest);
    expect(rankCities(flat)).toEqual(strip(rankCities(checked)));
    expect(rankCities(flat).map((r) => [r.id, r.rank, r.rankFromBottom])).toEqual([
      ['c3', 1, 7],
      ['c1', 2, 5],
      ['c5', 2, 5],
      ['c0', 4, 2],
      ['c2', 4, 2],
      ['c6', 4, 2],
      ['c4', 7, 1],
    ]);
  });

  it('refuses an element that cannot be read by the checked path', () => {
    const entries = [{ id: 'a', compositeIndex: 1 }];
    Object.defineProperty(entries, 0, {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expectCode(() => rankCities(entries), 'unreadable', 'entries');
  });

  it('refuses a hole, a duplicate id and a bad index by the checked path', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expectCode(() => rankCities([{ id: 'a', compositeIndex: 1 }, , { id: 'b', compositeIndex: 2 }] as never), 'not-plain', 'entries[1]');
    expectCode(
      () =>
        rankCities([
          { id: 'a', compositeIndex: 1 },
          { id: 'a', compositeIndex: 2 },
        ]),
      'conflict',
      'entries[1].id',
    );
    expectCode(() => rankCities([{ id: 'a', compositeIndex: -1 }]), 'out-of-range', 'entries[0].compositeIndex');
    expectCode(() => rankCities([{ id: '\u3000', compositeIndex: 1 }]), 'wrong-type', 'entries[0].id');
    expect(rankCities([{ id: '太原', compositeIndex: 1 }])[0]!.id).toBe('太原');
  });
});

describe('evaluateTarget gives up what the fast path does not take', () => {
  const AS_OF = { asOf: '2026-01-15' };

  it('an observation or options with an object in them, or not flat, are read by the one reader', () => {
    expect(evaluateTarget('pm25-2025-datong', { value: 25, note: {} } as never, AS_OF).status).toBe('met');
    expect(evaluateTarget('pm25-2025-datong', runInNewContext('({ value: 25 })'), AS_OF).status).toBe('met');
    expectCode(() => evaluateTarget('pm25-2025-datong', 25, { asOf: { day: '2026-01-15' } } as never), 'invalid-date', 'options.asOf');
    expectCode(
      () => evaluateTarget('pm25-2025-datong', 25, { asOf: '2026-01-15', tolerance: [1] } as never),
      'not-a-number',
      'options.tolerance',
    );
    expectCode(
      () => evaluateTarget('pm25-2025-datong', 25, { asOf: '2026-01-15', edition: {} } as never),
      'invalid-value',
      'options.edition',
    );
    expectCode(() => evaluateTarget('pm25-2025-datong', 25, new Map() as never), 'not-plain', 'options');
  });

  it('refuses a getter that throws in an observation', () => {
    const o = Object.defineProperty({}, 'value', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expectCode(() => evaluateTarget('pm25-2025-datong', o as never, AS_OF), 'unreadable', 'observation.value');
  });
});
