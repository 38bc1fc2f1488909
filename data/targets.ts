import { deepFreeze } from '../src/freeze.js';
import type { DeepReadonly } from '../src/model/readonly.js';
import type { Target, TargetMetric } from '../src/model/target.js';
import type { CityId } from './places.js';

// Readings shared by several targets (one string each in the bundle).

const NOT_IN_PLAN = {
  zh: '指标值由国家下达,方案未写:不评估。',
  en: 'The values are set by the State, not in the plan: never assessed.',
};

const AT_OR_OVER = {
  zh: '“达”“以上”含本数。',
  en: '达 / 以上 include the figure: reaching it meets the target.',
};

const ABOUT = {
  zh: '“左右”读作下限:无容差时按本数比较;容差t时不低于本数−t即达成;超出不算未达成。',
  en: '左右 (about) is read as a floor: without a tolerance compared exactly; with tolerance t, at or over the figure − t meets it; overshooting never fails.',
};

const CEILING = {
  zh: '“以下”含本数(民法典第1259条;35即GB 3095-2012二级限值,达标为≤35)。实测值不修约。“稳定控制”“力争控制”比较相同。',
  en: '以下 includes the figure (Civil Code art. 1259; 35 is the GB 3095-2012 grade II limit, attained at ≤ 35). Observed means are not rounded. 稳定 (hold) and 力争 (strive) compare alike.',
};

const ATTAIN_2027 = {
  zh: '“全面达标”读作每市年均浓度不超过GB 3095二级限值:默认按2027年适用的GB 3095-2026(30,未核实),可选2012版(35)。',
  en: '全面达标 is read as each city at or under the GB 3095 grade II limit: by default GB 3095-2026, in force in 2027 (30, unverified); the 2012 edition (35) can be chosen.',
};

const EXIT_BOTTOM_10 = {
  zh: '按168个重点城市年度排名:倒数名次大于10即退出后10位,并列按部里口径计入。',
  en: 'On the annual ranking of the 168 key cities: out when the place from the bottom is above 10; ties count as the ministry counts them.',
};

const RISE = {
  zh: '方案未写年份与排名:读作2024、2025年每年名次比上年前移至少1位,两年用同一排名(大同、朔州、忻州或不在168城市之列)。',
  en: 'The plan names no year or ranking: read as at least one place up on the year before, in 2024 and 2025, both years from one ranking (Datong, Shuozhou, Xinzhou may not be among the 168).',
};

const BASIC = {
  zh: '是否“基本”做到由使用者判断。',
  en: "Whether it is substantially (基本) done is the caller's judgement.",
};

const SAME_DEADLINE = {
  zh: '与前句同在“2025年底前”之下。',
  en: 'Under the same 2025年底前 (by end-2025) as the clause before.',
};

const KEY_REGION_COAL = {
  zh: '重点区域城市即汾渭平原山西8市;负增长指低于本市2020年(持平不算)。',
  en: "Key-region cities: Shanxi's 8 Fenwei Plain cities. Negative growth: strictly below the city's 2020 level.",
};

const OTHER_COAL = {
  zh: '“合理控制”无数值:不评估。',
  en: '合理控制 (reasonably control) gives no figure: never assessed.',
};

const BOUND = '坚决完成国家下达我省的环境空气质量和大气污染物总量2024年、2025年约束性指标';
const RISE_QUOTE = '其他设区城市排名稳定前移';
const ATTAIN_QUOTE = '为2027年设区城市PM2.5浓度力争全面达标奠定基础';
const KEY_COAL_QUOTE = '2025年,重点区域城市煤炭消费量较2020年实现负增长';
const T13 = '2025年底前,重点区域城市、5A级景区公共领域车辆基本实现使用新能源及清洁能源车辆,培育一批清洁运输企业';
const T14 =
  '2025年底前,基本消除非道路移动机械、铁路机车“冒黑烟”现象,基本淘汰第一阶段及以下排放标准的非道路移动机械;太原武宿国际机场飞机辅助动力装置替代设施做到应用尽用';
const T16 = '2025年底前,全省装配式建筑占新建建筑面积比例达30%;设区的市建成区道路机械化清扫率达80%左右,县城达70%左右';

type Year = 2024 | 2025;

const binding = <const M extends string, const Y extends Year>(metric: M, year: Y) =>
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

const exitBottom10 = <const C extends CityId, const Y extends Year>(city: C, year: Y, quote: string) =>
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

const rise = <const C extends CityId, const Y extends Year>(city: C, year: Y) =>
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

const pm25 = <const C extends CityId, const V extends number, const S extends 'stable' | 'strive'>(
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

const attain2027 = <const C extends CityId>(city: C) =>
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

const keyRegionCoal = <const C extends CityId>(city: C) =>
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

const otherCoal = <const C extends CityId>(city: C) =>
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

const straw = <const Y extends Year>(year: Y) =>
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
      zh: '方案未写年份:读作2024、2025年每年不低于90%。',
      en: 'No year in the plan: read as at or over 90% in each of 2024 and 2025.',
    },
  }) as const;

/**
 * Every dated or quantified commitment of the plan (二、工作目标 and tasks 1–38), each citing its clause
 * verbatim: 79 targets.
 *
 * - 二(一): the national binding indicators for 2024 and 2025 (air quality, emission totals) — their values
 *   are not in the plan, so they are `'unquantified'` and never assessed;
 * - 二(二): Taiyuan and Yuncheng out of the bottom 10 of the 168 key cities in 2024, Linfen in 2025; the
 *   other 8 cities' places rising in 2024 and in 2025;
 * - task 26: each city's 2025 PM2.5 ceiling, and the 2027 aim that every city attains GB 3095;
 * - every share, count or change with a year (tasks 2, 7, 8, 12, 16, 24), every deadline milestone
 *   (2024年10月底前: tasks 21, 24; 2025年底前: tasks 13, 14, 29);
 * - undated commitments with a figure (tasks 6, 9, 18) and the undated 稳定前移 of 二(二): due within the
 *   period of the binding indicators, 2024–2025 (`dueBasis: 'horizon'`, the reading in the note).
 *
 * Not targets: figures that set a rule's scope rather than a level to reach (1200立方米以下高炉, 30万千瓦以下
 * 机组, 年运量150万吨以上, 5000平方米及以上 …: see RULES and THRESHOLDS), rules and prohibitions that hold all
 * the time (不再新增, 原则上…), activities without a figure or date (加快, 推进, 加强…, including undated
 * completions such as 基本完成抑尘设施建设 in task 16), and recurring duties (每年动态更新, 每月公布…).
 * Each reading of an ambiguous phrase is in the target's `note`.
 *
 * @example
 * ```ts
 * TARGETS.find((t) => t.id === 'pm25-2025-datong')?.value; //=> 25
 * TARGETS.filter((t) => t.metric === 'pm25-annual-mean' && t.due === '2025-12-31').length; //=> 11
 * ```
 * @see 二、工作目标; 三、重点任务
 * @category Targets
 */
export const TARGETS = /* @__PURE__ */ deepFreeze([
  // Section 2 (1): the binding indicators
  /* @__PURE__ */ binding('air-quality', 2024),
  /* @__PURE__ */ binding('air-quality', 2025),
  /* @__PURE__ */ binding('emission-total', 2024),
  /* @__PURE__ */ binding('emission-total', 2025),
  // Section 2 (2): the indicators to strive for
  /* @__PURE__ */ exitBottom10('taiyuan', 2024, '太原市、运城市2024年环境空气质量综合指数退出全国168个重点城市后10位'),
  /* @__PURE__ */ exitBottom10('yuncheng', 2024, '太原市、运城市2024年环境空气质量综合指数退出全国168个重点城市后10位'),
  /* @__PURE__ */ exitBottom10('linfen', 2025, '临汾市2025年环境空气质量综合指数退出全国168个重点城市后10位'),
  /* @__PURE__ */ rise('datong', 2024),
  /* @__PURE__ */ rise('yangquan', 2024),
  /* @__PURE__ */ rise('changzhi', 2024),
  /* @__PURE__ */ rise('jincheng', 2024),
  /* @__PURE__ */ rise('shuozhou', 2024),
  /* @__PURE__ */ rise('jinzhong', 2024),
  /* @__PURE__ */ rise('xinzhou', 2024),
  /* @__PURE__ */ rise('lvliang', 2024),
  /* @__PURE__ */ rise('datong', 2025),
  /* @__PURE__ */ rise('yangquan', 2025),
  /* @__PURE__ */ rise('changzhi', 2025),
  /* @__PURE__ */ rise('jincheng', 2025),
  /* @__PURE__ */ rise('shuozhou', 2025),
  /* @__PURE__ */ rise('jinzhong', 2025),
  /* @__PURE__ */ rise('xinzhou', 2025),
  /* @__PURE__ */ rise('lvliang', 2025),
  // Task 2
  {
    id: 'short-process-steel-share-2025',
    kind: 'level',
    task: 2,
    metric: 'short-process-steel-share',
    scope: { kind: 'province' },
    value: 5,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'strive',
    source: { clause: '三(一)2', quote: '2025年底前,短流程炼钢产量占比力争达5%以上' },
    note: AT_OR_OVER,
  },
  // Task 6
  {
    id: 'leading-low-carbon-groups',
    kind: 'level',
    task: 6,
    metric: 'leading-low-carbon-groups',
    scope: { kind: 'province' },
    value: 1,
    unit: 'count',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'horizon',
    strength: 'plain',
    source: { clause: '三(一)6', quote: '集中培育1-2个引领型低碳环保集团' },
    note: {
      zh: '“1-2个”读作至少1个;方案未写日期,按2025年底计。',
      en: '1-2 is read as at least one; no date in the plan: due end-2025.',
    },
  },
  // Task 7
  {
    id: 'non-fossil-energy-share-2025',
    kind: 'level',
    task: 7,
    metric: 'non-fossil-energy-share',
    scope: { kind: 'province' },
    value: 12,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'year',
    strength: 'plain',
    source: { clause: '三(二)7', quote: '2025年,非化石能源消费比重达到12%' },
    note: AT_OR_OVER,
  },
  {
    id: 'electricity-final-energy-share-2025',
    kind: 'level',
    task: 7,
    metric: 'electricity-final-energy-share',
    scope: { kind: 'province' },
    value: 30,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'year',
    strength: 'approximate',
    source: { clause: '三(二)7', quote: '2025年,非化石能源消费比重达到12%,电能占终端能源消费比重达30%左右' },
    note: ABOUT,
  },
  // Task 8
  /* @__PURE__ */ keyRegionCoal('taiyuan'),
  /* @__PURE__ */ keyRegionCoal('yangquan'),
  /* @__PURE__ */ keyRegionCoal('changzhi'),
  /* @__PURE__ */ keyRegionCoal('jincheng'),
  /* @__PURE__ */ keyRegionCoal('jinzhong'),
  /* @__PURE__ */ keyRegionCoal('yuncheng'),
  /* @__PURE__ */ keyRegionCoal('linfen'),
  /* @__PURE__ */ keyRegionCoal('lvliang'),
  /* @__PURE__ */ otherCoal('datong'),
  /* @__PURE__ */ otherCoal('shuozhou'),
  /* @__PURE__ */ otherCoal('xinzhou'),
  // Task 9
  {
    id: 'small-coal-boilers-cleared',
    kind: 'level',
    task: 9,
    metric: 'small-coal-installations',
    scope: {
      kind: 'sector',
      sector: 'small-coal-boilers',
      name: { zh: '35蒸吨/小时及以下燃煤锅炉等燃煤设施', en: 'coal boilers of 35 t/h and below and other small coal-fired installations' },
    },
    value: 0,
    unit: 'count',
    comparator: 'lte',
    due: '2025-12-31',
    dueBasis: 'horizon',
    strength: 'plain',
    source: {
      clause: '三(二)9',
      quote: '对35蒸吨/小时及以下燃煤锅炉及茶水炉、经营性炉灶、储粮烘干设备、农产品加工等燃煤设施进行动态清零',
    },
    note: {
      zh: '动态清零须保持为0;方案未写日期,按2025年底评估。',
      en: 'The count must stay 0; no date in the plan: judged at end-2025.',
    },
  },
  // Task 12
  {
    id: 'rail-freight-growth-2025',
    kind: 'change',
    task: 12,
    metric: 'rail-freight-volume',
    scope: { kind: 'province' },
    value: 10,
    unit: '%',
    comparator: 'gte',
    baseline: { year: 2020, change: 'percent-change' },
    due: '2025-12-31',
    dueBasis: 'year',
    strength: 'approximate',
    source: { clause: '三(三)12', quote: '2025年,全省铁路货运量比2020年增长10%左右' },
    note: ABOUT,
  },
  {
    id: 'rail-share-coal-coke-2025',
    kind: 'level',
    task: 12,
    metric: 'rail-share-coal-coke',
    scope: { kind: 'region', region: 'coal-producing-areas' },
    value: 90,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'year',
    strength: 'strive',
    source: {
      clause: '三(三)12',
      quote: '2025年,全省铁路货运量比2020年增长10%左右;煤炭主产区大型工矿企业中长距离运输的煤炭和焦炭中,铁路运输比例力争达到90%',
    },
    note: {
      zh: '“2025年”管到分号后;达到90%即达成。',
      en: '2025 governs the clause after the semicolon; reaching 90% meets it.',
    },
  },
  // Task 13
  {
    id: 'clean-public-vehicles-2025',
    kind: 'milestone',
    task: 13,
    metric: 'clean-public-vehicles',
    scope: {
      kind: 'sector',
      sector: 'public-vehicles',
      name: { zh: '重点区域城市、5A级景区公共领域车辆', en: 'public-sector vehicles of the key-region cities and 5A scenic areas' },
    },
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'basic',
    source: { clause: '三(三)13', quote: '2025年底前,重点区域城市、5A级景区公共领域车辆基本实现使用新能源及清洁能源车辆' },
    note: BASIC,
  },
  {
    id: 'clean-transport-firms-2025',
    kind: 'milestone',
    task: 13,
    metric: 'clean-transport-firms',
    scope: { kind: 'province' },
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: { clause: '三(三)13', quote: T13 },
    note: SAME_DEADLINE,
  },
  // Task 14
  {
    id: 'black-smoke-eliminated-2025',
    kind: 'milestone',
    task: 14,
    metric: 'black-smoke',
    scope: {
      kind: 'sector',
      sector: 'non-road-machinery-locomotives',
      name: { zh: '非道路移动机械、铁路机车', en: 'non-road mobile machinery and railway locomotives' },
    },
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'basic',
    source: { clause: '三(三)14', quote: '2025年底前,基本消除非道路移动机械、铁路机车“冒黑烟”现象' },
    note: BASIC,
  },
  {
    id: 'stage-1-machinery-phased-out-2025',
    kind: 'milestone',
    task: 14,
    metric: 'stage-1-machinery-phase-out',
    scope: {
      kind: 'sector',
      sector: 'non-road-machinery',
      name: { zh: '第一阶段及以下排放标准的非道路移动机械', en: 'non-road mobile machinery of emission stage I and below' },
    },
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'basic',
    source: { clause: '三(三)14', quote: T14 },
    note: BASIC,
  },
  {
    id: 'airport-apu-substitution-2025',
    kind: 'milestone',
    task: 14,
    metric: 'airport-apu-substitution',
    scope: {
      kind: 'sector',
      sector: 'airport',
      name: { zh: '太原武宿国际机场', en: 'Taiyuan Wusu International Airport' },
    },
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: { clause: '三(三)14', quote: T14 },
    note: SAME_DEADLINE,
  },
  // Task 16
  {
    id: 'prefabricated-building-share-2025',
    kind: 'level',
    task: 16,
    metric: 'prefabricated-building-share',
    scope: { kind: 'province' },
    value: 30,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: { clause: '三(四)16', quote: '2025年底前,全省装配式建筑占新建建筑面积比例达30%' },
    note: AT_OR_OVER,
  },
  {
    id: 'road-cleaning-cities-2025',
    kind: 'level',
    task: 16,
    metric: 'road-mechanical-cleaning-rate',
    scope: {
      kind: 'sector',
      sector: 'city-roads',
      name: { zh: '设区的市建成区道路', en: "roads of the cities' built-up areas" },
    },
    value: 80,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'approximate',
    source: { clause: '三(四)16', quote: T16 },
    note: ABOUT,
  },
  {
    id: 'road-cleaning-county-towns-2025',
    kind: 'level',
    task: 16,
    metric: 'road-mechanical-cleaning-rate',
    scope: {
      kind: 'sector',
      sector: 'county-town-roads',
      name: { zh: '县城道路', en: 'county-town roads' },
    },
    value: 70,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'approximate',
    source: { clause: '三(四)16', quote: T16 },
    note: ABOUT,
  },
  // Task 18
  /* @__PURE__ */ straw(2024),
  /* @__PURE__ */ straw(2025),
  // Task 21
  {
    id: 'ultra-low-assessment-2024',
    kind: 'milestone',
    task: 21,
    metric: 'ultra-low-emission-assessment',
    scope: {
      kind: 'sector',
      sector: 'steel-coking-cement',
      name: { zh: '钢铁、焦化、水泥等重点行业', en: 'steel, coking, cement and other key industries' },
    },
    due: '2024-10-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: {
      clause: '三(五)21',
      quote: '高质量、全流程完成钢铁、焦化、水泥等重点行业超低排放改造,2024年10月底前,全面完成超低排放评估监测',
    },
  },
  {
    id: 'coal-boiler-ultra-low-2024',
    kind: 'milestone',
    task: 21,
    metric: 'coal-boiler-ultra-low-retrofit',
    scope: {
      kind: 'sector',
      sector: 'coal-boilers',
      name: { zh: '全省燃煤锅炉', en: "the province's coal-fired boilers" },
    },
    due: '2024-10-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: {
      clause: '三(五)21',
      quote: '推进35蒸吨/小时以上、65蒸吨/小时以下燃煤锅炉超低排放改造,2024年10月底前,全省燃煤锅炉全部完成超低排放改造',
    },
    note: {
      zh: '按字面读作全省所有保留的燃煤锅炉,不限于35—65蒸吨/小时。',
      en: 'Read as written: every remaining coal boiler, not only the 35–65 t/h band.',
    },
  },
  // Task 24
  {
    id: 'taiyuan-basin-furnaces-phased-out-2024',
    kind: 'milestone',
    task: 24,
    metric: 'restricted-furnace-phase-out',
    scope: { kind: 'region', region: 'taiyuan-basin' },
    due: '2024-10-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: {
      clause: '三(六)24',
      quote: '2024年10月底前,全面淘汰退出步进式烧结机和球团竖炉以及半封闭式硅锰合金、镍铁、高碳铬铁、高碳锰铁电炉',
    },
  },
  {
    id: 'clean-transport-share-2024',
    kind: 'level',
    task: 24,
    metric: 'clean-transport-share',
    scope: { kind: 'region', region: 'taiyuan-basin' },
    value: 60,
    unit: '%',
    comparator: 'gte',
    due: '2024-12-31',
    dueBasis: 'year',
    strength: 'strive',
    source: { clause: '三(六)24', quote: '2024年区域清洁运输比例力争达到60%' },
    note: {
      zh: '“区域”读作太原盆地;达到即达成。',
      en: '区域 is read as the Taiyuan basin; reaching the figure meets it.',
    },
  },
  {
    id: 'clean-transport-share-2025',
    kind: 'level',
    task: 24,
    metric: 'clean-transport-share',
    scope: { kind: 'region', region: 'taiyuan-basin' },
    value: 80,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'year',
    strength: 'strive',
    source: { clause: '三(六)24', quote: '2025年区域清洁运输比例力争达到80%以上' },
    note: {
      zh: '“区域”读作太原盆地;达到即达成。',
      en: '区域 is read as the Taiyuan basin; reaching the figure meets it.',
    },
  },
  // Task 26
  /* @__PURE__ */ pm25('datong', 25, 'stable', '大同市PM2.5浓度稳定控制在25微克/立方米以下'),
  /* @__PURE__ */ pm25('lvliang', 28, 'stable', '吕梁市稳定控制在28微克/立方米以下'),
  /* @__PURE__ */ pm25('shuozhou', 30, 'stable', '朔州市稳定控制在30微克/立方米以下'),
  /* @__PURE__ */ pm25('xinzhou', 35, 'stable', '忻州市、长治市、晋城市稳定控制在35微克/立方米以下'),
  /* @__PURE__ */ pm25('changzhi', 35, 'stable', '忻州市、长治市、晋城市稳定控制在35微克/立方米以下'),
  /* @__PURE__ */ pm25('jincheng', 35, 'stable', '忻州市、长治市、晋城市稳定控制在35微克/立方米以下'),
  /* @__PURE__ */ pm25('jinzhong', 35, 'strive', '晋中市、阳泉市力争控制在35微克/立方米以下'),
  /* @__PURE__ */ pm25('yangquan', 35, 'strive', '晋中市、阳泉市力争控制在35微克/立方米以下'),
  /* @__PURE__ */ pm25('taiyuan', 38, 'strive', '太原市力争控制在38微克/立方米以下'),
  /* @__PURE__ */ pm25('linfen', 44, 'strive', '临汾市、运城市力争控制在44微克/立方米以下'),
  /* @__PURE__ */ pm25('yuncheng', 44, 'strive', '临汾市、运城市力争控制在44微克/立方米以下'),
  /* @__PURE__ */ attain2027('taiyuan'),
  /* @__PURE__ */ attain2027('datong'),
  /* @__PURE__ */ attain2027('yangquan'),
  /* @__PURE__ */ attain2027('changzhi'),
  /* @__PURE__ */ attain2027('jincheng'),
  /* @__PURE__ */ attain2027('shuozhou'),
  /* @__PURE__ */ attain2027('jinzhong'),
  /* @__PURE__ */ attain2027('yuncheng'),
  /* @__PURE__ */ attain2027('xinzhou'),
  /* @__PURE__ */ attain2027('linfen'),
  /* @__PURE__ */ attain2027('lvliang'),
  // Task 29
  {
    id: 'fenhe-valley-monitoring-2025',
    kind: 'milestone',
    task: 29,
    metric: 'air-monitoring-coverage',
    scope: { kind: 'region', region: 'fenhe-valley' },
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: { clause: '三(八)29', quote: '加快推进乡镇、工业园区等空气质量监测站点建设,2025年底前,汾河谷地实现全覆盖' },
    note: {
      zh: '全覆盖指每个乡镇、工业园区有站点;方案未列明汾河谷地范围。',
      en: "A station in every township and park; the plan does not list the valley's members.",
    },
  },
] as const satisfies readonly DeepReadonly<Target>[]);

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * The id of one of the plan's targets, e.g. `'pm25-2025-datong'` or `'rank-2024-taiyuan'`.
 * @see TARGETS
 * @category Targets
 */
export type TargetId = (typeof TARGETS)[number]['id'] | never;

/**
 * What each target metric measures, in both languages, with its unit (none for milestones).
 *
 * @example
 * ```ts
 * TARGET_METRICS.find((m) => m.id === 'pm25-annual-mean')?.name.en; //=> 'PM2.5 annual mean'
 * ```
 * @see 二、工作目标; 三、重点任务
 * @category Targets
 */
export const TARGET_METRICS = /* @__PURE__ */ deepFreeze([
  {
    id: 'national-air-quality-indicators',
    name: { zh: '国家下达的环境空气质量约束性指标', en: 'the binding national air-quality indicators' },
  },
  {
    id: 'national-emission-total-indicators',
    name: { zh: '国家下达的大气污染物总量约束性指标', en: 'the binding national air-pollutant emission totals' },
  },
  {
    id: 'composite-index-rank',
    name: { zh: '环境空气质量综合指数排名', en: 'place in the composite air-quality index ranking' },
    unit: 'places',
  },
  { id: 'pm25-annual-mean', name: { zh: 'PM2.5年均浓度', en: 'PM2.5 annual mean' }, unit: 'µg/m³' },
  {
    id: 'short-process-steel-share',
    name: { zh: '短流程炼钢产量占比', en: 'share of short-process (electric-arc) steel output' },
    unit: '%',
  },
  {
    id: 'leading-low-carbon-groups',
    name: { zh: '引领型低碳环保集团数量', en: 'leading low-carbon environmental groups cultivated' },
    unit: 'count',
  },
  { id: 'non-fossil-energy-share', name: { zh: '非化石能源消费比重', en: 'non-fossil share of energy consumption' }, unit: '%' },
  {
    id: 'electricity-final-energy-share',
    name: { zh: '电能占终端能源消费比重', en: 'electricity share of final energy consumption' },
    unit: '%',
  },
  { id: 'coal-consumption', name: { zh: '煤炭消费量', en: 'coal consumption' }, unit: '%' },
  {
    id: 'small-coal-installations',
    name: { zh: '35蒸吨/小时及以下燃煤锅炉等燃煤设施数量', en: 'coal boilers of 35 t/h and below and other small coal installations left' },
    unit: 'count',
  },
  { id: 'rail-freight-volume', name: { zh: '铁路货运量', en: 'rail freight volume' }, unit: '%' },
  {
    id: 'rail-share-coal-coke',
    name: { zh: '煤炭和焦炭中长距离运输铁路比例', en: 'rail share of medium- and long-distance coal and coke transport' },
    unit: '%',
  },
  {
    id: 'clean-public-vehicles',
    name: { zh: '公共领域车辆基本使用新能源及清洁能源', en: 'public-sector vehicles substantially new-energy or clean-energy' },
  },
  { id: 'clean-transport-firms', name: { zh: '培育一批清洁运输企业', en: 'a group of clean-transport firms cultivated' } },
  { id: 'black-smoke', name: { zh: '基本消除“冒黑烟”', en: 'visible black smoke substantially eliminated' } },
  {
    id: 'stage-1-machinery-phase-out',
    name: { zh: '基本淘汰第一阶段及以下非道路移动机械', en: 'stage I and older non-road machinery substantially phased out' },
  },
  {
    id: 'airport-apu-substitution',
    name: { zh: '飞机辅助动力装置替代设施应用尽用', en: 'aircraft APU substitutes used wherever possible' },
  },
  {
    id: 'prefabricated-building-share',
    name: { zh: '装配式建筑占新建建筑面积比例', en: 'prefabricated share of new floor area' },
    unit: '%',
  },
  { id: 'road-mechanical-cleaning-rate', name: { zh: '道路机械化清扫率', en: 'mechanical road-cleaning rate' }, unit: '%' },
  { id: 'straw-utilisation-rate', name: { zh: '秸秆综合利用率', en: 'straw utilisation rate' }, unit: '%' },
  {
    id: 'ultra-low-emission-assessment',
    name: { zh: '全面完成超低排放评估监测', en: 'ultra-low-emission assessment monitoring completed' },
  },
  {
    id: 'coal-boiler-ultra-low-retrofit',
    name: { zh: '燃煤锅炉全部完成超低排放改造', en: 'every coal boiler retrofitted to ultra-low emissions' },
  },
  {
    id: 'restricted-furnace-phase-out',
    name: {
      zh: '全面淘汰退出步进式烧结机、球团竖炉及半封闭式铁合金电炉',
      en: 'step sintering machines, shaft pellet furnaces and semi-closed ferroalloy furnaces phased out',
    },
  },
  { id: 'clean-transport-share', name: { zh: '区域清洁运输比例', en: 'clean-transport share of freight' }, unit: '%' },
  {
    id: 'air-monitoring-coverage',
    name: { zh: '乡镇、工业园区空气质量监测站点全覆盖', en: 'air monitoring stations in every township and industrial park' },
  },
] as const satisfies readonly DeepReadonly<TargetMetric>[]);
