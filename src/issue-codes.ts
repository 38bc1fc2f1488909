import { deepFreeze } from './freeze.js';

/**
 * The catalogue of input-problem codes: every `PlanInputIssue` carries one `code` from this list, stable
 * across versions (a code is never renamed or reused; new ones may be added). Each code's title is given in
 * Chinese and English. Test refusals by `code` and `field`, never by their words.
 *
 * | code | what |
 * | --- | --- |
 * | `wrong-type` | a value of the wrong type (a string where a number goes, an array where an object goes) |
 * | `not-a-number` | not a finite number (`NaN`, `±Infinity`, a numeric string) |
 * | `out-of-range` | a number outside the range taken (`-5` for a concentration) |
 * | `not-an-integer` | a fraction where a whole number goes |
 * | `not-plain` | a `Map`, `Date`, class instance, typed array, sparse array or non-enumerable key where plain data goes |
 * | `unknown-key` | a key the function does not take (a typo, an option of another function) |
 * | `missing` | a required value left out |
 * | `unknown-id` | an id, code or name the plan does not have |
 * | `ambiguous-name` | a name two places share |
 * | `invalid-value` | a value not among those allowed |
 * | `invalid-date` | not an ISO calendar day, or a day outside the range taken |
 * | `date-order` | two dates in the wrong order (`from` after `to`) |
 * | `outside-report` | a pollutant that is not part of the chosen AQI report |
 * | `conflict` | two inputs that cannot go together |
 * | `unreadable` | a value that cannot be read (a revoked Proxy, a getter that throws) |
 * | `length-mismatch` | columns of different lengths |
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'shanxi-air-plan';
 * ISSUE_CODES['unknown-key'].en; //=> 'no such key'
 * ISSUE_CODES['not-a-number'].zh; //=> '不是有限数'
 * ```
 * @category Errors
 */
export const ISSUE_CODES = /* @__PURE__ */ deepFreeze({
  'wrong-type': { zh: '类型不对', en: 'wrong type' },
  'not-a-number': { zh: '不是有限数', en: 'not a finite number' },
  'out-of-range': { zh: '超出范围', en: 'out of range' },
  'not-an-integer': { zh: '不是整数', en: 'not a whole number' },
  'not-plain': { zh: '不是普通对象或数组', en: 'not a plain object or array' },
  'unknown-key': { zh: '无此键', en: 'no such key' },
  missing: { zh: '缺少必填项', en: 'required and missing' },
  'unknown-id': { zh: '未知的标识', en: 'unknown id' },
  'ambiguous-name': { zh: '名称有歧义', en: 'ambiguous name' },
  'invalid-value': { zh: '取值无效', en: 'not an allowed value' },
  'invalid-date': { zh: '日期无效', en: 'not a valid date' },
  'date-order': { zh: '日期先后不对', en: 'dates in the wrong order' },
  'outside-report': { zh: '不属于该报告', en: 'not part of this report' },
  conflict: { zh: '相互冲突', en: 'conflicting inputs' },
  unreadable: { zh: '无法读取', en: 'cannot be read' },
  'length-mismatch': { zh: '长度不一致', en: 'lengths differ' },
} as const);

/**
 * A stable code naming the kind of an input problem (see {@link ISSUE_CODES}).
 * @example
 * ```ts
 * import type { IssueCode } from 'shanxi-air-plan';
 * const code: IssueCode = 'unknown-key';
 * code; //=> 'unknown-key'
 * ```
 * @category Errors
 */
export type IssueCode = keyof typeof ISSUE_CODES;

/** What was expected, in English then in Chinese. @internal */
export type Words = readonly [en: string, zh: string];

/** A number's range, from which {@link numberWords} words what was expected. @internal */
export interface NumberRange {
  /** The least value taken (inclusive unless `above`). */
  readonly min?: number;
  /** The greatest value taken (inclusive). */
  readonly max?: number;
  /** `min` itself is not taken (`> 0`). */
  readonly above?: boolean;
  /** A whole number. */
  readonly whole?: boolean;
  /** The unit, shown after the range (`µg/m³`). */
  readonly unit?: string;
}

/**
 * The words of `not-a-number`, `out-of-range` and `not-an-integer`: `a finite number ≥ 0` / `≥ 0 的有限数`,
 * `a whole number from 1 to 38` / `1 到 38 的整数`, `a finite number > 0 (µg/m³)` / `> 0 的有限数（µg/m³）`.
 * @internal
 */
export function numberWords({ min, max, above, whole, unit }: NumberRange = {}): Words {
  const noun = whole ? 'whole number' : 'finite number';
  const zh = whole ? '整数' : '有限数';
  const u = unit === undefined ? ['', ''] : [` (${unit})`, `（${unit}）`];
  if (min !== undefined && max !== undefined) return [`a ${noun} from ${min} to ${max}${u[0]}`, `${min} 到 ${max} 的${zh}${u[1]}`];
  const op = above ? '>' : '≥';
  return min === undefined ? [`a ${noun}${u[0]}`, `${zh}${u[1]}`] : [`a ${noun} ${op} ${min}${u[0]}`, `${op} ${min} 的${zh}${u[1]}`];
}

/** The words of `unknown-key`: `no such key (only a, b)` / `无此键（只接受 a、b）`. @internal */
export const keyWords = (keys: readonly string[]): Words =>
  keys.length === 0
    ? ['no such key (none is taken)', '无此键（不接受任何键）']
    : [`no such key (only ${keys.join(', ')})`, `无此键（只接受 ${keys.join('、')}）`];

/** The words of a choice (`invalid-value`): `'2012' or '2026'` / `'2012' 或 '2026'`. @internal */
export function oneOfWords(values: readonly (string | boolean)[]): Words {
  const q = values.map((x) => (typeof x === 'string' ? `'${x}'` : `${x}`));
  const last = q.pop();
  return q.length === 0 ? [`${last}`, `${last}`] : [`${q.join(', ')} or ${last}`, `${q.join('、')} 或 ${last}`];
}

/** The words of `unreadable`. @internal */
export const UNREADABLE: Words = [
  'a value that can be read (not a revoked Proxy, no getter that throws)',
  '可读取的值（不能是已撤销的 Proxy 或抛出异常的 getter）',
];

/**
 * The code of a number refused: `'not-a-number'` for anything but a finite number, `'not-an-integer'` for a
 * fraction where a whole number goes, else `'out-of-range'`. @internal
 */
export const numberCode = (v: unknown, whole = false): IssueCode =>
  !Number.isFinite(v) ? 'not-a-number' : whole && !Number.isInteger(v) ? 'not-an-integer' : 'out-of-range';
