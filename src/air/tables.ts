import { deepFreeze } from '../freeze.js';
import type { AirEdition } from '../model/air/index.js';
import { GB3095_2012, GB3095_2026_FINAL, GB3095_2026_TRANSITION, HJ633_2012, HJ633_2026 } from './editions.js';

/**
 * A deep-frozen copy of plain data (numbers, strings, arrays, objects).
 * @internal
 */
function frozenCopy<T>(value: T): T {
  return deepFreeze(JSON.parse(JSON.stringify(value)) as T);
}

// The hot-path tables. They are deliberately *not* frozen: V8 (Node 20) indexes frozen arrays about
// twice as slowly, which halves the speed of `aqi`. They are private, typed read-only and never written;
// callers see the deep-frozen copies exported below, made from the same literals.
/** @internal */
export const LEVELS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

// Each edition's table in a constant of its own, so that a hot path picks it by comparing the edition
// (`breakpointsOf`) rather than by `BREAKPOINTS[edition]`: keys such as '2012' are array indices, which V8
// keeps in a dictionary, and each such lookup cost `aqi` and `iaqi` about 17 ns a call.
/** HJ 633-2012 Table 1 (see `IAQI_BREAKPOINTS`). @internal */
export const BREAKPOINTS_2012 = {
  so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  so2_1h: [0, 150, 500, 650, 800],
  no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
  no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
  co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
  co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
  o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
  o3_8h: [0, 100, 160, 215, 265, 800],
  pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
} as const;

/** HJ 633-2026 Table 1 (see `IAQI_BREAKPOINTS`). @internal */
export const BREAKPOINTS_2026 = {
  so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  so2_1h: [0, 150, 500, 650, 800],
  no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
  no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  pm10_24h: [0, 50, 120, 250, 350, 420, 500, 600],
  co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
  co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
  o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
  o3_8h: [0, 100, 160, 215, 265, 800],
  pm25_24h: [0, 35, 60, 115, 150, 250, 350, 500],
} as const;

/** HJ 633 Table 1 by edition (see `IAQI_BREAKPOINTS`). @internal */
export const BREAKPOINTS = { '2012': BREAKPOINTS_2012, '2026': BREAKPOINTS_2026 } as const;

/** One edition's table, without a lookup by the edition (see above). @internal */
export const breakpointsOf = (edition: AirEdition): (typeof BREAKPOINTS)[AirEdition] =>
  edition === '2012' ? BREAKPOINTS_2012 : BREAKPOINTS_2026;

/**
 * The IAQI values of the rows of HJ 633 Table 1: row `i` of every column of `IAQI_BREAKPOINTS` is the
 * concentration whose IAQI is `IAQI_LEVELS[i]`.
 *
 * @example
 * ```ts
 * IAQI_LEVELS; //=> [0, 50, 100, 150, 200, 300, 400, 500]
 * ```
 * @see HJ 633-2012 Table 1; HJ 633-2026 Table 1
 * @category Air quality
 */
export const IAQI_LEVELS = /* @__PURE__ */ frozenCopy(LEVELS);

/**
 * The breakpoints of HJ 633 Table 1 by edition and column (µg/m³; CO mg/m³): `IAQI_BREAKPOINTS[e][p][i]`
 * is the concentration of pollutant `p` whose IAQI is `IAQI_LEVELS[i]`. A column stops where the
 * standard stops it: SO2 1 h at 800 (IAQI 200) and O3 8 h at 800 (IAQI 300); above those, HJ 633-2012
 * computes no IAQI (notes a and b of Table 1) and HJ 633-2026 fixes it at 200 and 300.
 *
 * The 2026 columns were checked against HJ 633-2026's text (Table 3; see `HJ633_EDITIONS['2026'].basis`): HJ
 * 633-2026 changes two cells at IAQI 100, PM2.5 24 h 75 → 60 and PM10 24 h 150 → 120, and keeps the others.
 *
 * @example
 * ```ts
 * IAQI_BREAKPOINTS['2012'].pm25_24h; //=> [0, 35, 75, 115, 150, 250, 350, 500]
 * IAQI_BREAKPOINTS['2026'].pm25_24h[2]; //=> 60
 * ```
 * @see HJ 633-2012 Table 1; HJ 633-2026 Table 1
 * @category Air quality
 */
export const IAQI_BREAKPOINTS = /* @__PURE__ */ frozenCopy(BREAKPOINTS);

/**
 * The two editions of HJ 633 (环境空气质量指数（AQI）技术规定（试行）), with the days they are in force and
 * how far the library's reading of them is verified. `basis` says how the values were checked against the
 * standard's text; `unverified` lists what the check did not cover (the CMYK colour values).
 *
 * @example
 * ```ts
 * HJ633_EDITIONS['2026'].inForce; //=> { from: '2026-03-01', to: null }
 * HJ633_EDITIONS['2026'].verified; //=> true
 * ```
 * @see HJ 633-2012; HJ 633-2026
 * @category Air quality
 */
export const HJ633_EDITIONS = /* @__PURE__ */ deepFreeze({
  '2012': {
    edition: '2012',
    standard: 'HJ 633-2012',
    inForce: HJ633_2012,
    verified: true,
    unverified: [
      {
        item: 'colour.cmyk',
        note: {
          zh: 'CMYK 值按第三方转录的颜色表录入，未与标准原文核对。',
          en: 'CMYK values entered from a third-party transcription of the colour table, not checked against the standard.',
        },
      },
    ],
  },
  '2026': {
    edition: '2026',
    standard: 'HJ 633-2026',
    inForce: HJ633_2026,
    verified: true,
    basis: {
      zh: '2026-11-30 对照 HJ 633-2026 公布的 PDF 原文（全分辨率，逐表）第二次独立读取：表 3 各档浓度限值、注 a–c、4.2.2/4.2.3 日报与实时报的项目和修约（GB/T 8170）、4.2.6 进位取整、表 1 级别类别与颜色名称，与本库的值逐格一致。CMYK 值不在核对之列。',
      en: "Checked on 2026-11-30 against HJ 633-2026's published PDF, read at full resolution table by table (a second, independent reading): Table 3's breakpoints, notes a–c, the daily and real-time report items and rounding (4.2.2, 4.2.3, GB/T 8170), rounding up (4.2.6), and Table 1's levels, categories and colour names agree with the library's values cell for cell. The CMYK values were not part of the check.",
    },
    unverified: [
      {
        item: 'colour.cmyk',
        note: {
          zh: 'CMYK 值按第三方转录的颜色表录入，未与标准原文核对。',
          en: 'CMYK values entered from a third-party transcription of the colour table, not checked against the standard.',
        },
      },
    ],
  },
} as const);

/**
 * The six AQI levels of HJ 633: AQI range, level name, category and colour.
 * The RGB values are the reference's; the CMYK values come from a third-party transcription of the
 * standard's colour table and are *unverified* (see `HJ633_EDITIONS[…].unverified`). Level 6 is
 * "> 300"; the library caps the AQI at 500 (see `aqi`), so its `max` is 500.
 *
 * @example
 * ```ts
 * AQI_LEVELS[4].category; //=> { zh: '重度污染', en: 'Heavily polluted' }
 * AQI_LEVELS[4].colour.rgb; //=> [153, 0, 76]
 * ```
 * @see HJ 633-2012 (AQI levels, categories and colours)
 * @category Air quality
 */
export const AQI_LEVELS = /* @__PURE__ */ deepFreeze([
  {
    level: 1,
    min: 0,
    max: 50,
    name: { zh: '一级', en: 'Level 1' },
    category: { zh: '优', en: 'Excellent' },
    colour: { name: { zh: '绿色', en: 'green' }, rgb: [0, 228, 0], cmyk: [40, 0, 100, 0] },
  },
  {
    level: 2,
    min: 51,
    max: 100,
    name: { zh: '二级', en: 'Level 2' },
    category: { zh: '良', en: 'Good' },
    colour: { name: { zh: '黄色', en: 'yellow' }, rgb: [255, 255, 0], cmyk: [0, 0, 100, 0] },
  },
  {
    level: 3,
    min: 101,
    max: 150,
    name: { zh: '三级', en: 'Level 3' },
    category: { zh: '轻度污染', en: 'Lightly polluted' },
    colour: { name: { zh: '橙色', en: 'orange' }, rgb: [255, 126, 0], cmyk: [0, 52, 100, 0] },
  },
  {
    level: 4,
    min: 151,
    max: 200,
    name: { zh: '四级', en: 'Level 4' },
    category: { zh: '中度污染', en: 'Moderately polluted' },
    colour: { name: { zh: '红色', en: 'red' }, rgb: [255, 0, 0], cmyk: [0, 100, 100, 0] },
  },
  {
    level: 5,
    min: 201,
    max: 300,
    name: { zh: '五级', en: 'Level 5' },
    category: { zh: '重度污染', en: 'Heavily polluted' },
    colour: { name: { zh: '紫色', en: 'purple' }, rgb: [153, 0, 76], cmyk: [10, 100, 40, 30] },
  },
  {
    level: 6,
    min: 301,
    max: 500,
    name: { zh: '六级', en: 'Level 6' },
    category: { zh: '严重污染', en: 'Severely polluted' },
    colour: { name: { zh: '褐红色', en: 'maroon' }, rgb: [126, 0, 35], cmyk: [30, 100, 100, 30] },
  },
] as const);

/** How the GB 3095-2026 limits were checked against the standard's text (both phases: one check). */
const GB3095_2026_BASIS = {
  zh: '2026-11-30 对照 GB 3095-2026（生态环境部、国家市场监督管理总局 2026-02-13 发布，2026-03-01 实施）公布的 PDF 原文表 1 及 4.4 第二次独立读取，二级浓度限值（过渡阶段与最终阶段）与本库逐格一致。',
  en: "Checked on 2026-11-30 against GB 3095-2026's published PDF (issued 2026-02-13 by the Ministry of Ecology and Environment and SAMR, in force 2026-03-01), Table 1 and 4.4, a second, independent reading: the grade II limits of the transition and final phases agree with the library's cell for cell.",
};

/**
 * The GB 3095 grade II (二级) concentration limits by edition and phase (µg/m³; CO mg/m³). Keys name the
 * pollutant and averaging period: `pm25_annual`, `pm25_24h`, `o3_8h` (daily maximum 8 h mean) …
 * GB 3095-2026 has a transition phase (2026-03-01 to 2030-12-31) and a final phase (from 2031-01-01);
 * its values were checked against the standard's text (Table 1, 4.4; see each set's `basis`).
 *
 * @example
 * ```ts
 * GB3095_LIMITS['2012'].limits.pm25_annual; //=> 35
 * GB3095_LIMITS['2026-transition'].limits.pm25_annual; //=> 30
 * GB3095_LIMITS['2026-final'].limits.pm25_annual; //=> 25
 * ```
 * @see GB 3095-2012 (grade II limits); GB 3095-2026 (transition and final phases)
 * @category Air quality
 */
export const GB3095_LIMITS = /* @__PURE__ */ deepFreeze({
  '2012': {
    id: '2012',
    standard: 'GB 3095-2012',
    phase: null,
    // The day GB 3095-2012 and HJ 633-2012 apply nationwide, to the day GB 3095-2026 replaces them.
    inForce: GB3095_2012,
    verified: true,
    limits: {
      so2_annual: 60,
      so2_24h: 150,
      so2_1h: 500,
      no2_annual: 40,
      no2_24h: 80,
      no2_1h: 200,
      pm10_annual: 70,
      pm10_24h: 150,
      pm25_annual: 35,
      pm25_24h: 75,
      co_24h: 4,
      co_1h: 10,
      o3_8h: 160,
      o3_1h: 200,
    },
  },
  '2026-transition': {
    id: '2026-transition',
    standard: 'GB 3095-2026',
    phase: 'transition',
    inForce: GB3095_2026_TRANSITION,
    verified: true,
    basis: GB3095_2026_BASIS,
    limits: {
      so2_annual: 60,
      so2_24h: 150,
      so2_1h: 500,
      no2_annual: 40,
      no2_24h: 80,
      no2_1h: 200,
      pm10_annual: 60,
      pm10_24h: 120,
      pm25_annual: 30,
      pm25_24h: 60,
      co_24h: 4,
      co_1h: 10,
      o3_8h: 160,
      o3_1h: 200,
    },
  },
  '2026-final': {
    id: '2026-final',
    standard: 'GB 3095-2026',
    phase: 'final',
    inForce: GB3095_2026_FINAL,
    verified: true,
    basis: GB3095_2026_BASIS,
    limits: {
      so2_annual: 20,
      so2_24h: 50,
      so2_1h: 150,
      no2_annual: 30,
      no2_24h: 50,
      no2_1h: 200,
      pm10_annual: 50,
      pm10_24h: 100,
      pm25_annual: 25,
      pm25_24h: 50,
      co_24h: 4,
      co_1h: 10,
      o3_8h: 160,
      o3_1h: 200,
    },
  },
} as const);
