import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { location } from './shared.js';

/**
 * An industrial enterprise that emits air pollutants (涉气企业) — tasks 2, 5, 16, 20–24, 28, 29 and 36.
 * - `keyEnterprise`: listed by the authorities as a key (air-related) enterprise (重点企业 / 重点涉气企业);
 * - `keyDischarger`: on the list of key pollutant dischargers (重点排污单位名录);
 * - `steelRoute`: for steel works, blast furnace–converter (long process) or electric arc furnace;
 * - `hasBypass`: has a flue-gas or VOCs waste-gas bypass; `bypassNeededForSafety`: it cannot be removed
 *   for reasons of safe production;
 * - `ammoniaInjection`: its flue-gas desulphurisation or denitration uses ammonia (ammonia slip possible);
 * - `odourComplaints`: strong public complaints about odour (群众反映强烈、投诉集中);
 * - `handlesVocs`: its processes hold VOCs (shutdown, maintenance and purging release them);
 * - `inBuiltUpArea`: located in a city's or county town's built-up area (城市(含县城)建成区, task 24): wider
 *   than a coal boiler's `inBuiltUpArea`, which is a city's built-up area only (城市建成区, task 9).
 * - `backwardCapacity`: holds backward capacity, i.e. capacity the Catalogue for Guiding Industrial
 *   Restructuring (《产业结构调整指导目录》) lists for elimination (淘汰类) (task 3).
 *
 * Every enterprise is a discharger (排污单位) for task 30: the environmental offences it names and taking
 * part in falsification are prohibited to it.
 *
 * @example
 * ```ts
 * Enterprise.parse({ kind: 'enterprise', sector: 'coking' }).sector; //=> 'coking'
 * ```
 * @see 三(五)21, 三(五)23, 三(六)24
 * @category Rules
 */
export const Enterprise = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('enterprise'),
  sector: /* @__PURE__ */ z.enum(V.SECTORS),
  keyEnterprise: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  keyDischarger: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  steelRoute: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.STEEL_ROUTES)),
  hasBypass: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  bypassNeededForSafety: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  ammoniaInjection: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  odourComplaints: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  handlesVocs: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  inBuiltUpArea: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  backwardCapacity: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
  /** `true` when its raw and auxiliary materials meet the national low-VOCs product rules (低(无)VOCs原辅材料源头替代 done). */
  lowVocsCompliant: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its dust control is in place (抑尘设施、封闭改造、无组织扬尘全过程管控). */
  dustControlDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when video monitoring (视频监控) is installed and connected. */
  videoInstalled: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when leak detection and repair (泄漏检测与修复) is carried out as the rules require. */
  ldarDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when the VOCs released at shutdowns and maintenance are collected and treated. */
  shutdownVocsCollected: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its ultra-low-emission retrofit (超低排放改造) is finished. */
  ultraLowRetrofitDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when the deep treatment (深度治理) of its industry is done. */
  deepTreatmentDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when its emissions stably meet the standards (稳定达标排放). */
  emissionsCompliant: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when the bypass it keeps for safety has online monitoring and standby treatment (在线监控及备用处置设施). */
  bypassMonitored: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when an online monitoring system (在线监测系统) is installed and running. */
  onlineMonitoringInstalled: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when ammonia-slip monitoring (氨逃逸监测设备) is installed and networked. */
  ammoniaSlipMonitorInstalled: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it has moved out of the built-up area or closed (搬迁退出). */
  relocationDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it is on the emergency reduction list (应急减排清单). */
  onEmergencyList: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when operating-condition monitoring (工况监控) is installed. */
  conditionMonitoringInstalled: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when electricity or energy monitoring (用电(用能)监控) is installed. */
  powerMonitoringInstalled: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it discharges secretly, exceeds limits, falsifies its own monitoring or runs treatment abnormally (偷排偷放、超标排放、弄虚作假、不正常运行治理设施). */
  environmentalOffence: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it took part in falsification (弄虚作假). */
  falsification: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it discloses the information the plan names (自行监测、排放和治理等信息 / 环保信息) in time. */
  informationDisclosed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when the backward capacity the Catalogue lists has been retired (落后产能退出). */
  backwardCapacityExited: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it counts as a heavy polluter (重污染企业) of task 24 in a sector the plan does not name (its list ends in 等). */
  heavyPolluter: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type Enterprise = z.infer<typeof Enterprise>;

/**
 * A third-party body (第三方机构) that works for dischargers — tasks 30 and 36: pollution treatment (治理),
 * operation and maintenance of treatment or monitoring equipment (运维), testing (检测), or another
 * service (`service`).
 *
 * @example
 * ```ts
 * ThirdPartyBody.parse({ kind: 'third-party-body', service: 'testing' }).service; //=> 'testing'
 * ```
 * @see 三(八)30, 三(十)36
 * @category Rules
 */
export const ThirdPartyBody = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('third-party-body'),
  service: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.THIRD_PARTY_SERVICES)),
  location,
  /** `true` when it took part in falsification (弄虚作假). */
  falsification: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type ThirdPartyBody = z.infer<typeof ThirdPartyBody>;
