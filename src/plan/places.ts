// How a place is found from what a caller gives: the one resolver of the lookups (getCity, getCounty),
// commitmentsFor, targetsFor, planFor, schedule and the locations of assess's subjects. Internal: not
// re-exported by src/plan/index.ts.
import { COUNTIES } from '../../data/counties.js';
import { CITIES } from '../../data/places.js';
import { type IssueInput, PlanInputError } from '../errors.js';

type City = (typeof CITIES)[number];
type County = (typeof COUNTIES)[number];

/** The city a key names: its id, its 6-digit code (or the 4-digit prefix), its Chinese name with or without 市, or its English name. */
export function findCity(key: unknown): City | undefined {
  if (typeof key !== 'string') return undefined;
  return CITIES.find(
    (c) =>
      c.id === key ||
      c.code === key ||
      c.code === `${key}00` ||
      c.name.zh === key ||
      c.name.zh === `${key}市` ||
      c.name.en.toLowerCase() === key.toLowerCase(),
  );
}

/**
 * The county-level divisions a key names: by 6-digit code (one); by Chinese name (one, or several that
 * share it: 城区); or by the name without its suffix 县, 区 or 市 where that leaves two characters or more
 * ('清徐' for 清徐县, '介休' for 介休市; not '城' for 城区).
 */
export function findCounties(key: unknown): County[] {
  if (typeof key !== 'string') return [];
  const exact = COUNTIES.filter((c) => c.code === key || c.name.zh === key);
  if (exact.length > 0 || key.length < 2) return exact;
  return COUNTIES.filter((c) => c.name.zh.length === key.length + 1 && c.name.zh.startsWith(key));
}

/** A place found: a city, and the county-level division when one was named. @internal */
export interface FoundPlace {
  readonly city: City;
  readonly county?: County;
}

const CITY_WORDS = "a Shanxi city's id, code or name, e.g. 'taiyuan', '140100' or '太原市'";
const CITY_WORDS_ZH = "山西设区市的 id、区划代码或名称，如 'taiyuan'、'140100' 或 '太原市'";
const COUNTY_WORDS = "the 6-digit code or Chinese name of one of Shanxi's 117 county-level divisions, e.g. '140121' or '清徐县'";
const COUNTY_WORDS_ZH = "山西 117 个县级行政区之一的 6 位区划代码或中文名称，如 '140121' 或 '清徐县'";

/** The issue for a name several county-level divisions share, listing them (code `'ambiguous-name'`). @internal */
export function ambiguous(field: string, key: unknown, found: readonly County[]): IssueInput {
  const list = found.map((c) => `${c.code} ${c.name.zh} (${c.city})`).join(', ');
  const listZh = found.map((c) => `${c.code} ${c.name.zh}（${c.city}）`).join('、');
  return {
    code: 'ambiguous-name',
    field,
    value: key,
    expected: `one county-level division: ${found.length} share this name, give the 6-digit code of one of ${list}`,
    expectedZh: `唯一的县级行政区：${found.length} 个同名，请给出其中之一的 6 位区划代码：${listZh}`,
  };
}

/**
 * The county-level division a key names (its code or unique name), or an issue pushed to `issues` (thrown
 * when `issues` is not given): `'ambiguous-name'` with the candidates for a shared name, else `'unknown-id'`.
 * @internal
 */
export function resolveCounty(field: string, key: unknown, issues?: IssueInput[]): County | undefined {
  const found = findCounties(key);
  if (found.length === 1) return found[0];
  const issue: IssueInput =
    found.length > 1
      ? ambiguous(field, key, found)
      : { code: 'unknown-id', field, value: key, expected: COUNTY_WORDS, expectedZh: COUNTY_WORDS_ZH };
  if (issues === undefined) throw new PlanInputError([issue]);
  issues.push(issue);
  return undefined;
}

/**
 * A city (id, code, Chinese or English name) or a county-level division (code or unique Chinese name, with
 * or without its suffix); a city wins where a key could name both ('长治' is 长治市). Throws a
 * `PlanInputError` naming `field`: `'ambiguous-name'` with the candidates (城区), else `'unknown-id'`.
 * @internal
 */
export function resolvePlace(field: string, key: unknown): FoundPlace {
  const city = findCity(key);
  if (city !== undefined) return { city };
  const found = findCounties(key);
  if (found.length === 1) return { city: CITIES.find((c) => c.id === found[0]!.city)!, county: found[0]! };
  if (found.length > 1) throw new PlanInputError([ambiguous(field, key, found)]);
  throw new PlanInputError([
    {
      code: 'unknown-id',
      field,
      value: key,
      expected: `${CITY_WORDS}, or ${COUNTY_WORDS}`,
      expectedZh: `${CITY_WORDS_ZH}；或${COUNTY_WORDS_ZH}`,
    },
  ]);
}
