import type { TaskInput } from './shared.js';

/** The tasks of 三(九) 完善配套支持政策, in order. Assembled into `TASKS` by ./index.ts. */
export const SUPPORTING_POLICY_TASKS = [
  {
    number: 32,
    section: 9,
    title: { zh: '完善地方性法规标准体系', en: 'Improve the system of local regulations and standards' },
    duties: [
      {
        departments: ['ecology-environment', 'justice', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(九)32', quote: '省生态环境厅、省司法厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(九)32', quote: '32.完善地方性法规标准体系。' },
  },
  {
    number: 33,
    section: 9,
    title: { zh: '完善环境经济政策', en: 'Improve environmental-economic policies' },
    duties: [
      {
        departments: ['development-reform', 'finance', 'ecology-environment', 'energy', 'taxation', 'pboc-shanxi'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(九)33', quote: '省发展改革委、省财政厅、省生态环境厅、省能源局、省税务局、人行山西省分行等按职责分工负责' },
      },
    ],
    source: { clause: '三(九)33', quote: '33.完善环境经济政策。' },
  },
] as const satisfies readonly TaskInput[];
