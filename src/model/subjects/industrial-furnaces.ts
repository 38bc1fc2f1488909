import * as z from 'zod/mini';
import * as V from '../subject-values.js';
import { location } from './shared.js';

/**
 * A coal gas producer (煤气发生炉) — task 10. `purpose`: fuel gas (燃料类) or feedstock gas; `bed`:
 * `'fixed-intermittent'` for a fixed-bed intermittent producer (固定床间歇式); `isNew`: to be newly added.
 * @example
 * ```ts
 * GasProducer.parse({ kind: 'gas-producer', purpose: 'fuel' }).purpose; //=> 'fuel'
 * ```
 * @see 三(二)10
 * @category Rules
 */
export const GasProducer = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('gas-producer'),
  purpose: /* @__PURE__ */ z.enum(V.GAS_PRODUCER_PURPOSES),
  bed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.GAS_PRODUCER_BEDS)),
  isNew: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
  /** `true` when it has been retired, shut down or cleared (淘汰、关停、清零): the phase-out done. */
  shutDown: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** `true` when it has switched to clean energy (清洁能源替代). */
  cleanEnergyDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
/** @category Rules */
export type GasProducer = z.infer<typeof GasProducer>;

/**
 * An industrial furnace or kiln (工业炉窑) — tasks 10 and 21. `type`: heating (加热炉), heat treatment
 * (热处理炉), drying (干燥炉), melting (熔化炉) or other; `isNew`: new, rebuilt or expanded (新改扩建);
 * `fuel`: what it burns (coal, coke, semi-coke, petroleum coke and other high-polluting fuels count as
 * 高污染燃料); `inefficientTreatment`: fitted with simple, inefficient treatment.
 * @example
 * ```ts
 * IndustrialFurnace.parse({ kind: 'industrial-furnace', type: 'drying', isNew: true }).type; //=> 'drying'
 * ```
 * @see 三(二)10, 三(五)21
 * @category Rules
 */
export const IndustrialFurnace = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('industrial-furnace'),
  type: /* @__PURE__ */ z.enum(V.FURNACE_TYPES),
  isNew: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  fuel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(V.FURNACE_FUELS)),
  inefficientTreatment: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  location,
});
/** @category Rules */
export type IndustrialFurnace = z.infer<typeof IndustrialFurnace>;
