import { deepFreeze } from '../../src/freeze.js';
import { WORK_GOAL_TARGETS } from './work-goals.js';
import { INDUSTRY_STRUCTURE_TARGETS } from './industry-structure.js';
import { ENERGY_STRUCTURE_TARGETS } from './energy-structure.js';
import { TRANSPORT_STRUCTURE_TARGETS } from './transport-structure.js';
import { AREA_SOURCE_TARGETS } from './area-sources.js';
import { MULTI_POLLUTANT_REDUCTION_TARGETS } from './multi-pollutant-reduction.js';
import { TAIYUAN_TARGETS } from './taiyuan.js';
import { MANAGEMENT_SYSTEM_TARGETS } from './management-system.js';
import { SUPERVISION_CAPACITY_TARGETS } from './supervision-capacity.js';

// The targets, assembled from one file per part of the plan (二、工作目标, then each section of 三、重点任务 that
// states a target), in the plan's order. The literal is `as const`, so `TARGETS` keeps each target's literal type.
function assembled() {
  return [
    ...WORK_GOAL_TARGETS,
    ...INDUSTRY_STRUCTURE_TARGETS,
    ...ENERGY_STRUCTURE_TARGETS,
    ...TRANSPORT_STRUCTURE_TARGETS,
    ...AREA_SOURCE_TARGETS,
    ...MULTI_POLLUTANT_REDUCTION_TARGETS,
    ...TAIYUAN_TARGETS,
    ...MANAGEMENT_SYSTEM_TARGETS,
    ...SUPERVISION_CAPACITY_TARGETS,
  ] as const;
}

/**
 * Every dated or quantified commitment of the plan (二、工作目标 and tasks 1–38), each citing its clause
 * verbatim: 79 targets.
 *
 * - 二(一): the national binding indicators for 2024 and 2025 (air quality, emission totals) — their values
 *   are not in the plan, so they are `'unquantified'` and never assessed;
 * - 二(二): Taiyuan and Yuncheng out of the bottom 10 of the 168 key cities in 2024, Linfen in 2025; the
 *   other 8 cities' places rising in 2024 and in 2025;
 * - task 26: each city's 2025 PM2.5 ceiling, and the 2027 aim that every city attains GB 3095;
 * - every share, count or change with a year (tasks 2, 7, 8, 12, 16, 24), every deadline milestone
 *   (2024年10月底前: tasks 21, 24; 2025年底前: tasks 13, 14, 29);
 * - undated commitments with a figure (tasks 6, 9, 18) and the undated 稳定前移 of 二(二): due within the
 *   period of the binding indicators, 2024–2025 (`dueBasis: 'horizon'`, the reading in the note).
 *
 * Not targets: figures that set a rule's scope rather than a level to reach (1200立方米以下高炉, 30万千瓦以下
 * 机组, 年运量150万吨以上, 5000平方米及以上 …: see RULES and THRESHOLDS), rules and prohibitions that hold all
 * the time (不再新增, 原则上…), activities without a figure or date (加快, 推进, 加强…, including undated
 * completions such as 基本完成抑尘设施建设 in task 16), and recurring duties (每年动态更新, 每月公布…).
 * Each reading of an ambiguous phrase is in the target's `note`.
 *
 * @example
 * ```ts
 * TARGETS.find((t) => t.id === 'pm25-2025-datong')?.value; //=> 25
 * TARGETS.filter((t) => t.metric === 'pm25-annual-mean' && t.due === '2025-12-31').length; //=> 11
 * ```
 * @see 二、工作目标; 三、重点任务
 * @category Targets
 */
export const TARGETS = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ assembled());

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * The id of one of the plan's targets, e.g. `'pm25-2025-datong'` or `'rank-2024-taiyuan'`.
 * @see TARGETS
 * @category Targets
 */
export type TargetId = (typeof TARGETS)[number]['id'] | never;

export { TARGET_METRICS } from './metrics.js';
