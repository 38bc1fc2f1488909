import * as z from 'zod/mini';
import * as V from '../subject-values.js';

/**
 * A demand for additional natural gas (新增天然气), by use — task 7.
 * @example
 * ```ts
 * GasDemand.parse({ kind: 'gas-demand', use: 'residential' }).use; //=> 'residential'
 * ```
 * @see 三(二)7
 * @category Rules
 */
export const GasDemand = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('gas-demand'),
  use: /* @__PURE__ */ z.enum(V.GAS_USES),
});
/** @category Rules */
export type GasDemand = z.infer<typeof GasDemand>;

/**
 * A fuel offered as a coal reduction-replacement measure (煤炭减量替代措施) — task 8.
 * `'other-high-polluting'` is any other high-polluting fuel (高污染燃料); `'other'` is anything else.
 * @example
 * ```ts
 * CoalSubstitute.parse({ kind: 'coal-substitute', fuel: 'semi-coke' }).fuel; //=> 'semi-coke'
 * ```
 * @see 三(二)8
 * @category Rules
 */
export const CoalSubstitute = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('coal-substitute'),
  fuel: /* @__PURE__ */ z.enum(V.COAL_SUBSTITUTE_FUELS),
});
/** @category Rules */
export type CoalSubstitute = z.infer<typeof CoalSubstitute>;

/**
 * A use of coal to be counted (or not) in the coal-consumption total — task 8: coal gangue (煤矸石),
 * feedstock coal (原料用煤) or fuel coal.
 * @example
 * ```ts
 * CoalUse.parse({ kind: 'coal-use', type: 'coal-gangue' }).type; //=> 'coal-gangue'
 * ```
 * @see 三(二)8
 * @category Rules
 */
export const CoalUse = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('coal-use'),
  type: /* @__PURE__ */ z.enum(V.COAL_USE_TYPES),
});
/** @category Rules */
export type CoalUse = z.infer<typeof CoalUse>;
