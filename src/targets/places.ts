import type { CityId, RegionId } from '../../data/places.js';
import type { DeepReadonly } from '../model/readonly.js';
import type { Target } from '../model/target.js';

/*
 * The zh and en names of the places a target can be set for, and so the ids a target object's scope may
 * name. The same as CITIES and REGIONS (a test checks); kept here so that evaluateTarget does not pull in
 * the place tables.
 */

const CITY_NAMES: Readonly<Record<CityId, readonly [string, string]>> = {
  taiyuan: ['太原市', 'Taiyuan'],
  datong: ['大同市', 'Datong'],
  yangquan: ['阳泉市', 'Yangquan'],
  changzhi: ['长治市', 'Changzhi'],
  jincheng: ['晋城市', 'Jincheng'],
  shuozhou: ['朔州市', 'Shuozhou'],
  jinzhong: ['晋中市', 'Jinzhong'],
  yuncheng: ['运城市', 'Yuncheng'],
  xinzhou: ['忻州市', 'Xinzhou'],
  linfen: ['临汾市', 'Linfen'],
  lvliang: ['吕梁市', 'Lüliang'],
};

const REGION_NAMES: Readonly<Record<RegionId, readonly [string, string]>> = {
  'key-region': ['重点区域', 'key region (Fenwei Plain)'],
  'fenhe-valley': ['汾河谷地', 'Fen River valley'],
  'taiyuan-basin': ['太原盆地', 'Taiyuan basin'],
  'taiyuan-and-surroundings': ['太原及周边重点区域', 'Taiyuan and its surrounding key area'],
  'datong-basin': ['大同盆地', 'Datong basin'],
  'xinding-basin': ['忻定盆地', 'Xinding basin'],
  'shangdang-basin': ['上党盆地', 'Shangdang basin'],
  'linyun-basin': ['临运盆地', 'Linfen–Yuncheng basin'],
  'coal-producing-areas': ['煤炭主产区', 'main coal-producing areas'],
  'central-city-cluster': ['中部城市群', 'central city cluster'],
  'shangdang-old-revolutionary-area': ['上党革命老区', 'Shangdang old revolutionary base area'],
};

/** Every city's and region's names, zh and en, by id. @internal */
export const PLACE_NAMES: Readonly<Record<CityId | RegionId, readonly [string, string]>> = /* @__PURE__ */ Object.assign(
  {},
  CITY_NAMES,
  REGION_NAMES,
);

/** The city and region ids a target's scope may name, in the order of CITIES and REGIONS. @internal */
export const SCOPE_IDS: Readonly<Record<'city' | 'region', readonly string[]>> = {
  city: /* @__PURE__ */ Object.keys(CITY_NAMES),
  region: /* @__PURE__ */ Object.keys(REGION_NAMES),
};

/** The zh and en names of the place a target is set for: its city, region or sector, or the province. @internal */
export function placeName(target: DeepReadonly<Target>): readonly [string, string] {
  const s = target.scope;
  if (s.kind === 'sector') return [s.name.zh, s.name.en];
  if (s.kind === 'province') return ['全省', 'Shanxi'];
  // A target object's scope was checked against SCOPE_IDS; the plan's own targets name only these places.
  return PLACE_NAMES[(s.kind === 'city' ? s.city : s.region) as CityId | RegionId];
}
