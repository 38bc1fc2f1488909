import type { RuleInput } from './shared.js';

/**
 * The obligation rules of 三(六) 推动省会太原空气质量提升 (Improve the air quality of Taiyuan, the provincial capital), keyed by id, in the order of its tasks. Assembled into
 * `RULES` by ./index.ts.
 * @internal
 */
export const TAIYUAN_RULES = {
  // Task 24 --------------------------------------------------------------------------------------
  'taiyuan-basin-no-independent-coking': {
    id: 'taiyuan-basin-no-independent-coking',
    task: 24,
    title: { zh: '太原盆地不再新增独立焦化项目', en: 'No new independent coking projects in the Taiyuan basin' },
    obligation: 'prohibited',
    appliesTo: ['project'],
    thresholds: [],
    complianceFacts: ['independent', 'addsCapacity', 'location.inTaiyuanBasin'],
    note: {
      zh: '“新增”读作新建项目，或增加盆地产能的改建、扩建、迁建项目：在盆地内迁建（如本条要求建成区焦化企业搬迁）不新增；从盆地外迁入的为新增（addsCapacity）。迁建的统一读法见决策说明。',
      en: '新增 (new) is read as a new project, or a rebuild, expansion or relocation that adds capacity to the basin: a relocation within the basin (such as the move out of built-up areas this task orders) adds none; one moving in from outside adds (addsCapacity). The one reading of relocation: see the decisions guide.',
    },
    source: { clause: '三(六)24', quote: '太原盆地不再新增独立焦化项目' },
  },
  'taiyuan-basin-urban-relocation': {
    id: 'taiyuan-basin-urban-relocation',
    task: 24,
    title: {
      zh: '太原盆地城市（含县城）建成区重污染企业搬迁退出',
      en: "Heavy polluters in the built-up areas of the Taiyuan basin's cities and county towns relocate or exit",
    },
    obligation: 'phase-out',
    appliesTo: ['enterprise'],
    thresholds: [],
    complianceFacts: ['relocationDone'],
    note: {
      zh: '适用于所列钢铁、焦化、水泥、煤电、铁合金、化工（含煤化工、氮肥、纯碱）企业；“等”字所含其他行业（如玻璃）不作推定，以“若属重污染企业”（heavyPolluter）为条件。',
      en: 'Applies to the sectors named (steel, coking, cement, coal power, ferroalloy, chemicals incl. coal chemicals, nitrogen fertiliser, soda ash); other sectors the 等 (etc.) may cover (glass, say) are not presumed: they get the condition "if it is a heavy polluter" (heavyPolluter).',
    },
    source: { clause: '三(六)24', quote: '推动太原盆地位于城市(含县城)建成区的钢铁、焦化、水泥、煤电、铁合金、化工等重污染企业搬迁退出' },
  },
  'taiyuan-basin-outdated-equipment': {
    id: 'taiyuan-basin-outdated-equipment',
    task: 24,
    title: {
      zh: '太原盆地2024年10月底前全面淘汰步进式烧结机、球团竖炉和半封闭式铁合金电炉',
      en: 'The Taiyuan basin phases out stepping sinter machines, pellet shaft furnaces and semi-closed ferroalloy furnaces by 2024-10-31',
    },
    obligation: 'phase-out',
    appliesTo: ['sinter-machine', 'pellet-furnace', 'ferroalloy-furnace'],
    thresholds: [],
    complianceFacts: ['shutDown'],
    deadline: '2024-10-31',
    note: {
      zh: '期限适用于整个太原盆地（不限于建成区）；此期限早于第3条的“逐步淘汰”，在盆地内取代之。',
      en: "The date applies to the whole Taiyuan basin (not only its built-up areas); being earlier than task 3's step-by-step phase-out, it replaces it inside the basin.",
    },
    source: {
      clause: '三(六)24',
      quote: '2024年10月底前,全面淘汰退出步进式烧结机和球团竖炉以及半封闭式硅锰合金、镍铁、高碳铬铁、高碳锰铁电炉',
    },
  },
  // Task 25 --------------------------------------------------------------------------------------
  'taiyuan-basin-park-joint-treatment': {
    id: 'taiyuan-basin-park-joint-treatment',
    task: 25,
    title: {
      zh: '一体推进清徐、交城和平遥、介休、孝义工业园区环境污染综合治理',
      en: 'The Qingxu, Jiaocheng, Pingyao, Jiexiu and Xiaoyi industrial parks are treated as one',
    },
    obligation: 'required',
    appliesTo: ['industrial-park'],
    thresholds: [],
    complianceFacts: ['treatmentDone'],
    source: { clause: '三(六)25', quote: '一体推进清徐、交城工业园区和平遥、介休、孝义工业园区环境污染综合治理' },
  },
} as const satisfies Record<string, RuleInput>;
