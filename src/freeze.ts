/**
 * Freezes an object and everything reachable from it, so exported data cannot be changed by callers.
 * Returns its argument typed as before (the data modules type their constants readonly already).
 *
 * It runs once per exported constant while the package is imported (about 2,900 objects for the main
 * entry). Written as a plain recursion: the loop over an explicit stack it replaced became hot enough for
 * V8 to optimize it twice with TurboFan (about 9 ms of compiling each, on a second thread, often still
 * running when the import was done) and cost the main entry's import about 4 ms more in the process
 * (34.3 against 31.7 ms, medians of 21 fresh processes; 30.2 without freezing). An object already frozen
 * is not entered again, so data shared between constants is walked once, and a cycle ends. The data's
 * nesting is shallow (under 10 levels), so the recursion is too.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // The data are plain objects and arrays: for…in sees exactly their own keys.
  for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
