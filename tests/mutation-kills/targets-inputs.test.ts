/**
 * The targets module's refusals, each with the field it names and the words of what was expected, and the
 * edges of what it accepts: a target object's required fields left out one at a time, the first and last
 * year and task it takes, and the internal pieces (which city a target covers, whose duty it is) on targets
 * the plan's own list does not contain.
 */
import { describe, expect, it } from 'vitest';
import { deadlines, evaluateTarget, scorecard, TARGETS, targetName, targetsFor, type Target } from '../../src/index.js';
import { covers, dutyOf } from '../../src/targets/calendar.js';
import type { PlanTarget } from '../../src/targets/evaluate.js';
import { expectInputError, fieldOf } from '../errors.js';
import { withoutPath, withPath } from '../paths.js';
import { OWN as own } from '../targets/samples.js';

const AFTER = { asOf: '2027-01-10' };
const evaluate = (t: unknown, observation: unknown = 35) => evaluateTarget(t as Target, observation as never, AFTER);
const ownWith = (fields: Record<string, unknown>) => ({ ...own, ...fields }) as unknown as Target;

describe('a target that is not a target', () => {
  it.each([
    ['null', 'target', null, 'a target id or a target object'],
    ['a number', 'target', 5, 'a target id or a target object'],
    ['no scope', 'target.scope', { ...own, scope: undefined }, '{ kind, … }'],
    ['a null scope', 'target.scope', { ...own, scope: null }, '{ kind, … }'],
    ['a scope that is a string', 'target.scope', { ...own, scope: 'city' }, '{ kind, … }'],
    ['a value that is NaN', 'target.value', { ...own, value: Number.NaN }, 'a finite number'],
  ])('%s: %s', (_, field, target, expected) => {
    expectInputError(() => evaluate(target), field, expected);
  });

  it('an id that is no target of the plan, and options that are no object', () => {
    expectInputError(() => evaluateTarget('pm25-2099-taiyuan' as never, 35, AFTER), 'target', "a target id of the plan, e.g. 'pm25-2025-datong'", 'pm25-2099-taiyuan');
    for (const options of [null, 5]) expectInputError(() => evaluateTarget(own, 35, options as never), 'options', 'an object { asOf }', options);
  });
});

describe('the fields that decide how a target is judged', () => {
  it.each([
    [{ kind: 'goal' }, 'target.kind', 'level | change | ranking | milestone | unquantified'],
    [{ comparator: 'eq' }, 'target.comparator', 'lte | gte | lt | gt'],
    [{ kind: 'change', comparator: undefined }, 'target.comparator', 'lte | gte | lt | gt'],
    [{ kind: 'ranking', comparator: 'eq', unit: 'places' }, 'target.comparator', 'lte | gte | lt | gt'],
    [{ kind: 'ranking', comparator: 'lte', unit: 'places' }, 'target.comparator', "'gt' (out of the bottom N)"],
    [{ value: undefined }, 'target.value', 'a number for a level target'],
    [{ kind: 'change', value: undefined }, 'target.value', 'a number for a change target'],
    [{ kind: 'ranking', comparator: 'gt', value: undefined }, 'target.value', 'a number for a ranking target'],
    [{ standard: 'GB 3095', metric: 'pm10-annual-mean' }, 'target.metric', "'pm25-annual-mean' for a GB 3095 target"],
    [{ standard: 'WHO', value: undefined }, 'target.standard', "'GB 3095'"],
  ])('%j: %s', (fields, field, expected) => {
    expectInputError(() => evaluate(ownWith(fields)), field, expected);
  });

  it('a GB 3095 target needs no value, and a milestone or unquantified target no comparator', () => {
    expect(evaluate(ownWith({ standard: 'GB 3095', value: undefined })).comparison).toMatchObject({ observed: 35, threshold: 30 });
    expect(evaluate(ownWith({ kind: 'milestone', value: undefined, comparator: undefined }), { done: true, on: '2026-12-01' }).status).toBe('met');
    expect(evaluate(ownWith({ kind: 'unquantified', value: undefined, comparator: undefined })).status).toBe('not-assessable');
  });
});

describe('an observation of the wrong kind or out of range', () => {
  const ranking = ownWith({ kind: 'ranking', comparator: 'gt', value: 10, unit: 'places' });
  const rise = ownWith({ kind: 'change', comparator: 'gte', value: 1, unit: 'places', baseline: { year: 2023, change: 'places-risen' } });
  const change = ownWith({ kind: 'change', unit: '%', value: 0, comparator: 'lt', baseline: { year: 2020, change: 'percent-change' } });
  it.each([
    ['a level target given a change', own, { value: 1, baseline: 2 }, 'observation', 'a number or { value } for a level target'],
    ['a level target given {}', own, {}, 'observation', 'a number or { value } for a level target'],
    ['a change given a number', change, 5, 'observation', '{ value, baseline } for a change target'],
    ['a change with a negative baseline', change, { value: 1, baseline: -1 }, 'observation.baseline', 'a finite number ≥ 0'],
    ['a change with a zero baseline', change, { value: 1, baseline: 0 }, 'observation.baseline', 'a finite number > 0'],
    ['a change too large to be a percentage', change, { value: 1e308, baseline: 1e-300 }, 'observation.baseline', 'a baseline against which the change is a finite percentage'],
    ['a ranking given a number', ranking, 5, 'observation', '{ rank, of, rankFromBottom? } for a ranking target'],
    ['a ranking of a field of 10.5', ranking, { rank: 1, of: 10.5 }, 'observation.of', 'a finite whole number from 1 to 9007199254740991'],
    ['a ranking with rank 2.5', ranking, { rank: 2.5, of: 168 }, 'observation.rank', 'a finite whole number from 1 to 168'],
    ['a ranking 2.5 places from the bottom', ranking, { rank: 158, of: 168, rankFromBottom: 2.5 }, 'observation.rankFromBottom', 'a finite whole number from 1 to 11'],
    ['a change with a negative value', change, { value: -1, baseline: 100 }, 'observation.value', 'a finite number ≥ 0'],
    ['a milestone given a number', ownWith({ kind: 'milestone', comparator: undefined }), 5, 'observation', '{ done, on? } for a milestone'],
    ['a milestone not done, with a date', ownWith({ kind: 'milestone', comparator: undefined }), { done: false, on: '2026-12-01' }, 'observation.on', 'no date while done is false'],
    ['a milestone done after asOf', ownWith({ kind: 'milestone', comparator: undefined }), { done: true, on: '2027-01-11' }, 'observation.on', 'a day on or before asOf (2027-01-10)'],
    ['a rank change given a number', rise, 5, 'observation', '{ rank, of, baselineRank } for a ranking target'],
    ['a rank change without its baseline rank', rise, { rank: 1, of: 168 }, 'observation', '{ rank, of, baselineRank } for a rank change'],
    ['a rank change with baseline rank 2.5', rise, { rank: 1, of: 168, baselineRank: 2.5 }, 'observation.baselineRank', 'a finite whole number from 1 to 168'],
  ])('%s', (_, target, observation, field, expected) => {
    expectInputError(() => evaluate(target, observation), field, expected);
  });

  it('a plan ranking is among 168 cities; a milestone may be done on the day of the assessment', () => {
    expectInputError(() => evaluateTarget('rank-2024-taiyuan', { rank: 1, of: 100 }, AFTER), 'observation.of', "168, the size of the goal's ranking", 100);
    const milestone = ownWith({ kind: 'milestone', comparator: undefined, due: '2027-12-31' });
    expect(evaluate(milestone, { done: true, on: '2027-01-10' }).status).toBe('met');
  });

  it('options: an edition other than 2012 or 2026 is refused; both are taken', () => {
    expectInputError(() => evaluateTarget(own, 35, { ...AFTER, edition: '2020' as never }), 'options.edition', "'2012' or '2026'", '2020');
    for (const edition of ['2012', '2026'] as const) expect(fieldOf(() => evaluateTarget(own, 35, { ...AFTER, edition }))).toBe('no error');
  });
});

describe('a target object of your own: every required field', () => {
  const targets = {
    own: [own, 35],
    sector: [{ ...own, scope: { kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: 'steel' } } }, 35],
    'a change': [{ ...own, kind: 'change', unit: '%', baseline: { year: 2020, change: 'percent-change' } }, { value: 1, baseline: 1 }],
    'a noted target': [{ ...own, note: { zh: '说明', en: 'a note' } }, 35],
  } as const;
  it.each([
    ['own', 'id', 'a kebab-case id'],
    ['own', 'metric', 'a kebab-case metric id'],
    ['own', 'source', '{ clause, quote }'],
    ['own', 'source.clause', "a clause id of the plan (CLAUSE_IDS), e.g. '三(七)26'"],
    ['own', 'source.quote', 'a non-empty string'],
    ['own', 'dueBasis', "'deadline', 'year', 'horizon'"],
    ['own', 'scope.city', "a city id of the plan: 'taiyuan', 'datong', 'yangquan', 'changzhi', 'jincheng', 'shuozhou', 'jinzhong', 'yuncheng', 'xinzhou', 'linfen', 'lvliang'"],
    ['sector', 'scope.sector', 'a kebab-case sector id'],
    ['sector', 'scope.name', '{ zh, en }'],
    ['sector', 'scope.name.zh', 'a non-empty string'],
    ['a change', 'baseline.year', 'a year from 2000 to 2030'],
    ['a change', 'baseline.change', "'percent-change', 'places-risen'"],
    ['a noted target', 'note.zh', 'a non-empty string'],
    ['a noted target', 'note.en', 'a non-empty string'],
  ] as const)('%s without %s', (name, path, expected) => {
    const [target, observation] = targets[name];
    expect(fieldOf(() => evaluate(target, observation))).toBe('no error');
    expectInputError(() => evaluate(withoutPath(target, path), observation), `target.${path}`, expected);
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
    expectInputError(() => evaluate(t, { value: 1, baseline: 1 }), 'target.baseline.extra', 'no such field (only year change)', 1);
  });

  it.each([
    ['task', 1],
    ['task', 38],
    ['baseline.year', 2000],
    ['baseline.year', 2030],
    ['of', 1],
  ])('takes %s = %d, the edge of its range', (path, value) => {
    const base = path.startsWith('baseline') ? { ...own, kind: 'change', unit: '%', baseline: { year: 2020, change: 'percent-change' } } : own;
    const observation = path.startsWith('baseline') ? { value: 1, baseline: 1 } : 35;
    expect(fieldOf(() => evaluate(withPath(base, path, value), observation))).toBe('no error');
  });
});

describe('targetName, targetsFor, deadlines and scorecard refuse what is not theirs', () => {
  it.each([[null], [5], ['taiyuan']])('targetsFor(%j)', (filter) => {
    expectInputError(() => targetsFor(filter as never), 'filter', 'an object { city?, task?, department?, dueBy? }');
  });

  it.each([[null], [5]])('deadlines(%j)', (range) => {
    expectInputError(() => deadlines(range as never), 'range', 'an object { from?, to?, asOf? }');
  });

  it.each([['from'], ['to'], ['asOf']])('deadlines: an impossible day in %s is named', (key) => {
    const DATE = "an ISO calendar date 'YYYY-MM-DD' that exists, e.g. '2025-12-31'";
    expectInputError(() => deadlines({ [key]: '2025-02-30' }), key, DATE, '2025-02-30');
  });

  it('deadlines: to before from', () => {
    expectInputError(() => deadlines({ from: '2025-01-02', to: '2025-01-01' }), 'to', 'a day on or after from (2025-01-02)', '2025-01-01');
    expect(deadlines({ from: '2025-12-31', to: '2025-12-31' }).every((d) => d.due === '2025-12-31')).toBe(true);
  });

  it.each([[null], [5], [[]]])('scorecard(%j, …)', (observations) => {
    expectInputError(() => scorecard(observations as never, { asOf: '2026-01-01' }), 'observations', 'an object of observations keyed by target id');
  });

  it.each([[null], [5]])('scorecard({}, %j)', (options) => {
    expectInputError(() => scorecard({}, options as never), 'options', 'an object { asOf }');
  });

  it('targetName of a target whose metric the plan does not have: the metric id stands for its name', () => {
    expect(targetName({ ...own, metric: 'my-metric' })).toEqual({ zh: '太原市 my-metric', en: 'my-metric, Taiyuan' });
    expect(targetName('non-fossil-energy-share-2025')).toEqual({ zh: '全省 非化石能源消费比重', en: 'non-fossil share of energy consumption, Shanxi' });
  });
});

describe('the internal pieces, on targets the plan does not have', () => {
  const scoped = (scope: Target['scope']) => ({ ...own, scope }) as unknown as PlanTarget;
  it('covers: a city its own targets and those of an area whose members are listed; nothing else', () => {
    expect(covers(scoped({ kind: 'city', city: 'taiyuan' }), 'taiyuan')).toBe(true);
    expect(covers(scoped({ kind: 'city', city: 'datong' }), 'taiyuan')).toBe(false);
    expect(covers(scoped({ kind: 'region', region: 'key-region' }), 'taiyuan')).toBe(true);
    expect(covers(scoped({ kind: 'region', region: 'key-region' }), 'datong')).toBe(false);
    expect(covers(scoped({ kind: 'region', region: 'fenhe-valley' }), 'taiyuan')).toBe(false);
    expect(covers(scoped({ kind: 'province' }), 'taiyuan')).toBe(false);
    expect(covers(scoped({ kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: 'steel' } }), 'taiyuan')).toBe(false);
  });

  it('dutyOf: the lead a task’s first note names (task 34: 省生态环境厅牵头)', () => {
    expect(dutyOf({ ...own, task: 34 })).toEqual({ lead: ['ecology-environment'], departments: ['ecology-environment'], allRelevant: true });
    expect(dutyOf({ ...own, task: 26 }).lead).toEqual(['ecology-environment']);
    expect(dutyOf(own)).toEqual({ lead: [], departments: [], allRelevant: false });
  });
});

describe('what a result holds, and what it leaves out', () => {
  it('only the keys that apply: no comparison or margin for a milestone, no standard without GB 3095', () => {
    const milestone = evaluateTarget('coal-boiler-ultra-low-2024', { done: true, on: '2024-10-01' }, AFTER);
    expect(Object.keys(milestone)).toEqual(['status', 'target', 'observed', 'due', 'asOf', 'source', 'explanation']);
    const level = evaluateTarget('pm25-2025-datong', 25, AFTER);
    expect(Object.keys(level)).toEqual(['status', 'target', 'observed', 'comparison', 'margin', 'due', 'asOf', 'source', 'explanation']);
  });

  it('a level target with a rank-change baseline is still judged as a level', () => {
    const t = ownWith({ baseline: { year: 2023, change: 'places-risen' } });
    expect(evaluate(t, 35).comparison).toEqual({ quantity: 'value', observed: 35, threshold: 36, comparator: 'lte', unit: 'µg/m³' });
  });
});

describe('deadlines without bounds, and counted from a day', () => {
  it('lists every target by due date, the plan’s order among those due the same day, without daysLeft', () => {
    const dues = [...new Set(TARGETS.map((t) => t.due))].sort();
    const expected = dues.flatMap((due) => TARGETS.filter((t) => t.due === due).map((t) => t.id));
    const all = deadlines();
    expect(all.map((d) => d.target)).toEqual(expected);
    expect(all.some((d) => 'daysLeft' in d)).toBe(false);
    expect(deadlines({ from: '2025-12-31' }).map((d) => d.target)).toEqual(expected.filter((id) => TARGETS.find((t) => t.id === id)!.due >= '2025-12-31'));
  });

  it('counts calendar days across months and years (from 2024-12-01)', () => {
    const left = Object.fromEntries(deadlines({ asOf: '2024-12-01' }).map((d) => [d.due, d.daysLeft]));
    expect(left['2024-10-31']).toBe(-31);
    expect(left['2024-12-31']).toBe(30);
    expect(left['2025-12-31']).toBe(395); // 31 days of December 2024, then 364 days of 2025
    expect(left['2027-12-31']).toBe(1125); // + 365 (2026) + 365 (2027)
  });
});

describe('scorecard passes on errors that are not about an observation', () => {
  it('names a key that is no target id, and leaves an options error as it is', () => {
    expectInputError(() => scorecard({ x: 1 } as never, AFTER), 'observations', "target ids of the plan as keys, e.g. 'pm25-2025-datong'", 'x');
    expectInputError(() => scorecard({ 'pm25-2025-datong': 25 }, { ...AFTER, tolerance: -1 }), 'options.tolerance', 'a finite number ≥ 0', -1);
  });
});
