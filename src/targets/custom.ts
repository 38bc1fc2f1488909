import { CLAUSE_IDS } from '../../data/clauses.js';
import { type IssueInput, PlanInputError, refuse } from '../errors.js';
import { unknownKeys } from '../input.js';
import { numberWords } from '../issue-codes.js';
import { SCOPE_IDS } from './places.js';

/*
 * A caller's own target object is echoed in its evaluation, so every field must be what the Target schema
 * says, not only the fields the evaluation reads. This checks them by hand (evaluateTarget stays free of
 * zod). Targets given by id skip all this.
 */

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Check = (v: unknown) => boolean;
const text: Check = (v) => typeof v === 'string' && v !== '';
const kebab: Check = (v) => typeof v === 'string' && KEBAB.test(v);
const oneOf =
  (xs: readonly unknown[]): Check =>
  (v) =>
    xs.includes(v);
const whole =
  (min: number, max: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
/** Any object (an array or a Map too): what the target and observation checks look into. @internal */
export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
const listZh = (xs: readonly string[]) => `${xs.map((x) => `'${x}'`).join('、')} 之一`;

/**
 * Throws unless `o[key]` passes `check` (or is absent, when `optional`); `path` names it from the target,
 * `expected` says what was expected in English and in Chinese.
 */
function field(
  o: Record<string, unknown>,
  key: string,
  check: Check,
  expected: readonly [string, string],
  optional: boolean,
  path = key,
): void {
  const v = o[key];
  if (!((optional && v === undefined) || check(v)))
    refuse(v === undefined ? 'missing' : 'invalid-value', `target.${path}`, v, [expected[0], expected[1]]);
}

/** `o[key]` as an object (`{ … }` in the message), or undefined when it is optional and absent. */
function object(
  o: Record<string, unknown>,
  key: string,
  expected: readonly [string, string],
  optional: boolean,
  path = key,
): Record<string, unknown> | undefined {
  field(o, key, isObject, expected, optional, path);
  return o[key] as Record<string, unknown> | undefined;
}

/** Throws on a key of `o` outside `keys` (a space-separated list): it would be echoed unchecked. */
function only(o: Record<string, unknown>, keys: string, path: string): void {
  const issues: IssueInput[] = [];
  // `path` ends with a dot (`'scope.'`) or is empty (the target itself).
  if (!unknownKeys(`target${path === '' ? '' : `.${path.slice(0, -1)}`}`, o, keys.split(' '), issues))
    throw new PlanInputError(issues.slice(0, 1));
}

const NON_EMPTY = ['a non-empty string', '非空字符串'] as const;
const ZH_EN = ['{ zh, en }', '{ zh, en }'] as const;

function bilingual(o: Record<string, unknown> | undefined, path: string): void {
  if (o === undefined) return;
  only(o, 'zh en', `${path}.`);
  field(o, 'zh', text, NON_EMPTY, false, `${path}.zh`);
  field(o, 'en', text, NON_EMPTY, false, `${path}.en`);
}

const UNITS = ['µg/m³', '%', 'places', 'count'];
const CHANGES = ['percent-change', 'places-risen'];
const DUE_BASES = ['deadline', 'year', 'horizon'];
const STRENGTHS = ['binding', 'strive', 'stable', 'approximate', 'basic', 'plain'];

/**
 * Checks the fields of a target object that `resolveTarget` does not check itself (kind, due, value,
 * comparator, and whether a standard is needed) and refuses fields the schema does not have: ids, task, the
 * scope's members, unit, baseline, of, standard, dueBasis, strength, source and note, as the Target schema
 * has them. Throws a PlanInputError naming the first wrong field.
 * @internal
 */
export function checkTargetShape(t: Record<string, unknown>): void {
  only(t, 'id kind task metric scope value unit comparator baseline standard of due dueBasis strength source note', '');
  field(t, 'id', kebab, ['a kebab-case id', 'kebab-case 形式的 id'], false);
  field(t, 'metric', kebab, ['a kebab-case metric id', 'kebab-case 形式的指标 id'], false);
  field(t, 'task', whole(1, 38), ['a task number 1–38', '任务编号 1–38'], true);
  const s = t.scope as Record<string, unknown>;
  const kind = s.kind;
  if (kind !== 'province' && kind !== 'city' && kind !== 'region' && kind !== 'sector') {
    refuse('invalid-value', 'target.scope.kind', kind, [
      "'province', 'city', 'region' or 'sector'",
      "'province'、'city'、'region' 或 'sector'",
    ]);
  }
  only(s, kind === 'sector' ? 'kind sector name' : kind === 'province' ? 'kind' : `kind ${kind}`, 'scope.');
  if (kind === 'city' || kind === 'region') {
    field(
      s,
      kind,
      oneOf(SCOPE_IDS[kind]),
      [`a ${kind} id of the plan: ${list(SCOPE_IDS[kind])}`, `方案的${kind === 'city' ? '城市' : '区域'} id：${listZh(SCOPE_IDS[kind])}`],
      false,
      `scope.${kind}`,
    );
  } else if (kind === 'sector') {
    field(s, 'sector', kebab, ['a kebab-case sector id', 'kebab-case 形式的行业 id'], false, 'scope.sector');
    bilingual(object(s, 'name', ZH_EN, false, 'scope.name'), 'scope.name');
  }
  field(t, 'unit', oneOf(UNITS), [list(UNITS), listZh(UNITS)], true);
  const b = object(t, 'baseline', ['{ year, change }', '{ year, change }'], true);
  if (b) {
    only(b, 'year change', 'baseline.');
    field(b, 'year', whole(2000, 2030), ['a year from 2000 to 2030', '2000 至 2030 年之间的年份'], false, 'baseline.year');
    field(b, 'change', oneOf(CHANGES), [list(CHANGES), listZh(CHANGES)], false, 'baseline.change');
  }
  field(t, 'of', whole(1, Number.MAX_SAFE_INTEGER), numberWords({ min: 1, whole: true }), true);
  field(t, 'standard', oneOf(['GB 3095']), ["'GB 3095'", "'GB 3095'"], true);
  field(t, 'dueBasis', oneOf(DUE_BASES), [list(DUE_BASES), listZh(DUE_BASES)], false);
  field(t, 'strength', oneOf(STRENGTHS), [list(STRENGTHS), listZh(STRENGTHS)], false);
  const c = object(t, 'source', ['{ clause, quote }', '{ clause, quote }'], false)!;
  only(c, 'clause quote', 'source.');
  field(
    c,
    'clause',
    oneOf(CLAUSE_IDS),
    ["a clause id of the plan (CLAUSE_IDS), e.g. '三(七)26'", "方案的条款 id（CLAUSE_IDS），如 '三(七)26'"],
    false,
    'source.clause',
  );
  field(c, 'quote', text, NON_EMPTY, false, 'source.quote');
  bilingual(object(t, 'note', ZH_EN, true), 'note');
}
