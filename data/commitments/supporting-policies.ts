import { PROVINCE, type CommitmentInput } from './shared.js';

/** The commitments of 三(九) 完善配套支持政策, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const SUPPORTING_POLICY_COMMITMENTS = [
  // Task 32 --------------------------------------------------------------------------------------
  {
    id: 'air-regulation-revision',
    task: 32,
    kind: 'deliverable',
    text: {
      zh: '根据新修订的国家大气污染防治法,启动修订《山西省大气污染防治条例》',
      en: 'Start revising the Shanxi Air Pollution Prevention and Control Regulations in line with the newly revised national Air Pollution Prevention and Control Law',
    },
    scope: PROVINCE,
    note: {
      zh: '承诺的是“启动”修订，不是完成修订；方案未写期限。',
      en: 'What is committed is to start (启动) the revision, not to finish it; the plan gives no date.',
    },
    source: { clause: '三(九)32', quote: '根据新修订的国家大气污染防治法,启动修订《山西省大气污染防治条例》' },
  },
  {
    id: 'local-emission-standards',
    task: 32,
    kind: 'deliverable',
    text: {
      zh: '加快焦化、水泥、煤制氮肥等行业地方大气污染物排放标准制修订',
      en: 'Speed up drafting and revising local air-pollutant emission standards for coking, cement, coal-based nitrogen fertiliser and other industries',
    },
    scope: PROVINCE,
    source: { clause: '三(九)32', quote: '加快焦化、水泥、煤制氮肥等行业地方大气污染物排放标准制修订' },
  },
  // Task 33 --------------------------------------------------------------------------------------
  {
    id: 'price-tax-incentives',
    task: 33,
    kind: 'priority',
    text: {
      zh: '严格落实国家各项价格税费激励约束政策措施,积极发挥财政金融引导作用',
      en: "Apply the State's price, tax and fee incentives and constraints strictly, and use public finance and finance to steer",
    },
    scope: PROVINCE,
    source: { clause: '三(九)33', quote: '严格落实国家各项价格税费激励约束政策措施,积极发挥财政金融引导作用' },
  },
  {
    id: 'clean-heating-fiscal-policy',
    task: 33,
    kind: 'deliverable',
    text: { zh: '研究完善清洁取暖财政支持政策', en: 'Study and improve the fiscal support policy for clean heating' },
    scope: PROVINCE,
    source: { clause: '三(九)33', quote: '研究完善清洁取暖财政支持政策' },
  },
  {
    id: 'differentiated-power-pricing',
    task: 33,
    kind: 'deliverable',
    text: {
      zh: '综合能耗、环保绩效水平,探索研究制定差别化电价政策',
      en: 'Explore a differentiated electricity-price policy based on energy use and environmental performance',
    },
    scope: PROVINCE,
    note: {
      zh: '用语为“探索研究制定”：交付的是研究，不一定是政策。',
      en: 'The plan says 探索研究制定 (explore and study drawing up): the deliverable is the study, not necessarily a policy.',
    },
    source: { clause: '三(九)33', quote: '综合能耗、环保绩效水平,探索研究制定差别化电价政策' },
  },
  {
    id: 'green-bonds',
    task: 33,
    kind: 'priority',
    text: {
      zh: '积极支持符合条件的企业发行绿色债券、转型债券',
      en: 'Actively support qualifying enterprises in issuing green bonds and transition bonds',
    },
    scope: PROVINCE,
    source: { clause: '三(九)33', quote: '积极支持符合条件的企业发行绿色债券、转型债券' },
  },
  {
    id: 'air-eco-compensation',
    task: 33,
    kind: 'deliverable',
    text: { zh: '完善环境空气质量生态补偿机制', en: 'Improve the ecological compensation mechanism for ambient air quality' },
    scope: PROVINCE,
    source: { clause: '三(九)33', quote: '完善环境空气质量生态补偿机制' },
  },
  {
    id: 'reward-penalty-measures-revision',
    task: 33,
    kind: 'deliverable',
    text: {
      zh: '修订城市环境空气质量改善奖惩办法',
      en: 'Revise the measures for rewarding and penalising cities on air-quality improvement',
    },
    scope: PROVINCE,
    source: { clause: '三(九)33', quote: '修订城市环境空气质量改善奖惩办法' },
  },
] as const satisfies readonly CommitmentInput[];
