// The sources of AREA_MEMBERSHIP (../area-membership.ts): what each says, with its basis; what could not be
// checked is in docs/area-membership-sources.md.

const PLAN = { zh: '山西省人民政府', en: "Shanxi Provincial People's Government" };
const PLAN_NO = '晋政发〔2024〕7号';

export const PLAN_25 = {
  id: 'plan-25',
  kind: 'plan',
  title: { zh: '《山西省空气质量持续改善行动计划实施方案》第25条', en: 'The plan, task 25 (joint control in the Taiyuan basin)' },
  issuer: PLAN,
  docNumber: PLAN_NO,
  quote:
    '加强太原盆地大气污染联防联控。统一区域治污力度,强化区域环境政策协同,一体推进清徐、交城工业园区和平遥、介休、孝义工业园区环境污染综合治理',
  seenIn: 'document',
  settles: ['in'],
  note: {
    zh: '方案把清徐、交城、平遥、介休、孝义的工业园区列为太原盆地一体治理的园区，据此这五个县（市）在太原盆地之内；方案未列出盆地的其他成员。',
    en: "The plan names the industrial parks of Qingxu, Jiaocheng, Pingyao, Jiexiu and Xiaoyi as the Taiyuan basin's parks under joint control, which puts these five counties in the basin; it names no other members.",
  },
} as const;

export const PLAN_27 = {
  id: 'plan-27',
  kind: 'plan',
  title: { zh: '《山西省空气质量持续改善行动计划实施方案》第27条', en: 'The plan, task 27 (regional joint control)' },
  issuer: PLAN,
  docNumber: PLAN_NO,
  quote: '完善太原及周边重点区域省市联管、省市联建、省市联防机制',
  seenIn: 'document',
  settles: ['in'],
  note: {
    zh: '区域以太原为名，太原市在其内；“周边”指哪些县（市、区），方案未列明。',
    en: 'The area is named after Taiyuan, so Taiyuan is in it; the plan does not say which counties "the surroundings" are.',
  },
} as const;

export const ONE_PLUS_30 = {
  id: 'sx-1-plus-30',
  kind: 'official',
  title: {
    zh: '省大气污染防治工作领导组办公室通报2019—2020年秋冬防期间全省各县（市、区）环境空气质量改善情况（太原日报报道《PM2.5下降37.3% 娄烦县降幅位列全省第一》）',
    en: 'Provincial air-pollution leading group office, county air-quality report for winter 2019–2020 (as reported by Taiyuan Daily)',
  },
  issuer: { zh: '山西省大气污染防治工作领导组办公室', en: 'Shanxi Provincial Air Pollution Prevention Leading Group Office' },
  url: 'https://www.sxgov.cn/content/2020-05/08/content_9944643.htm',
  quote:
    '“1+30”中的“1”即太原市,“30”即太原周边区域的30个县(市、区)。参照国家改善首都北京环境空气质量的模式,我省以太原为中心,实施以“承载力定发展”的区域大气污染联防联控措施',
  seenIn: 'copy',
  note: {
    zh: '报道把娄烦县、古交市、阳曲县列为“1+30”区域的县（市、区），可见“1”是太原全市；30个周边县（市、区）的名单未能找到。方案的“太原及周边重点区域”是否即“1+30”区域，未见文件明说。',
    en: 'The report ranks Loufan, Gujiao and Yangqu among the "1+30" counties, so the "1" is the whole city of Taiyuan; the list of the 30 surrounding counties was not found, and no document found says the plan\'s "Taiyuan and its surrounding key area" is the "1+30" area.',
  },
} as const;

export const CENTRAL_CLUSTER_PLAN = {
  id: 'central-city-cluster-plan',
  kind: 'official',
  title: {
    zh: '山西中部城市群高质量发展规划（2022—2035年）',
    en: 'High-quality development plan of the Shanxi central city cluster (2022–2035)',
  },
  issuer: { zh: '山西省人民政府办公厅', en: "General Office of the Shanxi Provincial People's Government" },
  docNumber: '晋政办发〔2022〕89号',
  url: 'http://www.lishi.gov.cn/zwgk/sjwj/202211/t20221125_1714565.shtml',
  quote: '山西中部城市群地处山西省腹地,其范围包括太原、晋中、忻州、吕梁、阳泉五市',
  seenIn: 'copy',
  settles: ['in', 'out'],
  note: {
    zh: '通知的标题、文号和规划目录见于网址所示的政府网页（吕梁市离石区转载）；范围一句读自转述该规划的第三方报道（http://www.tjagri.ac.cn/06059014.html），未在规划正文中核对。规划以“五市联动”“太原与周边4市”表述，与之相符。',
    en: 'The notice\'s title, number and the plan\'s table of contents were read on the government page at the url (republished by Lishi District, Lüliang); the sentence on the range was read in a third-party report quoting the plan (http://www.tjagri.ac.cn/06059014.html), not in the plan\'s own text. The plan\'s phrases "five cities acting together" and "Taiyuan and the 4 cities around it" agree.',
  },
} as const;

export const TAIYUAN_BASIN_GEO = {
  id: 'geo-taiyuan-basin',
  kind: 'geographic',
  title: { zh: '太原盆地（晋中盆地）的地理描述', en: 'Geographic description of the Taiyuan (Jinzhong) basin' },
  url: 'https://www.yaliqi.com/new/631770192447284224',
  quote:
    '太原盆地,也叫晋中盆地,其位于山西省中部太行山与吕梁山之间,北起黄寨的石岭关,南至灵石的韩侯岭,东西两侧以断层崖与山地相接。盆地呈北东——南西向分布,包括太原地区的阳曲县、太原市、清徐县,晋中地区的榆次市、太谷县、祁县、平遥县、介休市,吕梁地区的交城县、文水县、汾阳县、孝义市等13个县(市)',
  seenIn: 'copy',
  settles: ['out'],
  note: {
    zh: '百科式描述，读自第三方网页，原出处未核对。用的是旧区划名：榆次市今为榆次区，太谷县今为太谷区，汾阳县今为汾阳市；“太原市”按当时的太原市区读作今六个市辖区。说“13个县（市）”却只列出12个（加“等”），故未列出的县（古交、娄烦、灵石等）不作认定。',
    en: 'An encyclopaedic description read on a third-party page; its original was not checked. It uses old names: Yuci City is now Yuci District, Taigu County Taigu District, Fenyang County Fenyang City; "Taiyuan City" is read as the city proper, today\'s six districts. It says "13 counties (cities)" but names 12 (ending with "etc."), so the counties it does not name (Gujiao, Loufan, Lingshi …) are left unknown.',
  },
} as const;

export const FEN_RIVER_GEO = {
  id: 'geo-fen-river',
  kind: 'geographic',
  title: { zh: '汾河（百科条目）', en: 'The Fen River (encyclopaedia entry)' },
  url: 'https://twwiki.net/wiki/4xw22x034qleyom.html',
  quote: '汾河流經山西省的忻州市、太原市、呂梁市、晉中市、臨汾市、運城市6市的29縣(區),全長713公里,流域面積39721平方公里',
  seenIn: 'copy',
  settles: ['out'],
  note: {
    zh: '同一句亦见于 http://14919.com/n/7370948.html。据此汾河干流只流经六市；29个县（区）的名单未能找到，汾河谷地的宽度（是否含支流谷地）也无文件界定。',
    en: "The same sentence is on http://14919.com/n/7370948.html. The Fen's main course passes only through these six cities; the list of its 29 counties was not found, and no document says how wide the valley is (whether tributary valleys count).",
  },
} as const;

export const DATONG_BASIN_GEO = {
  id: 'geo-datong-basin',
  kind: 'geographic',
  title: { zh: '大同盆地（百科式描述）', en: 'The Datong basin (encyclopaedic description)' },
  url: 'http://m.studyofnet.com/983340813.html',
  quote: '黄花梁隆起,将盆地分为南(山阴)北(大同)两部分',
  seenIn: 'copy',
  settles: ['out'],
  note: {
    zh: '同一描述说盆地“位于省境北部桑干河上游”，“大同至朔州一带桑干河两岸，地面平坦宽广，是盆地的中心”，“盆地内大同市为著名‘煤海’……朔州市为新兴工矿区”。未逐县列出成员；大同市、朔州市按市区读作平城区、朔城区。',
    en: 'The same description says the basin "lies in the north of the province on the upper Sanggan", that "the Sanggan\'s banks from Datong to Shuozhou are its centre", and that "in the basin, Datong is the famous sea of coal … Shuozhou a new mining town". It lists no counties; Datong and Shuozhou are read as their city centres, Pingcheng and Shuocheng districts.',
  },
} as const;

export const XINDING_BASIN_GEO = {
  id: 'geo-xinding-basin',
  kind: 'geographic',
  title: { zh: '忻定盆地的地理描述', en: 'Geographic description of the Xinding basin' },
  url: 'http://www.deluxeaction.com/lvyou/1332185.html',
  quote: '忻定盆地西起云中山,北接恒山,东守五台山、系舟山,南部隔石岭关与太原盆地相接',
  seenIn: 'copy',
  settles: ['out'],
  note: {
    zh: '同文说雁门关是大同盆地与忻定盆地之间的要道。盆地四界的山都在忻州市境或其边界上；未逐县列出成员。',
    en: 'The same text calls Yanmen Pass the road between the Datong and Xinding basins. The mountains that bound the basin lie in Xinzhou or on its borders; it lists no counties.',
  },
} as const;

export const XINFU_GEO = {
  id: 'geo-xinfu',
  kind: 'geographic',
  title: { zh: '忻府区概况（署忻州市忻府区人民政府）', en: 'Profile of Xinfu District (credited to the Xinfu District government)' },
  issuer: { zh: '忻州市忻府区人民政府', en: "Xinfu District People's Government, Xinzhou" },
  url: 'http://chayujing.com/140902',
  quote: '忻府区地形西高东低,逐步倾斜,北、西、南三面环山,东部开阔平坦,为忻定盆地的主体部分',
  seenIn: 'copy',
} as const;

export const SHANGDANG_BASIN_GEO = {
  id: 'geo-shangdang-basin',
  kind: 'geographic',
  title: {
    zh: '长治盆地（上党盆地）的地理描述（地图帝《山西长治古称上党，历史上有多重要？》）',
    en: 'The Changzhi (Shangdang) basin, geographic description',
  },
  url: 'http://jintiankansha.me/t/nVxyc0ycc2',
  quote: '长治市位于山西省东南部,地处太行山脉中南部,四周环山,中间是长治盆地',
  seenIn: 'copy',
  settles: ['out'],
  note: {
    zh: '同文称“东南部太行山脉上的长治盆地（上党盆地）”，盆地“由太行山、太岳山围成”。晋城盆地（泽州盆地）另有所指，但盆地南缘与晋城市（高平）的关系未见说明。',
    en: 'The same text speaks of "the Changzhi basin (Shangdang basin) on the Taihang range in the south-east", "enclosed by the Taihang and Taiyue mountains". The Jincheng (Zezhou) basin is a different basin, but no source says where the basin\'s southern edge meets Jincheng (Gaoping).',
  },
} as const;

export const CHANGZHI_COUNTIES_GEO = {
  id: 'geo-changzhi-counties',
  kind: 'geographic',
  title: { zh: '长治市各县区概况（《长治市有几个区几个县》）', en: "Profiles of Changzhi's districts and counties" },
  url: 'http://wxquandian.com/zhishiku/208464.html',
  quote: '潞州区隶属于山西省长治市,地处太行之巅、漳河之滨的“上党盆地”东部边缘',
  seenIn: 'copy',
  note: {
    zh: '同页：上党区“上党盆地南缘”，屯留区“上党盆地西侧”，潞城区“上党盆地东北边缘”，襄垣县“上党盆地之北”，长子县“上党盆地西南侧”。平顺、黎城、壶关、武乡未提盆地；沁县、沁源未见描述。',
    en: 'The same page: Shangdang District "on the basin\'s southern edge", Tunliu "on its west side", Lucheng "on its north-east edge", Xiangyuan "north of the basin", Zhangzi "on its south-west side". Pingshun, Licheng, Huguan and Wuxiang are described without the basin; Qin and Qinyuan not at all.',
  },
} as const;

export const LINFEN_BASIN_GEO = {
  id: 'geo-linfen-basin',
  kind: 'geographic',
  title: { zh: '临汾市概况（临汾盆地）', en: 'Profile of Linfen (the Linfen basin)' },
  url: 'http://monkeyhorse.cn/area/linfen.html',
  quote: '北以韓信嶺為界與晉中地區相隔,南與運城地區接壤。汾河自北向南貫穿全境,沿河形成了臨汾盆地',
  seenIn: 'copy',
  settles: ['out'],
  note: {
    zh: '另有描述称洪洞县“临汾盆地北端”（http://www.linfenzx.com/lfsfw/6365.html）、曲沃县“临汾盆地南端”（https://m.3dmxku.com/daquan/zonghe/1436857.html）。',
    en: 'Other descriptions put Hongtong "at the north end of the Linfen basin" (http://www.linfenzx.com/lfsfw/6365.html) and Quwo "at its south end" (https://m.3dmxku.com/daquan/zonghe/1436857.html).',
  },
} as const;

export const YUNCHENG_BASIN_GEO = {
  id: 'geo-yuncheng-basin',
  kind: 'geographic',
  title: { zh: '山西六大盆地自然地理概况（运城盆地）', en: "Physical geography of Shanxi's six basins (the Yuncheng basin)" },
  url: 'https://czqahb.com/article/1803202281432260707.html',
  quote: '运城盆地是山西地堑系西南端的一个断陷盆地,为一半封闭型山间盆地,盆地南部、东北部中条山',
  seenIn: 'copy',
  settles: ['out'],
} as const;

export const SHANGDANG_NAME_GEO = {
  id: 'geo-shangdang-name',
  kind: 'geographic',
  title: { zh: '长治（上党）概况', en: 'Changzhi (Shangdang), profile' },
  url: 'http://m.ccschy.com/wenhua/221647.html',
  quote: '长治古称上党,位于山西省东南部',
  seenIn: 'copy',
  settles: ['out'],
  note: {
    zh: '同文：“长治是我们中华民族的发祥地之一，同时还是一个革命老区”，八路军总部等曾长期驻扎在武乡、潞城等地。“上党革命老区”一词未见文件界定；历史上的上党郡还包括今晋城市及晋中市东部的一些县，故晋城、晋中等不作认定。',
    en: 'The same text: "Changzhi … is also an old revolutionary base area"; the Eighth Route Army headquarters stayed in Wuxiang and Lucheng. No document found defines "Shangdang old revolutionary area"; the historical Shangdang commandery also covered today\'s Jincheng and some counties of eastern Jinzhong, so those are left unknown.',
  },
} as const;
