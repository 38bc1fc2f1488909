import { deepFreeze } from '../../src/freeze.js';
import type { DeepReadonly } from '../../src/model/readonly.js';
import type { TargetMetric } from '../../src/model/target.js';

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
