import { type CITIES, REGIONS, type CityId, type RegionId } from '../../data/places.js';
import type { COUNTIES, CountyCode } from '../../data/counties.js';
import { DEPARTMENTS, type DepartmentId } from '../../data/departments.js';
import { SECTIONS } from '../../data/sections.js';
import { TASKS, type TaskNumber } from '../../data/tasks/index.js';
import { refuse } from '../errors.js';
import { findCity, findCounties } from './places.js';

/** One of the plan's tasks, as bundled. @category Plan */
// `| never` gives each union below a name of its own (TypeScript attaches the alias), so signatures and the docs show
// the name, not every member.
export type PlanTask = (typeof TASKS)[number] | never;
/** One of the plan's responsibility notes, as bundled. @category Plan */
export type PlanDuty = PlanTask['duties'][number] | never;
/** One of the plan's bodies, as bundled. @category Plan */
export type PlanDepartment = (typeof DEPARTMENTS)[number] | never;
/** One of Shanxi's 11 cities, as bundled. @category Plan */
export type PlanCity = (typeof CITIES)[number] | never;
/** One of Shanxi's 117 county-level divisions, as bundled. @category Plan */
export type PlanCounty = (typeof COUNTIES)[number] | never;
/** One of the plan's sections, as bundled. @category Plan */
export type PlanSection = (typeof SECTIONS)[number] | never;
/** One of the plan's named areas, as bundled. @category Plan */
export type PlanRegion = (typeof REGIONS)[number] | never;

/**
 * A body's part in a task or a responsibility note:
 * - `'sole'`: the note names it alone ("省生态环境厅负责");
 * - `'lead'`: the note says it leads (牵头);
 * - `'shared'`: one of the bodies that act "按职责分工" (each within its remit).
 * @category Plan
 */
export type DutyRole = 'sole' | 'lead' | 'shared';

/**
 * The task with the given number.
 *
 * @param number - a task number, 1–38
 * @returns the task, with its title, duties and citation
 * @throws {PlanInputError} when `number` is not a whole number from 1 to 38
 * @example
 * ```ts
 * getTask(26).title.zh; //=> '实施城市空气质量达标管理'
 * getTask(26).duties[0].departments; //=> ['ecology-environment']
 * ```
 * @see 三、重点任务
 * @category Plan
 */
export function getTask(number: TaskNumber): PlanTask;
export function getTask(number: number): PlanTask;
export function getTask(number: number): PlanTask {
  const task = Number.isInteger(number) ? TASKS[number - 1] : undefined;
  if (task === undefined) refuse('unknown-id', 'task', number, ['a task number, a whole number from 1 to 38', '任务编号，1 到 38 的整数']);
  return task;
}

/**
 * The section (一)…(十) of 三、重点任务 with the given number.
 *
 * @param number - a section number, 1–10
 * @returns the section, with its title and task numbers
 * @throws {PlanInputError} when `number` is not a whole number from 1 to 10
 * @example
 * ```ts
 * getSection(6).tasks; //=> [24, 25]
 * ```
 * @see 三、重点任务
 * @category Plan
 */
export function getSection(number: number): PlanSection {
  const section = Number.isInteger(number) ? SECTIONS[number - 1] : undefined;
  if (section === undefined) {
    refuse('unknown-id', 'section', number, ['a section number, a whole number from 1 to 10', '部分编号，1 到 10 的整数']);
  }
  return section;
}

/**
 * The body with the given id, or with the given name as the plan writes it.
 *
 * @param idOrName - an id such as `'ecology-environment'`, or the plan's name such as `'省生态环境厅'`
 * @returns the department
 * @throws {PlanInputError} when no body of the plan has that id or name
 * @example
 * ```ts
 * getDepartment('省生态环境厅').id; //=> 'ecology-environment'
 * getDepartment('china-railway-taiyuan').name.zh; //=> '中国铁路太原局集团有限公司'
 * ```
 * @category Plan
 */
export function getDepartment(idOrName: DepartmentId | (string & {})): PlanDepartment {
  const department = DEPARTMENTS.find((d) => d.id === idOrName || d.name.zh === idOrName || d.fullName.zh === idOrName);
  if (department === undefined) {
    refuse('unknown-id', 'department', idOrName, [
      "the id or Chinese name of one of the plan's 25 bodies, e.g. 'ecology-environment'",
      "方案所列 25 个部门之一的 id 或中文名称，如 'ecology-environment'",
    ]);
  }
  return department;
}

/**
 * One of Shanxi's 11 cities, found by id (`'taiyuan'`), GB/T 2260 code (`'140100'` or `'1401'`),
 * Chinese name (`'太原市'` or `'太原'`) or English name (`'Taiyuan'`, any case).
 *
 * @param key - the city's id, code, Chinese name or English name
 * @returns the city
 * @throws {PlanInputError} when no Shanxi city matches
 * @example
 * ```ts
 * getCity('太原市').id; //=> 'taiyuan'
 * getCity('141100').name.en; //=> 'Lüliang'
 * ```
 * @category Plan
 */
export function getCity(key: CityId | (string & {})): PlanCity {
  const city = findCity(key);
  if (city === undefined) {
    refuse('unknown-id', 'city', key, [
      "a Shanxi city's id, code or name, e.g. 'taiyuan', '140100' or '太原市'",
      "山西设区市的 id、区划代码或名称，如 'taiyuan'、'140100' 或 '太原市'",
    ]);
  }
  return city;
}

/**
 * One of Shanxi's 117 county-level divisions, found by its 6-digit GB/T 2260 code, or by its Chinese name
 * where that name is unique in the province (城区 is not: Yangquan and Jincheng both have one).
 *
 * @param key - the division's code (`'140121'`) or unique Chinese name (`'清徐县'`)
 * @returns the county-level division, with its city
 * @throws {PlanInputError} when no division matches, or the name is shared by several
 * @example
 * ```ts
 * getCounty('清徐县'); //=> { code: '140121', name: { zh: '清徐县', en: 'Qingxu County' }, city: 'taiyuan', kind: 'county' }
 * getCounty('140781').name.zh; //=> '介休市'
 * ```
 * @category Plan
 */
export function getCounty(key: CountyCode | (string & {})): PlanCounty {
  const found = findCounties(key);
  if (found.length !== 1) {
    const shared = found.length > 1;
    refuse(shared ? 'ambiguous-name' : 'unknown-id', 'county', key, [
      shared
        ? `a unique county-level division: ${found.length} share this name, give the 6-digit code`
        : "the 6-digit code or Chinese name of one of Shanxi's 117 county-level divisions, e.g. '140121'",
      shared
        ? `唯一的县级行政区：${found.length} 个同名，请给出 6 位区划代码`
        : "山西 117 个县级行政区之一的 6 位区划代码或中文名称，如 '140121'",
    ]);
  }
  return found[0]!;
}

/**
 * A named area of the plan (太原盆地, 汾河谷地, 重点区域 …), with its membership as far as a source states it.
 *
 * @param id - the region's id, e.g. `'taiyuan-basin'`, or its Chinese name
 * @returns the region
 * @throws {PlanInputError} when the plan names no such area
 * @example
 * ```ts
 * getRegion('太原盆地').membership.defined; //=> false
 * ```
 * @category Plan
 */
export function getRegion(id: RegionId | (string & {})): PlanRegion {
  const region = REGIONS.find((r) => r.id === id || r.name.zh === id);
  if (region === undefined) {
    refuse('unknown-id', 'region', id, [
      "the id or Chinese name of an area the plan names, e.g. 'taiyuan-basin'",
      "方案所列区域的 id 或中文名称，如 'taiyuan-basin'",
    ]);
  }
  return region;
}

/**
 * A department's part in one responsibility note, with the task it belongs to.
 * @category Plan
 */
export interface DutyOf {
  /** The task number. */
  readonly task: TaskNumber;
  /** The note's position among the task's notes (0 for the first). */
  readonly index: number;
  /** The department's part in this note. */
  readonly role: DutyRole;
  /** The note itself. */
  readonly duty: PlanDuty;
}

/**
 * Every responsibility note that names a department, in task order, with its part in each.
 *
 * @param department - a department id or the plan's name for it
 * @returns the notes naming it (a body named only through 各有关部门 gets none)
 * @throws {PlanInputError} when the department is unknown
 * @example
 * ```ts
 * dutiesOf('taiyuan-customs').map((d) => d.task); //=> [5, 15]
 * dutiesOf('ecology-environment').filter((d) => d.task === 21).map((d) => d.role); //=> ['sole', 'lead']
 * ```
 * @category Plan
 */
export function dutiesOf(department: DepartmentId | (string & {})): readonly DutyOf[] {
  const { id } = getDepartment(department);
  const result: DutyOf[] = [];
  for (const task of TASKS) {
    task.duties.forEach((duty: PlanDuty, index) => {
      if (!(duty.departments as readonly string[]).includes(id)) return;
      const role: DutyRole = duty.mode === 'sole' ? 'sole' : 'lead' in duty && duty.lead === id ? 'lead' : 'shared';
      result.push({ task: task.number, index, role, duty });
    });
  }
  return result;
}

/**
 * A task a department answers for, with its strongest part across the task's notes.
 * @category Plan
 */
export interface TaskOf {
  /** The task number. */
  readonly task: TaskNumber;
  /** The task's title. */
  readonly title: PlanTask['title'];
  /** The strongest part it plays in the task's notes: 'sole' over 'lead' over 'shared'. */
  readonly role: DutyRole;
}

const ROLE_ORDER: readonly DutyRole[] = ['sole', 'lead', 'shared'];

/**
 * The tasks a department answers for, in order, with its role in each.
 *
 * @param department - a department id or the plan's name for it
 * @returns one entry per task whose notes name the department
 * @throws {PlanInputError} when the department is unknown
 * @example
 * ```ts
 * tasksOf('mine-safety').map((t) => [t.task, t.title.zh, t.role]); //=> [[17, '推进矿山生态环境综合整治', 'shared']]
 * tasksOf('ecology-environment').find((t) => t.task === 34)?.role; //=> 'lead'
 * ```
 * @category Plan
 */
export function tasksOf(department: DepartmentId | (string & {})): readonly TaskOf[] {
  const result: TaskOf[] = [];
  for (const d of dutiesOf(department)) {
    const last = result[result.length - 1];
    if (last !== undefined && last.task === d.task) {
      if (ROLE_ORDER.indexOf(d.role) < ROLE_ORDER.indexOf(last.role)) {
        result[result.length - 1] = { ...last, role: d.role };
      }
    } else {
      result.push({ task: d.task, title: getTask(d.task).title, role: d.role });
    }
  }
  return result;
}
