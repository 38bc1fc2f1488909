import * as z from 'zod/mini';
import { Citation } from './citation.js';
import { Bilingual } from './text.js';
import { SubjectKind } from './subjects/index.js';
import { Obligation } from './verdict.js';

export * from './subjects/index.js';
export * from './verdict.js';
export * from './threshold.js';

/**
 * One obligation rule of the plan: its id and task, a title, the one obligation it states, the subject
 * kinds it applies to, the thresholds it uses (ids of `THRESHOLDS`), its deadline where the plan gives
 * one, a note where the library had to choose a reading, and the clause it rests on.
 *
 * @example
 * ```ts
 * getRule('coal-boiler-cleanup').appliesTo; //=> ['coal-boiler']
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const Rule = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  task: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  title: Bilingual,
  obligation: Obligation,
  appliesTo: /* @__PURE__ */ z.array(SubjectKind).check(/* @__PURE__ */ z.minLength(1)),
  thresholds: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  deadline: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  note: /* @__PURE__ */ z.optional(Bilingual),
  source: Citation,
});
/** @category Rules */
export type Rule = z.infer<typeof Rule>;
