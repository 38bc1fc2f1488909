import type { TaskInput } from './shared.js';

/** The tasks of 三(二) 深入推进能源结构优化调整, in order. Assembled into `TASKS` by ./index.ts. */
export const ENERGY_STRUCTURE_TASKS = [
  {
    number: 7,
    section: 2,
    title: { zh: '提高新能源和清洁能源消费比重', en: 'Raise the share of new and clean energy in energy consumption' },
    duties: [
      {
        departments: ['development-reform', 'energy', 'industry-it', 'ecology-environment', 'housing-urban-rural', 'agriculture-rural'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(二)7', quote: '省发展改革委、省能源局、省工信厅、省生态环境厅、省住建厅、省农业农村厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(二)7', quote: '7.提高新能源和清洁能源消费比重。' },
  },
  {
    number: 8,
    section: 2,
    title: { zh: '严格控制煤炭消费总量', en: 'Strictly control total coal consumption' },
    duties: [
      {
        departments: ['energy', 'ecology-environment'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(二)8', quote: '省能源局、省生态环境厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(二)8', quote: '8.严格控制煤炭消费总量。' },
  },
  {
    number: 9,
    section: 2,
    title: { zh: '积极推进燃煤锅炉关停整合', en: 'Actively close and consolidate coal-fired boilers' },
    duties: [
      {
        departments: ['energy', 'ecology-environment', 'housing-urban-rural', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(二)9', quote: '省能源局、省生态环境厅、省住建厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(二)9', quote: '9.积极推进燃煤锅炉关停整合。' },
  },
  {
    number: 10,
    section: 2,
    title: { zh: '实施工业炉窑清洁能源替代', en: 'Replace the fuels of industrial furnaces and kilns with clean energy' },
    duties: [
      {
        departments: ['ecology-environment', 'industry-it', 'energy'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(二)10', quote: '省生态环境厅、省工信厅、省能源局等按职责分工负责' },
      },
    ],
    source: { clause: '三(二)10', quote: '10.实施工业炉窑清洁能源替代。' },
  },
  {
    number: 11,
    section: 2,
    title: { zh: '持续推进清洁取暖改造', en: 'Keep converting heating to clean heating' },
    duties: [
      {
        departments: [
          'energy',
          'ecology-environment',
          'development-reform',
          'finance',
          'housing-urban-rural',
          'agriculture-rural',
          'market-regulation',
        ],
        allRelevant: false,
        mode: 'shared',
        source: {
          clause: '三(二)11',
          quote: '省能源局、省生态环境厅、省发展改革委、省财政厅、省住建厅、省农业农村厅、省市场监管局等按职责分工负责',
        },
      },
    ],
    source: { clause: '三(二)11', quote: '11.持续推进清洁取暖改造。' },
  },
] as const satisfies readonly TaskInput[];
