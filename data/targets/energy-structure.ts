import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Target } from '../../src/model/target.js';
import { AT_OR_OVER, ABOUT, keyRegionCoal, otherCoal } from './shared.js';

/** The targets of 三(二) 深入推进能源结构优化调整 (tasks 7, 8 and 9), in order. Assembled into `TARGETS` by ./index.ts. */
export const ENERGY_STRUCTURE_TARGETS = [
  // Task 7
  {
    id: 'non-fossil-energy-share-2025',
    kind: 'level',
    task: 7,
    metric: 'non-fossil-energy-share',
    scope: { kind: 'province' },
    value: 12,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'year',
    strength: 'plain',
    source: { clause: '三(二)7', quote: '2025年,非化石能源消费比重达到12%' },
    note: AT_OR_OVER,
  },
  {
    id: 'electricity-final-energy-share-2025',
    kind: 'level',
    task: 7,
    metric: 'electricity-final-energy-share',
    scope: { kind: 'province' },
    value: 30,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'year',
    strength: 'approximate',
    source: { clause: '三(二)7', quote: '2025年,非化石能源消费比重达到12%,电能占终端能源消费比重达30%左右' },
    note: ABOUT,
  },
  // Task 8
  /* @__PURE__ */ keyRegionCoal('taiyuan'),
  /* @__PURE__ */ keyRegionCoal('yangquan'),
  /* @__PURE__ */ keyRegionCoal('changzhi'),
  /* @__PURE__ */ keyRegionCoal('jincheng'),
  /* @__PURE__ */ keyRegionCoal('jinzhong'),
  /* @__PURE__ */ keyRegionCoal('yuncheng'),
  /* @__PURE__ */ keyRegionCoal('linfen'),
  /* @__PURE__ */ keyRegionCoal('lvliang'),
  /* @__PURE__ */ otherCoal('datong'),
  /* @__PURE__ */ otherCoal('shuozhou'),
  /* @__PURE__ */ otherCoal('xinzhou'),
  // Task 9
  {
    id: 'small-coal-boilers-cleared',
    kind: 'level',
    task: 9,
    metric: 'small-coal-installations',
    scope: {
      kind: 'sector',
      sector: 'small-coal-boilers',
      name: { zh: '35蒸吨/小时及以下燃煤锅炉等燃煤设施', en: 'coal boilers of 35 t/h and below and other small coal-fired installations' },
    },
    value: 0,
    unit: 'count',
    comparator: 'lte',
    due: '2025-12-31',
    dueBasis: 'horizon',
    strength: 'plain',
    source: {
      clause: '三(二)9',
      quote: '对35蒸吨/小时及以下燃煤锅炉及茶水炉、经营性炉灶、储粮烘干设备、农产品加工等燃煤设施进行动态清零',
    },
    note: {
      zh: '动态清零须保持为0；方案未写日期，按2025年底评估。',
      en: 'The count must stay 0; no date in the plan: judged at end-2025.',
    },
  },
] as const satisfies readonly DeepReadonly<Target>[];
