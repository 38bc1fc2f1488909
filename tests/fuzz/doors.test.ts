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
import { revoked } from '../errors.js';

class Instance {
  readonly asOf = '2026-01-01';
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

/** Replacements of one argument (or of a plain object at the argument's top level). */
function replacements(arg: unknown): unknown[] {
  const out: unknown[] = [new Map(), new Date(0), new Instance(), [], revoked()];
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
        for (const r of replacements(args[i])) {
          const changed = [...args];
          changed[i] = r;
          call(name, row.fn as (...a: unknown[]) => unknown, changed, i);
        }
      }
    }
  });
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
