import { refuse } from '../errors.js';
import { numberCode, numberWords } from '../issue-codes.js';
import { isFlat, isObjectValue } from '../flat.js';
import { isArray, isPlain, read } from '../input.js';
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
  const fast = fastRank(entries);
  if (fast !== null) return fast as unknown as (T & RankPlace)[];
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

/** Whether a string is empty or only white space (`trim` called only when the first character may be). */
const blank = (id: string): boolean => {
  const c = id.charCodeAt(0); // NaN for ''
  return !(c > 32 && c < 127) && id.trim() === '';
};

/**
 * `rankCities`' fast path (see src/flat.ts): the ranking of an array of flat entries whose values are no
 * objects, with distinct non-blank ids and indexes finite and ≥ 0; `null` to give up. Each entry is copied
 * once (`Object.assign`, as the checked path copies its copy: the same properties in the same order, a flat
 * entry having no `__proto__` key) and the copy gets its places. The places come from the indexes sorted as
 * numbers, without a comparator: a city's place from the top is 1 + the number of smaller indexes, from the
 * bottom 1 + the number of larger ones (−0 and 0 equal, as the checked path compares them), and tied cities
 * keep their input order.
 */
function fastRank(entries: unknown): Record<string, unknown>[] | null {
  if (!isArray(entries)) return null;
  const n = entries.length;
  if (n === 0) return null;
  const copies = new Array<Record<string, unknown>>(n);
  const values = new Float64Array(n);
  const seen = new Set<string>();
  try {
    for (let i = 0; i < n; i++) {
      if (!(i in entries)) return null;
      const e = entries[i];
      if (!isFlat(e, null)) return null;
      const c = Object.assign({}, e); // a getter that throws gives up: the checked path reports it
      for (const k in c) if (isObjectValue(c[k])) return null;
      const id = c.id;
      const index = c.compositeIndex;
      if (typeof id !== 'string' || blank(id) || typeof index !== 'number' || !(index >= 0) || index === Infinity) return null;
      seen.add(id);
      if (seen.size !== i + 1) return null;
      // As the checked path gives each copy the id and index it checked (read once, here from the copy).
      c.id = id;
      c.compositeIndex = index;
      copies[i] = c;
      values[i] = index;
    }
  } catch {
    return null;
  }
  const sorted = values.slice().sort();
  const taken = new Int32Array(n);
  const out = new Array<Record<string, unknown>>(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    // The first place whose index is not below v, and the first whose index is above it.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (sorted[m]! < v) lo = m + 1;
      else hi = m;
    }
    let top = lo;
    hi = n;
    while (top < hi) {
      const m = (top + hi) >> 1;
      if (sorted[m]! > v) hi = m;
      else top = m + 1;
    }
    const c = copies[i]!;
    c.rank = lo + 1;
    c.rankFromBottom = n - top + 1;
    out[lo + taken[lo]!++] = c;
  }
  return out;
}
