import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { location } from './shared.js';

/**
 * A construction project (建设项目) — tasks 1, 2, 3, 5, 8, 24 and 27.
 * - `sector`: its industry; `action`: 新建 `'new'`, 改建 `'rebuild'`, 扩建 `'expansion'`, 迁建 `'relocation'`;
 * - `addsCapacity`: adds net production capacity (steel, coal washing, independent coking);
 * - `usesCoal`: burns or consumes coal (用煤项目); `capacityReplacement`: involves capacity replacement (产能置换);
 * - `independent`: an independent coking plant or a socially independent coal-washing plant (not part of
 *   an integrated works or a mine);
 * - `majorRegionalImpact`: a major project with large air emissions and a marked effect on neighbouring
 *   areas (task 27); `highVocsMaterials`: makes or uses high-VOCs coatings, inks, adhesives or cleaners.
 *
 * @example
 * ```ts
 * Project.parse({ kind: 'project', sector: 'steel', action: 'new', addsCapacity: true }).sector; //=> 'steel'
 * ```
 * @see 三(一)1, 三(一)3, 三(二)8, 三(六)24
 * @category Rules
 */
export const Project = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('project'),
  sector: /* @__PURE__ */ z.enum(V.SECTORS),
  action: /* @__PURE__ */ z.enum(V.PROJECT_ACTIONS),
  addsCapacity: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  usesCoal: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  capacityReplacement: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  independent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  majorRegionalImpact: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  highVocsMaterials: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
  /** `true` when it uses clean transport (清洁运输方式: rail, pipeline, closed belt conveyor, new-energy vehicles). */
  cleanTransport: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when the capacity it replaces, with its facilities, is shut (被置换产能及其配套设施关停). */
  replacedCapacityClosed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it is designed, built and run to the energy-efficiency benchmark and deep-treatment requirements (能效标杆水平和环保深度治理要求). */
  meetsBenchmark: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its coal use is offset by reductions elsewhere (煤炭减量替代). */
  coalReplacementDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its added capacity is offset by a larger reduction elsewhere (减量置换). */
  capacityReplacementDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when the joint environmental-impact consultation (环评一致性会商) has been held. */
  eiaConsultationDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** The entry requirements of task 1 not yet met (产业规划 … 碳排放达峰目标); `[]` when all are met. */
  entryRequirementsUnmet: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(V.ENTRY_REQUIREMENTS))),
});
/** @category Rules */
export type Project = z.infer<typeof Project>;
