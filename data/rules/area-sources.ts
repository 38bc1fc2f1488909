import { IN_PRINCIPLE, type RuleInput } from './shared.js';

/**
 * The obligation rules of 三(四) 全面加强面源污染治理 (Strengthen the control of area-source pollution across the board), keyed by id, in the order of its tasks. Assembled into
 * `RULES` by ./index.ts.
 * @internal
 */
export const AREA_SOURCE_RULES = {
  // Task 16 --------------------------------------------------------------------------------------
  'construction-site-video': {
    id: 'construction-site-video',
    task: 16,
    title: {
      zh: '鼓励5000平方米及以上建筑工地安装视频监控并接入监管平台',
      en: '5000 m² and larger construction sites are encouraged to install video monitoring linked to the local platform',
    },
    obligation: 'encouraged',
    appliesTo: ['construction-site'],
    thresholds: ['construction-site-video-min-area'],
    complianceFacts: ['videoInstalled'],
    source: { clause: '三(四)16', quote: '鼓励有条件的地区推动5000平方米及以上建筑工地安装视频监控并接入当地监管平台' },
  },
  'key-region-linear-works-sections': {
    id: 'key-region-linear-works-sections',
    task: 16,
    title: { zh: '重点区域长距离线性工程分段施工', en: 'Long linear works in the key region are built in sections' },
    obligation: 'required',
    appliesTo: ['construction-site'],
    thresholds: [],
    complianceFacts: ['sectionalConstruction'],
    source: { clause: '三(四)16', quote: '重点区域道路、水务等长距离线性工程实行分段施工' },
  },
  'illegal-stockyard-removal': {
    id: 'illegal-stockyard-removal',
    task: 16,
    title: { zh: '清理取缔违规堆场', en: 'Non-compliant stockyards are cleared away' },
    obligation: 'phase-out',
    appliesTo: ['stockyard'],
    thresholds: [],
    complianceFacts: ['shutDown'],
    source: { clause: '三(四)16', quote: '清理取缔各类违规堆场' },
  },
  'dry-bulk-stockyard-dust': {
    id: 'dry-bulk-stockyard-dust',
    task: 16,
    title: {
      zh: '城市大型干散货码头物料堆场基本完成抑尘设施建设和输送系统封闭改造',
      en: 'Large urban dry-bulk terminal yards basically complete dust suppression and enclosed conveying',
    },
    obligation: 'required',
    appliesTo: ['stockyard'],
    thresholds: [],
    complianceFacts: ['dustControlDone'],
    note: {
      zh: '此句无期限（同段“2025年底前”只管装配式建筑与机械化清扫两句）。',
      en: 'This sentence has no date (the paragraph\'s "by the end of 2025" governs the prefabricated-building and road-sweeping sentence only).',
    },
    source: { clause: '三(四)16', quote: '城市大型煤炭、矿石等干散货码头物料堆场基本完成抑尘设施建设和物料输送系统封闭改造' },
  },
  'industrial-dust-control': {
    id: 'industrial-dust-control',
    task: 16,
    title: {
      zh: '工业企业物料运输、装卸、存储和工艺过程无组织扬尘全过程管控',
      en: 'Industrial enterprises control fugitive dust from handling, storage and processes throughout',
    },
    obligation: 'required',
    appliesTo: ['enterprise'],
    thresholds: [],
    complianceFacts: ['dustControlDone'],
    source: { clause: '三(四)16', quote: '强化工业企业物料运输、装卸、转移、存储和工艺过程无组织排放全过程扬尘管控' },
  },
  'key-enterprise-video': {
    id: 'key-enterprise-video',
    task: 16,
    title: { zh: '重点企业安装视频监控系统', en: 'Key enterprises install video monitoring' },
    obligation: 'required',
    appliesTo: ['enterprise'],
    thresholds: [],
    complianceFacts: ['videoInstalled'],
    source: { clause: '三(四)16', quote: '重点企业安装视频监控系统' },
  },
  // Task 17 --------------------------------------------------------------------------------------
  'new-mine-clean-transport': {
    id: 'new-mine-clean-transport',
    task: 17,
    title: {
      zh: '新建矿山原则上同步建设铁路专用线或采用其他清洁运输方式',
      en: 'New mines build a rail siding or use other clean transport from the start, in principle',
    },
    obligation: 'required',
    appliesTo: ['mine'],
    thresholds: [],
    complianceFacts: ['cleanTransport'],
    note: IN_PRINCIPLE,
    source: { clause: '三(四)17', quote: '新建矿山原则上要同步建设铁路专用线或采用其他清洁运输方式' },
  },
  'mine-closure': {
    id: 'mine-closure',
    task: 17,
    title: { zh: '限期整改仍不达标的矿山依法关闭', en: 'Mines still substandard after the rectification deadline are closed' },
    obligation: 'phase-out',
    appliesTo: ['mine'],
    thresholds: [],
    complianceFacts: ['shutDown'],
    source: { clause: '三(四)17', quote: '对限期整改仍不达标的矿山,根据安全生产、水土保持、生态环境等要求依法关闭' },
  },
  // Task 18 --------------------------------------------------------------------------------------
  'straw-burning-ban': {
    id: 'straw-burning-ban',
    task: 18,
    title: { zh: '秸秆禁烧', en: 'No open burning of straw' },
    obligation: 'prohibited',
    appliesTo: ['farmland'],
    thresholds: [],
    complianceFacts: ['burnsStraw'],
    note: {
      zh: '“禁烧”只见于第18条的标题；正文的“提高秸秆焚烧火点监测精准度”“开展秸秆焚烧重点时段专项巡查”以禁烧为前提。标题是方案的原文，以之为据。',
      en: "The ban (禁烧) is in task 18's heading only; its body — sharper detection of straw-burning fire points, special patrols in the burning season — presupposes it. The heading is the plan's own text and is cited.",
    },
    source: { clause: '三(四)18', quote: '加强秸秆综合利用和禁烧' },
  },
} as const satisfies Record<string, RuleInput>;
