import { deepFreeze } from '../src/freeze.js';
import type { County, FunctionalZone } from '../src/model/place.js';
import type { DeepReadonly } from '../src/model/readonly.js';
import type { CityId } from './places.js';

/**
 * Shanxi's 117 county-level divisions (县级行政区: districts, counties and county-level cities), in code order,
 * each with its 6-digit GB/T 2260 code and its city.
 *
 * Codes and Chinese names: the National Bureau of Statistics division codes as compiled by the public
 * dataset modood/Administrative-divisions-of-China (dist/areas.csv). English names, one rule for all: the Hanyu
 * Pinyin (no tones, syllables joined) of the name without its suffix, then ' District' (区), ' County' (县) or
 * ' City' (市). One-character names follow the same rule, the suffix is never kept in the pinyin: 'Yu County' for
 * 盂县 (not 'Yuxian County'), 'Cheng District' for 城区, as English reference works write them. Two divisions share
 * a name (城区 of Yangquan and of Jincheng): tell them apart by code. Polyphonic characters are read as locally
 * pronounced: 长子 Zhangzi, 洪洞 Hongtong, 隰县 Xi, 繁峙 Fanshi.
 *
 * @example
 * ```ts
 * COUNTIES.length; //=> 117
 * COUNTIES.find((c) => c.code === '140428'); //=> { code: '140428', name: { zh: '长子县', en: 'Zhangzi County' }, city: 'changzhi', kind: 'county' }
 * ```
 * @category Plan
 */
export const COUNTIES = /* @__PURE__ */ deepFreeze([
  { code: '140105', name: { zh: '小店区', en: 'Xiaodian District' }, city: 'taiyuan', kind: 'district' },
  { code: '140106', name: { zh: '迎泽区', en: 'Yingze District' }, city: 'taiyuan', kind: 'district' },
  { code: '140107', name: { zh: '杏花岭区', en: 'Xinghualing District' }, city: 'taiyuan', kind: 'district' },
  { code: '140108', name: { zh: '尖草坪区', en: 'Jiancaoping District' }, city: 'taiyuan', kind: 'district' },
  { code: '140109', name: { zh: '万柏林区', en: 'Wanbailin District' }, city: 'taiyuan', kind: 'district' },
  { code: '140110', name: { zh: '晋源区', en: 'Jinyuan District' }, city: 'taiyuan', kind: 'district' },
  { code: '140121', name: { zh: '清徐县', en: 'Qingxu County' }, city: 'taiyuan', kind: 'county' },
  { code: '140122', name: { zh: '阳曲县', en: 'Yangqu County' }, city: 'taiyuan', kind: 'county' },
  { code: '140123', name: { zh: '娄烦县', en: 'Loufan County' }, city: 'taiyuan', kind: 'county' },
  { code: '140181', name: { zh: '古交市', en: 'Gujiao City' }, city: 'taiyuan', kind: 'county-level-city' },
  { code: '140212', name: { zh: '新荣区', en: 'Xinrong District' }, city: 'datong', kind: 'district' },
  { code: '140213', name: { zh: '平城区', en: 'Pingcheng District' }, city: 'datong', kind: 'district' },
  { code: '140214', name: { zh: '云冈区', en: 'Yungang District' }, city: 'datong', kind: 'district' },
  { code: '140215', name: { zh: '云州区', en: 'Yunzhou District' }, city: 'datong', kind: 'district' },
  { code: '140221', name: { zh: '阳高县', en: 'Yanggao County' }, city: 'datong', kind: 'county' },
  { code: '140222', name: { zh: '天镇县', en: 'Tianzhen County' }, city: 'datong', kind: 'county' },
  { code: '140223', name: { zh: '广灵县', en: 'Guangling County' }, city: 'datong', kind: 'county' },
  { code: '140224', name: { zh: '灵丘县', en: 'Lingqiu County' }, city: 'datong', kind: 'county' },
  { code: '140225', name: { zh: '浑源县', en: 'Hunyuan County' }, city: 'datong', kind: 'county' },
  { code: '140226', name: { zh: '左云县', en: 'Zuoyun County' }, city: 'datong', kind: 'county' },
  { code: '140302', name: { zh: '城区', en: 'Cheng District' }, city: 'yangquan', kind: 'district' },
  { code: '140303', name: { zh: '矿区', en: 'Kuang District' }, city: 'yangquan', kind: 'district' },
  { code: '140311', name: { zh: '郊区', en: 'Jiao District' }, city: 'yangquan', kind: 'district' },
  { code: '140321', name: { zh: '平定县', en: 'Pingding County' }, city: 'yangquan', kind: 'county' },
  { code: '140322', name: { zh: '盂县', en: 'Yu County' }, city: 'yangquan', kind: 'county' },
  { code: '140403', name: { zh: '潞州区', en: 'Luzhou District' }, city: 'changzhi', kind: 'district' },
  { code: '140404', name: { zh: '上党区', en: 'Shangdang District' }, city: 'changzhi', kind: 'district' },
  { code: '140405', name: { zh: '屯留区', en: 'Tunliu District' }, city: 'changzhi', kind: 'district' },
  { code: '140406', name: { zh: '潞城区', en: 'Lucheng District' }, city: 'changzhi', kind: 'district' },
  { code: '140423', name: { zh: '襄垣县', en: 'Xiangyuan County' }, city: 'changzhi', kind: 'county' },
  { code: '140425', name: { zh: '平顺县', en: 'Pingshun County' }, city: 'changzhi', kind: 'county' },
  { code: '140426', name: { zh: '黎城县', en: 'Licheng County' }, city: 'changzhi', kind: 'county' },
  { code: '140427', name: { zh: '壶关县', en: 'Huguan County' }, city: 'changzhi', kind: 'county' },
  { code: '140428', name: { zh: '长子县', en: 'Zhangzi County' }, city: 'changzhi', kind: 'county' },
  { code: '140429', name: { zh: '武乡县', en: 'Wuxiang County' }, city: 'changzhi', kind: 'county' },
  { code: '140430', name: { zh: '沁县', en: 'Qin County' }, city: 'changzhi', kind: 'county' },
  { code: '140431', name: { zh: '沁源县', en: 'Qinyuan County' }, city: 'changzhi', kind: 'county' },
  { code: '140502', name: { zh: '城区', en: 'Cheng District' }, city: 'jincheng', kind: 'district' },
  { code: '140521', name: { zh: '沁水县', en: 'Qinshui County' }, city: 'jincheng', kind: 'county' },
  { code: '140522', name: { zh: '阳城县', en: 'Yangcheng County' }, city: 'jincheng', kind: 'county' },
  { code: '140524', name: { zh: '陵川县', en: 'Lingchuan County' }, city: 'jincheng', kind: 'county' },
  { code: '140525', name: { zh: '泽州县', en: 'Zezhou County' }, city: 'jincheng', kind: 'county' },
  { code: '140581', name: { zh: '高平市', en: 'Gaoping City' }, city: 'jincheng', kind: 'county-level-city' },
  { code: '140602', name: { zh: '朔城区', en: 'Shuocheng District' }, city: 'shuozhou', kind: 'district' },
  { code: '140603', name: { zh: '平鲁区', en: 'Pinglu District' }, city: 'shuozhou', kind: 'district' },
  { code: '140621', name: { zh: '山阴县', en: 'Shanyin County' }, city: 'shuozhou', kind: 'county' },
  { code: '140622', name: { zh: '应县', en: 'Ying County' }, city: 'shuozhou', kind: 'county' },
  { code: '140623', name: { zh: '右玉县', en: 'Youyu County' }, city: 'shuozhou', kind: 'county' },
  { code: '140681', name: { zh: '怀仁市', en: 'Huairen City' }, city: 'shuozhou', kind: 'county-level-city' },
  { code: '140702', name: { zh: '榆次区', en: 'Yuci District' }, city: 'jinzhong', kind: 'district' },
  { code: '140703', name: { zh: '太谷区', en: 'Taigu District' }, city: 'jinzhong', kind: 'district' },
  { code: '140721', name: { zh: '榆社县', en: 'Yushe County' }, city: 'jinzhong', kind: 'county' },
  { code: '140722', name: { zh: '左权县', en: 'Zuoquan County' }, city: 'jinzhong', kind: 'county' },
  { code: '140723', name: { zh: '和顺县', en: 'Heshun County' }, city: 'jinzhong', kind: 'county' },
  { code: '140724', name: { zh: '昔阳县', en: 'Xiyang County' }, city: 'jinzhong', kind: 'county' },
  { code: '140725', name: { zh: '寿阳县', en: 'Shouyang County' }, city: 'jinzhong', kind: 'county' },
  { code: '140727', name: { zh: '祁县', en: 'Qi County' }, city: 'jinzhong', kind: 'county' },
  { code: '140728', name: { zh: '平遥县', en: 'Pingyao County' }, city: 'jinzhong', kind: 'county' },
  { code: '140729', name: { zh: '灵石县', en: 'Lingshi County' }, city: 'jinzhong', kind: 'county' },
  { code: '140781', name: { zh: '介休市', en: 'Jiexiu City' }, city: 'jinzhong', kind: 'county-level-city' },
  { code: '140802', name: { zh: '盐湖区', en: 'Yanhu District' }, city: 'yuncheng', kind: 'district' },
  { code: '140821', name: { zh: '临猗县', en: 'Linyi County' }, city: 'yuncheng', kind: 'county' },
  { code: '140822', name: { zh: '万荣县', en: 'Wanrong County' }, city: 'yuncheng', kind: 'county' },
  { code: '140823', name: { zh: '闻喜县', en: 'Wenxi County' }, city: 'yuncheng', kind: 'county' },
  { code: '140824', name: { zh: '稷山县', en: 'Jishan County' }, city: 'yuncheng', kind: 'county' },
  { code: '140825', name: { zh: '新绛县', en: 'Xinjiang County' }, city: 'yuncheng', kind: 'county' },
  { code: '140826', name: { zh: '绛县', en: 'Jiang County' }, city: 'yuncheng', kind: 'county' },
  { code: '140827', name: { zh: '垣曲县', en: 'Yuanqu County' }, city: 'yuncheng', kind: 'county' },
  { code: '140828', name: { zh: '夏县', en: 'Xia County' }, city: 'yuncheng', kind: 'county' },
  { code: '140829', name: { zh: '平陆县', en: 'Pinglu County' }, city: 'yuncheng', kind: 'county' },
  { code: '140830', name: { zh: '芮城县', en: 'Ruicheng County' }, city: 'yuncheng', kind: 'county' },
  { code: '140881', name: { zh: '永济市', en: 'Yongji City' }, city: 'yuncheng', kind: 'county-level-city' },
  { code: '140882', name: { zh: '河津市', en: 'Hejin City' }, city: 'yuncheng', kind: 'county-level-city' },
  { code: '140902', name: { zh: '忻府区', en: 'Xinfu District' }, city: 'xinzhou', kind: 'district' },
  { code: '140921', name: { zh: '定襄县', en: 'Dingxiang County' }, city: 'xinzhou', kind: 'county' },
  { code: '140922', name: { zh: '五台县', en: 'Wutai County' }, city: 'xinzhou', kind: 'county' },
  { code: '140923', name: { zh: '代县', en: 'Dai County' }, city: 'xinzhou', kind: 'county' },
  { code: '140924', name: { zh: '繁峙县', en: 'Fanshi County' }, city: 'xinzhou', kind: 'county' },
  { code: '140925', name: { zh: '宁武县', en: 'Ningwu County' }, city: 'xinzhou', kind: 'county' },
  { code: '140926', name: { zh: '静乐县', en: 'Jingle County' }, city: 'xinzhou', kind: 'county' },
  { code: '140927', name: { zh: '神池县', en: 'Shenchi County' }, city: 'xinzhou', kind: 'county' },
  { code: '140928', name: { zh: '五寨县', en: 'Wuzhai County' }, city: 'xinzhou', kind: 'county' },
  { code: '140929', name: { zh: '岢岚县', en: 'Kelan County' }, city: 'xinzhou', kind: 'county' },
  { code: '140930', name: { zh: '河曲县', en: 'Hequ County' }, city: 'xinzhou', kind: 'county' },
  { code: '140931', name: { zh: '保德县', en: 'Baode County' }, city: 'xinzhou', kind: 'county' },
  { code: '140932', name: { zh: '偏关县', en: 'Pianguan County' }, city: 'xinzhou', kind: 'county' },
  { code: '140981', name: { zh: '原平市', en: 'Yuanping City' }, city: 'xinzhou', kind: 'county-level-city' },
  { code: '141002', name: { zh: '尧都区', en: 'Yaodu District' }, city: 'linfen', kind: 'district' },
  { code: '141021', name: { zh: '曲沃县', en: 'Quwo County' }, city: 'linfen', kind: 'county' },
  { code: '141022', name: { zh: '翼城县', en: 'Yicheng County' }, city: 'linfen', kind: 'county' },
  { code: '141023', name: { zh: '襄汾县', en: 'Xiangfen County' }, city: 'linfen', kind: 'county' },
  { code: '141024', name: { zh: '洪洞县', en: 'Hongtong County' }, city: 'linfen', kind: 'county' },
  { code: '141025', name: { zh: '古县', en: 'Gu County' }, city: 'linfen', kind: 'county' },
  { code: '141026', name: { zh: '安泽县', en: 'Anze County' }, city: 'linfen', kind: 'county' },
  { code: '141027', name: { zh: '浮山县', en: 'Fushan County' }, city: 'linfen', kind: 'county' },
  { code: '141028', name: { zh: '吉县', en: 'Ji County' }, city: 'linfen', kind: 'county' },
  { code: '141029', name: { zh: '乡宁县', en: 'Xiangning County' }, city: 'linfen', kind: 'county' },
  { code: '141030', name: { zh: '大宁县', en: 'Daning County' }, city: 'linfen', kind: 'county' },
  { code: '141031', name: { zh: '隰县', en: 'Xi County' }, city: 'linfen', kind: 'county' },
  { code: '141032', name: { zh: '永和县', en: 'Yonghe County' }, city: 'linfen', kind: 'county' },
  { code: '141033', name: { zh: '蒲县', en: 'Pu County' }, city: 'linfen', kind: 'county' },
  { code: '141034', name: { zh: '汾西县', en: 'Fenxi County' }, city: 'linfen', kind: 'county' },
  { code: '141081', name: { zh: '侯马市', en: 'Houma City' }, city: 'linfen', kind: 'county-level-city' },
  { code: '141082', name: { zh: '霍州市', en: 'Huozhou City' }, city: 'linfen', kind: 'county-level-city' },
  { code: '141102', name: { zh: '离石区', en: 'Lishi District' }, city: 'lvliang', kind: 'district' },
  { code: '141121', name: { zh: '文水县', en: 'Wenshui County' }, city: 'lvliang', kind: 'county' },
  { code: '141122', name: { zh: '交城县', en: 'Jiaocheng County' }, city: 'lvliang', kind: 'county' },
  { code: '141123', name: { zh: '兴县', en: 'Xing County' }, city: 'lvliang', kind: 'county' },
  { code: '141124', name: { zh: '临县', en: 'Lin County' }, city: 'lvliang', kind: 'county' },
  { code: '141125', name: { zh: '柳林县', en: 'Liulin County' }, city: 'lvliang', kind: 'county' },
  { code: '141126', name: { zh: '石楼县', en: 'Shilou County' }, city: 'lvliang', kind: 'county' },
  { code: '141127', name: { zh: '岚县', en: 'Lan County' }, city: 'lvliang', kind: 'county' },
  { code: '141128', name: { zh: '方山县', en: 'Fangshan County' }, city: 'lvliang', kind: 'county' },
  { code: '141129', name: { zh: '中阳县', en: 'Zhongyang County' }, city: 'lvliang', kind: 'county' },
  { code: '141130', name: { zh: '交口县', en: 'Jiaokou County' }, city: 'lvliang', kind: 'county' },
  { code: '141181', name: { zh: '孝义市', en: 'Xiaoyi City' }, city: 'lvliang', kind: 'county-level-city' },
  { code: '141182', name: { zh: '汾阳市', en: 'Fenyang City' }, city: 'lvliang', kind: 'county-level-city' },
] as const satisfies readonly (DeepReadonly<County> & { readonly city: CityId })[]);

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * The id (6-digit GB/T 2260 code) of one of Shanxi's 117 county-level divisions, e.g. `'140121'` (清徐县).
 * @category Plan
 */
export type CountyCode = (typeof COUNTIES)[number]['code'] | never;

/**
 * The 5 functional zones that carry division codes (digits 5–6 = 71) but are not county-level divisions:
 * development zones, a high-tech park and a scenic area. Kept apart so that no count of counties includes them.
 * Codes and Chinese names from the same source as {@link COUNTIES} (modood/Administrative-divisions-of-China,
 * dist/areas.csv, compiling the National Bureau of Statistics division codes).
 *
 * @example
 * ```ts
 * FUNCTIONAL_ZONES.map((z) => z.code); //=> ['140171', '140271', '140471', '140671', '140971']
 * ```
 * @category Plan
 */
export const FUNCTIONAL_ZONES = /* @__PURE__ */ deepFreeze([
  {
    code: '140171',
    name: { zh: '山西转型综合改革示范区', en: 'Shanxi Transformation and Comprehensive Reform Demonstration Zone' },
    city: 'taiyuan',
  },
  { code: '140271', name: { zh: '山西大同经济开发区', en: 'Shanxi Datong Economic Development Zone' }, city: 'datong' },
  { code: '140471', name: { zh: '山西长治高新技术产业园区', en: 'Shanxi Changzhi High-tech Industrial Park' }, city: 'changzhi' },
  { code: '140671', name: { zh: '山西朔州经济开发区', en: 'Shanxi Shuozhou Economic Development Zone' }, city: 'shuozhou' },
  { code: '140971', name: { zh: '五台山风景名胜区', en: 'Wutaishan Scenic Area' }, city: 'xinzhou' },
] as const satisfies readonly (DeepReadonly<FunctionalZone> & { readonly city: CityId })[]);
