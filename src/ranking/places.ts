import { PlanInputError } from '../errors.js';

/** A place in a ranking: 1 = best; `rankFromBottom` 1 = worst (倒数第1名). */
export interface RankPlace {
  rank: number;
  rankFromBottom: number;
}

function positiveInt(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new PlanInputError(field, value, 'a whole number ≥ 1');
  }
  return value;
}

/**
 * The place from the bottom (倒数第k名) of an entry or a place from the top.
 * A bare number is a place from the top in a field without ties: `total − rank + 1`.
 * @internal
 */
export function fromBottom(entryOrPlace: number | { rankFromBottom: number }, total: number): number {
  const t = positiveInt('total', total);
  if (typeof entryOrPlace === 'number') {
    const rank = positiveInt('rank', entryOrPlace);
    if (rank > t) throw new PlanInputError('rank', rank, `a place between 1 and ${t}`);
    return t - rank + 1;
  }
  if (entryOrPlace === null || typeof entryOrPlace !== 'object') {
    throw new PlanInputError('entry', entryOrPlace, 'a place from the top (number) or { rankFromBottom }');
  }
  const k = positiveInt('rankFromBottom', entryOrPlace.rankFromBottom);
  if (k > t) throw new PlanInputError('rankFromBottom', k, `a place between 1 and ${t}`);
  return k;
}

/**
 * Whether a city is in the bottom `n` (后n位) of a field of `total`: its place from the bottom is ≤ n
 * (ties counted as the ministry counts them: a tie straddling the cut puts every tied city inside).
 *
 * @param entryOrPlace - a ranked entry `{ rankFromBottom }` (from `rankCities`), or a place from the top
 *   (1 = best) in a field without ties
 * @param n - the size of the bottom group, e.g. 10 for 后10位
 * @param total - the number of cities ranked, e.g. 168
 * @returns `true` when inside the bottom `n`
 * @example
 * ```ts
 * isInBottom(159, 10, 168); //=> true  (倒数第10名)
 * isInBottom(158, 10, 168); //=> false (倒数第11名)
 * ```
 * @see 二(二): 退出全国168个重点城市后10位
 * @category Ranking
 */
export function isInBottom(entryOrPlace: number | { rankFromBottom: number }, n: number, total: number): boolean {
  return fromBottom(entryOrPlace, total) <= positiveInt('n', n);
}
