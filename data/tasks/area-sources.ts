import type { TaskInput } from './shared.js';

/** The tasks of 三(四) 全面加强面源污染治理, in order. Assembled into `TASKS` by ./index.ts. */
export const AREA_SOURCE_TASKS = [
  {
    number: 16,
    section: 4,
    title: { zh: '深化扬尘污染综合治理', en: 'Deepen the comprehensive control of dust pollution' },
    duties: [
      {
        departments: ['housing-urban-rural', 'ecology-environment', 'transport', 'water-resources'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(四)16', quote: '省住建厅、省生态环境厅、省交通厅、省水利厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(四)16', quote: '16.深化扬尘污染综合治理。' },
  },
  {
    number: 17,
    section: 4,
    title: { zh: '推进矿山生态环境综合整治', en: 'Advance the comprehensive ecological and environmental remediation of mines' },
    duties: [
      {
        departments: ['natural-resources', 'ecology-environment', 'water-resources', 'forestry-grassland', 'mine-safety'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(四)17', quote: '省自然资源厅、省生态环境厅、省水利厅、省林草局、国家矿山安监局山西局等按职责分工负责' },
      },
    ],
    source: { clause: '三(四)17', quote: '17.推进矿山生态环境综合整治。' },
  },
  {
    number: 18,
    section: 4,
    title: { zh: '加强秸秆综合利用和禁烧', en: 'Strengthen the comprehensive use of straw and the ban on burning it' },
    duties: [
      {
        departments: ['ecology-environment', 'agriculture-rural', 'development-reform', 'meteorology'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(四)18', quote: '省生态环境厅、省农业农村厅、省发展改革委、省气象局等按职责分工负责' },
      },
    ],
    source: { clause: '三(四)18', quote: '18.加强秸秆综合利用和禁烧。' },
  },
] as const satisfies readonly TaskInput[];
