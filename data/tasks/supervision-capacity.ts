import type { TaskInput } from './shared.js';

/** The tasks of 三(八) 加强环境监管能力建设, in order. Assembled into `TASKS` by ./index.ts. */
export const SUPERVISION_CAPACITY_TASKS = [
  {
    number: 29,
    section: 8,
    title: { zh: '完善大气环境监测监控体系', en: 'Improve the air-environment monitoring system' },
    duties: [
      {
        departments: ['ecology-environment'],
        allRelevant: false,
        mode: 'sole',
        source: { clause: '三(八)29', quote: '省生态环境厅负责' },
      },
      {
        departments: ['ecology-environment', 'transport'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(八)29', quote: '省生态环境厅、省交通厅等部门按职责分工负责' },
      },
    ],
    source: { clause: '三(八)29', quote: '29.完善大气环境监测监控体系。' },
  },
  {
    number: 30,
    section: 8,
    title: { zh: '强化大气环境监管执法', en: 'Strengthen air-environment supervision and law enforcement' },
    duties: [
      {
        departments: ['ecology-environment', 'public-security', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(八)30', quote: '省生态环境厅、省公安厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(八)30', quote: '30.强化大气环境监管执法。' },
  },
  {
    number: 31,
    section: 8,
    title: { zh: '加强决策科技支撑', en: 'Strengthen scientific support for decision-making' },
    duties: [
      {
        departments: ['ecology-environment', 'science-technology', 'meteorology'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(八)31', quote: '省生态环境厅、省科技厅、省气象局等按职责分工负责' },
      },
    ],
    source: { clause: '三(八)31', quote: '31.加强决策科技支撑。' },
  },
] as const satisfies readonly TaskInput[];
