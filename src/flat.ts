/**
 * The test that lets a hot path read a small record directly instead of copying it through the one input
 * reader (src/input.ts): whether a value is a **flat record**, a plain object of this realm whose own
 * properties are all enumerable, with string keys among those the function takes. It reads no value (a
 * getter is not called; a Proxy's traps are) and never throws.
 *
 * A fast path built on it never answers on its own authority, as `aqi`'s does not (src/air/batch.ts): it reads
 * each value once and answers only an input that the checked path (the one reader, then the function's own
 * checks) would answer the same way; anything else (an object value, a value out of range, a duplicate, a
 * bad option) it gives up, and the checked path then reads the input afresh and answers or refuses it. So
 * every refusal, its code, field and value, is the checked path's; a getter is called a second time only when
 * the fast path gave up on an input that has one.
 * @internal
 * @module
 */

const OBJECT_PROTOTYPE = Object.prototype;

/**
 * Whether `v` is a flat record: a non-array object whose prototype is this realm's `Object.prototype` or
 * `null`, whose own string-keyed properties are all enumerable, with keys among `keys` (any key but
 * `__proto__` when `null`). Symbol keys are not looked at. Reads no value; never throws (a revoked Proxy is
 * not flat).
 * @internal
 */
export function isFlat(v: unknown, keys: readonly string[] | null): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  try {
    const p = Object.getPrototypeOf(v) as unknown;
    if ((p !== OBJECT_PROTOTYPE && p !== null) || Array.isArray(v)) return false;
    const own = Object.keys(v);
    if (Object.getOwnPropertyNames(v).length !== own.length) return false;
    for (let i = 0; i < own.length; i++) {
      const k = own[i]!;
      if (keys === null ? k === '__proto__' : !keys.includes(k)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Whether `x` is an object (not `null`): a value a flat record's fast path gives up on. @internal */
export const isObjectValue = (x: unknown): x is object => x !== null && typeof x === 'object';
