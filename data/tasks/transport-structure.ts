import type { TaskInput } from './shared.js';

/** The tasks of 三(三) 深入推进交通结构优化调整, in order. Assembled into `TASKS` by ./index.ts. */
export const TRANSPORT_STRUCTURE_TASKS = [
  {
    number: 12,
    section: 3,
    title: { zh: '提高货物铁路运输比例', en: 'Raise the share of freight carried by rail' },
    duties: [
      {
        departments: ['transport', 'development-reform', 'ecology-environment', 'china-railway-taiyuan'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(三)12', quote: '省交通厅、省发展改革委、省生态环境厅、中国铁路太原局集团有限公司等按职责分工负责' },
      },
      {
        departments: [
          'transport',
          'development-reform',
          'china-railway-taiyuan',
          'industry-it',
          'natural-resources',
          'ecology-environment',
        ],
        allRelevant: false,
        mode: 'shared',
        source: {
          clause: '三(三)12',
          quote: '省交通厅、省发展改革委、中国铁路太原局集团有限公司、省工信厅、省自然资源厅、省生态环境厅等按职责分工负责',
        },
      },
    ],
    source: { clause: '三(三)12', quote: '12.提高货物铁路运输比例。' },
  },
  {
    number: 13,
    section: 3,
    title: { zh: '加快机动车结构升级', en: 'Speed up the upgrading of the motor-vehicle fleet' },
    duties: [
      {
        departments: ['industry-it', 'public-security', 'ecology-environment', 'transport', 'energy', 'postal'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(三)13', quote: '省工信厅、省公安厅、省生态环境厅、省交通厅、省能源局、省邮政管理局等按职责分工负责' },
      },
      {
        departments: ['ecology-environment', 'transport', 'public-security', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(三)13', quote: '省生态环境厅、省交通厅、省公安厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(三)13', quote: '13.加快机动车结构升级。' },
  },
  {
    number: 14,
    section: 3,
    title: { zh: '强化非道路移动源综合治理', en: 'Strengthen the comprehensive control of non-road mobile sources' },
    duties: [
      {
        departments: ['ecology-environment', 'transport', 'china-railway-taiyuan'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(三)14', quote: '省生态环境厅、省交通厅、中国铁路太原局集团有限公司等按职责分工负责' },
      },
    ],
    source: { clause: '三(三)14', quote: '14.强化非道路移动源综合治理。' },
  },
  {
    number: 15,
    section: 3,
    title: { zh: '全面加强油品质量监管', en: 'Strengthen the supervision of fuel quality across the board' },
    duties: [
      {
        departments: [
          'development-reform',
          'public-security',
          'ecology-environment',
          'transport',
          'commerce',
          'taiyuan-customs',
          'market-regulation',
        ],
        allRelevant: false,
        mode: 'shared',
        source: {
          clause: '三(三)15',
          quote: '省发展改革委、省公安厅、省生态环境厅、省交通厅、省商务厅、太原海关、省市场监管局等按职责分工负责',
        },
      },
    ],
    source: { clause: '三(三)15', quote: '15.全面加强油品质量监管。' },
  },
] as const satisfies readonly TaskInput[];
