/**
 * A caller's own target object: checked field by field against the Target schema's shape, so that a bad
 * field is a PlanInputError naming it, never a TypeError or an evaluation that echoes junk.
 */
import { describe, expect, it } from 'vitest';
import { CITIES, evaluateTarget, getTarget, REGIONS, type Target } from '../../src/index.js';
import { SCOPE_IDS } from '../../src/targets/places.js';
import { Evaluation } from '../../src/entries/schemas.js';
import { expectInputError, fieldOf } from '../errors.js';
import { withPath } from '../paths.js';
import { OWN as own } from './samples.js';

const evaluate = (t: unknown) => evaluateTarget(t as Target, 35, { asOf: '2027-01-01' });
const withField = (path: string, value: unknown): Record<string, unknown> => withPath(own as unknown as Record<string, unknown>, path, value);

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

  // Each bad field: the field the error names, and what it says was expected.
  it.each([
    ['id', 'Not Kebab', 'target.id', 'a kebab-case id'],
    ['id', 'A', 'target.id', 'a kebab-case id'],
    ['metric', 7, 'target.metric', 'a kebab-case metric id'],
    ['metric', '', 'target.metric', 'a kebab-case metric id'],
    ['task', 39, 'target.task', 'a task number 1–38'],
    ['task', 2.5, 'target.task', 'a task number 1–38'],
    ['task', 0, 'target.task', 'a task number 1–38'],
    ['scope.kind', 'county', 'target.scope.kind', "'province', 'city', 'region' or 'sector'"],
    ['scope.city', 'xian', 'target.scope.city', "a city id of the plan: 'taiyuan', 'datong', 'yangquan', 'changzhi', 'jincheng', 'shuozhou', 'jinzhong', 'yuncheng', 'xinzhou', 'linfen', 'lvliang'"],
    ['scope.extra', 1, 'target.scope.extra', 'no such field (only kind city)'],
    ['unit', 'mg/m³', 'target.unit', "'µg/m³', '%', 'places', 'count'"],
    ['baseline', 2020, 'target.baseline', '{ year, change }'],
    ['baseline', { year: 2020, change: 'up' }, 'target.baseline.change', "'percent-change', 'places-risen'"],
    ['baseline.year', 1999, 'target.baseline.year', 'a year from 2000 to 2030'],
    ['baseline.year', 2031, 'target.baseline.year', 'a year from 2000 to 2030'],
    ['of', 0, 'target.of', 'a whole number ≥ 1'],
    ['of', 1.5, 'target.of', 'a whole number ≥ 1'],
    ['dueBasis', 'soon', 'target.dueBasis', "'deadline', 'year', 'horizon'"],
    ['strength', 'strong', 'target.strength', "'binding', 'strive', 'stable', 'approximate', 'basic', 'plain'"],
    ['strength', undefined, 'target.strength', "'binding', 'strive', 'stable', 'approximate', 'basic', 'plain'"],
    ['source', null, 'target.source', '{ clause, quote }'],
    ['source.clause', '三(七)99', 'target.source.clause', "a clause id of the plan (CLAUSE_IDS), e.g. '三(七)26'"],
    ['source.quote', '', 'target.source.quote', 'a non-empty string'],
    ['source.quote', 1, 'target.source.quote', 'a non-empty string'],
    ['source.page', 3, 'target.source.page', 'no such field (only clause quote)'],
    ['note', 'x', 'target.note', '{ zh, en }'],
    ['note', { zh: '说明' }, 'target.note.en', 'a non-empty string'],
    ['note.extra', 'x', 'target.note.extra', 'no such field (only zh en)'],
    ['extra', Number.NaN, 'target.extra', 'no such field (only id kind task metric scope value unit comparator baseline standard of due dueBasis strength source note)'],
  ])('refuses %s = %j, naming %s', (path, value, field, expected) => {
    expectInputError(() => evaluate(withField(path, value)), field, expected);
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

describe('the words of the errors on the members of a scope', () => {
  it.each([
    [{ kind: 'city', city: 'taiyuan', region: 'key-region' }, 'target.scope.region', 'no such field (only kind city)'],
    [{ kind: 'province', x: 1 }, 'target.scope.x', 'no such field (only kind)'],
    [{ kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: 'steel' }, city: 'taiyuan' }, 'target.scope.city', 'no such field (only kind sector name)'],
    [{ kind: 'county' }, 'target.scope.kind', "'province', 'city', 'region' or 'sector'"],
    [{ kind: 'sector', sector: 'Steel', name: { zh: '钢铁', en: 'steel' } }, 'target.scope.sector', 'a kebab-case sector id'],
  ])('%j: %s, expected %s', (scope, field, expected) => {
    expectInputError(() => evaluate({ ...own, scope }), field, expected);
  });
});
