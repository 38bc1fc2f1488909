import type { TaskInput } from './shared.js';

/** The tasks of 三(六) 推动省会太原空气质量提升, in order. Assembled into `TASKS` by ./index.ts. */
export const TAIYUAN_TASKS = [
  {
    number: 24,
    section: 6,
    title: { zh: '加快太原盆地结构优化调整', en: 'Speed up structural optimisation in the Taiyuan basin' },
    duties: [
      {
        departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'china-railway-taiyuan'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(六)24', quote: '省生态环境厅、省发展改革委、省工信厅、省交通厅、中国铁路太原局集团有限公司等按职责分工负责' },
      },
    ],
    source: { clause: '三(六)24', quote: '24.加快太原盆地结构优化调整。' },
  },
  {
    number: 25,
    section: 6,
    title: { zh: '加强太原盆地大气污染联防联控', en: 'Strengthen joint air-pollution prevention and control in the Taiyuan basin' },
    duties: [
      {
        departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'commerce'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(六)25', quote: '省生态环境厅、省发展改革委、省工信厅、省交通厅、省商务厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(六)25', quote: '25.加强太原盆地大气污染联防联控。' },
  },
] as const satisfies readonly TaskInput[];
