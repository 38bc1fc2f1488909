/**
 * The one reader of the library's inputs. Every public function reads its arguments through it, once,
 * into plain data, and then works on that copy, so that nothing it checked can differ from what it uses.
 * The policy, the same for every function and at every depth:
 *
 * - **plain data only**: objects whose prototype is `Object.prototype` (of any realm) or `null`, arrays
 *   (`Array.isArray`, not a subclass) and primitives. A `Map`, `Date`, class instance, typed array, array
 *   subclass or an object with another prototype is refused (`not-plain`), so a key it inherits is never
 *   read as if it were its own (an inherited `dueBy` is refused, not ignored);
 * - **own enumerable properties**: a non-enumerable own property is refused (`not-plain`), symbol keys
 *   are ignored (as JSON ignores them); an array with a hole is refused (`not-plain`), so a huge sparse
 *   array costs nothing;
 * - **accessors are read once**: a getter is called once and its value copied (a getter that throws is
 *   `unreadable`); nothing reads it again;
 * - **proxies**: a revoked Proxy anywhere, nested too, is `unreadable`; a live one is read like the object
 *   it shows;
 * - **unknown keys**: where a function takes a fixed set of keys (options, filters, statistics), any other
 *   key is refused (`unknown-key`);
 * - a cycle is refused (`not-plain`).
 * @internal
 * @module
 */
import { type IssueInput, PlanInputError } from './errors.js';
import { type IssueCode, keyWords, UNREADABLE } from './issue-codes.js';

const hasOwn = Object.prototype.hasOwnProperty;

/** 0: an array, 1: a plain object, 2: another object, 3: a revoked Proxy; never throws. */
function kindOf(v: object): number {
  try {
    if (Array.isArray(v)) {
      const p = Object.getPrototypeOf(v) as object | null;
      return p !== null && Array.isArray(p) && Object.getPrototypeOf(Object.getPrototypeOf(p)) === null ? 0 : 2;
    }
    const p = Object.getPrototypeOf(v) as object | null;
    // Object.prototype of this realm (the common case, asked first) or of any other: a root object that has
    // its own isPrototypeOf.
    return p === Object.prototype || p === null || (Object.getPrototypeOf(p) === null && hasOwn.call(p, 'isPrototypeOf')) ? 1 : 2;
  } catch {
    return 3; // a revoked Proxy throws on every operation
  }
}

/** Whether `v` is a plain object (see the module's note); never throws. @internal */
export function isPlain(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && kindOf(v) === 1;
}

const NOT_PLAIN = [
  'plain data (a plain object or array, not a Map, Date, class instance or typed array)',
  '普通数据（普通对象或数组，不能是 Map、Date、类的实例或类型化数组）',
] as const;

/**
 * A plain object read but not built: its own enumerable string keys and their values (nested data copied),
 * as {@link readEntries} gives the objects directly inside the one it reads, for a reader that checks them
 * and builds its own copy (`assess`); {@link objectOf} builds the copy the module would have made.
 * @internal
 */
export class Entries {
  constructor(
    readonly keys: readonly string[],
    readonly vals: readonly unknown[],
  ) {}
}

/** The issue of a value that cannot be read (a revoked Proxy, a getter or a trap that throws). */
function unreadable(field: string, value: unknown): IssueInput {
  return { code: 'unreadable', field, value, expected: UNREADABLE[0], expectedZh: UNREADABLE[1] };
}

/** What a plain object read but not built is made into (kept out of the copy's code, for the bundles' sizes). */
type Unbuilt = (keys: readonly string[], vals: readonly unknown[]) => unknown;
const entriesOf: Unbuilt = (keys, vals) => new Entries(keys, vals);

/** The plain object of `keys` and `vals`, as the module copies one. @internal */
export function objectOf(keys: readonly string[], vals: readonly unknown[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const x = vals[i];
    // `o[key] = c` would set the prototype for a key "__proto__": define it as an own property instead.
    if (key === '__proto__') Object.defineProperty(o, key, { value: x, enumerable: true, writable: true, configurable: true });
    else o[key] = x;
  }
  return o;
}

/**
 * `v` copied as plain data (see the module's note), its issues pushed to `issues`; `seen` the objects being
 * copied (for cycles); a plain object left as `unbuilt` makes it of its
 * keys and values (its {@link Entries}) when given.
 */
function copy(field: string, v: unknown, issues: IssueInput[], seen: object[], unbuilt: Unbuilt | null = null): unknown {
  if (v === null || typeof v !== 'object') return v;
  const kind = kindOf(v);
  if (kind === 3) {
    issues.push(unreadable(field, v));
    return undefined;
  }
  if (kind === 2) {
    issues.push({ code: 'not-plain', field, value: v, expected: NOT_PLAIN[0], expectedZh: NOT_PLAIN[1] });
    return undefined;
  }
  if (seen.includes(v)) {
    issues.push({ code: 'not-plain', field, value: v, expected: 'data without cycles', expectedZh: '无循环引用的数据' });
    return undefined;
  }
  seen.push(v);
  let out: unknown;
  try {
    if (kind === 0) {
      const a = v as unknown[];
      const n = a.length;
      const o = new Array<unknown>(n);
      for (let i = 0; i < n; i++) {
        if (!(i in a)) {
          issues.push({
            code: 'not-plain',
            field: `${field}[${i}]`,
            value: undefined,
            expected: 'an array without holes',
            expectedZh: '无空位的数组',
          });
          break;
        }
        o[i] = copy(`${field}[${i}]`, a[i], issues, seen);
      }
      out = o;
    } else {
      const vals: unknown[] = [];
      const keys = entries(field, v as Record<string, unknown>, issues, seen, vals);
      if (unbuilt !== null) {
        seen.pop();
        return unbuilt(keys, vals);
      }
      const o = objectOf(keys, vals);
      // A symbol key is no data of the library's (JSON has none), but the caller's own: copied as it is.
      const r = v as Record<symbol, unknown>;
      for (const key of Object.getOwnPropertySymbols(r))
        if (Object.prototype.propertyIsEnumerable.call(r, key)) (o as Record<symbol, unknown>)[key] = r[key];
      out = o;
    }
  } catch {
    // A live Proxy whose traps throw.
    issues.push(unreadable(field, v));
    out = undefined;
  }
  seen.pop();
  return out;
}

/**
 * The own enumerable string keys of the plain object `r` (already on `seen`, or `seen` null: made when
 * needed), their values each read once into `vals` (a getter called once, nested data copied with its symbol
 * keys, a plain object left as `unbuilt` makes it when given); a getter that throws and a non-enumerable own
 * property are issues. A live Proxy whose trap throws throws here: the caller catches it.
 */
function entries(
  field: string,
  r: Record<string, unknown>,
  issues: IssueInput[],
  seen: object[] | null,
  vals: unknown[],
  unbuilt: Unbuilt | null = null,
): string[] {
  const own = Object.keys(r);
  for (let i = 0; i < own.length; i++) {
    const key = own[i]!;
    let x: unknown;
    try {
      x = r[key]; // a getter is called here, once
    } catch {
      // An issue: no copy is used where there is one, so the value left here is never seen.
      issues.push(unreadable(`${field}.${key}`, undefined));
      vals.push(undefined);
      continue;
    }
    // A path is built only for nested data: on the hot path of `assess` a string per field costs.
    if (x !== null && typeof x === 'object') {
      if (seen === null) seen = [r];
      x = copy(`${field}.${key}`, x, issues, seen, unbuilt);
    }
    vals.push(x);
  }
  const names = Object.getOwnPropertyNames(r);
  if (names.length !== own.length) {
    for (const key of names) {
      if (!own.includes(key)) {
        issues.push({
          code: 'not-plain',
          field: `${field}.${key}`,
          value: undefined,
          expected: 'an enumerable own property',
          expectedZh: '可枚举的自有属性',
        });
      }
    }
  }
  return own;
}

/**
 * The own enumerable string keys and values of the plain object `v` (see {@link isPlain}), read once by the
 * module's policy (the keys returned, their values in `vals`), nested data copied (a plain object directly in
 * `v` as its {@link Entries}: see {@link objectOf}), the symbol keys of those two not read: for a reader that checks
 * the values as it goes instead of copying `v` first (`assess`). The issues of reading go to `issues` (the
 * values are then not all read: the caller throws them).
 * @internal
 */
export function readEntries(field: string, v: Record<string, unknown>, vals: unknown[], issues: IssueInput[]): string[] {
  try {
    return entries(field, v, issues, null, vals, entriesOf);
  } catch {
    // A live Proxy whose traps throw.
    issues.push(unreadable(field, v));
    return [];
  }
}

/**
 * A copy of `v` as plain data (see the module's note), read once; the issues found go to `issues` when
 * given (the caller throws them with its own), else they are thrown here.
 * @internal
 */
export function read(field: string, v: unknown, issues?: IssueInput[]): unknown {
  const found: IssueInput[] = issues ?? [];
  const out = copy(field, v, found, []);
  if (issues === undefined && found.length > 0) throw new PlanInputError(found);
  return out;
}

/**
 * `v` read as a plain object whose keys are in `keys` (any key when `null`): the copy, or `undefined`
 * with the issues found (`v` not a plain object is refused with `expected`). Issues go to `issues` when
 * given, else they are thrown here.
 * @internal
 */
export function readPlain(
  field: string,
  v: unknown,
  keys: readonly string[] | null,
  expected: string,
  expectedZh: string,
  issues?: IssueInput[],
): Record<string, unknown> | undefined {
  const found: IssueInput[] = issues ?? [];
  const before = found.length;
  let out: Record<string, unknown> | undefined;
  if (v === null || typeof v !== 'object' || kindOf(v) !== 1) {
    const k = v !== null && typeof v === 'object' ? kindOf(v) : -1;
    const [en, zh] = k === 3 ? UNREADABLE : [expected, expectedZh];
    found.push({ code: k === 3 ? 'unreadable' : k === 2 ? 'not-plain' : 'wrong-type', field, value: v, expected: en, expectedZh: zh });
  } else {
    out = copy(field, v, found, []) as Record<string, unknown> | undefined;
    if (keys !== null && out !== undefined) unknownKeys(field, out, keys, found);
  }
  if (issues === undefined && found.length > before) throw new PlanInputError(found);
  return found.length > before ? undefined : out;
}

/** An object's keys in words, `{ a, b? }`: those not in `required` with a question mark. @internal */
export function shapeWords(keys: readonly string[], required: readonly string[]): string {
  return `{ ${keys.map((k) => (required.includes(k) ? k : `${k}?`)).join(', ')} }`;
}

/**
 * An options object: `undefined` gives an empty record (when `optional`), otherwise `readPlain` with the
 * words `an object { a, b? }` (the keys in `required` without a question mark), worded only when an issue
 * needs them (building them on every call cost `evaluateTarget` a quarter of its time). Throws every issue
 * found at once.
 * @internal
 */
export function readOptions(
  field: string,
  v: unknown,
  keys: readonly string[],
  optional: boolean,
  required: readonly string[] = [],
): Record<string, unknown> {
  if (v === undefined && optional) return {};
  const issues: IssueInput[] = [];
  const out = readPlain(field, v, keys, '', '', issues);
  if (issues.length === 0) return out!;
  const shape = shapeWords(keys, required);
  for (const i of issues as { expected: string; expectedZh: string }[]) {
    if (i.expected === '') {
      i.expected = `a plain object ${shape}${optional ? ' or undefined' : ''}`;
      i.expectedZh = `普通对象 ${shape}${optional ? ' 或 undefined' : ''}`;
    }
  }
  throw new PlanInputError(issues);
}

/**
 * Lists in `issues` each key of the plain data `o` (a copy made by this module) that is not in `keys`, as
 * `unknown-key` at `field.key`: the one check of unknown keys. Returns whether there was none.
 * @internal
 */
export function unknownKeys(field: string, o: Record<string, unknown>, keys: readonly string[], issues: IssueInput[]): boolean {
  const before = issues.length;
  let w: readonly [string, string] | undefined;
  for (const key of Object.keys(o)) {
    if (keys.includes(key)) continue;
    w ??= keyWords(keys);
    issues.push({ code: 'unknown-key', field: `${field}.${key}`, value: o[key], expected: w[0], expectedZh: w[1] });
  }
  return issues.length === before;
}

/** Throws the issues collected, if any. @internal */
export function throwIssues(issues: readonly IssueInput[]): void {
  if (issues.length > 0) throw new PlanInputError(issues);
}

/** Whether `v` is a plain array (see the module's note); never throws. @internal */
export function isArray(v: unknown): v is unknown[] {
  return v !== null && typeof v === 'object' && kindOf(v) === 0;
}

/** The code of a value refused where plain data of another shape goes: `unreadable`, `not-plain` or `wrong-type`. @internal */
export function shapeCode(v: unknown): IssueCode {
  if (v === null || typeof v !== 'object') return 'wrong-type';
  const k = kindOf(v);
  return k === 3 ? 'unreadable' : k === 2 ? 'not-plain' : 'wrong-type';
}
