import type { TaskInput } from './shared.js';

/** The tasks of 三(十) 压实各方治污责任, in order. Assembled into `TASKS` by ./index.ts. */
export const RESPONSIBILITY_TASKS = [
  {
    number: 34,
    section: 10,
    title: { zh: '加强组织领导', en: 'Strengthen organisation and leadership' },
    duties: [
      {
        departments: ['ecology-environment'],
        lead: 'ecology-environment',
        allRelevant: true,
        mode: 'shared',
        source: { clause: '三(十)34', quote: '省生态环境厅牵头,各有关部门按职责分工负责' },
      },
    ],
    source: { clause: '三(十)34', quote: '34.加强组织领导。' },
  },
  {
    number: 35,
    section: 10,
    title: { zh: '加强考核督察', en: 'Strengthen assessment and inspection' },
    duties: [
      {
        departments: ['ecology-environment'],
        lead: 'ecology-environment',
        allRelevant: true,
        mode: 'shared',
        source: { clause: '三(十)35', quote: '省生态环境厅牵头,各有关部门按职责分工负责' },
      },
    ],
    source: { clause: '三(十)35', quote: '35.加强考核督察。' },
  },
  {
    number: 36,
    section: 10,
    title: { zh: '加大信息公开', en: 'Increase information disclosure' },
    duties: [
      {
        departments: ['ecology-environment', 'development-reform', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(十)36', quote: '省生态环境厅、省发展改革委、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(十)36', quote: '36.加大信息公开。' },
  },
  {
    number: 37,
    section: 10,
    title: { zh: '加强宣传引导', en: 'Strengthen publicity and guidance' },
    duties: [
      {
        departments: ['ecology-environment'],
        lead: 'ecology-environment',
        allRelevant: true,
        mode: 'shared',
        source: { clause: '三(十)37', quote: '省生态环境厅牵头,各有关部门按职责分工负责' },
      },
    ],
    source: { clause: '三(十)37', quote: '37.加强宣传引导。' },
  },
  {
    number: 38,
    section: 10,
    title: { zh: '开展全民行动', en: 'Launch action by the whole of society' },
    duties: [
      {
        departments: ['ecology-environment'],
        lead: 'ecology-environment',
        allRelevant: true,
        mode: 'shared',
        source: { clause: '三(十)38', quote: '省生态环境厅牵头,各有关部门按职责分工负责' },
      },
    ],
    source: { clause: '三(十)38', quote: '38.开展全民行动。' },
  },
] as const satisfies readonly TaskInput[];
