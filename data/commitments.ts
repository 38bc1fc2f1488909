import { deepFreeze } from '../src/freeze.js';
import type { Commitment } from '../src/model/commitment.js';
import type { DeepReadonly } from '../src/model/readonly.js';
import type { ClauseId } from './clauses.js';
import type { DepartmentId } from './departments.js';
import type { CityId, RegionId } from './places.js';
import type { RuleId } from './rules/index.js';
import type { TargetId } from './targets.js';

type Scope =
  | { readonly kind: 'province' }
  | { readonly kind: 'city'; readonly city: CityId }
  | { readonly kind: 'region'; readonly region: RegionId };

type CommitmentInput = DeepReadonly<Commitment> & {
  readonly departments: readonly DepartmentId[];
  readonly lead?: DepartmentId;
  readonly scope: readonly Scope[];
  readonly targets?: readonly TargetId[];
  readonly rules?: readonly RuleId[];
  readonly source: { readonly clause: ClauseId; readonly quote: string };
};

// The bodies of each responsibility note (TASKS[n − 1].duties; T12_2 is task 12's second note), copied so that
// the data imports nothing but types: tests/data/commitments.test.ts checks each against the task's note.
const T1 = { departments: ['development-reform', 'industry-it', 'ecology-environment', 'energy', 'approval-services'] } as const;
const T2 = { departments: ['industry-it', 'energy', 'development-reform', 'ecology-environment'] } as const;
const T3 = { departments: ['industry-it', 'energy', 'development-reform', 'ecology-environment', 'emergency-management', 'market-regulation'] } as const;
const T4 = { departments: ['ecology-environment', 'industry-it'] } as const;
const T6 = { departments: ['ecology-environment', 'development-reform', 'science-technology', 'industry-it', 'market-regulation'] } as const;
const T7 = { departments: ['development-reform', 'energy', 'industry-it', 'ecology-environment', 'housing-urban-rural', 'agriculture-rural'] } as const;
const T8 = { departments: ['energy', 'ecology-environment'] } as const;
const T9 = { departments: ['energy', 'ecology-environment', 'housing-urban-rural', 'market-regulation'] } as const;
const T10 = { departments: ['ecology-environment', 'industry-it', 'energy'] } as const;
const T11 = { departments: ['energy', 'ecology-environment', 'development-reform', 'finance', 'housing-urban-rural', 'agriculture-rural', 'market-regulation'] } as const;
const T12_1 = { departments: ['transport', 'development-reform', 'ecology-environment', 'china-railway-taiyuan'] } as const;
const T12_2 = { departments: ['transport', 'development-reform', 'china-railway-taiyuan', 'industry-it', 'natural-resources', 'ecology-environment'] } as const;
const T13_1 = { departments: ['industry-it', 'public-security', 'ecology-environment', 'transport', 'energy', 'postal'] } as const;
const T13_2 = { departments: ['ecology-environment', 'transport', 'public-security', 'market-regulation'] } as const;
const T14 = { departments: ['ecology-environment', 'transport', 'china-railway-taiyuan'] } as const;
const T15 = { departments: ['development-reform', 'public-security', 'ecology-environment', 'transport', 'commerce', 'taiyuan-customs', 'market-regulation'] } as const;
const T16 = { departments: ['housing-urban-rural', 'ecology-environment', 'transport', 'water-resources'] } as const;
const T18 = { departments: ['ecology-environment', 'agriculture-rural', 'development-reform', 'meteorology'] } as const;
const T19 = { departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'commerce'] } as const;
const T21_1 = { departments: ['ecology-environment'] } as const;
const T21_2 = { departments: ['ecology-environment', 'industry-it', 'market-regulation'], lead: 'ecology-environment' } as const;
const T22 = { departments: ['ecology-environment', 'housing-urban-rural'] } as const;
const T24 = { departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'china-railway-taiyuan'] } as const;
const T25 = { departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'commerce'] } as const;
const T26 = { departments: ['ecology-environment'] } as const;
const T27 = { departments: ['ecology-environment'] } as const;
const T28 = { departments: ['ecology-environment', 'meteorology'] } as const;
const T29_1 = { departments: ['ecology-environment'] } as const;
const T29_2 = { departments: ['ecology-environment', 'transport'] } as const;
const T30 = { departments: ['ecology-environment', 'public-security', 'market-regulation'] } as const;
const T31 = { departments: ['ecology-environment', 'science-technology', 'meteorology'] } as const;
const T32 = { departments: ['ecology-environment', 'justice', 'market-regulation'] } as const;
const T33 = { departments: ['development-reform', 'finance', 'ecology-environment', 'energy', 'taxation', 'pboc-shanxi'] } as const;
const LEAD_EE = { departments: ['ecology-environment'], lead: 'ecology-environment' } as const; // tasks 34, 35, 37, 38 (with 各有关部门)
const T36 = { departments: ['ecology-environment', 'development-reform', 'market-regulation'] } as const;

const PROVINCE = [{ kind: 'province' }] as const;
const city = <const C extends CityId>(c: C) => [{ kind: 'city', city: c }] as const;
const region = <const R extends RegionId>(r: R) => [{ kind: 'region', region: r }] as const;

const PROPOSED_RULE = {
  zh: '此句针对可识别的对象(企业、设施、机构),宜另立规则;在规则写成之前,以本承诺记录。',
  en: 'This sentence concerns identifiable subjects (enterprises, installations, bodies) and should become a rule; until one is written, this commitment records it.',
} as const;

/**
 * The plan's commitments that are neither targets nor rules on a subject — what the authorities undertake to
 * produce, repeat, cover, run, promote or enforce — in the plan's order, each with the bodies of the
 * responsibility note that covers it, where it applies and, where the plan says, when or how often.
 *
 * @example
 * ```ts
 * COMMITMENTS.find((c) => c.id === 'monthly-ranking-publication')?.frequency; //=> 'monthly'
 * COMMITMENTS.find((c) => c.id === 'air-regulation-revision')?.kind; //=> 'deliverable'
 * ```
 * @see 二、工作目标; 三、重点任务
 * @category Plan
 */
export const COMMITMENTS = /* @__PURE__ */ deepFreeze([
  // 二、工作目标 ---------------------------------------------------------------------------------
  {
    id: 'city-annual-targets',
    kind: 'deliverable',
    text: { zh: '各设区城市年度目标根据国家下达的任务另行分解', en: 'Each city\'s annual targets are set separately, by dividing up the tasks the State assigns' },
    departments: [],
    scope: PROVINCE,
    note: {
      zh: '二、工作目标无责任分工说明,方案未写由谁分解、何时分解:不列部门,不设期限。',
      en: '二、工作目标 has no responsibility note and the plan says neither who divides the targets up nor when: no body and no date are given.',
    },
    source: { clause: '二', quote: '各设区城市年度目标根据国家下达的任务另行分解' },
  },
  // Task 1 ---------------------------------------------------------------------------------------
  {
    id: 'blind-project-curb',
    task: 1,
    kind: 'enforcement',
    text: { zh: '坚决遏制高耗能、高排放、低水平项目盲目上马', en: 'Firmly stop energy-intensive, high-emission, low-level projects from being launched blindly' },
    ...T1,
    scope: PROVINCE,
    source: { clause: '三(一)1', quote: '坚决遏制高耗能、高排放、低水平项目盲目上马' },
  },
  // Task 2 ---------------------------------------------------------------------------------------
  {
    id: 'coking-green-assessment',
    task: 2,
    kind: 'programme',
    text: { zh: '开展焦化行业高质量绿色发展考核,全面提升焦化行业节能环保安全水平', en: 'Assess the coking industry on high-quality green development and raise its energy-saving, environmental and safety standards across the board' },
    ...T2,
    scope: PROVINCE,
    source: { clause: '三(一)2', quote: '开展焦化行业高质量绿色发展考核,全面提升焦化行业节能环保安全水平' },
  },
  {
    id: 'supporting-coal-power',
    task: 2,
    kind: 'priority',
    text: { zh: '加快支撑性、调节性煤电项目建设,提高先进燃煤机组占比', en: 'Speed up building coal-power projects that support and regulate the grid, and raise the share of advanced coal-fired units' },
    ...T2,
    scope: PROVINCE,
    rules: ['coal-unit-below-300mw'],
    source: { clause: '三(一)2', quote: '加快支撑性、调节性煤电项目建设,有序淘汰30万千瓦以下燃煤机组,提高先进燃煤机组占比' },
  },
  {
    id: 'coal-washing-upgrade',
    task: 2,
    kind: 'priority',
    text: { zh: '持续推进煤炭洗选行业产业升级,不断提升洗选企业标准化管理水平', en: 'Keep upgrading the coal-washing industry and keep raising the standard of its firms\' management' },
    ...T2,
    scope: PROVINCE,
    source: { clause: '三(一)2', quote: '持续推进煤炭洗选行业产业升级,不断提升洗选企业标准化管理水平' },
  },
  // Task 3 ---------------------------------------------------------------------------------------
  {
    id: 'backward-capacity-exit',
    task: 3,
    kind: 'programme',
    text: { zh: '严格落实《产业结构调整指导目录》,依法依规推动落后产能退出', en: 'Apply the Catalogue for Guiding Industrial Restructuring strictly and have backward capacity exit lawfully' },
    ...T3,
    scope: PROVINCE,
    note: PROPOSED_RULE,
    source: { clause: '三(一)3', quote: '严格落实《产业结构调整指导目录》,依法依规推动落后产能退出' },
  },
  {
    id: 'fenhe-valley-stricter-standards',
    task: 3,
    kind: 'programme',
    text: {
      zh: '汾河谷地进一步提高落后产能能耗、环保、质量、安全、技术等标准要求,加快限制类涉气行业工艺装备升级改造和淘汰退出',
      en: 'In the Fen River valley, raise the energy, environmental, quality, safety and technical standards applied to backward capacity further, and speed up upgrading or phasing out the restricted-category process equipment of air-polluting industries',
    },
    ...T3,
    scope: /* @__PURE__ */ region('fenhe-valley'),
    source: { clause: '三(一)3', quote: '汾河谷地进一步提高落后产能能耗、环保、质量、安全、技术等标准要求,加快限制类涉气行业工艺装备升级改造和淘汰退出' },
  },
  {
    id: 'steel-coking-sintering-integration',
    task: 3,
    kind: 'priority',
    text: { zh: '推行钢铁、焦化、烧结一体化布局', en: 'Promote integrated siting of steel, coking and sintering' },
    ...T3,
    scope: PROVINCE,
    source: { clause: '三(一)3', quote: '推行钢铁、焦化、烧结一体化布局' },
  },
  {
    id: 'independent-plants-reduction',
    task: 3,
    kind: 'programme',
    text: { zh: '大幅减少独立焦化、烧结、球团和热轧企业及工序', en: 'Sharply reduce independent coking, sintering, pelletising and hot-rolling enterprises and processes' },
    ...T3,
    scope: PROVINCE,
    note: {
      zh: '“大幅减少”无数值、无期限:记为计划而非目标。',
      en: '大幅减少 (sharply reduce) has no figure and no date: recorded as a programme, not a target.',
    },
    source: { clause: '三(一)3', quote: '大幅减少独立焦化、烧结、球团和热轧企业及工序' },
  },
  {
    id: 'backward-coal-washing-phase-out',
    task: 3,
    kind: 'programme',
    text: { zh: '持续淘汰落后煤炭洗选产能,促进煤炭洗选行业规范发展', en: 'Keep phasing out backward coal-washing capacity and bring the coal-washing industry into orderly development' },
    ...T3,
    scope: PROVINCE,
    rules: ['coal-washing-capacity-replacement'],
    source: { clause: '三(一)3', quote: '持续淘汰落后煤炭洗选产能,促进煤炭洗选行业规范发展' },
  },
  {
    id: 'brick-kiln-rectification',
    task: 3,
    kind: 'programme',
    text: { zh: '开展砖瓦窑行业综合整治', en: 'Carry out a comprehensive clean-up of the brick and tile kiln industry' },
    ...T3,
    scope: PROVINCE,
    source: { clause: '三(一)3', quote: '开展砖瓦窑行业综合整治' },
  },
  // Task 4 ---------------------------------------------------------------------------------------
  {
    id: 'cluster-project-approval',
    task: 4,
    kind: 'enforcement',
    text: { zh: '严格项目审批,严防污染下乡', en: 'Approve projects strictly and keep pollution from moving to the countryside' },
    ...T4,
    scope: PROVINCE,
    rules: ['industry-cluster-plan'],
    note: {
      zh: '读作与前句同一主语:中小型传统制造企业集中的城市。',
      en: 'Read with the same subject as the clause before it: the cities where small and medium traditional manufacturers cluster.',
    },
    source: { clause: '三(一)4', quote: '严格项目审批,严防污染下乡' },
  },
  {
    id: 'cluster-shared-facilities',
    task: 4,
    kind: 'deliverable',
    text: {
      zh: '结合产业集群特点,因地制宜建设集中供热中心、集中喷涂中心、有机溶剂集中回收处置中心、活性炭集中再生中心',
      en: 'Build, as suits each cluster and place, shared heating centres, shared spray-painting centres, centres collecting and treating used organic solvents, and activated-carbon regeneration centres',
    },
    ...T4,
    scope: PROVINCE,
    note: {
      zh: '“因地制宜”:建哪些中心、建几个,方案未定。',
      en: '因地制宜 (as suits the place): the plan fixes neither which centres nor how many.',
    },
    source: { clause: '三(一)4', quote: '结合产业集群特点,因地制宜建设集中供热中心、集中喷涂中心、有机溶剂集中回收处置中心、活性炭集中再生中心' },
  },
  // Task 6 ---------------------------------------------------------------------------------------
  {
    id: 'low-carbon-industry-bases',
    task: 6,
    kind: 'deliverable',
    text: { zh: '加大政策支持力度,建成一批特色低碳环保产业基地', en: 'Give more policy support and complete a number of distinctive low-carbon environmental industry bases' },
    ...T6,
    scope: PROVINCE,
    targets: ['leading-low-carbon-groups'],
    note: { zh: '“一批”无数量、无期限。', en: '一批 (a number of) gives no count and no date.' },
    source: { clause: '三(一)6', quote: '加大政策支持力度,建成一批特色低碳环保产业基地' },
  },
  {
    id: 'low-price-bid-rectification',
    task: 6,
    kind: 'enforcement',
    text: { zh: '加大环保领域低价低质中标乱象治理力度,营造公平竞争环境', en: 'Act harder against winning environmental-protection tenders with low prices and low quality, for fair competition' },
    ...T6,
    scope: PROVINCE,
    source: { clause: '三(一)6', quote: '加大环保领域低价低质中标乱象治理力度,营造公平竞争环境,推动产业健康有序发展' },
  },
  // Task 7 ---------------------------------------------------------------------------------------
  {
    id: 'unconventional-gas-bases',
    task: 7,
    kind: 'priority',
    text: { zh: '加快晋城、吕梁非常规天然气示范基地建设', en: 'Speed up building the unconventional natural-gas demonstration bases of Jincheng and Lüliang' },
    ...T7,
    scope: [{ kind: 'city', city: 'jincheng' }, { kind: 'city', city: 'lvliang' }],
    source: { clause: '三(二)7', quote: '加快晋城、吕梁非常规天然气示范基地建设' },
  },
  {
    id: 'gas-supply-increase',
    task: 7,
    kind: 'priority',
    text: { zh: '持续增加天然气生产供应', en: 'Keep increasing natural-gas production and supply' },
    ...T7,
    scope: PROVINCE,
    rules: ['new-gas-priority'],
    source: { clause: '三(二)7', quote: '持续增加天然气生产供应' },
  },
  // Task 8 ---------------------------------------------------------------------------------------
  {
    id: 'key-region-coal-cap',
    task: 8,
    kind: 'programme',
    text: { zh: '在保障能源安全供应的前提下,重点区域继续实施煤炭消费总量控制', en: 'While keeping energy supply secure, the key region keeps capping total coal consumption' },
    ...T8,
    scope: /* @__PURE__ */ region('key-region'),
    targets: ['coal-2025-taiyuan', 'coal-2025-yangquan', 'coal-2025-changzhi', 'coal-2025-jincheng', 'coal-2025-jinzhong', 'coal-2025-yuncheng', 'coal-2025-linfen', 'coal-2025-lvliang'],
    rules: ['key-region-coal-negative-growth'],
    source: { clause: '三(二)8', quote: '在保障能源安全供应的前提下,重点区域继续实施煤炭消费总量控制' },
  },
  {
    id: 'non-power-coal-cut',
    task: 8,
    kind: 'priority',
    text: { zh: '重点削减非电力用煤', en: 'Cut coal used outside power generation first' },
    ...T8,
    scope: PROVINCE,
    note: {
      zh: '读作适用于前句所说的全部城市(重点区域城市与其他城市)。',
      en: 'Read as applying to every city of the sentence (key-region cities and the others).',
    },
    source: { clause: '三(二)8', quote: '重点削减非电力用煤' },
  },
  // Task 9 ---------------------------------------------------------------------------------------
  {
    id: 'heating-plan-boiler-replacement',
    task: 9,
    kind: 'deliverable',
    text: { zh: '各地要将燃煤供热锅炉替代项目纳入城镇供热规划', en: 'Every locality puts its coal heating-boiler replacement projects into its urban heating plan' },
    ...T9,
    scope: PROVINCE,
    rules: ['coal-boiler-built-up-area'],
    source: { clause: '三(二)9', quote: '各地要将燃煤供热锅炉替代项目纳入城镇供热规划' },
  },
  {
    id: 'heat-network-long-distance',
    task: 9,
    kind: 'priority',
    text: { zh: '加快热力管网建设,依托电厂、大型工业企业开展远距离供热示范项目建设', en: 'Speed up building heat networks and build long-distance heating demonstration projects drawing on power plants and large industrial enterprises' },
    ...T9,
    scope: PROVINCE,
    rules: ['coal-boiler-heat-network'],
    source: { clause: '三(二)9', quote: '加快热力管网建设,依托电厂、大型工业企业开展远距离供热示范项目建设' },
  },
  // Task 10 --------------------------------------------------------------------------------------
  {
    id: 'coal-to-electricity-gas',
    task: 10,
    kind: 'priority',
    text: { zh: '有序推进以电代煤,在落实气源的前提下加大以气代煤力度', en: 'Replace coal with electricity in an orderly way, and with gas more strongly where the gas supply is secured' },
    ...T10,
    scope: PROVINCE,
    source: { clause: '三(二)10', quote: '有序推进以电代煤,在落实气源的前提下加大以气代煤力度' },
  },
  // Task 11 --------------------------------------------------------------------------------------
  {
    id: 'clean-heating-retrofit',
    task: 11,
    kind: 'programme',
    text: { zh: '因地制宜、积极稳妥成片推进清洁取暖改造,确保群众安全温暖过冬', en: 'Convert heating to clean sources area by area, as suits each place, actively and safely, so that people stay safe and warm through the winter' },
    ...T11,
    scope: PROVINCE,
    rules: ['clean-heating-ban-zone'],
    source: { clause: '三(二)11', quote: '因地制宜、积极稳妥成片推进清洁取暖改造,确保群众安全温暖过冬' },
  },
  {
    id: 'loose-coal-heating-substitution',
    task: 11,
    kind: 'programme',
    text: { zh: '稳妥推进中部城市群、上党革命老区、临运盆地散煤取暖替代工程', en: 'Carry out the replacement of loose-coal heating in the central city cluster, the Shangdang old revolutionary base area and the Linfen–Yuncheng basin, safely' },
    ...T11,
    scope: [
      { kind: 'region', region: 'central-city-cluster' },
      { kind: 'region', region: 'shangdang-old-revolutionary-area' },
      { kind: 'region', region: 'linyun-basin' },
    ],
    source: { clause: '三(二)11', quote: '稳妥推进中部城市群、上党革命老区、临运盆地散煤取暖替代工程' },
  },
  {
    id: 'clean-heating-evaluation',
    task: 11,
    kind: 'deliverable',
    text: {
      zh: '全面评估现有清洁取暖改造运行情况,持续优化改造方式或运行模式,巩固提升现有清洁取暖成果',
      en: 'Evaluate in full how the clean-heating conversions made so far are running, keep improving how they are converted or run, and consolidate what has been achieved',
    },
    ...T11,
    scope: PROVINCE,
    source: { clause: '三(二)11', quote: '全面评估现有清洁取暖改造运行情况,持续优化改造方式或运行模式,巩固提升现有清洁取暖成果' },
  },
  {
    id: 'farm-loose-coal-survey',
    task: 11,
    kind: 'deliverable',
    text: { zh: '开展农用领域散煤使用情况排查', en: 'Survey the use of loose coal in farming' },
    ...T11,
    scope: PROVINCE,
    rules: ['farm-loose-coal-substitution'],
    source: { clause: '三(二)11', quote: '开展农用领域散煤使用情况排查' },
  },
  {
    id: 'building-energy-efficiency',
    task: 11,
    kind: 'priority',
    text: { zh: '全面提升建筑能效水平,加快既有农房节能改造', en: 'Raise the energy efficiency of buildings across the board and speed up energy-saving retrofits of existing rural houses' },
    ...T11,
    scope: PROVINCE,
    source: { clause: '三(二)11', quote: '全面提升建筑能效水平,加快既有农房节能改造' },
  },
  // Task 12 --------------------------------------------------------------------------------------
  {
    id: 'clean-transport-in-project-review',
    task: 12,
    kind: 'priority',
    text: {
      zh: '探索将清洁运输作为煤矿、钢铁、火电、有色、焦化、煤化工等行业新改扩建项目审核和监管重点',
      en: 'Explore making clean transport a focus of the review and supervision of new, rebuilt and expanded projects in coal mining, steel, thermal power, non-ferrous metals, coking, coal chemicals and similar industries',
    },
    ...T12_1,
    scope: PROVINCE,
    source: { clause: '三(三)12', quote: '探索将清洁运输作为煤矿、钢铁、火电、有色、焦化、煤化工等行业新改扩建项目审核和监管重点' },
  },
  {
    id: 'planned-rail-sidings',
    task: 12,
    kind: 'priority',
    text: { zh: '加快已纳入规划的重点铁路专用线和联运转运衔接设施建设', en: 'Speed up building the key rail sidings and intermodal transfer facilities already in the plans' },
    ...T12_2,
    scope: PROVINCE,
    source: { clause: '三(三)12', quote: '加快已纳入规划的重点铁路专用线和联运转运衔接设施建设' },
  },
  {
    id: 'rail-yard-freight-retrofit',
    task: 12,
    kind: 'programme',
    text: { zh: '开展铁路场站适货化改造', en: 'Adapt railway yards and stations to the freight they are to handle' },
    ...T12_2,
    scope: PROVINCE,
    source: { clause: '三(三)12', quote: '开展铁路场站适货化改造' },
  },
  {
    id: 'rail-project-support',
    task: 12,
    kind: 'priority',
    text: { zh: '强化项目用地选址选线、验收投运、运力调配、铁路运价等措施保障', en: 'Back rail projects with land and route selection, acceptance and commissioning, capacity allocation, rail tariffs and other measures' },
    ...T12_2,
    scope: PROVINCE,
    source: { clause: '三(三)12', quote: '强化项目用地选址选线、验收投运、运力调配、铁路运价等措施保障' },
  },
  // Task 13 --------------------------------------------------------------------------------------
  {
    id: 'truck-routes',
    task: 13,
    kind: 'deliverable',
    text: { zh: '科学制定城市建成区及周边中重型货车通行路线', en: 'Draw up routes for medium and heavy trucks in and around the cities\' built-up areas, on a sound basis' },
    ...T13_1,
    scope: PROVINCE,
    source: { clause: '三(三)13', quote: '科学制定城市建成区及周边中重型货车通行路线' },
  },
  {
    id: 'new-truck-family-coverage',
    task: 13,
    kind: 'coverage',
    text: { zh: '强化新生产货车监督抽查,实现系族全覆盖', en: 'Step up spot checks of newly produced trucks, covering every vehicle family' },
    ...T13_2,
    scope: PROVINCE,
    note: {
      zh: '方案未写期限:不设期限。',
      en: 'The plan gives no date: none is set.',
    },
    source: { clause: '三(三)13', quote: '强化新生产货车监督抽查,实现系族全覆盖' },
  },
  {
    id: 'truck-roadside-inspection',
    task: 13,
    kind: 'recurring',
    frequency: 'continuous',
    text: {
      zh: '加强重型货车路检路查和入户检查,完善生态环境、公安交管、交通运输等部门联合执法常态化路检路查工作机制',
      en: 'Step up roadside and on-premises inspections of heavy trucks, and make joint roadside inspection by the environment, traffic-police and transport authorities a standing routine',
    },
    ...T13_2,
    scope: PROVINCE,
    rules: ['truck-anti-tampering'],
    source: { clause: '三(三)13', quote: '加强重型货车路检路查和入户检查,完善生态环境、公安交管、交通运输等部门联合执法常态化路检路查工作机制' },
  },
  {
    id: 'inspection-station-oversight',
    task: 13,
    kind: 'enforcement',
    text: { zh: '强化对年检机构的监管执法', en: 'Supervise and enforce the law on vehicle inspection stations more strictly' },
    ...T13_2,
    scope: PROVINCE,
    rules: ['vehicle-inspection-maintenance'],
    source: { clause: '三(三)13', quote: '强化对年检机构的监管执法' },
  },
  // Task 14 --------------------------------------------------------------------------------------
  {
    id: 'non-road-control-zones',
    task: 14,
    kind: 'deliverable',
    text: { zh: '及时修订并公布非道路移动机械排放控制区', en: 'Revise and publish the emission control zones for non-road mobile machinery in good time' },
    ...T14,
    scope: PROVINCE,
    source: { clause: '三(三)14', quote: '及时修订并公布非道路移动机械排放控制区' },
  },
  {
    id: 'non-road-zone-enforcement',
    task: 14,
    kind: 'enforcement',
    text: { zh: '强化非道路移动机械排放控制区执法管控', en: 'Enforce the non-road machinery emission control zones more strictly' },
    ...T14,
    scope: PROVINCE,
    source: { clause: '三(三)14', quote: '强化非道路移动机械排放控制区执法管控' },
  },
  // Task 15 --------------------------------------------------------------------------------------
  {
    id: 'fuel-chain-supervision',
    task: 15,
    kind: 'enforcement',
    text: { zh: '加强油品进口、生产、仓储、销售、运输、使用全环节监管', en: 'Supervise fuel at every stage: import, production, storage, sale, transport and use' },
    ...T15,
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
    ...T15,
    scope: PROVINCE,
    rules: ['non-standard-fuel-sale-ban'],
    note: PROPOSED_RULE,
    source: { clause: '三(三)15', quote: '提升货车、非道路移动机械油箱中柴油抽测频次,对发现的非标油问题线索进行溯源,严厉追究相关生产、销售、运输者主体责任' },
  },
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
    ...T16,
    scope: PROVINCE,
    source: { clause: '三(四)16', quote: '常态化开展扬尘专项整治,统筹推进施工、道路、裸地、堆场、工业企业无组织排放扬尘“五尘”同治' },
  },
  {
    id: 'construction-dust-supervision',
    task: 16,
    kind: 'enforcement',
    text: { zh: '强化施工工地扬尘监管', en: 'Supervise dust on construction sites more strictly' },
    ...T16,
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
    ...T16,
    scope: PROVINCE,
    targets: ['road-cleaning-cities-2025', 'road-cleaning-county-towns-2025'],
    source: { clause: '三(四)16', quote: '强化城乡主要道路、工业集聚区和重点工矿企业周边道路扬尘治理,定期开展机械化清扫' },
  },
  {
    id: 'bare-land-greening',
    task: 16,
    kind: 'programme',
    text: { zh: '加强城市裸地硬化或绿化', en: 'Pave or green more of the cities\' bare land' },
    ...T16,
    scope: PROVINCE,
    source: { clause: '三(四)16', quote: '加强城市裸地硬化或绿化' },
  },
  // Task 18 --------------------------------------------------------------------------------------
  {
    id: 'straw-return-standards',
    task: 18,
    kind: 'priority',
    text: { zh: '提高秸秆还田标准化、规范化水平', en: 'Make the return of straw to the fields more standardised and better regulated' },
    ...T18,
    scope: PROVINCE,
    source: { clause: '三(四)18', quote: '提高秸秆还田标准化、规范化水平' },
  },
  {
    id: 'straw-collection-system',
    task: 18,
    kind: 'deliverable',
    text: { zh: '健全秸秆收储运服务体系,提升产业化能力,提高离田效能', en: 'Complete the service system for collecting, storing and transporting straw, build up its industrial use and remove straw from the fields more efficiently' },
    ...T18,
    scope: PROVINCE,
    targets: ['straw-utilisation-2024', 'straw-utilisation-2025'],
    source: { clause: '三(四)18', quote: '健全秸秆收储运服务体系,提升产业化能力,提高离田效能' },
  },
  {
    id: 'straw-fire-monitoring',
    task: 18,
    kind: 'priority',
    text: { zh: '综合运用卫星遥感、高清视频监控、无人机等手段,提高秸秆焚烧火点监测精准度', en: 'Use satellite remote sensing, high-definition video, drones and other means to locate straw fires more precisely' },
    ...T18,
    scope: PROVINCE,
    rules: ['straw-burning-ban'],
    source: { clause: '三(四)18', quote: '综合运用卫星遥感、高清视频监控、无人机等手段,提高秸秆焚烧火点监测精准度' },
  },
  {
    id: 'straw-burning-patrols',
    task: 18,
    kind: 'recurring',
    frequency: 'seasonal',
    text: { zh: '完善网格化监管体系,充分发挥基层组织作用,开展秸秆焚烧重点时段专项巡查', en: 'Complete the grid-based supervision system, make full use of grassroots organisations, and patrol against straw burning in the key periods' },
    ...T18,
    scope: PROVINCE,
    rules: ['straw-burning-ban'],
    note: {
      zh: '“重点时段”方案未列明:读作每年秸秆焚烧的高发时段(夏收、秋收)。',
      en: 'The plan does not name the key periods (重点时段): read as the seasons when straw is burnt (the summer and autumn harvests).',
    },
    source: { clause: '三(四)18', quote: '完善网格化监管体系,充分发挥基层组织作用,开展秸秆焚烧重点时段专项巡查' },
  },
  // Task 19 --------------------------------------------------------------------------------------
  {
    id: 'park-green-upgrade',
    task: 19,
    kind: 'priority',
    text: {
      zh: '推进污染物集中治理、能源梯级利用、物料绿色运输,加强监测监控能力建设,全面提升工业园区绿色低碳发展水平',
      en: 'Promote shared pollution treatment, cascaded energy use and green transport of materials, build up monitoring, and raise the green, low-carbon development of industrial parks across the board',
    },
    ...T19,
    scope: PROVINCE,
    rules: ['industrial-park-treatment'],
    source: { clause: '三(五)19', quote: '推进污染物集中治理、能源梯级利用、物料绿色运输,加强监测监控能力建设,全面提升工业园区绿色低碳发展水平' },
  },
  // Task 21 --------------------------------------------------------------------------------------
  {
    id: 'ule-enterprise-rating',
    task: 21,
    kind: 'programme',
    text: {
      zh: '经评估监测确定全面达到超低排放的企业,按程序公示后开展重污染天气应急减排A级、B级或引领性绩效评级',
      en: 'Enterprises found by assessment monitoring to meet ultra-low emissions in full are published by the set procedure and then graded A, B or "leading" for heavy-pollution emergency reductions',
    },
    ...T21_1,
    scope: PROVINCE,
    targets: ['ultra-low-assessment-2024'],
    rules: ['key-industry-ultra-low-emission'],
    note: PROPOSED_RULE,
    source: { clause: '三(五)21', quote: '经评估监测确定全面达到超低排放的企业,按程序公示后开展重污染天气应急减排A级、B级或引领性绩效评级' },
  },
  {
    id: 'biomass-boiler-supervision',
    task: 21,
    kind: 'enforcement',
    text: { zh: '加大生物质锅炉排放监管力度', en: 'Supervise the emissions of biomass boilers more closely' },
    ...T21_2,
    scope: PROVINCE,
    rules: ['small-biomass-boiler-consolidation'],
    source: { clause: '三(五)21', quote: '加大生物质锅炉排放监管力度' },
  },
  {
    id: 'treatment-facility-operation',
    task: 21,
    kind: 'enforcement',
    text: { zh: '强化治污设施运行维护,减少非正常工况排放', en: 'Make sure pollution-control facilities are run and maintained, and cut emissions under abnormal operating conditions' },
    ...T21_2,
    scope: PROVINCE,
    note: PROPOSED_RULE,
    source: { clause: '三(五)21', quote: '强化治污设施运行维护,减少非正常工况排放' },
  },
  // Task 22 --------------------------------------------------------------------------------------
  {
    id: 'catering-siting-control',
    task: 22,
    kind: 'enforcement',
    text: { zh: '严格居民楼附近餐饮服务单位布局管理', en: 'Control strictly where catering businesses are sited near residential buildings' },
    ...T22,
    scope: PROVINCE,
    note: {
      zh: '“附近”无距离:不能作为可判定的规则。',
      en: '附近 (near) gives no distance: it cannot be made a decidable rule.',
    },
    source: { clause: '三(五)22', quote: '严格居民楼附近餐饮服务单位布局管理' },
  },
  {
    id: 'third-party-operation',
    task: 22,
    kind: 'priority',
    text: { zh: '推动有条件的城市实施治理设施第三方运维管理及在线监控', en: 'Encourage cities that can to have (catering) treatment facilities run by third parties and monitored online' },
    ...T22,
    scope: PROVINCE,
    note: {
      zh: '所在条款为餐饮油烟和恶臭异味治理,“治理设施”读作餐饮油烟治理设施;“有条件的城市”未列明。',
      en: 'The clause is about cooking fumes and odours, so 治理设施 is read as cooking-fume treatment facilities; the plan does not say which cities "can".',
    },
    source: { clause: '三(五)22', quote: '推动有条件的城市实施治理设施第三方运维管理及在线监控' },
  },
  {
    id: 'odour-nuisance-rectification',
    task: 22,
    kind: 'programme',
    text: { zh: '开展恶臭异味扰民问题排查整治', en: 'Find and fix odour nuisances' },
    ...T22,
    scope: PROVINCE,
    rules: ['odour-online-monitoring'],
    source: { clause: '三(五)22', quote: '开展恶臭异味扰民问题排查整治' },
  },
  {
    id: 'fume-odour-complaints',
    task: 22,
    kind: 'priority',
    text: { zh: '加强部门联动,因地制宜解决人民群众反映集中的油烟及恶臭异味扰民问题', en: 'Have departments act together to solve, as suits each place, the cooking-fume and odour nuisances people complain about most' },
    ...T22,
    scope: PROVINCE,
    source: { clause: '三(五)22', quote: '加强部门联动,因地制宜解决人民群众反映集中的油烟及恶臭异味扰民问题' },
  },
  // Task 24 --------------------------------------------------------------------------------------
  {
    id: 'taiyuan-basin-layout',
    task: 24,
    kind: 'priority',
    text: {
      zh: '以生态环境承载能力为基础,加强区域重大建设项目布局统筹,调整优化不符合生态环境功能定位的产业布局、规模和结构',
      en: 'On the basis of the environment\'s carrying capacity, plan the siting of major projects in the basin as a whole and adjust industries whose location, size or structure does not fit the area\'s environmental function',
    },
    ...T24,
    scope: /* @__PURE__ */ region('taiyuan-basin'),
    source: { clause: '三(六)24', quote: '以生态环境承载能力为基础,加强区域重大建设项目布局统筹,调整优化不符合生态环境功能定位的产业布局、规模和结构' },
  },
  {
    id: 'taiyuan-rail-road-logistics',
    task: 24,
    kind: 'priority',
    text: { zh: '加快提升货物清洁运输比例,太原市采取公铁联运等“外集内配”物流方式', en: 'Raise the clean share of freight faster; Taiyuan uses road–rail intermodal and other "collect outside, distribute inside" logistics' },
    ...T24,
    scope: /* @__PURE__ */ city('taiyuan'),
    targets: ['clean-transport-share-2024', 'clean-transport-share-2025'],
    note: {
      zh: '“加快提升货物清洁运输比例”读作太原盆地(区域)的要求,其比例目标见第24条两项目标;“外集内配”为太原市的方式。',
      en: 'Raising the clean share is read as the basin\'s (the region\'s) aim, whose figures are task 24\'s two targets; "collect outside, distribute inside" is Taiyuan city\'s means.',
    },
    source: { clause: '三(六)24', quote: '加快提升货物清洁运输比例,太原市采取公铁联运等“外集内配”物流方式' },
  },
  // Task 25 --------------------------------------------------------------------------------------
  {
    id: 'taiyuan-basin-policy-alignment',
    task: 25,
    kind: 'priority',
    text: { zh: '统一区域治污力度,强化区域环境政策协同', en: 'Apply one level of pollution control across the basin and align its environmental policies' },
    ...T25,
    scope: /* @__PURE__ */ region('taiyuan-basin'),
    rules: ['taiyuan-basin-park-joint-treatment'],
    source: { clause: '三(六)25', quote: '统一区域治污力度,强化区域环境政策协同' },
  },
  {
    id: 'taiyuan-basin-joint-enforcement',
    task: 25,
    kind: 'recurring',
    frequency: 'continuous',
    text: { zh: '统一区域环境执法尺度,常态化开展区域交叉执法和部门联合执法', en: 'Enforce environmental law by one yardstick across the basin, with cross-jurisdiction and joint inter-department enforcement as a standing routine' },
    ...T25,
    scope: /* @__PURE__ */ region('taiyuan-basin'),
    source: { clause: '三(六)25', quote: '统一区域环境执法尺度,常态化开展区域交叉执法和部门联合执法' },
  },
  {
    id: 'taiyuan-basin-emergency-standards',
    task: 25,
    kind: 'deliverable',
    text: {
      zh: '统一区域重污染天气预警和应急减排措施标准,建立高效快速的重污染天气应急响应指挥调度机制',
      en: 'Set one standard for heavy-pollution alerts and emergency reduction measures across the basin, and establish a fast, effective command and dispatch mechanism for the emergency response',
    },
    ...T25,
    scope: /* @__PURE__ */ region('taiyuan-basin'),
    source: { clause: '三(六)25', quote: '统一区域重污染天气预警和应急减排措施标准,建立高效快速的重污染天气应急响应指挥调度机制' },
  },
  // Task 26 --------------------------------------------------------------------------------------
  {
    id: 'datong-consolidation',
    task: 26,
    kind: 'priority',
    text: { zh: '大同市推进空气质量巩固改善', en: 'Datong consolidates and improves its air quality' },
    ...T26,
    scope: /* @__PURE__ */ city('datong'),
    targets: ['pm25-2025-datong'],
    note: {
      zh: '大同市不在“其他空气质量未达标的设区城市”之列,不编制限期达标规划。',
      en: 'Datong is not among "the other cities that do not meet the standard" and draws up no attainment plan.',
    },
    source: { clause: '三(七)26', quote: '大同市推进空气质量巩固改善' },
  },
  // Task 27 --------------------------------------------------------------------------------------
  {
    id: 'taiyuan-area-joint-mechanism',
    task: 27,
    kind: 'deliverable',
    text: { zh: '完善太原及周边重点区域省市联管、省市联建、省市联防机制', en: 'Complete the mechanisms by which province and cities jointly manage, build and defend Taiyuan and its surrounding key area' },
    ...T27,
    scope: /* @__PURE__ */ region('taiyuan-and-surroundings'),
    source: { clause: '三(七)27', quote: '完善太原及周边重点区域省市联管、省市联建、省市联防机制' },
  },
  {
    id: 'fenhe-valley-joint-control',
    task: 27,
    kind: 'priority',
    text: { zh: '统筹推进汾河谷地大气污染联防联控', en: 'Coordinate joint air-pollution prevention and control across the Fen River valley' },
    ...T27,
    scope: /* @__PURE__ */ region('fenhe-valley'),
    source: { clause: '三(七)27', quote: '统筹推进汾河谷地大气污染联防联控' },
  },
  {
    id: 'basins-joint-guidance',
    task: 27,
    kind: 'priority',
    text: { zh: '加强对大同盆地、忻定盆地、上党盆地大气污染联防工作的指导', en: 'Give more guidance to the joint air-pollution work of the Datong, Xinding and Shangdang basins' },
    ...T27,
    scope: [
      { kind: 'region', region: 'datong-basin' },
      { kind: 'region', region: 'xinding-basin' },
      { kind: 'region', region: 'shangdang-basin' },
    ],
    source: { clause: '三(七)27', quote: '加强对大同盆地、忻定盆地、上党盆地大气污染联防工作的指导' },
  },
  {
    id: 'cross-border-joint-control',
    task: 27,
    kind: 'priority',
    text: { zh: '积极推进晋城市与河南省交界城市、运城市与陕西省交界城市开展联防联控', en: 'Promote joint prevention and control between Jincheng and the bordering cities of Henan, and between Yuncheng and the bordering cities of Shaanxi' },
    ...T27,
    scope: [{ kind: 'city', city: 'jincheng' }, { kind: 'city', city: 'yuncheng' }],
    source: { clause: '三(七)27', quote: '积极推进晋城市与河南省交界城市、运城市与陕西省交界城市开展联防联控' },
  },
  {
    id: 'eia-consultation-mechanism',
    task: 27,
    kind: 'deliverable',
    text: { zh: '建立重大项目环评会商机制', en: 'Establish a consultation mechanism for the environmental impact assessment of major projects' },
    ...T27,
    scope: PROVINCE,
    rules: ['major-project-eia-consultation'],
    source: { clause: '三(七)27', quote: '建立重大项目环评会商机制' },
  },
  // Task 28 --------------------------------------------------------------------------------------
  {
    id: 'emergency-plan-system',
    task: 28,
    kind: 'deliverable',
    text: {
      zh: '完善省市县三级重污染天气应急预案体系,明确各级政府部门责任分工,规范重污染天气预警启动、响应、解除工作流程',
      en: 'Complete the heavy-pollution emergency plans at province, city and county level, set out each government department\'s responsibilities, and standardise how alerts are started, responded to and lifted',
    },
    ...T28,
    scope: PROVINCE,
    source: { clause: '三(七)28', quote: '完善省市县三级重污染天气应急预案体系,明确各级政府部门责任分工,规范重污染天气预警启动、响应、解除工作流程' },
  },
  {
    id: 'heavy-pollution-response-mechanism',
    task: 28,
    kind: 'deliverable',
    text: {
      zh: '完善每日会商、提前预警、区域联动、协商减排、差异管控、监督帮扶的重污染天气应对工作机制,强化区域重污染天气应急联动',
      en: 'Complete the heavy-pollution response mechanism — daily consultation, early warning, regional coordination, negotiated reductions, differentiated control, supervision and assistance — and strengthen regional emergency coordination',
    },
    ...T28,
    scope: PROVINCE,
    note: {
      zh: '承诺是完善机制;机制中的“每日会商”是其运行方式,不另列为经常性承诺。',
      en: 'The commitment is to complete the mechanism; its daily consultation (每日会商) is how it runs and is not listed as a separate recurring commitment.',
    },
    source: { clause: '三(七)28', quote: '完善每日会商、提前预警、区域联动、协商减排、差异管控、监督帮扶的重污染天气应对工作机制,强化区域重污染天气应急联动' },
  },
  {
    id: 'performance-grading-upgrade',
    task: 28,
    kind: 'programme',
    text: {
      zh: '按照国家重点行业企业绩效分级指标体系要求,规范企业绩效分级管理流程,持续开展绩效等级“创A升B”行动',
      en: 'Standardise enterprise performance grading by the national indicator system for key industries, and keep running the "strive for A, rise to B" campaign',
    },
    ...T28,
    scope: PROVINCE,
    source: { clause: '三(七)28', quote: '按照国家重点行业企业绩效分级指标体系要求,规范企业绩效分级管理流程,持续开展绩效等级“创A升B”行动' },
  },
  {
    id: 'one-plant-one-policy',
    task: 28,
    kind: 'deliverable',
    text: { zh: '规范应急减排清单修订,科学合理制定重点行业企业“一厂一策”差异化管控措施', en: 'Standardise how the emergency reduction list is revised, and set differentiated "one plant, one policy" control measures for enterprises of key industries on a sound basis' },
    ...T28,
    scope: PROVINCE,
    rules: ['emergency-reduction-list'],
    source: { clause: '三(七)28', quote: '规范应急减排清单修订,科学合理制定重点行业企业“一厂一策”差异化管控措施' },
  },
  // Task 29 --------------------------------------------------------------------------------------
  {
    id: 'vocs-photochemical-monitoring',
    task: 29,
    kind: 'recurring',
    frequency: 'continuous',
    text: { zh: '持续开展非甲烷总烃监测、光化学监测和颗粒物组分监测', en: 'Keep monitoring non-methane hydrocarbons, photochemistry and particle composition' },
    ...T29_1,
    scope: PROVINCE,
    source: { clause: '三(八)29', quote: '持续开展非甲烷总烃监测、光化学监测和颗粒物组分监测' },
  },
  {
    id: 'industrial-monitoring-coverage',
    task: 29,
    kind: 'priority',
    text: { zh: '完善工业污染源自动监控体系,扩大工业污染源自动监控覆盖面', en: 'Complete the automatic monitoring of industrial sources and extend its coverage' },
    ...T29_2,
    scope: PROVINCE,
    rules: ['enterprise-monitoring-installation'],
    source: { clause: '三(八)29', quote: '完善工业污染源自动监控体系,加快推进企业安装工况监控、用电(用能)监控、视频监控等,扩大工业污染源自动监控覆盖面' },
  },
  {
    id: 'key-discharger-list-update',
    task: 29,
    kind: 'recurring',
    frequency: 'regular',
    text: { zh: '设区城市生态环境部门定期更新大气环境重点排污单位名录', en: 'The cities\' ecology and environment bureaus update the list of key air dischargers at regular intervals' },
    ...T29_2,
    scope: PROVINCE,
    note: {
      zh: '方案写明由设区城市生态环境部门更新名录;部门取自该段的责任分工说明。',
      en: 'The plan has the cities\' ecology and environment bureaus update the list; the departments are those of the paragraph\'s responsibility note.',
    },
    source: { clause: '三(八)29', quote: '设区城市生态环境部门定期更新大气环境重点排污单位名录' },
  },
  {
    id: 'key-discharger-list-coverage',
    task: 29,
    kind: 'coverage',
    text: { zh: '确保符合条件的企业全覆盖', en: 'Make sure every enterprise that qualifies is on the list of key dischargers' },
    ...T29_2,
    scope: PROVINCE,
    source: { clause: '三(八)29', quote: '确保符合条件的企业全覆盖' },
  },
  {
    id: 'mobile-source-remote-monitoring',
    task: 29,
    kind: 'priority',
    text: { zh: '加强移动源环境监管能力建设,提升省级重型柴油车和非道路移动机械远程在线监控能力', en: 'Build up the capacity to supervise mobile sources, and the province\'s remote online monitoring of heavy diesel vehicles and non-road machinery' },
    ...T29_2,
    scope: PROVINCE,
    source: { clause: '三(八)29', quote: '加强移动源环境监管能力建设,提升省级重型柴油车和非道路移动机械远程在线监控能力' },
  },
  // Task 30 --------------------------------------------------------------------------------------
  {
    id: 'off-site-supervision',
    task: 30,
    kind: 'priority',
    text: { zh: '充分利用在线监测、走航监测、电量监控、视频监控等技术手段,提升非现场监管能力', en: 'Make full use of online monitoring, mobile monitoring, power-use monitoring, video and other technical means to supervise without site visits' },
    ...T30,
    scope: PROVINCE,
    source: { clause: '三(八)30', quote: '充分利用在线监测、走航监测、电量监控、视频监控等技术手段,提升非现场监管能力' },
  },
  {
    id: 'monitoring-equipment-supervision',
    task: 30,
    kind: 'enforcement',
    text: { zh: '加强污染源自动监测设备运行监管,确保监测数据质量和稳定传输', en: 'Supervise how the automatic monitoring equipment of pollution sources runs, so that the data are sound and transmitted without break' },
    ...T30,
    scope: PROVINCE,
    note: PROPOSED_RULE,
    source: { clause: '三(八)30', quote: '加强污染源自动监测设备运行监管,确保监测数据质量和稳定传输' },
  },
  {
    id: 'enforcement-equipment',
    task: 30,
    kind: 'deliverable',
    text: {
      zh: '加强环境执法监测能力建设,加快市县生态环境部门红外热成像仪、便携式氢火焰离子检测仪、手持式光离子化检测仪等装备配备',
      en: 'Build up enforcement monitoring, equipping the city and county ecology and environment bureaus faster with infrared thermal imagers, portable flame-ionisation detectors, hand-held photo-ionisation detectors and similar instruments',
    },
    ...T30,
    scope: PROVINCE,
    source: { clause: '三(八)30', quote: '加强环境执法监测能力建设,加快市县生态环境部门红外热成像仪、便携式氢火焰离子检测仪、手持式光离子化检测仪等装备配备' },
  },
  {
    id: 'violations-crackdown',
    task: 30,
    kind: 'enforcement',
    text: {
      zh: '坚持铁腕治污,严厉打击偷排偷放、超标排放、自行监测数据弄虚作假、不正常运行治理设施等环境违法行为',
      en: 'Control pollution with an iron hand, cracking down on secret discharges, emissions over the limits, falsified self-monitoring data, treatment facilities not run properly and other environmental offences',
    },
    ...T30,
    scope: PROVINCE,
    note: PROPOSED_RULE,
    source: { clause: '三(八)30', quote: '坚持铁腕治污,严厉打击偷排偷放、超标排放、自行监测数据弄虚作假、不正常运行治理设施等环境违法行为' },
  },
  {
    id: 'fraud-liability',
    task: 30,
    kind: 'enforcement',
    text: {
      zh: '加强重点领域监督执法,对参与弄虚作假的排污单位和第三方机构、人员依法追究责任,涉嫌犯罪的依法移送司法机关',
      en: 'Enforce more strictly in key fields; dischargers, third-party bodies and persons taking part in falsification are held liable by law, and suspected crimes are referred to the judicial authorities',
    },
    ...T30,
    scope: PROVINCE,
    note: PROPOSED_RULE,
    source: { clause: '三(八)30', quote: '加强重点领域监督执法,对参与弄虚作假的排污单位和第三方机构、人员依法追究责任,涉嫌犯罪的依法移送司法机关' },
  },
  // Task 31 --------------------------------------------------------------------------------------
  {
    id: 'co-control-research',
    task: 31,
    kind: 'priority',
    text: {
      zh: '组织优秀专家团队,加强颗粒物与臭氧协同控制、VOCs与氮氧化物协同减排、减污降碳协同增效等方面研究',
      en: 'Bring together leading experts to research the joint control of particles and ozone, joint reduction of VOCs and nitrogen oxides, and the synergy of pollution and carbon reduction',
    },
    ...T31,
    scope: PROVINCE,
    source: { clause: '三(八)31', quote: '组织优秀专家团队,加强颗粒物与臭氧协同控制、VOCs与氮氧化物协同减排、减污降碳协同增效等方面研究' },
  },
  {
    id: 'forecast-accuracy',
    task: 31,
    kind: 'priority',
    text: { zh: '加强空气质量预测预报能力建设,提高未来7—10天区域污染过程预报精准性', en: 'Build up air-quality forecasting and forecast regional pollution episodes 7 to 10 days ahead more accurately' },
    ...T31,
    scope: PROVINCE,
    note: {
      zh: '7—10天是预报时效,不是可检验的精度目标:方案未给精度数值。',
      en: '7–10 days is the forecast range, not a checkable accuracy target: the plan gives no accuracy figure.',
    },
    source: { clause: '三(八)31', quote: '加强空气质量预测预报能力建设,提高未来7—10天区域污染过程预报精准性' },
  },
  {
    id: 'emission-inventory-update',
    task: 31,
    kind: 'recurring',
    frequency: 'annual',
    text: { zh: '提高大气污染源排放清单编制工作规范性、时效性,实现每年及时动态更新', en: 'Compile the air-pollutant emission inventory to a higher standard and more promptly, updating it every year' },
    ...T31,
    scope: PROVINCE,
    source: { clause: '三(八)31', quote: '提高大气污染源排放清单编制工作规范性、时效性,实现每年及时动态更新' },
  },
  // Task 32 --------------------------------------------------------------------------------------
  {
    id: 'air-regulation-revision',
    task: 32,
    kind: 'deliverable',
    text: { zh: '根据新修订的国家大气污染防治法,启动修订《山西省大气污染防治条例》', en: 'Start revising the Shanxi Air Pollution Prevention and Control Regulations in line with the newly revised national Air Pollution Prevention and Control Law' },
    ...T32,
    scope: PROVINCE,
    note: {
      zh: '承诺的是“启动”修订,不是完成修订;方案未写期限。',
      en: 'What is committed is to start (启动) the revision, not to finish it; the plan gives no date.',
    },
    source: { clause: '三(九)32', quote: '根据新修订的国家大气污染防治法,启动修订《山西省大气污染防治条例》' },
  },
  {
    id: 'local-emission-standards',
    task: 32,
    kind: 'deliverable',
    text: { zh: '加快焦化、水泥、煤制氮肥等行业地方大气污染物排放标准制修订', en: 'Speed up drafting and revising local air-pollutant emission standards for coking, cement, coal-based nitrogen fertiliser and other industries' },
    ...T32,
    scope: PROVINCE,
    source: { clause: '三(九)32', quote: '加快焦化、水泥、煤制氮肥等行业地方大气污染物排放标准制修订' },
  },
  // Task 33 --------------------------------------------------------------------------------------
  {
    id: 'price-tax-incentives',
    task: 33,
    kind: 'priority',
    text: { zh: '严格落实国家各项价格税费激励约束政策措施,积极发挥财政金融引导作用', en: 'Apply the State\'s price, tax and fee incentives and constraints strictly, and use public finance and finance to steer' },
    ...T33,
    scope: PROVINCE,
    source: { clause: '三(九)33', quote: '严格落实国家各项价格税费激励约束政策措施,积极发挥财政金融引导作用' },
  },
  {
    id: 'clean-heating-fiscal-policy',
    task: 33,
    kind: 'deliverable',
    text: { zh: '研究完善清洁取暖财政支持政策', en: 'Study and improve the fiscal support policy for clean heating' },
    ...T33,
    scope: PROVINCE,
    source: { clause: '三(九)33', quote: '研究完善清洁取暖财政支持政策' },
  },
  {
    id: 'differentiated-power-pricing',
    task: 33,
    kind: 'deliverable',
    text: { zh: '综合能耗、环保绩效水平,探索研究制定差别化电价政策', en: 'Explore a differentiated electricity-price policy based on energy use and environmental performance' },
    ...T33,
    scope: PROVINCE,
    note: { zh: '用语为“探索研究制定”:交付的是研究,不一定是政策。', en: 'The plan says 探索研究制定 (explore and study drawing up): the deliverable is the study, not necessarily a policy.' },
    source: { clause: '三(九)33', quote: '综合能耗、环保绩效水平,探索研究制定差别化电价政策' },
  },
  {
    id: 'green-bonds',
    task: 33,
    kind: 'priority',
    text: { zh: '积极支持符合条件的企业发行绿色债券、转型债券', en: 'Actively support qualifying enterprises in issuing green bonds and transition bonds' },
    ...T33,
    scope: PROVINCE,
    source: { clause: '三(九)33', quote: '积极支持符合条件的企业发行绿色债券、转型债券' },
  },
  {
    id: 'air-eco-compensation',
    task: 33,
    kind: 'deliverable',
    text: { zh: '完善环境空气质量生态补偿机制', en: 'Improve the ecological compensation mechanism for ambient air quality' },
    ...T33,
    scope: PROVINCE,
    source: { clause: '三(九)33', quote: '完善环境空气质量生态补偿机制' },
  },
  {
    id: 'reward-penalty-measures-revision',
    task: 33,
    kind: 'deliverable',
    text: { zh: '修订城市环境空气质量改善奖惩办法', en: 'Revise the measures for rewarding and penalising cities on air-quality improvement' },
    ...T33,
    scope: PROVINCE,
    source: { clause: '三(九)33', quote: '修订城市环境空气质量改善奖惩办法' },
  },
  // Task 34 --------------------------------------------------------------------------------------
  {
    id: 'provincial-coordination',
    task: 34,
    kind: 'recurring',
    frequency: 'regular',
    text: { zh: '省生态环境厅要加强统筹协调,定期调度评估,推动各项工作任务落地落实', en: 'The Department of Ecology and Environment coordinates, reviews progress at regular intervals and sees that every task is carried out' },
    ...LEAD_EE,
    scope: PROVINCE,
    source: { clause: '三(十)34', quote: '省生态环境厅要加强统筹协调,定期调度评估,推动各项工作任务落地落实' },
  },
  {
    id: 'sector-supporting-policies',
    task: 34,
    kind: 'deliverable',
    text: {
      zh: '各相关部门要全面落实相应领域生态环境保护责任,及时出台配套政策,指导做好各自领域相关工作',
      en: 'Every department concerned carries its environmental responsibilities in its own field in full, issues supporting policies in good time and guides the work of its field',
    },
    ...LEAD_EE,
    scope: PROVINCE,
    note: {
      zh: '由“各相关部门”承担;部门取自本条责任分工说明(省生态环境厅牵头,各有关部门按职责分工负责)。',
      en: 'Borne by "every department concerned"; the departments are those of the task\'s note (led by the Department of Ecology and Environment, with all relevant departments).',
    },
    source: { clause: '三(十)34', quote: '各相关部门要全面落实相应领域生态环境保护责任,及时出台配套政策,指导做好各自领域相关工作' },
  },
  // Task 35 --------------------------------------------------------------------------------------
  {
    id: 'key-county-annual-targets',
    task: 35,
    kind: 'recurring',
    frequency: 'annual',
    text: { zh: '向重点县(市、区)分解下达空气质量改善年度目标', en: 'Divide up and assign annual air-quality improvement targets to the key counties (county-level cities, districts)' },
    ...LEAD_EE,
    scope: PROVINCE,
    note: {
      zh: '方案未列明“重点县(市、区)”。',
      en: 'The plan does not list the key counties.',
    },
    source: { clause: '三(十)35', quote: '向重点县(市、区)分解下达空气质量改善年度目标' },
  },
  {
    id: 'ranking-in-performance-assessment',
    task: 35,
    kind: 'deliverable',
    text: {
      zh: '将设区城市在全国重点城市空气质量排名变化和重点县(市、区)空气质量改善目标完成情况作为深入打好污染防治攻坚战成效考核的重要内容',
      en: 'Make the change in each city\'s place in the national key-city air-quality ranking, and whether the key counties meet their improvement targets, a main part of the assessment of results in the battle against pollution',
    },
    ...LEAD_EE,
    scope: PROVINCE,
    source: { clause: '三(十)35', quote: '将设区城市在全国重点城市空气质量排名变化和重点县(市、区)空气质量改善目标完成情况作为深入打好污染防治攻坚战成效考核的重要内容' },
  },
  {
    id: 'over-achiever-incentives',
    task: 35,
    kind: 'enforcement',
    text: { zh: '对超额完成目标的地区给予激励', en: 'Reward the areas that exceed their targets' },
    ...LEAD_EE,
    scope: PROVINCE,
    note: PROPOSED_RULE,
    source: { clause: '三(十)35', quote: '对超额完成目标的地区给予激励' },
  },
  {
    id: 'under-achiever-penalties',
    task: 35,
    kind: 'enforcement',
    text: { zh: '对未完成目标的地区,从资金分配、项目审批、荣誉表彰、责任追究等方面实施惩戒', en: 'Penalise the areas that miss their targets, in funding, project approval, honours and accountability' },
    ...LEAD_EE,
    scope: PROVINCE,
    note: PROPOSED_RULE,
    source: { clause: '三(十)35', quote: '对未完成目标的地区,从资金分配、项目审批、荣誉表彰、责任追究等方面实施惩戒' },
  },
  {
    id: 'special-inspections',
    task: 35,
    kind: 'enforcement',
    text: { zh: '对大气环境问题突出的市县,视情组织开展专项督察或约谈', en: 'Where a city or county has marked air problems, organise a special inspection or summon its officials for talks, as the case requires' },
    ...LEAD_EE,
    scope: PROVINCE,
    source: { clause: '三(十)35', quote: '对大气环境问题突出的市县,视情组织开展专项督察或约谈' },
  },
  // Task 36 --------------------------------------------------------------------------------------
  {
    id: 'air-information-disclosure',
    task: 36,
    kind: 'priority',
    text: { zh: '加强环境空气质量信息公开力度', en: 'Disclose more information on ambient air quality' },
    ...T36,
    scope: PROVINCE,
    source: { clause: '三(十)36', quote: '加强环境空气质量信息公开力度' },
  },
  {
    id: 'monthly-ranking-publication',
    task: 36,
    kind: 'recurring',
    frequency: 'monthly',
    text: { zh: '每月公布城市空气质量排名、改善奖惩情况', en: 'Publish the cities\' air-quality ranking and their rewards and penalties for improvement every month' },
    ...T36,
    scope: PROVINCE,
    source: { clause: '三(十)36', quote: '每月公布城市空气质量排名、改善奖惩情况' },
  },
  {
    id: 'enforcement-publication',
    task: 36,
    kind: 'recurring',
    frequency: 'regular',
    text: { zh: '定期公布环境执法信息和超标超量排污的单位名单', en: 'Publish enforcement information and the list of units discharging over the limits or over their quotas at regular intervals' },
    ...T36,
    scope: PROVINCE,
    source: { clause: '三(十)36', quote: '定期公布环境执法信息和超标超量排污的单位名单' },
  },
  {
    id: 'heavy-pollution-alerts',
    task: 36,
    kind: 'recurring',
    frequency: 'event-driven',
    text: { zh: '及时发布重污染天气预警提示信息', en: 'Issue heavy-pollution alerts and advice promptly' },
    ...T36,
    scope: PROVINCE,
    source: { clause: '三(十)36', quote: '及时发布重污染天气预警提示信息' },
  },
  {
    id: 'fraud-credit-records',
    task: 36,
    kind: 'recurring',
    frequency: 'regular',
    text: { zh: '将排污单位和第三方治理、运维、检测机构弄虚作假行为纳入信用记录,定期依法向社会公布', en: 'Enter falsification by dischargers and third-party treatment, operation and testing bodies in their credit records and publish it lawfully at regular intervals' },
    ...T36,
    scope: PROVINCE,
    note: PROPOSED_RULE,
    source: { clause: '三(十)36', quote: '将排污单位和第三方治理、运维、检测机构弄虚作假行为纳入信用记录,定期依法向社会公布' },
  },
  {
    id: 'mandatory-disclosure-system',
    task: 36,
    kind: 'deliverable',
    text: { zh: '健全环保信息强制性公开制度', en: 'Complete the system of mandatory environmental disclosure' },
    ...T36,
    scope: PROVINCE,
    rules: ['key-discharger-disclosure', 'vehicle-maker-disclosure'],
    source: { clause: '三(十)36', quote: '健全环保信息强制性公开制度' },
  },
  // Task 37 --------------------------------------------------------------------------------------
  {
    id: 'policy-publicity',
    task: 37,
    kind: 'priority',
    text: { zh: '做好相关政策举措宣传解读,大力普及大气环境与健康基本理念和知识,提升公民大气环境保护意识与健康素养', en: 'Explain the policies and measures to the public, spread the basic ideas and knowledge of air and health widely, and raise citizens\' awareness of air protection and health literacy' },
    ...LEAD_EE,
    scope: PROVINCE,
    source: { clause: '三(十)37', quote: '做好相关政策举措宣传解读,大力普及大气环境与健康基本理念和知识,提升公民大气环境保护意识与健康素养' },
  },
  {
    id: 'awareness-days',
    task: 37,
    kind: 'recurring',
    frequency: 'annual',
    text: { zh: '充分利用全国环境日、低碳日、生态日等宣传活动,广泛开展大气污染防治宣传教育活动', en: 'Use National Environment Day, Low-Carbon Day, Ecology Day and other occasions for wide public education on air-pollution control' },
    ...LEAD_EE,
    scope: PROVINCE,
    note: {
      zh: '读作每年:所列宣传日均为每年一次的全国性纪念日。',
      en: 'Read as annual: the days named each come once a year.',
    },
    source: { clause: '三(十)37', quote: '充分利用全国环境日、低碳日、生态日等宣传活动,广泛开展大气污染防治宣传教育活动' },
  },
  {
    id: 'model-cases-publicity',
    task: 37,
    kind: 'priority',
    text: { zh: '加强大气污染治理先进典型宣传,发挥榜样示范和价值引领作用', en: 'Publicise exemplary air-pollution work more, so that it sets an example' },
    ...LEAD_EE,
    scope: PROVINCE,
    source: { clause: '三(十)37', quote: '加强大气污染治理先进典型宣传,发挥榜样示范和价值引领作用' },
  },
  // Task 38 --------------------------------------------------------------------------------------
  {
    id: 'report-reward-mechanism',
    task: 38,
    kind: 'deliverable',
    text: { zh: '完善举报奖励机制,鼓励公众积极举报环境违法行为', en: 'Improve the reward scheme for reports and encourage the public to report environmental offences' },
    ...LEAD_EE,
    scope: PROVINCE,
    source: { clause: '三(十)38', quote: '完善举报奖励机制,鼓励公众积极举报环境违法行为' },
  },
  {
    id: 'soe-green-production',
    task: 38,
    kind: 'priority',
    text: { zh: '强化企业治污主体责任,中央及省属企业带头引导绿色生产,推进治污减排', en: 'Hold enterprises to their primary responsibility for pollution control; central and provincial state-owned enterprises lead the way in green production and cutting pollution' },
    ...LEAD_EE,
    scope: PROVINCE,
    source: { clause: '三(十)38', quote: '强化企业治污主体责任,中央及省属企业带头引导绿色生产,推进治污减排' },
  },
] as const satisfies readonly CommitmentInput[]);

/**
 * The id of one of the plan's commitments, e.g. `'monthly-ranking-publication'`.
 * @category Plan
 */
export type CommitmentId = (typeof COMMITMENTS)[number]['id'];
