/**
 * The words a person reads for each field of a subject: a Chinese and an English label, the unit, and a
 * one-line help, defined once here beside the subject schemas and used by the explorer, the rules guide's
 * tables and the error messages (`锅炉容量(蒸吨/小时) 无效:…`).
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

/**
 * Every subject field's label, keyed by the field's name (`capacityTph`). A field whose meaning differs
 * between kinds is keyed `kind.field` (`'coal-boiler.use'`), looked up before the plain name.
 * (Being filled in by the site work: fields not listed yet fall back to their name.)
 * @category Rules
 */
export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  capacityTph: { zh: '锅炉容量', en: 'boiler capacity', unit: '蒸吨/小时', unitEn: 't/h' },

  // Compliance facts (issue 21): the facts that record a rule's duty done or breached (see each rule's complianceFacts).
  shutDown: {
    zh: '已淘汰关停',
    en: 'shut down',
    help: '已淘汰、关停、拆除或清零(含整合后不再运行)',
    helpEn: 'retired, shut, dismantled or cleared (merged away included)',
  },
  ultraLowRetrofitDone: {
    zh: '已完成超低排放改造',
    en: 'ultra-low-emission retrofit done',
    help: '已完成超低排放改造',
    helpEn: 'the ultra-low-emission retrofit is finished',
  },
  cleanTransport: {
    zh: '采用清洁运输方式',
    en: 'clean transport',
    help: '采用铁路、管道、封闭式皮带廊道或新能源车辆等清洁运输方式',
    helpEn: 'moves its goods by rail, pipeline, closed belt conveyor or new-energy vehicles',
  },
  replacedCapacityClosed: {
    zh: '被置换产能已关停',
    en: 'replaced capacity closed',
    help: '被置换产能及其配套设施已关停',
    helpEn: 'the replaced capacity and its facilities are shut',
  },
  meetsBenchmark: {
    zh: '按能效标杆和深度治理要求建设运行',
    en: 'built to the benchmark',
    help: '按能效标杆水平和环保深度治理要求设计、建设和运行',
    helpEn: 'designed, built and run to the energy-efficiency benchmark and deep-treatment requirements',
  },
  coalReplacementDone: {
    zh: '已实行煤炭减量替代',
    en: 'coal reduction-replacement done',
    help: '已依法实行煤炭减量替代',
    helpEn: 'its coal use is offset by reductions elsewhere, as the law requires',
  },
  capacityReplacementDone: {
    zh: '已实行产能减量置换',
    en: 'capacity reduction-replacement done',
    help: '新增产能已实行减量置换',
    helpEn: 'its added capacity is offset by a larger reduction elsewhere',
  },
  eiaConsultationDone: {
    zh: '已开展环评一致性会商',
    en: 'joint EIA consultation held',
    help: '已开展环评一致性会商',
    helpEn: 'the joint environmental-impact consultation has been held',
  },
  entryRequirementsUnmet: {
    zh: '未落实的准入要求',
    en: 'entry requirements not met',
    help: '三(一)1所列相关要求中尚未落实的各项(空列表即全部落实)',
    helpEn: 'which of the entry requirements of task 1 are not yet met (an empty list: all met)',
  },
  lowVocsCompliant: {
    zh: '符合低VOCs含量产品规定',
    en: 'low-VOCs compliant',
    help: '所用原辅材料符合国家低(无)VOCs含量产品规定',
    helpEn: 'its materials meet the national low- (or no-) VOCs product rules',
  },
  dustControlDone: {
    zh: '已落实扬尘管控',
    en: 'dust control done',
    help: '已完成抑尘设施建设和封闭改造,无组织扬尘全过程管控',
    helpEn: 'dust suppression and enclosure are in place',
  },
  videoInstalled: {
    zh: '已安装视频监控',
    en: 'video monitoring installed',
    help: '已安装视频监控并接入监管平台',
    helpEn: 'video monitoring is installed and connected',
  },
  ldarDone: {
    zh: '已开展泄漏检测与修复',
    en: 'LDAR in place',
    help: '已规范开展泄漏检测与修复(LDAR)',
    helpEn: 'leak detection and repair is carried out as the rules require',
  },
  shutdownVocsCollected: {
    zh: '开停工检维修VOCs已收集处理',
    en: 'shutdown VOCs collected',
    help: '开停工、检维修期间VOCs废气已及时收集处理',
    helpEn: 'VOCs released at shutdowns and maintenance are collected and treated',
  },
  deepTreatmentDone: {
    zh: '已完成深度治理',
    en: 'deep treatment done',
    help: '已完成行业污染深度治理',
    helpEn: 'the deep treatment of its industry is done',
  },
  emissionsCompliant: {
    zh: '稳定达标排放',
    en: 'emissions compliant',
    help: '排放稳定达到标准',
    helpEn: 'its emissions stably meet the standards',
  },
  bypassMonitored: {
    zh: '旁路已安装在线监控和备用设施',
    en: 'bypass monitored',
    help: '保留的旁路已安装在线监控及备用处置设施',
    helpEn: 'the bypass it keeps has online monitoring and standby treatment',
  },
  onlineMonitoringInstalled: {
    zh: '已安装运行在线监测系统',
    en: 'online monitoring installed',
    help: '已安装运行在线监测系统',
    helpEn: 'an online monitoring system is installed and running',
  },
  ammoniaSlipMonitorInstalled: {
    zh: '已安装氨逃逸监测设备',
    en: 'ammonia-slip monitor installed',
    help: '已安装氨逃逸监测设备并联网',
    helpEn: 'ammonia-slip monitoring is installed and networked',
  },
  relocationDone: {
    zh: '已搬迁退出',
    en: 'relocated or closed',
    help: '已从建成区搬迁或退出',
    helpEn: 'it has moved out of the built-up area or closed',
  },
  onEmergencyList: {
    zh: '已纳入应急减排清单',
    en: 'on the emergency list',
    help: '已纳入重污染天气应急减排清单',
    helpEn: 'it is on the heavy-pollution emergency reduction list',
  },
  conditionMonitoringInstalled: {
    zh: '已安装工况监控',
    en: 'operating-condition monitoring installed',
    help: '已安装工况监控',
    helpEn: 'operating-condition monitoring is installed',
  },
  powerMonitoringInstalled: {
    zh: '已安装用电(用能)监控',
    en: 'power monitoring installed',
    help: '已安装用电(用能)监控',
    helpEn: 'electricity (energy) monitoring is installed',
  },
  environmentalOffence: {
    zh: '有环境违法行为',
    en: 'environmental offence',
    help: '存在偷排偷放、超标排放、监测数据弄虚作假或不正常运行治理设施等行为',
    helpEn: 'it discharges secretly, exceeds limits, falsifies monitoring or runs treatment abnormally',
  },
  falsification: { zh: '参与弄虚作假', en: 'falsification', help: '参与弄虚作假', helpEn: 'it took part in falsification' },
  informationDisclosed: {
    zh: '已公开环境信息',
    en: 'information disclosed',
    help: '已及时公开自行监测、排放、治理或环保信息',
    helpEn: 'it discloses its monitoring, emissions and treatment (or environmental) information',
  },
  backwardCapacityExited: {
    zh: '落后产能已退出',
    en: 'backward capacity retired',
    help: '《产业结构调整指导目录》所列落后产能已退出',
    helpEn: 'the backward capacity the Catalogue lists has been retired',
  },
  heavyPolluter: {
    zh: '属重污染企业',
    en: 'heavy polluter',
    help: '属三(六)24“等重污染企业”(钢铁、焦化、水泥、煤电、铁合金、化工以外的行业由调用方判断)',
    helpEn: 'it is a heavy polluter as task 24 means it (other sectors than those the plan names: the caller judges)',
  },
  upgradeDone: {
    zh: '已完成升级改造',
    en: 'upgrade done',
    help: '已按“淘汰关停一批、做优做强一批”完成升级改造',
    helpEn: 'the upgrade is done',
  },
  clusterPlanDone: {
    zh: '已制定产业集群发展规划',
    en: 'cluster plan made',
    help: '已制定涉气产业集群发展规划',
    helpEn: 'its air-related industry-cluster plan is made',
  },
  coalConsumptionBelow2020: {
    zh: '煤炭消费量低于2020年',
    en: 'coal use below 2020',
    help: '2025年煤炭消费量低于2020年(负增长)',
    helpEn: 'its 2025 coal consumption is below 2020',
  },
  banZoneDesignated: {
    zh: '已划定禁燃区',
    en: 'ban zone designated',
    help: '已划为高污染燃料禁燃区和“禁煤区”',
    helpEn: 'it is designated a high-polluting-fuel and coal ban zone',
  },
  publicVehiclesClean: {
    zh: '公共领域车辆已新能源化',
    en: 'public vehicles clean',
    help: '公共领域车辆基本实现新能源及清洁能源',
    helpEn: 'its public-sector vehicles are new-energy or clean-energy vehicles',
  },
  attainmentPlanPublished: {
    zh: '已编制公开限期达标规划',
    en: 'attainment plan published',
    help: '已编制实施限期达标规划并向社会公开',
    helpEn: 'its attainment plan is made and published',
  },
  implementationPlanMade: {
    zh: '已制定本地实施方案',
    en: 'implementation plan made',
    help: '已制定本地实施方案',
    helpEn: 'its local implementation plan is made',
  },
  treatmentDone: {
    zh: '已完成整治',
    en: 'treatment done',
    help: '已完成环境问题排查整治或综合治理',
    helpEn: 'its environmental problems are found and treated',
  },
  monitoringStationBuilt: {
    zh: '已建空气质量监测站点',
    en: 'monitoring station built',
    help: '已建成空气质量监测站点',
    helpEn: 'an air-quality monitoring station is built',
  },
  lowNoxCompliant: {
    zh: '稳定达到低氮排放',
    en: 'low-NOx compliant',
    help: '稳定达到低氮排放要求',
    helpEn: 'it stably meets the low-NOx requirement',
  },
  cleanEnergyDone: {
    zh: '已实施清洁能源替代',
    en: 'clean-energy switch done',
    help: '已以清洁能源替代燃煤',
    helpEn: 'it has switched to clean energy',
  },
  backward: {
    zh: '属落后机组',
    en: 'backward unit',
    help: '属落后燃煤小热电机组(方案未给标准,由调用方判断)',
    helpEn: 'it is a backward small CHP unit (the plan sets no test: the caller judges)',
  },
  burnsStraw: { zh: '焚烧秸秆', en: 'burns straw', help: '有秸秆露天焚烧', helpEn: 'straw is burnt in the open' },
  deepPlacement: {
    zh: '氮肥机械深施',
    en: 'deep placement',
    help: '采用氮肥机械深施',
    helpEn: 'nitrogen fertiliser is placed deep by machine',
  },
  lowProteinFeed: { zh: '采用低蛋白日粮', en: 'low-protein feed', help: '采用低蛋白日粮技术', helpEn: 'it feeds low-protein rations' },
  closedHousing: { zh: '圈舍封闭管理', en: 'closed housing', help: '圈舍封闭管理', helpEn: 'its housing is closed' },
  manureEnclosed: {
    zh: '粪污设施封闭',
    en: 'manure enclosed',
    help: '粪污输送、存储及处理设施封闭',
    helpEn: 'manure conveying, storage and treatment are enclosed',
  },
  byRail: { zh: '采用铁路运输', en: 'by rail', help: '采用铁路运输', helpEn: 'it goes by rail' },
  railSidingBuilt: {
    zh: '已接入铁路专用线或管道',
    en: 'rail siding built',
    help: '已接入铁路专用线或管道',
    helpEn: 'it is connected to a rail siding or pipeline',
  },
  tampered: {
    zh: '拆改污染控制装置或超标',
    en: 'tampered',
    help: '拆除污染控制装置、篡改OBD或超标排放',
    helpEn: 'pollution controls removed, OBD tampered with, or emissions over the limits',
  },
  inspectionPassed: {
    zh: '排放检验合格',
    en: 'inspection passed',
    help: '按排放检验与维护制度检验合格',
    helpEn: 'it passes its emission inspection and maintenance',
  },
  newEnergy: { zh: '新能源', en: 'new energy', help: '为新能源机械(已更新改造)', helpEn: 'it runs on new energy' },
  rectified: { zh: '已整治', en: 'rectified', help: '已完成专项整治', helpEn: 'it has been dealt with by the special rectification' },
  sellsNonStandardFuel: {
    zh: '销售非标油品',
    en: 'sells non-standard fuel',
    help: '将非标油品作为发动机燃料销售',
    helpEn: 'it sells non-standard oil as engine fuel',
  },
  sectionalConstruction: { zh: '分段施工', en: 'built in sections', help: '实行分段施工', helpEn: 'it is built in sections' },
  dedicatedFlue: { zh: '已建专用烟道', en: 'dedicated flue', help: '已设计建设餐饮专用烟道', helpEn: 'a dedicated catering flue is built' },
  withinContentLimit: {
    zh: '符合VOCs含量限值',
    en: 'within content limit',
    help: 'VOCs含量符合限值标准',
    helpEn: 'its VOCs content meets the limit standard',
  },
  lowLeakValves: {
    zh: '低泄漏呼吸阀并定期检测',
    en: 'low-leak valves',
    help: '使用低泄漏呼吸阀、紧急泄压阀并定期密封性检测',
    helpEn: 'low-leak breather and emergency relief valves, tested for tightness regularly',
  },
  sealedCoupling: { zh: '密封式快速接头', en: 'sealed coupling', help: '使用密封式快速接头', helpEn: 'it uses sealed quick couplings' },
  gasCollected: {
    zh: '有机废气已收集处理',
    en: 'gas collected',
    help: '有机废气已(密闭、单独)收集处理',
    helpEn: 'its organic waste gas is collected (closed, apart) and treated',
  },
  usedForRoutineTreatment: {
    zh: '火炬用作日常处理设施',
    en: 'flare used routinely',
    help: '将火炬燃烧装置作为日常大气污染处理设施',
    helpEn: 'the flare serves as routine air-pollution treatment',
  },
};

/**
 * The label of a field path as a person reads it in `lang` (`'subject.capacityTph'` → `'锅炉容量(蒸吨/小时)'`),
 * or the path itself where no label is defined.
 * @internal
 */
export function fieldLabel(path: string, lang: 'zh' | 'en', kind?: string): string {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const label = (kind !== undefined ? FIELD_LABELS[`${kind}.${name}`] : undefined) ?? FIELD_LABELS[name];
  if (label === undefined) return path;
  const unit = lang === 'zh' ? label.unit : label.unitEn;
  const text = lang === 'zh' ? label.zh : label.en;
  return unit === undefined ? text : lang === 'zh' ? `${text}(${unit})` : `${text} (${unit})`;
}
