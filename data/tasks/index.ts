import { deepFreeze } from '../../src/freeze.js';
import { INDUSTRY_STRUCTURE_TASKS } from './industry-structure.js';
import { ENERGY_STRUCTURE_TASKS } from './energy-structure.js';
import { TRANSPORT_STRUCTURE_TASKS } from './transport-structure.js';
import { AREA_SOURCE_TASKS } from './area-sources.js';
import { MULTI_POLLUTANT_REDUCTION_TASKS } from './multi-pollutant-reduction.js';
import { TAIYUAN_TASKS } from './taiyuan.js';
import { MANAGEMENT_SYSTEM_TASKS } from './management-system.js';
import { SUPERVISION_CAPACITY_TASKS } from './supervision-capacity.js';
import { SUPPORTING_POLICY_TASKS } from './supporting-policies.js';
import { RESPONSIBILITY_TASKS } from './responsibilities.js';

// The tasks, assembled from one file per section of 三、重点任务, in order.
function assembled() {
  return [
    ...INDUSTRY_STRUCTURE_TASKS,
    ...ENERGY_STRUCTURE_TASKS,
    ...TRANSPORT_STRUCTURE_TASKS,
    ...AREA_SOURCE_TASKS,
    ...MULTI_POLLUTANT_REDUCTION_TASKS,
    ...TAIYUAN_TASKS,
    ...MANAGEMENT_SYSTEM_TASKS,
    ...SUPERVISION_CAPACITY_TASKS,
    ...SUPPORTING_POLICY_TASKS,
    ...RESPONSIBILITY_TASKS,
  ];
}

/**
 * The plan's 38 key tasks (三、重点任务), in order. `title.zh` is the plan's own heading; `duties` holds
 * one entry per responsibility note (the parenthesis after the task's text: tasks 12, 13, 21 and 29 have
 * two, 42 in all), each with the bodies it names, its lead (only where the note says 牵头) and its
 * verbatim text. Every task is also the city governments' to carry out: see `PLAN.implementation`.
 *
 * @example
 * ```ts
 * TASKS[25].title.zh; //=> '实施城市空气质量达标管理'
 * TASKS[20].duties[1].lead; //=> 'ecology-environment'
 * ```
 * @see 三、重点任务
 * @category Plan
 */
export const TASKS = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ assembled());

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * The number of one of the plan's 38 tasks (1–38).
 * @category Plan
 */
export type TaskNumber = (typeof TASKS)[number]['number'] | never;
