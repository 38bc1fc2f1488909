import type { TaskInput } from './shared.js';

/** The tasks of 三(七) 完善大气环境管理体系, in order. Assembled into `TASKS` by ./index.ts. */
export const MANAGEMENT_SYSTEM_TASKS = [
  {
    number: 26,
    section: 7,
    title: { zh: '实施城市空气质量达标管理', en: 'Manage cities towards air-quality attainment' },
    duties: [
      {
        departments: ['ecology-environment'],
        allRelevant: false,
        mode: 'sole',
        source: { clause: '三(七)26', quote: '省生态环境厅负责' },
      },
    ],
    source: { clause: '三(七)26', quote: '26.实施城市空气质量达标管理。' },
  },
  {
    number: 27,
    section: 7,
    title: { zh: '完善区域大气污染联防联控机制', en: 'Improve the mechanism of regional joint air-pollution prevention and control' },
    duties: [
      {
        departments: ['ecology-environment'],
        allRelevant: false,
        mode: 'sole',
        source: { clause: '三(七)27', quote: '省生态环境厅负责' },
      },
    ],
    source: { clause: '三(七)27', quote: '27.完善区域大气污染联防联控机制。' },
  },
  {
    number: 28,
    section: 7,
    title: { zh: '完善重污染天气应对机制', en: 'Improve the mechanism for responding to heavy-pollution weather' },
    duties: [
      {
        departments: ['ecology-environment', 'meteorology'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(七)28', quote: '省生态环境厅、省气象局等部门按职责分工负责' },
      },
    ],
    source: { clause: '三(七)28', quote: '28.完善重污染天气应对机制。' },
  },
] as const satisfies readonly TaskInput[];
