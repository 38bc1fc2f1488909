/**
 * The words a person reads for each field of a subject: a Chinese and an English label, the unit, and a
 * one-line help, defined once here beside the subject schemas and used by the explorer, the rules guide's
 * tables and the error messages (`锅炉容量(蒸吨/小时) 无效:…`). Beside them, the names of the subject kinds
 * (`KIND_LABELS`: 燃煤锅炉 …) and of the closed values the fields take (`VALUE_LABELS`: 焦化, 新建 …).
 * The Chinese keeps the plan's own wording where the plan has one.
 * @module
 */

/** How a field is shown to a person. @category Rules */
export interface FieldLabel {
  /** The label in Chinese, in the plan's wording where it has one (e.g. `'锅炉容量'`). */
  readonly zh: string;
  /** The label in English (e.g. `'boiler capacity'`). */
  readonly en: string;
  /** The unit, where the field is a quantity (e.g. `'蒸吨/小时'` with `unitEn` `'t/h'`). */
  readonly unit?: string;
  /** The unit in English. */
  readonly unitEn?: string;
  /** One line of help in Chinese. */
  readonly help?: string;
  /** One line of help in English. */
  readonly helpEn?: string;
}

/** A name in both languages (a kind's or a value's). @category Rules */
export interface NameLabel {
  /** In Chinese, in the plan's wording where it has one. */
  readonly zh: string;
  /** In English. */
  readonly en: string;
}

/**
 * Every subject field's label, keyed by the field's name (`capacityTph`). A field whose meaning differs
 * between kinds is keyed `kind.field` (`'coal-boiler.use'`), looked up before the plain name. Nested
 * fields (`location.city`, `provincialRank.rank`) are keyed by their last name.
 *
 * @example
 * ```ts
 * FIELD_LABELS.capacityTph?.zh; //=> '锅炉容量'
 * FIELD_LABELS.capacityTph?.unit; //=> '蒸吨/小时'
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  kind: {
    zh: '对象类型',
    en: 'kind of subject',
    help: '方案对哪一类对象规定义务。',
    helpEn: 'Which kind of thing the plan attaches duties to.',
  },
  // Where a subject stands (location).
  location: {
    zh: '位置',
    en: 'location',
    help: '所在的设区市或县(市、区);决定是否属于重点区域、太原盆地、汾河谷地。',
    helpEn: 'The city or county it stands in: decides the key region, the Taiyuan basin and the Fen River valley.',
  },
  city: { zh: '设区市', en: 'city', help: '全省11个设区市之一。', helpEn: "One of the province's 11 cities." },
  county: {
    zh: '县(市、区)',
    en: 'county',
    help: '县级行政区划代码（6位）,其所属设区市自动查出。',
    helpEn: 'The 6-digit county code; its city is looked up.',
  },
  inTaiyuanBasin: {
    zh: '位于太原盆地',
    en: 'in the Taiyuan basin',
    help: '方案未列出太原盆地的范围；已有依据确定的地点以依据为准。',
    helpEn: 'The plan does not list the basin; where a source settles the place, that decides.',
  },
  inFenheValley: {
    zh: '位于汾河谷地',
    en: 'in the Fen River valley',
    help: '方案未列出汾河谷地的范围；已有依据确定的地点以依据为准。',
    helpEn: 'The plan does not list the valley; where a source settles the place, that decides.',
  },
  // Projects and enterprises.
  sector: { zh: '行业', en: 'sector', help: '所属行业(方案所称行业名称)。', helpEn: "Its industry, by the plan's own names." },
  action: { zh: '建设性质', en: 'type of project', help: '新建、改建、扩建或迁建。', helpEn: 'New, rebuilt, expanded or relocated.' },
  'freight-site.action': {
    zh: '新建、迁建或现有',
    en: 'new, relocated or existing',
    help: '新建、迁建的还是现有的。',
    helpEn: 'Whether it is new, relocated or existing.',
  },
  addsCapacity: {
    zh: '新增产能',
    en: 'adds capacity',
    help: '是否新增产能(钢铁、洗煤、独立焦化等)。',
    helpEn: 'Whether it adds net production capacity (steel, coal washing, independent coking).',
  },
  usesCoal: { zh: '用煤项目', en: 'uses coal', help: '是否燃用或消耗煤炭。', helpEn: 'Whether it burns or consumes coal.' },
  capacityReplacement: {
    zh: '涉及产能置换',
    en: 'capacity replacement',
    help: '是否涉及产能置换。',
    helpEn: 'Whether it involves capacity replacement.',
  },
  independent: {
    zh: '独立',
    en: 'independent',
    help: '独立焦化企业或社会独立洗煤厂(不属于联合企业或煤矿)。',
    helpEn: 'An independent coking plant or a socially independent coal-washing plant.',
  },
  majorRegionalImpact: {
    zh: '对周边影响大的重大项目',
    en: 'major regional impact',
    help: '大气污染物排放量大、对相邻地区影响明显的重大项目。',
    helpEn: 'A major project with large air emissions and a marked effect on neighbouring areas.',
  },
  highVocsMaterials: {
    zh: '生产或使用高VOCs含量原辅材料',
    en: 'high-VOCs materials',
    help: '生产或使用高VOCs含量的涂料、油墨、胶粘剂、清洗剂。',
    helpEn: 'Makes or uses high-VOCs coatings, inks, adhesives or cleaners.',
  },
  keyEnterprise: {
    zh: '重点涉气企业',
    en: 'key air-related enterprise',
    help: '被列为重点(涉气)企业。',
    helpEn: 'Listed by the authorities as a key (air-related) enterprise.',
  },
  keyDischarger: {
    zh: '重点排污单位',
    en: 'key discharger',
    help: '列入重点排污单位名录。',
    helpEn: 'On the list of key pollutant dischargers.',
  },
  steelRoute: {
    zh: '钢铁工艺流程',
    en: 'steel route',
    help: '高炉—转炉长流程或电炉短流程。',
    helpEn: 'Blast furnace–converter (long process) or electric arc furnace.',
  },
  hasBypass: { zh: '设有旁路', en: 'has a bypass', help: '设有烟气或含VOCs废气旁路。', helpEn: 'Has a flue-gas or VOCs waste-gas bypass.' },
  bypassNeededForSafety: {
    zh: '因安全生产需要无法取消旁路',
    en: 'bypass needed for safety',
    help: '旁路因安全生产需要无法取消。',
    helpEn: 'The bypass cannot be removed for reasons of safe production.',
  },
  ammoniaInjection: {
    zh: '脱硫脱硝使用氨',
    en: 'ammonia injection',
    help: '烟气脱硫脱硝使用氨(可能氨逃逸)。',
    helpEn: 'Its desulphurisation or denitration uses ammonia (ammonia slip possible).',
  },
  odourComplaints: {
    zh: '群众反映强烈、投诉集中',
    en: 'strong odour complaints',
    help: '异味扰民,群众反映强烈、投诉集中。',
    helpEn: 'Strong, concentrated public complaints about odour.',
  },
  handlesVocs: {
    zh: '工艺涉及VOCs',
    en: 'handles VOCs',
    help: '停工、检修、吹扫等会排放VOCs。',
    helpEn: 'Its processes hold VOCs (shutdown, maintenance and purging release them).',
  },
  inBuiltUpArea: {
    zh: '位于城市(含县城)建成区',
    en: 'in a built-up area',
    help: '位于城市(含县城)建成区。',
    helpEn: "In a city's or county town's built-up area.",
  },
  'coal-boiler.inBuiltUpArea': {
    zh: '位于城市建成区',
    en: "in a city's built-up area",
    help: '位于城市建成区(不含县城)。',
    helpEn: "In a city's built-up area (a county town's is not meant).",
  },
  backwardCapacity: {
    zh: '落后产能',
    en: 'backward capacity',
    help: '《产业结构调整指导目录》淘汰类产能。',
    helpEn: 'Capacity the Catalogue for Guiding Industrial Restructuring lists for elimination.',
  },
  // Industry clusters and areas.
  industry: { zh: '产业', en: 'industry', help: '集群所属的传统产业。', helpEn: 'The traditional industry of the cluster.' },
  characteristic: {
    zh: '特色产业集群',
    en: 'characteristic cluster',
    help: '该市将其列为特色产业集群(方案列举以“等”结尾)。',
    helpEn: 'The city counts it among its characteristic clusters (the plan’s list ends in 等).',
  },
  pm25AnnualMean: {
    zh: 'PM2.5年均浓度',
    en: 'PM2.5 annual mean',
    unit: '微克/立方米',
    unitEn: 'µg/m³',
    help: '上一年度PM2.5年均浓度。',
    helpEn: 'The PM2.5 annual mean concentration.',
  },
  provincialRank: {
    zh: '空气质量综合指数全省排名',
    en: 'provincial rank by composite index',
    help: '按综合指数由好到差的名次(1为最好)。',
    helpEn: 'Rank by composite index, counted from the best (1 = best).',
  },
  rank: {
    zh: '名次',
    en: 'rank',
    unit: '名',
    unitEn: 'place',
    help: '由好到差的名次,1为最好。',
    helpEn: 'Counted from the best: 1 is the best.',
  },
  of: { zh: '参与排名数', en: 'ranked', unit: '个', unitEn: 'places', help: '参与排名的地区数。', helpEn: 'How many places were ranked.' },
  cleanHeating: {
    zh: '清洁取暖改造',
    en: 'clean-heating conversion',
    help: '清洁取暖改造是否整体完成。',
    helpEn: 'How far clean-heating conversion has gone.',
  },
  attainsStandard: {
    zh: '空气质量达标',
    en: 'attains the standard',
    help: '达到环境空气质量标准。',
    helpEn: 'Meets the national ambient air-quality standard.',
  },
  traditionalSmeCluster: {
    zh: '传统制造业中小企业集中',
    en: 'traditional SMEs concentrated',
    help: '传统制造业中小企业集中的地区。',
    helpEn: 'Small and medium traditional manufacturers are concentrated there.',
  },
  grade: { zh: '景区等级', en: 'grade', help: '5A级景区或其他。', helpEn: 'A 5A scenic area or another.' },
  park: {
    zh: '园区',
    en: 'park',
    help: '任务25点名的太原盆地五个园区之一。',
    helpEn: 'One of the five Taiyuan-basin parks task 25 names.',
  },
  'industrial-park.type': { zh: '园区类型', en: 'type of park', help: '煤化工类或其他。', helpEn: 'Coal-chemical or other.' },
  // VOCs.
  vocsContentPct: {
    zh: 'VOCs含量(质量比)',
    en: 'VOCs content by mass',
    unit: '%',
    unitEn: '%',
    help: '原辅材料中VOCs的质量百分比。',
    helpEn: 'VOCs content by mass, in per cent.',
  },
  lowVocsCompliant: {
    zh: '符合低VOCs含量产品规定',
    en: 'low-VOCs compliant',
    help: '符合国家低VOCs含量产品规定。',
    helpEn: 'Meets the national rules for low-VOCs products.',
  },
  emissionsCompliant: {
    zh: '排放稳定达标',
    en: 'emissions compliant',
    help: '排放浓度稳定达标且排放速率、排放绩效符合规定。',
    helpEn: 'Emissions stably meet the standard, rate and performance meet the rules.',
  },
  'vocs-material.use': {
    zh: '使用领域',
    en: 'where used',
    help: '工业涂装、包装印刷、电子等使用领域。',
    helpEn: 'Where it is used: industrial coating, packaging printing, electronics …',
  },
  specialFunction: {
    zh: '有特殊功能要求',
    en: 'special function',
    help: '有特殊功能要求。',
    helpEn: 'A special functional requirement applies.',
  },
  governmentPurchase: { zh: '政府采购', en: 'government purchase', help: '由政府机关采购。', helpEn: 'Bought by a government body.' },
  'vocs-facility.type': {
    zh: '设施类型',
    en: 'type of installation',
    help: '储罐、汽车罐车、污水处理场所等。',
    helpEn: 'Storage tank, tank truck, wastewater treatment site …',
  },
  // Coal power and boilers.
  capacityMw: {
    zh: '机组容量',
    en: 'unit capacity',
    unit: '兆瓦',
    unitEn: 'MW',
    help: '30万千瓦 = 300兆瓦。',
    helpEn: '300 MW = 30万千瓦.',
  },
  captive: { zh: '自备机组', en: 'captive', help: '企业自备电厂的机组。', helpEn: "A captive unit (an enterprise's own plant)." },
  isNew: { zh: '新建', en: 'new', help: '拟新建(新增)。', helpEn: 'To be newly built or added.' },
  'industrial-furnace.isNew': {
    zh: '新改扩建',
    en: 'new, rebuilt or expanded',
    help: '新建、改建或扩建的工业炉窑。',
    helpEn: 'New, rebuilt or expanded.',
  },
  'mine.isNew': {
    zh: '新建矿山',
    en: 'new mine',
    help: '新建矿山;不填则新建与现有矿山的义务都列出。',
    helpEn: 'A new mine; left out, both new and existing mines’ duties are listed.',
  },
  chp: { zh: '热电机组', en: 'CHP unit', help: '热电联产机组。', helpEn: 'A combined heat-and-power unit.' },
  distanceToLargeChpKm: {
    zh: '距大型热电联产电厂距离',
    en: 'distance to a large CHP plant',
    unit: '公里',
    unitEn: 'km',
    help: '到最近的30万千瓦及以上热电联产电厂的距离。',
    helpEn: 'Distance to the nearest CHP plant of 300 MW or more.',
  },
  largeChpCapacityMw: {
    zh: '该热电联产电厂容量',
    en: 'capacity of that CHP plant',
    unit: '兆瓦',
    unitEn: 'MW',
    help: '最近的热电联产电厂的容量。',
    helpEn: 'Capacity of the nearest CHP plant.',
  },
  distanceToLargeIndustrialHeatKm: {
    zh: '距大型工业企业供热距离',
    en: 'distance to large industrial heat',
    unit: '公里',
    unitEn: 'km',
    help: '到可利用其供热能力的最近大型工业企业的距离(“大型”由使用者判断)。',
    helpEn: 'Distance to the nearest large industrial enterprise whose heat it could use (you judge “large”).',
  },
  capacityTph: {
    zh: '锅炉容量',
    en: 'boiler capacity',
    unit: '蒸吨/小时',
    unitEn: 't/h',
    help: '额定蒸发量。',
    helpEn: 'Rated capacity in steam tonnes per hour.',
  },
  'coal-boiler.use': {
    zh: '用途',
    en: 'use',
    help: '集中供暖(供热)锅炉或其他。',
    helpEn: 'A central-heating (heat-supply) boiler, or other.',
  },
  withinHeatNetwork: {
    zh: '在供热管网覆盖范围内',
    en: 'within a heat network',
    help: '位于供热管网覆盖范围内。',
    helpEn: 'Within the coverage of a heat network.',
  },
  inefficientTreatment: {
    zh: '采用简易低效污染治理设施',
    en: 'inefficient treatment',
    help: '配有简易低效污染治理设施。',
    helpEn: 'Fitted with simple, inefficient treatment.',
  },
  'small-coal-facility.type': {
    zh: '设施类型',
    en: 'type of facility',
    help: '茶水炉、经营性炉灶、储粮烘干设备、农产品加工。',
    helpEn: 'Tea-water stove, commercial stove, grain dryer, farm-produce processing.',
  },
  dedicated: { zh: '专用锅炉', en: 'dedicated', help: '生物质专用锅炉。', helpEn: 'A dedicated biomass boiler.' },
  coFiring: {
    zh: '掺烧',
    en: 'co-firing',
    help: '除生物质外还掺烧的燃料(可多选)。',
    helpEn: 'What it burns besides biomass (several may apply).',
  },
  bagFilter: {
    zh: '配套布袋等高效除尘设施',
    en: 'bag filter',
    help: '配有布袋等高效除尘设施。',
    helpEn: 'Fitted with bag filters or other high-efficiency dust removal.',
  },
  small: {
    zh: '小型',
    en: 'small',
    help: '小型锅炉(方案未定规模,由使用者判断)。',
    helpEn: 'A small boiler (the plan sets no size: you judge).',
  },
  // Steel equipment.
  volumeM3: {
    zh: '高炉容积',
    en: 'furnace volume',
    unit: '立方米',
    unitEn: 'm³',
    help: '高炉有效容积。',
    helpEn: 'The blast furnace’s volume.',
  },
  capacityT: {
    zh: '公称容量',
    en: 'nominal capacity',
    unit: '吨',
    unitEn: 't',
    help: '转炉或电炉的公称容量。',
    helpEn: 'The nominal capacity of the converter or furnace.',
  },
  alloySteel: { zh: '生产合金钢', en: 'alloy steel', help: '电炉生产合金钢。', helpEn: 'It makes alloy steel.' },
  'sinter-machine.type': { zh: '烧结机类型', en: 'type of sinter machine', help: '步进式或其他。', helpEn: 'Stepping or other.' },
  'pellet-furnace.type': { zh: '球团炉类型', en: 'type of pellet furnace', help: '竖炉或其他。', helpEn: 'Shaft furnace or other.' },
  product: {
    zh: '产品',
    en: 'product',
    help: '硅锰合金、镍铁、高碳铬铁、高碳锰铁或其他。',
    helpEn: 'Silicomanganese, ferronickel, high-carbon ferrochrome, high-carbon ferromanganese or other.',
  },
  enclosure: { zh: '封闭方式', en: 'enclosure', help: '半封闭式或封闭式。', helpEn: 'Semi-closed or closed.' },
  // Coal use.
  'gas-demand.use': {
    zh: '新增天然气用途',
    en: 'use of the gas',
    help: '居民生活、清洁取暖或其他。',
    helpEn: 'Residential, clean heating or other.',
  },
  'coal-substitute.fuel': {
    zh: '替代燃料',
    en: 'substitute fuel',
    help: '作为煤炭减量替代措施的燃料。',
    helpEn: 'The fuel offered as a coal reduction-replacement measure.',
  },
  'coal-use.type': {
    zh: '用煤类型',
    en: 'type of coal use',
    help: '煤矸石、原料用煤或燃料用煤。',
    helpEn: 'Coal gangue, feedstock coal or fuel coal.',
  },
  // Industrial furnaces.
  purpose: { zh: '用途', en: 'purpose', help: '燃料类或原料类煤气发生炉。', helpEn: 'Fuel gas or feedstock gas.' },
  bed: { zh: '炉型', en: 'bed', help: '固定床间歇式或其他。', helpEn: 'Fixed-bed intermittent or other.' },
  'industrial-furnace.type': {
    zh: '炉窑类型',
    en: 'type of furnace',
    help: '加热炉、热处理炉、干燥炉、熔化炉或其他。',
    helpEn: 'Heating, heat treatment, drying, melting or other.',
  },
  'industrial-furnace.fuel': {
    zh: '燃料',
    en: 'fuel',
    help: '煤、焦炭、兰炭、石油焦等为高污染燃料。',
    helpEn: 'Coal, coke, semi-coke, petroleum coke and the like are high-polluting fuels.',
  },
  // Freight, mines and vehicles.
  distanceKm: {
    zh: '运输距离',
    en: 'haul distance',
    unit: '公里',
    unitEn: 'km',
    help: '大宗货物的运输距离。',
    helpEn: 'The distance the bulk freight travels.',
  },
  'freight-site.type': {
    zh: '类型',
    en: 'type of site',
    help: '物流园区、工矿企业或储煤基地。',
    helpEn: 'Logistics park, industrial or mining enterprise, coal-storage base.',
  },
  annualBulkMt: {
    zh: '大宗货物年运量',
    en: 'annual bulk freight',
    unit: '百万吨',
    unitEn: 'Mt',
    help: '以百万吨计：150万吨填1.5。',
    helpEn: 'In million tonnes: 150万吨 is 1.5.',
  },
  failedRectification: {
    zh: '限期整改仍不达标',
    en: 'failed rectification',
    help: '限期整改后仍不达标。',
    helpEn: 'Still substandard after a rectification deadline.',
  },
  'truck.fuel': { zh: '燃料类型', en: 'fuel', help: '柴油或燃气。', helpEn: 'Diesel or gas.' },
  emissionStage: {
    zh: '排放阶段',
    en: 'emission stage',
    help: '国一至国六,或非道路机械的排放阶段。',
    helpEn: 'China 1 to 6, or the non-road stage.',
  },
  leanBurn: { zh: '采用稀薄燃烧技术', en: 'lean burn', help: '燃气车采用稀薄燃烧技术。', helpEn: 'A gas truck with lean-burn technology.' },
  blackSmoke: { zh: '冒黑烟', en: 'black smoke', help: '可见冒黑烟。', helpEn: 'Visibly emits black smoke.' },
  site: {
    zh: '作业场所',
    en: 'where it works',
    help: '铁路货场、物流园区、机场、工矿企业或其他。',
    helpEn: 'Railway freight yard, logistics park, airport, industrial or mining enterprise, other.',
  },
  'fuel-outlet.type': {
    zh: '类型',
    en: 'type of outlet',
    help: '自建油罐、流动加油罐车、黑加油站点或合规加油站。',
    helpEn: 'Self-built tank, mobile refueller, unlicensed or licensed station.',
  },
  // Construction, stockyards, agriculture.
  areaM2: {
    zh: '施工面积',
    en: 'site area',
    unit: '平方米',
    unitEn: 'm²',
    help: '建筑工地的面积。',
    helpEn: 'The construction site’s area.',
  },
  linear: {
    zh: '长距离线性工程',
    en: 'linear work',
    help: '道路、水务等长距离线性工程。',
    helpEn: 'A long-distance linear work (roads, water works).',
  },
  'stockyard.type': {
    zh: '堆场类型',
    en: 'type of stockyard',
    help: '城市大型煤炭、矿石等干散货码头物料堆场或其他。',
    helpEn: 'An urban large dry-bulk terminal yard, or other.',
  },
  permitted: {
    zh: '合规堆场',
    en: 'permitted',
    help: '堆场符合规定(否即违规堆场)。',
    helpEn: 'The stockyard complies with the rules (no = an illegal one).',
  },
  usesLooseCoal: { zh: '使用散煤', en: 'uses loose coal', help: '燃用散煤。', helpEn: 'Loose coal is burnt there.' },
  service: {
    zh: '服务类型',
    en: 'service',
    help: '治理、运维、检测或其他。',
    helpEn: 'Treatment, operation and maintenance, testing or other.',
  },
  // Kind-specific names of shared words, as a fallback.
  type: { zh: '类型', en: 'type', help: '该对象的类型。', helpEn: 'Its type.' },
  use: { zh: '用途', en: 'use', help: '用途。', helpEn: 'Its use.' },
  fuel: { zh: '燃料', en: 'fuel', help: '燃料。', helpEn: 'Its fuel.' },
};

/**
 * The names of the subject kinds of `assess` (燃煤锅炉 …), keyed by kind.
 *
 * @example
 * ```ts
 * KIND_LABELS['coal-boiler']?.zh; //=> '燃煤锅炉'
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const KIND_LABELS: Readonly<Record<string, NameLabel>> = {
  project: { zh: '建设项目', en: 'construction project' },
  'vocs-material': { zh: '含VOCs原辅材料', en: 'VOCs-containing material' },
  enterprise: { zh: '涉气企业', en: 'air-emitting enterprise' },
  'industry-cluster': { zh: '传统产业集群', en: 'traditional industry cluster' },
  'coal-power-unit': { zh: '燃煤机组', en: 'coal-fired generating unit' },
  'blast-furnace': { zh: '高炉', en: 'blast furnace' },
  converter: { zh: '转炉', en: 'converter' },
  'electric-arc-furnace': { zh: '电炉', en: 'electric arc furnace' },
  'sinter-machine': { zh: '烧结机', en: 'sinter machine' },
  'pellet-furnace': { zh: '球团炉', en: 'pellet furnace' },
  'ferroalloy-furnace': { zh: '铁合金电炉', en: 'ferroalloy furnace' },
  'gas-demand': { zh: '新增天然气需求', en: 'new natural-gas demand' },
  'coal-substitute': { zh: '煤炭减量替代燃料', en: 'coal-substitute fuel' },
  'coal-use': { zh: '煤炭消费', en: 'use of coal' },
  'coal-boiler': { zh: '燃煤锅炉', en: 'coal-fired boiler' },
  'small-coal-facility': { zh: '燃煤小设施', en: 'small coal-burning facility' },
  'gas-boiler': { zh: '燃气锅炉', en: 'gas-fired boiler' },
  'biomass-boiler': { zh: '生物质锅炉', en: 'biomass boiler' },
  'gas-producer': { zh: '煤气发生炉', en: 'coal gas producer' },
  'industrial-furnace': { zh: '工业炉窑', en: 'industrial furnace or kiln' },
  area: { zh: '设区市或县(市、区)', en: 'city or county' },
  'scenic-area': { zh: '景区', en: 'scenic area' },
  'bulk-freight': { zh: '大宗货物运输', en: 'bulk-freight haul' },
  'freight-site': { zh: '大宗货物运输场所', en: 'bulk-freight site' },
  mine: { zh: '矿山', en: 'mine' },
  truck: { zh: '货车', en: 'goods vehicle' },
  'non-road-machinery': { zh: '非道路移动机械', en: 'non-road mobile machinery' },
  locomotive: { zh: '铁路机车', en: 'railway locomotive' },
  'fuel-outlet': { zh: '加油站点', en: 'fuel outlet' },
  'construction-site': { zh: '建筑工地', en: 'construction site' },
  stockyard: { zh: '堆场', en: 'stockyard' },
  farmland: { zh: '农田', en: 'farmland' },
  'livestock-farm': { zh: '畜禽养殖场', en: 'livestock or poultry farm' },
  'industrial-park': { zh: '工业园区', en: 'industrial park' },
  'vocs-facility': { zh: '涉VOCs设施', en: 'VOCs installation' },
  'catering-building': { zh: '拟开设餐饮服务单位的建筑', en: 'building for a catering business' },
  'third-party-body': { zh: '第三方机构', en: 'third-party body' },
};

/**
 * The names of the closed values subject fields take (焦化, 新建 …), keyed by value; a value whose name
 * differs by field is keyed `field:value` (`'action:new'`), looked up first.
 *
 * @example
 * ```ts
 * VALUE_LABELS.coking?.zh; //=> '焦化'
 * VALUE_LABELS.new?.zh; //=> '新建'
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const VALUE_LABELS: Readonly<Record<string, NameLabel>> = {
  other: { zh: '其他', en: 'other' },
  // Sectors.
  steel: { zh: '钢铁', en: 'steel' },
  coking: { zh: '焦化', en: 'coking' },
  cement: { zh: '水泥', en: 'cement' },
  'coal-power': { zh: '煤电', en: 'coal power' },
  ferroalloy: { zh: '铁合金', en: 'ferroalloy' },
  chemical: { zh: '化工', en: 'chemical' },
  'coal-chemical': { zh: '煤化工', en: 'coal chemical' },
  'nitrogen-fertilizer': { zh: '氮肥', en: 'nitrogen fertilizer' },
  'soda-ash': { zh: '纯碱', en: 'soda ash' },
  glass: { zh: '玻璃', en: 'glass' },
  lime: { zh: '石灰', en: 'lime' },
  'mineral-wool': { zh: '矿棉', en: 'mineral wool' },
  nonferrous: { zh: '有色', en: 'nonferrous metals' },
  'coal-mining': { zh: '煤炭开采', en: 'coal mining' },
  'coal-washing': { zh: '洗煤', en: 'coal washing' },
  'building-materials': { zh: '建材', en: 'building materials' },
  'industrial-coating': { zh: '工业涂装', en: 'industrial coating' },
  'packaging-printing': { zh: '包装印刷', en: 'packaging printing' },
  electronics: { zh: '电子', en: 'electronics' },
  'vehicle-machinery-maker': { zh: '汽车及机械制造', en: 'vehicle and machinery making' },
  // Project actions.
  new: { zh: '新建', en: 'new' },
  rebuild: { zh: '改建', en: 'rebuilt' },
  expansion: { zh: '扩建', en: 'expanded' },
  relocation: { zh: '迁建', en: 'relocated' },
  relocated: { zh: '迁建', en: 'relocated' },
  existing: { zh: '现有', en: 'existing' },
  // Boilers and small facilities.
  'central-heating': { zh: '集中供暖', en: 'central heating' },
  'tea-water-stove': { zh: '茶水炉', en: 'tea-water stove' },
  'commercial-stove': { zh: '经营性炉灶', en: 'commercial stove' },
  'grain-dryer': { zh: '储粮烘干设备', en: 'grain dryer' },
  'farm-produce-processing': { zh: '农产品加工', en: 'farm-produce processing' },
  coal: { zh: '煤炭', en: 'coal' },
  'household-waste': { zh: '生活垃圾', en: 'household waste' },
  // Steel equipment.
  stepping: { zh: '步进式', en: 'stepping' },
  shaft: { zh: '竖炉', en: 'shaft furnace' },
  silicomanganese: { zh: '硅锰合金', en: 'silicomanganese' },
  ferronickel: { zh: '镍铁', en: 'ferronickel' },
  'high-carbon-ferrochrome': { zh: '高碳铬铁', en: 'high-carbon ferrochrome' },
  'high-carbon-ferromanganese': { zh: '高碳锰铁', en: 'high-carbon ferromanganese' },
  'semi-closed': { zh: '半封闭式', en: 'semi-closed' },
  closed: { zh: '封闭式', en: 'closed' },
  'blast-furnace-converter': { zh: '高炉—转炉长流程', en: 'blast furnace–converter' },
  'electric-arc-furnace': { zh: '电炉短流程', en: 'electric arc furnace' },
  // Gas producers and furnaces.
  fuel: { zh: '燃料类', en: 'fuel gas' },
  feedstock: { zh: '原料类', en: 'feedstock gas' },
  'fixed-intermittent': { zh: '固定床间歇式', en: 'fixed-bed intermittent' },
  heating: { zh: '加热炉', en: 'heating' },
  'heat-treatment': { zh: '热处理炉', en: 'heat treatment' },
  drying: { zh: '干燥炉', en: 'drying' },
  melting: { zh: '熔化炉', en: 'melting' },
  coke: { zh: '焦炭', en: 'coke' },
  'semi-coke': { zh: '兰炭', en: 'semi-coke' },
  'petroleum-coke': { zh: '石油焦', en: 'petroleum coke' },
  'other-high-polluting': { zh: '其他高污染燃料', en: 'other high-polluting fuel' },
  gas: { zh: '燃气', en: 'gas' },
  electricity: { zh: '电', en: 'electricity' },
  'other-clean': { zh: '其他清洁能源', en: 'other clean energy' },
  // Coal use and gas demand.
  'coal-gangue': { zh: '煤矸石', en: 'coal gangue' },
  'feedstock-coal': { zh: '原料用煤', en: 'feedstock coal' },
  'fuel-coal': { zh: '燃料用煤', en: 'fuel coal' },
  residential: { zh: '居民生活', en: 'residential' },
  'clean-heating': { zh: '清洁取暖', en: 'clean heating' },
  // Freight and vehicles.
  'logistics-park': { zh: '物流园区', en: 'logistics park' },
  'industrial-mining-enterprise': { zh: '工矿企业', en: 'industrial or mining enterprise' },
  'coal-storage-base': { zh: '储煤基地', en: 'coal-storage base' },
  diesel: { zh: '柴油', en: 'diesel' },
  electric: { zh: '电动', en: 'electric' },
  'china-1': { zh: '国一', en: 'China 1' },
  'china-2': { zh: '国二', en: 'China 2' },
  'china-3': { zh: '国三', en: 'China 3' },
  'china-4': { zh: '国四', en: 'China 4' },
  'china-5': { zh: '国五', en: 'China 5' },
  'china-6': { zh: '国六', en: 'China 6' },
  'pre-stage-1': { zh: '第一阶段以前', en: 'before stage 1' },
  'stage-1': { zh: '第一阶段', en: 'stage 1' },
  'stage-2': { zh: '第二阶段', en: 'stage 2' },
  'stage-3': { zh: '第三阶段', en: 'stage 3' },
  'stage-4': { zh: '第四阶段', en: 'stage 4' },
  'railway-freight-yard': { zh: '铁路货场', en: 'railway freight yard' },
  airport: { zh: '机场', en: 'airport' },
  'self-built-tank': { zh: '自建油罐', en: 'self-built tank' },
  'mobile-refueller': { zh: '流动加油罐车', en: 'mobile refuelling tanker' },
  'unlicensed-station': { zh: '黑加油站点', en: 'unlicensed station' },
  'licensed-station': { zh: '合规加油站', en: 'licensed station' },
  // Areas.
  complete: { zh: '整体完成', en: 'complete' },
  partial: { zh: '部分完成', en: 'partial' },
  none: { zh: '未开展', en: 'none' },
  '5A': { zh: '5A级景区', en: '5A' },
  foundry: { zh: '铸造', en: 'foundry' },
  'manganese-rich-slag-smelting': { zh: '富锰渣冶炼', en: 'manganese-rich slag smelting' },
  ceramics: { zh: '陶瓷', en: 'ceramics' },
  'independent-pellet': { zh: '独立球团', en: 'independent pellet' },
  flange: { zh: '法兰', en: 'flange' },
  refractory: { zh: '耐火材料', en: 'refractory' },
  'nitro-fertilizer': { zh: '硝基肥', en: 'nitro fertilizer' },
  'recycled-rubber': { zh: '再生胶', en: 'recycled rubber' },
  carbon: { zh: '炭素', en: 'carbon' },
  glassware: { zh: '玻璃器皿', en: 'glassware' },
  magnesium: { zh: '镁', en: 'magnesium' },
  qingxu: { zh: '清徐', en: 'Qingxu' },
  jiaocheng: { zh: '交城', en: 'Jiaocheng' },
  pingyao: { zh: '平遥', en: 'Pingyao' },
  jiexiu: { zh: '介休', en: 'Jiexiu' },
  xiaoyi: { zh: '孝义', en: 'Xiaoyi' },
  // Third parties, VOCs.
  treatment: { zh: '治理', en: 'treatment' },
  'operation-maintenance': { zh: '运维', en: 'operation and maintenance' },
  testing: { zh: '检测', en: 'testing' },
  'building-municipal': { zh: '建筑和市政', en: 'building and municipal works' },
  'floor-structure-marking': { zh: '地坪、钢结构、道路标线', en: 'floors, steel structures, road markings' },
  'storage-tank': { zh: '储罐', en: 'storage tank' },
  'tank-truck': { zh: '汽车罐车', en: 'road tank truck' },
  'wastewater-treatment': { zh: '污水处理场所', en: 'wastewater treatment site' },
  'organic-wastewater-tank': { zh: '含VOCs有机废水储罐', en: 'organic-wastewater tank' },
  sump: { zh: '装置区集水井(池)', en: 'plant-area sump' },
  flare: { zh: '火炬燃烧装置', en: 'flare' },
  'large-dry-bulk-terminal': { zh: '城市大型干散货码头物料堆场', en: 'large dry-bulk terminal yard' },
  // Where a value means something else in one field.
  'industrial-park.type:coal-chemical': { zh: '煤化工类', en: 'coal-chemical' },
  'scenic-area.grade:other': { zh: '其他景区', en: 'other' },
};

/**
 * The label of a field path as a person reads it in `lang` (`'subject.capacityTph'` → `'锅炉容量(蒸吨/小时)'`),
 * or the path itself where no label is defined.
 * @internal
 */
export function fieldLabel(path: string, lang: 'zh' | 'en', kind?: string): string {
  const label = fieldLabelOf(path, kind);
  if (label === undefined) return path;
  const unit = lang === 'zh' ? label.unit : label.unitEn;
  const text = lang === 'zh' ? label.zh : label.en;
  return unit === undefined ? text : lang === 'zh' ? `${text}(${unit})` : `${text} (${unit})`;
}

/** The label record of a field path (its last name; a kind's own label first), if any. @internal */
export function fieldLabelOf(path: string, kind?: string): FieldLabel | undefined {
  const name = path.slice(path.lastIndexOf('.') + 1);
  return (kind !== undefined ? FIELD_LABELS[`${kind}.${name}`] : undefined) ?? FIELD_LABELS[name];
}

/** The name of a field's value in `lang` (`'coking'` → `'焦化'`), or the value itself. @internal */
export function valueLabel(value: string, lang: 'zh' | 'en', kind?: string, field?: string): string {
  const own = kind !== undefined && field !== undefined ? VALUE_LABELS[`${kind}.${field}:${value}`] : undefined;
  return (own ?? VALUE_LABELS[value])?.[lang] ?? value;
}
