import { IN_PRINCIPLE, TRUCK_QUOTE, type RuleInput } from './shared.js';

/**
 * The obligation rules of 三(三) 深入推进交通结构优化调整 (Further optimise and adjust the transport structure), keyed by id, in the order of its tasks. Assembled into
 * `RULES` by ./index.ts.
 * @internal
 */
export const TRANSPORT_STRUCTURE_RULES = {
  // Task 12 --------------------------------------------------------------------------------------
  'long-haul-rail': {
    id: 'long-haul-rail',
    task: 12,
    title: { zh: '大宗货物中长距离运输（500公里以上）优先采用铁路', en: 'Bulk freight hauled 500 km or more goes by rail first' },
    obligation: 'preferred',
    appliesTo: ['bulk-freight'],
    thresholds: ['long-haul-min-distance'],
    complianceFacts: ['byRail'],
    source: { clause: '三(三)12', quote: '大宗货物中长距离运输(运距500公里以上)优先采用铁路运输' },
  },
  'short-haul-clean': {
    id: 'short-haul-clean',
    task: 12,
    title: {
      zh: '短距离运输优先采用封闭式皮带廊道或新能源车辆',
      en: 'Short hauls use enclosed belt corridors or new-energy vehicles first',
    },
    obligation: 'preferred',
    appliesTo: ['bulk-freight'],
    thresholds: ['long-haul-min-distance'],
    complianceFacts: ['cleanTransport'],
    note: {
      zh: '方案未界定“短距离”；本库将不属“中长距离”（500公里以上）的运输读作短距离。',
      en: 'The plan does not define "short"; the library reads every haul that is not medium or long (500 km or more) as short.',
    },
    source: { clause: '三(三)12', quote: '短距离运输优先采用封闭式皮带廊道或新能源车辆' },
  },
  'freight-site-rail-siding': {
    id: 'freight-site-rail-siding',
    task: 12,
    title: {
      zh: '新建及迁建年运量150万吨以上的物流园区、工矿企业和储煤基地原则上接入铁路专用线或管道',
      en: 'New and relocated sites moving 1.5 Mt or more of bulk goods a year connect to a rail siding or pipeline, in principle',
    },
    obligation: 'required',
    appliesTo: ['freight-site'],
    thresholds: ['freight-site-rail-min-volume'],
    complianceFacts: ['railSidingBuilt'],
    note: IN_PRINCIPLE,
    source: { clause: '三(三)12', quote: '新建及迁建大宗货物年运量150万吨以上的物流园区、工矿企业和储煤基地,原则上接入铁路专用线或管道' },
  },
  // Task 13 --------------------------------------------------------------------------------------
  'polluted-area-clean-vehicles': {
    id: 'polluted-area-clean-vehicles',
    task: 13,
    title: {
      zh: 'PM2.5年均浓度40以上或排名后20的地区加大公共领域和重点行业车辆新能源替代力度',
      en: 'Areas at 40 µg/m³ PM2.5 or more, or counties in the bottom 20, step up new-energy vehicles in public service and key industries',
    },
    obligation: 'required',
    appliesTo: ['area'],
    thresholds: ['polluted-area-pm25-min', 'county-rank-bottom'],
    complianceFacts: [],
    complianceNote: {
      zh: '“加大替代力度”没有可核对的终点或数量，主体事实无从判断是否满足。',
      en: '加大力度 (step up) sets no checkable end point or quantity: no fact can show it met.',
    },
    note: {
      zh: '排名条件只适用于县（市、区）；设区市只看PM2.5。',
      en: 'The ranking test applies to counties only; a city is judged by PM2.5 alone.',
    },
    source: {
      clause: '三(三)13',
      quote:
        'PM2.5年均浓度在40微克/立方米以上的设区市、县(市、区)和空气质量综合指数在全省排名后20的县(市、区)以及区域内的工业园区,应加大城市(含县城)建成区公交、出租、环卫、邮政快递、物流配送、押运、渣土运输等公共领域车辆以及区域内钢铁、火电、焦化、煤炭、煤化工、建材等重点行业和物流园区短驳运输、厂内运输车辆新能源及清洁能源替代(含电动、氢能、甲醇汽车)力度',
    },
  },
  'old-diesel-truck-phase-out': {
    id: 'old-diesel-truck-phase-out',
    task: 13,
    title: { zh: '推动国四及以下排放标准柴油货车淘汰', en: 'Diesel trucks of China IV and below are phased out' },
    obligation: 'phase-out',
    appliesTo: ['truck'],
    thresholds: ['diesel-truck-phase-out-stage'],
    complianceFacts: ['shutDown'],
    source: { clause: '三(三)13', quote: TRUCK_QUOTE },
  },
  'lean-burn-gas-truck-phase-out': {
    id: 'lean-burn-gas-truck-phase-out',
    task: 13,
    title: { zh: '推动采用稀薄燃烧技术的燃气货车淘汰', en: 'Lean-burn gas trucks are phased out' },
    obligation: 'phase-out',
    appliesTo: ['truck'],
    thresholds: [],
    complianceFacts: ['shutDown'],
    source: { clause: '三(三)13', quote: TRUCK_QUOTE },
  },
  'public-vehicles-clean-2025': {
    id: 'public-vehicles-clean-2025',
    task: 13,
    title: {
      zh: '2025年底前重点区域城市、5A级景区公共领域车辆基本实现新能源及清洁能源',
      en: 'By the end of 2025, public-service vehicles in key-region cities and 5A scenic areas are basically new-energy or clean',
    },
    obligation: 'required',
    appliesTo: ['area', 'scenic-area'],
    thresholds: [],
    complianceFacts: ['publicVehiclesClean'],
    deadline: '2025-12-31',
    source: { clause: '三(三)13', quote: '2025年底前,重点区域城市、5A级景区公共领域车辆基本实现使用新能源及清洁能源车辆' },
  },
  'truck-anti-tampering': {
    id: 'truck-anti-tampering',
    task: 13,
    title: {
      zh: '严禁拆除污染控制装置、篡改OBD、超标排放',
      en: 'No removal of pollution-control devices, OBD tampering or excess emissions',
    },
    obligation: 'prohibited',
    appliesTo: ['truck'],
    thresholds: [],
    complianceFacts: ['tampered'],
    source: { clause: '三(三)13', quote: '严厉打击拆除污染控制装置、破坏篡改车载诊断系统(OBD)、超标排放等违法行为' },
  },
  'vehicle-inspection-maintenance': {
    id: 'vehicle-inspection-maintenance',
    task: 13,
    title: { zh: '严格实施汽车排放检验与维护制度', en: 'Vehicle emission inspection and maintenance (I/M) applies strictly' },
    obligation: 'required',
    appliesTo: ['truck'],
    thresholds: [],
    complianceFacts: ['inspectionPassed'],
    note: {
      zh: '“汽车”包括一切汽车，不限于货车；本库的车辆对象只有货车（truck），故只对货车判断。其他汽车同样适用。',
      en: "汽车 covers every motor vehicle, not only trucks; the library's only vehicle subject is the truck, so it judges trucks. Other motor vehicles are bound alike.",
    },
    source: { clause: '三(三)13', quote: '严格实施汽车排放检验与维护制度' },
  },
  // Task 14 --------------------------------------------------------------------------------------
  'site-machinery-new-energy': {
    id: 'site-machinery-new-energy',
    task: 14,
    title: {
      zh: '铁路货场、物流园区、机场、工矿企业内部作业车辆和机械新能源更新改造',
      en: 'Vehicles and machinery working inside rail freight yards, logistics parks, airports and industrial or mining sites go new-energy',
    },
    obligation: 'required',
    appliesTo: ['non-road-machinery'],
    thresholds: [],
    complianceFacts: ['newEnergy'],
    source: { clause: '三(三)14', quote: '加快推进铁路货场、物流园区、机场、工矿企业内部作业车辆和机械新能源更新改造' },
  },
  'black-smoke-elimination': {
    id: 'black-smoke-elimination',
    task: 14,
    title: {
      zh: '2025年底前基本消除非道路移动机械、铁路机车“冒黑烟”',
      en: 'By the end of 2025, black smoke from non-road machinery and locomotives is basically eliminated',
    },
    obligation: 'required',
    appliesTo: ['non-road-machinery', 'locomotive'],
    thresholds: [],
    complianceFacts: ['blackSmoke'],
    deadline: '2025-12-31',
    source: { clause: '三(三)14', quote: '2025年底前,基本消除非道路移动机械、铁路机车“冒黑烟”现象' },
  },
  'old-non-road-machinery-phase-out': {
    id: 'old-non-road-machinery-phase-out',
    task: 14,
    title: {
      zh: '2025年底前基本淘汰第一阶段及以下排放标准的非道路移动机械',
      en: 'By the end of 2025, non-road machinery of stage I and below is basically phased out',
    },
    obligation: 'phase-out',
    appliesTo: ['non-road-machinery'],
    thresholds: ['non-road-phase-out-stage'],
    complianceFacts: ['shutDown'],
    deadline: '2025-12-31',
    source: {
      clause: '三(三)14',
      quote: '2025年底前,基本消除非道路移动机械、铁路机车“冒黑烟”现象,基本淘汰第一阶段及以下排放标准的非道路移动机械',
    },
  },
  // Task 15 --------------------------------------------------------------------------------------
  'fuel-outlet-rectification': {
    id: 'fuel-outlet-rectification',
    task: 15,
    title: {
      zh: '自建油罐、流动加油罐车和黑加油站点专项整治',
      en: 'Self-built tanks, mobile refuellers and unlicensed stations are subject to a special clean-up',
    },
    obligation: 'required',
    appliesTo: ['fuel-outlet'],
    thresholds: [],
    complianceFacts: ['rectified'],
    source: { clause: '三(三)15', quote: '组织开展自建油罐、流动加油罐车和黑加油站点专项整治' },
  },
  'non-standard-fuel-sale-ban': {
    id: 'non-standard-fuel-sale-ban',
    task: 15,
    title: { zh: '严禁将非标油品作为发动机燃料销售', en: 'Non-standard oil may not be sold as engine fuel' },
    obligation: 'prohibited',
    appliesTo: ['fuel-outlet'],
    thresholds: [],
    complianceFacts: ['sellsNonStandardFuel'],
    source: { clause: '三(三)15', quote: '坚决打击将非标油品作为发动机燃料销售等行为' },
  },
} as const satisfies Record<string, RuleInput>;
