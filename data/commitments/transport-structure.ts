import { PROVINCE, type CommitmentInput } from './shared.js';

/** The commitments of 三(三) 深入推进交通结构优化调整, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const TRANSPORT_STRUCTURE_COMMITMENTS = [
  // Task 12 --------------------------------------------------------------------------------------
  {
    id: 'clean-transport-in-project-review',
    task: 12,
    kind: 'priority',
    text: {
      zh: '探索将清洁运输作为煤矿、钢铁、火电、有色、焦化、煤化工等行业新改扩建项目审核和监管重点',
      en: 'Explore making clean transport a focus of the review and supervision of new, rebuilt and expanded projects in coal mining, steel, thermal power, non-ferrous metals, coking, coal chemicals and similar industries',
    },
    scope: PROVINCE,
    source: { clause: '三(三)12', quote: '探索将清洁运输作为煤矿、钢铁、火电、有色、焦化、煤化工等行业新改扩建项目审核和监管重点' },
  },
  {
    id: 'planned-rail-sidings',
    task: 12,
    duty: 2,
    kind: 'priority',
    text: {
      zh: '加快已纳入规划的重点铁路专用线和联运转运衔接设施建设',
      en: 'Speed up building the key rail sidings and intermodal transfer facilities already in the plans',
    },
    scope: PROVINCE,
    source: { clause: '三(三)12', quote: '加快已纳入规划的重点铁路专用线和联运转运衔接设施建设' },
  },
  {
    id: 'rail-yard-freight-retrofit',
    task: 12,
    duty: 2,
    kind: 'programme',
    text: { zh: '开展铁路场站适货化改造', en: 'Adapt railway yards and stations to the freight they are to handle' },
    scope: PROVINCE,
    source: { clause: '三(三)12', quote: '开展铁路场站适货化改造' },
  },
  {
    id: 'rail-project-support',
    task: 12,
    duty: 2,
    kind: 'priority',
    text: {
      zh: '强化项目用地选址选线、验收投运、运力调配、铁路运价等措施保障',
      en: 'Back rail projects with land and route selection, acceptance and commissioning, capacity allocation, rail tariffs and other measures',
    },
    scope: PROVINCE,
    source: { clause: '三(三)12', quote: '强化项目用地选址选线、验收投运、运力调配、铁路运价等措施保障' },
  },
  // Task 13 --------------------------------------------------------------------------------------
  {
    id: 'truck-routes',
    task: 13,
    kind: 'deliverable',
    text: {
      zh: '科学制定城市建成区及周边中重型货车通行路线',
      en: "Draw up routes for medium and heavy trucks in and around the cities' built-up areas, on a sound basis",
    },
    scope: PROVINCE,
    source: { clause: '三(三)13', quote: '科学制定城市建成区及周边中重型货车通行路线' },
  },
  {
    id: 'new-truck-family-coverage',
    task: 13,
    duty: 2,
    kind: 'coverage',
    text: {
      zh: '强化新生产货车监督抽查,实现系族全覆盖',
      en: 'Step up spot checks of newly produced trucks, covering every vehicle family',
    },
    scope: PROVINCE,
    note: {
      zh: '方案未写期限：不设期限。',
      en: 'The plan gives no date: none is set.',
    },
    source: { clause: '三(三)13', quote: '强化新生产货车监督抽查,实现系族全覆盖' },
  },
  {
    id: 'truck-roadside-inspection',
    task: 13,
    duty: 2,
    kind: 'recurring',
    frequency: 'continuous',
    text: {
      zh: '加强重型货车路检路查和入户检查,完善生态环境、公安交管、交通运输等部门联合执法常态化路检路查工作机制',
      en: 'Step up roadside and on-premises inspections of heavy trucks, and make joint roadside inspection by the environment, traffic-police and transport authorities a standing routine',
    },
    scope: PROVINCE,
    rules: ['truck-anti-tampering'],
    source: {
      clause: '三(三)13',
      quote: '加强重型货车路检路查和入户检查,完善生态环境、公安交管、交通运输等部门联合执法常态化路检路查工作机制',
    },
  },
  {
    id: 'inspection-station-oversight',
    task: 13,
    duty: 2,
    kind: 'enforcement',
    text: { zh: '强化对年检机构的监管执法', en: 'Supervise and enforce the law on vehicle inspection stations more strictly' },
    scope: PROVINCE,
    rules: ['vehicle-inspection-maintenance'],
    source: { clause: '三(三)13', quote: '强化对年检机构的监管执法' },
  },
  // Task 14 --------------------------------------------------------------------------------------
  {
    id: 'non-road-control-zones',
    task: 14,
    kind: 'deliverable',
    text: {
      zh: '及时修订并公布非道路移动机械排放控制区',
      en: 'Revise and publish the emission control zones for non-road mobile machinery in good time',
    },
    scope: PROVINCE,
    source: { clause: '三(三)14', quote: '及时修订并公布非道路移动机械排放控制区' },
  },
  {
    id: 'non-road-zone-enforcement',
    task: 14,
    kind: 'enforcement',
    text: { zh: '强化非道路移动机械排放控制区执法管控', en: 'Enforce the non-road machinery emission control zones more strictly' },
    scope: PROVINCE,
    source: { clause: '三(三)14', quote: '强化非道路移动机械排放控制区执法管控' },
  },
  // Task 15 --------------------------------------------------------------------------------------
  {
    id: 'fuel-chain-supervision',
    task: 15,
    kind: 'enforcement',
    text: {
      zh: '加强油品进口、生产、仓储、销售、运输、使用全环节监管',
      en: 'Supervise fuel at every stage: import, production, storage, sale, transport and use',
    },
    scope: PROVINCE,
    rules: ['fuel-outlet-rectification', 'non-standard-fuel-sale-ban'],
    source: { clause: '三(三)15', quote: '加强油品进口、生产、仓储、销售、运输、使用全环节监管' },
  },
  {
    id: 'tank-diesel-sampling',
    task: 15,
    kind: 'enforcement',
    text: {
      zh: '提升货车、非道路移动机械油箱中柴油抽测频次,对发现的非标油问题线索进行溯源,严厉追究相关生产、销售、运输者主体责任',
      en: 'Sample the diesel in the tanks of trucks and non-road machinery more often, trace every lead to non-standard fuel back to its source, and hold its producers, sellers and carriers strictly to account',
    },
    scope: PROVINCE,
    rules: ['non-standard-fuel-sale-ban'],
    note: {
      zh: '仍为承诺：抽测、溯源、追责是执法部门的行为；生产、销售非标油的禁止由规则 non-standard-fuel-sale-ban 判断。',
      en: "Stays a commitment: sampling, tracing and holding to account are the enforcement bodies' acts; the ban on making and selling non-standard fuel is rule non-standard-fuel-sale-ban.",
    },
    source: {
      clause: '三(三)15',
      quote: '提升货车、非道路移动机械油箱中柴油抽测频次,对发现的非标油问题线索进行溯源,严厉追究相关生产、销售、运输者主体责任',
    },
  },
] as const satisfies readonly CommitmentInput[];
