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

/**
 * Whether `v` is a flat record: an object whose prototype is this realm's `Object.prototype` or `null`, whose
 * own string-keyed properties are all enumerable (an array has a length that is not, so none is flat), with
 * keys among `keys`. Symbol keys are not looked at. Reads no value; never throws (a revoked Proxy is not flat).
 * @internal
 */
export function isFlat(v: unknown, keys: readonly string[]): v is Record<string, unknown> {
  try {
    const p = Object.getPrototypeOf(v) as unknown; // throws for null and undefined
    const own = Object.keys(v as object);
    if (typeof v !== 'object' || (p !== Object.prototype && p !== null) || Object.getOwnPropertyNames(v).length !== own.length)
      return false;
    for (const k of own) if (!keys.includes(k)) return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * A copy of a flat record (as `isFlat`, any keys) whose values are no objects, made by `Object.assign` as the
 * one reader makes it; `null` to give up, also on any exception (a getter that throws). The copy is checked
 * after it is made: its own keys must be as many as the record's own properties, which a record with a
 * property that is not enumerable fails, and so does one with an own `__proto__` key (which `Object.assign`
 * sets instead of copying).
 * @internal
 */
export function flatCopy(v: unknown): Record<string, unknown> | null {
  try {
    const p = Object.getPrototypeOf(v) as unknown; // throws for null and undefined
    if (typeof v !== 'object' || (p !== Object.prototype && p !== null)) return null;
    const c = Object.assign({}, v) as Record<string, unknown>;
    for (const k in c) if (typeof c[k] === 'object' && c[k]) return null; // an object (null is no object here)
    return Object.keys(c).length === Object.getOwnPropertyNames(v).length ? c : null;
  } catch {
    return null;
  }
}

/** Whether `x` is an object (not `null`): a value a flat record's fast path gives up on. @internal */
export const isObjectValue = (x: unknown): x is object => x !== null && typeof x === 'object';
