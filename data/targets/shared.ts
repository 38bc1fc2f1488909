import type { CityId } from '../places.js';

// What the target files of data/targets/ share: the readings and quotes several targets use, and the builders of
// the targets that repeat by city or year.

// Readings shared by several targets (one string each in the bundle).

const NOT_IN_PLAN = {
  zh: '指标值由国家下达，方案未写：不评估。',
  en: 'The values are set by the State, not in the plan: never assessed.',
};

export const AT_OR_OVER = {
  zh: '“达”“以上”含本数。',
  en: '达 / 以上 include the figure: reaching it meets the target.',
};

export const ABOUT = {
  zh: '“左右”读作下限：无容差时按本数比较（方案未给幅度，本库不自定默认容差）；容差t时不低于本数−t即达成；超出不算未达成。',
  en: '左右 (about) is read as a floor: without a tolerance compared exactly (the plan gives no margin, so the library sets no default); with tolerance t, at or over the figure − t meets it; overshooting never fails.',
};

const CEILING = {
  zh: '“以下”含本数（民法典第1259条；35即GB 3095-2012二级限值，达标为≤35）。实测值不修约。“稳定控制”“力争控制”比较相同。',
  en: '以下 includes the figure (Civil Code art. 1259; 35 is the GB 3095-2012 grade II limit, attained at ≤ 35). Observed means are not rounded. 稳定 (hold) and 力争 (strive) compare alike.',
};

const ATTAIN_2027 = {
  zh: '“全面达标”读作每市年均浓度不超过GB 3095二级限值：默认按2027年适用的GB 3095-2026（过渡阶段限值30，已据标准文本表1核对），可选2012版（35）。',
  en: "全面达标 is read as each city at or under the GB 3095 grade II limit: by default GB 3095-2026, in force in 2027 (its transition limit 30, checked against the standard's Table 1); the 2012 edition (35) can be chosen.",
};

const EXIT_BOTTOM_10 = {
  zh: '按168个重点城市年度排名：倒数名次大于10即退出后10位，并列按部里口径计入。',
  en: 'On the annual ranking of the 168 key cities: out when the place from the bottom is above 10; ties count as the ministry counts them.',
};

const RISE = {
  zh: '方案未写年份与排名：读作2024、2025年每年名次比上年前移至少1位，两年用同一排名（大同、朔州、忻州或不在168城市之列）。',
  en: 'The plan names no year or ranking: read as at least one place up on the year before, in 2024 and 2025, both years from one ranking (Datong, Shuozhou, Xinzhou may not be among the 168).',
};

export const BASIC = {
  zh: '是否“基本”做到由使用者判断。',
  en: "Whether it is substantially (基本) done is the caller's judgement.",
};

export const SAME_DEADLINE = {
  zh: '与前句同在“2025年底前”之下。',
  en: 'Under the same 2025年底前 (by end-2025) as the clause before.',
};

const KEY_REGION_COAL = {
  zh: '重点区域城市即汾渭平原山西8市；负增长指低于本市2020年（持平不算）。',
  en: "Key-region cities: Shanxi's 8 Fenwei Plain cities. Negative growth: strictly below the city's 2020 level.",
};

const OTHER_COAL = {
  zh: '“合理控制”无数值：不评估。',
  en: '合理控制 (reasonably control) gives no figure: never assessed.',
};

const BOUND = '坚决完成国家下达我省的环境空气质量和大气污染物总量2024年、2025年约束性指标';
const RISE_QUOTE = '其他设区城市排名稳定前移';
const ATTAIN_QUOTE = '为2027年设区城市PM2.5浓度力争全面达标奠定基础';
const KEY_COAL_QUOTE = '2025年,重点区域城市煤炭消费量较2020年实现负增长';
export const T13 = '2025年底前,重点区域城市、5A级景区公共领域车辆基本实现使用新能源及清洁能源车辆,培育一批清洁运输企业';
export const T14 =
  '2025年底前,基本消除非道路移动机械、铁路机车“冒黑烟”现象,基本淘汰第一阶段及以下排放标准的非道路移动机械;太原武宿国际机场飞机辅助动力装置替代设施做到应用尽用';
export const T16 = '2025年底前,全省装配式建筑占新建建筑面积比例达30%;设区的市建成区道路机械化清扫率达80%左右,县城达70%左右';

type Year = 2024 | 2025;

export const binding = <const M extends string, const Y extends Year>(metric: M, year: Y) =>
  ({
    id: `binding-${metric}-${year}`,
    kind: 'unquantified',
    metric: `national-${metric}-indicators`,
    scope: { kind: 'province' },
    due: `${year}-12-31`,
    dueBasis: 'year',
    strength: 'binding',
    source: { clause: '二(一)', quote: BOUND },
    note: NOT_IN_PLAN,
  }) as const;

export const exitBottom10 = <const C extends CityId, const Y extends Year>(city: C, year: Y, quote: string) =>
  ({
    id: `rank-${year}-${city}`,
    kind: 'ranking',
    metric: 'composite-index-rank',
    scope: { kind: 'city', city },
    value: 10,
    unit: 'places',
    comparator: 'gt',
    of: 168,
    due: `${year}-12-31`,
    dueBasis: 'year',
    strength: 'strive',
    source: { clause: '二(二)', quote },
    note: EXIT_BOTTOM_10,
  }) as const;

export const rise = <const C extends CityId, const Y extends Year>(city: C, year: Y) =>
  ({
    id: `rank-rise-${year}-${city}`,
    kind: 'change',
    metric: 'composite-index-rank',
    scope: { kind: 'city', city },
    value: 1,
    unit: 'places',
    comparator: 'gte',
    baseline: { year: year - 1, change: 'places-risen' },
    due: `${year}-12-31`,
    dueBasis: 'horizon',
    strength: 'strive',
    source: { clause: '二(二)', quote: RISE_QUOTE },
    note: RISE,
  }) as const;

export const pm25 = <const C extends CityId, const V extends number, const S extends 'stable' | 'strive'>(
  city: C,
  value: V,
  strength: S,
  quote: string,
) =>
  ({
    id: `pm25-2025-${city}`,
    kind: 'level',
    task: 26,
    metric: 'pm25-annual-mean',
    scope: { kind: 'city', city },
    value,
    unit: 'µg/m³',
    comparator: 'lte',
    due: '2025-12-31',
    dueBasis: 'year',
    strength,
    source: { clause: '三(七)26', quote },
    note: CEILING,
  }) as const;

export const attain2027 = <const C extends CityId>(city: C) =>
  ({
    id: `pm25-2027-${city}`,
    kind: 'level',
    task: 26,
    metric: 'pm25-annual-mean',
    scope: { kind: 'city', city },
    unit: 'µg/m³',
    comparator: 'lte',
    standard: 'GB 3095',
    due: '2027-12-31',
    dueBasis: 'year',
    strength: 'strive',
    source: { clause: '三(七)26', quote: ATTAIN_QUOTE },
    note: ATTAIN_2027,
  }) as const;

export const keyRegionCoal = <const C extends CityId>(city: C) =>
  ({
    id: `coal-2025-${city}`,
    kind: 'change',
    task: 8,
    metric: 'coal-consumption',
    scope: { kind: 'city', city },
    value: 0,
    unit: '%',
    comparator: 'lt',
    baseline: { year: 2020, change: 'percent-change' },
    due: '2025-12-31',
    dueBasis: 'year',
    strength: 'plain',
    source: { clause: '三(二)8', quote: KEY_COAL_QUOTE },
    note: KEY_REGION_COAL,
  }) as const;

export const otherCoal = <const C extends CityId>(city: C) =>
  ({
    id: `coal-2025-${city}`,
    kind: 'unquantified',
    task: 8,
    metric: 'coal-consumption',
    scope: { kind: 'city', city },
    due: '2025-12-31',
    dueBasis: 'year',
    strength: 'plain',
    source: { clause: '三(二)8', quote: '2025年,重点区域城市煤炭消费量较2020年实现负增长,其他城市合理控制煤炭消费总量增长' },
    note: OTHER_COAL,
  }) as const;

export const straw = <const Y extends Year>(year: Y) =>
  ({
    id: `straw-utilisation-${year}`,
    kind: 'level',
    task: 18,
    metric: 'straw-utilisation-rate',
    scope: { kind: 'province' },
    value: 90,
    unit: '%',
    comparator: 'gte',
    due: `${year}-12-31`,
    dueBasis: 'horizon',
    strength: 'stable',
    source: { clause: '三(四)18', quote: '全省秸秆综合利用率稳定在90%以上' },
    note: {
      zh: '方案未写年份：读作2024、2025年每年不低于90%。',
      en: 'No year in the plan: read as at or over 90% in each of 2024 and 2025.',
    },
  }) as const;
