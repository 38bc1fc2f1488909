import type { TaskInput } from './shared.js';

/** The tasks of 三(五) 强化多污染物协同减排, in order. Assembled into `TASKS` by ./index.ts. */
export const MULTI_POLLUTANT_REDUCTION_TASKS = [
  {
    number: 19,
    section: 5,
    title: { zh: '强化工业园区环境污染综合治理', en: 'Strengthen the comprehensive control of pollution in industrial parks' },
    duties: [
      {
        departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'commerce'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(五)19', quote: '省生态环境厅、省发展改革委、省工信厅、省交通厅、省商务厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(五)19', quote: '19.强化工业园区环境污染综合治理。' },
  },
  {
    number: 20,
    section: 5,
    title: { zh: '强化VOCs全流程、全环节综合治理', en: 'Strengthen VOCs control over the whole process and every link' },
    duties: [
      {
        departments: ['ecology-environment'],
        allRelevant: false,
        mode: 'sole',
        source: { clause: '三(五)20', quote: '省生态环境厅负责' },
      },
    ],
    source: { clause: '三(五)20', quote: '20.强化VOCs全流程、全环节综合治理。' },
  },
  {
    number: 21,
    section: 5,
    title: { zh: '加快重点行业污染深度治理', en: 'Speed up deep pollution control in key industries' },
    duties: [
      {
        departments: ['ecology-environment'],
        allRelevant: false,
        mode: 'sole',
        source: { clause: '三(五)21', quote: '省生态环境厅负责' },
      },
      {
        departments: ['ecology-environment', 'industry-it', 'market-regulation'],
        lead: 'ecology-environment',
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(五)21', quote: '省生态环境厅牵头,省工信厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(五)21', quote: '21.加快重点行业污染深度治理。' },
  },
  {
    number: 22,
    section: 5,
    title: { zh: '加强餐饮油烟、恶臭异味污染治理', en: 'Strengthen the control of cooking fumes and odours' },
    duties: [
      {
        departments: ['ecology-environment', 'housing-urban-rural'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(五)22', quote: '省生态环境厅、省住建厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(五)22', quote: '22.加强餐饮油烟、恶臭异味污染治理。' },
  },
  {
    number: 23,
    section: 5,
    title: { zh: '稳步推进大气氨排放控制', en: 'Steadily advance the control of atmospheric ammonia emissions' },
    duties: [
      {
        departments: ['ecology-environment', 'agriculture-rural'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(五)23', quote: '省生态环境厅、省农业农村厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(五)23', quote: '23.稳步推进大气氨排放控制。' },
  },
] as const satisfies readonly TaskInput[];
