/** One symbol for every copy of the library loaded in a program (ESM and CJS builds, any entry point). */
const BRAND: unique symbol = Symbol.for('shanxi-air-plan.PlanInputError');

/**
 * The one error this library throws on bad input: it names the field, the value received and what
 * was expected, so a caller can show it or log it without guessing.
 *
 * @example
 * ```ts
 * import { getCity, PlanInputError } from 'shanxi-air-plan';
 * try {
 *   getCity('xian');
 * } catch (e) {
 *   e instanceof PlanInputError; //=> true
 *   e.field; //=> 'city'
 * }
 * ```
 * @category Errors
 */
export class PlanInputError extends Error {
  /**
   * `instanceof PlanInputError` holds for an error thrown by any build of this library (its ES module and
   * its CommonJS files are two copies of the class when a program loads both: the dual-package hazard),
   * because every instance carries the same registered-symbol brand.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    try {
      return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
    } catch {
      return false; // a revoked Proxy throws on any property read
    }
  }

  /** The input field at fault, as a path such as `'subject.capacityTph'`. */
  readonly field: string;
  /** The value received (as given; may be of any type). */
  readonly value: unknown;
  /** What was expected, in words, e.g. `'a finite number ≥ 0'`. */
  readonly expected: string;

  constructor(field: string, value: unknown, expected: string) {
    super(`Invalid ${field}: expected ${expected}, received ${describe(value)}`);
    this.name = 'PlanInputError';
    this.field = field;
    this.value = value;
    this.expected = expected;
    // The brand `instanceof` checks: not enumerable, so it stays out of logs and JSON.
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** A short, safe rendering of any value for an error message (never throws). */
export function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return 'an array';
      if (value instanceof Date) return 'a Date';
      return 'an object';
  }
}
