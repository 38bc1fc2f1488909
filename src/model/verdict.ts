import * as z from 'zod/mini';
import { IsoDate } from './ids.js';
import { Citation } from './citation.js';
import { Bilingual } from './text.js';

/**
 * What a rule asks of its subject, named after the plan's own verbs:
 * - `'phase-out'`: 淘汰 / 关停 / 整合 / 清零 / 退出 / 取缔 / 关闭 — the thing is to go (or be merged);
 * - `'prohibited'`: 不得 / 严禁 / 不再新增 / 不再新建 / 禁止 / 打击 — it may not be done;
 * - `'required'`: 应 / 要 / 原则上 / 须, and the plan's 推进 / 推动 / 加快 / 确保 / 严格 … aimed at a named
 *   class of things (an act the plan expects to be carried out);
 * - `'preferred'`: 优先采用 / 优先保障;
 * - `'encouraged'`: 鼓励 / 推广 / 支持;
 * - `'exempt'`: 可不要求 — a requirement may be waived;
 * - `'excluded'`: 不纳入 — left out of an account.
 * Where the plan says 原则上 (in principle) the rule's `note` says so.
 *
 * @example
 * ```ts
 * Obligation.options.includes('phase-out'); //=> true
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const Obligation = /* @__PURE__ */ z.enum(['phase-out', 'prohibited', 'required', 'preferred', 'encouraged', 'exempt', 'excluded']);
/** @category Rules */
export type Obligation = z.infer<typeof Obligation>;

/**
 * One fact a conditional verdict still depends on, as data: the subject field (a path such as
 * `'location.inTaiyuanBasin'`) and the test it must pass — equal a value (`equals`), be one of some values
 * (`oneOf`), meet a threshold of `THRESHOLDS` (`threshold`), or lie in (`inRegion`) or outside
 * (`notInRegion`) a region of `REGIONS`.
 *
 * @example
 * ```ts
 * const t: ConditionTerm = { fact: 'distanceToLargeChpKm', threshold: 'chp-heating-radius' };
 * ```
 * @see 三(二)9
 * @category Rules
 */
export const ConditionTerm = /* @__PURE__ */ z.object({
  fact: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  equals: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([/* @__PURE__ */ z.boolean(), /* @__PURE__ */ z.string()])),
  oneOf: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
  threshold: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  inRegion: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  notInRegion: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
/** @category Rules */
export type ConditionTerm = z.infer<typeof ConditionTerm>;

/**
 * What a verdict still depends on because the subject left a needed fact out: the terms (all of them,
 * or any one of them, per `match`) and the same in words.
 *
 * @example
 * ```ts
 * const c: Condition = {
 *   match: 'all',
 *   when: [{ fact: 'location.inTaiyuanBasin', equals: true }],
 *   text: { zh: '若位于太原盆地', en: 'if it lies in the Taiyuan basin' },
 * };
 * ```
 * @see 三(六)24
 * @category Rules
 */
export const Condition = /* @__PURE__ */ z.object({
  match: /* @__PURE__ */ z.enum(['all', 'any']),
  when: /* @__PURE__ */ z.array(ConditionTerm).check(/* @__PURE__ */ z.minLength(1)),
  text: Bilingual,
});
/** @category Rules */
export type Condition = z.infer<typeof Condition>;

/**
 * The inputs and thresholds a verdict compared, as data: subject fields by name (`null` where the
 * subject left them out, unless the rest of the subject settles them: a coal-power project uses coal, an
 * area given by its county lies in that county's city), thresholds as `threshold` / `inclusive` (or
 * `lower…`/`upper…` for a band; `inclusive` describes the side the verdict applies to, so the boilers
 * "65以下" leaves out are stated as `threshold: 65, inclusive: true`), resolved places (`inKeyRegion`,
 * `inTaiyuanBasin`: `null` when unknown), and, when `assess` was given `asOf`, `asOf` and
 * `deadlinePassed` (true only after the deadline day).
 *
 * @example
 * ```ts
 * const f: Facts = { capacityTph: 20, threshold: 35, inclusive: true };
 * ```
 * @see 三(二)9
 * @category Rules
 */
export const Facts = /* @__PURE__ */ z.record(
  /* @__PURE__ */ z.string(),
  /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.number(),
    /* @__PURE__ */ z.string(),
    /* @__PURE__ */ z.boolean(),
    /* @__PURE__ */ z.null(),
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  ]),
);
/** @category Rules */
export type Facts = z.infer<typeof Facts>;

/**
 * Whether the facts given show the subject already meets a verdict's duty, read from the rule's
 * `complianceFacts`: `'complies'` (they show it met, e.g. `ultraLowRetrofitDone: true`, a biomass boiler's
 * `bagFilter: true`), `'does-not-comply'` (they show it not met, e.g. `hasBypass: true`, `blackSmoke: true`; or
 * the subject is what a prohibition forbids, e.g. a new coal boiler not for central heating) or `'unknown'`
 * (a compliance fact is missing, or the rule has none). "What must I still do" is
 * `verdicts.filter((v) => v.compliance !== 'complies')`.
 *
 * @example
 * ```ts
 * Compliance.options; //=> ['complies', 'does-not-comply', 'unknown']
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const Compliance = /* @__PURE__ */ z.enum(['complies', 'does-not-comply', 'unknown']);
/** @category Rules */
export type Compliance = z.infer<typeof Compliance>;

/**
 * One obligation the plan attaches to a subject: the rule (an id of `RULES`) and its task, what is
 * asked, by when (where the plan gives a date), on what it still depends (where the subject left a
 * needed fact out), why in words (the rule's title: the obligation stated as a sentence, in Chinese and
 * English), the facts compared, whether the subject's compliance facts show the duty met (`compliance`,
 * with its reason in both languages naming the fact, `complianceReason`), whether it is overdue
 * (`overdue`, with `asOf` on a dated verdict: the deadline passed and the duty not shown met; otherwise
 * `undefined`), the rule's reading note where it has one (`note`), and the clause quoted verbatim. Every
 * verdict has every key (`undefined` where absent).
 *
 * @example
 * ```ts
 * const [v] = assess({ kind: 'coal-boiler', capacityTph: 20, shutDown: true });
 * [v?.rule, v?.task, v?.obligation]; //=> ['coal-boiler-cleanup', 9, 'phase-out']
 * v?.facts; //=> { capacityTph: 20, threshold: 35, inclusive: true }
 * v?.compliance; //=> 'complies'
 * v?.complianceReason.en; //=> 'The facts given (shutDown: true) show this duty met.'
 * v?.source.clause; //=> '三(二)9'
 * const [late] = assess({ kind: 'coal-boiler', capacityTph: 50, ultraLowRetrofitDone: false }, { asOf: '2024-11-01' });
 * [late?.rule, late?.overdue]; //=> ['coal-boiler-ule-35-65', true]
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const Verdict = /* @__PURE__ */ z.object({
  rule: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  task: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  obligation: Obligation,
  deadline: /* @__PURE__ */ z.optional(IsoDate),
  condition: /* @__PURE__ */ z.optional(Condition),
  reason: Bilingual,
  facts: Facts,
  compliance: Compliance,
  complianceReason: Bilingual,
  overdue: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  note: /* @__PURE__ */ z.optional(Bilingual),
  source: Citation,
});
// An interface, not an alias of the inferred type: signatures and the docs then show `Verdict`, not its fields.
/** @category Rules */
export interface Verdict extends z.infer<typeof Verdict> {}

/**
 * Options of `assess`: `asOf`, an ISO date (`'2025-01-01'`), marks in each dated verdict's facts
 * whether its deadline has passed on that day (`deadlinePassed: true` only after the deadline day), and
 * sets the verdict's `overdue` (passed and not shown met). It neither adds nor removes verdicts.
 *
 * @example
 * ```ts
 * AssessOptions.parse({ asOf: '2024-11-01' }).asOf; //=> '2024-11-01'
 * ```
 * @see 三(五)21
 * @category Rules
 */
export const AssessOptions = /* @__PURE__ */ z.strictObject({
  asOf: /* @__PURE__ */ z.optional(IsoDate),
});
/** @category Rules */
export type AssessOptions = z.infer<typeof AssessOptions>;
