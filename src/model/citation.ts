import * as z from 'zod/mini';

/**
 * The form of a clause id of the plan: a named part ('header', 'notice', 'title', 'preface', 'copy-to',
 * 'imprint'), a chapter '一', '二' …, a section '二(一)', '三(一)' … or a task clause '三(一)1' …
 * '三(十)38'. Which clauses exist is the data's business (`CLAUSE_IDS`, and the `ClauseId` type of the
 * main entry); a test proves every bundled citation names one and quotes its text.
 * @category Schemas
 */
export const ClauseId = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(/^(?:[a-z]+(?:-[a-z]+)*|[一二三四五六七八九十]+(?:\([一二三四五六七八九十]+\)(?:[1-9]\d*)?)?)$/));
/** @category Schemas */
export type ClauseId = z.infer<typeof ClauseId>;

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
export const Citation = /* @__PURE__ */ z.object({
  clause: ClauseId,
  quote: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
});
/** @category Schemas */
export type Citation = z.infer<typeof Citation>;
