/**
 * The plan's targets by id, and a target given by id or as an object made safe to judge.
 * @module
 */
import { TARGETS, type TargetId } from '../../data/targets/index.js';
import { refuse } from '../errors.js';
import { numberWords } from '../issue-codes.js';
import type { DeepReadonly } from '../model/readonly.js';
import type { Target } from '../model/target.js';
import { isoDate } from '../dates.js';
import { checkTargetShape, isObject } from './custom.js';

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * One of the plan's targets as bundled in {@link TARGETS}.
 * @category Targets
 */
export type PlanTarget = (typeof TARGETS)[number] | never;

/**
 * The plan's target with the id `I`, as bundled (what {@link getTarget} returns for a literal id).
 * @category Targets
 */
export type TargetById<I extends TargetId> = Extract<PlanTarget, { id: I }>;

/**
 * A target to evaluate: the id of one of the plan's targets, or a target object (the plan's, or one of
 * your own in the same shape).
 * @category Targets
 */
export type TargetLike = TargetId | DeepReadonly<Target>;

/** Targets by id, built on first use (a cache: it changes no result). */
let index: Map<string, PlanTarget> | undefined;

/**
 * The plan's target with the given id.
 *
 * @param id - a target id, e.g. `'pm25-2025-datong'`
 * @returns the target, with its value, due date, strength and citation
 * @throws {PlanInputError} when no target of the plan has that id
 * @example
 * ```ts
 * getTarget('pm25-2025-taiyuan').value; //=> 38
 * getTarget('pm25-2025-taiyuan').strength; //=> 'strive'
 * ```
 * @see 二、工作目标; 三、重点任务
 * @category Targets
 */
export function getTarget<I extends TargetId>(id: I): TargetById<I>;
export function getTarget(id: string): PlanTarget;
export function getTarget(id: string): PlanTarget {
  index ??= new Map(TARGETS.map((t) => [t.id, t]));
  const target = index.get(id);
  if (target === undefined) {
    refuse('unknown-id', 'target', id, ["a target id of the plan, e.g. 'pm25-2025-datong'", "方案的目标 id，如 'pm25-2025-datong'"]);
  }
  return target;
}

const KINDS = ['level', 'change', 'ranking', 'milestone', 'unquantified'];
const COMPARATORS = ['lte', 'gte', 'lt', 'gt'];

/**
 * A target given by id or as an object, checked enough that no later step can fail on it.
 * @internal
 */
export function resolveTarget(target: unknown): DeepReadonly<Target> {
  if (typeof target === 'string') return getTarget(target);
  if (target === null || typeof target !== 'object') {
    refuse('wrong-type', 'target', target, ['a target id or a target object', '目标 id 或目标对象']);
  }
  const t = target as DeepReadonly<Target>;
  if (!isObject(t.scope)) refuse('wrong-type', 'target.scope', t.scope, ['{ kind, … }', '{ kind, … }']);
  // Every field a target object carries is echoed in the evaluation: all are checked, not only those read.
  checkTargetShape(t as unknown as Record<string, unknown>);
  if (!KINDS.includes(t.kind)) refuse('invalid-value', 'target.kind', t.kind, [KINDS.join(' | '), `${KINDS.join('、')} 之一`]);
  isoDate('target.due', t.due);
  if (t.value !== undefined && !Number.isFinite(t.value)) refuse('not-a-number', 'target.value', t.value, numberWords());
  if ((t.kind === 'level' || t.kind === 'change' || t.kind === 'ranking') && !COMPARATORS.includes(t.comparator as string)) {
    refuse('invalid-value', 'target.comparator', t.comparator, [COMPARATORS.join(' | '), `${COMPARATORS.join('、')} 之一`]);
  }
  if ((t.kind === 'change' || t.kind === 'ranking' || (t.kind === 'level' && t.standard === undefined)) && t.value === undefined) {
    refuse('missing', 'target.value', t.value, [`a number for a ${t.kind} target`, `${t.kind} 类目标须有数值`]);
  }
  if (t.kind === 'ranking' && t.comparator !== 'gt')
    refuse('invalid-value', 'target.comparator', t.comparator, ["'gt' (out of the bottom N)", "'gt'（退出后 N 位）"]);
  if (t.standard !== undefined && t.metric !== 'pm25-annual-mean') {
    refuse('conflict', 'target.metric', t.metric, ["'pm25-annual-mean' for a GB 3095 target", "GB 3095 目标须为 'pm25-annual-mean'"]);
  }
  return t;
}
