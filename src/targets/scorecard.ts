import { TARGETS, type TargetId } from '../../data/targets/index.js';
import { PlanInputError, refuse } from '../errors.js';
import { oneOfWords } from '../issue-codes.js';
import type { Comparator, Comparison, Evaluation, Observation, TargetStatus, TargetStrength, TargetUnit } from '../model/target.js';
import type { Bilingual } from '../model/text.js';
import { targetName } from './calendar.js';
import { isoDate } from '../dates.js';
import { EVALUATE_OPTIONS, evaluateTarget, type EvaluateOptions } from './evaluate.js';
import { readOptions, readPlain } from '../input.js';

/**
 * Observations keyed by target id, e.g. `{ 'pm25-2025-datong': 24.8, 'rank-2024-taiyuan': { rank: 150, of: 168 } }`.
 * @category Targets
 */
export type Observations = Readonly<Partial<Record<TargetId, Observation>>>;

/**
 * Options of {@link scorecard}: those of {@link evaluateTarget}, and `all` to list every target of the plan
 * (those without an observation are pending until due, then not assessable).
 * @category Targets
 */
export interface ScorecardOptions extends EvaluateOptions {
  readonly all?: boolean;
}

/**
 * One row of a scorecard: flat cells for a table (`null` where a cell does not apply), then the whole
 * evaluation.
 * @category Targets
 */
export interface ScorecardRow {
  readonly target: TargetId;
  readonly name: Bilingual;
  readonly task: number | null;
  readonly strength: TargetStrength;
  readonly status: TargetStatus;
  /** What was compared: the figure, a percentage change, places risen or the place from the bottom. */
  readonly quantity: Comparison['quantity'] | null;
  readonly observed: number | null;
  readonly comparator: Comparator | null;
  readonly threshold: number | null;
  readonly unit: TargetUnit | null;
  readonly margin: number | null;
  /** While pending: what the comparison says so far. */
  readonly interim: 'met' | 'not-met' | null;
  readonly due: string;
  readonly explanation: Bilingual;
  readonly evaluation: Evaluation;
}

/**
 * A scorecard: the rows in the plan's order, and how many targets have each status.
 * @category Targets
 */
export interface Scorecard {
  readonly asOf: string;
  readonly rows: readonly ScorecardRow[];
  readonly counts: Readonly<Record<TargetStatus, number>> & { readonly total: number };
}

/**
 * Evaluates many targets at once (e.g. all 11 cities' 2025 PM2.5) into rows ready for a table, with
 * counts by status.
 *
 * @param observations - observations keyed by target id
 * @param options - `{ asOf }` and optionally `tolerance`, `edition` (as for {@link evaluateTarget}) and `all`
 * @returns the rows, in the plan's order, and the counts
 * @throws {PlanInputError} on an unknown target id (field `observations`) or a bad observation (field
 *   `observations.<id>…`), or bad options
 * @example
 * ```ts
 * const card = scorecard({ 'pm25-2025-datong': 24.8, 'pm25-2025-taiyuan': 39.2 }, { asOf: '2026-01-20' });
 * card.rows.map((r) => [r.target, r.status, r.margin]);
 * //=> [['pm25-2025-datong', 'met', 0.2], ['pm25-2025-taiyuan', 'not-met', -1.2]]
 * card.counts; //=> { met: 1, 'not-met': 1, pending: 0, 'not-assessable': 0, total: 2 }
 * ```
 * @see 三(七)26 and the clause of each target
 * @category Targets
 */
export function scorecard(observations: Observations, options: ScorecardOptions): Scorecard {
  const given = readPlain(
    'observations',
    observations,
    null,
    'a plain object of observations keyed by target id',
    '以目标 id 为键的普通对象',
  ) as Readonly<Record<string, Observation>>;
  const opts = readOptions('options', options, [...EVALUATE_OPTIONS, 'all'], false, ['asOf']) as unknown as ScorecardOptions;
  const asOf = isoDate('options.asOf', opts.asOf);
  if (opts.all !== undefined && typeof opts.all !== 'boolean') {
    refuse('wrong-type', 'options.all', opts.all, oneOfWords([true, false]));
  }
  for (const id of Object.keys(given)) {
    if (!TARGETS.some((t) => t.id === id)) {
      refuse('unknown-id', 'observations', id, [
        "target ids of the plan as keys, e.g. 'pm25-2025-datong'",
        "以方案的目标 id 为键，如 'pm25-2025-datong'",
      ]);
    }
  }
  const counts = { met: 0, 'not-met': 0, pending: 0, 'not-assessable': 0, total: 0 };
  const rows: ScorecardRow[] = [];
  for (const t of TARGETS) {
    if (!(t.id in given) && opts.all !== true) continue;
    let e: Evaluation;
    try {
      e = evaluateTarget(t, given[t.id], { asOf, tolerance: opts.tolerance, edition: opts.edition } as EvaluateOptions);
    } catch (error) {
      if (error instanceof PlanInputError && error.field.startsWith('observation')) {
        throw new PlanInputError(error.issues.map((x) => ({ ...x, field: `observations.${t.id}${x.field.slice('observation'.length)}` })));
      }
      throw error;
    }
    counts[e.status] += 1;
    counts.total += 1;
    const c = e.comparison;
    rows.push({
      target: t.id,
      name: targetName(t),
      task: 'task' in t ? t.task : null,
      strength: t.strength,
      status: e.status,
      quantity: c?.quantity ?? null,
      observed: c?.observed ?? null,
      comparator: c?.comparator ?? null,
      threshold: c?.threshold ?? null,
      unit: c?.unit ?? null,
      margin: e.margin ?? null,
      interim: e.interim ?? null,
      due: e.due,
      explanation: e.explanation,
      evaluation: e,
    });
  }
  return { asOf, rows, counts };
}
