import { PROVINCE, type CommitmentInput } from './shared.js';

/** The commitments of 三(十) 压实各方治污责任, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const RESPONSIBILITY_COMMITMENTS = [
  // Task 34 --------------------------------------------------------------------------------------
  {
    id: 'provincial-coordination',
    task: 34,
    kind: 'recurring',
    frequency: 'regular',
    text: {
      zh: '省生态环境厅要加强统筹协调,定期调度评估,推动各项工作任务落地落实',
      en: 'The Department of Ecology and Environment coordinates, reviews progress at regular intervals and sees that every task is carried out',
    },
    scope: PROVINCE,
    source: { clause: '三(十)34', quote: '省生态环境厅要加强统筹协调,定期调度评估,推动各项工作任务落地落实' },
  },
  {
    id: 'sector-supporting-policies',
    task: 34,
    kind: 'deliverable',
    text: {
      zh: '各相关部门要全面落实相应领域生态环境保护责任,及时出台配套政策,指导做好各自领域相关工作',
      en: 'Every department concerned carries its environmental responsibilities in its own field in full, issues supporting policies in good time and guides the work of its field',
    },
    scope: PROVINCE,
    note: {
      zh: '由“各相关部门”承担；部门取自本条责任分工说明（省生态环境厅牵头，各有关部门按职责分工负责）。',
      en: 'Borne by "every department concerned"; the departments are those of the task\'s note (led by the Department of Ecology and Environment, with all relevant departments).',
    },
    source: { clause: '三(十)34', quote: '各相关部门要全面落实相应领域生态环境保护责任,及时出台配套政策,指导做好各自领域相关工作' },
  },
  // Task 35 --------------------------------------------------------------------------------------
  {
    id: 'key-county-annual-targets',
    task: 35,
    kind: 'recurring',
    frequency: 'annual',
    text: {
      zh: '向重点县(市、区)分解下达空气质量改善年度目标',
      en: 'Divide up and assign annual air-quality improvement targets to the key counties (county-level cities, districts)',
    },
    scope: PROVINCE,
    note: {
      zh: '方案未列明“重点县（市、区）”。',
      en: 'The plan does not list the key counties.',
    },
    source: { clause: '三(十)35', quote: '向重点县(市、区)分解下达空气质量改善年度目标' },
  },
  {
    id: 'ranking-in-performance-assessment',
    task: 35,
    kind: 'deliverable',
    text: {
      zh: '将设区城市在全国重点城市空气质量排名变化和重点县(市、区)空气质量改善目标完成情况作为深入打好污染防治攻坚战成效考核的重要内容',
      en: "Make the change in each city's place in the national key-city air-quality ranking, and whether the key counties meet their improvement targets, a main part of the assessment of results in the battle against pollution",
    },
    scope: PROVINCE,
    source: {
      clause: '三(十)35',
      quote: '将设区城市在全国重点城市空气质量排名变化和重点县(市、区)空气质量改善目标完成情况作为深入打好污染防治攻坚战成效考核的重要内容',
    },
  },
  {
    id: 'over-achiever-incentives',
    task: 35,
    kind: 'enforcement',
    text: { zh: '对超额完成目标的地区给予激励', en: 'Reward the areas that exceed their targets' },
    scope: PROVINCE,
    note: {
      zh: '仍为承诺：激励是省对地区的行为，不是地区的义务；地区是否超额完成目标由 evaluateTarget 判断。',
      en: "Stays a commitment: the reward is the province's act towards an area, not a duty of the area; whether an area beat its targets is evaluateTarget's to judge.",
    },
    source: { clause: '三(十)35', quote: '对超额完成目标的地区给予激励' },
  },
  {
    id: 'under-achiever-penalties',
    task: 35,
    kind: 'enforcement',
    text: {
      zh: '对未完成目标的地区,从资金分配、项目审批、荣誉表彰、责任追究等方面实施惩戒',
      en: 'Penalise the areas that miss their targets, in funding, project approval, honours and accountability',
    },
    scope: PROVINCE,
    note: {
      zh: '仍为承诺：惩戒是省对地区的行为，不是地区的义务；地区是否完成目标由 evaluateTarget 判断。',
      en: "Stays a commitment: the penalties are the province's act towards an area, not a duty of the area; whether an area met its targets is evaluateTarget's to judge.",
    },
    source: { clause: '三(十)35', quote: '对未完成目标的地区,从资金分配、项目审批、荣誉表彰、责任追究等方面实施惩戒' },
  },
  {
    id: 'special-inspections',
    task: 35,
    kind: 'enforcement',
    text: {
      zh: '对大气环境问题突出的市县,视情组织开展专项督察或约谈',
      en: 'Where a city or county has marked air problems, organise a special inspection or summon its officials for talks, as the case requires',
    },
    scope: PROVINCE,
    source: { clause: '三(十)35', quote: '对大气环境问题突出的市县,视情组织开展专项督察或约谈' },
  },
  // Task 36 --------------------------------------------------------------------------------------
  {
    id: 'air-information-disclosure',
    task: 36,
    kind: 'priority',
    text: { zh: '加强环境空气质量信息公开力度', en: 'Disclose more information on ambient air quality' },
    scope: PROVINCE,
    source: { clause: '三(十)36', quote: '加强环境空气质量信息公开力度' },
  },
  {
    id: 'monthly-ranking-publication',
    task: 36,
    kind: 'recurring',
    frequency: 'monthly',
    text: {
      zh: '每月公布城市空气质量排名、改善奖惩情况',
      en: "Publish the cities' air-quality ranking and their rewards and penalties for improvement every month",
    },
    scope: PROVINCE,
    source: { clause: '三(十)36', quote: '每月公布城市空气质量排名、改善奖惩情况' },
  },
  {
    id: 'enforcement-publication',
    task: 36,
    kind: 'recurring',
    frequency: 'regular',
    text: {
      zh: '定期公布环境执法信息和超标超量排污的单位名单',
      en: 'Publish enforcement information and the list of units discharging over the limits or over their quotas at regular intervals',
    },
    scope: PROVINCE,
    source: { clause: '三(十)36', quote: '定期公布环境执法信息和超标超量排污的单位名单' },
  },
  {
    id: 'heavy-pollution-alerts',
    task: 36,
    kind: 'recurring',
    frequency: 'event-driven',
    text: { zh: '及时发布重污染天气预警提示信息', en: 'Issue heavy-pollution alerts and advice promptly' },
    scope: PROVINCE,
    source: { clause: '三(十)36', quote: '及时发布重污染天气预警提示信息' },
  },
  {
    id: 'fraud-credit-records',
    task: 36,
    kind: 'recurring',
    frequency: 'regular',
    text: {
      zh: '将排污单位和第三方治理、运维、检测机构弄虚作假行为纳入信用记录,定期依法向社会公布',
      en: 'Enter falsification by dischargers and third-party treatment, operation and testing bodies in their credit records and publish it lawfully at regular intervals',
    },
    scope: PROVINCE,
    rules: ['falsification-liability'],
    note: {
      zh: '仍为承诺：纳入信用记录并公布是主管部门的行为；排污单位和第三方机构不得弄虚作假，由第30条的规则 falsification-liability 判断。',
      en: "Stays a commitment: entering it in the credit records and publishing it are the authorities' acts; that dischargers and third-party bodies must not falsify is task 30's rule falsification-liability.",
    },
    source: { clause: '三(十)36', quote: '将排污单位和第三方治理、运维、检测机构弄虚作假行为纳入信用记录,定期依法向社会公布' },
  },
  {
    id: 'mandatory-disclosure-system',
    task: 36,
    kind: 'deliverable',
    text: { zh: '健全环保信息强制性公开制度', en: 'Complete the system of mandatory environmental disclosure' },
    scope: PROVINCE,
    rules: ['key-discharger-disclosure', 'vehicle-maker-disclosure'],
    source: { clause: '三(十)36', quote: '健全环保信息强制性公开制度' },
  },
  // Task 37 --------------------------------------------------------------------------------------
  {
    id: 'policy-publicity',
    task: 37,
    kind: 'priority',
    text: {
      zh: '做好相关政策举措宣传解读,大力普及大气环境与健康基本理念和知识,提升公民大气环境保护意识与健康素养',
      en: "Explain the policies and measures to the public, spread the basic ideas and knowledge of air and health widely, and raise citizens' awareness of air protection and health literacy",
    },
    scope: PROVINCE,
    source: {
      clause: '三(十)37',
      quote: '做好相关政策举措宣传解读,大力普及大气环境与健康基本理念和知识,提升公民大气环境保护意识与健康素养',
    },
  },
  {
    id: 'awareness-days',
    task: 37,
    kind: 'recurring',
    frequency: 'annual',
    text: {
      zh: '充分利用全国环境日、低碳日、生态日等宣传活动,广泛开展大气污染防治宣传教育活动',
      en: 'Use National Environment Day, Low-Carbon Day, Ecology Day and other occasions for wide public education on air-pollution control',
    },
    scope: PROVINCE,
    note: {
      zh: '读作每年：所列宣传日均为每年一次的全国性纪念日。',
      en: 'Read as annual: the days named each come once a year.',
    },
    source: { clause: '三(十)37', quote: '充分利用全国环境日、低碳日、生态日等宣传活动,广泛开展大气污染防治宣传教育活动' },
  },
  {
    id: 'model-cases-publicity',
    task: 37,
    kind: 'priority',
    text: {
      zh: '加强大气污染治理先进典型宣传,发挥榜样示范和价值引领作用',
      en: 'Publicise exemplary air-pollution work more, so that it sets an example',
    },
    scope: PROVINCE,
    source: { clause: '三(十)37', quote: '加强大气污染治理先进典型宣传,发挥榜样示范和价值引领作用' },
  },
  // Task 38 --------------------------------------------------------------------------------------
  {
    id: 'report-reward-mechanism',
    task: 38,
    kind: 'deliverable',
    text: {
      zh: '完善举报奖励机制,鼓励公众积极举报环境违法行为',
      en: 'Improve the reward scheme for reports and encourage the public to report environmental offences',
    },
    scope: PROVINCE,
    source: { clause: '三(十)38', quote: '完善举报奖励机制,鼓励公众积极举报环境违法行为' },
  },
  {
    id: 'soe-green-production',
    task: 38,
    kind: 'priority',
    text: {
      zh: '强化企业治污主体责任,中央及省属企业带头引导绿色生产,推进治污减排',
      en: 'Hold enterprises to their primary responsibility for pollution control; central and provincial state-owned enterprises lead the way in green production and cutting pollution',
    },
    scope: PROVINCE,
    source: { clause: '三(十)38', quote: '强化企业治污主体责任,中央及省属企业带头引导绿色生产,推进治污减排' },
  },
] as const satisfies readonly CommitmentInput[];
