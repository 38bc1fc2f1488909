import { PROVINCE, city, region, type CommitmentInput } from './shared.js';

/** The commitments of 三(七) 完善大气环境管理体系, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const MANAGEMENT_SYSTEM_COMMITMENTS = [
  // Task 26 --------------------------------------------------------------------------------------
  {
    id: 'datong-consolidation',
    task: 26,
    kind: 'priority',
    text: { zh: '大同市推进空气质量巩固改善', en: 'Datong consolidates and improves its air quality' },
    scope: /* @__PURE__ */ city('datong'),
    targets: ['pm25-2025-datong'],
    note: {
      zh: '大同市不在“其他空气质量未达标的设区城市”之列，不编制限期达标规划。',
      en: 'Datong is not among "the other cities that do not meet the standard" and draws up no attainment plan.',
    },
    source: { clause: '三(七)26', quote: '大同市推进空气质量巩固改善' },
  },
  // Task 27 --------------------------------------------------------------------------------------
  {
    id: 'taiyuan-area-joint-mechanism',
    task: 27,
    kind: 'deliverable',
    text: {
      zh: '完善太原及周边重点区域省市联管、省市联建、省市联防机制',
      en: 'Complete the mechanisms by which province and cities jointly manage, build and defend Taiyuan and its surrounding key area',
    },
    scope: /* @__PURE__ */ region('taiyuan-and-surroundings'),
    source: { clause: '三(七)27', quote: '完善太原及周边重点区域省市联管、省市联建、省市联防机制' },
  },
  {
    id: 'fenhe-valley-joint-control',
    task: 27,
    kind: 'priority',
    text: {
      zh: '统筹推进汾河谷地大气污染联防联控',
      en: 'Coordinate joint air-pollution prevention and control across the Fen River valley',
    },
    scope: /* @__PURE__ */ region('fenhe-valley'),
    source: { clause: '三(七)27', quote: '统筹推进汾河谷地大气污染联防联控' },
  },
  {
    id: 'basins-joint-guidance',
    task: 27,
    kind: 'priority',
    text: {
      zh: '加强对大同盆地、忻定盆地、上党盆地大气污染联防工作的指导',
      en: 'Give more guidance to the joint air-pollution work of the Datong, Xinding and Shangdang basins',
    },
    scope: [
      { kind: 'region', region: 'datong-basin' },
      { kind: 'region', region: 'xinding-basin' },
      { kind: 'region', region: 'shangdang-basin' },
    ],
    source: { clause: '三(七)27', quote: '加强对大同盆地、忻定盆地、上党盆地大气污染联防工作的指导' },
  },
  {
    id: 'cross-border-joint-control',
    task: 27,
    kind: 'priority',
    text: {
      zh: '积极推进晋城市与河南省交界城市、运城市与陕西省交界城市开展联防联控',
      en: 'Promote joint prevention and control between Jincheng and the bordering cities of Henan, and between Yuncheng and the bordering cities of Shaanxi',
    },
    scope: [
      { kind: 'city', city: 'jincheng' },
      { kind: 'city', city: 'yuncheng' },
    ],
    source: { clause: '三(七)27', quote: '积极推进晋城市与河南省交界城市、运城市与陕西省交界城市开展联防联控' },
  },
  {
    id: 'eia-consultation-mechanism',
    task: 27,
    kind: 'deliverable',
    text: {
      zh: '建立重大项目环评会商机制',
      en: 'Establish a consultation mechanism for the environmental impact assessment of major projects',
    },
    scope: PROVINCE,
    rules: ['major-project-eia-consultation'],
    source: { clause: '三(七)27', quote: '建立重大项目环评会商机制' },
  },
  // Task 28 --------------------------------------------------------------------------------------
  {
    id: 'emergency-plan-system',
    task: 28,
    kind: 'deliverable',
    text: {
      zh: '完善省市县三级重污染天气应急预案体系,明确各级政府部门责任分工,规范重污染天气预警启动、响应、解除工作流程',
      en: "Complete the heavy-pollution emergency plans at province, city and county level, set out each government department's responsibilities, and standardise how alerts are started, responded to and lifted",
    },
    scope: PROVINCE,
    source: {
      clause: '三(七)28',
      quote: '完善省市县三级重污染天气应急预案体系,明确各级政府部门责任分工,规范重污染天气预警启动、响应、解除工作流程',
    },
  },
  {
    id: 'heavy-pollution-response-mechanism',
    task: 28,
    kind: 'deliverable',
    text: {
      zh: '完善每日会商、提前预警、区域联动、协商减排、差异管控、监督帮扶的重污染天气应对工作机制,强化区域重污染天气应急联动',
      en: 'Complete the heavy-pollution response mechanism — daily consultation, early warning, regional coordination, negotiated reductions, differentiated control, supervision and assistance — and strengthen regional emergency coordination',
    },
    scope: PROVINCE,
    note: {
      zh: '承诺是完善机制；机制中的“每日会商”另列为每日的经常性承诺（heavy-pollution-daily-consultation）。',
      en: 'The commitment is to complete the mechanism; its daily consultation (每日会商) is listed apart as a daily recurring commitment (heavy-pollution-daily-consultation).',
    },
    source: {
      clause: '三(七)28',
      quote: '完善每日会商、提前预警、区域联动、协商减排、差异管控、监督帮扶的重污染天气应对工作机制,强化区域重污染天气应急联动',
    },
  },
  {
    id: 'heavy-pollution-daily-consultation',
    task: 28,
    kind: 'recurring',
    frequency: 'daily',
    text: {
      zh: '每日会商',
      en: 'Consult daily on the air-quality outlook (the heavy-pollution response)',
    },
    scope: PROVINCE,
    note: {
      zh: '“每日会商”是重污染天气应对工作机制的运行方式，读作每日一次；时间表（schedule）不逐日列出。',
      en: 'The daily consultation is how the heavy-pollution response runs, read as once a day; the schedule does not list it day by day.',
    },
    source: { clause: '三(七)28', quote: '完善每日会商' },
  },
  {
    id: 'performance-grading-upgrade',
    task: 28,
    kind: 'programme',
    text: {
      zh: '按照国家重点行业企业绩效分级指标体系要求,规范企业绩效分级管理流程,持续开展绩效等级“创A升B”行动',
      en: 'Standardise enterprise performance grading by the national indicator system for key industries, and keep running the "strive for A, rise to B" campaign',
    },
    scope: PROVINCE,
    source: { clause: '三(七)28', quote: '按照国家重点行业企业绩效分级指标体系要求,规范企业绩效分级管理流程,持续开展绩效等级“创A升B”行动' },
  },
  {
    id: 'one-plant-one-policy',
    task: 28,
    kind: 'deliverable',
    text: {
      zh: '规范应急减排清单修订,科学合理制定重点行业企业“一厂一策”差异化管控措施',
      en: 'Standardise how the emergency reduction list is revised, and set differentiated "one plant, one policy" control measures for enterprises of key industries on a sound basis',
    },
    scope: PROVINCE,
    rules: ['emergency-reduction-list'],
    source: { clause: '三(七)28', quote: '规范应急减排清单修订,科学合理制定重点行业企业“一厂一策”差异化管控措施' },
  },
] as const satisfies readonly CommitmentInput[];
