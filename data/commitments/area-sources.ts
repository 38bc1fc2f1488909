import { PROVINCE, type CommitmentInput } from './shared.js';

/** The commitments of 三(四) 全面加强面源污染治理, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const AREA_SOURCE_COMMITMENTS = [
  // Task 16 --------------------------------------------------------------------------------------
  {
    id: 'dust-special-rectification',
    task: 16,
    kind: 'recurring',
    frequency: 'continuous',
    text: {
      zh: '常态化开展扬尘专项整治,统筹推进施工、道路、裸地、堆场、工业企业无组织排放扬尘“五尘”同治',
      en: 'Run dust clean-up campaigns as a standing routine, treating the "five dusts" together: construction, roads, bare land, stockyards and industrial fugitive dust',
    },
    scope: PROVINCE,
    source: { clause: '三(四)16', quote: '常态化开展扬尘专项整治,统筹推进施工、道路、裸地、堆场、工业企业无组织排放扬尘“五尘”同治' },
  },
  {
    id: 'construction-dust-supervision',
    task: 16,
    kind: 'enforcement',
    text: { zh: '强化施工工地扬尘监管', en: 'Supervise dust on construction sites more strictly' },
    scope: PROVINCE,
    rules: ['construction-site-video'],
    source: { clause: '三(四)16', quote: '强化施工工地扬尘监管' },
  },
  {
    id: 'road-dust-mechanical-cleaning',
    task: 16,
    kind: 'recurring',
    frequency: 'regular',
    text: {
      zh: '强化城乡主要道路、工业集聚区和重点工矿企业周边道路扬尘治理,定期开展机械化清扫',
      en: 'Control dust on main urban and rural roads and on the roads around industrial clusters and key industrial and mining enterprises, with mechanical sweeping at regular intervals',
    },
    scope: PROVINCE,
    targets: ['road-cleaning-cities-2025', 'road-cleaning-county-towns-2025'],
    source: { clause: '三(四)16', quote: '强化城乡主要道路、工业集聚区和重点工矿企业周边道路扬尘治理,定期开展机械化清扫' },
  },
  {
    id: 'bare-land-greening',
    task: 16,
    kind: 'programme',
    text: { zh: '加强城市裸地硬化或绿化', en: "Pave or green more of the cities' bare land" },
    scope: PROVINCE,
    source: { clause: '三(四)16', quote: '加强城市裸地硬化或绿化' },
  },
  // Task 18 --------------------------------------------------------------------------------------
  {
    id: 'straw-return-standards',
    task: 18,
    kind: 'priority',
    text: { zh: '提高秸秆还田标准化、规范化水平', en: 'Make the return of straw to the fields more standardised and better regulated' },
    scope: PROVINCE,
    source: { clause: '三(四)18', quote: '提高秸秆还田标准化、规范化水平' },
  },
  {
    id: 'straw-collection-system',
    task: 18,
    kind: 'deliverable',
    text: {
      zh: '健全秸秆收储运服务体系,提升产业化能力,提高离田效能',
      en: 'Complete the service system for collecting, storing and transporting straw, build up its industrial use and remove straw from the fields more efficiently',
    },
    scope: PROVINCE,
    targets: ['straw-utilisation-2024', 'straw-utilisation-2025'],
    source: { clause: '三(四)18', quote: '健全秸秆收储运服务体系,提升产业化能力,提高离田效能' },
  },
  {
    id: 'straw-fire-monitoring',
    task: 18,
    kind: 'priority',
    text: {
      zh: '综合运用卫星遥感、高清视频监控、无人机等手段,提高秸秆焚烧火点监测精准度',
      en: 'Use satellite remote sensing, high-definition video, drones and other means to locate straw fires more precisely',
    },
    scope: PROVINCE,
    rules: ['straw-burning-ban'],
    source: { clause: '三(四)18', quote: '综合运用卫星遥感、高清视频监控、无人机等手段,提高秸秆焚烧火点监测精准度' },
  },
  {
    id: 'straw-burning-patrols',
    task: 18,
    kind: 'recurring',
    frequency: 'seasonal',
    text: {
      zh: '完善网格化监管体系,充分发挥基层组织作用,开展秸秆焚烧重点时段专项巡查',
      en: 'Complete the grid-based supervision system, make full use of grassroots organisations, and patrol against straw burning in the key periods',
    },
    scope: PROVINCE,
    rules: ['straw-burning-ban'],
    note: {
      zh: '“重点时段”方案未列明：读作每年秸秆焚烧的高发时段（夏收、秋收）。',
      en: 'The plan does not name the key periods (重点时段): read as the seasons when straw is burnt (the summer and autumn harvests).',
    },
    source: { clause: '三(四)18', quote: '完善网格化监管体系,充分发挥基层组织作用,开展秸秆焚烧重点时段专项巡查' },
  },
] as const satisfies readonly CommitmentInput[];
