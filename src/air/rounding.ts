import { refuse } from '../errors.js';
import { numberCode, numberWords } from '../issue-codes.js';

/**
 * How far (in units of the last kept digit) a scaled value may sit from an exact half and still count as
 * one: a decimal such as 0.35 is stored as the nearest binary double, 0.34999999999999997…, and
 * 0.35 × 10 may land a few ulps off 3.5. Up to 10⁶ units the float error is below 10⁻⁹ units; the
 * tolerance grows with the value beyond that. A value must differ from a half by more than this to be
 * rounded as "more than half" or "less than half": 34.5000000001 rounds as 34.5.
 * @internal
 */
const HALF_TOLERANCE = 1e-9;

/**
 * Rounds per GB/T 8170 (数值修约规则, 四舍六入五成双) to `decimals` places: a discarded part under half is
 * dropped, over half carries, and exactly half (a 5 with nothing, or only zeros, after it) rounds to the
 * even neighbour. Negative values round as their absolute value, keeping the sign. The value is read as
 * the decimal it was written as (0.35 is exactly half-way between 0.3 and 0.4, though its binary double
 * is slightly less): parts within 10⁻⁹ of a unit of half count as half.
 *
 * @param value - a finite number
 * @param decimals - the number of decimal places to keep, a whole number 0–10 (default 0)
 * @returns the rounded value
 * @throws {PlanInputError} when `value` is not finite or `decimals` is not a whole number 0–10
 * @example
 * ```ts
 * roundGbt8170(34.5); //=> 34
 * roundGbt8170(35.5); //=> 36
 * roundGbt8170(34.51); //=> 35
 * roundGbt8170(0.35, 1); //=> 0.4
 * roundGbt8170(0.25, 1); //=> 0.2
 * ```
 * @see GB/T 8170 (数值修约规则, 进舍规则); HJ 633-2026 (concentrations rounded before the IAQI)
 * @category Air quality
 */
export function roundGbt8170(value: number, decimals = 0): number {
  if (typeof value !== 'number' || !(Math.abs(value) < Infinity)) {
    refuse('not-a-number', 'value', value, numberWords());
  }
  // Number.isInteger is false for anything but a number.
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    refuse(numberCode(decimals, true), 'decimals', decimals, numberWords({ min: 0, max: 10, whole: true }));
  }
  return round8170(value, decimals);
}

/** `roundGbt8170` without the checks. @internal */
export function round8170(value: number, decimals: number): number {
  const scale = decimals === 0 ? 1 : 10 ** decimals;
  const y = (value < 0 ? -value : value) * scale;
  // From 2⁵² units up a double has no fractional part left to round (and y may overflow to Infinity).
  if (!(y < 4503599627370496)) return value;
  const whole = Math.floor(y);
  const rest = y - whole;
  const tolerance = y > 1e6 ? y * 1e-15 : HALF_TOLERANCE; // 1e-15·y: a few ulps of y
  const kept = rest - 0.5 > tolerance ? whole + 1 : 0.5 - rest > tolerance ? whole : whole % 2 === 0 ? whole : whole + 1;
  const r = kept / scale;
  return value < 0 && r !== 0 ? -r : r;
}
