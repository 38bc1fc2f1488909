import { deepFreeze } from '../src/freeze.js';

/**
 * Shanxi's 11 prefecture-level cities (设区的市) with their GB/T 2260 codes, in code order.
 * Codes from the National Bureau of Statistics division codes as compiled by
 * modood/Administrative-divisions-of-China (dist/cities.csv).
 *
 * @example
 * ```ts
 * CITIES.length; //=> 11
 * CITIES[0]; //=> { id: 'taiyuan', code: '140100', name: { zh: '太原市', en: 'Taiyuan' } }
 * ```
 * @category Plan
 */
export const CITIES = /* @__PURE__ */ deepFreeze([
  { id: 'taiyuan', code: '140100', name: { zh: '太原市', en: 'Taiyuan' } },
  { id: 'datong', code: '140200', name: { zh: '大同市', en: 'Datong' } },
  { id: 'yangquan', code: '140300', name: { zh: '阳泉市', en: 'Yangquan' } },
  { id: 'changzhi', code: '140400', name: { zh: '长治市', en: 'Changzhi' } },
  { id: 'jincheng', code: '140500', name: { zh: '晋城市', en: 'Jincheng' } },
  { id: 'shuozhou', code: '140600', name: { zh: '朔州市', en: 'Shuozhou' } },
  { id: 'jinzhong', code: '140700', name: { zh: '晋中市', en: 'Jinzhong' } },
  { id: 'yuncheng', code: '140800', name: { zh: '运城市', en: 'Yuncheng' } },
  { id: 'xinzhou', code: '140900', name: { zh: '忻州市', en: 'Xinzhou' } },
  { id: 'linfen', code: '141000', name: { zh: '临汾市', en: 'Linfen' } },
  { id: 'lvliang', code: '141100', name: { zh: '吕梁市', en: 'Lüliang' } },
] as const);

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * The id of one of Shanxi's 11 cities, e.g. `'taiyuan'`.
 * @category Plan
 */
export type CityId = (typeof CITIES)[number]['id'] | never;

/**
 * The 8 Shanxi cities of the national key region 汾渭平原 (Fenwei Plain), as 国发〔2023〕24号 defines
 * it. Where the plan says 重点区域 / 重点区域城市, for Shanxi it means these cities.
 * @category Plan
 */
export const KEY_REGION_CITIES = /* @__PURE__ */ deepFreeze([
  'taiyuan',
  'yangquan',
  'changzhi',
  'jincheng',
  'jinzhong',
  'yuncheng',
  'linfen',
  'lvliang',
] as const satisfies readonly CityId[]);

const notDefined = (zh: string, en: string) => ({ defined: false as const, note: { zh, en } });

/**
 * Every named area within Shanxi that the plan uses, with where it uses it and who belongs to it. Membership is given
 * only where a source states it; elsewhere `membership.defined` is `false` and the library never
 * guesses (a rule then answers with a `condition`).
 *
 * @example
 * ```ts
 * REGIONS.find((r) => r.id === 'key-region')?.membership.defined; //=> true
 * REGIONS.find((r) => r.id === 'taiyuan-basin')?.membership.defined; //=> false
 * ```
 * @category Plan
 */
export const REGIONS = /* @__PURE__ */ deepFreeze([
  {
    id: 'key-region',
    name: { zh: '重点区域', en: 'key region (Fenwei Plain)' },
    membership: {
      defined: true,
      cities: KEY_REGION_CITIES,
      basis: {
        zh: '国发〔2023〕24号《空气质量持续改善行动计划》界定的汾渭平原：山西省太原、阳泉、长治、晋城、晋中、运城、临汾、吕梁市',
        en: 'The Fenwei Plain as defined by the State Council plan 国发〔2023〕24号: Taiyuan, Yangquan, Changzhi, Jincheng, Jinzhong, Yuncheng, Linfen and Lüliang',
      },
      verified: true,
    },
    source: { clause: '三(一)3', quote: '重点区域率先淘汰退出' },
  },
  {
    id: 'fenhe-valley',
    name: { zh: '汾河谷地', en: 'Fen River valley' },
    membership: /* @__PURE__ */ notDefined(
      '本方案未列明汾河谷地的范围。',
      'The plan does not list which places make up the Fen River valley.',
    ),
    source: { clause: '三(一)3', quote: '汾河谷地进一步提高落后产能能耗、环保、质量、安全、技术等标准要求' },
  },
  {
    id: 'taiyuan-basin',
    name: { zh: '太原盆地', en: 'Taiyuan basin' },
    membership: {
      defined: false,
      note: {
        zh: '本方案未列明太原盆地的范围；第25条将清徐、交城工业园区和平遥、介休、孝义工业园区列为太原盆地一体治理的园区。',
        en: "The plan does not list the Taiyuan basin's members; task 25 names the Qingxu and Jiaocheng industrial parks and the Pingyao, Jiexiu and Xiaoyi industrial parks as the basin's parks under joint control.",
      },
      knownCounties: ['140121', '141122', '140728', '140781', '141181'],
    },
    source: { clause: '三(六)24', quote: '太原盆地不再新增独立焦化项目' },
  },
  {
    id: 'taiyuan-and-surroundings',
    name: { zh: '太原及周边重点区域', en: 'Taiyuan and its surrounding key area' },
    membership: /* @__PURE__ */ notDefined(
      '本方案未列明太原及周边重点区域的范围。',
      'The plan does not list the members of the area around Taiyuan.',
    ),
    source: { clause: '三(七)27', quote: '完善太原及周边重点区域省市联管、省市联建、省市联防机制' },
  },
  {
    id: 'datong-basin',
    name: { zh: '大同盆地', en: 'Datong basin' },
    membership: /* @__PURE__ */ notDefined('本方案未列明大同盆地的范围。', 'The plan does not list the members of the Datong basin.'),
    source: { clause: '三(七)27', quote: '加强对大同盆地、忻定盆地、上党盆地大气污染联防工作的指导' },
  },
  {
    id: 'xinding-basin',
    name: { zh: '忻定盆地', en: 'Xinding basin' },
    membership: /* @__PURE__ */ notDefined('本方案未列明忻定盆地的范围。', 'The plan does not list the members of the Xinding basin.'),
    source: { clause: '三(七)27', quote: '加强对大同盆地、忻定盆地、上党盆地大气污染联防工作的指导' },
  },
  {
    id: 'shangdang-basin',
    name: { zh: '上党盆地', en: 'Shangdang basin' },
    membership: /* @__PURE__ */ notDefined('本方案未列明上党盆地的范围。', 'The plan does not list the members of the Shangdang basin.'),
    source: { clause: '三(七)27', quote: '加强对大同盆地、忻定盆地、上党盆地大气污染联防工作的指导' },
  },
  {
    id: 'linyun-basin',
    name: { zh: '临运盆地', en: 'Linfen–Yuncheng basin' },
    membership: /* @__PURE__ */ notDefined(
      '本方案未列明临运盆地的范围。',
      'The plan does not list the members of the Linfen–Yuncheng basin.',
    ),
    source: { clause: '三(二)11', quote: '稳妥推进中部城市群、上党革命老区、临运盆地散煤取暖替代工程' },
  },
  {
    id: 'coal-producing-areas',
    name: { zh: '煤炭主产区', en: 'main coal-producing areas' },
    membership: /* @__PURE__ */ notDefined('本方案未列明煤炭主产区的范围。', 'The plan does not list the main coal-producing areas.'),
    source: { clause: '三(三)12', quote: '煤炭主产区大型工矿企业中长距离运输的煤炭和焦炭中' },
  },
  {
    id: 'central-city-cluster',
    name: { zh: '中部城市群', en: 'central city cluster' },
    membership: /* @__PURE__ */ notDefined(
      '本方案未列明中部城市群的范围。AREA_MEMBERSHIP 依《山西中部城市群高质量发展规划（2022—2035年）》（晋政办发〔2022〕89号）“范围包括太原、晋中、忻州、吕梁、阳泉五市”认定五市各县在内、其余在外（该句读自转述该规划的报道，见 AREA_MEMBERSHIP 的来源说明）。',
      'The plan does not list the members of the central city cluster. AREA_MEMBERSHIP places the counties of Taiyuan, Jinzhong, Xinzhou, Lüliang and Yangquan inside and the rest outside, on the High-quality development plan of the Shanxi central city cluster (2022–2035) (晋政办发〔2022〕89号: "its range includes the five cities of Taiyuan, Jinzhong, Xinzhou, Lüliang and Yangquan"; that sentence was read in a report quoting the plan, see the source note in AREA_MEMBERSHIP).',
    ),
    source: { clause: '三(二)11', quote: '稳妥推进中部城市群、上党革命老区、临运盆地散煤取暖替代工程' },
  },
  {
    id: 'shangdang-old-revolutionary-area',
    name: { zh: '上党革命老区', en: 'Shangdang old revolutionary base area' },
    membership: /* @__PURE__ */ notDefined(
      '本方案未列明上党革命老区的范围。',
      'The plan does not list the members of the Shangdang old revolutionary base area.',
    ),
    source: { clause: '三(二)11', quote: '稳妥推进中部城市群、上党革命老区、临运盆地散煤取暖替代工程' },
  },
] as const);

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * The id of a named area of the plan, e.g. `'taiyuan-basin'`.
 * @category Plan
 */
export type RegionId = (typeof REGIONS)[number]['id'] | never;

const cluster = (city: CityId, quote: string, industries: readonly (readonly [string, string])[]) => ({
  city,
  industries: industries.map(([zh, en]) => ({ zh, en })),
  source: { clause: '三(一)4' as const, quote },
});

/**
 * The characteristic industrial clusters task 4 names, city by city, for upgrading ("淘汰关停一批、做优做强一批").
 *
 * @example
 * ```ts
 * INDUSTRY_CLUSTERS.find((c) => c.city === 'yuncheng')?.industries.map((i) => i.zh); //=> ['金属镁', '包装印刷']
 * ```
 * @see 三(一)4
 * @category Plan
 */
export const INDUSTRY_CLUSTERS = /* @__PURE__ */ deepFreeze([
  /* @__PURE__ */ cluster('taiyuan', '太原市铸造', [['铸造', 'casting']]),
  /* @__PURE__ */ cluster('datong', '大同市富锰渣冶炼', [['富锰渣冶炼', 'manganese-rich slag smelting']]),
  /* @__PURE__ */ cluster('shuozhou', '朔州市陶瓷', [['陶瓷', 'ceramics']]),
  /* @__PURE__ */ cluster('xinzhou', '忻州市独立球团、法兰', [
    ['独立球团', 'stand-alone pelletising'],
    ['法兰', 'flanges'],
  ]),
  /* @__PURE__ */ cluster('lvliang', '吕梁市铸造、耐火材料、硝基肥、再生橡胶', [
    ['铸造', 'casting'],
    ['耐火材料', 'refractories'],
    ['硝基肥', 'nitro-fertiliser'],
    ['再生橡胶', 'reclaimed rubber'],
  ]),
  /* @__PURE__ */ cluster('jinzhong', '晋中市铸造、炭素、玻璃制品、再生橡胶', [
    ['铸造', 'casting'],
    ['炭素', 'carbon products'],
    ['玻璃制品', 'glassware'],
    ['再生橡胶', 'reclaimed rubber'],
  ]),
  /* @__PURE__ */ cluster('yangquan', '阳泉市耐火材料', [['耐火材料', 'refractories']]),
  /* @__PURE__ */ cluster('jincheng', '晋城市铸造、陶瓷', [
    ['铸造', 'casting'],
    ['陶瓷', 'ceramics'],
  ]),
  /* @__PURE__ */ cluster('yuncheng', '运城市金属镁、包装印刷', [
    ['金属镁', 'magnesium metal'],
    ['包装印刷', 'packaging and printing'],
  ]),
]);

/**
 * The industrial parks of the Taiyuan basin that task 25 names for joint pollution control, as the plan
 * groups them, with their counties (清徐县 140121, 交城县 141122; 平遥县 140728, 介休市 140781, 孝义市 141181).
 *
 * @example
 * ```ts
 * TAIYUAN_BASIN_PARKS.flatMap((g) => g.counties); //=> ['140121', '141122', '140728', '140781', '141181']
 * ```
 * @see 三(六)25
 * @category Plan
 */
export const TAIYUAN_BASIN_PARKS = /* @__PURE__ */ deepFreeze([
  {
    name: { zh: '清徐、交城工业园区', en: 'Qingxu and Jiaocheng industrial parks' },
    counties: ['140121', '141122'],
    region: 'taiyuan-basin',
    source: { clause: '三(六)25', quote: '一体推进清徐、交城工业园区和平遥、介休、孝义工业园区环境污染综合治理' },
    note: {
      zh: '方案未说明是一个跨县园区还是各县园区；本库只记录其所在县。',
      en: 'The plan does not say whether this is one park spanning the counties or one park in each; the library records only the counties.',
    },
  },
  {
    name: { zh: '平遥、介休、孝义工业园区', en: 'Pingyao, Jiexiu and Xiaoyi industrial parks' },
    counties: ['140728', '140781', '141181'],
    region: 'taiyuan-basin',
    source: { clause: '三(六)25', quote: '一体推进清徐、交城工业园区和平遥、介休、孝义工业园区环境污染综合治理' },
    note: {
      zh: '方案未说明是一个跨县园区还是各县园区；本库只记录其所在县。',
      en: 'The plan does not say whether this is one park spanning the counties or one park in each; the library records only the counties.',
    },
  },
] as const);

/**
 * The cross-border pairs of task 27: Jincheng with the bordering cities of Henan, Yuncheng with those of Shaanxi.
 *
 * @example
 * ```ts
 * CROSS_BORDER_PAIRS.map((p) => p.city); //=> ['jincheng', 'yuncheng']
 * ```
 * @see 三(七)27
 * @category Plan
 */
export const CROSS_BORDER_PAIRS = /* @__PURE__ */ deepFreeze([
  {
    city: 'jincheng',
    neighbour: { zh: '河南省交界城市', en: 'the bordering cities of Henan Province' },
    source: { clause: '三(七)27', quote: '积极推进晋城市与河南省交界城市、运城市与陕西省交界城市开展联防联控' },
  },
  {
    city: 'yuncheng',
    neighbour: { zh: '陕西省交界城市', en: 'the bordering cities of Shaanxi Province' },
    source: { clause: '三(七)27', quote: '积极推进晋城市与河南省交界城市、运城市与陕西省交界城市开展联防联控' },
  },
] as const);
