import * as z from 'zod/mini';
import { Citation } from './citation.js';
import { TargetScope } from './target.js';
import { IsoDate, KebabId as kebab, TaskNumberForm } from './ids.js';
import { Bilingual } from './text.js';

/**
 * What kind of commitment the plan makes, from what would show it kept:
 * - `'deliverable'`: one thing produced once — a document, a plan, a system, a mechanism, a revision, a
 *   facility (启动修订《山西省大气污染防治条例》, 修订城市环境空气质量改善奖惩办法, 建立…机制);
 * - `'recurring'`: a duty done again and again, with its `frequency` (每月公布城市空气质量排名, 排放清单每年及时
 *   动态更新, 定期更新名录, 常态化开展…);
 * - `'coverage'`: a population to be covered in full (实现系族全覆盖, 确保符合条件的企业全覆盖);
 * - `'programme'`: a campaign that changes a population of plants, sites or places, with no figure to reach
 *   (大幅减少独立焦化、烧结、球团和热轧企业及工序, 开展砖瓦窑行业综合整治, 推进…替代工程);
 * - `'priority'`: a direction to promote, encourage, strengthen, speed up or support, with no end state
 *   (推进, 鼓励, 加快, 加强, 支持, 探索);
 * - `'enforcement'`: supervision, crack-downs and accountability the authorities exercise over others — and
 *   the rewards and penalties of the assessment (严厉打击, 强化监管执法, 依法追究责任, 给予激励, 实施惩戒).
 * @category Schemas
 */
export const CommitmentKind = /* @__PURE__ */ z.enum(['deliverable', 'recurring', 'coverage', 'programme', 'priority', 'enforcement']);
/** @category Schemas */
export type CommitmentKind = z.infer<typeof CommitmentKind>;

/**
 * How often a recurring commitment is due, read from the plan's own word:
 * - `'daily'`: 每日 (每日会商, the daily consultation of the heavy-pollution response);
 * - `'monthly'`: 每月; `'quarterly'`: 每季度; `'annual'`: 每年, 年度 (or tied to a yearly day, see the note);
 * - `'seasonal'`: in the key periods of a year (重点时段);
 * - `'regular'`: 定期 (at regular intervals the plan does not fix);
 * - `'continuous'`: 常态化, 持续 (as a standing routine);
 * - `'event-driven'`: 及时 — whenever the occasion arises (an alert, a case).
 * @category Schemas
 */
export const CommitmentFrequency = /* @__PURE__ */ z.enum([
  'daily',
  'monthly',
  'quarterly',
  'annual',
  'seasonal',
  'regular',
  'continuous',
  'event-driven',
]);
/** @category Schemas */
export type CommitmentFrequency = z.infer<typeof CommitmentFrequency>;

/**
 * One commitment of the plan that is neither a target (a figure or a dated milestone: `TARGETS`) nor a rule on
 * a subject (`RULES`): what the authorities undertake to produce, repeat, cover, run, promote or enforce.
 *
 * - `task`: the task (1–38) whose text holds it; absent for 二、工作目标, which has no responsibility note;
 * - `kind`: see {@link CommitmentKind}; `frequency` is set exactly for `'recurring'` commitments;
 * - `text`: the commitment in the plan's own words (`zh`) and in English;
 * - `departments` / `lead`: those of the task's responsibility note that covers the commitment's paragraph
 *   (`lead` only where the note says 牵头), so `departments` lists every body the note names;
 * - `scope`: where it applies — the province, cities, or named areas (`REGIONS`), as a target's scope; a
 *   commitment for several places lists each;
 * - `due`: an ISO date only where the plan writes one (2025年底前 → `'2025-12-31'`); never guessed;
 * - `targets` / `rules`: ids of the targets and rules it goes with;
 * - `note`: the reading chosen where the plan is ambiguous.
 *
 * @example
 * ```ts
 * const c: Commitment = {
 *   id: 'monthly-ranking-publication', task: 36, kind: 'recurring',
 *   text: { zh: '每月公布城市空气质量排名、改善奖惩情况', en: 'Publish the cities\' air-quality ranking and rewards and penalties every month' },
 *   departments: ['ecology-environment', 'development-reform', 'market-regulation'],
 *   scope: [{ kind: 'province' }], frequency: 'monthly',
 *   source: { clause: '三(十)36', quote: '每月公布城市空气质量排名、改善奖惩情况' },
 * };
 * ```
 * @category Schemas
 */
export const Commitment = /* @__PURE__ */ z
  .object({
    id: kebab,
    task: /* @__PURE__ */ z.optional(TaskNumberForm),
    kind: CommitmentKind,
    text: Bilingual,
    departments: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    lead: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    scope: /* @__PURE__ */ z.array(TargetScope).check(/* @__PURE__ */ z.minLength(1)),
    due: /* @__PURE__ */ z.optional(IsoDate),
    frequency: /* @__PURE__ */ z.optional(CommitmentFrequency),
    targets: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.minLength(1))),
    rules: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.minLength(1))),
    note: /* @__PURE__ */ z.optional(Bilingual),
    source: Citation,
  })
  .check(
    /* @__PURE__ */ z.refine((c) => (c.kind === 'recurring') === (c.frequency !== undefined), {
      message: 'a recurring commitment has a frequency, and only a recurring one',
      path: ['frequency'],
    }),
    /* @__PURE__ */ z.refine((c) => c.lead === undefined || c.departments.includes(c.lead), {
      message: 'the lead is one of the departments',
      path: ['lead'],
    }),
  );
/** @category Schemas */
export type Commitment = z.infer<typeof Commitment>;
