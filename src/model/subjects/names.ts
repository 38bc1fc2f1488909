// The names of the subject kinds and of the closed values of their fields, in Chinese and English
// (re-exported by src/model/subjects/labels.ts).
import { deepFreeze } from '../../freeze.js';
import type { NameLabel } from './labels.js';

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
export const KIND_LABELS: Readonly<Record<string, NameLabel>> = /* @__PURE__ */ deepFreeze({
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
  area: { zh: '设区市或县（市、区）', en: 'city or county' },
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
});

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
export const VALUE_LABELS: Readonly<Record<string, NameLabel>> = /* @__PURE__ */ deepFreeze({
  other: { zh: '其他', en: 'other' },
  // Task 13's new-energy and clean-energy trucks (含电动、氢能、甲醇汽车) and the fleets it names.
  hydrogen: { zh: '氢能', en: 'hydrogen' },
  methanol: { zh: '甲醇', en: 'methanol' },
  bus: { zh: '公交', en: 'bus' },
  taxi: { zh: '出租', en: 'taxi' },
  sanitation: { zh: '环卫', en: 'sanitation' },
  'postal-express': { zh: '邮政快递', en: 'post and express' },
  delivery: { zh: '物流配送', en: 'delivery' },
  escort: { zh: '押运', en: 'escort' },
  'muck-haulage': { zh: '渣土运输', en: 'muck haulage' },
  'short-haul': { zh: '短驳运输', en: 'short-haul transport' },
  'in-plant': { zh: '厂内运输', en: 'in-plant transport' },
  // The entry requirements of 三(一)1, in the plan's words.
  'industrial-planning': { zh: '国家及省产业规划', en: 'national and provincial industrial planning' },
  'industrial-policy': { zh: '产业政策', en: 'industrial policy' },
  'zoning-control': { zh: '生态环境分区管控方案', en: 'ecological-environmental zoning control' },
  'planning-eia': { zh: '规划环评', en: 'planning EIA' },
  'project-eia': { zh: '项目环评', en: 'project EIA' },
  'energy-review': { zh: '节能审查', en: 'energy-saving review' },
  'capacity-replacement': { zh: '产能置换', en: 'capacity replacement' },
  'pollutant-total-control': { zh: '重点污染物总量控制', en: 'total-amount control of key pollutants' },
  'regional-reduction': { zh: '污染物排放区域削减', en: 'regional reduction of emissions' },
  'carbon-peak': { zh: '碳排放达峰目标', en: 'carbon-peaking targets' },
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
  sump: { zh: '装置区集水井（池）', en: 'plant-area sump' },
  flare: { zh: '火炬燃烧装置', en: 'flare' },
  'large-dry-bulk-terminal': { zh: '城市大型干散货码头物料堆场', en: 'large dry-bulk terminal yard' },
  // Where a value means something else in one field.
  'industrial-park.type:coal-chemical': { zh: '煤化工类', en: 'coal-chemical' },
  'scenic-area.grade:other': { zh: '其他景区', en: 'other' },
});
