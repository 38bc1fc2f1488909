/**
 * Immutability: exported constants are deep-frozen and refuse every kind of change (tests/data/integrity
 * checks the main entry's freezing; here the source entry's too, and that each mutation throws); no public
 * function changes its input (the inputs are deep-frozen: a write would throw); and a result shares nothing
 * with the library that a caller could change: vandalizing every result leaves the next call's answer and
 * the exported data as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import * as source from '../../src/source/index.js';
import { deepFreeze, SEED, snapshot } from '../fuzz/harness.js';
import { TABLE } from '../fuzz/table.js';

const ENTRIES = { 'shanxi-air-plan': lib, 'shanxi-air-plan/source': source } as const;

/** Every exported value that is not a function, by entry and name. */
const constants = Object.entries(ENTRIES).flatMap(([entry, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => typeof v !== 'function')
    .map(([name, v]) => [`${entry}: ${name}`, v] as const),
);

/** Every object reachable from a value, with its path. */
function objectsIn(value: unknown, path: string, out: [string, object][] = [], seen = new Set<unknown>()): [string, object][] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  out.push([path, value]);
  for (const key of Reflect.ownKeys(value)) objectsIn((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, out, seen);
  return out;
}

/** The library's data, all of it, as one string: compared before and after the vandalism below. */
const libraryState = () => snapshot(constants.map(([, v]) => v));

describe('exported constants', () => {
  it('are objects (deep-frozen) or strings: nothing else a caller could reassign inside', () => {
    for (const [name, v] of constants) expect(['object', 'string'], name).toContain(typeof v);
    expect(constants.length).toBeGreaterThan(20);
  });

  it.each(constants.filter(([, v]) => typeof v === 'object'))('%s is deep-frozen and every change throws', (name, value) => {
    for (const [path, o] of objectsIn(value, name)) {
      expect(Object.isFrozen(o), `${path} is frozen`).toBe(true);
      const keys = Reflect.ownKeys(o);
      const first = keys.find((k) => k !== 'length');
      const target = o as Record<PropertyKey, unknown>;
      // Strict mode (ES modules): every write to a frozen object is a TypeError, never a silent no-op.
      expect(() => {
        target.__injected__ = 1;
      }, `${path}: add a property`).toThrow(TypeError);
      if (first !== undefined) {
        expect(
          () => {
            target[first] = 'changed';
          },
          `${path}: assign ${String(first)}`,
        ).toThrow(TypeError);
        expect(
          () => {
            delete target[first];
          },
          `${path}: delete ${String(first)}`,
        ).toThrow(TypeError);
      }
      expect(() => Object.defineProperty(o, 'x', { value: 1 }), `${path}: defineProperty`).toThrow(TypeError);
      expect(() => Object.setPrototypeOf(o, null), `${path}: setPrototypeOf`).toThrow(TypeError);
      if (Array.isArray(o)) {
        expect(() => (o as unknown[]).push(1), `${path}: push`).toThrow(TypeError);
        if (o.length > 1) expect(() => (o as unknown[]).reverse(), `${path}: reverse`).toThrow(TypeError);
        if (o.length > 1) expect(() => (o as unknown[]).sort(), `${path}: sort`).toThrow(TypeError);
      }
    }
  });
});

/** Tries to change everything reachable from a result: every property of every unfrozen object and array. */
function vandalize(value: unknown): number {
  let changed = 0;
  for (const [, o] of objectsIn(value, '$')) {
    if (Object.isFrozen(o)) continue;
    const target = o as Record<PropertyKey, unknown>;
    for (const key of Reflect.ownKeys(o)) {
      if (Array.isArray(o) && key === 'length') continue;
      try {
        target[key] = typeof target[key] === 'number' ? -1 : typeof target[key] === 'string' ? 'VANDALIZED' : { vandalized: true };
        changed++;
      } catch {
        // a non-writable property of an unfrozen object: fine
      }
    }
    try {
      if (Array.isArray(o)) (o as unknown[]).push('VANDALIZED');
      else target.vandalized = true;
    } catch {
      // sealed
    }
  }
  return changed;
}

const RUNS = 40;

describe.each(Object.entries(TABLE))('%s', (name, row) => {
  const call = (args: readonly unknown[]) => (row.fn as (...a: unknown[]) => unknown)(...args);

  it('does not change its input (deep-frozen inputs are accepted as they are)', () => {
    for (const args of fc.sample(row.valid, { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) })) {
      const frozen = deepFreeze(args);
      const before = snapshot(frozen);
      expect(() => call(frozen), `${name} with deep-frozen arguments`).not.toThrow();
      expect(snapshot(frozen)).toBe(before);
    }
  });

  it('returns nothing through which a caller could change the next answer or the library data', () => {
    const state = libraryState();
    for (const args of fc.sample(row.valid, { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED + 1 }) })) {
      const frozen = deepFreeze(args); // what the result shares with the input is the caller's, and stays put
      const first = call(frozen);
      const expected = snapshot(first);
      vandalize(first);
      expect(snapshot(call(frozen)), `${name}: a second call after changing the first result`).toBe(expected);
    }
    expect(libraryState(), 'the exported data').toBe(state);
  });
});
