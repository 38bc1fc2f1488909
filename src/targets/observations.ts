/**
 * What an observation of each kind of target must be (a figure, a change against a baseline, a place in a
 * ranking, a milestone's date), checked before a target is judged: each refusal names the field.
 * @internal
 * @module
 */
import { refuse } from '../errors.js';
import { numberCode, numberWords } from '../issue-codes.js';
import type { DeepReadonly } from '../model/readonly.js';
import type { ChangeObservation, MilestoneObservation, RankObservation, Target, ValueObservation } from '../model/target.js';
import { isoDate } from '../dates.js';
import { isObject } from './custom.js';

/** `value` as a finite number from `min` to `max` (a whole number when `whole`), or a refusal naming `field`. */
export function finite(field: string, value: unknown, min: number, max = Infinity, whole = false): number {
  const n = value as number; // Number.isFinite refuses every non-number
  if (!Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) {
    refuse(numberCode(value, whole), field, value, numberWords({ min, max: max === Infinity ? undefined : max, whole }));
  }
  return n;
}

function wrongKind(observation: unknown, expected: string, expectedZh: string): never {
  refuse('wrong-type', 'observation', observation, [expected, expectedZh]);
}

/** The observed figure of a level target, checked against its unit. */
export function levelObservation(observation: unknown, unit: string | undefined): ValueObservation {
  const raw =
    typeof observation === 'number' ? observation : isObject(observation) && !('baseline' in observation) ? observation.value : undefined;
  if (raw === undefined) wrongKind(observation, 'a number or { value } for a level target', '水平类目标：数值或 { value }');
  const field = typeof observation === 'number' ? 'observation' : 'observation.value';
  return { value: finite(field, raw, 0, unit === '%' ? 100 : Infinity, unit === 'count') };
}

/** The observation of a percent-change target: `{ value, baseline }`, the baseline above 0. */
export function changeOf(observation: unknown): ChangeObservation {
  if (!isObject(observation) || !('baseline' in observation)) {
    wrongKind(observation, '{ value, baseline } for a change target', '变化类目标：{ value, baseline }');
  }
  const value = finite('observation.value', observation.value, 0);
  const baseline = finite('observation.baseline', observation.baseline, 0);
  if (baseline === 0) refuse('out-of-range', 'observation.baseline', 0, numberWords({ min: 0, above: true }));
  return { value, baseline };
}

/** The observation of a ranking target: `{ rank, of, rankFromBottom? }`, with `baselineRank` for a rank change. */
export function rankOf(observation: unknown, target: DeepReadonly<Target>, needBaseline: boolean): RankObservation {
  if (!isObject(observation) || !('rank' in observation)) {
    const shape = `{ rank, of, ${needBaseline ? 'baselineRank' : 'rankFromBottom?'} }`;
    wrongKind(observation, `${shape} for a ranking target`, `排名类目标：${shape}`);
  }
  const of = finite('observation.of', observation.of, 1, Number.MAX_SAFE_INTEGER, true);
  if (target.of !== undefined && of !== target.of) {
    refuse('out-of-range', 'observation.of', of, [`${target.of}, the size of the goal's ranking`, `${target.of}（目标所用排名的城市数）`]);
  }
  const rank = finite('observation.rank', observation.rank, 1, of, true);
  const result: RankObservation = { rank, of };
  if (observation.rankFromBottom !== undefined) {
    // rank = 1 + cities strictly better, rankFromBottom = 1 + cities strictly worse: together at most of + 1.
    result.rankFromBottom = finite('observation.rankFromBottom', observation.rankFromBottom, 1, of - rank + 1, true);
  }
  if (needBaseline) {
    if (observation.baselineRank === undefined)
      wrongKind(observation, '{ rank, of, baselineRank } for a rank change', '排名变化：{ rank, of, baselineRank }');
    result.baselineRank = finite('observation.baselineRank', observation.baselineRank, 1, of, true);
  }
  return result;
}

/** The observation of a milestone: `{ done, on? }`, `on` only when done and not after `asOf`. */
export function milestoneOf(observation: unknown, asOf: string): MilestoneObservation {
  if (!isObject(observation) || typeof observation.done !== 'boolean') {
    wrongKind(observation, '{ done, on? } for a milestone', '节点类目标：{ done, on? }');
  }
  const result: MilestoneObservation = { done: observation.done };
  if (observation.on !== undefined) {
    if (!observation.done)
      refuse('conflict', 'observation.on', observation.on, ['no date while done is false', 'done 为 false 时不填日期']);
    const on = isoDate('observation.on', observation.on);
    if (on > asOf) refuse('date-order', 'observation.on', on, [`a day on or before asOf (${asOf})`, `不晚于 asOf（${asOf}）的日期`]);
    result.on = on;
  }
  return result;
}
