import { refuse } from '../errors.js';
import { numberCode, numberWords } from '../issue-codes.js';
import { read } from '../input.js';

/**
 * A place in a ranking: `rank` 1 = best (第1名); `rankFromBottom` 1 = worst (倒数第1名).
 * @category Ranking
 */
export interface RankPlace {
  rank: number;
  rankFromBottom: number;
}

function positiveInt(field: string, value: unknown): number {
  // Number.isInteger is false for anything but a number.
  if (!Number.isInteger(value) || (value as number) < 1)
    refuse(numberCode(value, true), field, value, numberWords({ min: 1, whole: true }));
  return value as number;
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
    if (rank > t) refuse('out-of-range', 'rank', rank, [`a place between 1 and ${t}`, `1 到 ${t} 的名次`]);
    return t - rank + 1;
  }
  if (entryOrPlace === null || typeof entryOrPlace !== 'object') {
    refuse('wrong-type', 'entry', entryOrPlace, [
      'a place from the top (number) or { rankFromBottom }',
      '正数名次（数字）或 { rankFromBottom }',
    ]);
  }
  const k = positiveInt('rankFromBottom', entryOrPlace.rankFromBottom);
  if (k > t) refuse('out-of-range', 'rankFromBottom', k, [`a place between 1 and ${t}`, `1 到 ${t} 的名次`]);
  return k;
}

/**
 * The place from the top of an entry `{ rank }` or a bare place, checked against the field's size.
 * @internal
 */
export function fromTop(field: string, entryOrPlace: number | { rank: number }, total: number): number {
  const t = positiveInt('total', total);
  let rank: number;
  if (typeof entryOrPlace === 'number') {
    rank = positiveInt(field, entryOrPlace);
  } else if (entryOrPlace !== null && typeof entryOrPlace === 'object') {
    rank = positiveInt(`${field}.rank`, entryOrPlace.rank);
  } else {
    refuse('wrong-type', field, entryOrPlace, ['a place from the top (number) or { rank }', '正数名次（数字）或 { rank }']);
  }
  if (rank > t) refuse('out-of-range', field, rank, [`a place between 1 and ${t}`, `1 到 ${t} 的名次`]);
  return rank;
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
 * @throws {PlanInputError} when a place, `n` or `total` is not a whole number ≥ 1, or a place exceeds `total`
 * @example
 * ```ts
 * // 159th of 168 is 倒数第10名, 158th is 倒数第11名
 * isInBottom(159, 10, 168); //=> true
 * isInBottom(158, 10, 168); //=> false
 * ```
 * @see 二(二): 退出全国168个重点城市后10位; ranking rule on ties (并列)
 * @category Ranking
 */
export function isInBottom(entryOrPlace: number | { rankFromBottom: number }, n: number, total: number): boolean {
  entryOrPlace = read('entryOrPlace', entryOrPlace) as typeof entryOrPlace;
  return fromBottom(entryOrPlace, total) <= positiveInt('n', n);
}

/**
 * Whether a city has left (or stays out of) the bottom `n` (退出后n位) of a field of `total`: the
 * negation of `isInBottom`, judged on the one ranking given (the plan's "2024年…退出全国168个重点城市后10位"
 * is met when the city is not in the 2024 bottom 10, whatever its place before; use `movedUp` to compare
 * two rankings).
 *
 * @param entryOrPlace - a ranked entry `{ rankFromBottom }` (from `rankCities`), or a place from the top
 *   in a field without ties
 * @param n - the size of the bottom group, e.g. 10
 * @param total - the number of cities ranked, e.g. 168
 * @returns `true` when outside the bottom `n`
 * @throws {PlanInputError} as `isInBottom` does
 * @example
 * ```ts
 * exitsBottom(158, 10, 168); //=> true
 * // (158th of 168 is 倒数第11名)
 * exitsBottom({ rankFromBottom: 10 }, 10, 168); //=> false
 * ```
 * @see 二(二): 太原市、运城市2024年环境空气质量综合指数退出全国168个重点城市后10位
 * @category Ranking
 */
export function exitsBottom(entryOrPlace: number | { rankFromBottom: number }, n: number, total: number): boolean {
  entryOrPlace = read('entryOrPlace', entryOrPlace) as typeof entryOrPlace;
  return !isInBottom(entryOrPlace, n, total);
}

/**
 * Whether a city is in the top `n` (前n位) of a field of `total`: its place from the top (1 + the number
 * of cities strictly better) is ≤ n, so a tie straddling the cut puts every tied city inside.
 *
 * @param entryOrPlace - a ranked entry `{ rank }` (from `rankCities`), or a place from the top
 * @param n - the size of the top group, e.g. 20
 * @param total - the number of cities ranked, e.g. 168
 * @returns `true` when inside the top `n`
 * @throws {PlanInputError} when a place, `n` or `total` is not a whole number ≥ 1, or a place exceeds `total`
 * @example
 * ```ts
 * isInTop(20, 20, 168); //=> true
 * isInTop({ rank: 21 }, 20, 168); //=> false
 * ```
 * @see ranking rule on ties (从第1名至并列第19名)
 * @category Ranking
 */
export function isInTop(entryOrPlace: number | { rank: number }, n: number, total: number): boolean {
  entryOrPlace = read('entryOrPlace', entryOrPlace) as typeof entryOrPlace;
  return fromTop('rank', entryOrPlace, total) <= positiveInt('n', n);
}

/**
 * Whether a city moved up a ranking (排名前移) between two rankings: its current place from the top is
 * better (smaller) than its previous one. An unchanged place is not a move up. Compare places in fields
 * of the same kind (e.g. the 168 cities in two years); the plan's "排名稳定前移" is met year by year when
 * this holds for each consecutive pair.
 *
 * @param previousRank - the earlier place from the top (a whole number ≥ 1), or an entry `{ rank }`
 * @param currentRank - the later place from the top, or an entry `{ rank }`
 * @returns `true` when `currentRank < previousRank`
 * @throws {PlanInputError} when a place is not a whole number ≥ 1
 * @example
 * ```ts
 * movedUp(150, 140); //=> true
 * movedUp(140, 140); //=> false
 * movedUp({ rank: 140 }, { rank: 152 }); //=> false
 * ```
 * @see 二(二): 其他设区城市排名稳定前移
 * @category Ranking
 */
export function movedUp(previousRank: number | { rank: number }, currentRank: number | { rank: number }): boolean {
  previousRank = read('previousRank', previousRank) as typeof previousRank;
  currentRank = read('currentRank', currentRank) as typeof currentRank;
  return placeOf('currentRank', currentRank) < placeOf('previousRank', previousRank);
}

function placeOf(field: string, value: unknown): number {
  if (value !== null && typeof value === 'object') return positiveInt(`${field}.rank`, (value as { rank?: unknown }).rank);
  return positiveInt(field, value);
}
