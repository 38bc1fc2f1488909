/**
 * Kills the mutants Stryker left in src/rules/shared.ts, index.ts and assess.ts: the words of conditions
 * (they are shown to users), the exact shape of verdicts, the place helpers at their edges, and the
 * errors of the lookups and of assess's options.
 */
import { describe, expect, it } from 'vitest';
import { CITIES, KEY_REGION_CITIES, TAIYUAN_BASIN_PARKS } from '../../src/index.js';
import { assess, getRule, getThreshold, rulesFor } from '../../src/rules/index.js';
import {
  add,
  C_KEY_REGION,
  cityOf,
  cond,
  inFenheValley,
  inTaiyuanBasin,
  meets,
  missing,
  T_FENHE_VALLEY,
  T_INEFFICIENT,
  T_KEY_ENTERPRISE,
  T_KEY_REGION,
  T_TAIYUAN_BASIN,
  taiyuanBasinCounties,
  term,
} from '../../src/rules/shared.js';
import type { Verdict } from '../../src/model/verdict.js';
import { expectInputError } from '../errors.js';

const a = term({ fact: 'keyEnterprise', equals: true }, '甲', 'A');
const b = term({ fact: 'inefficientTreatment', equals: true }, '乙', 'B');
const c = term({ fact: 'location.inFenheValley', equals: true }, '丙', 'C');

describe('condition words', () => {
  it('join terms with 且 / "and" for all, 或 / "or" for any, and nothing before the first', () => {
    expect(cond([a]).text).toEqual({ zh: '若甲', en: 'if A' });
    expect(cond([a, b]).text).toEqual({ zh: '若甲且乙', en: 'if A and B' });
    expect(cond([a, b, c], 'any').text).toEqual({ zh: '若甲或乙或丙', en: 'if A or B or C' });
    expect(cond([a, b], 'any')).toMatchObject({ match: 'any', when: [a.term, b.term] });
  });

  it('name the eight key-region cities of KEY_REGION_CITIES, in its order', () => {
    const names = KEY_REGION_CITIES.map((id) => CITIES.find((x) => x.id === id)!.name);
    expect(T_KEY_REGION.zh).toBe(`位于重点区域城市(${names.map((n) => n.zh.replace(/市$/, '')).join('、')})`);
    expect(T_KEY_REGION.en).toBe(`it lies in a key-region city (${names.map((n) => n.en).join(', ')})`);
    expect(C_KEY_REGION.text.zh).toBe(`若${T_KEY_REGION.zh}`);
    expect(T_KEY_REGION.term).toEqual({ fact: 'location', inRegion: 'key-region' });
  });

  it.each([
    [T_TAIYUAN_BASIN, 'location.inTaiyuanBasin', '位于太原盆地', 'it lies in the Taiyuan basin'],
    [T_FENHE_VALLEY, 'location.inFenheValley', '位于汾河谷地', 'it lies in the Fen River valley'],
    [T_KEY_ENTERPRISE, 'keyEnterprise', '属重点(涉气)企业', 'it is a key (air-related) enterprise'],
    [T_INEFFICIENT, 'inefficientTreatment', '配有简易低效污染治理设施', 'it has simple, inefficient pollution treatment'],
  ])('%#: a term asks fact %s to be true, in the words of the plan', (t, fact, zh, en) => {
    expect(t).toEqual({ term: { fact, equals: true }, zh, en });
  });
});

describe('missing(): the condition for the facts a subject left out', () => {
  const all2 = cond([a, b]);
  const all3 = cond([a, b, c]);
  it('is undefined when nothing is missing, the prebuilt condition when everything is', () => {
    expect(missing(all2, a, false, b, false)).toBeUndefined();
    expect(missing(all2, a, true, b, true)).toBe(all2);
    expect(missing(all3, a, true, b, true, c, true)).toBe(all3);
  });
  it('names only the missing terms otherwise', () => {
    expect(missing(all3, a, true, b, true, c, false)!.text.zh).toBe('若甲且乙');
    expect(missing(all3, a, false, b, true, c, false)!.text.zh).toBe('若乙');
    expect(missing(all3, a, false, b, false, c, true)!.text.zh).toBe('若丙');
    expect(missing(all2, a, true, b, false)!.when).toEqual([a.term]);
  });
});

describe('meets(): which side of a threshold a value is on', () => {
  it.each([
    ['above', true, 10, true],
    ['above', true, 9.99, false],
    ['above', false, 10, false],
    ['above', false, 10.01, true],
    ['below', true, 10, true],
    ['below', true, 10.01, false],
    ['below', false, 10, false],
    ['below', false, 9.99, true],
  ] as const)('%s, inclusive %s: %d → %s', (side, inclusive, x, ok) => {
    expect(meets({ side, inclusive, value: 10 }, x)).toBe(ok);
  });
});

describe('add(): a verdict has exactly the keys it needs', () => {
  const rule = getRule('coal-unit-below-300mw');
  const keys = (condition?: ReturnType<typeof cond>, deadline?: string) => {
    const out: Verdict[] = [];
    add(out, deadline === undefined ? rule : { ...rule, deadline }, { x: 1 } as never, condition);
    return Object.keys(out[0]!);
  };
  it('no deadline key without a deadline, no condition key without a condition', () => {
    expect(keys()).toEqual(['rule', 'task', 'obligation', 'reason', 'facts', 'source']);
    expect(keys(C_KEY_REGION)).toEqual(['rule', 'task', 'obligation', 'condition', 'reason', 'facts', 'source']);
    expect(keys(undefined, '2025-12-31')).toEqual(['rule', 'task', 'obligation', 'deadline', 'reason', 'facts', 'source']);
    expect(keys(C_KEY_REGION, '2025-12-31')).toEqual(['rule', 'task', 'obligation', 'deadline', 'condition', 'reason', 'facts', 'source']);
  });
});

describe('places', () => {
  it('cityOf: the city, else the county’s city, else null', () => {
    expect(cityOf('datong', '140121')).toBe('datong');
    expect(cityOf(undefined, '140121')).toBe('taiyuan'); // 清徐县
    expect(cityOf(undefined, '999999')).toBeNull();
    expect(cityOf(undefined, undefined)).toBeNull();
  });

  it('taiyuanBasinCounties: the counties of the parks task 25 names', () => {
    expect([...taiyuanBasinCounties()]).toEqual(TAIYUAN_BASIN_PARKS.flatMap((p) => p.counties));
    expect(taiyuanBasinCounties()).toEqual(['140121', '141122', '140728', '140781', '141181']);
  });

  it('inTaiyuanBasin: what the location says, true for a park county, else null (never false by guess)', () => {
    expect(inTaiyuanBasin(undefined)).toBeNull();
    expect(inTaiyuanBasin({ inTaiyuanBasin: false, county: '140121' })).toBe(false);
    expect(inTaiyuanBasin({ county: '141181' })).toBe(true); // 孝义市
    expect(inTaiyuanBasin({ county: '140105' })).toBeNull(); // 小店区: a Taiyuan district, not a park county
    expect(inTaiyuanBasin({ city: 'taiyuan' })).toBeNull();
  });

  it('inFenheValley: only the location’s own flag decides; null (not undefined) otherwise', () => {
    expect(inFenheValley(undefined)).toBeNull();
    expect(inFenheValley({ city: 'linfen' })).toBeNull();
    expect(inFenheValley({ inFenheValley: false })).toBe(false);
    expect(inFenheValley({ inFenheValley: true })).toBe(true);
  });
});

describe('lookups refuse what is not an id, with the words of their errors', () => {
  it('getRule', () => {
    expectInputError(() => getRule('no-such-rule'), 'id', 'a rule id (see RULES)', 'no-such-rule');
    // An array holding a valid id would pass a bare hasOwn check (the key is coerced to a string).
    expectInputError(() => getRule(['coal-unit-below-300mw'] as never), 'id', 'a rule id (see RULES)');
  });
  it('getThreshold', () => {
    expectInputError(() => getThreshold('nope'), 'id', 'a threshold id (see THRESHOLDS)', 'nope');
    expectInputError(() => getThreshold(['coal-boiler-cleanup-max'] as never), 'id', 'a threshold id (see THRESHOLDS)');
  });
  it('rulesFor', () => {
    expectInputError(() => rulesFor('bicycle' as never), 'kind', "a subject kind (see SubjectKind), e.g. 'truck'", 'bicycle');
  });
});

describe("assess's options", () => {
  const subject = { kind: 'coal-power-unit', capacityMw: 200 } as const;
  it('may be absent, empty or without asOf', () => {
    const plain = assess(subject);
    expect(assess(subject, {})).toEqual(plain);
    expect(assess(subject, { asOf: undefined })).toEqual(plain);
    expect(plain.length).toBeGreaterThan(0);
  });
  it.each([5, 'x', null, [], true])('refuses %j as options', (o) => {
    expectInputError(() => assess(subject, o as never), 'options', 'an object { asOf? } or undefined');
  });
  it('refuses an option it does not take', () => {
    expectInputError(() => assess(subject, { asof: '2025-01-01' } as never), 'options.asof', 'no such option (assess takes asOf)', '2025-01-01');
  });
});
