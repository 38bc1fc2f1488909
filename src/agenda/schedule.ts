import { endOfMonth, endOfQuarter, endOfYear, eachMonthOfInterval, eachQuarterOfInterval, eachYearOfInterval, addYears } from 'date-fns';
import { COMMITMENTS } from '../../data/commitments/index.js';
import { DEPARTMENTS, type DepartmentId } from '../../data/departments.js';
import { PLAN } from '../../data/plan.js';
import { RULES, type PlanRule } from '../../data/rules/index.js';
import { TARGETS } from '../../data/targets/index.js';
import { TASKS } from '../../data/tasks/index.js';
import { isCalendarDate } from '../dates.js';
import { fromIso, inUtc, toIso } from '../calendar.js';
import { PlanInputError } from '../errors.js';
import type { IssueInput } from '../errors.js';
import { readOptions } from '../input.js';
import type { CommitmentFrequency } from '../model/commitment.js';
import type { PlanCommitment } from '../plan/commitments.js';
import type { Bilingual } from '../model/text.js';

import { dutyOf, targetName } from '../targets/calendar.js';
import { planAt } from './plan-for.js';

/**
 * What a dated item of {@link schedule} is:
 * - `'target'`: a target's due date (`TARGETS`);
 * - `'rule'`: a rule's deadline (`RULES`);
 * - `'commitment'`: a commitment's own due date, where the plan writes one;
 * - `'recurring'`: one occurrence of a recurring commitment (monthly, quarterly, annual, seasonal).
 * @category Plan
 */
export type ScheduleKind = 'commitment' | 'recurring' | 'rule' | 'target';

/** One dated item of {@link schedule}. @category Plan */
export interface ScheduleItem {
  /** The day it falls due (ISO, a Beijing calendar day). */
  readonly date: string;
  readonly kind: ScheduleKind;
  /** The id of the target, rule or commitment. */
  readonly id: string;
  /** What falls due: the target's name, the rule's title, the commitment's text. */
  readonly text: Bilingual;
  /** The bodies of the responsibility note it stands under (none for the goals of 二、工作目标). */
  readonly departments: readonly DepartmentId[];
  /** For an occurrence of a recurring commitment: how often it recurs. */
  readonly frequency?: CommitmentFrequency;
  /** For an occurrence of a recurring commitment: the span it covers (a month, a quarter, a year), ISO dates, both included. */
  readonly period?: { readonly from: string; readonly to: string };
}

/** Options of {@link schedule}. @category Plan */
export interface ScheduleOptions {
  /** The first day of the window (ISO date). */
  readonly from: string;
  /** The last day of the window (ISO date), on or after `from`, at most 20 years after it. */
  readonly to: string;
  /** A city or county-level division (id, code or name, as `planFor` takes it): only what applies there. */
  readonly place?: string;
  /** A department (id or the plan's name): only the items whose responsibility note names it. */
  readonly department?: DepartmentId | (string & {});
}

/**
 * The longest window schedule takes, in years: 20 (a window from 2024-01-01 may end on 2044-01-01). Longer windows
 * are refused (code `'out-of-range'`): the plan runs to 2025 and its last target is due in 2027, and a monthly duty
 * already gives 240 dates in 20 years.
 */
const SCHEDULE_MAX_YEARS = 20;

const KEYS: readonly string[] = ['from', 'to', 'place', 'department'];

/** The responsibility note of a task that covers its dated items: the first (the dated rules all stand in a task's first paragraph: a test checks). */
function taskDepartments(task: number): readonly DepartmentId[] {
  return TASKS[task - 1]!.duties[0]!.departments;
}

/**
 * Each occurrence of a recurring commitment in [from, to] (only the frequencies with calendar dates). The
 * plan's data has no quarterly commitment yet; the model allows one, and a test runs this on it.
 * @internal
 */
export function occurrences(frequency: string, from: string, to: string): { date: string; from: string; to: string }[] {
  const interval = { start: fromIso(from), end: fromIso(to) };
  const out: { date: string; from: string; to: string }[] = [];
  // biome-ignore lint/style/noRestrictedGlobals: the type date-fns returns; reads no clock
  const push = (start: Date, end: Date) => {
    const date = toIso(end);
    if (date >= from && date <= to) out.push({ date, from: toIso(start), to: date });
  };
  switch (frequency) {
    case 'monthly':
      for (const m of eachMonthOfInterval(interval, { in: inUtc })) push(m, endOfMonth(m, { in: inUtc }));
      break;
    case 'quarterly':
      for (const q of eachQuarterOfInterval(interval, { in: inUtc })) push(q, endOfQuarter(q, { in: inUtc }));
      break;
    case 'annual':
    case 'seasonal':
      for (const y of eachYearOfInterval(interval, { in: inUtc })) push(y, endOfYear(y, { in: inUtc }));
      break;
    // 'daily', 'regular', 'continuous', 'event-driven': the plan fixes no calendar day (see schedule's TSDoc).
  }
  return out;
}

const KIND_ORDER: readonly ScheduleKind[] = ['commitment', 'recurring', 'rule', 'target'];

/**
 * Every dated item of the plan in a window: target due dates, rule deadlines, commitments' own due dates, and
 * each occurrence of a recurring commitment — monthly ones at each month's end, quarterly ones at each quarter's
 * end, annual ones at each year's end (12-31), seasonal ones (重点时段, which the plan does not date) once a
 * year, at the year's end, with the year as their `period`. Occurrences start with the plan: none falls before
 * it was signed (2024-03-08). Commitments the plan gives no calendar (每日 daily, 定期 regular, 常态化 continuous,
 * 及时 event-driven) have no dates and are left out: `COMMITMENTS` lists them with their `frequency`.
 *
 * The calendar arithmetic is date-fns's, in UTC (a UTC-only Date, src/calendar.ts): the answer never depends on the machine's
 * time zone.
 *
 * @param options - `{ from, to, place?, department? }`: the window (ISO dates, both included, at most
 *   20 years), and optionally a place (as `planFor` takes it: its targets,
 *   commitments and the rules that apply there or may) and a department (items whose note names it)
 * @returns the items, sorted by date, then kind (`'commitment'`, `'recurring'`, `'rule'`, `'target'`), then id
 * @throws {PlanInputError} on an impossible date (`'invalid-date'`), `to` before `from` (`'date-order'`), a window
 *   over 20 years (`'out-of-range'`), an unknown or ambiguous place (`'unknown-id'`, `'ambiguous-name'`) or
 *   department, or an unknown option (`'unknown-key'`)
 * @example
 * ```ts
 * schedule({ from: '2024-12-01', to: '2025-01-31', place: 'taiyuan' }).map((i) => `${i.date} ${i.kind} ${i.id}`);
 * //=> ['2024-12-31 recurring awareness-days', '2024-12-31 recurring emission-inventory-update',
 * //    '2024-12-31 recurring key-county-annual-targets', '2024-12-31 recurring monthly-ranking-publication',
 * //    '2024-12-31 recurring straw-burning-patrols', '2024-12-31 target rank-2024-taiyuan',
 * //    '2025-01-31 recurring monthly-ranking-publication']
 * schedule({ from: '2025-01-01', to: '2025-01-31' })[0]?.period; //=> { from: '2025-01-01', to: '2025-01-31' }
 * schedule({ from: '2024-10-31', to: '2024-10-31', place: '清徐县' }).map((i) => i.id);
 * //=> ['monthly-ranking-publication', 'coal-boiler-ule-35-65', 'coal-boiler-ule-all', 'key-industry-ultra-low-emission',
 * //    'taiyuan-basin-outdated-equipment', 'taiyuan-basin-furnaces-phased-out-2024']
 * ```
 * @see 三(十)36, 三(五)21, 三(六)24
 * @category Plan
 */
export function schedule(options: ScheduleOptions): readonly ScheduleItem[] {
  const o = readOptions('options', options, KEYS, false);
  const issues: IssueInput[] = [];
  const date = (key: 'from' | 'to'): string | undefined => {
    const v = o[key];
    if (isCalendarDate(v)) return v;
    issues.push({
      code: v === undefined ? 'missing' : 'invalid-date',
      field: `options.${key}`,
      value: v,
      expected: "an ISO calendar date 'YYYY-MM-DD' that exists, e.g. '2025-12-31'",
      expectedZh: "存在的 ISO 日历日期 'YYYY-MM-DD'，如 '2025-12-31'",
    });
    return undefined;
  };
  const from = date('from');
  const to = date('to');
  if (from !== undefined && to !== undefined) {
    if (to < from) {
      issues.push({
        code: 'date-order',
        field: 'options.to',
        value: to,
        expected: `a day on or after from (${from})`,
        expectedZh: `不早于 from（${from}）的日期`,
      });
    } else if (to > toIso(addYears(fromIso(from), SCHEDULE_MAX_YEARS, { in: inUtc }))) {
      issues.push({
        code: 'out-of-range',
        field: 'options.to',
        value: to,
        expected: `a day at most ${SCHEDULE_MAX_YEARS} years after from (${from})`,
        expectedZh: `不晚于 from（${from}）之后 ${SCHEDULE_MAX_YEARS} 年的日期`,
      });
    }
  }
  const department =
    o.department === undefined
      ? undefined
      : DEPARTMENTS.find((d) => d.id === o.department || d.name.zh === o.department || d.fullName.zh === o.department)?.id;
  if (o.department !== undefined && department === undefined) {
    issues.push({
      code: 'unknown-id',
      field: 'options.department',
      value: o.department,
      expected: "the id or Chinese name of one of the plan's 25 bodies, e.g. 'ecology-environment'",
      expectedZh: "方案所列 25 个部门之一的 id 或中文名称，如 'ecology-environment'",
    });
  }
  if (issues.length > 0) throw new PlanInputError(issues);
  const plan = o.place === undefined ? undefined : planAt('options.place', o.place);
  const start = from!;
  const end = to!;
  const out: ScheduleItem[] = [];
  const keep = (departments: readonly DepartmentId[]) => department === undefined || departments.includes(department);

  const targets = plan === undefined ? TARGETS : plan.targets.map((t) => t.target);
  for (const t of targets) {
    if (t.due < start || t.due > end) continue;
    const departments = dutyOf(t).departments;
    if (keep(departments)) out.push({ date: t.due, kind: 'target', id: t.id, text: targetName(t), departments });
  }
  const rules: readonly PlanRule[] = plan === undefined ? RULES : plan.rules.map((r) => r.rule);
  for (const r of rules) {
    const d = r.deadline;
    if (d === undefined || d < start || d > end) continue;
    const departments = taskDepartments(r.task);
    if (keep(departments)) out.push({ date: d, kind: 'rule', id: r.id, text: r.title, departments });
  }
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as strings
  const first = start > PLAN.signedOn ? start : PLAN.signedOn;
  const commitments = plan === undefined ? COMMITMENTS : plan.commitments;
  for (const c of commitments) {
    const departments = c.departments as readonly DepartmentId[];
    if (keep(departments)) out.push(...commitmentItems(c, departments, first, start, end));
  }
  return out.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * A commitment's dated items in [start, end]: its own due date, if the plan writes one, and each occurrence of
 * its frequency from `first` (the later of start and the plan's signing). No commitment of the plan's data has
 * a due date yet; the model allows one, and a test runs this on it.
 * @internal
 */
export function commitmentItems(
  c: PlanCommitment,
  departments: readonly DepartmentId[],
  first: string,
  start: string,
  end: string,
): ScheduleItem[] {
  const out: ScheduleItem[] = [];
  const due = (c as { readonly due?: string }).due;
  if (due !== undefined && due >= start && due <= end) out.push({ date: due, kind: 'commitment', id: c.id, text: c.text, departments });
  const frequency = (c as { readonly frequency?: CommitmentFrequency }).frequency;
  if (frequency === undefined || first > end) return out;
  for (const x of occurrences(frequency, first, end)) {
    out.push({ date: x.date, kind: 'recurring', id: c.id, text: c.text, departments, frequency, period: { from: x.from, to: x.to } });
  }
  return out;
}
