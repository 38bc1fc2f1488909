import { isoDate } from '../dates.js';
import { PlanInputError, type PlanInputIssue, refuse } from '../errors.js';
import { isArray, readOptions, shapeCode } from '../input.js';
import type { Compliance, Obligation } from '../model/verdict.js';
import type { Verdict } from '../plan-schemas.generated.js';
import { assess, type AssessOptions } from './assess.js';

/** One row of an inventory, judged: its verdicts, or the problems that kept it from being judged. @category Rules */
export type AssessAllRow =
  | { readonly index: number; readonly verdicts: Verdict[] }
  | { readonly index: number; readonly issues: readonly PlanInputIssue[] };

/** What an inventory came to, in counts (see {@link assessAll}). @category Rules */
export interface AssessAllSummary {
  /** Rows given. */
  readonly rows: number;
  /** Rows refused (each with its `issues`). */
  readonly refused: number;
  /** Verdicts over all the rows judged. */
  readonly verdicts: number;
  /** Verdicts by obligation, every obligation listed (0 where none). */
  readonly byObligation: Readonly<Record<Obligation, number>>;
  /** Verdicts by compliance, every value listed (0 where none). */
  readonly byCompliance: Readonly<Record<Compliance, number>>;
  /** Verdicts marked `overdue: true` (only verdicts judged with `asOf` carry the mark; 0 without it). */
  readonly overdue: number;
}

/** {@link assessAll}'s answer. @category Rules */
export interface AssessAllResult {
  /** One entry per row, in the rows' order. */
  readonly results: readonly AssessAllRow[];
  readonly summary: AssessAllSummary;
}

// The values of Obligation and Compliance (src/model/verdict.ts: a test holds them equal), kept here as plain
// lists so that the rules entry needs no zod.
const OBLIGATIONS: readonly Obligation[] = ['phase-out', 'prohibited', 'required', 'preferred', 'encouraged', 'exempt', 'excluded'];
const COMPLIANCES: readonly Compliance[] = ['complies', 'does-not-comply', 'unknown'];

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

/**
 * Every row of an inventory through {@link assess}: one result per row, in order, each `{ index, verdicts }`
 * or, for a row `assess` refuses, `{ index, issues }` (the `PlanInputError`'s issues, fields as `assess` names
 * them, e.g. `'subject.capacityTph'`). A bad row never stops the others. The summary counts the rows, the
 * refused rows, the verdicts by obligation and by compliance, and the overdue ones.
 *
 * @param subjects - an array of subjects (each as `assess` takes it; anything else in a row is refused in that row)
 * @param options - as for `assess`: `asOf`, read once for every row
 * @returns `{ results, summary }`
 * @throws {PlanInputError} only when `subjects` is not an array (field `'subjects'`, code `'wrong-type'`), or on
 *   bad `options` (a bad `asOf`: `'invalid-date'`)
 * @example
 * ```ts
 * const { results, summary } = assessAll([
 *   { kind: 'coal-boiler', capacityTph: 20 },
 *   { kind: 'coal-boiler', capacityTph: -1 },
 *   { kind: 'bulk-freight', distanceKm: 650 },
 * ]);
 * results.map((r) => ('issues' in r ? [r.index, r.issues[0].field] : [r.index, r.verdicts.length > 0]));
 * //=> [[0, true], [1, 'subject.capacityTph'], [2, true]]
 * [summary.rows, summary.refused, summary.byObligation.preferred]; //=> [3, 1, 1]
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export function assessAll(subjects: readonly unknown[], options?: AssessOptions): AssessAllResult {
  if (!isArray(subjects)) refuse(shapeCode(subjects), 'subjects', subjects, ['an array of subjects', '主体数组']);
  const asOf = readOptions('options', options, ['asOf'], true).asOf;
  // The options every row gets: checked once, then a plain object of our own.
  const each: AssessOptions | undefined = asOf === undefined ? undefined : { asOf: isoDate('options.asOf', asOf) };
  const n = subjects.length;
  const results: AssessAllRow[] = [];
  const byObligation = zeros(OBLIGATIONS);
  const byCompliance = zeros(COMPLIANCES);
  let refused = 0;
  let verdicts = 0;
  let overdue = 0;
  for (let i = 0; i < n; i++) {
    let row: unknown;
    try {
      row = subjects[i];
    } catch {
      refused++;
      results.push({
        index: i,
        issues: new PlanInputError([
          {
            code: 'unreadable',
            field: 'subject',
            value: undefined,
            expected: 'a value that can be read (its getter threw)',
            expectedZh: '可读取的值（其 getter 抛出了异常）',
          },
        ]).issues,
      });
      continue;
    }
    try {
      const vs = assess(row as never, each);
      for (let j = 0; j < vs.length; j++) {
        const v = vs[j]!;
        byObligation[v.obligation]++;
        byCompliance[v.compliance]++;
        if ((v as { overdue?: boolean }).overdue === true) overdue++;
      }
      verdicts += vs.length;
      results.push({ index: i, verdicts: vs });
    } catch (e) {
      // assess reads its subject through src/input.ts and throws nothing but a PlanInputError; anything else
      // would be a bug of the library's, and escapes rather than becoming a row without issues.
      if (!(e instanceof PlanInputError)) throw e;
      refused++;
      results.push({ index: i, issues: e.issues });
    }
  }
  return { results, summary: { rows: n, refused, verdicts, byObligation, byCompliance, overdue } };
}
