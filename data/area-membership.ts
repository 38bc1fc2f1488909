import { deepFreeze } from '../src/freeze.js';
import type { CountyCode } from './counties.js';
import { ALL_BUT, area, rule } from './area-membership/expand.js';
import {
  PLAN_25,
  PLAN_27,
  ONE_PLUS_30,
  CENTRAL_CLUSTER_PLAN,
  TAIYUAN_BASIN_GEO,
  FEN_RIVER_GEO,
  DATONG_BASIN_GEO,
  XINDING_BASIN_GEO,
  XINFU_GEO,
  SHANGDANG_BASIN_GEO,
  CHANGZHI_COUNTIES_GEO,
  LINFEN_BASIN_GEO,
  YUNCHENG_BASIN_GEO,
  SHANGDANG_NAME_GEO,
} from './area-membership/sources.js';

/*
 * Which of Shanxi's 117 county-level divisions lie in each named area of the plan, and on what basis.
 *
 * Written as rules ("every county of Datong: out, on basis X"; "清徐县: in, on basis Y") and expanded by
 * `expand` into the full per-county table. A rule naming a county wins over a rule naming its city; a county
 * no rule names is 'unknown' with the area's note. What each source says, and what could not be checked, is
 * in docs/area-membership-sources.md.
 */

// Memberships: the sources are in ./area-membership/sources.ts, `rule`, `area` and `expand` in ./area-membership/expand.ts.

const TB_CORE: readonly CountyCode[] = ['140121', '141122', '140728', '140781', '141181'];
const TAIYUAN_PROPER: readonly CountyCode[] = ['140105', '140106', '140107', '140108', '140109', '140110'];

/**
 * For each named area of the plan except the key region (which `REGIONS` settles city by city), the
 * membership of each of the 117 county-level divisions of {@link COUNTIES}: `'in'`, `'out'` or `'unknown'`,
 * with the sources (`basis`) it rests on. `'in'` and `'out'` appear only where a cited source supports them;
 * where sources are silent the county is `'unknown'` with a note. Most geographic sources were read in
 * third-party copies (`seenIn: 'copy'`); docs/area-membership-sources.md says what each says and what could
 * not be checked.
 *
 * @example
 * ```ts
 * AREA_MEMBERSHIP.find((a) => a.area === 'taiyuan-basin')?.counties['140121']?.status; //=> 'in'
 * AREA_MEMBERSHIP.find((a) => a.area === 'linyun-basin')?.counties['140213']?.status; //=> 'out'
 * ```
 * @category Plan
 */
export const AREA_MEMBERSHIP = /* @__PURE__ */ deepFreeze([
  /* @__PURE__ */ area(
    'taiyuan-basin',
    [PLAN_25, TAIYUAN_BASIN_GEO],
    [
      /* @__PURE__ */ rule('in', [PLAN_25, TAIYUAN_BASIN_GEO], { counties: TB_CORE }),
      /* @__PURE__ */ rule('in', [TAIYUAN_BASIN_GEO], { counties: ['140122', '140702', '140703', '140727', '141121', '141182'] }),
      /* @__PURE__ */ rule(
        'in',
        [TAIYUAN_BASIN_GEO],
        { counties: TAIYUAN_PROPER },
        {
          zh: '描述列出“太原市”（市区），读作今六个市辖区；晋源、万柏林、尖草坪等区的西山部分不在盆地平原上。',
          en: 'The description names "Taiyuan City" (the city proper), read as today\'s six districts; the Western Hills parts of Jinyuan, Wanbailin and Jiancaoping are not on the basin floor.',
        },
      ),
      /* @__PURE__ */ rule(
        'out',
        [TAIYUAN_BASIN_GEO],
        { cities: /* @__PURE__ */ ALL_BUT('taiyuan', 'jinzhong', 'lvliang') },
        {
          zh: '盆地北起石岭关、南至韩侯岭，位于太行山与吕梁山之间，所列成员只在太原、晋中、吕梁三地。',
          en: 'The basin runs from Shiling Pass to Hanhou Ridge between the Taihang and Lüliang ranges; its listed members are all in Taiyuan, Jinzhong and Lüliang.',
        },
      ),
    ],
    {
      zh: '太原、晋中、吕梁的这个县（市、区）未被描述列名（描述称13个县市只列出12个），也无其他来源；不作认定。',
      en: 'This county of Taiyuan, Jinzhong or Lüliang is not named by the description (which counts 13 counties but names 12), and no other source places it; left unknown.',
    },
  ),
  /* @__PURE__ */ area(
    'fenhe-valley',
    [FEN_RIVER_GEO],
    [
      /* @__PURE__ */ rule(
        'out',
        [FEN_RIVER_GEO],
        { cities: ['datong', 'yangquan', 'changzhi', 'jincheng', 'shuozhou'] },
        {
          zh: '汾河只流经忻州、太原、吕梁、晋中、临汾、运城六市，不经此县所在的市。',
          en: "The Fen flows only through Xinzhou, Taiyuan, Lüliang, Jinzhong, Linfen and Yuncheng, not through this county's city.",
        },
      ),
    ],
    {
      zh: '汾河流经此县所在的市，但流经的29个县（区）名单未找到，汾河谷地的范围也无文件界定；不作认定。',
      en: "The Fen flows through this county's city, but the list of the 29 counties it passes was not found and no document defines the valley's extent; left unknown.",
    },
  ),
  /* @__PURE__ */ area(
    'linyun-basin',
    [LINFEN_BASIN_GEO, YUNCHENG_BASIN_GEO],
    [
      /* @__PURE__ */ rule(
        'out',
        [LINFEN_BASIN_GEO, YUNCHENG_BASIN_GEO],
        { cities: /* @__PURE__ */ ALL_BUT('linfen', 'yuncheng') },
        {
          zh: '临运盆地以临汾、运城为名；临汾盆地在临汾市境内（北以韩信岭与晋中相隔），运城盆地在山西西南端，都不在此县所在的市。',
          en: "The Linfen–Yuncheng basin is named after Linfen and Yuncheng; the Linfen basin lies in Linfen (parted from Jinzhong by Hanxin Ridge) and the Yuncheng basin at Shanxi's south-west end, neither in this county's city.",
        },
      ),
    ],
    {
      zh: '方案未界定临运盆地，未找到界定它的文件；临汾、运城各县是否在内不作认定（有描述称洪洞在临汾盆地北端、曲沃在其南端，但临运盆地本身无定义）。',
      en: 'Neither the plan nor any document found defines the Linfen–Yuncheng basin; the counties of Linfen and Yuncheng are left unknown (descriptions put Hongtong at the north end of the Linfen basin and Quwo at its south end, but the Linfen–Yuncheng basin itself is undefined).',
    },
  ),
  /* @__PURE__ */ area(
    'datong-basin',
    [DATONG_BASIN_GEO],
    [
      /* @__PURE__ */ rule(
        'in',
        [DATONG_BASIN_GEO],
        { counties: ['140213', '140602', '140621'] },
        {
          zh: '描述点名山阴、大同（市区）、朔州（市区）在盆地内。',
          en: 'The description names Shanyin, Datong (city centre) and Shuozhou (city centre) as in the basin.',
        },
      ),
      /* @__PURE__ */ rule(
        'out',
        [DATONG_BASIN_GEO],
        { cities: /* @__PURE__ */ ALL_BUT('datong', 'shuozhou', 'xinzhou') },
        {
          zh: '大同盆地位于省境北部桑干河上游（大同至朔州一带），不在此县所在的市。',
          en: "The Datong basin lies in the north of the province on the upper Sanggan (from Datong to Shuozhou), not in this county's city.",
        },
      ),
    ],
    {
      zh: '来源未逐县列出大同盆地的成员（忻州市：桑干河源出宁武，盆地西南端的边界未见县级说明）；不作认定。',
      en: "No source lists the Datong basin county by county (for Xinzhou: the Sanggan rises in Ningwu, and no source places the basin's south-west edge by county); left unknown.",
    },
  ),
  /* @__PURE__ */ area(
    'xinding-basin',
    [XINDING_BASIN_GEO, XINFU_GEO],
    [
      /* @__PURE__ */ rule('in', [XINFU_GEO], { counties: ['140902'] }),
      /* @__PURE__ */ rule(
        'out',
        [XINDING_BASIN_GEO],
        { cities: /* @__PURE__ */ ALL_BUT('xinzhou') },
        {
          zh: '忻定盆地西起云中山、北接恒山、东守五台山和系舟山、南隔石岭关与太原盆地相接，不在此县所在的市。',
          en: "The Xinding basin is bounded by the Yunzhong, Heng, Wutai and Xizhou mountains and by Shiling Pass towards the Taiyuan basin, outside this county's city.",
        },
      ),
    ],
    {
      zh: '忻州市的这个县（市）是否在忻定盆地内，未找到逐县的来源；不作认定。',
      en: 'No source found says county by county whether this county of Xinzhou lies in the Xinding basin; left unknown.',
    },
  ),
  /* @__PURE__ */ area(
    'shangdang-basin',
    [SHANGDANG_BASIN_GEO, CHANGZHI_COUNTIES_GEO],
    [
      /* @__PURE__ */ rule(
        'in',
        [CHANGZHI_COUNTIES_GEO],
        { counties: ['140403', '140404', '140405', '140406', '140423', '140428'] },
        {
          zh: '来源称其地处上党盆地或其边缘（潞州、潞城为东部/东北边缘，上党区为南缘，屯留、长子为西侧/西南侧，襄垣为盆地之北）。',
          en: 'The source places it in the Shangdang basin or on its edge (Luzhou and Lucheng on the east and north-east edge, Shangdang District on the south edge, Tunliu and Zhangzi on the west and south-west side, Xiangyuan at its north).',
        },
      ),
      /* @__PURE__ */ rule(
        'out',
        [SHANGDANG_BASIN_GEO],
        { cities: /* @__PURE__ */ ALL_BUT('changzhi', 'jincheng') },
        {
          zh: '上党盆地即长治盆地，在长治市中部，由太行山、太岳山围成，不在此县所在的市。',
          en: "The Shangdang basin is the Changzhi basin in the middle of Changzhi, enclosed by the Taihang and Taiyue ranges, not in this county's city.",
        },
      ),
    ],
    {
      zh: '长治、晋城的这个县（市、区）是否在上党盆地内，来源未说明；不作认定。',
      en: 'No source says whether this county of Changzhi or Jincheng lies in the Shangdang basin; left unknown.',
    },
  ),
  /* @__PURE__ */ area(
    'central-city-cluster',
    [CENTRAL_CLUSTER_PLAN],
    [
      /* @__PURE__ */ rule('in', [CENTRAL_CLUSTER_PLAN], { cities: ['taiyuan', 'jinzhong', 'xinzhou', 'lvliang', 'yangquan'] }),
      /* @__PURE__ */ rule('out', [CENTRAL_CLUSTER_PLAN], {
        cities: /* @__PURE__ */ ALL_BUT('taiyuan', 'jinzhong', 'xinzhou', 'lvliang', 'yangquan'),
      }),
    ],
    { zh: '无。', en: 'None.' },
  ),
  /* @__PURE__ */ area(
    'shangdang-old-revolutionary-area',
    [SHANGDANG_NAME_GEO],
    [
      /* @__PURE__ */ rule(
        'in',
        [SHANGDANG_NAME_GEO],
        { cities: ['changzhi'] },
        {
          zh: '长治古称上党，是革命老区；“上党革命老区”未见文件界定，按全市计。',
          en: 'Changzhi is the historical Shangdang and an old revolutionary base area; no document defines the term, so the whole city is counted.',
        },
      ),
      /* @__PURE__ */ rule(
        'out',
        [SHANGDANG_NAME_GEO],
        { cities: ['datong', 'shuozhou', 'xinzhou', 'taiyuan', 'lvliang', 'yuncheng'] },
        {
          zh: '上党指山西东南部的长治一带，不含此县所在的市。',
          en: "Shangdang is the Changzhi area in south-east Shanxi, which does not include this county's city.",
        },
      ),
    ],
    {
      zh: '“上党革命老区”无文件界定；历史上的上党郡还包括今晋城及晋中东部的一些县，阳泉、临汾也与之相邻，不作认定。',
      en: "No document defines the Shangdang old revolutionary area; the historical Shangdang commandery also covered today's Jincheng and parts of eastern Jinzhong, and Yangquan and Linfen border it; left unknown.",
    },
  ),
  /* @__PURE__ */ area(
    'taiyuan-and-surroundings',
    [PLAN_27, ONE_PLUS_30],
    [/* @__PURE__ */ rule('in', [PLAN_27, ONE_PLUS_30], { cities: ['taiyuan'] })],
    {
      zh: '“周边”的县（市、区）方案未列明；“1+30”区域的30个县（市、区）名单未找到；不作认定。',
      en: 'The plan does not list the surrounding counties, and the list of the 30 counties of the "1+30" area was not found; left unknown.',
    },
  ),
  /* @__PURE__ */ area('coal-producing-areas', [], [], {
    zh: '方案未界定煤炭主产区，未找到界定它的文件；不作认定。',
    en: 'Neither the plan nor any document found defines the main coal-producing areas; left unknown.',
  }),
] as const);

/**
 * The id of an area with a per-county membership table: every `RegionId` but `'key-region'`.
 * @category Plan
 */
export type MembershipAreaId = (typeof AREA_MEMBERSHIP)[number]['area'];
