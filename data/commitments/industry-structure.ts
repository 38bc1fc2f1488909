import { PROVINCE, region, type CommitmentInput } from './shared.js';

/** The commitments of 三(一) 深入推进产业结构优化调整, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const INDUSTRY_STRUCTURE_COMMITMENTS = [
  // Task 1 ---------------------------------------------------------------------------------------
  {
    id: 'blind-project-curb',
    task: 1,
    kind: 'enforcement',
    text: {
      zh: '坚决遏制高耗能、高排放、低水平项目盲目上马',
      en: 'Firmly stop energy-intensive, high-emission, low-level projects from being launched blindly',
    },
    scope: PROVINCE,
    source: { clause: '三(一)1', quote: '坚决遏制高耗能、高排放、低水平项目盲目上马' },
  },
  // Task 2 ---------------------------------------------------------------------------------------
  {
    id: 'coking-green-assessment',
    task: 2,
    kind: 'programme',
    text: {
      zh: '开展焦化行业高质量绿色发展考核,全面提升焦化行业节能环保安全水平',
      en: 'Assess the coking industry on high-quality green development and raise its energy-saving, environmental and safety standards across the board',
    },
    scope: PROVINCE,
    source: { clause: '三(一)2', quote: '开展焦化行业高质量绿色发展考核,全面提升焦化行业节能环保安全水平' },
  },
  {
    id: 'supporting-coal-power',
    task: 2,
    kind: 'priority',
    text: {
      zh: '加快支撑性、调节性煤电项目建设，提高先进燃煤机组占比',
      en: 'Speed up building coal-power projects that support and regulate the grid, and raise the share of advanced coal-fired units',
    },
    scope: PROVINCE,
    rules: ['coal-unit-below-300mw'],
    source: { clause: '三(一)2', quote: '加快支撑性、调节性煤电项目建设,有序淘汰30万千瓦以下燃煤机组,提高先进燃煤机组占比' },
  },
  {
    id: 'coal-washing-upgrade',
    task: 2,
    kind: 'priority',
    text: {
      zh: '持续推进煤炭洗选行业产业升级,不断提升洗选企业标准化管理水平',
      en: "Keep upgrading the coal-washing industry and keep raising the standard of its firms' management",
    },
    scope: PROVINCE,
    source: { clause: '三(一)2', quote: '持续推进煤炭洗选行业产业升级,不断提升洗选企业标准化管理水平' },
  },
  // Task 3 ---------------------------------------------------------------------------------------
  {
    id: 'backward-capacity-exit',
    task: 3,
    kind: 'programme',
    text: {
      zh: '严格落实《产业结构调整指导目录》,依法依规推动落后产能退出',
      en: 'Apply the Catalogue for Guiding Industrial Restructuring strictly and have backward capacity exit lawfully',
    },
    scope: PROVINCE,
    rules: ['backward-capacity-exit'],
    note: {
      zh: '企业一侧（所列落后产能应退出）由规则 backward-capacity-exit 判断；本承诺记录各部门依法依规推动退出的职责，二者各有对象，故并存。',
      en: "The enterprise's side (listed backward capacity exits) is rule backward-capacity-exit; this commitment records the departments' duty to bring the exit about lawfully: two addressees, so both stand.",
    },
    source: { clause: '三(一)3', quote: '严格落实《产业结构调整指导目录》,依法依规推动落后产能退出' },
  },
  {
    id: 'fenhe-valley-stricter-standards',
    task: 3,
    kind: 'programme',
    text: {
      zh: '汾河谷地进一步提高落后产能能耗、环保、质量、安全、技术等标准要求,加快限制类涉气行业工艺装备升级改造和淘汰退出',
      en: 'In the Fen River valley, raise the energy, environmental, quality, safety and technical standards applied to backward capacity further, and speed up upgrading or phasing out the restricted-category process equipment of air-polluting industries',
    },
    scope: /* @__PURE__ */ region('fenhe-valley'),
    source: {
      clause: '三(一)3',
      quote: '汾河谷地进一步提高落后产能能耗、环保、质量、安全、技术等标准要求,加快限制类涉气行业工艺装备升级改造和淘汰退出',
    },
  },
  {
    id: 'steel-coking-sintering-integration',
    task: 3,
    kind: 'priority',
    text: { zh: '推行钢铁、焦化、烧结一体化布局', en: 'Promote integrated siting of steel, coking and sintering' },
    scope: PROVINCE,
    source: { clause: '三(一)3', quote: '推行钢铁、焦化、烧结一体化布局' },
  },
  {
    id: 'independent-plants-reduction',
    task: 3,
    kind: 'programme',
    text: {
      zh: '大幅减少独立焦化、烧结、球团和热轧企业及工序',
      en: 'Sharply reduce independent coking, sintering, pelletising and hot-rolling enterprises and processes',
    },
    scope: PROVINCE,
    note: {
      zh: '“大幅减少”无数值、无期限：记为计划而非目标。',
      en: '大幅减少 (sharply reduce) has no figure and no date: recorded as a programme, not a target.',
    },
    source: { clause: '三(一)3', quote: '大幅减少独立焦化、烧结、球团和热轧企业及工序' },
  },
  {
    id: 'backward-coal-washing-phase-out',
    task: 3,
    kind: 'programme',
    text: {
      zh: '持续淘汰落后煤炭洗选产能,促进煤炭洗选行业规范发展',
      en: 'Keep phasing out backward coal-washing capacity and bring the coal-washing industry into orderly development',
    },
    scope: PROVINCE,
    rules: ['coal-washing-capacity-replacement'],
    source: { clause: '三(一)3', quote: '持续淘汰落后煤炭洗选产能,促进煤炭洗选行业规范发展' },
  },
  {
    id: 'brick-kiln-rectification',
    task: 3,
    kind: 'programme',
    text: { zh: '开展砖瓦窑行业综合整治', en: 'Carry out a comprehensive clean-up of the brick and tile kiln industry' },
    scope: PROVINCE,
    source: { clause: '三(一)3', quote: '开展砖瓦窑行业综合整治' },
  },
  // Task 4 ---------------------------------------------------------------------------------------
  {
    id: 'cluster-project-approval',
    task: 4,
    kind: 'enforcement',
    text: { zh: '严格项目审批,严防污染下乡', en: 'Approve projects strictly and keep pollution from moving to the countryside' },
    scope: PROVINCE,
    rules: ['industry-cluster-plan'],
    note: {
      zh: '读作与前句同一主语：中小型传统制造企业集中的城市。',
      en: 'Read with the same subject as the clause before it: the cities where small and medium traditional manufacturers cluster.',
    },
    source: { clause: '三(一)4', quote: '严格项目审批,严防污染下乡' },
  },
  {
    id: 'cluster-shared-facilities',
    task: 4,
    kind: 'deliverable',
    text: {
      zh: '结合产业集群特点,因地制宜建设集中供热中心、集中喷涂中心、有机溶剂集中回收处置中心、活性炭集中再生中心',
      en: 'Build, as suits each cluster and place, shared heating centres, shared spray-painting centres, centres collecting and treating used organic solvents, and activated-carbon regeneration centres',
    },
    scope: PROVINCE,
    note: {
      zh: '“因地制宜”：建哪些中心、建几个，方案未定。',
      en: '因地制宜 (as suits the place): the plan fixes neither which centres nor how many.',
    },
    source: {
      clause: '三(一)4',
      quote: '结合产业集群特点,因地制宜建设集中供热中心、集中喷涂中心、有机溶剂集中回收处置中心、活性炭集中再生中心',
    },
  },
  // Task 6 ---------------------------------------------------------------------------------------
  {
    id: 'low-carbon-industry-bases',
    task: 6,
    kind: 'deliverable',
    text: {
      zh: '加大政策支持力度,建成一批特色低碳环保产业基地',
      en: 'Give more policy support and complete a number of distinctive low-carbon environmental industry bases',
    },
    scope: PROVINCE,
    targets: ['leading-low-carbon-groups'],
    note: { zh: '“一批”无数量、无期限。', en: '一批 (a number of) gives no count and no date.' },
    source: { clause: '三(一)6', quote: '加大政策支持力度,建成一批特色低碳环保产业基地' },
  },
  {
    id: 'low-price-bid-rectification',
    task: 6,
    kind: 'enforcement',
    text: {
      zh: '加大环保领域低价低质中标乱象治理力度,营造公平竞争环境',
      en: 'Act harder against winning environmental-protection tenders with low prices and low quality, for fair competition',
    },
    scope: PROVINCE,
    source: { clause: '三(一)6', quote: '加大环保领域低价低质中标乱象治理力度,营造公平竞争环境,推动产业健康有序发展' },
  },
] as const satisfies readonly CommitmentInput[];
