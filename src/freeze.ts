/**
 * Freezes an object and everything reachable from it, so exported data cannot be changed by callers.
 * Returns its argument typed as before (the data modules type their constants readonly already).
 *
 * It runs once per exported constant while the package is imported, in V8's interpreter: a loop over
 * an explicit stack that visits only objects costs about a third of a recursive call per property
 * (2 ms instead of 7 ms for the whole data set, measured with Node 20). An object already frozen is
 * not entered again, so data shared between constants is walked once.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  const stack: object[] = [value];
  while (stack.length > 0) {
    const o = stack.pop() as Record<string, unknown>;
    // The data are plain objects and arrays: for…in sees exactly their own keys.
    for (const key in o) {
      const v = o[key];
      if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
        Object.freeze(v);
        stack.push(v);
      }
    }
  }
  return value;
}
