import type { IssueCode } from './issue-codes.js';

/** One symbol for every copy of the library loaded in a program (ESM and CJS builds, any entry point). */
const BRAND: unique symbol = Symbol.for('shanxi-air-plan.PlanInputError');

/**
 * One problem with an input: the field at fault (a path such as `'subject.capacityTph'`), the value
 * received, and what was expected, in English (`expected`) and in Chinese (`expectedZh`).
 * @category Errors
 */
export interface PlanInputIssue {
  /** What kind of problem, a stable code from `ISSUE_CODES` (src/issue-codes.ts) (e.g. `'not-a-number'`, `'unknown-key'`). */
  readonly code: IssueCode;
  /** The input field at fault, as a path such as `'subject.capacityTph'`. */
  readonly field: string;
  /** The value received (as given; may be of any type). */
  readonly value: unknown;
  /** What was expected, in words, e.g. `'a finite number ≥ 0'`. */
  readonly expected: string;
  /** The same in Chinese, e.g. `'≥ 0 的有限数'`. */
  readonly expectedZh: string;
}

/** An issue as a thrower gives it: `expectedZh` may be left out (the Chinese message then quotes `expected`). @internal */
export interface IssueInput {
  /** The problem's code; issues thrown without one are `'invalid-value'` until each site names its own. */
  readonly code?: IssueCode | undefined;
  readonly field: string;
  readonly value: unknown;
  readonly expected: string;
  readonly expectedZh?: string | undefined;
}

/**
 * The one error this library throws on bad input. It reports every problem it found in one throw
 * (`issues`: each with the field, the value received and what was expected, in English and Chinese);
 * `field`, `value` and `expected` are the first issue's. `message` is in English, `messageZh` in Chinese.
 *
 * @example
 * ```ts
 * import { getCity, PlanInputError } from 'shanxi-air-plan';
 * try {
 *   getCity('xian');
 * } catch (e) {
 *   e instanceof PlanInputError; //=> true
 *   e.field; //=> 'city'
 *   e.issues.length; //=> 1
 * }
 * ```
 * @category Errors
 */
export class PlanInputError extends Error {
  /**
   * `instanceof PlanInputError` holds for an error thrown by any build of this library (its ES module and
   * its CommonJS files are two copies of the class when a program loads both: the dual-package hazard),
   * because every instance carries the same registered-symbol brand.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    try {
      return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
    } catch {
      return false; // a revoked Proxy throws on any property read
    }
  }

  /** The input field at fault (the first issue's), as a path such as `'subject.capacityTph'`. */
  readonly field: string;
  /** The value received (the first issue's; as given, may be of any type). */
  readonly value: unknown;
  /** What was expected (the first issue's), in words, e.g. `'a finite number ≥ 0'`. */
  readonly expected: string;
  /** Every problem found, in the order found; at least one. */
  readonly issues: readonly PlanInputIssue[];
  /** The message in Chinese (`message` is the same in English). */
  readonly messageZh: string;

  /**
   * @param field - the field at fault, or every issue found (at least one)
   * @param value - the value received (with a field)
   * @param expected - what was expected, in English (with a field)
   * @param expectedZh - the same in Chinese (with a field)
   */
  constructor(field: string | readonly IssueInput[], value?: unknown, expected?: string, expectedZh?: string) {
    const given: readonly IssueInput[] = typeof field === 'string' ? [{ field, value, expected: expected ?? '', expectedZh }] : field;
    const issues: PlanInputIssue[] = [];
    let en = '';
    let zh = '';
    for (let i = 0; i < given.length; i++) {
      const g = given[i]!;
      const shown = describe(g.value);
      const ez = g.expectedZh ?? g.expected;
      issues.push(Object.freeze({ code: g.code ?? 'invalid-value', field: g.field, value: g.value, expected: g.expected, expectedZh: ez }));
      en += `${i > 0 ? '; ' : ''}Invalid ${g.field}: expected ${g.expected}, received ${shown}`;
      zh += `${i > 0 ? ';' : ''}${g.field} 无效:应为${ez},收到 ${shown}`;
    }
    super(issues.length > 1 ? `${issues.length} problems: ${en}` : en);
    const first = issues[0] ?? { code: 'invalid-value', field: '', value: undefined, expected: '', expectedZh: '' };
    this.name = 'PlanInputError';
    this.field = first.field;
    this.value = first.value;
    this.expected = first.expected;
    this.issues = Object.freeze(issues);
    this.messageZh = issues.length > 1 ? `${issues.length} 处问题:${zh}` : zh;
    // The brand `instanceof` checks: not enumerable, so it stays out of logs and JSON.
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** A short, safe rendering of any value for an error message (never throws, even for a revoked Proxy). */
export function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        if (Array.isArray(value)) return 'an array';
        // biome-ignore lint/style/noRestrictedGlobals: names a Date given as input in a message; reads no clock
        if (value instanceof Date) return 'a Date';
        if (value instanceof Map) return 'a Map';
        return 'an object';
      } catch {
        return 'a revoked Proxy'; // Array.isArray and instanceof throw on one
      }
  }
}
