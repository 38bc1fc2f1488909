import { expect } from 'vitest';
import { PlanInputError } from '../src/errors.js';
import type { IssueCode } from '../src/issue-codes.js';

/** The PlanInputError that `f` throws (fails when it throws nothing or something else). */
export function inputError(f: () => unknown): PlanInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanInputError);
    return e as PlanInputError;
  }
  throw new Error('expected a PlanInputError');
}

/** The field named by the PlanInputError that `f` throws ('no error' when it returns; fails on any other error). */
export function fieldOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanInputError);
    return (e as PlanInputError).field;
  }
  return 'no error';
}

/**
 * Expects `f` to throw a PlanInputError whose first issue has exactly `code` and `field` and, when given,
 * the value received (compared with Object.is). Refusals are tested by code and field: their words are
 * the catalogue's (src/issue-codes.ts), pinned once by tests/issue-codes.test.ts.
 */
export function expectCode(f: () => unknown, code: IssueCode, field: string, ...value: [unknown?]): PlanInputError {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error, `throws for ${field}`).toBeInstanceOf(PlanInputError);
  const e = error as PlanInputError;
  expect({ code: e.issues[0]!.code, field: e.field }).toEqual({ code, field });
  // An object or array is reported as read: the copy the function made of it, equal to the one given.
  if (value.length > 0 && value[0] !== null && typeof value[0] === 'object') expect(e.value).toEqual(value[0]);
  else if (value.length > 0) expect(Object.is(e.value, value[0]), `value ${String(e.value)}`).toBe(true);
  return e;
}

/**
 * Expects `f` to throw a PlanInputError naming exactly `field`, with what was expected in words (exactly
 * `expected`, or matching it) and, when given, the value received. The words are part of the contract
 * ("naming the field, the value and what was expected"), so tests pin them word for word.
 */
export function expectInputError(f: () => unknown, field: string, expected: string | RegExp, ...value: [unknown?]): PlanInputError {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error, `throws for ${field}`).toBeInstanceOf(PlanInputError);
  const e = error as PlanInputError;
  expect(e.field).toBe(field);
  if (typeof expected === 'string') expect(e.expected).toBe(expected);
  else expect(e.expected).toMatch(expected);
  expect(e.message).toContain(`Invalid ${field}: expected ${e.expected}`);
  if (value.length > 0 && value[0] !== null && typeof value[0] === 'object') expect(e.value).toEqual(value[0]);
  else if (value.length > 0) expect(Object.is(e.value, value[0]), `value ${String(e.value)}`).toBe(true);
  return e;
}

/** `expectInputError`, and the first issue's words in Chinese, exactly `expectedZh`. */
export function expectInputErrorZh(
  f: () => unknown,
  field: string,
  expected: string | RegExp,
  expectedZh: string,
  ...value: [unknown?]
): PlanInputError {
  const e = expectInputError(f, field, expected, ...value);
  expect(e.issues[0]!.expectedZh).toBe(expectedZh);
  return e;
}

/** A revoked Proxy (of `target`, an empty object unless given): any operation on it throws a TypeError. */
export function revoked(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** What the error `f` throws says was expected, in Chinese (its first issue's words). */
export function expectedZhOf(f: () => unknown): string {
  return inputError(f).issues[0]!.expectedZh;
}
