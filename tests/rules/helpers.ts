import { expect } from 'vitest';
import { assess, type AssessOptions } from '../../src/rules/index.js';
import type { Subject, Verdict } from '../../src/entries/schemas.js';

/** The rule ids of a subject's verdicts, in order. */
export const ids = (s: Subject, o?: AssessOptions): string[] => assess(s, o).map((v) => v.rule);

/** The one verdict of `rule` for the subject (fails when there is none or more than one). */
export function verdictOf(s: Subject, rule: string, o?: AssessOptions): Verdict {
  const vs = assess(s, o).filter((v) => v.rule === rule);
  expect(vs, `verdicts of ${rule}`).toHaveLength(1);
  return vs[0]!;
}

/** The verdict of `rule` applies without a condition. */
export function definite(s: Subject, rule: string, o?: AssessOptions): Verdict {
  const v = verdictOf(s, rule, o);
  expect(v.condition).toBeUndefined();
  return v;
}

/** The verdict of `rule` applies only under a condition; returns the facts the condition names. */
export function conditional(s: Subject, rule: string): string[] {
  const v = verdictOf(s, rule);
  expect(v.condition).toBeDefined();
  return v.condition!.when.map((t) => t.fact);
}

/** No verdict of `rule` for the subject. */
export function absent(s: Subject, rule: string): void {
  expect(ids(s)).not.toContain(rule);
}
