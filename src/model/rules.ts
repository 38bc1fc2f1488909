import * as z from 'zod/mini';
import { Citation } from './citation.js';
import { Bilingual } from './text.js';
import { Subject, SubjectKind } from './subjects/index.js';
import { Obligation } from './verdict.js';

export * from './subjects/index.js';
export * from './verdict.js';
export * from './threshold.js';

/**
 * A subject run through `assess` to show a rule's compliance facts at work: the subject, and whether the
 * rule's verdict on it `complies` (`true`) or `does-not-comply` (`false`). A test runs every example.
 *
 * @example
 * ```ts
 * getRule('coal-boiler-cleanup').complianceExample;
 * //=> { subject: { kind: 'coal-boiler', capacityTph: 20, shutDown: true }, complies: true }
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const ComplianceExample = /* @__PURE__ */ z.object({ subject: Subject, complies: /* @__PURE__ */ z.boolean() });
/** @category Rules */
export type ComplianceExample = z.infer<typeof ComplianceExample>;

/**
 * One obligation rule of the plan: its id and task, a title, the one obligation it states, the subject
 * kinds it applies to, the thresholds it uses (ids of `THRESHOLDS`), its deadline where the plan gives
 * one, a note where the library had to choose a reading, and the clause it rests on; and, for
 * `compliance`, the subject fields that record its duty done or breached (`complianceFacts`: a retrofit
 * finished, a machine shut, a bypass kept …; empty where no fact of a subject can record it, and then
 * `complianceNote` says why), with an example subject (`complianceExample`, in `RULES` and `getRule`).
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
  complianceFacts: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  complianceNote: /* @__PURE__ */ z.optional(Bilingual),
  complianceExample: /* @__PURE__ */ z.optional(ComplianceExample),
  source: Citation,
});
/** @category Rules */
export type Rule = z.infer<typeof Rule>;
