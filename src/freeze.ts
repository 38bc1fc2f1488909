/**
 * Freezes an object and everything reachable from it, so exported data cannot be changed by callers.
 * Returns its argument typed as before (the data modules type their constants readonly already).
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
