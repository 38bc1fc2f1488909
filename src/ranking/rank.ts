import { refuse } from '../errors.js';
import { numberCode, numberWords } from '../issue-codes.js';
import { isPlain, read } from '../input.js';
import type { RankPlace } from './places.js';

const hasOwn = Object.prototype.hasOwnProperty;

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
  // One copy, read once: the entries ranked and returned are the values checked.
  entries = read('entries', entries) as readonly T[];
  if (!Array.isArray(entries) || entries.length === 0) {
    refuse('wrong-type', 'entries', entries, [
      'a non-empty array of { id, compositeIndex } (an empty field cannot be ranked)',
      '非空数组 { id, compositeIndex }[](空的范围无法排名)',
    ]);
  }
  const n = entries.length;
  const seen = new Map<string, number>();
  // Each entry's id and index are read once: a getter that answers differently on a second read cannot
  // make the ranked value differ from the checked one.
  const ids: string[] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = entries[i] as unknown;
    if (!isPlain(e)) {
      refuse('not-plain', `entries[${i}]`, e, ['a plain object { id, compositeIndex }', '普通对象 { id, compositeIndex }']);
    }
    const { id, compositeIndex } = e as unknown as { id?: unknown; compositeIndex?: unknown };
    if (typeof id !== 'string' || id.trim() === '') {
      refuse('wrong-type', `entries[${i}].id`, id, ['a non-empty string (not only white space)', '非空字符串(不能只有空白)']);
    }
    const first = seen.get(id);
    if (first !== undefined) {
      refuse('conflict', `entries[${i}].id`, id, [
        `an id not used by another entry (entries[${first}] has it)`,
        `未被其他条目使用的 id(entries[${first}] 已用)`,
      ]);
    }
    seen.set(id, i);
    if (typeof compositeIndex !== 'number' || !(compositeIndex >= 0) || compositeIndex === Infinity) {
      refuse(numberCode(compositeIndex), `entries[${i}].compositeIndex`, compositeIndex, numberWords({ min: 0 }));
    }
    ids.push(id);
    values.push(compositeIndex);
  }
  // Array.prototype.sort is stable (ES2019): tied cities keep their input order.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out: (T & RankPlace)[] = [];
  for (let i = 0; i < n; ) {
    const value = values[order[i]!]!;
    let j = i;
    while (j + 1 < n && values[order[j + 1]!]! === value) j++;
    // Places i..j share the index: i cities are strictly better, n − 1 − j strictly worse.
    for (let k = i; k <= j; k++) {
      const e = entries[order[k]!]! as T;
      // A copy of the entry's own enumerable properties, as `{ ...e }` makes. Not `{ ...e, rank, … }`: V8 11
      // turns such a clone into a slow dictionary when properties are added (≈ 40× slower for 168 cities).
      // Object.assign would *set* an own "__proto__" key (changing the copy's prototype) where spread
      // defines it, so such an entry is spread. The id and index are the values checked above.
      const copy = (hasOwn.call(e, '__proto__') ? { ...e } : Object.assign({}, e)) as T & RankPlace;
      (copy as { id: string }).id = ids[order[k]!]!;
      // Each entry keeps its own index: a tied 0 stays 0 beside another city's −0.
      (copy as { compositeIndex: number }).compositeIndex = values[order[k]!]!;
      copy.rank = i + 1;
      copy.rankFromBottom = n - j;
      out.push(copy);
    }
    i = j + 1;
  }
  return out;
}
