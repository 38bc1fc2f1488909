/**
 * Shared machinery of the fuzz suite: junk values, "nearly valid" corruption of valid arguments, a
 * snapshot that tells whether a call changed its input, and the check every call must pass — a valid
 * result, or a `PlanInputError` that names a field; never another exception.
 */
import fc from 'fast-check';
import { PlanInputError } from '../../src/errors.js';
import { HALF_WIDTH, halfWidthInChinese } from '../zh.js';

/** How many runs per property: `FUZZ_RUNS=10 npx vitest run tests/fuzz` runs ten times as many. */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1));
/** Fixed by default, so `npm test` is reproducible; `FUZZ_SEED=random` draws a new one (printed on failure). */
export const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20240308);

export function params(numRuns: number): fc.Parameters<unknown> {
  return { numRuns: Math.round(numRuns * RUNS), ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: false };
}

// Junk -------------------------------------------------------------------------------------------

const nullProto = () => Object.create(null) as object;

/** Hand-picked values that break careless code: edge numbers, near-miss strings, odd objects. */
export const NASTY: readonly unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  -0,
  0,
  0.5,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2 ** 53,
  2 ** 53 + 2,
  1e21,
  '',
  ' ',
  'x',
  '0',
  '1',
  '-1',
  'NaN',
  'Infinity',
  '2025-02-29',
  '2025-02-30',
  '2025-13-01',
  '2025-1-1',
  '0000-01-01',
  '9999-12-31',
  '2024-02-29',
  '2015-12-31',
  '2026-03-01',
  '2025-12-31T00:00:00Z',
  ' 2025-12-31',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'taiyuan',
  'Taiyuan',
  '太原市',
  '140121',
  '城区',
  'ecology-environment',
  '三(七)26',
  'pm25-2025-datong',
  'coal-boiler',
  'pm25_24h',
  '2012',
  '2026',
  'x'.repeat(10_000),
  null,
  undefined,
  true,
  false,
  10n,
  Symbol('junk'),
  Symbol.iterator,
  () => 1,
  function named() {
    return undefined;
  },
  Math.max,
  new Date(NaN),
  new Date(0),
  {},
  [],
  [[]],
  [null],
  [undefined],
  [NaN],
  [1, 'x'],
  new Array(3),
  { length: 2, 0: 1, 1: 2 },
  new Map([['a', 1]]),
  new Set([1]),
  /re/,
  new Error('not an input'),
  new Number(5),
  new String('taiyuan'),
  new Boolean(false),
  new Float64Array([1, NaN]),
  new Uint8Array(2),
  { valueOf: () => 5 },
  { toString: () => 'taiyuan' },
  { toJSON: () => 'x' },
  // biome-ignore lint/suspicious/noThenProperty: a thenable is exactly the junk this input is for
  { then: () => 'thenable' },
  { __proto__: { inherited: 1 } },
];

/** Any value at all: nasty picks, numbers of every kind, strings, and deep random structures. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 4 },
  { arbitrary: fc.constant(null).map(nullProto), weight: 1 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 5,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      withSparseArray: true,
      withUnicodeString: true,
    }),
    weight: 3,
  },
);

/** A tuple of junk arguments, of any length up to `max` (a function may be called with too few or too many). */
export const junkArgs = (max: number): fc.Arbitrary<unknown[]> => fc.array(junk, { maxLength: max + 1 });

// Corruption of valid arguments ---------------------------------------------------------------------

type Path = readonly PropertyKey[];

const isContainer = (v: unknown): v is Record<PropertyKey, unknown> =>
  v !== null &&
  typeof v === 'object' &&
  (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** Every path into a value (the root included), through arrays and plain objects. */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  out.push(prefix);
  if (isContainer(value) && depth < 6) {
    for (const key of Object.keys(value)) pathsOf(value[key], [...prefix, key], out, depth + 1);
  }
  return out;
}

/** A copy of `root` where the value at `path` is replaced by `f(old)` (`DELETE` removes the key); containers along the path are copied, nothing else. */
export const DELETE = Symbol('delete');
export function updateAt(root: unknown, path: Path, f: (old: unknown) => unknown): unknown {
  if (path.length === 0) return f(root);
  const [key, ...rest] = path;
  const copy: Record<PropertyKey, unknown> = Array.isArray(root) ? ([...(root as unknown[])] as never) : { ...(root as object) };
  const next = updateAt((root as Record<PropertyKey, unknown>)[key!], rest, f);
  if (next === DELETE) {
    if (Array.isArray(copy)) copy[key as number] = undefined;
    else delete copy[key!];
  } else copy[key!] = next;
  return copy;
}

export type Corruption = 'replace' | 'delete' | 'extra-field' | 'wrap-in-array' | 'stringify' | 'negate' | 'scale';

/**
 * Valid arguments with exactly one thing wrong: one value (anywhere in the tree) replaced by junk,
 * deleted, wrapped in an array, turned into a string, negated or scaled enormously, or one object given
 * an extra field. These find more than junk alone: they get past the first checks.
 */
export function nearlyValid(valid: fc.Arbitrary<unknown[]>): fc.Arbitrary<{ args: unknown[]; how: string }> {
  return fc
    .tuple(
      valid,
      fc.nat(),
      junk,
      fc.constantFrom<Corruption>(
        'replace',
        'replace',
        'replace',
        'delete',
        'extra-field',
        'wrap-in-array',
        'stringify',
        'negate',
        'scale',
      ),
      fc.constantFrom('extra', 'kind', 'id', 'value', '__proto__', 'constructor', 'asOf', 'toString'),
    )
    .map(([args, pick, j, corruption, extraKey]) => {
      const paths = pathsOf(args).slice(1); // never the tuple itself
      if (paths.length === 0) return { args, how: 'no arguments' };
      const path = paths[pick % paths.length]!;
      const how = `${corruption} at ${path.map(String).join('.')}`;
      const out = updateAt(args, path, (old) => {
        switch (corruption) {
          case 'replace':
            return j;
          case 'delete':
            return DELETE;
          case 'extra-field':
            if (isContainer(old) && !Array.isArray(old)) {
              const o = { ...old };
              Object.defineProperty(o, extraKey, { value: j, enumerable: true, writable: true, configurable: true });
              return o;
            }
            return j;
          case 'wrap-in-array':
            return [old];
          case 'stringify':
            try {
              return typeof old === 'symbol' ? old.toString() : String(old as string);
            } catch {
              return '[object]';
            }
          case 'negate':
            return typeof old === 'number' ? -old - 1 : j;
          case 'scale':
            return typeof old === 'number' ? old * 1e300 : j;
        }
      }) as unknown[];
      return { args: out, how };
    });
}

// Snapshots: did a call change its input? ---------------------------------------------------------

/** A faithful description of a value (NaN, −0, symbols, functions, prototypes, Maps, Dates …), for equality. */
export function snapshot(value: unknown): string {
  const ids = new Map<unknown, number>();
  const id = (v: unknown) => {
    if (!ids.has(v)) ids.set(v, ids.size);
    return ids.get(v)!;
  };
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number): string => {
    switch (typeof v) {
      case 'number':
        return Object.is(v, -0) ? '-0' : String(v);
      case 'string':
        return JSON.stringify(v);
      case 'bigint':
        return `${v}n`;
      case 'boolean':
      case 'undefined':
        return String(v);
      case 'symbol':
        return `sym#${id(v)}`;
      case 'function':
        return `fn#${id(v)}`;
    }
    if (v === null) return 'null';
    if (seen.has(v) || depth > 12) return `ref#${id(v)}`;
    seen.add(v);
    const o = v as object;
    const tag = Object.prototype.toString.call(o);
    const parts: string[] = [tag, Object.isFrozen(o) ? 'frozen' : ''];
    if (o instanceof Date) parts.push(String(o.getTime()));
    if (o instanceof Map) for (const [k, x] of o) parts.push(`${walk(k, depth + 1)}=>${walk(x, depth + 1)}`);
    if (o instanceof Set) for (const x of o) parts.push(walk(x, depth + 1));
    if (ArrayBuffer.isView(o)) parts.push(Array.from(o as unknown as ArrayLike<number>, String).join(','));
    for (const key of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key)!;
      const k = typeof key === 'symbol' ? `sym#${id(key)}` : key;
      parts.push(`${k}:${'value' in d ? walk(d.value, depth + 1) : 'accessor'}`);
    }
    seen.delete(v);
    return `{${parts.join('|')}}`;
  };
  return walk(value, 0);
}

// The contract -----------------------------------------------------------------------------------

/** Every number reachable in a value that is NaN or ±Infinity, by path. */
export function nonFinite(value: unknown, skip: (path: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string) => {
    if (skip(path)) return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(`${path} = ${v}`);
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    for (const key of Object.keys(v)) walk((v as Record<string, unknown>)[key], `${path}.${key}`);
  };
  walk(value, '$');
  return out;
}

const describe = (v: unknown) => {
  try {
    return snapshot(v).slice(0, 400);
  } catch {
    return '(undescribable)';
  }
};

/** The most one call on fuzz-sized inputs may take (generous: coverage instrumentation slows calls down). */
export const CALL_BUDGET_MS = 500;

export interface Contract {
  /** The function under test. */
  readonly fn: (...args: never[]) => unknown;
  /** Throws (with a message) when the result is not valid for these arguments. */
  readonly check: (result: unknown, args: readonly unknown[]) => void;
  /** Paths of the result not checked for NaN/Infinity (fields copied from the caller's own input). */
  readonly passthrough?: (path: string) => boolean;
  /** The names an error's `field` may start with (the parameters, and names the function passes on). */
  readonly roots: readonly string[];
}

/**
 * Calls `fn(...args)` and holds it to the contract: a valid result with no NaN or Infinity, or a
 * `PlanInputError` whose field starts with one of `roots` and is named in the message; the arguments
 * unchanged either way. Returns `'ok'` or `'error'`; throws (failing the property) otherwise.
 */
export function holdsContract(name: string, c: Contract, args: readonly unknown[]): 'ok' | 'error' {
  const before = snapshot(args);
  let result: unknown;
  let outcome: 'ok' | 'error';
  const started = performance.now();
  try {
    result = (c.fn as (...a: unknown[]) => unknown)(...args);
    outcome = 'ok';
  } catch (e) {
    if (!(e instanceof PlanInputError)) {
      throw new Error(
        `${name}(${describe(args)}) threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}, not a PlanInputError`,
        { cause: e },
      );
    }
    const root = /^[^.[]*/.exec(e.field)![0];
    if (!c.roots.includes(root)) {
      throw new Error(
        `${name}: PlanInputError names field '${e.field}', expected one under ${c.roots.join(', ')} (args ${describe(args)})`,
      );
    }
    if (!e.message.includes(e.field) || e.expected.length === 0) {
      throw new Error(`${name}: PlanInputError message does not name its field: ${e.message}`);
    }
    // The library's Chinese words in full-width punctuation (unless the arguments themselves carry such text).
    if (!HALF_WIDTH.test(before)) {
      const bad = e.issues.find((i) => halfWidthInChinese(i.expectedZh));
      if (bad !== undefined) throw new Error(`${name}: half-width punctuation in the Chinese words: ${bad.expectedZh}`);
    }
    outcome = 'error';
  }
  // A synchronous hang cannot be interrupted; a call this slow on fuzz-sized inputs is the warning sign.
  const ms = performance.now() - started;
  if (ms > CALL_BUDGET_MS) throw new Error(`${name}(${describe(args)}) took ${ms.toFixed(0)} ms (budget ${CALL_BUDGET_MS} ms)`);
  const after = snapshot(args);
  if (after !== before) throw new Error(`${name} changed its input:\n  before ${before.slice(0, 300)}\n  after  ${after.slice(0, 300)}`);
  if (outcome === 'ok') {
    const bad = nonFinite(result, c.passthrough);
    if (bad.length > 0) throw new Error(`${name}(${describe(args)}) returned non-finite numbers: ${bad.slice(0, 5).join('; ')}`);
    try {
      c.check(result, args);
    } catch (e) {
      throw new Error(`${name}(${describe(args)}) returned an invalid result: ${(e as Error).message}\n  result: ${describe(result)}`);
    }
  }
  return outcome;
}

/** Deep-freezes a value in place (plain objects and arrays only) and returns it. */
export function deepFreeze<T>(value: T): T {
  if (isContainer(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
