import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../src/freeze.js';

describe('deepFreeze', () => {
  it('returns a primitive or null as it is', () => {
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze(5)).toBe(5);
    expect(deepFreeze('a')).toBe('a');
  });

  it('leaves an object already frozen as it is, without entering it', () => {
    const inner = { x: 1 };
    const outer = Object.freeze({ inner });
    expect(deepFreeze(outer)).toBe(outer);
    expect(Object.isFrozen(inner)).toBe(false);
  });

  it('freezes every object reachable from its argument', () => {
    const value = { a: [{ b: 1 }], c: { d: { e: 2 } } };
    deepFreeze(value);
    expect([value, value.a, value.a[0], value.c, value.c.d].every((o) => Object.isFrozen(o))).toBe(true);
  });

  it('ends on a cycle, with every object on it frozen', () => {
    const a: { b?: unknown } = {};
    const b = { a, list: [a] };
    a.b = b;
    expect(deepFreeze(a)).toBe(a);
    expect([a, b, b.list].every((o) => Object.isFrozen(o))).toBe(true);
  });
});
