/**
 * What the rule families share (src/rules/shared.ts): the words of conditions, `missing()`, `meets()`,
 * `add()` and the place helpers; then the promises every verdict of every family keeps, checked over the
 * sample subjects and random valid ones: a condition names only facts the subject left out and those
 * facts settle it; the facts a verdict states are the subject's own, the thresholds compared and the
 * deadline's day; and more facts never take back a definite verdict.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITIES, COUNTIES, KEY_REGION_CITIES, RULES, TAIYUAN_BASIN_PARKS } from '../../src/index.js';
import { assess, getRule, getThreshold, validateSubject } from '../../src/rules/index.js';
import {
  add,
  C_KEY_REGION,
  cityOf,
  cond,
  inFenheValley,
  inKeyRegion,
  inTaiyuanBasin,
  locationInKeyRegion,
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
import type { ConditionTerm, Subject, Verdict } from '../../src/entries/schemas.js';
import * as S from '../../src/entries/schemas.js';
import { fromSchema } from '../fuzz/from-schema.js';
import { consistentLocation } from '../fuzz/consistent-location.js';
import { getPath as get, withPath as set } from '../paths.js';
import { SAMPLES } from './samples.js';

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
    expect(T_KEY_REGION.zh).toBe(`位于重点区域城市（${names.map((n) => n.zh.replace(/市$/, '')).join('、')}）`);
    expect(T_KEY_REGION.en).toBe(`it lies in a key-region city (${names.map((n) => n.en).join(', ')})`);
    expect(C_KEY_REGION.text.zh).toBe(`若${T_KEY_REGION.zh}`);
    expect(T_KEY_REGION.term).toEqual({ fact: 'location', inRegion: 'key-region' });
  });

  it.each([
    [T_TAIYUAN_BASIN, 'location.inTaiyuanBasin', '位于太原盆地', 'it lies in the Taiyuan basin'],
    [T_FENHE_VALLEY, 'location.inFenheValley', '位于汾河谷地', 'it lies in the Fen River valley'],
    [T_KEY_ENTERPRISE, 'keyEnterprise', '属重点（涉气）企业', 'it is a key (air-related) enterprise'],
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
    expect(keys()).toEqual([
      'rule',
      'task',
      'obligation',
      'reason',
      'facts',
      'compliance',
      'complianceReason',
      'overdue',
      'note',
      'source',
    ]);
    expect(keys(C_KEY_REGION)).toEqual([
      'rule',
      'task',
      'obligation',
      'condition',
      'reason',
      'facts',
      'compliance',
      'complianceReason',
      'overdue',
      'note',
      'source',
    ]);
    expect(keys(undefined, '2025-12-31')).toEqual([
      'rule',
      'task',
      'obligation',
      'deadline',
      'reason',
      'facts',
      'compliance',
      'complianceReason',
      'overdue',
      'note',
      'source',
    ]);
    expect(keys(C_KEY_REGION, '2025-12-31')).toEqual([
      'rule',
      'task',
      'obligation',
      'deadline',
      'condition',
      'reason',
      'facts',
      'compliance',
      'complianceReason',
      'overdue',
      'note',
      'source',
    ]);
  });
});

describe('key-region membership of a city and of a location', () => {
  it('is null for no location', () => {
    expect(locationInKeyRegion(undefined)).toBeNull();
  });

  it('is null for an unknown city, true for Taiyuan (a Fenwei Plain city) and false for Datong', () => {
    expect(inKeyRegion(null)).toBeNull();
    expect(inKeyRegion('taiyuan')).toBe(true);
    expect(inKeyRegion('datong')).toBe(false);
  });

  it('reads the city of a location given by its county only', () => {
    expect(locationInKeyRegion({ county: '140121' })).toBe(true); // 清徐县, Taiyuan
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

  it('inTaiyuanBasin: the settled membership, else what the location says, else null (never false by guess)', () => {
    expect(inTaiyuanBasin(undefined)).toBeNull();
    expect(inTaiyuanBasin({ county: '141181' })).toBe(true); // 孝义市: a park of task 25
    expect(inTaiyuanBasin({ county: '141181', inTaiyuanBasin: true })).toBe(true);
    expect(inTaiyuanBasin({ county: '140105' })).toBeNull(); // 小店区: 'in' only by a copied description
    expect(inTaiyuanBasin({ county: '140105', inTaiyuanBasin: false })).toBe(false);
    expect(inTaiyuanBasin({ city: 'taiyuan' })).toBeNull();
    expect(inTaiyuanBasin({ city: 'datong' })).toBe(false);
    expect(inTaiyuanBasin({ county: '140213' })).toBe(false); // 平城区, Datong
    expect(inTaiyuanBasin({ inTaiyuanBasin: true })).toBe(true);
  });

  it('inFenheValley: the settled membership (out for the five cities the Fen does not cross), else the flag, else null', () => {
    expect(inFenheValley(undefined)).toBeNull();
    expect(inFenheValley({ city: 'linfen' })).toBeNull();
    expect(inFenheValley({ city: 'linfen', inFenheValley: true })).toBe(true);
    expect(inFenheValley({ city: 'jincheng' })).toBe(false);
    expect(inFenheValley({ inFenheValley: false })).toBe(false);
    expect(inFenheValley({ inFenheValley: true })).toBe(true);
  });
});

/**
 * The promise behind every conditional verdict: a condition names only facts the subject left out
 * ("never assumed"), and supplying such a fact settles it. For every conditional verdict of every sample
 * subject and of random valid subjects, each term is checked three ways:
 *
 * 1. the fact it names is missing from the subject (for a place term: the location does not say its city);
 * 2. giving the fact a value that satisfies the term removes that term from the verdict's condition (the
 *    verdict stays, definite or still depending on the other missing facts);
 * 3. giving it a value that fails the term removes the verdict (condition `all`) or leaves it depending
 *    only on the other terms (condition `any`).
 *
 * Each condition must also state itself in words, in both languages, with no term's words left empty.
 *
 * Satisfying and failing values come from the term itself (equals, oneOf) or from the threshold it
 * names (`getThreshold`: its value, side and whether inclusive), never from the rules' code.
 */

/** The term's fact path and a value that satisfies it / fails it (undefined: no such value to try). */
function values(t: ConditionTerm): { path: string; yes: unknown; no: unknown } {
  // A place term names `location` (a subject placed by its location) or `city` (an area).
  const place = t.fact === 'city' ? 'city' : 'location.city';
  if (t.inRegion === 'key-region') return { path: place, yes: 'taiyuan', no: 'datong' };
  if (t.notInRegion === 'key-region') return { path: place, yes: 'datong', no: 'taiyuan' };
  if (t.equals !== undefined) return { path: t.fact, yes: t.equals, no: typeof t.equals === 'boolean' ? !t.equals : undefined };
  if (t.oneOf !== undefined) return { path: t.fact, yes: t.oneOf[0], no: undefined };
  // A place in the province's ranking of 117 counties: last is in any bottom N, first in none.
  if (t.fact === 'provincialRank') return { path: t.fact, yes: { rank: 117, of: 117 }, no: { rank: 1, of: 117 } };
  if (t.threshold !== undefined) {
    const th = getThreshold(t.threshold);
    const step = Math.max(1, th.value / 100);
    const inside = th.inclusive ? th.value : th.side === 'above' ? th.value + step : th.value - step;
    const outside = th.inclusive ? (th.side === 'above' ? th.value - step : th.value + step) : th.value;
    return { path: t.fact, yes: inside, no: outside < 0 ? undefined : outside };
  }
  throw new Error(`a condition term of an unknown shape: ${JSON.stringify(t)}`);
}

/**
 * Subjects whose facts are missing in more ways than the samples': each sample without any one of its
 * fields (a place without its city, county or basin flag alike), and without all the fields it can do
 * without at once. Only variants the validator accepts are kept.
 */
function leaveOut(s: Subject): Subject[] {
  const valid = (x: unknown): x is Subject => {
    try {
      validateSubject(x);
      return true;
    } catch {
      return false;
    }
  };
  const paths = Object.entries(s).flatMap(([k, v]) =>
    k === 'kind' ? [] : v !== null && typeof v === 'object' && !Array.isArray(v) ? [k, ...Object.keys(v).map((j) => `${k}.${j}`)] : [k],
  );
  const without = (x: Subject, path: string): Subject => {
    const copy = structuredClone(x) as Record<string, unknown>;
    const [k, j] = path.split('.') as [string, string?];
    if (j === undefined) delete copy[k];
    else if (copy[k] !== undefined) delete (copy[k] as Record<string, unknown>)[j];
    return copy as Subject;
  };
  const variants = paths.map((p) => without(s, p)).filter(valid);
  let bare = s;
  for (const p of paths) {
    const next = without(bare, p);
    if (valid(next)) bare = next;
  }
  return [...variants, bare];
}

/** Subjects the samples lack, whose verdicts depend on three missing facts at once. */
const EXTRA: readonly Subject[] = [
  // A coking expansion adds to the basin only if it adds capacity: independent, adds and basin all unknown.
  {
    kind: 'project',
    sector: 'coking',
    action: 'expansion',
    independent: true,
    addsCapacity: true,
    location: { city: 'taiyuan', inTaiyuanBasin: true },
  },
  { kind: 'project', sector: 'coal-washing', action: 'rebuild', independent: true, addsCapacity: true },
  { kind: 'project', sector: 'steel', action: 'rebuild', addsCapacity: true, capacityReplacement: true },
  {
    kind: 'project',
    sector: 'coal-power',
    action: 'expansion',
    majorRegionalImpact: true,
    highVocsMaterials: true,
  },
];

const ofRule = (s: Subject, rule: string): Verdict[] => assess(s).filter((v) => v.rule === rule);
const names = (v: Verdict | undefined): string[] => v?.condition?.when.map((t) => JSON.stringify(t)) ?? [];

/** A condition states itself in both languages: 若… / "if …", every term in words, none left empty. */
function checkWords(v: Verdict, where: string): void {
  const { zh, en } = v.condition!.text;
  expect(zh, where).toMatch(/^若[^且或]/);
  expect(zh, where).not.toMatch(/[且或]{2}|[且或]$/);
  expect(en, where).toMatch(/^if [a-z]/);
  expect(en, where).not.toMatch(/ {2}|\s$|(?: and| or)$|(?:and|or) (?:and|or) /);
  // As many joints as terms less one, at least (a term's own words may say 且 / "and" too).
  const joints = (text: string, join: RegExp) => text.split(join).length - 1;
  const n = v.condition!.when.length;
  expect(joints(zh, v.condition!.match === 'all' ? /且/ : /或/), where).toBeGreaterThanOrEqual(n - 1);
  expect(joints(en, v.condition!.match === 'all' ? / and / : / or /), where).toBeGreaterThanOrEqual(n - 1);
}

const consistent = consistentLocation;

function checkConditions(given: Subject): number {
  const s = consistent(given);
  let checked = 0;
  for (const v of assess(s)) {
    if (!v.condition) continue;
    checkWords(v, `${v.rule} of ${JSON.stringify(s)}: ${JSON.stringify(v.condition.text)}`);
    for (const t of v.condition.when) {
      const { path, yes, no } = values(t);
      const where = `${v.rule} of ${JSON.stringify(s)}, term ${JSON.stringify(t)}`;
      // 1. The fact is missing.
      if (t.inRegion !== undefined || t.notInRegion !== undefined) {
        const at = path === 'city' ? '' : 'location.';
        expect(get(s, `${at}city`), where).toBeUndefined();
        expect(get(s, `${at}county`), where).toBeUndefined();
      } else {
        expect(get(s, path), where).toBeUndefined();
      }
      const others = v.condition.when.filter((u) => u !== t).map((u) => JSON.stringify(u));
      // 2. Satisfied: the verdict stays and the term is gone from its condition.
      const sat = ofRule(set(s, path, yes), v.rule);
      expect(sat, `${where}: satisfied`).toHaveLength(1);
      expect(names(sat[0]), `${where}: satisfied`).not.toContain(JSON.stringify(t));
      if (v.condition.match === 'any') expect(sat[0]!.condition, `${where}: one term of any suffices`).toBeUndefined();
      // 3. Failed: gone (all), or depending on the other terms only (any).
      if (no !== undefined) {
        const fail = ofRule(set(s, path, no), v.rule);
        if (v.condition.match === 'all') expect(fail, `${where}: failed`).toEqual([]);
        else if (others.length === 0) expect(fail, `${where}: failed`).toEqual([]);
        else expect(names(fail[0]).sort(), `${where}: failed`).toEqual([...others].sort());
      }
      checked++;
    }
  }
  return checked;
}

describe('conditional verdicts depend only on missing facts, and the facts settle them', () => {
  it('holds for every sample subject', () => {
    let checked = 0;
    for (const s of SAMPLES) checked += checkConditions(s);
    expect(checked).toBeGreaterThan(20);
  });

  it('holds for every sample with any one field left out, and with every field it can do without left out', () => {
    let checked = 0;
    for (const s of [...SAMPLES, ...EXTRA]) for (const v of leaveOut(s)) checked += checkConditions(v);
    expect(checked).toBeGreaterThan(150);
  });

  it('holds for random valid subjects', () => {
    const subject = fromSchema(S.Subject as never) as fc.Arbitrary<Subject>;
    let checked = 0;
    fc.assert(
      fc.property(subject, (s) => {
        checked += checkConditions(s);
      }),
      { numRuns: 400, seed: 20240308 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});

/**
 * What every verdict's `facts` promise (the Facts schema's description): subject fields by name as the
 * subject gave them (`null` where it left them out); the thresholds compared, each with the value and
 * inclusiveness of one of the rule's own thresholds; the key region resolved from the subject's city or
 * county; and, with `asOf`, the day and whether the deadline has passed (not on the deadline day itself).
 * Checked over the sample subjects and random valid ones, on days around every deadline.
 */

const DAYS = ['2024-01-01', '2024-10-31', '2024-11-01', '2025-12-31', '2026-01-01', '2030-06-30'];
const THRESHOLD_PAIRS = [
  ['threshold', 'inclusive'],
  ['radiusKm', 'radiusInclusive'],
  ['minCapacityMw', 'capacityInclusive'],
  ['rankThreshold', 'rankInclusive'],
  ['lower', 'lowerInclusive'],
  ['upper', 'upperInclusive'],
] as const;

/**
 * Facts the library fills in where the subject is silent because the rest of it settles them: a
 * coal-power project uses coal (src/rules/projects.ts); an area given by its county lies in that county's
 * city; a coal boiler rated in MW has its t/h. Nothing else is derived.
 */
const DERIVED: Readonly<Record<string, (s: Record<string, unknown>) => unknown>> = {
  'project.usesCoal': (s) => (s.sector === 'coal-power' ? true : null),
  'area.city': (s) => subjectCity(s),
  // A boiler rated in MW: its t/h at 0.7 MW per t/h (GB 13271-2014), as the rules compare it.
  'coal-boiler.capacityTph': (s) =>
    typeof s.capacityMw === 'number' ? Math.min((s.capacityMw / 7) * 10, Number.MAX_VALUE) : (s.capacityTph ?? null),
};

/** The subject's own field names: the keys its schema allows. */
const fieldsOf = (s: Subject): string[] => {
  const options = (
    S.Subject as unknown as {
      _zod: { def: { options: { _zod: { def: { shape: Record<string, { _zod: { def: { value?: string; values?: string[] } } }> } } }[] } };
    }
  )._zod.def.options;
  const mine = options.find((o) => (o._zod.def.shape.kind!._zod.def.values ?? [o._zod.def.shape.kind!._zod.def.value]).includes(s.kind))!;
  return Object.keys(mine._zod.def.shape).filter((k) => k !== 'kind');
};

function subjectCity(s: Record<string, unknown>): string | null {
  const loc = (s.kind === 'area' ? s : (s.location as Record<string, unknown> | undefined)) ?? {};
  if (typeof loc.city === 'string') return loc.city;
  if (typeof loc.county === 'string') return COUNTIES.find((c) => c.code === loc.county)!.city;
  return null;
}

function checkStatedFacts(given: Subject, asOf: string): number {
  const s = consistent(given);
  let checked = 0;
  const fields = fieldsOf(s);
  for (const v of assess(s, { asOf })) {
    const f = v.facts as Record<string, unknown>;
    const where = `${v.rule} of ${JSON.stringify(s)}`;
    // Subject fields, as given, null where left out (objects such as location are resolved, not echoed).
    for (const k of fields) {
      if (!(k in f)) continue;
      const given = (s as Record<string, unknown>)[k];
      if (given !== null && typeof given === 'object') continue;
      const derived = DERIVED[`${s.kind}.${k}`];
      expect(f[k], `${where}: facts.${k}`).toBe(given ?? (derived ? derived(s as unknown as Record<string, unknown>) : null));
      checked++;
    }
    // Thresholds: the value of one of the rule's thresholds. (Whether it is inclusive depends on the side
    // the verdict states: "65以下" excludes 65, so the rule for the boilers it leaves out states 65 inclusive.)
    const own = getRule(v.rule).thresholds.map((id) => getThreshold(id).value);
    for (const [value, inclusive] of THRESHOLD_PAIRS) {
      if (!(value in f)) continue;
      expect(own, `${where}: facts.${value}`).toContain(f[value]);
      expect(typeof f[inclusive], `${where}: facts.${inclusive}`).toBe('boolean');
      checked++;
    }
    // The key region, from the city or county.
    if ('inKeyRegion' in f) {
      const city = subjectCity(s as unknown as Record<string, unknown>);
      expect(f.inKeyRegion, `${where}: facts.inKeyRegion`).toBe(
        city === null ? null : (KEY_REGION_CITIES as readonly string[]).includes(city),
      );
      checked++;
    }
    // The day, and whether the deadline has passed: strictly after the deadline day.
    if (v.deadline !== undefined) {
      expect(f.asOf, where).toBe(asOf);
      expect(f.deadlinePassed, `${where}: deadline ${v.deadline}, asOf ${asOf}`).toBe(asOf > v.deadline);
      checked++;
    } else {
      expect('deadlinePassed' in f, `${where}: no deadline, no deadlinePassed`).toBe(false);
    }
  }
  return checked;
}

describe('the facts of every verdict', () => {
  it('hold for every sample subject on days around the deadlines', () => {
    let checked = 0;
    for (const day of DAYS) for (const s of SAMPLES) checked += checkStatedFacts(s, day);
    expect(checked).toBeGreaterThan(500);
  });

  it('hold for random valid subjects', () => {
    let checked = 0;
    fc.assert(
      fc.property(fromSchema(S.Subject as never) as fc.Arbitrary<Subject>, fc.constantFrom(...DAYS), (s, day) => {
        checked += checkStatedFacts(s, day);
      }),
      { numRuns: 500, seed: 20240308 },
    );
    expect(checked).toBeGreaterThan(300);
  });
});

/**
 * "Never assumed", the other way round: telling `assess` more about a subject can settle a conditional
 * verdict, but never takes back a definite one, and never brings back a rule that did not apply. For
 * every sample subject, each optional yes/no or one-of field the subject left out is given each of its
 * values (and a location each kind of city), and the definite verdicts and the absent rules must stay so;
 * a conditional verdict must stay when the fact supplied is not one its condition names (it would have
 * depended on a fact it did not name).
 * Two documented exceptions: a regional rule that replaces a province-wide one inside its region (their
 * notes say so) takes the province-wide rule's place once the location is known; and fields that change
 * what the subject is (an area's county makes a city a county) or contradict what its kind settles (a
 * coal-power project that uses no coal) are not "more facts".
 * Also: every verdict states facts (the inputs it compared), and each fact a condition names is among them.
 */

interface Def {
  type: string;
  innerType?: { _zod: { def: Def } };
  entries?: Record<string, string>;
  shape?: Record<string, { _zod: { def: Def } }>;
  values?: unknown[];
  value?: unknown;
}
const unwrap = (d: Def): Def => (d.type === 'optional' || d.type === 'nullable' ? unwrap(d.innerType!._zod.def) : d);

/** For a kind, each optional field we can fill in and the values to try. */
function fillable(kind: string): [string, unknown[]][] {
  const options = (S.Subject as unknown as { _zod: { def: { options: { _zod: { def: Def } }[] } } })._zod.def.options;
  const object = options
    .map((o) => o._zod.def)
    .find((d) => {
      const k = d.shape!.kind!._zod.def;
      return (k.values ?? [k.value]).includes(kind);
    })!;
  const out: [string, unknown[]][] = [];
  for (const [field, schema] of Object.entries(object.shape!)) {
    if (field === 'kind' || schema._zod.def.type !== 'optional') continue;
    const d = unwrap(schema._zod.def);
    if (d.type === 'boolean') out.push([field, [true, false]]);
    else if (d.type === 'enum') out.push([field, Object.values(d.entries!)]);
    else if (field === 'location')
      out.push([field, [{ city: 'taiyuan' }, { city: 'datong' }, { inTaiyuanBasin: true }, { inFenheValley: true }]]);
  }
  return out;
}

/** Province-wide rule → the regional rule that replaces it inside its region (see both rules' notes). */
const REPLACED_BY: Readonly<Record<string, string>> = {
  'outdated-sinter-pellet-ferroalloy': 'taiyuan-basin-outdated-equipment',
  'park-monitoring-station': 'fenhe-valley-park-monitoring',
};
/** Not "more facts": they change what the subject is, or contradict what its kind settles. */
const NOT_MORE = (s: Subject, field: string, value: unknown): boolean =>
  (s.kind === 'area' && field === 'county') ||
  (s.kind === 'project' && field === 'usesCoal' && value === false && s.sector === 'coal-power');

/** A rule definite for every sample of its kinds compares nothing, so it may state no facts. */
const ALWAYS: ReadonlySet<string> = new Set<string>(
  RULES.filter((r) =>
    r.appliesTo.every((k) => SAMPLES.filter((s) => s.kind === k).every((s) => assess(s).some((v) => v.rule === r.id && !v.condition))),
  ).map((r) => r.id),
);

/** Every verdict states facts (unless its rule is in ALWAYS), among them each fact its condition names. */
function checkNamedFacts(s: Subject): void {
  for (const v of assess(s)) {
    const where = `${v.rule} of ${JSON.stringify(s)}`;
    if (!ALWAYS.has(v.rule)) expect(Object.keys(v.facts).length, `${where}: facts`).toBeGreaterThan(0);
    for (const t of v.condition?.when ?? []) {
      // A place term is stated through its resolved city (or the key-region flag).
      if (t.inRegion !== undefined || t.notInRegion !== undefined) continue;
      // A place in a ranking is stated as its parts (rank, of, placeFromBottom).
      const key = t.fact === 'provincialRank' ? 'rank' : t.fact.split('.').pop()!;
      expect(v.facts, `${where}: the condition's fact ${t.fact}`).toHaveProperty([key], null);
    }
  }
}

const split = (s: Subject) => {
  const vs = assess(s);
  return {
    definite: new Set(vs.filter((v) => !v.condition).map((v) => v.rule)),
    present: new Set(vs.map((v) => v.rule)),
    /** Conditional rules, with the top-level fields their conditions name. */
    conditional: new Map(vs.filter((v) => v.condition).map((v) => [v.rule, new Set(v.condition!.when.map((t) => t.fact.split('.')[0]!))])),
  };
};

describe('more facts never take back a definite verdict, nor bring back a rule that did not apply', () => {
  it.each(SAMPLES.map((s, i) => [i, s.kind, s] as const))('sample %i (%s)', (_i, kind, s) => {
    const before = split(s);
    const applicable = RULES.filter((r) => (r.appliesTo as readonly string[]).includes(kind)).map((r) => r.id);
    let tried = 0;
    for (const [field, values] of fillable(kind)) {
      if ((s as Record<string, unknown>)[field] !== undefined) continue;
      for (const value of values) {
        if (NOT_MORE(s, field, value)) continue;
        const more = { ...s, [field]: value } as Subject;
        let after: ReturnType<typeof split>;
        try {
          after = split(more);
        } catch {
          continue; // a value this subject's other fields rule out (e.g. a county of another city)
        }
        checkNamedFacts(more);
        const where = `${JSON.stringify(s)} + ${field}: ${JSON.stringify(value)}`;
        for (const rule of before.definite) {
          const stays = after.definite.has(rule) || (REPLACED_BY[rule] !== undefined && after.definite.has(REPLACED_BY[rule]!));
          expect(stays, `${where}: ${rule} stays definite (or is replaced by its regional rule)`).toBe(true);
        }
        for (const rule of applicable)
          if (!before.present.has(rule)) expect(after.present.has(rule), `${where}: ${rule} stays absent`).toBe(false);
        // A conditional verdict depends only on the facts its condition names: any other fact leaves it standing.
        // (A place term names `location` or, for an area, `city`.)
        for (const [rule, named] of before.conditional) {
          if (named.has(field) || (field === 'location' && named.has('location'))) continue;
          const stays = after.present.has(rule) || (REPLACED_BY[rule] !== undefined && after.present.has(REPLACED_BY[rule]!));
          expect(stays, `${where}: ${rule} (conditional on ${[...named].join(', ')}) stays`).toBe(true);
        }
        tried++;
      }
    }
    expect(tried).toBeGreaterThanOrEqual(0);
  });
});

describe('the facts a verdict states', () => {
  it("the replacements above are the ones the rules' notes state", () => {
    for (const [general, regional] of Object.entries(REPLACED_BY)) {
      const notes = [general, regional].map((id) => (RULES.find((r) => r.id === id) as { note?: { en: string } }).note?.en ?? '').join(' ');
      expect(notes).toMatch(new RegExp(`(${general}|${regional})`));
      expect(notes).toMatch(/replaces|instead/);
    }
  });

  it('every verdict states the facts it compared (none only where the rule holds for every subject of its kind), and each fact its condition names', () => {
    for (const s of SAMPLES) checkNamedFacts(s);
  });
});
