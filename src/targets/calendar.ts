import type { DepartmentId } from '../../data/departments.js';
import { REGIONS, type CityId } from '../../data/places.js';
import { TARGET_METRICS, TARGETS, type TargetId } from '../../data/targets/index.js';
import { TASKS, type TaskNumber } from '../../data/tasks/index.js';
import { refuse } from '../errors.js';
import type { Citation } from '../model/citation.js';
import type { DeepReadonly } from '../model/readonly.js';
import type { DueBasis, Target, TargetKind, TargetStrength } from '../model/target.js';
import type { Bilingual } from '../model/text.js';
import { getCity, getDepartment, getTask } from '../plan/index.js';
import { resolveCounty } from '../plan/places.js';
import { settledMembership } from '../plan/membership.js';
import type { MembershipAreaId } from '../../data/area-membership.js';
import type { CountyCode } from '../../data/counties.js';
import { isoDate } from '../dates.js';
import { daysBetween } from '../calendar.js';
import { read, readOptions } from '../input.js';
import { resolveTarget, type PlanTarget } from './resolve.js';
import { placeName } from './places.js';

/**
 * A short name for a target, built from its metric and its scope, in both languages.
 *
 * @param target - a target id or a target object
 * @returns e.g. `{ zh: '大同市 PM2.5年均浓度', en: 'PM2.5 annual mean, Datong' }`
 * @throws {PlanInputError} when the id is not one of the plan's targets
 * @example
 * ```ts
 * targetName('pm25-2025-datong'); //=> { zh: '大同市 PM2.5年均浓度', en: 'PM2.5 annual mean, Datong' }
 * targetName('binding-air-quality-2025').en; //=> 'the binding national air-quality indicators, Shanxi'
 * ```
 * @see 二、工作目标; 三、重点任务
 * @category Targets
 */
export function targetName(target: TargetId | DeepReadonly<Target>): Bilingual {
  target = read('target', target) as typeof target;
  const t = resolveTarget(target);
  const metric = TARGET_METRICS.find((m) => m.id === t.metric)?.name ?? { zh: t.metric, en: t.metric };
  const [zh, en] = placeName(t);
  return { zh: `${zh} ${metric.zh}`, en: `${metric.en}, ${en}` };
}

/**
 * Who answers for a target: the bodies of the responsibility note under which it stands.
 * @category Targets
 */
export interface TargetDuty {
  /** The lead: the body the note says leads (牵头), or the one body it names alone ("X负责"); empty when the note shares the task among several bodies without a lead. */
  readonly lead: readonly DepartmentId[];
  /** Every body the note names, the lead included, in the note's order. */
  readonly departments: readonly DepartmentId[];
  /** `true` where the note adds 各有关部门 (all relevant departments). */
  readonly allRelevant: boolean;
}

const NO_DUTY: TargetDuty = /* @__PURE__ */ Object.freeze({
  lead: /* @__PURE__ */ Object.freeze([]),
  departments: /* @__PURE__ */ Object.freeze([]),
  allRelevant: false,
});

/**
 * The responsibility note of the target's task that covers it. Every target stands in the first paragraph
 * of its task, whose note is the task's first duty (a test checks this); the goals of 二 belong to no task
 * and name no body (every city government carries them out).
 * @internal
 */
export function dutyOf(target: DeepReadonly<Target>): TargetDuty {
  if (target.task === undefined) return NO_DUTY;
  const duty = TASKS[target.task - 1]!.duties[0]!;
  const named = (duty as { readonly lead?: DepartmentId }).lead;
  const lead: readonly DepartmentId[] = named ? [named] : duty.mode === 'sole' ? duty.departments : [];
  return { lead, departments: duty.departments, allRelevant: duty.allRelevant };
}

/**
 * Which of the plan's targets to list; every field narrows the list, none given lists them all.
 * @category Targets
 */
export interface TargetFilter {
  /** A city (id, code or name): its own targets and those of the plan's areas known to include it (重点区域). */
  readonly city?: CityId | (string & {});
  /**
   * A county-level division (6-digit code or unique Chinese name, e.g. `'140121'`, `'清徐县'`, `'清徐'`): its
   * city's targets (a county carries them: the plan sets targets for cities, not counties) and those of the
   * named areas `AREA_MEMBERSHIP` settles it inside (太原盆地 for 清徐县). With `city`, the two must agree.
   */
  readonly county?: CountyCode | (string & {});
  /** A task number, 1–38. */
  readonly task?: TaskNumber | number;
  /** A department (id or name as the plan writes it): the targets whose task's note names it. */
  readonly department?: DepartmentId | (string & {});
  /** Only the targets due on or before this day (ISO date). */
  readonly dueBy?: string;
}

/** Whether a target is set for the city: its own, or an area whose members a source lists. @internal */
export function covers(target: PlanTarget, city: CityId, county?: string): boolean {
  const s = target.scope;
  if (s.kind === 'city') return s.city === city;
  if (s.kind !== 'region') return false;
  const members = REGIONS.find((r) => r.id === s.region)!.membership;
  if (members.defined) return (members.cities as readonly string[]).includes(city);
  return county !== undefined && settledMembership(s.region as MembershipAreaId, city, county)?.status === 'in';
}

const byDue = (a: PlanTarget, b: PlanTarget) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);

/**
 * The plan's targets for a city, a task, a department and/or due by a day, in due-date order (the plan's
 * order among targets due the same day).
 *
 * A city gets its own targets and those of an area whose members a source lists (重点区域); areas the plan
 * does not delimit (太原盆地, 汾河谷地…) and province-wide targets are not attributed to any city. A county
 * carries its city's targets (the plan sets none for counties; `planFor` says which came from the city),
 * and also those of the areas `AREA_MEMBERSHIP` settles it inside: 清徐县 gets 太原盆地's.
 *
 * @param filter - `{ city?, county?, task?, department?, dueBy? }`
 * @returns the matching targets
 * @throws {PlanInputError} on an unknown city, county, task or department (a county name several share, such
 *   as 城区, with code `'ambiguous-name'` and the candidates), a county outside the given city (`'conflict'`), or
 *   an impossible date
 * @example
 * ```ts
 * targetsFor({ city: 'taiyuan' }).map((t) => t.id);
 * //=> ['rank-2024-taiyuan', 'coal-2025-taiyuan', 'pm25-2025-taiyuan', 'pm25-2027-taiyuan']
 * targetsFor({ task: 21 }).map((t) => t.due); //=> ['2024-10-31', '2024-10-31']
 * targetsFor({ county: '清徐县' }).map((t) => t.id);
 * //=> ['taiyuan-basin-furnaces-phased-out-2024', 'rank-2024-taiyuan', 'clean-transport-share-2024', 'coal-2025-taiyuan',
 * //    'clean-transport-share-2025', 'pm25-2025-taiyuan', 'pm25-2027-taiyuan']
 * targetsFor({ department: 'transport', dueBy: '2024-12-31' }).map((t) => t.id);
 * //=> ['taiyuan-basin-furnaces-phased-out-2024', 'clean-transport-share-2024']
 * ```
 * @see 二、工作目标; 三、重点任务
 * @category Targets
 */
export function targetsFor(filter?: TargetFilter): readonly PlanTarget[] {
  const f = readOptions('filter', filter, ['city', 'county', 'task', 'department', 'dueBy'], true) as TargetFilter;
  const county = f.county === undefined ? undefined : resolveCounty('filter.county', f.county)!;
  let city: CityId | undefined = f.city === undefined ? undefined : getCity(f.city).id;
  if (county !== undefined) {
    if (city !== undefined && city !== county.city) {
      refuse('conflict', 'filter.county', f.county, [`a county-level division of ${city}`, `${city} 的县级行政区`]);
    }
    city = county.city;
  }
  const code = county?.code;
  const task = f.task === undefined ? undefined : getTask(f.task).number;
  const department = f.department === undefined ? undefined : getDepartment(f.department).id;
  const dueBy = f.dueBy === undefined ? undefined : isoDate('dueBy', f.dueBy);
  return TARGETS.filter(
    (t) =>
      (city === undefined || covers(t, city, code)) &&
      (task === undefined || ('task' in t && t.task === task)) &&
      (department === undefined || dutyOf(t).departments.includes(department)) &&
      (dueBy === undefined || t.due <= dueBy),
  ).sort(byDue);
}

/**
 * One entry of the plan's calendar: a target with its due date, task and responsible bodies.
 * @category Targets
 */
export interface Deadline {
  /** The due date (ISO, a Beijing calendar day). */
  readonly due: string;
  /** Whether the plan writes the deadline, names the year, or gives no date (see the target's note). */
  readonly dueBasis: DueBasis;
  /** Calendar days from `asOf` to `due` (negative once past), when `asOf` is given. */
  readonly daysLeft?: number;
  /** The target's id. */
  readonly target: TargetId;
  /** A short name of the target. */
  readonly name: Bilingual;
  /** The task the target belongs to (none for the goals of 二、工作目标). */
  readonly task?: TaskNumber;
  readonly kind: TargetKind;
  readonly strength: TargetStrength;
  /** The bodies the task's note makes responsible; the lead first. */
  readonly duty: TargetDuty;
  readonly source: Citation;
}

/**
 * Options of {@link deadlines}.
 * @category Targets
 */
export interface DeadlineRange {
  /** The first day to include (ISO date); from the start when absent. */
  readonly from?: string;
  /** The last day to include (ISO date); to the end when absent. */
  readonly to?: string;
  /** A day to count `daysLeft` from (ISO date). */
  readonly asOf?: string;
}

/**
 * The plan's calendar: every target due from `from` to `to` (both included), sorted by due date, each with
 * its task and lead departments. Targets whose date the plan does not write (`dueBasis: 'horizon'`) are
 * included and marked as such.
 *
 * @param range - `{ from?, to?, asOf? }` (ISO dates)
 * @returns the entries, earliest first
 * @throws {PlanInputError} on an impossible date, or `from` after `to`
 * @example
 * ```ts
 * deadlines({ from: '2024-10-01', to: '2024-10-31' }).map((d) => [d.target, d.task, d.duty.lead]);
 * //=> [['ultra-low-assessment-2024', 21, ['ecology-environment']],
 * //    ['coal-boiler-ultra-low-2024', 21, ['ecology-environment']],
 * //    ['taiyuan-basin-furnaces-phased-out-2024', 24, []]]
 * deadlines({ from: '2024-10-31', to: '2024-10-31', asOf: '2024-10-01' })[0]?.daysLeft; //=> 30
 * ```
 * @see 三(五)21; 三(六)24; and the clause of each target
 * @category Targets
 */
export function deadlines(range?: DeadlineRange): readonly Deadline[] {
  const r = readOptions('range', range, ['from', 'to', 'asOf'], true) as DeadlineRange;
  // Without a bound: '' sorts before every ISO date, '9999-12-31' after every due date of the plan.
  const from = r.from === undefined ? '' : isoDate('from', r.from);
  const to = r.to === undefined ? '9999-12-31' : isoDate('to', r.to);
  if (from > to) refuse('date-order', 'to', r.to, [`a day on or after from (${from})`, `不早于 from（${from}）的日期`]);
  const asOf = r.asOf === undefined ? undefined : isoDate('asOf', r.asOf);
  return TARGETS.filter((t) => t.due >= from && t.due <= to)
    .sort(byDue)
    .map((t) => {
      const entry: Deadline = {
        due: t.due,
        dueBasis: t.dueBasis,
        ...(asOf === undefined ? {} : { daysLeft: daysBetween(asOf, t.due) }),
        target: t.id,
        name: targetName(t),
        ...('task' in t ? { task: t.task } : {}),
        kind: t.kind,
        strength: t.strength,
        duty: dutyOf(t),
        source: t.source,
      };
      return entry;
    });
}
