import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Target } from '../../src/model/target.js';
import { AT_OR_OVER, ABOUT, T16, straw } from './shared.js';

/** The targets of 三(四) 全面加强面源污染治理 (tasks 16 and 18), in order. Assembled into `TARGETS` by ./index.ts. */
export const AREA_SOURCE_TARGETS = [
  // Task 16
  {
    id: 'prefabricated-building-share-2025',
    kind: 'level',
    task: 16,
    metric: 'prefabricated-building-share',
    scope: { kind: 'province' },
    value: 30,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: { clause: '三(四)16', quote: '2025年底前,全省装配式建筑占新建建筑面积比例达30%' },
    note: AT_OR_OVER,
  },
  {
    id: 'road-cleaning-cities-2025',
    kind: 'level',
    task: 16,
    metric: 'road-mechanical-cleaning-rate',
    scope: {
      kind: 'sector',
      sector: 'city-roads',
      name: { zh: '设区的市建成区道路', en: "roads of the cities' built-up areas" },
    },
    value: 80,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'approximate',
    source: { clause: '三(四)16', quote: T16 },
    note: ABOUT,
  },
  {
    id: 'road-cleaning-county-towns-2025',
    kind: 'level',
    task: 16,
    metric: 'road-mechanical-cleaning-rate',
    scope: {
      kind: 'sector',
      sector: 'county-town-roads',
      name: { zh: '县城道路', en: 'county-town roads' },
    },
    value: 70,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'approximate',
    source: { clause: '三(四)16', quote: T16 },
    note: ABOUT,
  },
  // Task 18
  /* @__PURE__ */ straw(2024),
  /* @__PURE__ */ straw(2025),
] as const satisfies readonly DeepReadonly<Target>[];
