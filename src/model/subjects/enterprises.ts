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
});
/** @category Rules */
export type ThirdPartyBody = z.infer<typeof ThirdPartyBody>;
