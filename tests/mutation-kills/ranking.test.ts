/**
 * Tests that kill the mutants of src/ranking that tests/ranking let survive (scripts/mutation.mjs):
 * exact fields and words of the errors, and the edges of a field (a place equal to its size).
 */
import { describe, expect, it } from 'vitest';
import { exitsBottom, isInBottom, isInTop, movedUp, rankCities } from '../../src/ranking/index.js';
import { expectInputError } from '../errors.js';

describe('places at the edge of the field', () => {
  it('accepts the last place, as a bare place or from the bottom', () => {
    expect(isInBottom(168, 1, 168)).toBe(true); // last place from the top is 倒数第1名
    expect(isInBottom({ rankFromBottom: 168 }, 10, 168)).toBe(false); // 倒数第168名 is the best
    expect(isInTop(168, 168, 168)).toBe(true);
    expect(isInTop({ rank: 168 }, 167, 168)).toBe(false);
    expect(exitsBottom(1, 10, 1)).toBe(false);
  });

  it('refuses a place beyond the field, naming it', () => {
    expectInputError(() => isInBottom(169, 10, 168), 'rank', 'a place between 1 and 168', 169);
    expectInputError(() => isInBottom({ rankFromBottom: 169 }, 10, 168), 'rankFromBottom', 'a place between 1 and 168', 169);
    expectInputError(() => isInTop(169, 10, 168), 'rank', 'a place between 1 and 168', 169);
    expectInputError(() => isInTop({ rank: 169 }, 10, 168), 'rank', 'a place between 1 and 168', 169);
  });
});

describe('errors name the field and what was expected', () => {
  it('for places, sizes and totals', () => {
    expectInputError(() => isInBottom(0, 10, 168), 'rank', 'a whole number ≥ 1', 0);
    expectInputError(() => isInBottom(1.5, 10, 168), 'rank', 'a whole number ≥ 1', 1.5);
    expectInputError(() => isInBottom('3' as never, 10, 168), 'entry', 'a place from the top (number) or { rankFromBottom }', '3');
    expectInputError(() => isInBottom(null as never, 10, 168), 'entry', 'a place from the top (number) or { rankFromBottom }', null);
    expectInputError(() => isInBottom({ rankFromBottom: 0 }, 10, 168), 'rankFromBottom', 'a whole number ≥ 1', 0);
    expectInputError(() => isInBottom(3, 0, 168), 'n', 'a whole number ≥ 1', 0);
    expectInputError(() => isInBottom(3, 10, 0), 'total', 'a whole number ≥ 1', 0);
    expectInputError(() => isInTop(3, 10, -1), 'total', 'a whole number ≥ 1', -1);
    expectInputError(() => isInTop('3' as never, 10, 168), 'rank', 'a place from the top (number) or { rank }', '3');
    expectInputError(() => isInTop(null as never, 10, 168), 'rank', 'a place from the top (number) or { rank }', null);
    expectInputError(() => isInTop({ rank: 0 }, 10, 168), 'rank.rank', 'a whole number ≥ 1', 0);
    expectInputError(() => isInTop(3, 2.5, 168), 'n', 'a whole number ≥ 1', 2.5);
    expectInputError(() => movedUp(0, 3), 'previousRank', 'a whole number ≥ 1', 0);
    expectInputError(() => movedUp(3, 0), 'currentRank', 'a whole number ≥ 1', 0);
    expectInputError(() => movedUp({ rank: 3 }, { rank: NaN }), 'currentRank.rank', 'a whole number ≥ 1');
    expectInputError(() => movedUp({ rank: -2 }, { rank: 3 }), 'previousRank.rank', 'a whole number ≥ 1', -2);
  });

  it('for the entries of a ranking', () => {
    expectInputError(() => rankCities([]), 'entries', 'a non-empty array of { id, compositeIndex } (an empty field cannot be ranked)');
    expectInputError(() => rankCities([5] as never), 'entries[0]', 'an object { id, compositeIndex }', 5);
    expectInputError(() => rankCities(['taiyuan'] as never), 'entries[0]', 'an object { id, compositeIndex }', 'taiyuan');
    expectInputError(() => rankCities([null] as never), 'entries[0]', 'an object { id, compositeIndex }', null);
    expectInputError(() => rankCities([{ id: '', compositeIndex: 1 }]), 'entries[0].id', 'a non-empty string', '');
    expectInputError(
      () => rankCities([{ id: 'a', compositeIndex: 1 }, { id: 'a', compositeIndex: 2 }]),
      'entries[1].id',
      'an id not used by another entry (entries[0] has it)',
      'a',
    );
    expectInputError(() => rankCities([{ id: 'a', compositeIndex: -1 }]), 'entries[0].compositeIndex', 'a finite number ≥ 0', -1);
  });
});

describe('ties', () => {
  it('keep the input order among many tied cities', () => {
    const field = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, compositeIndex: [4, 3, 5][i % 3]! }));
    const ranked = rankCities(field);
    expect(ranked.map((e) => e.id)).toEqual([
      ...field.filter((_, i) => i % 3 === 1).map((e) => e.id),
      ...field.filter((_, i) => i % 3 === 0).map((e) => e.id),
      ...field.filter((_, i) => i % 3 === 2).map((e) => e.id),
    ]);
    expect(ranked).toHaveLength(100);
    expect(ranked[0]).toEqual({ id: 'c1', compositeIndex: 3, rank: 1, rankFromBottom: 68 });
    expect(ranked[99]).toEqual({ id: 'c98', compositeIndex: 5, rank: 68, rankFromBottom: 1 });
  });
});

describe('copies of the entries', () => {
  it("keep the caller's own properties, symbols and an own __proto__ key, with the plain prototype", () => {
    const s = Symbol('note');
    const entries = JSON.parse('[{"id":"a","compositeIndex":2,"__proto__":{"x":1}},{"id":"b","compositeIndex":1}]') as { id: string; compositeIndex: number }[];
    Object.assign(entries[1]!, { [s]: 'kept', name: 'B' });
    const [b, a] = rankCities(entries) as unknown as Record<PropertyKey, unknown>[];
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.keys(a!)).toEqual(['id', 'compositeIndex', '__proto__', 'rank', 'rankFromBottom']);
    expect(Object.getOwnPropertyDescriptor(a, '__proto__')?.value).toEqual({ x: 1 });
    expect(a!.x).toBeUndefined();
    expect(b![s]).toBe('kept');
    expect(b).toMatchObject({ id: 'b', name: 'B', rank: 1, rankFromBottom: 2 });
    expect(b).not.toBe(entries[1]);
  });
});
