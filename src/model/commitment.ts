import * as z from 'zod/mini';
import { Citation } from './citation.js';
import { TargetScope } from './target.js';
import { Bilingual } from './text.js';

const kebab = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A calendar date `YYYY-MM-DD` that exists (a Beijing calendar day); the same check as a target's `due`. */
const IsoDate = z.string().check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  z.refine((s) => {
    const y = +s.slice(0, 4);
    const m = +s.slice(5, 7);
    const d = +s.slice(8, 10);
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d <= (m === 2 && !leap ? 28 : DAYS_IN_MONTH[m - 1]!);
  }, 'not a calendar date'),
);

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
export const CommitmentKind = z.enum(['deliverable', 'recurring', 'coverage', 'programme', 'priority', 'enforcement']);
/** @category Schemas */
export type CommitmentKind = z.infer<typeof CommitmentKind>;

/**
 * How often a recurring commitment is due, read from the plan's own word:
 * - `'monthly'`: 每月; `'quarterly'`: 每季度; `'annual'`: 每年, 年度 (or tied to a yearly day, see the note);
 * - `'seasonal'`: in the key periods of a year (重点时段);
 * - `'regular'`: 定期 (at regular intervals the plan does not fix);
 * - `'continuous'`: 常态化, 持续 (as a standing routine);
 * - `'event-driven'`: 及时 — whenever the occasion arises (an alert, a case).
 * @category Schemas
 */
export const CommitmentFrequency = z.enum(['monthly', 'quarterly', 'annual', 'seasonal', 'regular', 'continuous', 'event-driven']);
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
export const Commitment = z
  .object({
    id: kebab,
    task: z.optional(z.number().check(z.int(), z.gte(1), z.lte(38))),
    kind: CommitmentKind,
    text: Bilingual,
    departments: z.array(z.string()),
    lead: z.optional(z.string()),
    scope: z.array(TargetScope).check(z.minLength(1)),
    due: z.optional(IsoDate),
    frequency: z.optional(CommitmentFrequency),
    targets: z.optional(z.array(z.string()).check(z.minLength(1))),
    rules: z.optional(z.array(z.string()).check(z.minLength(1))),
    note: z.optional(Bilingual),
    source: Citation,
  })
  .check(
    z.refine((c) => (c.kind === 'recurring') === (c.frequency !== undefined), {
      message: 'a recurring commitment has a frequency, and only a recurring one',
      path: ['frequency'],
    }),
    z.refine((c) => c.lead === undefined || c.departments.includes(c.lead), {
      message: 'the lead is one of the departments',
      path: ['lead'],
    }),
  );
/** @category Schemas */
export type Commitment = z.infer<typeof Commitment>;
