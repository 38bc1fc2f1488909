import type { TaskInput } from './shared.js';

/** The tasks of 三(一) 深入推进产业结构优化调整, in order. Assembled into `TASKS` by ./index.ts. */
export const INDUSTRY_STRUCTURE_TASKS = [
  {
    number: 1,
    section: 1,
    title: { zh: '严格高耗能、高排放项目准入', en: 'Strictly control the entry of energy-intensive, high-emission projects' },
    duties: [
      {
        departments: ['development-reform', 'industry-it', 'ecology-environment', 'energy', 'approval-services'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)1', quote: '省发展改革委、省工信厅、省生态环境厅、省能源局、省审批服务管理局等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)1', quote: '1.严格高耗能、高排放项目准入。' },
  },
  {
    number: 2,
    section: 1,
    title: { zh: '持续推进重点行业优化升级', en: 'Keep optimising and upgrading key industries' },
    duties: [
      {
        departments: ['industry-it', 'energy', 'development-reform', 'ecology-environment'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)2', quote: '省工信厅、省能源局、省发展改革委、省生态环境厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)2', quote: '2.持续推进重点行业优化升级。' },
  },
  {
    number: 3,
    section: 1,
    title: { zh: '加快重点行业落后产能淘汰', en: 'Speed up the phase-out of backward capacity in key industries' },
    duties: [
      {
        departments: ['industry-it', 'energy', 'development-reform', 'ecology-environment', 'emergency-management', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)3', quote: '省工信厅、省能源局、省发展改革委、省生态环境厅、省应急厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)3', quote: '3.加快重点行业落后产能淘汰。' },
  },
  {
    number: 4,
    section: 1,
    title: { zh: '推进传统产业集群绿色发展', en: 'Promote the green development of traditional industrial clusters' },
    duties: [
      {
        departments: ['ecology-environment', 'industry-it'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)4', quote: '省生态环境厅、省工信厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)4', quote: '4.推进传统产业集群绿色发展。' },
  },
  {
    number: 5,
    section: 1,
    title: { zh: '实施含VOCs原辅材料源头替代', en: 'Replace VOCs-containing raw and auxiliary materials at source' },
    duties: [
      {
        departments: ['ecology-environment', 'industry-it', 'taiyuan-customs', 'market-regulation', 'housing-urban-rural'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)5', quote: '省生态环境厅、省工信厅、太原海关、省市场监管局、省住建厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)5', quote: '5.实施含VOCs原辅材料源头替代。' },
  },
  {
    number: 6,
    section: 1,
    title: { zh: '大力培育绿色环保产业', en: 'Vigorously foster the green environmental-protection industry' },
    duties: [
      {
        departments: ['ecology-environment', 'development-reform', 'science-technology', 'industry-it', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)6', quote: '省生态环境厅、省发展改革委、省科技厅、省工信厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)6', quote: '6.大力培育绿色环保产业。' },
  },
] as const satisfies readonly TaskInput[];
