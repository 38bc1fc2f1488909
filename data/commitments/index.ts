import { deepFreeze } from '../../src/freeze.js';
import type { DepartmentId } from '../departments.js';
import { TASKS } from '../tasks/index.js';
import type { CommitmentInput } from './shared.js';
import { WORK_GOAL_COMMITMENTS } from './work-goals.js';
import { INDUSTRY_STRUCTURE_COMMITMENTS } from './industry-structure.js';
import { ENERGY_STRUCTURE_COMMITMENTS } from './energy-structure.js';
import { TRANSPORT_STRUCTURE_COMMITMENTS } from './transport-structure.js';
import { AREA_SOURCE_COMMITMENTS } from './area-sources.js';
import { MULTI_POLLUTANT_REDUCTION_COMMITMENTS } from './multi-pollutant-reduction.js';
import { TAIYUAN_COMMITMENTS } from './taiyuan.js';
import { MANAGEMENT_SYSTEM_COMMITMENTS } from './management-system.js';
import { SUPERVISION_CAPACITY_COMMITMENTS } from './supervision-capacity.js';
import { SUPPORTING_POLICY_COMMITMENTS } from './supporting-policies.js';
import { RESPONSIBILITY_COMMITMENTS } from './responsibilities.js';

/** The commitment as published: its departments and lead are those of its task's note (none without a task). */
function withDepartments<const C extends CommitmentInput>(c: C) {
  const note = c.task === undefined ? undefined : TASKS[c.task - 1]!.duties[(c.duty ?? 1) - 1]!;
  const out: Record<string, unknown> = {};
  // In the order the fields had when they were written out by hand: departments (and lead) after text. (A
  // for…in over the literal's own keys, not Object.entries of a rest copy: this runs 300 times at import.)
  for (const key in c) {
    if (key === 'duty') continue;
    out[key] = c[key];
    if (key === 'text') {
      out.departments = note === undefined ? [] : note.departments;
      if (note !== undefined && 'lead' in note) out.lead = note.lead;
    }
  }
  return out as unknown as Published<C>;
}

/** A commitment as published, for each kind of input apart. */
type Published<C> = C extends unknown
  ? Omit<C, 'duty'> & { readonly departments: readonly DepartmentId[]; readonly lead?: DepartmentId }
  : never;

// The register, assembled from one file per part of the plan (二、工作目标, then each section of 三、重点任务), in
// the plan's order.
function assembled() {
  return [
    ...WORK_GOAL_COMMITMENTS,
    ...INDUSTRY_STRUCTURE_COMMITMENTS,
    ...ENERGY_STRUCTURE_COMMITMENTS,
    ...TRANSPORT_STRUCTURE_COMMITMENTS,
    ...AREA_SOURCE_COMMITMENTS,
    ...MULTI_POLLUTANT_REDUCTION_COMMITMENTS,
    ...TAIYUAN_COMMITMENTS,
    ...MANAGEMENT_SYSTEM_COMMITMENTS,
    ...SUPERVISION_CAPACITY_COMMITMENTS,
    ...SUPPORTING_POLICY_COMMITMENTS,
    ...RESPONSIBILITY_COMMITMENTS,
  ].map(withDepartments);
}

/**
 * The plan's commitments that are neither targets nor rules on a subject — what the authorities undertake to
 * produce, repeat, cover, run, promote or enforce — in the plan's order, each with the bodies of the
 * responsibility note that covers it, where it applies and, where the plan says, when or how often.
 *
 * @example
 * ```ts
 * COMMITMENTS.find((c) => c.id === 'monthly-ranking-publication')?.frequency; //=> 'monthly'
 * COMMITMENTS.find((c) => c.id === 'air-regulation-revision')?.kind; //=> 'deliverable'
 * ```
 * @see 二、工作目标; 三、重点任务
 * @category Plan
 */
export const COMMITMENTS = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ assembled());

/**
 * The id of one of the plan's commitments, e.g. `'monthly-ranking-publication'`.
 * @category Plan
 */
export type CommitmentId = (typeof COMMITMENTS)[number]['id'];
