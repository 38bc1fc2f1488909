import { deepFreeze } from '../src/freeze.js';
import type { DeepReadonly } from '../src/model/readonly.js';
import type { Threshold } from '../src/model/threshold.js';
import type { ClauseId } from './clauses.js';

type ThresholdInput = DeepReadonly<Threshold> & { readonly source: { readonly clause: ClauseId; readonly quote: string } };

/**
 * Every numeric threshold the rules use, keyed by id, with its reading. Internal: use `THRESHOLDS` or
 * `getThreshold`.
 * @internal
 */
export const THRESHOLD_TABLE = /* @__PURE__ */ deepFreeze({
  'coal-boiler-cleanup-max': {
    id: 'coal-boiler-cleanup-max',
    field: 'capacityTph',
    value: 35,
    unit: 't/h',
    side: 'below',
    inclusive: true,
    wording: '35蒸吨/小时及以下',
    reading: {
      zh: '“及以下”包含本数：35蒸吨/小时的锅炉属动态清零之列。',
      en: '及以下 includes the number: a 35 t/h boiler is among those cleared.',
    },
    source: { clause: '三(二)9', quote: '对35蒸吨/小时及以下燃煤锅炉及茶水炉、经营性炉灶、储粮烘干设备、农产品加工等燃煤设施进行动态清零' },
  },
  'coal-boiler-ule-min': {
    id: 'coal-boiler-ule-min',
    field: 'capacityTph',
    value: 35,
    unit: 't/h',
    side: 'above',
    inclusive: false,
    wording: '35蒸吨/小时以上',
    reading: {
      zh: '本方案并非凡含本数处都写“及以上”“及以下”：其目标“达5%以上”“控制在35微克/立方米以下”（35即达标）的“以上”“以下”都含本数。本库的读法：未写“及”的“以上”“以下”按《民法典》第1259条含本数，只有方案自己把本数划入相邻一档时不含（第21条“35蒸吨/小时以上”紧接第9条“35蒸吨/小时及以下”；第2条“30万千瓦以下”对第9条“30万千瓦及以上”）；第3条限制类装备和第21条“65蒸吨/小时以下”不含本数，是本库的判断，理由各见其说明。此处即第一种例外：第9条已将35蒸吨/小时的锅炉列入动态清零，故不含35。',
      en: 'The plan does not write 及以上/及以下 wherever it includes the number: its targets\' bare 以上/以下 include it ("达5%以上"; "控制在35微克/立方米以下" is met at 35). The library\'s rule: a bare 以上/以下 includes the number, as the Civil Code (art. 1259) reads it, except where the plan itself puts the number in the neighbouring band (task 21\'s "35蒸吨/小时以上" right above task 9\'s "35蒸吨/小时及以下"; task 2\'s "30万千瓦以下" below task 9\'s "30万千瓦及以上"); task 3\'s restricted equipment and task 21\'s "65蒸吨/小时以下" exclude the number by the library\'s judgement, each with its reason. This is the first exception: task 9 already clears a 35 t/h boiler, so 35 is excluded.',
    },
    source: { clause: '三(五)21', quote: '推进35蒸吨/小时以上、65蒸吨/小时以下燃煤锅炉超低排放改造' },
  },
  'coal-boiler-ule-max': {
    id: 'coal-boiler-ule-max',
    field: 'capacityTph',
    value: 65,
    unit: 't/h',
    side: 'below',
    inclusive: false,
    wording: '65蒸吨/小时以下',
    reading: {
      zh: '本方案并非凡含本数处都写“及以上”“及以下”：其目标“达5%以上”“控制在35微克/立方米以下”（35即达标）的“以上”“以下”都含本数。本库的读法：未写“及”的“以上”“以下”按《民法典》第1259条含本数，只有方案自己把本数划入相邻一档时不含（第21条“35蒸吨/小时以上”紧接第9条“35蒸吨/小时及以下”；第2条“30万千瓦以下”对第9条“30万千瓦及以上”）；第3条限制类装备和第21条“65蒸吨/小时以下”不含本数，是本库的判断，理由各见其说明。此处不含65是判断：方案没有把65划入别的档，但无论含否义务相同——65蒸吨/小时及以上的锅炉由同句“全省燃煤锅炉全部完成超低排放改造”涵盖，期限相同（2024年10月底前），读法只改变所引规则；本库从国家以往文件把“65蒸吨/小时及以上”燃煤锅炉作为超低排放的一档的用法（未在本库核对），65蒸吨/小时的锅炉归入“全部完成”。',
      en: 'The plan does not write 及以上/及以下 wherever it includes the number: its targets\' bare 以上/以下 include it ("达5%以上"; "控制在35微克/立方米以下" is met at 35). The library\'s rule: a bare 以上/以下 includes the number, as the Civil Code (art. 1259) reads it, except where the plan itself puts the number in the neighbouring band (task 21\'s "35蒸吨/小时以上" right above task 9\'s "35蒸吨/小时及以下"; task 2\'s "30万千瓦以下" below task 9\'s "30万千瓦及以上"); task 3\'s restricted equipment and task 21\'s "65蒸吨/小时以下" exclude the number by the library\'s judgement, each with its reason. Excluding 65 here is a judgement: the plan puts 65 in no other band, but the obligation is the same either way — boilers of 65 t/h and more fall under the same sentence\'s "all coal boilers in the province complete the ultra-low retrofit", same deadline (2024-10-31), so the reading changes only which rule is cited; the library follows earlier national documents, which treat coal boilers of "65蒸吨/小时及以上" as one class for ultra-low emission (not checked here), and cites the "all" rule for a 65 t/h boiler.',
    },
    source: { clause: '三(五)21', quote: '推进35蒸吨/小时以上、65蒸吨/小时以下燃煤锅炉超低排放改造' },
  },
  'large-chp-min': {
    id: 'large-chp-min',
    field: 'largeChpCapacityMw',
    value: 300,
    unit: 'MW',
    side: 'above',
    inclusive: true,
    wording: '30万千瓦及以上',
    reading: {
      zh: '“及以上”包含本数：30万千瓦的热电联产电厂计入。',
      en: '及以上 includes the number: a 300 MW (30万千瓦) CHP plant counts.',
    },
    source: { clause: '三(二)9', quote: '充分发挥30万千瓦及以上热电联产电厂、大型工业企业的供热能力' },
  },
  'chp-heating-radius': {
    id: 'chp-heating-radius',
    field: 'distanceToLargeChpKm',
    value: 30,
    unit: 'km',
    side: 'below',
    inclusive: true,
    wording: '供热半径30公里范围内',
    reading: {
      zh: '“范围内”含边界：距离恰为30公里者在供热半径之内。',
      en: '范围内 (within) includes the boundary: a boiler exactly 30 km away lies within the heating radius.',
    },
    source: { clause: '三(二)9', quote: '对其供热半径30公里范围内的燃煤锅炉和落后燃煤小热电机组(含自备电厂)进行关停或整合' },
  },
  'industrial-heat-radius': {
    id: 'industrial-heat-radius',
    field: 'distanceToLargeIndustrialHeatKm',
    value: 30,
    unit: 'km',
    side: 'below',
    inclusive: true,
    wording: '供热半径30公里范围内',
    reading: {
      zh: '“其供热半径”的“其”指30万千瓦及以上热电联产电厂和大型工业企业两者；“范围内”含边界：距离恰为30公里者在供热半径之内。',
      en: 'The 其 of 其供热半径 (their heating radius) covers both the CHP plants of 300 MW or more and the large industrial enterprises; 范围内 (within) includes the boundary: exactly 30 km away lies within the radius.',
    },
    source: { clause: '三(二)9', quote: '对其供热半径30公里范围内的燃煤锅炉和落后燃煤小热电机组(含自备电厂)进行关停或整合' },
  },
  'coal-unit-phase-out-max': {
    id: 'coal-unit-phase-out-max',
    field: 'capacityMw',
    value: 300,
    unit: 'MW',
    side: 'below',
    inclusive: false,
    wording: '30万千瓦以下',
    reading: {
      zh: '本方案并非凡含本数处都写“及以上”“及以下”：其目标“达5%以上”“控制在35微克/立方米以下”（35即达标）的“以上”“以下”都含本数。本库的读法：未写“及”的“以上”“以下”按《民法典》第1259条含本数，只有方案自己把本数划入相邻一档时不含（第21条“35蒸吨/小时以上”紧接第9条“35蒸吨/小时及以下”；第2条“30万千瓦以下”对第9条“30万千瓦及以上”）；第3条限制类装备和第21条“65蒸吨/小时以下”不含本数，是本库的判断，理由各见其说明。此处即第二种例外：第9条以“30万千瓦及以上”称大型热电联产电厂，故“30万千瓦以下”不含30万千瓦：30万千瓦机组不在有序淘汰之列。',
      en: 'The plan does not write 及以上/及以下 wherever it includes the number: its targets\' bare 以上/以下 include it ("达5%以上"; "控制在35微克/立方米以下" is met at 35). The library\'s rule: a bare 以上/以下 includes the number, as the Civil Code (art. 1259) reads it, except where the plan itself puts the number in the neighbouring band (task 21\'s "35蒸吨/小时以上" right above task 9\'s "35蒸吨/小时及以下"; task 2\'s "30万千瓦以下" below task 9\'s "30万千瓦及以上"); task 3\'s restricted equipment and task 21\'s "65蒸吨/小时以下" exclude the number by the library\'s judgement, each with its reason. This is the second exception: task 9 calls plants of "30万千瓦及以上" large, so "30万千瓦以下" excludes 300 MW: a 300 MW unit is not phased out.',
    },
    source: { clause: '三(一)2', quote: '有序淘汰30万千瓦以下燃煤机组' },
  },
  'blast-furnace-restricted-max': {
    id: 'blast-furnace-restricted-max',
    field: 'volumeM3',
    value: 1200,
    unit: 'm³',
    side: 'below',
    inclusive: false,
    wording: '1200立方米以下',
    reading: {
      zh: '本方案并非凡含本数处都写“及以上”“及以下”：其目标“达5%以上”“控制在35微克/立方米以下”（35即达标）的“以上”“以下”都含本数。本库的读法：未写“及”的“以上”“以下”按《民法典》第1259条含本数，只有方案自己把本数划入相邻一档时不含（第21条“35蒸吨/小时以上”紧接第9条“35蒸吨/小时及以下”；第2条“30万千瓦以下”对第9条“30万千瓦及以上”）；第3条限制类装备和第21条“65蒸吨/小时以下”不含本数，是本库的判断，理由各见其说明。此处不含本数是判断：同一部分第2条淘汰“30万千瓦以下燃煤机组”不含30万千瓦，限制类装备按同一方式读作“低于”；1200立方米的高炉不在限制类之列。',
      en: 'The plan does not write 及以上/及以下 wherever it includes the number: its targets\' bare 以上/以下 include it ("达5%以上"; "控制在35微克/立方米以下" is met at 35). The library\'s rule: a bare 以上/以下 includes the number, as the Civil Code (art. 1259) reads it, except where the plan itself puts the number in the neighbouring band (task 21\'s "35蒸吨/小时以上" right above task 9\'s "35蒸吨/小时及以下"; task 2\'s "30万千瓦以下" below task 9\'s "30万千瓦及以上"); task 3\'s restricted equipment and task 21\'s "65蒸吨/小时以下" exclude the number by the library\'s judgement, each with its reason. Excluding the number here is a judgement: task 2\'s phase-out of units "30万千瓦以下" excludes 300 MW, and the restricted equipment is read alike, as "below": a 1200 m³ furnace is not in the restricted class.',
    },
    source: { clause: '三(一)3', quote: '加快推动1200立方米以下高炉、100吨以下转炉、100吨以下电炉(合金钢50吨)等限制类工艺装备淘汰退出' },
  },
  'converter-restricted-max': {
    id: 'converter-restricted-max',
    field: 'capacityT',
    value: 100,
    unit: 't',
    side: 'below',
    inclusive: false,
    wording: '100吨以下转炉',
    reading: {
      zh: '本方案并非凡含本数处都写“及以上”“及以下”：其目标“达5%以上”“控制在35微克/立方米以下”（35即达标）的“以上”“以下”都含本数。本库的读法：未写“及”的“以上”“以下”按《民法典》第1259条含本数，只有方案自己把本数划入相邻一档时不含（第21条“35蒸吨/小时以上”紧接第9条“35蒸吨/小时及以下”；第2条“30万千瓦以下”对第9条“30万千瓦及以上”）；第3条限制类装备和第21条“65蒸吨/小时以下”不含本数，是本库的判断，理由各见其说明。此处不含本数是判断：同一部分第2条淘汰“30万千瓦以下燃煤机组”不含30万千瓦，限制类装备按同一方式读作“低于”；100吨转炉不在限制类之列。',
      en: 'The plan does not write 及以上/及以下 wherever it includes the number: its targets\' bare 以上/以下 include it ("达5%以上"; "控制在35微克/立方米以下" is met at 35). The library\'s rule: a bare 以上/以下 includes the number, as the Civil Code (art. 1259) reads it, except where the plan itself puts the number in the neighbouring band (task 21\'s "35蒸吨/小时以上" right above task 9\'s "35蒸吨/小时及以下"; task 2\'s "30万千瓦以下" below task 9\'s "30万千瓦及以上"); task 3\'s restricted equipment and task 21\'s "65蒸吨/小时以下" exclude the number by the library\'s judgement, each with its reason. Excluding the number here is a judgement: task 2\'s phase-out of units "30万千瓦以下" excludes 300 MW, and the restricted equipment is read alike, as "below": a 100 t converter is not in the restricted class.',
    },
    source: { clause: '三(一)3', quote: '加快推动1200立方米以下高炉、100吨以下转炉、100吨以下电炉(合金钢50吨)等限制类工艺装备淘汰退出' },
  },
  'eaf-restricted-max': {
    id: 'eaf-restricted-max',
    field: 'capacityT',
    value: 100,
    unit: 't',
    side: 'below',
    inclusive: false,
    wording: '100吨以下电炉',
    reading: {
      zh: '本方案并非凡含本数处都写“及以上”“及以下”：其目标“达5%以上”“控制在35微克/立方米以下”（35即达标）的“以上”“以下”都含本数。本库的读法：未写“及”的“以上”“以下”按《民法典》第1259条含本数，只有方案自己把本数划入相邻一档时不含（第21条“35蒸吨/小时以上”紧接第9条“35蒸吨/小时及以下”；第2条“30万千瓦以下”对第9条“30万千瓦及以上”）；第3条限制类装备和第21条“65蒸吨/小时以下”不含本数，是本库的判断，理由各见其说明。此处不含本数是判断：同一部分第2条淘汰“30万千瓦以下燃煤机组”不含30万千瓦，限制类装备按同一方式读作“低于”；100吨电炉不在限制类之列。',
      en: 'The plan does not write 及以上/及以下 wherever it includes the number: its targets\' bare 以上/以下 include it ("达5%以上"; "控制在35微克/立方米以下" is met at 35). The library\'s rule: a bare 以上/以下 includes the number, as the Civil Code (art. 1259) reads it, except where the plan itself puts the number in the neighbouring band (task 21\'s "35蒸吨/小时以上" right above task 9\'s "35蒸吨/小时及以下"; task 2\'s "30万千瓦以下" below task 9\'s "30万千瓦及以上"); task 3\'s restricted equipment and task 21\'s "65蒸吨/小时以下" exclude the number by the library\'s judgement, each with its reason. Excluding the number here is a judgement: task 2\'s phase-out of units "30万千瓦以下" excludes 300 MW, and the restricted equipment is read alike, as "below": a 100 t electric arc furnace is not in the restricted class.',
    },
    source: { clause: '三(一)3', quote: '加快推动1200立方米以下高炉、100吨以下转炉、100吨以下电炉(合金钢50吨)等限制类工艺装备淘汰退出' },
  },
  'eaf-alloy-restricted-max': {
    id: 'eaf-alloy-restricted-max',
    field: 'capacityT',
    value: 50,
    unit: 't',
    side: 'below',
    inclusive: false,
    wording: '(合金钢50吨)',
    reading: {
      zh: '括注“合金钢50吨”替换同一“以下”中的数字，读作：合金钢电炉低于50吨者属限制类；50吨合金钢电炉不在其列。',
      en: 'The parenthesis "(合金钢50吨)" swaps the number within the same 以下, read as: alloy-steel furnaces below 50 t are restricted; a 50 t alloy-steel furnace is not.',
    },
    source: { clause: '三(一)3', quote: '100吨以下电炉(合金钢50吨)' },
  },
  'vocs-low-content-max': {
    id: 'vocs-low-content-max',
    field: 'vocsContentPct',
    value: 10,
    unit: '%',
    side: 'below',
    inclusive: false,
    wording: '低于10%',
    reading: {
      zh: '“低于”不含本数：VOCs含量恰为10%的工序不能免于无组织排放收集。',
      en: '低于 (lower than) excludes the number: a process at exactly 10% VOCs is not exempt from fugitive-emission collection.',
    },
    source: { clause: '三(一)5', quote: '使用的原辅材料VOCs含量(质量比)低于10%的工序,可不要求采取无组织排放收集措施' },
  },
  'long-haul-min-distance': {
    id: 'long-haul-min-distance',
    field: 'distanceKm',
    value: 500,
    unit: 'km',
    side: 'above',
    inclusive: true,
    wording: '运距500公里以上',
    reading: {
      zh: '本方案并非凡含本数处都写“及以上”“及以下”：其目标“达5%以上”“控制在35微克/立方米以下”（35即达标）的“以上”“以下”都含本数。本库的读法：未写“及”的“以上”“以下”按《民法典》第1259条含本数，只有方案自己把本数划入相邻一档时不含（第21条“35蒸吨/小时以上”紧接第9条“35蒸吨/小时及以下”；第2条“30万千瓦以下”对第9条“30万千瓦及以上”）；第3条限制类装备和第21条“65蒸吨/小时以下”不含本数，是本库的判断，理由各见其说明。此处方案未把本数划入别的档，故含本数。运距恰为500公里的运输属中长距离运输。',
      en: 'The plan does not write 及以上/及以下 wherever it includes the number: its targets\' bare 以上/以下 include it ("达5%以上"; "控制在35微克/立方米以下" is met at 35). The library\'s rule: a bare 以上/以下 includes the number, as the Civil Code (art. 1259) reads it, except where the plan itself puts the number in the neighbouring band (task 21\'s "35蒸吨/小时以上" right above task 9\'s "35蒸吨/小时及以下"; task 2\'s "30万千瓦以下" below task 9\'s "30万千瓦及以上"); task 3\'s restricted equipment and task 21\'s "65蒸吨/小时以下" exclude the number by the library\'s judgement, each with its reason. Nothing in the plan puts the number in another band here, so it is included. A haul of exactly 500 km is long-distance.',
    },
    source: { clause: '三(三)12', quote: '大宗货物中长距离运输(运距500公里以上)优先采用铁路运输' },
  },
  'freight-site-rail-min-volume': {
    id: 'freight-site-rail-min-volume',
    field: 'annualBulkMt',
    value: 1.5,
    unit: 'Mt/a',
    side: 'above',
    inclusive: true,
    wording: '年运量150万吨以上',
    reading: {
      zh: '本方案并非凡含本数处都写“及以上”“及以下”：其目标“达5%以上”“控制在35微克/立方米以下”（35即达标）的“以上”“以下”都含本数。本库的读法：未写“及”的“以上”“以下”按《民法典》第1259条含本数，只有方案自己把本数划入相邻一档时不含（第21条“35蒸吨/小时以上”紧接第9条“35蒸吨/小时及以下”；第2条“30万千瓦以下”对第9条“30万千瓦及以上”）；第3条限制类装备和第21条“65蒸吨/小时以下”不含本数，是本库的判断，理由各见其说明。此处方案未把本数划入别的档，故含本数。年运量恰为150万吨（1.5百万吨）者在其列。',
      en: 'The plan does not write 及以上/及以下 wherever it includes the number: its targets\' bare 以上/以下 include it ("达5%以上"; "控制在35微克/立方米以下" is met at 35). The library\'s rule: a bare 以上/以下 includes the number, as the Civil Code (art. 1259) reads it, except where the plan itself puts the number in the neighbouring band (task 21\'s "35蒸吨/小时以上" right above task 9\'s "35蒸吨/小时及以下"; task 2\'s "30万千瓦以下" below task 9\'s "30万千瓦及以上"); task 3\'s restricted equipment and task 21\'s "65蒸吨/小时以下" exclude the number by the library\'s judgement, each with its reason. Nothing in the plan puts the number in another band here, so it is included. A site moving exactly 1.5 Mt (150万吨) a year is included.',
    },
    source: { clause: '三(三)12', quote: '新建及迁建大宗货物年运量150万吨以上的物流园区、工矿企业和储煤基地,原则上接入铁路专用线或管道' },
  },
  'polluted-area-pm25-min': {
    id: 'polluted-area-pm25-min',
    field: 'pm25AnnualMean',
    value: 40,
    unit: 'µg/m³',
    side: 'above',
    inclusive: true,
    wording: '40微克/立方米以上',
    reading: {
      zh: '本方案并非凡含本数处都写“及以上”“及以下”：其目标“达5%以上”“控制在35微克/立方米以下”（35即达标）的“以上”“以下”都含本数。本库的读法：未写“及”的“以上”“以下”按《民法典》第1259条含本数，只有方案自己把本数划入相邻一档时不含（第21条“35蒸吨/小时以上”紧接第9条“35蒸吨/小时及以下”；第2条“30万千瓦以下”对第9条“30万千瓦及以上”）；第3条限制类装备和第21条“65蒸吨/小时以下”不含本数，是本库的判断，理由各见其说明。此处方案未把本数划入别的档，故含本数。年均浓度恰为40微克/立方米的地区适用本条。',
      en: 'The plan does not write 及以上/及以下 wherever it includes the number: its targets\' bare 以上/以下 include it ("达5%以上"; "控制在35微克/立方米以下" is met at 35). The library\'s rule: a bare 以上/以下 includes the number, as the Civil Code (art. 1259) reads it, except where the plan itself puts the number in the neighbouring band (task 21\'s "35蒸吨/小时以上" right above task 9\'s "35蒸吨/小时及以下"; task 2\'s "30万千瓦以下" below task 9\'s "30万千瓦及以上"); task 3\'s restricted equipment and task 21\'s "65蒸吨/小时以下" exclude the number by the library\'s judgement, each with its reason. Nothing in the plan puts the number in another band here, so it is included. An annual mean of exactly 40 µg/m³ triggers the rule.',
    },
    source: { clause: '三(三)13', quote: 'PM2.5年均浓度在40微克/立方米以上的设区市、县(市、区)' },
  },
  'county-rank-bottom': {
    id: 'county-rank-bottom',
    field: 'provincialRank',
    value: 20,
    unit: 'places from the bottom',
    side: 'below',
    inclusive: true,
    wording: '在全省排名后20',
    reading: {
      zh: '“后20”指倒数第1至第20名，倒数第20名在内（名次自后往前数：of − rank + 1 ≤ 20）。',
      en: '后20 means the last 20 places, the 20th from the bottom included (place from the bottom = of − rank + 1 ≤ 20).',
    },
    source: { clause: '三(三)13', quote: '空气质量综合指数在全省排名后20的县(市、区)' },
  },
  'diesel-truck-phase-out-stage': {
    id: 'diesel-truck-phase-out-stage',
    field: 'emissionStage',
    value: 4,
    unit: 'China emission stage (国N)',
    side: 'below',
    inclusive: true,
    wording: '国四及以下',
    reading: {
      zh: '“及以下”包含本数：国四柴油货车在淘汰之列。',
      en: '及以下 includes the number: China IV diesel trucks are among those phased out.',
    },
    source: { clause: '三(三)13', quote: '推动国四及以下排放标准柴油货车和采用稀薄燃烧技术的燃气货车淘汰' },
  },
  'non-road-phase-out-stage': {
    id: 'non-road-phase-out-stage',
    field: 'emissionStage',
    value: 1,
    unit: 'non-road emission stage',
    side: 'below',
    inclusive: true,
    wording: '第一阶段及以下',
    reading: {
      zh: '“及以下”包含本数：第一阶段机械及无排放阶段的机械在淘汰之列。',
      en: '及以下 includes the number: stage I machinery, and machinery of no stage, are phased out.',
    },
    source: { clause: '三(三)14', quote: '基本淘汰第一阶段及以下排放标准的非道路移动机械' },
  },
  'construction-site-video-min-area': {
    id: 'construction-site-video-min-area',
    field: 'areaM2',
    value: 5000,
    unit: 'm²',
    side: 'above',
    inclusive: true,
    wording: '5000平方米及以上',
    reading: {
      zh: '“及以上”包含本数：5000平方米的工地在其列。',
      en: '及以上 includes the number: a 5000 m² site is included.',
    },
    source: { clause: '三(四)16', quote: '鼓励有条件的地区推动5000平方米及以上建筑工地安装视频监控并接入当地监管平台' },
  },
} as const satisfies Record<string, ThresholdInput>);

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * The id of a threshold, e.g. `'coal-boiler-cleanup-max'`.
 * @category Rules
 */
export type ThresholdId = (typeof THRESHOLDS)[number]['id'] | never;

/**
 * Every numeric threshold the obligation rules use: the subject field compared, the value and unit,
 * the side on which the rule applies, whether the value itself counts (`inclusive`), the plan's words
 * and why the library reads them so (standards §6), and the clause.
 *
 * How 以上/以下 are read (standards §6): 及以上/及以下 include the number. A bare 以上/以下 includes it too, as
 * the Civil Code (art. 1259) reads it and as the plan's own targets use it (达5%以上 is met at 5%; PM2.5
 * 控制在35微克/立方米以下 is met at 35) — so 500公里以上, 150万吨以上 and 40微克/立方米以上 include their
 * figures — except where the plan itself puts the number in the neighbouring band: task 21's 35蒸吨/小时以上
 * sits right above task 9's 35蒸吨/小时及以下, task 2's 30万千瓦以下 below task 9's 30万千瓦及以上. Task 3's
 * restricted equipment (1200立方米以下, 100吨以下, 合金钢50吨) and task 21's 65蒸吨/小时以下 exclude the number
 * by the library's judgement; each threshold's `reading` says why.
 *
 * @example
 * ```ts
 * THRESHOLDS.find((t) => t.id === 'coal-boiler-ule-min')?.inclusive; //=> false
 * ```
 * @see 三(二)9, 三(五)21
 * @category Rules
 */
export const THRESHOLDS = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ Object.values(THRESHOLD_TABLE));
