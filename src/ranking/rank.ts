import { refuse } from '../errors.js';
import { numberCode, numberWords } from '../issue-codes.js';
import { flatCopy } from '../flat.js';
import { isArray, read } from '../input.js';
import type { RankPlace } from './places.js';

/**
 * Ranks cities by composite index, smaller (cleaner) first, counting ties as the ministry does (并列):
 * a city's place from the top is 1 + the number of cities with a strictly smaller index, its place from
 * the bottom (倒数第k名) 1 + the number with a strictly larger index. Equal indexes share both places;
 * tied cities keep their input order. Works for any field: 168 key cities, Shanxi's 11, 117 counties.
 *
 * Indexes are compared exactly as given. The ministry ranks the published two-decimal values, which is
 * where ties come from: round first (`roundGbt8170(index, 2)`) to reproduce a published ranking.
 *
 * @param entries - `{ id, compositeIndex }` for every city in the field (other properties are kept);
 *   ids unique and non-empty, indexes finite and ≥ 0; at least one entry
 * @returns new objects `{ ...entry, rank, rankFromBottom }`, best first (the input is not modified)
 * @throws {PlanInputError} for an empty field, a non-object entry, an empty or duplicate id
 *   (`entries[3].id`), or a bad index (`entries[3].compositeIndex`)
 * @example
 * ```ts
 * rankCities([
 *   { id: 'taiyuan', compositeIndex: 5.12 },
 *   { id: 'datong', compositeIndex: 3.9 },
 *   { id: 'linfen', compositeIndex: 5.12 },
 * ]);
 * //=> [
 * //   { id: 'datong', compositeIndex: 3.9, rank: 1, rankFromBottom: 3 },
 * //   { id: 'taiyuan', compositeIndex: 5.12, rank: 2, rankFromBottom: 1 },
 * //   { id: 'linfen', compositeIndex: 5.12, rank: 2, rankFromBottom: 1 },
 * // ]
 * ```
 * @see ranking rule on ties: "从第1名至并列第19名", "从倒数第1名至并列倒数第20名"
 * @category Ranking
 */
export function rankCities<T extends { id: string; compositeIndex: number }>(entries: readonly T[]): (T & RankPlace)[] {
  // One copy of each entry, read once (a flat one directly, see src/flat.ts; anything else through the one
  // reader): the entries ranked and returned are the values checked, and the copies are given their places.
  const copies = flatCopies(entries) ?? (read('entries', entries) as Record<string, unknown>[]);
  if (!Array.isArray(copies) || copies.length === 0) {
    refuse('wrong-type', 'entries', copies, [
      'a non-empty array of { id, compositeIndex } (an empty field cannot be ranked)',
      '非空数组 { id, compositeIndex }[]（空的范围无法排名）',
    ]);
  }
  const n = copies.length;
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const e = copies[i] as unknown;
    // A copy is a plain object, an array or a primitive: anything but the first is refused.
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      refuse('not-plain', `entries[${i}]`, e, ['a plain object { id, compositeIndex }', '普通对象 { id, compositeIndex }']);
    }
    const { id, compositeIndex } = e as { id?: unknown; compositeIndex?: unknown };
    if (typeof id !== 'string' || id.trim() === '') {
      refuse('wrong-type', `entries[${i}].id`, id, ['a non-empty string (not only white space)', '非空字符串（不能只有空白）']);
    }
    const first = seen.get(id);
    if (first !== undefined) {
      refuse('conflict', `entries[${i}].id`, id, [
        `an id not used by another entry (entries[${first}] has it)`,
        `未被其他条目使用的 id（entries[${first}] 已用）`,
      ]);
    }
    seen.set(id, i);
    if (typeof compositeIndex !== 'number' || !(compositeIndex >= 0) || compositeIndex === Infinity) {
      refuse(numberCode(compositeIndex), `entries[${i}].compositeIndex`, compositeIndex, numberWords({ min: 0 }));
    }
  }
  return place(copies) as unknown as (T & RankPlace)[];
}

/** A copy of each entry of a plain array (`flatCopy`, src/flat.ts), or `null` to give up. */
function flatCopies(entries: unknown): Record<string, unknown>[] | null {
  if (!isArray(entries)) return null;
  const copies: Record<string, unknown>[] = [];
  try {
    for (let i = 0; i < entries.length; i++) {
      const c = flatCopy(entries[i]); // a hole reads undefined: given up
      if (c === null) return null;
      copies.push(c);
    }
  } catch {
    return null; // an element that cannot be read
  }
  return copies;
}

/**
 * The checked copies given their places, best first: places i..j of the sorted order share an index, i cities
 * strictly better and n − 1 − j strictly worse. Each entry keeps its own index: a tied 0 stays 0 beside
 * another city's −0.
 */
function place(copies: Record<string, unknown>[]): Record<string, unknown>[] {
  const n = copies.length;
  const values = copies.map((c) => c.compositeIndex as number);
  // Array.prototype.sort is stable (ES2019): tied cities keep their input order.
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    for (let k = i; k <= j; k++) {
      const c = copies[order[k]!]!;
      c.rank = i + 1;
      c.rankFromBottom = n - j;
    }
    i = j + 1;
  }
  return order.map((k) => copies[k]!);
}
