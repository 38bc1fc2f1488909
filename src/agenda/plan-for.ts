import { AREA_MEMBERSHIP } from '../../data/area-membership.js';
import { COUNTIES, type CountyCode } from '../../data/counties.js';
import { REGIONS, type CityId, type RegionId } from '../../data/places.js';
import { RULES, type PlanRule, type RuleId } from '../../data/rules/index.js';
import type { AreaBasis } from '../model/area-membership.js';
import type { DeepReadonly } from '../model/readonly.js';
import type { Bilingual } from '../model/text.js';
import { commitmentsFor, type PlanCommitment } from '../plan/commitments.js';
import type { PlanCity, PlanCounty } from '../plan/lookups.js';
import { resolvePlace } from '../plan/places.js';
import { targetsFor } from '../targets/calendar.js';
import type { PlanTarget } from '../targets/resolve.js';
import { read } from '../input.js';

/**
 * How firmly a place's membership of a named area is settled:
 * - `'settled'`: a source strong enough for a legal duty says so (the plan itself, an official document: see
 *   `AreaBasis.settles`); `assess`, `commitmentsFor` and `targetsFor` rely on it;
 * - `'described'`: a source places it (a geographic description, often read in a copy), for reading only: the
 *   rules still ask (a `condition`, or the subject's own flag);
 * - `'unknown'`: no source places it.
 * @category Plan
 */
export type Firmness = 'settled' | 'described' | 'unknown';

/** One source a membership rests on, in short (the full entry is in `AREA_MEMBERSHIP`'s `basis`). @category Plan */
export interface PlaceAreaBasis {
  readonly id: string;
  /** `'plan'`, `'official'` or `'geographic'` (see `AreaBasis`). */
  readonly kind: AreaBasis['kind'];
  readonly title: Bilingual;
  /** `'document'` when read in the document itself, `'copy'` when in a third-party copy. */
  readonly seenIn: AreaBasis['seenIn'];
}

/**
 * A place's membership of one named area of the plan (an entry of {@link PlacePlan.areas}).
 * @category Plan
 */
export interface PlaceArea {
  /** The area's id in `REGIONS`. */
  readonly area: RegionId;
  readonly name: Bilingual;
  /** `'in'` or `'out'` where a source says so, else `'unknown'`; a city whose counties differ is `'unknown'` (see `counties`). */
  readonly status: 'in' | 'out' | 'unknown';
  /** How firmly the status is settled. */
  readonly firmness: Firmness;
  /** The sources the status rests on (none when unknown). */
  readonly basis: readonly PlaceAreaBasis[];
  /** What the sources do not settle, where the data says (a county's note; for a city, the note of its counties when they share one). */
  readonly note?: Bilingual;
  /** For a city, in an area judged county by county: the codes of its counties by status. */
  readonly counties?: { readonly in: readonly CountyCode[]; readonly out: readonly CountyCode[]; readonly unknown: readonly CountyCode[] };
}

/** A target of a place (an entry of {@link PlacePlan.targets}), with where it comes from. @category Plan */
export interface PlaceTarget {
  readonly target: PlanTarget;
  /**
   * Why it is the place's: `'own'` (set for the city given), `'city'` (a county carries its city's target), or
   * `'area'` (set for a named area the place lies in: `area` names it).
   */
  readonly via: 'own' | 'city' | 'area';
  readonly area?: RegionId;
}

/** A rule of a place (an entry of {@link PlacePlan.rules}). @category Plan */
export interface PlaceRule {
  readonly rule: PlanRule;
  /**
   * `'yes'`: the rule applies in the place (province-wide, or set for an area the place is settled in);
   * `'unknown'`: set for an area whose membership of the place is not settled (`area` names it; `assess`
   * answers with a condition there).
   */
  readonly applies: 'yes' | 'unknown';
  /** The area the rule is confined to, where it is. */
  readonly area?: RegionId;
}

/**
 * What the plan asks of one place: {@link planFor}'s answer.
 * @category Plan
 */
export interface PlacePlan {
  /** The place: `kind` `'city'` or `'county'`, its city, and the county when one was given. */
  readonly place: { readonly kind: 'city' | 'county'; readonly city: PlanCity; readonly county?: PlanCounty; readonly name: Bilingual };
  /** Its membership of every named area of the plan, in the order of `REGIONS`. */
  readonly areas: readonly PlaceArea[];
  /** Its targets (see `targetsFor`), by due date. */
  readonly targets: readonly PlaceTarget[];
  /** Its commitments (see `commitmentsFor`), by due date, then id. */
  readonly commitments: readonly PlanCommitment[];
  /** The rules that apply in it, or may: dated rules first by deadline, then the undated, each in the order of `RULES`. */
  readonly rules: readonly PlaceRule[];
}

/**
 * The rules the plan confines to a named area (their titles name it: a test checks), with whether they apply
 * inside (`true`) or outside it; every other rule applies province-wide. @internal
 */
export const RULE_AREAS: Readonly<Partial<Record<RuleId, readonly [RegionId, boolean]>>> = {
  'key-region-coal-negative-growth': ['key-region', true],
  'other-city-coal-growth-control': ['key-region', false],
  'key-region-linear-works-sections': ['key-region', true],
  'taiyuan-basin-no-independent-coking': ['taiyuan-basin', true],
  'taiyuan-basin-urban-relocation': ['taiyuan-basin', true],
  'taiyuan-basin-outdated-equipment': ['taiyuan-basin', true],
  'taiyuan-basin-park-joint-treatment': ['taiyuan-basin', true],
  'fenhe-valley-park-monitoring': ['fenhe-valley', true],
};

function basisOf(area: (typeof AREA_MEMBERSHIP)[number], ids: readonly string[]): PlaceAreaBasis[] {
  const out: PlaceAreaBasis[] = [];
  for (const b of area.basis as readonly DeepReadonly<AreaBasis>[]) {
    if (ids.includes(b.id)) out.push({ id: b.id, kind: b.kind, title: b.title, seenIn: b.seenIn });
  }
  return out;
}

type Entry = {
  readonly status: 'in' | 'out' | 'unknown';
  readonly basis: readonly string[];
  readonly settled?: boolean;
  readonly note?: Bilingual;
};

function firmness(e: Entry): Firmness {
  return e.status === 'unknown' ? 'unknown' : e.settled === true ? 'settled' : 'described';
}

/** A place's membership of one area. */
function areaOf(region: (typeof REGIONS)[number], city: PlanCity, county: PlanCounty | undefined): PlaceArea {
  const m = region.membership;
  if (m.defined) {
    const inside = (m.cities as readonly string[]).includes(city.id);
    return {
      area: region.id,
      name: region.name,
      status: inside ? 'in' : 'out',
      firmness: 'settled',
      basis: [{ id: 'gf-2023-24', kind: 'official', title: m.basis, seenIn: 'document' }],
    };
  }
  const table = AREA_MEMBERSHIP.find((a) => a.area === region.id)!;
  const entries = table.counties as Readonly<Record<string, Entry>>;
  if (county !== undefined) {
    const e = entries[county.code]!;
    const out: PlaceArea = { area: region.id, name: region.name, status: e.status, firmness: firmness(e), basis: basisOf(table, e.basis) };
    return e.note === undefined ? out : { ...out, note: e.note };
  }
  const by = { in: [] as CountyCode[], out: [] as CountyCode[], unknown: [] as CountyCode[] };
  const seen: Entry[] = [];
  for (const c of COUNTIES) {
    if (c.city !== city.id) continue;
    const e = entries[c.code]!;
    by[e.status].push(c.code);
    seen.push(e);
  }
  const first = seen[0]!;
  const same = seen.every((e) => e.status === first.status);
  const status = same ? first.status : 'unknown';
  const f: Firmness = !same || status === 'unknown' ? 'unknown' : seen.every((e) => e.settled === true) ? 'settled' : 'described';
  const ids = [...new Set(seen.flatMap((e) => e.basis))];
  const note = same && seen.every((e) => e.note === first.note) ? first.note : undefined;
  const out: PlaceArea = { area: region.id, name: region.name, status, firmness: f, basis: basisOf(table, ids), counties: by };
  return note === undefined ? out : { ...out, note };
}

// Stryker disable next-line ConditionalExpression, EqualityOperator: Array.prototype.sort only asks whether the comparator is negative
const byDeadline = (a: PlanRule, b: PlanRule) =>
  (a.deadline ?? '~') < (b.deadline ?? '~') ? -1 : (a.deadline ?? '~') > (b.deadline ?? '~') ? 1 : 0;

/**
 * What the plan asks of one place, a city or a county-level division, in one answer: the place, its
 * membership of every named area (with the sources and how firmly each is settled), its targets (a county
 * carries its city's, marked `via: 'city'`), its commitments and the rules that apply in it or may.
 *
 * @param place - a city's id, code or name (`'taiyuan'`, `'140100'`, `'太原市'`, `'太原'`), or a county-level
 *   division's 6-digit code or unique Chinese name, with or without its suffix (`'140121'`, `'清徐县'`, `'清徐'`)
 * @returns `{ place, areas, targets, commitments, rules }`; targets by due date, commitments by due date then id
 * @throws {PlanInputError} when the key names no Shanxi city or county-level division (code `'unknown-id'`) or
 *   several (城区: code `'ambiguous-name'`, the candidates listed), with field `'place'`
 * @example
 * ```ts
 * const qingxu = planFor('清徐县');
 * qingxu.place.county?.code; //=> '140121'
 * const basin = qingxu.areas.find((a) => a.area === 'taiyuan-basin');
 * [basin?.status, basin?.firmness, basin?.basis.map((b) => b.id)]; //=> ['in', 'settled', ['plan-25', 'geo-taiyuan-basin']]
 * qingxu.targets.slice(0, 2).map((t) => [t.target.id, t.via]);
 * //=> [['taiyuan-basin-furnaces-phased-out-2024', 'area'], ['rank-2024-taiyuan', 'city']]
 * qingxu.rules.find((r) => r.rule.id === 'taiyuan-basin-no-independent-coking')?.applies; //=> 'yes'
 * planFor('taiyuan').rules.find((r) => r.rule.id === 'taiyuan-basin-no-independent-coking')?.applies; //=> 'unknown'
 * ```
 * @see 三(六)24, 三(六)25, 二、工作目标
 * @category Plan
 */
export function planFor(place: CityId | CountyCode | (string & {})): PlacePlan {
  return planAt('place', read('place', place));
}

/** {@link planFor}, refusing a bad place under `field`. @internal */
export function planAt(field: string, place: unknown): PlacePlan {
  const found = resolvePlace(field, place);
  const city = found.city as PlanCity;
  const county = found.county as PlanCounty | undefined;
  const areas = REGIONS.map((r) => areaOf(r, city, county));
  const statusOf = (id: RegionId) => areas.find((a) => a.area === id)!;
  const targets = (county === undefined ? targetsFor({ city: city.id }) : targetsFor({ county: county.code })).map((t): PlaceTarget => {
    const s = t.scope;
    if (s.kind === 'region') return { target: t, via: 'area', area: s.region as RegionId };
    return { target: t, via: county === undefined ? 'own' : 'city' };
  });
  const rules: PlaceRule[] = [];
  for (const r of [...RULES].sort(byDeadline)) {
    const confined = RULE_AREAS[r.id as RuleId];
    if (confined === undefined) {
      rules.push({ rule: r, applies: 'yes' });
      continue;
    }
    const [area, inside] = confined;
    const a = statusOf(area);
    if (a.firmness === 'settled' && (a.status === 'in') !== inside) continue;
    rules.push({ rule: r, applies: a.firmness === 'settled' ? 'yes' : 'unknown', area });
  }
  const name = county === undefined ? city.name : { zh: `${city.name.zh}${county.name.zh}`, en: `${county.name.en}, ${city.name.en}` };
  return {
    place: county === undefined ? { kind: 'city', city, name } : { kind: 'county', city, county, name },
    areas,
    targets,
    commitments: commitmentsFor(county === undefined ? city.id : county.code),
    rules,
  };
}
