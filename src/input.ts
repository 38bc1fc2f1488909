/**
 * How every function reads an object it is given (options, filters, entries, subjects): a plain object
 * only (its prototype `Object.prototype`, from any realm, or `null`: not an array, a `Map`, a `Date`, a
 * class instance or a revoked Proxy), no unknown key, and each value read once, so that a getter that
 * answers differently on a second read cannot make a checked value differ from the value used.
 * @internal
 * @module
 */
import { type IssueInput, PlanInputError } from './errors.js';

/** Whether `v` is a plain object (see the module's note); never throws. @internal */
export function isPlain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  try {
    if (Array.isArray(v)) return false;
    const p = Object.getPrototypeOf(v) as object | null;
    return p === null || Object.getPrototypeOf(p) === null;
  } catch {
    return false; // a revoked Proxy
  }
}

/**
 * Refuses a revoked Proxy where an argument goes: any operation on one throws a TypeError, which must not
 * reach the caller from inside the library. Never throws for anything else. @internal
 */
export function notRevoked(field: string, v: unknown): void {
  if ((typeof v !== 'object' || v === null) && typeof v !== 'function') return;
  try {
    Reflect.getPrototypeOf(v);
  } catch {
    throw new PlanInputError(field, v, 'a value that can be read (not a revoked Proxy)', '可读取的值(不能是已撤销的 Proxy)');
  }
}

/**
 * A null-prototype copy of the own enumerable values of `v` whose keys are in `keys` (each read once), or
 * the issues found: `v` not a plain object (`expected`), an unknown key, a getter that throws. Issues go
 * to `issues` when given (the caller throws them all at once), else they are thrown here.
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
  if (!isPlain(v)) {
    found.push({ field, value: v, expected, expectedZh });
  } else {
    out = Object.create(null) as Record<string, unknown>;
    let own: string[] = [];
    try {
      own = Object.keys(v);
    } catch {
      found.push({ field, value: v, expected, expectedZh });
    }
    for (const key of own) {
      let x: unknown;
      try {
        x = v[key];
      } catch {
        found.push({
          field: `${field}.${key}`,
          value: undefined,
          expected: 'a value that can be read (its getter threw)',
          expectedZh: '可读取的值(其 getter 抛出了异常)',
        });
        continue;
      }
      if (keys !== null && !keys.includes(key)) {
        found.push({
          field: `${field}.${key}`,
          value: x,
          expected: `no such key (${keys.length === 0 ? 'none is taken' : `only ${keys.join(', ')}`})`,
          expectedZh: `无此键(${keys.length === 0 ? '不接受任何键' : `只接受 ${keys.join('、')}`})`,
        });
        continue;
      }
      out[key] = x;
    }
  }
  if (issues === undefined && found.length > before) throw new PlanInputError(found);
  return found.length > before ? undefined : out;
}

/**
 * An options object: `undefined` gives an empty record (when `optional`), otherwise `readPlain` with the
 * words `an object { a?, b? }`, worded only when an issue needs them (building them on every call cost
 * `evaluateTarget` a quarter of its time). Throws every issue found at once.
 * @internal
 */
export function readOptions(field: string, v: unknown, keys: readonly string[], optional: boolean): Record<string, unknown> {
  if (v === undefined && optional) return Object.create(null) as Record<string, unknown>;
  const issues: IssueInput[] = [];
  const out = readPlain(field, v, keys, '', '', issues);
  if (issues.length === 0) return out!;
  const shape = `{ ${keys.map((k) => `${k}?`).join(', ')} }`;
  for (const i of issues as { expected: string; expectedZh: string }[]) {
    if (i.expected === '') {
      i.expected = `a plain object ${shape}${optional ? ' or undefined' : ''}`;
      i.expectedZh = `普通对象 ${shape}${optional ? ' 或 undefined' : ''}`;
    }
  }
  throw new PlanInputError(issues);
}

/** Throws the issues collected, if any. @internal */
export function throwIssues(issues: readonly IssueInput[]): void {
  if (issues.length > 0) throw new PlanInputError(issues);
}
