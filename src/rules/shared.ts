/**
 * Internal helpers shared by the rule families: building verdicts and conditions, reading thresholds,
 * resolving places. Nothing here is part of the public surface.
 * @internal
 * @module
 */
import { CITIES, KEY_REGION_CITIES, TAIYUAN_BASIN_PARKS, type CityId } from '../../data/places.js';
import { COUNTIES } from '../../data/counties.js';
import { THRESHOLD_TABLE, type ThresholdId } from '../../data/thresholds.js';
import { deepFreeze } from '../freeze.js';
import { refuse } from '../errors.js';
import { settledMembership, settledStatuses } from '../plan/membership.js';
import type { Bilingual } from '../model/text.js';
import type { Citation } from '../model/citation.js';
import type { Compliance, Condition, ConditionTerm, Facts, Obligation, Verdict } from '../model/verdict.js';
import type { Location } from '../plan-schemas.generated.js';

/** What a verdict needs of its rule. */
export interface RuleRef {
  readonly id: string;
  readonly task: number;
  readonly title: Bilingual;
  readonly obligation: Obligation;
  readonly deadline?: string;
  readonly note?: Bilingual;
  readonly source: Citation;
}

/** What a comparison needs of its threshold. */
export interface ThresholdRef {
  readonly value: number;
  readonly side: 'above' | 'below';
  readonly inclusive: boolean;
}

/**
 * The bundled threshold with this id. The rule families read their thresholds once, at import, through
 * this call, which a bundler may drop when a family is not used (a bare property read it could not).
 */
/* @__NO_SIDE_EFFECTS__ */
export function thresholdOf<I extends ThresholdId>(id: I): (typeof THRESHOLD_TABLE)[I] {
  return THRESHOLD_TABLE[id];
}

/** `true` when `x` lies on the rule's side of the threshold (the value itself counts when inclusive). */
export function meets(t: ThresholdRef, x: number): boolean {
  if (t.side === 'above') return t.inclusive ? x >= t.value : x > t.value;
  return t.inclusive ? x <= t.value : x < t.value;
}

/**
 * What a verdict says of compliance until `judge` (src/rules/compliance.ts) reads the rule's compliance facts,
 * which it does for every verdict `assess` returns.
 */
const UNJUDGED: Bilingual = /* @__PURE__ */ Object.freeze({
  zh: '所给事实不足以判断是否已满足此项要求。',
  en: 'The facts given do not show whether this duty is met.',
});

/**
 * Appends a verdict for `rule`: its reason is the rule's title (the obligation stated as a sentence),
 * its deadline, if any, the rule's; its compliance `'unknown'` until `judge` reads the rule's compliance facts.
 */
export function add(out: Verdict[], rule: RuleRef, facts: Facts, condition?: Condition): void {
  const compliance: Compliance = 'unknown';
  // Plain object literals, one per combination of deadline and condition: a literal with two conditional
  // spreads made `assess` about 4× slower (issue 23). A verdict has no `deadline` or `condition` key when it
  // has none (tests/rules/shared.test.ts pins it); one shape with those keys undefined measured no faster
  // (docs/performance.md). Keep any new field in all four literals.
  const reason = rule.title as Verdict['reason'];
  const complianceReason = UNJUDGED;
  const source = rule.source as Verdict['source'];
  const deadline = rule.deadline;
  const note = rule.note; // the rule's reading; `overdue` is set with `asOf` (src/rules/compliance.ts)
  const { id, task, obligation } = rule;
  if (deadline === undefined) {
    if (condition === undefined)
      out.push({ rule: id, task, obligation, reason, facts, compliance, complianceReason, overdue: undefined, note, source });
    else out.push({ rule: id, task, obligation, condition, reason, facts, compliance, complianceReason, overdue: undefined, note, source });
  } else if (condition === undefined)
    out.push({ rule: id, task, obligation, deadline, reason, facts, compliance, complianceReason, overdue: undefined, note, source });
  else
    out.push({
      rule: id,
      task,
      obligation,
      deadline,
      condition,
      reason,
      facts,
      compliance,
      complianceReason,
      overdue: undefined,
      note,
      source,
    });
}

/** One condition term with its words, used to build conditions. */
export interface Term {
  readonly term: ConditionTerm;
  readonly zh: string;
  readonly en: string;
}

/** A condition term: the data and its words (zh without 若, en without "if"). */
/* @__NO_SIDE_EFFECTS__ */
export function term(t: ConditionTerm, zh: string, en: string): Term {
  return deepFreeze({ term: t, zh, en });
}

/** A term with the words of `words` about another fact (read in a call a bundler may drop when unused). */
export function onFact(words: Term, t: ConditionTerm): Term {
  return term(t, words.zh, words.en);
}

/** Builds a condition from terms: all must hold (`'all'`), or any one (`'any'`). */
/* @__NO_SIDE_EFFECTS__ */
export function cond(terms: readonly Term[], match: 'all' | 'any' = 'all'): Condition {
  let zh = '若';
  let en = 'if ';
  const when: ConditionTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (i > 0) {
      zh += match === 'all' ? '且' : '或';
      en += match === 'all' ? ' and ' : ' or ';
    }
    zh += t.zh;
    en += t.en;
    when.push(t.term);
  }
  return Object.freeze({ match, when: Object.freeze(when) as ConditionTerm[], text: Object.freeze({ zh, en }) });
}

/**
 * The condition for the missing terms among up to three (`a`, `b`, `c` are the terms, `ma`, `mb`, `mc`
 * whether each is missing); `all` is the prebuilt condition for all of them missing. `undefined` when
 * nothing is missing.
 */
export function missing(all: Condition, a: Term, ma: boolean, b: Term, mb: boolean, c?: Term, mc = false): Condition | undefined {
  const n = (ma ? 1 : 0) + (mb ? 1 : 0) + (mc ? 1 : 0);
  if (n === 0) return undefined;
  if (n === (c === undefined ? 2 : 3)) return all;
  const ts: Term[] = [];
  if (ma) ts.push(a);
  if (mb) ts.push(b);
  if (mc && c !== undefined) ts.push(c);
  return cond(ts);
}

// Places -----------------------------------------------------------------------------------------

/** The city of each county code. */
const COUNTY_CITY: ReadonlyMap<string, CityId> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ COUNTIES.map((c): [string, CityId] => [c.code, c.city as CityId]),
);

/** The city of a county code, or `undefined` when the code is not a Shanxi county. */
export function countyCity(code: string): CityId | undefined {
  return COUNTY_CITY.get(code);
}

/** The city a location names, directly or through its county; `null` when it names neither. */
export function cityOf(city: CityId | undefined, county: string | undefined): CityId | null {
  if (city !== undefined) return city;
  if (county !== undefined) return countyCity(county) ?? null;
  return null;
}

/** Whether a city is one of the 8 key-region (Fenwei Plain) cities; `null` when the city is unknown. */
export function inKeyRegion(city: CityId | null): boolean | null {
  if (city === null) return null;
  return (KEY_REGION_CITIES as readonly string[]).includes(city);
}

/** Whether a location lies in the key region; `null` when it does not say. */
export function locationInKeyRegion(loc: Location | undefined): boolean | null {
  return loc === undefined ? null : inKeyRegion(cityOf(loc.city, loc.county));
}

/** The county codes the plan itself puts in the Taiyuan basin: those of the parks task 25 names. */
export function taiyuanBasinCounties(): readonly string[] {
  return BASIN_COUNTIES;
}
const BASIN_COUNTIES: readonly string[] = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ TAIYUAN_BASIN_PARKS.flatMap((p) => p.counties));

/**
 * Where a subject lies, as far as the rules ask: computed once per `assess` call by {@link locate} and handed
 * to the rule families, so that no family looks a place up again.
 */
export interface Whereabouts {
  /** {@link locationInKeyRegion} of the location. */
  readonly inKeyRegion: boolean | null;
  /** {@link inTaiyuanBasin} of the location. */
  readonly inTaiyuanBasin: boolean | null;
  /** {@link inFenheValley} of the location. */
  readonly inFenheValley: boolean | null;
}

const NOWHERE: Whereabouts = /* @__PURE__ */ Object.freeze({ inKeyRegion: null, inTaiyuanBasin: null, inFenheValley: null });

/** A settled status as the rules read it: `true` inside, `false` outside, `null` not settled. */
function inside(status: 'in' | 'out' | undefined): boolean | null {
  return status === undefined ? null : status === 'in';
}

/**
 * The whereabouts of every place before any flag: for each city id and county code, its key-region membership
 * and its settled membership of the Taiyuan basin and the Fen River valley (`settledMembership`), one frozen
 * record each, built once at load so that `assess` looks a place up in one step.
 */
function placeTable(): ReadonlyMap<string, Whereabouts> {
  const basin = settledStatuses('taiyuan-basin');
  const fenhe = settledStatuses('fenhe-valley');
  const out = new Map<string, Whereabouts>();
  const put = (key: string, city: CityId): void => {
    out.set(
      key,
      Object.freeze({ inKeyRegion: inKeyRegion(city), inTaiyuanBasin: inside(basin.get(key)), inFenheValley: inside(fenhe.get(key)) }),
    );
  };
  for (const c of CITIES) put(c.id, c.id);
  for (const c of COUNTIES) put(c.code, c.city as CityId);
  return out;
}
const PLACES: ReadonlyMap<string, Whereabouts> = /* @__PURE__ */ placeTable();

/** The whereabouts of a location's place, flags aside: its county's when it names one, else its city's. */
function placeOf(loc: Location): Whereabouts {
  return PLACES.get((loc.county ?? loc.city)!) ?? NOWHERE;
}

const AREA_WORDS = {
  'taiyuan-basin': { field: 'inTaiyuanBasin', zh: '太原盆地', en: 'the Taiyuan basin' },
  'fenhe-valley': { field: 'inFenheValley', zh: '汾河谷地', en: 'the Fen River valley' },
} as const;

/**
 * A location's flag for an area judged against the area's settled membership there (`known`: `null` when not
 * settled): the settled membership when there is one, otherwise the flag, otherwise `null`.
 * @throws {PlanInputError} naming `subject.location.<flag>`, the place and the basis, when the flag
 *   contradicts the settled membership
 */
function judge(area: 'taiyuan-basin' | 'fenhe-valley', loc: Location, flag: boolean | undefined, known: boolean | null): boolean | null {
  if (known === null) return flag ?? null;
  if (flag !== undefined && flag !== known) {
    const words = AREA_WORDS[area];
    const { place, placeZh, basis } = settledMembership(area, loc.city, loc.county)!;
    refuse('conflict', `subject.location.${words.field}`, flag, [
      `${known} or nothing: ${place} lies ${known ? 'inside' : 'outside'} ${words.en} (${words.zh}) by AREA_MEMBERSHIP, on the basis of ${basis.join(', ')}`,
      `${known} 或不填：按 AREA_MEMBERSHIP（依据 ${basis.join('、')}），${placeZh}${known ? '在' : '不在'}${words.zh}内`,
    ]);
  }
  return known;
}

/**
 * Whether a location lies in the Taiyuan basin: the membership `AREA_MEMBERSHIP` settles for its county
 * or city (the five counties of task 25's parks are inside; the eight cities away from the basin outside),
 * else `location.inTaiyuanBasin`, else `null` (unknown). A flag that contradicts a settled membership is a
 * `PlanInputError`.
 */
export function inTaiyuanBasin(loc: Location | undefined): boolean | null {
  return loc === undefined ? null : judge('taiyuan-basin', loc, loc.inTaiyuanBasin, placeOf(loc).inTaiyuanBasin);
}

/**
 * Whether a location lies in the Fen River valley: the membership `AREA_MEMBERSHIP` settles (the five cities
 * the Fen does not flow through are outside), else `location.inFenheValley`, else `null`. A flag that
 * contradicts a settled membership is a `PlanInputError`.
 */
export function inFenheValley(loc: Location | undefined): boolean | null {
  return loc === undefined ? null : judge('fenhe-valley', loc, loc.inFenheValley, placeOf(loc).inFenheValley);
}

/**
 * A location's whereabouts (see {@link Whereabouts}), refusing area flags that contradict a settled
 * membership (the Taiyuan basin's first): one lookup of its place, and without flags the place's shared
 * frozen record itself.
 */
export function locate(loc: Location | undefined): Whereabouts {
  if (loc === undefined) return NOWHERE;
  const at = placeOf(loc);
  const basin = loc.inTaiyuanBasin;
  const fenhe = loc.inFenheValley;
  if (basin === undefined && fenhe === undefined) return at;
  return {
    inKeyRegion: at.inKeyRegion,
    inTaiyuanBasin: judge('taiyuan-basin', loc, basin, at.inTaiyuanBasin),
    inFenheValley: judge('fenhe-valley', loc, fenhe, at.inFenheValley),
  };
}

/** Refuses a location whose area flags contradict a settled membership (see {@link inTaiyuanBasin}). */
export function checkLocation(loc: Location | undefined): void {
  locate(loc);
}

// Shared condition terms ---------------------------------------------------------------------------

/** The subject lies in the key region. */
export const T_KEY_REGION = term(
  { fact: 'location', inRegion: 'key-region' },
  '位于重点区域城市（太原、阳泉、长治、晋城、晋中、运城、临汾、吕梁）',
  'it lies in a key-region city (Taiyuan, Yangquan, Changzhi, Jincheng, Jinzhong, Yuncheng, Linfen, Lüliang)',
);
/** The subject lies in the Taiyuan basin. */
export const T_TAIYUAN_BASIN = term({ fact: 'location.inTaiyuanBasin', equals: true }, '位于太原盆地', 'it lies in the Taiyuan basin');
/** The subject lies in the Fen River valley. */
export const T_FENHE_VALLEY = term({ fact: 'location.inFenheValley', equals: true }, '位于汾河谷地', 'it lies in the Fen River valley');
/** The subject is a key enterprise. */
export const T_KEY_ENTERPRISE = term({ fact: 'keyEnterprise', equals: true }, '属重点（涉气）企业', 'it is a key (air-related) enterprise');
/** The subject has simple, inefficient treatment. */
export const T_INEFFICIENT = term(
  { fact: 'inefficientTreatment', equals: true },
  '配有简易低效污染治理设施',
  'it has simple, inefficient pollution treatment',
);
/** The condition "in the key region". */
export const C_KEY_REGION = cond([T_KEY_REGION]);
/** The condition "in the Taiyuan basin". */
export const C_TAIYUAN_BASIN = cond([T_TAIYUAN_BASIN]);
/** The condition "in the Fen River valley". */
export const C_FENHE_VALLEY = cond([T_FENHE_VALLEY]);
/** The condition "has simple, inefficient treatment". */
export const C_INEFFICIENT = cond([T_INEFFICIENT]);
