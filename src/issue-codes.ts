/**
 * The catalogue of input-problem codes: every `PlanInputIssue` carries one `code` from this list, stable
 * across versions (a code is never renamed or reused; new ones may be added). Each code's title is given in
 * Chinese and English. Test refusals by `code` and `field`, never by their words.
 * @category Errors
 */
export const ISSUE_CODES = {
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
} as const;

/** A stable code naming the kind of an input problem (see `ISSUE_CODES` in src/issue-codes.ts). @category Errors */
export type IssueCode = keyof typeof ISSUE_CODES;
