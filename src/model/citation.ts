import * as z from 'zod/mini';
import { CLAUSE_IDS, type ClauseId as ClauseIdLiteral } from '../../data/clauses.js';

/**
 * A clause of the plan: 'header', 'notice', 'title', 'preface', '一', '二', '二(一)', '二(二)', '三',
 * '三(一)' … and the task clauses '三(一)1' … '三(十)38', then 'copy-to', 'imprint'.
 * @category Schemas
 */
export const ClauseId = z.enum(CLAUSE_IDS);
/** @category Schemas */
export type ClauseId = ClauseIdLiteral;

/**
 * Where a fact comes from: the clause of the plan and a verbatim span of its normalized text
 * (`shanxi-air-plan/source`). A test proves every quote in the bundled data is found in its clause.
 *
 * @example
 * ```ts
 * const c: Citation = { clause: '三(七)26', quote: '大同市PM2.5浓度稳定控制在25微克/立方米以下' };
 * ```
 * @category Schemas
 */
export const Citation = z.object({
  clause: ClauseId,
  quote: z.string().check(z.minLength(1)),
});
/** @category Schemas */
export type Citation = z.infer<typeof Citation>;
