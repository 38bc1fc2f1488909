/** Test helpers that read and write a value at a dotted path (`'location.city'`) of a plain object. */

/** The value at `path` in `o` (undefined where the path leaves the object). */
export const getPath = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((x, k) => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);

/** A deep copy of `o` with `value` at `path`, creating the objects on the way (the original is untouched). */
export function withPath<T>(o: T, path: string, value: unknown): T {
  const copy = structuredClone(o) as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy;
  for (const k of keys.slice(0, -1)) {
    at[k] ??= {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]!] = value;
  return copy as T;
}

/** A deep copy of `o` without the key at `path` (the original is untouched). */
export function withoutPath<T>(o: T, path: string): T {
  const copy = structuredClone(o) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.length === 0 ? copy : (getPath(copy, keys.join('.')) as Record<string, unknown>);
  delete parent[last];
  return copy as T;
}
