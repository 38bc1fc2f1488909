import { PROVINCE, type CommitmentInput } from './shared.js';

/** The commitments of 三(五) 强化多污染物协同减排, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const MULTI_POLLUTANT_REDUCTION_COMMITMENTS = [
  // Task 19 --------------------------------------------------------------------------------------
  {
    id: 'park-green-upgrade',
    task: 19,
    kind: 'priority',
    text: {
      zh: '推进污染物集中治理、能源梯级利用、物料绿色运输,加强监测监控能力建设,全面提升工业园区绿色低碳发展水平',
      en: 'Promote shared pollution treatment, cascaded energy use and green transport of materials, build up monitoring, and raise the green, low-carbon development of industrial parks across the board',
    },
    scope: PROVINCE,
    rules: ['industrial-park-treatment'],
    source: {
      clause: '三(五)19',
      quote: '推进污染物集中治理、能源梯级利用、物料绿色运输,加强监测监控能力建设,全面提升工业园区绿色低碳发展水平',
    },
  },
  // Task 21 --------------------------------------------------------------------------------------
  {
    id: 'ule-enterprise-rating',
    task: 21,
    kind: 'programme',
    text: {
      zh: '经评估监测确定全面达到超低排放的企业,按程序公示后开展重污染天气应急减排A级、B级或引领性绩效评级',
      en: 'Enterprises found by assessment monitoring to meet ultra-low emissions in full are published by the set procedure and then graded A, B or "leading" for heavy-pollution emergency reductions',
    },
    scope: PROVINCE,
    targets: ['ultra-low-assessment-2024'],
    rules: ['key-industry-ultra-low-emission'],
    note: {
      zh: '仍为承诺：公示和绩效评级是生态环境部门在评估监测之后的行为，方案没有对企业设定义务（企业的超低排放改造见规则 key-industry-ultra-low-emission）。',
      en: 'Stays a commitment: publishing and grading are acts of the ecology and environment departments after assessment monitoring; the plan sets no duty of the enterprise here (its retrofit is rule key-industry-ultra-low-emission).',
    },
    source: {
      clause: '三(五)21',
      quote: '经评估监测确定全面达到超低排放的企业,按程序公示后开展重污染天气应急减排A级、B级或引领性绩效评级',
    },
  },
  {
    id: 'biomass-boiler-supervision',
    task: 21,
    duty: 2,
    kind: 'enforcement',
    text: { zh: '加大生物质锅炉排放监管力度', en: 'Supervise the emissions of biomass boilers more closely' },
    scope: PROVINCE,
    rules: ['small-biomass-boiler-consolidation'],
    source: { clause: '三(五)21', quote: '加大生物质锅炉排放监管力度' },
  },
  {
    id: 'treatment-facility-operation',
    task: 21,
    duty: 2,
    kind: 'enforcement',
    text: {
      zh: '强化治污设施运行维护,减少非正常工况排放',
      en: 'Make sure pollution-control facilities are run and maintained, and cut emissions under abnormal operating conditions',
    },
    scope: PROVINCE,
    rules: ['environmental-offences-prohibited'],
    note: {
      zh: '仍为承诺：“强化……运行维护”的对象是监管部门的工作；企业不得不正常运行治理设施，由第30条的规则 environmental-offences-prohibited 判断。',
      en: "Stays a commitment: 强化 (strengthen) addresses the supervising departments' work; that an enterprise must not leave its treatment facilities running abnormally is task 30's rule environmental-offences-prohibited.",
    },
    source: { clause: '三(五)21', quote: '强化治污设施运行维护,减少非正常工况排放' },
  },
  // Task 22 --------------------------------------------------------------------------------------
  {
    id: 'catering-siting-control',
    task: 22,
    kind: 'enforcement',
    text: {
      zh: '严格居民楼附近餐饮服务单位布局管理',
      en: 'Control strictly where catering businesses are sited near residential buildings',
    },
    scope: PROVINCE,
    note: {
      zh: '“附近”无距离：不能作为可判定的规则。',
      en: '附近 (near) gives no distance: it cannot be made a decidable rule.',
    },
    source: { clause: '三(五)22', quote: '严格居民楼附近餐饮服务单位布局管理' },
  },
  {
    id: 'third-party-operation',
    task: 22,
    kind: 'priority',
    text: {
      zh: '推动有条件的城市实施治理设施第三方运维管理及在线监控',
      en: 'Encourage cities that can to have (catering) treatment facilities run by third parties and monitored online',
    },
    scope: PROVINCE,
    note: {
      zh: '所在条款为餐饮油烟和恶臭异味治理，“治理设施”读作餐饮油烟治理设施；“有条件的城市”未列明。',
      en: 'The clause is about cooking fumes and odours, so 治理设施 is read as cooking-fume treatment facilities; the plan does not say which cities "can".',
    },
    source: { clause: '三(五)22', quote: '推动有条件的城市实施治理设施第三方运维管理及在线监控' },
  },
  {
    id: 'odour-nuisance-rectification',
    task: 22,
    kind: 'programme',
    text: { zh: '开展恶臭异味扰民问题排查整治', en: 'Find and fix odour nuisances' },
    scope: PROVINCE,
    rules: ['odour-online-monitoring'],
    source: { clause: '三(五)22', quote: '开展恶臭异味扰民问题排查整治' },
  },
  {
    id: 'fume-odour-complaints',
    task: 22,
    kind: 'priority',
    text: {
      zh: '加强部门联动,因地制宜解决人民群众反映集中的油烟及恶臭异味扰民问题',
      en: 'Have departments act together to solve, as suits each place, the cooking-fume and odour nuisances people complain about most',
    },
    scope: PROVINCE,
    source: { clause: '三(五)22', quote: '加强部门联动,因地制宜解决人民群众反映集中的油烟及恶臭异味扰民问题' },
  },
] as const satisfies readonly CommitmentInput[];
