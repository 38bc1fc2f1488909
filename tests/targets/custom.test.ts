/**
 * A caller's own target object: checked field by field against the Target schema's shape, so that a bad
 * field is a PlanInputError naming it, never a TypeError or an evaluation that echoes junk.
 */
import { describe, expect, it } from 'vitest';
import { CITIES, evaluateTarget, getTarget, PlanInputError, REGIONS, type Target } from '../../src/index.js';
import { SCOPE_IDS } from '../../src/targets/custom.js';
import { Evaluation } from '../../src/schemas.js';
import { fieldOf } from '../field-of.js';

/** Taiyuan's own 2026 PM2.5 target, as a city might write it: not in the plan, built like its targets. */
const own: Target = {
  id: 'pm25-2026-taiyuan-own',
  kind: 'level',
  metric: 'pm25-annual-mean',
  scope: { kind: 'city', city: 'taiyuan' },
  value: 36,
  unit: 'µg/m³',
  comparator: 'lte',
  due: '2026-12-31',
  dueBasis: 'year',
  strength: 'plain',
  source: { clause: '三(七)26', quote: '太原市' },
};

const evaluate = (t: unknown) => evaluateTarget(t as Target, 35, { asOf: '2027-01-01' });
const withField = (path: string, value: unknown): Record<string, unknown> => {
  const t = structuredClone(own) as Record<string, unknown>;
  const keys = path.split('.');
  let o = t;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
  return t;
};

describe('evaluateTarget with a target object of your own', () => {
  it('evaluates it like a plan target: 35 ≤ 36 is met, and the result parses', () => {
    const r = evaluate(own);
    expect(r.status).toBe('met');
    expect(r.comparison).toEqual({ quantity: 'value', observed: 35, threshold: 36, comparator: 'lte', unit: 'µg/m³' });
    expect(r.target).toBe(own);
    expect(Evaluation.safeParse(r).success).toBe(true);
  });

  it('takes the plan’s own target objects as they are', () => {
    const t = getTarget('pm25-2025-taiyuan');
    expect(evaluateTarget(t, 38, { asOf: '2026-01-01' }).status).toBe('met');
  });

  it.each([
    ['id', 'Not Kebab', 'target.id'],
    ['metric', 7, 'target.metric'],
    ['task', 39, 'target.task'],
    ['task', 2.5, 'target.task'],
    ['scope.kind', 'county', 'target.scope.kind'],
    ['scope.city', 'xian', 'target.scope.city'],
    ['scope.extra', 1, 'target.scope.extra'],
    ['unit', 'mg/m³', 'target.unit'],
    ['baseline', 2020, 'target.baseline'],
    ['baseline.year', 1999, 'target.baseline.year'],
    ['of', 0, 'target.of'],
    ['dueBasis', 'soon', 'target.dueBasis'],
    ['strength', 'strong', 'target.strength'],
    ['strength', undefined, 'target.strength'],
    ['source', null, 'target.source'],
    ['source.clause', '三(七)99', 'target.source.clause'],
    ['source.quote', '', 'target.source.quote'],
    ['source.page', 3, 'target.source.page'],
    ['note', { zh: '说明' }, 'target.note.en'],
    ['note.extra', 'x', 'target.note.extra'],
    ['extra', Number.NaN, 'target.extra'],
  ])('refuses %s = %j, naming %s', (path, value, field) => {
    expect(fieldOf(() => evaluate(withField(path, value)))).toBe(field);
  });

  it('checks the members of each kind of scope', () => {
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'region', region: 'key-region' } }))).toBe('no error');
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'region', region: 'taiyuan' } }))).toBe('target.scope.region');
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'province', city: 'taiyuan' } }))).toBe('target.scope.city');
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: 'steel' } } }))).toBe('no error');
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'sector', sector: 'steel' } }))).toBe('target.scope.name');
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: '' } } }))).toBe('target.scope.name.en');
    expect(fieldOf(() => evaluate({ ...own, scope: { kind: Object.create(null) } }))).toBe('target.scope.kind');
  });

  it('knows every city and region of the plan, and no other', () => {
    expect(SCOPE_IDS.city).toEqual(CITIES.map((c) => c.id));
    expect(SCOPE_IDS.region).toEqual(REGIONS.map((r) => r.id));
  });
});

describe('the words of the errors on a target object of your own', () => {
  const expectedOf = (t: unknown): string => {
    try {
      evaluate(t);
    } catch (e) {
      return (e as PlanInputError).expected;
    }
    return 'no error';
  };
  it.each([
    ['unit', 'mg', "'µg/m³', '%', 'places', 'count'"],
    ['strength', 'strong', "'binding', 'strive', 'stable', 'approximate', 'basic', 'plain'"],
    ['dueBasis', 'soon', "'deadline', 'year', 'horizon'"],
    ['baseline', { year: 2020, change: 'up' }, "'percent-change', 'places-risen'"],
    ['baseline.year', 2031, 'a year from 2000 to 2030'],
    ['task', 0, 'a task number 1–38'],
    ['of', 1.5, 'a whole number ≥ 1'],
    ['id', 'A', 'a kebab-case id'],
    ['metric', '', 'a kebab-case metric id'],
    ['source.quote', 1, 'a non-empty string'],
    ['source.clause', 'x', "a clause id of the plan (CLAUSE_IDS), e.g. '三(七)26'"],
    ['scope.city', 'xian', "a city id of the plan: 'taiyuan', 'datong', 'yangquan', 'changzhi', 'jincheng', 'shuozhou', 'jinzhong', 'yuncheng', 'xinzhou', 'linfen', 'lvliang'"],
    ['note', 'x', '{ zh, en }'],
    ['extra', 1, 'no such field (only id kind task metric scope value unit comparator baseline standard of due dueBasis strength source note)'],
    ['source.page', 1, 'no such field (only clause quote)'],
  ])('%s = %j: expected %s', (path, value, expected) => {
    expect(expectedOf(withField(path, value))).toBe(expected);
  });

  it('names the members of a scope of each kind', () => {
    expect(expectedOf({ ...own, scope: { kind: 'city', city: 'taiyuan', region: 'key-region' } })).toBe('no such field (only kind city)');
    expect(expectedOf({ ...own, scope: { kind: 'province', x: 1 } })).toBe('no such field (only kind)');
    expect(expectedOf({ ...own, scope: { kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: 'steel' }, city: 'taiyuan' } })).toBe('no such field (only kind sector name)');
    expect(expectedOf({ ...own, scope: { kind: 'county' } })).toBe("'province', 'city', 'region' or 'sector'");
    expect(expectedOf({ ...own, scope: { kind: 'sector', sector: 'Steel', name: { zh: '钢铁', en: 'steel' } } })).toBe('a kebab-case sector id');
  });
});
