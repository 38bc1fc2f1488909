import { STEEL_EQUIPMENT_QUOTE, type RuleInput } from './shared.js';

/**
 * The obligation rules of 三(一) 深入推进产业结构优化调整 (Further optimise and adjust the industrial structure), keyed by id, in the order of its tasks. Assembled into
 * `RULES` by ./index.ts.
 * @internal
 */
export const INDUSTRY_STRUCTURE_RULES = {
  // Task 1 ---------------------------------------------------------------------------------------
  'project-entry-requirements': {
    id: 'project-entry-requirements',
    task: 1,
    title: {
      zh: '新改扩建项目严格落实产业规划、产业政策、生态环境分区管控方案、规划环评、项目环评、节能审查、产能置换、重点污染物总量控制、污染物排放区域削减、碳排放达峰目标等相关要求',
      en: 'New, rebuilt and expanded projects meet the industrial planning, industrial policy, ecological zoning, planning EIA, project EIA, energy-saving review, capacity replacement, key-pollutant total control, regional emission reduction and carbon-peaking requirements',
    },
    obligation: 'required',
    appliesTo: ['project'],
    thresholds: [],
    complianceFacts: ['entryRequirementsUnmet'],
    note: {
      zh: '十项要求作为核对清单：entryRequirementsUnmet 列出尚未落实的各项（空列表即全部落实）。清单以“等”结尾，所列十项之外的同类要求由调用方自行核对。“新改扩建”含迁建（在新址重新建设），见决策说明。',
      en: "The ten requirements are a checklist: entryRequirementsUnmet lists those not yet met (an empty list: all met). The list ends in 等: requirements of the same kind beyond the ten are the caller's to check. 新改扩建 includes relocation (building anew at a new site): see the decisions guide.",
    },
    source: {
      clause: '三(一)1',
      quote:
        '新改扩建项目严格落实国家及省产业规划、产业政策、生态环境分区管控方案、规划环评、项目环评、节能审查、产能置换、重点污染物总量控制、污染物排放区域削减、碳排放达峰目标等相关要求',
    },
  },
  'project-clean-transport': {
    id: 'project-clean-transport',
    task: 1,
    title: { zh: '新改扩建项目原则上采用清洁运输方式', en: 'New, rebuilt and expanded projects use clean transport, in principle' },
    obligation: 'required',
    appliesTo: ['project'],
    thresholds: [],
    complianceFacts: ['cleanTransport'],
    note: {
      zh: '方案用语为“原则上”，即一般情形下的要求。“新改扩建”含迁建：迁建是在新址重新建设（第12条“新建及迁建”写明了同一点），见决策说明。',
      en: "The plan says 原则上 (in principle): the rule as it stands in the ordinary case. 新改扩建 (new, rebuilt, expanded) includes relocation: a relocation builds the plant anew at its new site (task 12's 新建及迁建 spells the same out); see the decisions guide.",
    },
    source: {
      clause: '三(一)1',
      quote:
        '新改扩建项目严格落实国家及省产业规划、产业政策、生态环境分区管控方案、规划环评、项目环评、节能审查、产能置换、重点污染物总量控制、污染物排放区域削减、碳排放达峰目标等相关要求,原则上采用清洁运输方式',
    },
  },
  'capacity-replacement-close-first': {
    id: 'capacity-replacement-close-first',
    task: 1,
    title: {
      zh: '产能置换项目先关停被置换产能后投产（煤电项目除外）',
      en: 'Capacity-replacement projects start production only after the replaced capacity is closed (coal power excepted)',
    },
    obligation: 'required',
    appliesTo: ['project'],
    thresholds: [],
    complianceFacts: ['replacedCapacityClosed'],
    source: { clause: '三(一)1', quote: '涉及产能置换的项目(煤电项目除外),被置换产能及其配套设施关停后,新建项目方可投产' },
  },
  // Task 2 ---------------------------------------------------------------------------------------
  'long-process-steel-to-eaf': {
    id: 'long-process-steel-to-eaf',
    task: 2,
    title: {
      zh: '鼓励高炉—转炉长流程炼钢企业转型电炉短流程炼钢',
      en: 'Blast furnace–converter steel works are encouraged to switch to electric-arc steelmaking',
    },
    obligation: 'encouraged',
    appliesTo: ['enterprise'],
    thresholds: [],
    complianceFacts: ['steelRoute'],
    note: {
      zh: '方案限于“有条件的”企业；条件未作界定。',
      en: 'The plan says "works where conditions allow" (有条件的), without defining the conditions.',
    },
    source: { clause: '三(一)2', quote: '鼓励有条件的高炉—转炉长流程炼钢企业转型发展电炉短流程炼钢' },
  },
  'coking-project-benchmark': {
    id: 'coking-project-benchmark',
    task: 2,
    title: {
      zh: '在建、拟建焦化项目按能效标杆水平和环保深度治理要求设计、建设、运行',
      en: 'Coking projects under way or planned meet the energy-efficiency benchmark and deep-treatment requirements',
    },
    obligation: 'required',
    appliesTo: ['project'],
    thresholds: [],
    complianceFacts: ['meetsBenchmark'],
    source: { clause: '三(一)2', quote: '在建、拟建焦化项目应按照能效标杆水平和环保深度治理要求进行设计、建设和运行' },
  },
  'coal-unit-below-300mw': {
    id: 'coal-unit-below-300mw',
    task: 2,
    title: { zh: '有序淘汰30万千瓦以下燃煤机组', en: 'Coal-fired units below 300 MW are phased out in an orderly way' },
    obligation: 'phase-out',
    appliesTo: ['coal-power-unit'],
    thresholds: ['coal-unit-phase-out-max'],
    complianceFacts: ['shutDown'],
    source: { clause: '三(一)2', quote: '有序淘汰30万千瓦以下燃煤机组' },
  },
  // Task 3 ---------------------------------------------------------------------------------------
  'no-new-steel-capacity': {
    id: 'no-new-steel-capacity',
    task: 3,
    title: { zh: '严禁新增钢铁产能', en: 'No new steel capacity' },
    obligation: 'prohibited',
    appliesTo: ['project'],
    thresholds: [],
    complianceFacts: ['addsCapacity'],
    source: { clause: '三(一)3', quote: '严禁新增钢铁产能' },
  },
  'blast-furnace-restricted': {
    id: 'blast-furnace-restricted',
    task: 3,
    title: { zh: '1200立方米以下高炉淘汰退出，重点区域率先', en: 'Blast furnaces below 1200 m³ are phased out, the key region first' },
    obligation: 'phase-out',
    appliesTo: ['blast-furnace'],
    thresholds: ['blast-furnace-restricted-max'],
    complianceFacts: ['shutDown'],
    note: {
      zh: '方案未给期限；“重点区域率先”只定先后，见 facts.inKeyRegion。',
      en: 'The plan sets no date; "the key region first" sets the order only (see facts.inKeyRegion).',
    },
    source: { clause: '三(一)3', quote: STEEL_EQUIPMENT_QUOTE },
  },
  'converter-restricted': {
    id: 'converter-restricted',
    task: 3,
    title: { zh: '100吨以下转炉淘汰退出，重点区域率先', en: 'Converters below 100 t are phased out, the key region first' },
    obligation: 'phase-out',
    appliesTo: ['converter'],
    thresholds: ['converter-restricted-max'],
    complianceFacts: ['shutDown'],
    note: {
      zh: '方案未给期限；“重点区域率先”只定先后，见 facts.inKeyRegion。',
      en: 'The plan sets no date; "the key region first" sets the order only (see facts.inKeyRegion).',
    },
    source: { clause: '三(一)3', quote: STEEL_EQUIPMENT_QUOTE },
  },
  'electric-arc-furnace-restricted': {
    id: 'electric-arc-furnace-restricted',
    task: 3,
    title: {
      zh: '100吨以下电炉（合金钢50吨以下）淘汰退出，重点区域率先',
      en: 'Electric arc furnaces below 100 t (alloy steel: below 50 t) are phased out, the key region first',
    },
    obligation: 'phase-out',
    appliesTo: ['electric-arc-furnace'],
    thresholds: ['eaf-restricted-max', 'eaf-alloy-restricted-max'],
    complianceFacts: ['shutDown'],
    note: {
      zh: '方案未给期限；“重点区域率先”只定先后，见 facts.inKeyRegion。',
      en: 'The plan sets no date; "the key region first" sets the order only (see facts.inKeyRegion).',
    },
    source: { clause: '三(一)3', quote: STEEL_EQUIPMENT_QUOTE },
  },
  'outdated-sinter-pellet-ferroalloy': {
    id: 'outdated-sinter-pellet-ferroalloy',
    task: 3,
    title: {
      zh: '逐步淘汰步进式烧结机、球团竖炉和半封闭式硅锰合金、镍铁、高碳铬铁、高碳锰铁电炉',
      en: 'Stepping sinter machines, pellet shaft furnaces and semi-closed SiMn, FeNi, HC FeCr and HC FeMn furnaces are phased out step by step',
    },
    obligation: 'phase-out',
    appliesTo: ['sinter-machine', 'pellet-furnace', 'ferroalloy-furnace'],
    thresholds: [],
    complianceFacts: ['shutDown'],
    note: {
      zh: '全省无期限；太原盆地另有2024年10月底前的期限（规则 taiyuan-basin-outdated-equipment），在盆地内时以后者为准。',
      en: 'No date province-wide; in the Taiyuan basin the earlier deadline of 2024-10-31 applies instead (rule taiyuan-basin-outdated-equipment).',
    },
    source: { clause: '三(一)3', quote: '逐步淘汰步进式烧结机和球团竖炉以及半封闭式硅锰合金、镍铁、高碳铬铁、高碳锰铁电炉' },
  },
  'backward-capacity-exit': {
    id: 'backward-capacity-exit',
    task: 3,
    title: {
      zh: '《产业结构调整指导目录》所列落后产能依法依规退出',
      en: 'Backward capacity listed by the Catalogue for Guiding Industrial Restructuring exits, as the law provides',
    },
    obligation: 'phase-out',
    appliesTo: ['enterprise'],
    thresholds: [],
    complianceFacts: ['backwardCapacityExited'],
    note: {
      zh: '“落后产能”读作目录淘汰类所列的工艺装备和产品；由调用方说明（backwardCapacity）。方案未给期限。',
      en: '"Backward capacity" is read as the processes, equipment and products the Catalogue lists for elimination (淘汰类); the caller says so (backwardCapacity). The plan sets no date.',
    },
    source: { clause: '三(一)3', quote: '严格落实《产业结构调整指导目录》,依法依规推动落后产能退出' },
  },
  'coal-washing-capacity-replacement': {
    id: 'coal-washing-capacity-replacement',
    task: 3,
    title: { zh: '社会独立煤炭洗选新增产能减量置换', en: 'New capacity of independent coal washing is added only by reduced replacement' },
    obligation: 'required',
    appliesTo: ['project'],
    thresholds: [],
    complianceFacts: ['capacityReplacementDone'],
    source: { clause: '三(一)3', quote: '严格落实社会独立煤炭洗选新增产能减量置换政策' },
  },
  // Task 4 ---------------------------------------------------------------------------------------
  'industry-cluster-plan': {
    id: 'industry-cluster-plan',
    task: 4,
    title: {
      zh: '中小型传统制造企业集中的城市制定涉气产业集群发展规划',
      en: 'Cities where small traditional manufacturers concentrate draw up development plans for air-polluting clusters',
    },
    obligation: 'required',
    appliesTo: ['area'],
    thresholds: [],
    complianceFacts: ['clusterPlanDone'],
    source: { clause: '三(一)4', quote: '中小型传统制造企业集中的城市要制定涉气产业集群发展规划' },
  },
  'characteristic-cluster-upgrade': {
    id: 'characteristic-cluster-upgrade',
    task: 4,
    title: {
      zh: '特色产业集群按“淘汰关停一批、做优做强一批”升级改造',
      en: 'Characteristic industry clusters are upgraded: some closed, some strengthened',
    },
    obligation: 'required',
    appliesTo: ['industry-cluster'],
    thresholds: [],
    complianceFacts: ['upgradeDone'],
    note: {
      zh: '方案所列集群以“等”结尾；未列出的集群须由调用方说明是否属特色产业集群（characteristic）。',
      en: "The plan's list ends in 等 (etc.): for a cluster it does not name, the caller says whether the city counts it as characteristic.",
    },
    source: {
      clause: '三(一)4',
      quote:
        '推进太原市铸造,大同市富锰渣冶炼,朔州市陶瓷,忻州市独立球团、法兰,吕梁市铸造、耐火材料、硝基肥、再生橡胶,晋中市铸造、炭素、玻璃制品、再生橡胶,阳泉市耐火材料,晋城市铸造、陶瓷,运城市金属镁、包装印刷等特色产业集群升级改造',
    },
  },
  // Task 5 ---------------------------------------------------------------------------------------
  'high-vocs-project-control': {
    id: 'high-vocs-project-control',
    task: 5,
    title: {
      zh: '严格控制生产和使用高VOCs含量原辅材料的建设项目',
      en: 'Projects making or using high-VOCs coatings, inks, adhesives or cleaners are strictly controlled',
    },
    obligation: 'required',
    appliesTo: ['project'],
    thresholds: [],
    complianceFacts: [],
    complianceNote: {
      zh: '“严格控制”是审批部门对此类项目的管控，不是项目自身可完成或违反的状态，主体事实无从记录。',
      en: "严格控制 (strict control) is the approving authorities' handling of such projects, not a state the project itself reaches or breaches: no fact of the subject records it.",
    },
    note: {
      zh: '“严格控制”不等于禁止：项目须经环评准入从严把关。',
      en: '严格控制 (strict control) is not a ban: the project faces strict environmental-impact screening.',
    },
    source: { clause: '三(一)5', quote: '严格控制生产和使用高 VOCs含量涂料、油墨、胶粘剂、清洗剂等建设项目' },
  },
  'industrial-low-vocs-substitution': {
    id: 'industrial-low-vocs-substitution',
    task: 5,
    title: {
      zh: '工业涂装、包装印刷、电子等行业低（无）VOCs原辅材料源头替代',
      en: 'Industrial coating, packaging printing and electronics switch to low- or no-VOCs materials at source',
    },
    obligation: 'required',
    appliesTo: ['vocs-material', 'enterprise'],
    thresholds: [],
    complianceFacts: ['lowVocsCompliant'],
    source: { clause: '三(一)5', quote: '大力推进工业涂装、包装印刷、电子等行业企业低(无)VOCs含量原辅材料的源头替代' },
  },
  'vocs-compliant-end-of-pipe-exemption': {
    id: 'vocs-compliant-end-of-pipe-exemption',
    task: 5,
    title: {
      zh: '使用合规低VOCs产品且排放稳定达标的工序可不建末端治理设施',
      en: 'Processes using compliant low-VOCs products with compliant emissions may go without end-of-pipe treatment',
    },
    obligation: 'exempt',
    appliesTo: ['vocs-material'],
    thresholds: [],
    complianceFacts: [],
    complianceNote: {
      zh: '此条是豁免（可不建末端治理设施），不设须满足的义务。',
      en: 'An exemption (may do without end-of-pipe treatment): it sets no duty to meet.',
    },
    source: {
      clause: '三(一)5',
      quote:
        '采用符合国家有关低VOCs含量产品规定的涂料、油墨、清洗剂、胶粘剂等,排放浓度稳定达标且排放速率、排放绩效等满足相关规定的,相应生产工序可不要求建设末端治理设施',
    },
  },
  'vocs-low-content-fugitive-exemption': {
    id: 'vocs-low-content-fugitive-exemption',
    task: 5,
    title: {
      zh: 'VOCs含量低于10%的工序可不采取无组织排放收集措施',
      en: 'Processes whose materials hold less than 10% VOCs may go without fugitive-emission collection',
    },
    obligation: 'exempt',
    appliesTo: ['vocs-material'],
    thresholds: ['vocs-low-content-max'],
    complianceFacts: [],
    complianceNote: {
      zh: '此条是豁免（可不采取无组织排放收集措施），不设须满足的义务。',
      en: 'An exemption (may do without fugitive-emission collection): it sets no duty to meet.',
    },
    source: { clause: '三(一)5', quote: '使用的原辅材料VOCs含量(质量比)低于10%的工序,可不要求采取无组织排放收集措施' },
  },
  'building-low-vocs': {
    id: 'building-low-vocs',
    task: 5,
    title: {
      zh: '房屋建筑和市政工程全面推广使用低（无）VOCs涂料和胶粘剂',
      en: 'Building and municipal works use low- or no-VOCs coatings and adhesives across the board',
    },
    obligation: 'required',
    appliesTo: ['vocs-material'],
    thresholds: [],
    complianceFacts: ['lowVocsCompliant'],
    note: {
      zh: '“全面推广使用”读作要求：“全面”使之及于一切房屋建筑和市政工程，强于同段读作要求的“推动……使用”（规则 floor-structure-marking-low-vocs）。',
      en: "全面推广使用 (promote use across the board) is read as a requirement: 全面 extends it to every building and municipal work, which is stronger than the same paragraph's 推动……使用, read as required (rule floor-structure-marking-low-vocs).",
    },
    source: { clause: '三(一)5', quote: '在房屋建筑和市政工程中,全面推广使用低(无)VOCs含量涂料和胶粘剂' },
  },
  'floor-structure-marking-low-vocs': {
    id: 'floor-structure-marking-low-vocs',
    task: 5,
    title: {
      zh: '室内地坪、室外构筑物防护和道路交通标志使用低（无）VOCs涂料（特殊功能要求除外）',
      en: 'Indoor floors, outdoor structure protection and road markings use low- or no-VOCs coatings (special functions excepted)',
    },
    obligation: 'required',
    appliesTo: ['vocs-material'],
    thresholds: [],
    complianceFacts: ['lowVocsCompliant'],
    source: { clause: '三(一)5', quote: '推动除特殊功能要求外的室内地坪施工、室外构筑物防护和道路交通标志喷涂使用低(无)VOCs含量涂料' },
  },
  'vocs-content-limits': {
    id: 'vocs-content-limits',
    task: 5,
    title: {
      zh: '生产、销售、进口、使用环节严格执行VOCs含量限值标准',
      en: 'VOCs content limits apply in production, sale, import and use',
    },
    obligation: 'required',
    appliesTo: ['vocs-material'],
    thresholds: [],
    complianceFacts: ['withinContentLimit'],
    source: { clause: '三(一)5', quote: '在生产、销售、进口、使用等环节严格执行VOCs含量限值标准' },
  },
} as const satisfies Record<string, RuleInput>;
