import { expect } from 'vitest';
import { PlanInputError } from '../src/errors.js';

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
