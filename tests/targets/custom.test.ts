/**
 * A caller's own target object: checked field by field against the Target schema's shape, so that a bad
 * field is a PlanInputError naming it, never a TypeError or an evaluation that echoes junk.
 */
import { describe, expect, it } from 'vitest';
import { CITIES, evaluateTarget, getTarget, REGIONS, type Target } from '../../src/index.js';
import { SCOPE_IDS } from '../../src/targets/places.js';
import { Evaluation } from '../../src/entries/schemas.js';
import { expectInputError, fieldOf, inputError, expectCode } from '../errors.js';
import { withoutPath, withPath } from '../paths.js';
import { OWN as own } from './samples.js';

const evaluate = (t: unknown, observation: unknown = 35) => evaluateTarget(t as Target, observation as never, { asOf: '2027-01-01' });
const withField = (path: string, value: unknown): Record<string, unknown> =>
  withPath(own as unknown as Record<string, unknown>, path, value);

describe('evaluateTarget with a target object of your own', () => {
  it('evaluates it like a plan target: 35 ≤ 36 is met, and the result parses', () => {
    const r = evaluate(own);
    expect(r.status).toBe('met');
    expect(r.comparison).toEqual({ quantity: 'value', observed: 35, threshold: 36, comparator: 'lte', unit: 'µg/m³' });
    expect(r.target).toEqual(own); // the copy read once, equal to the target given
    expect(Evaluation.safeParse(r).success).toBe(true);
  });

  it('takes the plan’s own target objects as they are', () => {
    const t = getTarget('pm25-2025-taiyuan');
    expect(evaluateTarget(t, 38, { asOf: '2026-01-01' }).status).toBe('met');
  });

  // Each bad field: the field the error names, and what it says was expected.
  it.each([
    ['id', 'Not Kebab', 'target.id', 'a kebab-case id', 'kebab-case 形式的 id'],
    ['id', 'A', 'target.id', 'a kebab-case id', 'kebab-case 形式的 id'],
    ['metric', 7, 'target.metric', 'a kebab-case metric id', 'kebab-case 形式的指标 id'],
    ['metric', '', 'target.metric', 'a kebab-case metric id', 'kebab-case 形式的指标 id'],
    ['task', 39, 'target.task', 'a task number 1–38', '任务编号 1–38'],
    ['task', 2.5, 'target.task', 'a task number 1–38', '任务编号 1–38'],
    ['task', 0, 'target.task', 'a task number 1–38', '任务编号 1–38'],
    ['scope.kind', 'county', 'target.scope.kind', "'province', 'city', 'region' or 'sector'", "'province'、'city'、'region' 或 'sector'"],
    [
      'scope.city',
      'xian',
      'target.scope.city',
      "a city id of the plan: 'taiyuan', 'datong', 'yangquan', 'changzhi', 'jincheng', 'shuozhou', 'jinzhong', 'yuncheng', 'xinzhou', 'linfen', 'lvliang'",
      "方案的城市 id：'taiyuan'、'datong'、'yangquan'、'changzhi'、'jincheng'、'shuozhou'、'jinzhong'、'yuncheng'、'xinzhou'、'linfen'、'lvliang' 之一",
    ],
    ['scope.extra', 1, 'target.scope.extra', 'no such key (only kind, city)', '无此键（只接受 kind、city）'],
    ['unit', 'mg/m³', 'target.unit', "'µg/m³', '%', 'places', 'count'", "'µg/m³'、'%'、'places'、'count' 之一"],
    ['baseline', 2020, 'target.baseline', '{ year, change }', '{ year, change }'],
    [
      'baseline',
      { year: 2020, change: 'up' },
      'target.baseline.change',
      "'percent-change', 'places-risen'",
      "'percent-change'、'places-risen' 之一",
    ],
    ['baseline.year', 1999, 'target.baseline.year', 'a year from 2000 to 2030', '2000 至 2030 年之间的年份'],
    ['baseline.year', 2031, 'target.baseline.year', 'a year from 2000 to 2030', '2000 至 2030 年之间的年份'],
    ['of', 0, 'target.of', 'a whole number ≥ 1', '≥ 1 的整数'],
    ['of', 1.5, 'target.of', 'a whole number ≥ 1', '≥ 1 的整数'],
    ['dueBasis', 'soon', 'target.dueBasis', "'deadline', 'year', 'horizon'", "'deadline'、'year'、'horizon' 之一"],
    [
      'strength',
      'strong',
      'target.strength',
      "'binding', 'strive', 'stable', 'approximate', 'basic', 'plain'",
      "'binding'、'strive'、'stable'、'approximate'、'basic'、'plain' 之一",
    ],
    [
      'strength',
      undefined,
      'target.strength',
      "'binding', 'strive', 'stable', 'approximate', 'basic', 'plain'",
      "'binding'、'strive'、'stable'、'approximate'、'basic'、'plain' 之一",
    ],
    ['source', null, 'target.source', '{ clause, quote }', '{ clause, quote }'],
    [
      'source.clause',
      '三(七)99',
      'target.source.clause',
      "a clause id of the plan (CLAUSE_IDS), e.g. '三(七)26'",
      "方案的条款 id（CLAUSE_IDS），如 '三(七)26'",
    ],
    ['source.quote', '', 'target.source.quote', 'a non-empty string', '非空字符串'],
    ['source.quote', 1, 'target.source.quote', 'a non-empty string', '非空字符串'],
    ['source.page', 3, 'target.source.page', 'no such key (only clause, quote)', '无此键（只接受 clause、quote）'],
    ['note', 'x', 'target.note', '{ zh, en }', '{ zh, en }'],
    ['note', { zh: '说明' }, 'target.note.en', 'a non-empty string', '非空字符串'],
    ['note.extra', 'x', 'target.note.extra', 'no such key (only zh, en)', '无此键（只接受 zh、en）'],
    [
      'extra',
      Number.NaN,
      'target.extra',
      'no such key (only id, kind, task, metric, scope, value, unit, comparator, baseline, standard, of, due, dueBasis, strength, source, note)',
      '无此键（只接受 id、kind、task、metric、scope、value、unit、comparator、baseline、standard、of、due、dueBasis、strength、source、note）',
    ],
  ])('refuses %s = %j, naming %s', (path, value, field, expected, expectedZh) => {
    expect(expectInputError(() => evaluate(withField(path, value)), field, expected).issues[0]!.expectedZh).toBe(expectedZh);
  });

  it('checks the members of each kind of scope', () => {
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'region', region: 'key-region' } }))).toBe('no error');
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'region', region: 'taiyuan' } }))).toBe('target.scope.region');
    const ids = REGIONS.map((r) => `'${r.id}'`);
    expect(inputError(() => evaluate({ ...own, scope: { kind: 'region', region: 'taiyuan' } })).issues[0]).toMatchObject({
      expected: `a region id of the plan: ${ids.join(', ')}`,
      expectedZh: `方案的区域 id：${ids.join('、')} 之一`,
    });
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'province', city: 'taiyuan' } }))).toBe('target.scope.city');
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: 'steel' } } }))).toBe(
      'no error',
    );
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'sector', sector: 'steel' } }))).toBe('target.scope.name');
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: '' } } }))).toBe(
      'target.scope.name.en',
    );
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: Object.create(null) } }))).toBe('target.scope.kind');
  });

  it('knows every city and region of the plan, and no other', () => {
    expect(SCOPE_IDS.city).toEqual(CITIES.map((c) => c.id));
    expect(SCOPE_IDS.region).toEqual(REGIONS.map((r) => r.id));
  });
});

describe('the words of the errors on the members of a scope', () => {
  it.each([
    [
      { kind: 'city', city: 'taiyuan', region: 'key-region' },
      'target.scope.region',
      'no such key (only kind, city)',
      '无此键（只接受 kind、city）',
    ],
    [{ kind: 'province', x: 1 }, 'target.scope.x', 'no such key (only kind)', '无此键（只接受 kind）'],
    [
      { kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: 'steel' }, city: 'taiyuan' },
      'target.scope.city',
      'no such key (only kind, sector, name)',
      '无此键（只接受 kind、sector、name）',
    ],
    [{ kind: 'county' }, 'target.scope.kind', "'province', 'city', 'region' or 'sector'", "'province'、'city'、'region' 或 'sector'"],
    [
      { kind: 'sector', sector: 'Steel', name: { zh: '钢铁', en: 'steel' } },
      'target.scope.sector',
      'a kebab-case sector id',
      'kebab-case 形式的行业 id',
    ],
  ])('%j: %s, expected %s', (scope, field, expected, expectedZh) => {
    expect(expectInputError(() => evaluate({ ...own, scope }), field, expected).issues[0]!.expectedZh).toBe(expectedZh);
  });
});

describe('a target object of your own: every required field', () => {
  const targets = {
    own: [own, 35],
    sector: [{ ...own, scope: { kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: 'steel' } } }, 35],
    'a change': [
      { ...own, kind: 'change', unit: '%', baseline: { year: 2020, change: 'percent-change' } },
      { value: 1, baseline: 1 },
    ],
    'a noted target': [{ ...own, note: { zh: '说明', en: 'a note' } }, 35],
  } as const;
  it.each([
    ['own', 'id', 'a kebab-case id'],
    ['own', 'metric', 'a kebab-case metric id'],
    ['own', 'source', '{ clause, quote }'],
    ['own', 'source.clause', "a clause id of the plan (CLAUSE_IDS), e.g. '三(七)26'"],
    ['own', 'source.quote', 'a non-empty string'],
    ['own', 'dueBasis', "'deadline', 'year', 'horizon'"],
    [
      'own',
      'scope.city',
      "a city id of the plan: 'taiyuan', 'datong', 'yangquan', 'changzhi', 'jincheng', 'shuozhou', 'jinzhong', 'yuncheng', 'xinzhou', 'linfen', 'lvliang'",
    ],
    ['sector', 'scope.sector', 'a kebab-case sector id'],
    ['sector', 'scope.name', '{ zh, en }'],
    ['sector', 'scope.name.zh', 'a non-empty string'],
    ['a change', 'baseline.year', 'a year from 2000 to 2030'],
    ['a change', 'baseline.change', "'percent-change', 'places-risen'"],
    ['a noted target', 'note.zh', 'a non-empty string'],
    ['a noted target', 'note.en', 'a non-empty string'],
  ] as const)('%s without %s', (name, path, _expected) => {
    const [target, observation] = targets[name];
    expect(fieldOf(() => evaluate(target, observation))).toBe('no error');
    expectCode(() => evaluate(withoutPath(target, path), observation), 'missing', `target.${path}`);
  });

  it.each([
    ['id', 'pm25-'],
    ['id', 'pm25 x'],
    ['metric', 'pm25--mean'],
  ])('refuses %s = %j: not kebab-case', (path, value) => {
    expect(fieldOf(() => evaluate(withPath(own, path, value)))).toBe(`target.${path}`);
  });

  it('names a field a baseline does not have by its path', () => {
    const t = { ...own, kind: 'change', unit: '%', baseline: { year: 2020, change: 'percent-change', extra: 1 } };
    expectCode(() => evaluate(t, { value: 1, baseline: 1 }), 'unknown-key', 'target.baseline.extra', 1);
  });

  it.each([
    ['task', 1],
    ['task', 38],
    ['baseline.year', 2000],
    ['baseline.year', 2030],
    ['of', 1],
  ])('takes %s = %d, the edge of its range', (path, value) => {
    const base = path.startsWith('baseline')
      ? { ...own, kind: 'change', unit: '%', baseline: { year: 2020, change: 'percent-change' } }
      : own;
    const observation = path.startsWith('baseline') ? { value: 1, baseline: 1 } : 35;
    expect(fieldOf(() => evaluate(withPath(base, path, value), observation))).toBe('no error');
  });
});
