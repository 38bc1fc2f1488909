import { PROVINCE, region, type CommitmentInput } from './shared.js';

/** The commitments of 三(二) 深入推进能源结构优化调整, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const ENERGY_STRUCTURE_COMMITMENTS = [
  // Task 7 ---------------------------------------------------------------------------------------
  {
    id: 'unconventional-gas-bases',
    task: 7,
    kind: 'priority',
    text: {
      zh: '加快晋城、吕梁非常规天然气示范基地建设',
      en: 'Speed up building the unconventional natural-gas demonstration bases of Jincheng and Lüliang',
    },
    scope: [
      { kind: 'city', city: 'jincheng' },
      { kind: 'city', city: 'lvliang' },
    ],
    source: { clause: '三(二)7', quote: '加快晋城、吕梁非常规天然气示范基地建设' },
  },
  {
    id: 'gas-supply-increase',
    task: 7,
    kind: 'priority',
    text: { zh: '持续增加天然气生产供应', en: 'Keep increasing natural-gas production and supply' },
    scope: PROVINCE,
    rules: ['new-gas-priority'],
    source: { clause: '三(二)7', quote: '持续增加天然气生产供应' },
  },
  // Task 8 ---------------------------------------------------------------------------------------
  {
    id: 'key-region-coal-cap',
    task: 8,
    kind: 'programme',
    text: {
      zh: '在保障能源安全供应的前提下,重点区域继续实施煤炭消费总量控制',
      en: 'While keeping energy supply secure, the key region keeps capping total coal consumption',
    },
    scope: /* @__PURE__ */ region('key-region'),
    targets: [
      'coal-2025-taiyuan',
      'coal-2025-yangquan',
      'coal-2025-changzhi',
      'coal-2025-jincheng',
      'coal-2025-jinzhong',
      'coal-2025-yuncheng',
      'coal-2025-linfen',
      'coal-2025-lvliang',
    ],
    rules: ['key-region-coal-negative-growth'],
    source: { clause: '三(二)8', quote: '在保障能源安全供应的前提下,重点区域继续实施煤炭消费总量控制' },
  },
  {
    id: 'non-power-coal-cut',
    task: 8,
    kind: 'priority',
    text: { zh: '重点削减非电力用煤', en: 'Cut coal used outside power generation first' },
    scope: PROVINCE,
    note: {
      zh: '读作适用于前句所说的全部城市（重点区域城市与其他城市）。',
      en: 'Read as applying to every city of the sentence (key-region cities and the others).',
    },
    source: { clause: '三(二)8', quote: '重点削减非电力用煤' },
  },
  {
    id: 'coal-power-coal-guarantee',
    task: 8,
    kind: 'priority',
    text: {
      zh: '对支撑电力稳定供应、电网安全运行、清洁能源大规模并网消纳的煤电项目及其用煤量应予以合理保障',
      en: 'Reasonably guarantee coal-power projects that support stable power supply, grid security or the integration of clean energy at scale, and the coal they use',
    },
    scope: PROVINCE,
    note: {
      zh: '保障是主管部门对这类项目的承诺，不是项目的义务；此前曾作为规则 coal-power-coal-guarantee（对项目的 required）编码，已改为本承诺。',
      en: 'The guarantee is owed to these projects by the authorities, not a duty of the project; it was encoded before as rule coal-power-coal-guarantee (required of the project) and is now this commitment.',
    },
    source: { clause: '三(二)8', quote: '对支撑电力稳定供应、电网安全运行、清洁能源大规模并网消纳的煤电项目及其用煤量应予以合理保障' },
  },
  // Task 9 ---------------------------------------------------------------------------------------
  {
    id: 'heating-plan-boiler-replacement',
    task: 9,
    kind: 'deliverable',
    text: {
      zh: '各地要将燃煤供热锅炉替代项目纳入城镇供热规划',
      en: 'Every locality puts its coal heating-boiler replacement projects into its urban heating plan',
    },
    scope: PROVINCE,
    rules: ['coal-boiler-built-up-area'],
    source: { clause: '三(二)9', quote: '各地要将燃煤供热锅炉替代项目纳入城镇供热规划' },
  },
  {
    id: 'heat-network-long-distance',
    task: 9,
    kind: 'priority',
    text: {
      zh: '加快热力管网建设,依托电厂、大型工业企业开展远距离供热示范项目建设',
      en: 'Speed up building heat networks and build long-distance heating demonstration projects drawing on power plants and large industrial enterprises',
    },
    scope: PROVINCE,
    rules: ['coal-boiler-heat-network'],
    source: { clause: '三(二)9', quote: '加快热力管网建设,依托电厂、大型工业企业开展远距离供热示范项目建设' },
  },
  // Task 10 --------------------------------------------------------------------------------------
  {
    id: 'coal-to-electricity-gas',
    task: 10,
    kind: 'priority',
    text: {
      zh: '有序推进以电代煤,在落实气源的前提下加大以气代煤力度',
      en: 'Replace coal with electricity in an orderly way, and with gas more strongly where the gas supply is secured',
    },
    scope: PROVINCE,
    source: { clause: '三(二)10', quote: '有序推进以电代煤,在落实气源的前提下加大以气代煤力度' },
  },
  // Task 11 --------------------------------------------------------------------------------------
  {
    id: 'clean-heating-retrofit',
    task: 11,
    kind: 'programme',
    text: {
      zh: '因地制宜、积极稳妥成片推进清洁取暖改造,确保群众安全温暖过冬',
      en: 'Convert heating to clean sources area by area, as suits each place, actively and safely, so that people stay safe and warm through the winter',
    },
    scope: PROVINCE,
    rules: ['clean-heating-ban-zone'],
    source: { clause: '三(二)11', quote: '因地制宜、积极稳妥成片推进清洁取暖改造,确保群众安全温暖过冬' },
  },
  {
    id: 'loose-coal-heating-substitution',
    task: 11,
    kind: 'programme',
    text: {
      zh: '稳妥推进中部城市群、上党革命老区、临运盆地散煤取暖替代工程',
      en: 'Carry out the replacement of loose-coal heating in the central city cluster, the Shangdang old revolutionary base area and the Linfen–Yuncheng basin, safely',
    },
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
    scope: PROVINCE,
    source: { clause: '三(二)11', quote: '全面评估现有清洁取暖改造运行情况,持续优化改造方式或运行模式,巩固提升现有清洁取暖成果' },
  },
  {
    id: 'farm-loose-coal-survey',
    task: 11,
    kind: 'deliverable',
    text: { zh: '开展农用领域散煤使用情况排查', en: 'Survey the use of loose coal in farming' },
    scope: PROVINCE,
    rules: ['farm-loose-coal-substitution'],
    source: { clause: '三(二)11', quote: '开展农用领域散煤使用情况排查' },
  },
  {
    id: 'building-energy-efficiency',
    task: 11,
    kind: 'priority',
    text: {
      zh: '全面提升建筑能效水平,加快既有农房节能改造',
      en: 'Raise the energy efficiency of buildings across the board and speed up energy-saving retrofits of existing rural houses',
    },
    scope: PROVINCE,
    source: { clause: '三(二)11', quote: '全面提升建筑能效水平,加快既有农房节能改造' },
  },
] as const satisfies readonly CommitmentInput[];
