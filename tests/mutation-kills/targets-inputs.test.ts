/**
 * The targets module's refusals, each with the field it names and the words of what was expected, and the
 * edges of what it accepts: a target object's required fields left out one at a time, the first and last
 * year and task it takes, and the internal pieces (which city a target covers, whose duty it is) on targets
 * the plan's own list does not contain.
 */
import { describe, expect, it } from 'vitest';
import { deadlines, evaluateTarget, scorecard, targetName, targetsFor, type Target } from '../../src/index.js';
import { covers, dutyOf } from '../../src/targets/calendar.js';
import type { PlanTarget } from '../../src/targets/evaluate.js';
import { expectInputError, fieldOf } from '../errors.js';
import { withoutPath, withPath } from '../paths.js';

/** Taiyuan's own 2026 PM2.5 target, built like the plan's. */
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
const AFTER = { asOf: '2027-01-10' };
const evaluate = (t: unknown, observation: unknown = 35) => evaluateTarget(t as Target, observation as never, AFTER);
const ownWith = (fields: Record<string, unknown>) => ({ ...own, ...fields }) as unknown as Target;

describe('a target that is not a target', () => {
  it.each([
    ['null', null, 'target', 'a target id or a target object'],
    ['a number', 5, 'target', 'a target id or a target object'],
    ['no scope', { ...own, scope: undefined }, 'target.scope', '{ kind, … }'],
    ['a scope that is a string', { ...own, scope: 'city' }, 'target.scope', '{ kind, … }'],
  ])('%s: %s', (_, target, field, expected) => {
    expectInputError(() => evaluate(target), field, expected);
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
    ['a rank change given a number', rise, 5, 'observation', '{ rank, of, baselineRank } for a ranking target'],
    ['a rank change without its baseline rank', rise, { rank: 1, of: 168 }, 'observation', '{ rank, of, baselineRank } for a rank change'],
    ['a rank change with baseline rank 2.5', rise, { rank: 1, of: 168, baselineRank: 2.5 }, 'observation.baselineRank', 'a finite whole number from 1 to 168'],
  ])('%s', (_, target, observation, field, expected) => {
    expectInputError(() => evaluate(target, observation), field, expected);
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
