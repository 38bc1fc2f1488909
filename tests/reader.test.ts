/**
 * The one input reader (src/input.ts): every public function reads its arguments once, into plain data, with
 * one policy for unknown keys, inherited keys, class instances, accessors and proxies. Each case below was a
 * wrong answer, a TypeError or a RangeError before (issue 25).
 */
import { describe, expect, it } from 'vitest';
import {
  assess,
  compositeIndex,
  compositeIndexes,
  evaluateTarget,
  heavyPollutionDays,
  PlanInputError,
  percentile,
  rankCities,
  targetName,
  targetsFor,
  TARGETS,
  validateSubject,
} from '../src/index.js';
import { Observation } from '../src/model/target.js';
import { expectCode, inputError, revoked } from './errors.js';

const STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };
const E12 = { edition: '2012' } as const;

/** An object whose `key` answers `first` on the first read and `then` on every later one. */
function fickle<T extends object>(base: T, key: string, first: unknown, then: unknown): T {
  let reads = 0;
  return Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get: () => (reads++ === 0 ? first : then),
  });
}

class Stats {
  pm25 = 35;
  pm10 = 70;
  so2 = 60;
  no2 = 40;
  o3 = 160;
  co = 4;
}

describe('plain data only', () => {
  it('compositeIndex refuses a class instance and an unknown key, as compositeIndexes does', () => {
    expectCode(() => compositeIndex(new Stats(), E12), 'not-plain', 'stats');
    expectCode(() => compositeIndex({ ...STATS, pm2_5: 35 } as never, E12), 'unknown-key', 'stats.pm2_5', 35);
    expectCode(() => compositeIndexes([new Stats()], E12), 'not-plain', 'statsList[0]');
    expectCode(() => compositeIndexes([{ ...STATS, pm2_5: 35 }] as never, E12), 'unknown-key', 'statsList[0].pm2_5', 35);
    // the six statistics and annualStats' days are taken
    expect(compositeIndex({ ...STATS, days: { so2: 1 } } as never, E12)).toBe(6);
  });

  it('rankCities refuses a class instance anywhere in an entry, and a Map, Date or typed array', () => {
    class City {
      id = 'taiyuan';
      compositeIndex = 5;
    }
    expectCode(() => rankCities([new City()]), 'not-plain', 'entries[0]');
    expectCode(() => rankCities([{ id: 'taiyuan', compositeIndex: 5, extra: new Date(0) }]), 'not-plain', 'entries[0].extra');
    expectCode(() => rankCities([{ id: 'taiyuan', compositeIndex: 5, extra: new Uint8Array(2) }]), 'not-plain', 'entries[0].extra');
    expectCode(() => rankCities(new Map() as never), 'not-plain', 'entries');
  });

  it('refuses an inherited option instead of ignoring it: targetsFor with an inherited dueBy', () => {
    const filter = Object.create({ dueBy: '2024-12-31' });
    expectCode(() => targetsFor(filter), 'not-plain', 'filter');
    const deeper = Object.create(Object.create(null, { dueBy: { value: '2024-12-31', enumerable: true } }));
    expectCode(() => targetsFor(deeper), 'not-plain', 'filter');
    expect(targetsFor({ dueBy: '2024-12-31' }).length).toBeLessThan(79);
  });

  it('refuses a non-enumerable option instead of ignoring it', () => {
    const filter = Object.defineProperty({}, 'dueBy', { value: '2024-12-31', enumerable: false });
    expectCode(() => targetsFor(filter), 'not-plain', 'filter.dueBy');
  });

  it('refuses a sparse array at its first hole, without a RangeError for a huge one', () => {
    expectCode(() => percentile(new Array(2 ** 32 - 1), 50), 'not-plain', 'values[0]');
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expectCode(() => percentile([1, , 3] as number[], 50), 'not-plain', 'values[1]');
  });

  it('refuses a cycle', () => {
    const a: Record<string, unknown> = { id: 'taiyuan', compositeIndex: 5 };
    a.self = a;
    expectCode(() => rankCities([a as never]), 'not-plain', 'entries[0].self');
  });
});

describe('each value read once', () => {
  it('evaluateTarget: a target whose value changes on a second read is judged by the value read', () => {
    const own = { ...TARGETS.find((t) => t.id === 'pm25-2025-datong')!, id: 'own' };
    const t = fickle(own, 'value', 27, Number.NaN);
    const r = evaluateTarget(t as never, 25, { asOf: '2026-01-15' });
    expect(r.status).toBe('met');
    expect(r.margin).toBe(2);
  });

  it('targetName: a target whose scope changes on a second read is named from the scope read', () => {
    const own = { ...TARGETS.find((t) => t.id === 'pm25-2025-datong')!, id: 'own' };
    const t = fickle(own, 'scope', { kind: 'city', city: 'datong' }, undefined);
    expect(targetName(t as never).en).toBe('PM2.5 annual mean, Datong');
  });

  it('rankCities: an entry whose id changes on a second read is ranked and returned by the id read', () => {
    const e = fickle({ compositeIndex: 4 }, 'id', 'datong', undefined);
    expect(rankCities([e as never, { id: 'taiyuan', compositeIndex: 5 }]).map((x) => x.id)).toEqual(['datong', 'taiyuan']);
  });

  it('a getter that throws is unreadable, named by its path', () => {
    const e = Object.defineProperty({ id: 'taiyuan' }, 'compositeIndex', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expectCode(() => rankCities([e as never]), 'unreadable', 'entries[0].compositeIndex');
  });

  it('rankCities keeps each tied entry its own index: a 0 beside another city’s −0 stays 0', () => {
    const out = rankCities([
      { id: 'a', compositeIndex: -0 },
      { id: 'b', compositeIndex: 0 },
    ]);
    expect(Object.is(out[0]!.compositeIndex, -0)).toBe(true);
    expect(Object.is(out[1]!.compositeIndex, 0)).toBe(true);
    expect(out.map((x) => x.rank)).toEqual([1, 1]);
  });
});

describe('a revoked Proxy anywhere is unreadable', () => {
  it('nested in an entry, a statistic, an observation or a subject', () => {
    expectCode(() => rankCities([{ id: 'a', compositeIndex: 1, extra: revoked() }]), 'unreadable', 'entries[0].extra');
    expectCode(() => compositeIndexes([revoked() as never], E12), 'unreadable', 'statsList[0]');
    expectCode(() => heavyPollutionDays([revoked() as never]), 'unreadable', 'dailyAqis[0]');
    expectCode(
      () => evaluateTarget('pm25-2025-datong', { value: revoked() } as never, { asOf: '2026-01-15' }),
      'unreadable',
      'observation.value',
    );
    expectCode(() => validateSubject({ kind: 'coal-boiler', capacityTph: 10, location: revoked() }), 'unreadable', 'subject.location');
  });
});

describe('validateSubject accepts exactly what assess accepts', () => {
  it('refuses area flags that contradict the settled membership, as assess does', () => {
    // 清徐县 (140121) lies in the Taiyuan basin by AREA_MEMBERSHIP: a flag saying otherwise is refused by both.
    const s = { kind: 'sinter-machine', type: 'stepping', location: { county: '140121', inTaiyuanBasin: false } } as const;
    const a = inputError(() => assess(s));
    const v = inputError(() => validateSubject(s));
    expect(v.issues).toEqual(a.issues);
    expect(v.issues[0]).toMatchObject({ code: 'conflict', field: 'subject.location.inTaiyuanBasin' });
  });
});

describe('the published Observation schema takes what evaluateTarget takes', () => {
  it('refuses a negative figure', () => {
    expect(Observation.safeParse(-5).success).toBe(false);
    expect(Observation.safeParse({ value: -5 }).success).toBe(false);
    expect(Observation.safeParse({ value: 5, baseline: 4 }).success).toBe(true);
    expect(() => evaluateTarget('pm25-2025-datong', -5, { asOf: '2026-01-15' })).toThrow(PlanInputError);
  });
});

describe('PlanInputError and subclasses', () => {
  it('instanceof a subclass holds only for instances of the subclass', () => {
    class Sub extends PlanInputError {}
    const e = new PlanInputError([{ code: 'missing', field: 'x', value: undefined, expected: 'a value' }]);
    expect(e instanceof PlanInputError).toBe(true);
    expect(e instanceof Sub).toBe(false);
    expect(new Sub('x', 1, 'a string') instanceof Sub).toBe(true);
    expect(new Sub('x', 1, 'a string') instanceof PlanInputError).toBe(true);
  });
});

describe('what is required is worded as required', () => {
  it('evaluateTarget without asOf: the options are { asOf, tolerance?, edition? } and asOf is missing', () => {
    const e = expectCode(() => evaluateTarget('pm25-2025-datong', 37, {} as never), 'missing', 'options.asOf');
    expect(e.issues).toHaveLength(1);
    const shape = inputError(() => evaluateTarget('pm25-2025-datong', 37, 5 as never));
    expect(shape.expected).toContain('{ asOf, tolerance?, edition? }');
  });
});
