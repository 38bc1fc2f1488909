import type { IssueCode, Words } from './issue-codes.js';

/** One symbol for every copy of the library loaded in a program (ESM and CJS builds, any entry point). */
const BRAND: unique symbol = Symbol.for('shanxi-air-plan.PlanInputError');

/**
 * One problem with an input: the field at fault (a path such as `'subject.capacityTph'`), the value
 * received, and what was expected, in English (`expected`) and in Chinese (`expectedZh`).
 * @category Errors
 */
export interface PlanInputIssue {
  /** What kind of problem, a stable code from {@link ISSUE_CODES} (e.g. `'not-a-number'`, `'unknown-key'`). */
  readonly code: IssueCode;
  /** The input field at fault, as a path such as `'subject.capacityTph'`. */
  readonly field: string;
  /** The field as a person reads it in Chinese (its label and unit, e.g. `'锅炉容量（蒸吨/小时）'`), where it has one. */
  readonly fieldZh?: string;
  /** The value received, as read (a copy for an object or array; may be of any type). */
  readonly value: unknown;
  /** What was expected, in words, e.g. `'a finite number ≥ 0'`. */
  readonly expected: string;
  /** The same in Chinese, e.g. `'≥ 0 的有限数'`. */
  readonly expectedZh: string;
}

/** An issue as a thrower gives it: `expectedZh` may be left out (the Chinese message then quotes `expected`). @internal */
export interface IssueInput {
  /** The problem's code, from {@link ISSUE_CODES}. */
  readonly code: IssueCode;
  readonly field: string;
  /** How the Chinese message names the field (its label, e.g. `'锅炉容量（蒸吨/小时）'`); the path when absent. */
  readonly fieldZh?: string | undefined;
  readonly value: unknown;
  readonly expected: string;
  readonly expectedZh?: string | undefined;
}

/** A half-width (ASCII) character. */
const ascii = /[\x20-\x7e]/;

/**
 * The one error this library throws on bad input. It reports every problem it found in one throw
 * (`issues`: each with its `code`, the field, the value received and what was expected, in English and
 * Chinese); `field`, `value` and `expected` are the first issue's. `message` is in English, `messageZh` in
 * Chinese (a subject's field named by its Chinese label, the value received described in Chinese).
 *
 * Each issue's `code` is stable, one of {@link ISSUE_CODES}: `wrong-type`, `not-a-number`, `out-of-range`,
 * `not-an-integer`, `not-plain` (a `Map`, `Date`, class instance, typed array, hole, cycle or hidden key where
 * plain data goes), `unknown-key`, `missing`, `unknown-id`, `ambiguous-name`, `invalid-value`, `invalid-date`,
 * `date-order`, `outside-report`, `conflict`, `unreadable` (a revoked Proxy, a getter that throws) and
 * `length-mismatch`. Branch and test on `code` and `field`; the words may be improved between versions.
 *
 * @example
 * ```ts
 * import { getCity, PlanInputError } from 'shanxi-air-plan';
 * try {
 *   getCity('xian');
 * } catch (e) {
 *   e instanceof PlanInputError; //=> true
 *   e.issues[0].code; //=> 'unknown-id'
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
    // A subclass keeps the ordinary test: an error made by `new PlanInputError(…)` is no instance of it.
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` asks about (a subclass, or PlanInputError itself)
    if (this !== PlanInputError) return Function.prototype[Symbol.hasInstance].call(this, value);
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
    const given: readonly IssueInput[] =
      typeof field === 'string' ? [{ code: 'invalid-value', field, value, expected: expected ?? '', expectedZh }] : field;
    const issues: PlanInputIssue[] = [];
    let en = '';
    let zh = '';
    for (let i = 0; i < given.length; i++) {
      const g = given[i]!;
      const ez = g.expectedZh ?? g.expected;
      issues.push(
        Object.freeze(
          g.fieldZh === undefined
            ? { code: g.code, field: g.field, value: g.value, expected: g.expected, expectedZh: ez }
            : { code: g.code, field: g.field, fieldZh: g.fieldZh, value: g.value, expected: g.expected, expectedZh: ez },
        ),
      );
      en += `${i > 0 ? '; ' : ''}Invalid ${g.field}: expected ${g.expected}, received ${describe(g.value)}`;
      const name = g.fieldZh ?? g.field;
      const got = describe(g.value, true);
      // A space only beside half-width text: none between Chinese characters or after a full-width bracket.
      zh += `${i > 0 ? '；' : ''}${name}${ascii.test(name.slice(-1)) ? ' ' : ''}无效：应为${ez}，收到${ascii.test(got[0]!) ? ' ' : ''}${got}`;
    }
    super(issues.length > 1 ? `${issues.length} problems: ${en}` : en);
    const first = issues[0] ?? { code: 'invalid-value', field: '', value: undefined, expected: '', expectedZh: '' };
    this.name = 'PlanInputError';
    this.field = first.field;
    this.value = first.value;
    this.expected = first.expected;
    this.issues = Object.freeze(issues);
    this.messageZh = issues.length > 1 ? `${issues.length} 处问题：${zh}` : zh;
    // The brand `instanceof` checks: not enumerable, so it stays out of logs and JSON.
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * A short, safe rendering of any value for an error message, in English or (with `zh`) in Chinese; never
 * throws, even for a revoked Proxy. @internal
 */
export function describe(value: unknown, zh = false): string {
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
      return zh ? 'Symbol 值' : 'a symbol';
    case 'function':
      return zh ? '函数' : 'a function';
    default: {
      if (value === null) return 'null';
      let kind: number;
      try {
        // biome-ignore lint/style/noRestrictedGlobals: names a Date given as input in a message; reads no clock
        kind = Array.isArray(value) ? 0 : value instanceof Date ? 1 : value instanceof Map ? 2 : 3;
      } catch {
        kind = 4; // Array.isArray and instanceof throw on a revoked Proxy
      }
      return (
        zh ? ['数组', 'Date 对象', 'Map 对象', '对象', '已撤销的 Proxy'] : ['an array', 'a Date', 'a Map', 'an object', 'a revoked Proxy']
      )[kind]!;
    }
  }
}

/** An issue with its code and what was expected in both languages. @internal */
export const issue = (code: IssueCode, field: string, value: unknown, expected: Words): IssueInput => ({
  code,
  field,
  value,
  expected: expected[0],
  expectedZh: expected[1],
});

/** Throws a PlanInputError of one issue (see {@link issue}). @internal */
export function refuse(code: IssueCode, field: string, value: unknown, expected: Words): never {
  throw new PlanInputError([issue(code, field, value, expected)]);
}
