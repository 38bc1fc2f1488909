/**
 * Places as a whole: cities and counties (tasks 4, 8, 11, 13, 26, 34), scenic areas (task 13),
 * industry clusters (task 4) and industrial parks (tasks 19, 22, 25, 29).
 * @internal
 * @module
 */
import { CITIES, INDUSTRY_CLUSTERS } from '../../data/places.js';
import { RULE_TABLE as R } from '../../data/rules/index.js';
import { deepFreeze } from '../freeze.js';
import type { Area, IndustrialPark, IndustryCluster, ScenicArea } from '../plan-schemas.generated.js';
import type { Condition, Verdict } from '../model/verdict.js';
import {
  add,
  C_FENHE_VALLEY,
  T_KEY_REGION,
  T_TAIYUAN_BASIN,
  onFact,
  cityOf,
  cond,
  inKeyRegion,
  meets,
  taiyuanBasinCounties,
  term,
  thresholdOf,
  type Whereabouts,
} from './shared.js';

const PM25_MIN = thresholdOf('polluted-area-pm25-min');
const RANK_BOTTOM = thresholdOf('county-rank-bottom');

// An area names its place by `city` / `county` (not `location`), so its place terms name the fact `city`:
// that is the field a caller fills in to settle the condition.
const C_AREA_KEY_REGION = cond([/* @__PURE__ */ onFact(T_KEY_REGION, { fact: 'city', inRegion: 'key-region' })]);
const T_NOT_KEY_REGION = term(
  { fact: 'city', notInRegion: 'key-region' },
  '位于重点区域以外的城市（大同、朔州、忻州）',
  'it lies in a city outside the key region (Datong, Shuozhou, Xinzhou)',
);
const C_NOT_KEY_REGION = cond([T_NOT_KEY_REGION]);
const C_COMPLETE = cond([
  term({ fact: 'cleanHeating', equals: 'complete' }, '已整体完成清洁取暖改造', 'its clean-heating conversion is complete'),
]);
const C_UNCOVERED = cond([
  term({ fact: 'cleanHeating', oneOf: ['partial', 'none'] }, '清洁取暖尚未全覆盖', 'clean heating does not yet cover it'),
]);
const T_PM25 = term(
  { fact: 'pm25AnnualMean', threshold: 'polluted-area-pm25-min' },
  'PM2.5年均浓度在40微克/立方米以上',
  'its PM2.5 annual mean is 40 µg/m³ or more',
);
const T_RANK = term(
  { fact: 'provincialRank', threshold: 'county-rank-bottom' },
  '为综合指数全省排名后20的县（市、区）',
  "it is a county in the province's bottom 20 by composite index",
);
const C_POLLUTED_ANY = cond([T_PM25, T_RANK], 'any');
const C_PM25 = cond([T_PM25]);
const C_RANK = cond([T_RANK]);
const NON_DATONG = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ CITIES.map((c) => c.id).filter((id) => id !== 'datong'));
const T_CITY_NOT_DATONG = term(
  { fact: 'city', oneOf: NON_DATONG as unknown as string[] },
  '为大同市以外的设区城市',
  'it is a prefecture-level city other than Datong',
);
const T_NOT_ATTAINING = term({ fact: 'attainsStandard', equals: false }, '空气质量未达标', 'it does not meet the air-quality standard');
const C_ATTAIN_BOTH = cond([T_CITY_NOT_DATONG, T_NOT_ATTAINING]);
const C_ATTAIN_CITY = cond([T_CITY_NOT_DATONG]);
const C_NOT_ATTAINING = cond([T_NOT_ATTAINING]);
const C_SME = cond([
  term(
    { fact: 'traditionalSmeCluster', equals: true },
    '中小型传统制造企业集中',
    'small and medium traditional manufacturers concentrate there',
  ),
]);
const C_CHARACTERISTIC = cond([
  term({ fact: 'characteristic', equals: true }, '该市将其列为特色产业集群', 'the city counts it among its characteristic clusters'),
]);
const BASIN_PARKS = ['qingxu', 'jiaocheng', 'pingyao', 'jiexiu', 'xiaoyi'];
const T_BASIN_PARK = term(
  { fact: 'park', oneOf: BASIN_PARKS },
  '为清徐、交城、平遥、介休或孝义工业园区',
  'it is the Qingxu, Jiaocheng, Pingyao, Jiexiu or Xiaoyi industrial park',
);
const C_BASIN_PARK = cond([T_BASIN_PARK]);
/** Where the place is not known to lie in the basin: the park, and so the basin (all five parks lie in it). */
const C_BASIN_PARK_PLACE = cond([T_BASIN_PARK, T_TAIYUAN_BASIN]);
const C_ODOUR = cond([
  term({ fact: 'odourComplaints', equals: true }, '群众反映强烈、投诉集中', 'public complaints about it are strong and frequent'),
]);

/** Verdicts for a city or county as a whole (tasks 4, 8, 11, 13, 26 and 34). */
export function area(s: Area, out: Verdict[]): void {
  const city = cityOf(s.city, s.county);
  const key = inKeyRegion(city);
  const placeFacts = { city, county: s.county ?? null, inKeyRegion: key };

  // Task 4: cities where small traditional manufacturers concentrate.
  const sme = s.traditionalSmeCluster;
  if (sme !== false) add(out, R['industry-cluster-plan'], { traditionalSmeCluster: sme ?? null }, sme === undefined ? C_SME : undefined);

  // Task 8: coal consumption, by key region.
  if (key !== false) add(out, R['key-region-coal-negative-growth'], placeFacts, key === null ? C_AREA_KEY_REGION : undefined);
  if (key !== true) add(out, R['other-city-coal-growth-control'], placeFacts, key === null ? C_NOT_KEY_REGION : undefined);

  // Task 11: clean heating.
  const heating = s.cleanHeating;
  if (heating === undefined) {
    add(out, R['clean-heating-ban-zone'], { cleanHeating: null }, C_COMPLETE);
    add(out, R['uncovered-area-coal-quality'], { cleanHeating: null }, C_UNCOVERED);
  } else if (heating === 'complete') {
    add(out, R['clean-heating-ban-zone'], { cleanHeating: heating });
  } else {
    add(out, R['uncovered-area-coal-quality'], { cleanHeating: heating });
  }

  // Task 13: PM2.5 at 40 or more, or a county in the bottom 20.
  const pm = s.pm25AnnualMean;
  const byPm: boolean | null = pm === undefined ? null : meets(PM25_MIN, pm);
  const rank = s.provincialRank;
  // The ranking test is the counties'; a city (city given, no county) is judged by PM2.5 alone.
  const cityLevel = s.county === undefined && s.city !== undefined;
  const fromBottom = rank === undefined ? null : rank.of - rank.rank + 1;
  const byRank: boolean | null = cityLevel ? false : fromBottom === null ? null : meets(RANK_BOTTOM, fromBottom);
  if (byPm === true || byRank === true || byPm === null || byRank === null) {
    let condition: Condition | undefined;
    if (byPm !== true && byRank !== true) condition = byPm === null ? (byRank === null ? C_POLLUTED_ANY : C_PM25) : C_RANK;
    add(
      out,
      R['polluted-area-clean-vehicles'],
      {
        pm25AnnualMean: pm ?? null,
        threshold: PM25_MIN.value,
        inclusive: PM25_MIN.inclusive,
        rank: rank === undefined ? null : rank.rank,
        of: rank === undefined ? null : rank.of,
        placeFromBottom: cityLevel ? null : fromBottom,
        rankThreshold: RANK_BOTTOM.value,
        rankInclusive: RANK_BOTTOM.inclusive,
      },
      condition,
    );
  }

  // Task 13: public vehicles in key-region cities by the end of 2025.
  if (key !== false) add(out, R['public-vehicles-clean-2025'], placeFacts, key === null ? C_AREA_KEY_REGION : undefined);

  // Task 26: attainment plans of non-attaining cities other than Datong.
  const attains = s.attainsStandard;
  if (s.county === undefined && s.city !== 'datong' && attains !== true) {
    const unknownLevel = s.city === undefined;
    const condition = unknownLevel
      ? attains === undefined
        ? C_ATTAIN_BOTH
        : C_ATTAIN_CITY
      : attains === undefined
        ? C_NOT_ATTAINING
        : undefined;
    add(out, R['attainment-plan'], { city: s.city ?? null, attainsStandard: attains ?? null }, condition);
  }

  // Task 34: every city and county government.
  add(out, R['local-implementation-plan'], placeFacts);
}

/** Verdicts for a scenic area (task 13). */
export function scenicArea(s: ScenicArea, out: Verdict[]): void {
  if (s.grade === '5A') add(out, R['public-vehicles-clean-2025'], { grade: '5A' });
}

/** The plan's Chinese name of each cluster industry (`INDUSTRY_CLUSTERS` lists them by these names). */
const INDUSTRY_ZH: Readonly<Record<IndustryCluster['industry'], string>> = {
  foundry: '铸造',
  'manganese-rich-slag-smelting': '富锰渣冶炼',
  ceramics: '陶瓷',
  'independent-pellet': '独立球团',
  flange: '法兰',
  refractory: '耐火材料',
  'nitro-fertilizer': '硝基肥',
  'recycled-rubber': '再生橡胶',
  carbon: '炭素',
  glassware: '玻璃制品',
  magnesium: '金属镁',
  'packaging-printing': '包装印刷',
  other: '',
};

/** Whether task 4 names this city's cluster of this industry. */
function listedCluster(city: string, industry: IndustryCluster['industry']): boolean {
  const zh = INDUSTRY_ZH[industry];
  for (const c of INDUSTRY_CLUSTERS) if (c.city === city) return c.industries.some((i) => i.zh === zh);
  return false;
}

/** Verdicts for an industry cluster (task 4). */
export function industryCluster(s: IndustryCluster, out: Verdict[]): void {
  const listed = listedCluster(s.city, s.industry);
  const facts = { city: s.city, industry: s.industry, listed, characteristic: s.characteristic ?? null };
  if (listed || s.characteristic === true) add(out, R['characteristic-cluster-upgrade'], facts);
  else if (s.characteristic === undefined) add(out, R['characteristic-cluster-upgrade'], facts, C_CHARACTERISTIC);
}

/** Verdicts for an industrial park (tasks 19, 22, 25 and 29). */
export function industrialPark(s: IndustrialPark, out: Verdict[], at: Whereabouts): void {
  const fenhe = at.inFenheValley;
  const type = s.type ?? null;
  const focus = type === 'other' || fenhe === false ? false : type === 'coal-chemical' && fenhe === true ? true : null;
  add(out, R['industrial-park-treatment'], { type, inFenheValley: fenhe, focus });

  // Task 29: a station in every park; in the Fen River valley, by the end of 2025.
  if (fenhe === true) {
    add(out, R['fenhe-valley-park-monitoring'], { inFenheValley: true });
  } else {
    add(out, R['park-monitoring-station'], { inFenheValley: fenhe });
    if (fenhe === null) add(out, R['fenhe-valley-park-monitoring'], { inFenheValley: null }, C_FENHE_VALLEY);
  }

  // Task 25: the five Taiyuan-basin parks.
  const park = s.park;
  if (park !== undefined) {
    add(out, R['taiyuan-basin-park-joint-treatment'], { park });
  } else {
    // Only where the park may be one of the five: its county is one of theirs, or no county is given and the
    // place is not settled outside the basin (a Datong park is not asked whether it is Qingxu's).
    const county = s.location?.county;
    const basin = at.inTaiyuanBasin;
    const mayBe = county === undefined ? basin !== false : taiyuanBasinCounties().includes(county);
    if (mayBe) {
      add(
        out,
        R['taiyuan-basin-park-joint-treatment'],
        { park: null, county: county ?? null, inTaiyuanBasin: basin },
        basin === null ? C_BASIN_PARK_PLACE : C_BASIN_PARK,
      );
    }
  }

  // Task 22: odour complaints.
  const odour = s.odourComplaints;
  if (odour !== false)
    add(out, R['odour-online-monitoring'], { odourComplaints: odour ?? null }, odour === undefined ? C_ODOUR : undefined);
}
