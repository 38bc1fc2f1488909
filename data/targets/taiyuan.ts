import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Target } from '../../src/model/target.js';

/** The targets of 三(六) 推动省会太原空气质量提升 (task 24), in order. Assembled into `TARGETS` by ./index.ts. */
export const TAIYUAN_TARGETS = [
  // Task 24
  {
    id: 'taiyuan-basin-furnaces-phased-out-2024',
    kind: 'milestone',
    task: 24,
    metric: 'restricted-furnace-phase-out',
    scope: { kind: 'region', region: 'taiyuan-basin' },
    due: '2024-10-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: {
      clause: '三(六)24',
      quote: '2024年10月底前,全面淘汰退出步进式烧结机和球团竖炉以及半封闭式硅锰合金、镍铁、高碳铬铁、高碳锰铁电炉',
    },
  },
  {
    id: 'clean-transport-share-2024',
    kind: 'level',
    task: 24,
    metric: 'clean-transport-share',
    scope: { kind: 'region', region: 'taiyuan-basin' },
    value: 60,
    unit: '%',
    comparator: 'gte',
    due: '2024-12-31',
    dueBasis: 'year',
    strength: 'strive',
    source: { clause: '三(六)24', quote: '2024年区域清洁运输比例力争达到60%' },
    note: {
      zh: '“区域”读作太原盆地；达到即达成。',
      en: '区域 is read as the Taiyuan basin; reaching the figure meets it.',
    },
  },
  {
    id: 'clean-transport-share-2025',
    kind: 'level',
    task: 24,
    metric: 'clean-transport-share',
    scope: { kind: 'region', region: 'taiyuan-basin' },
    value: 80,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'year',
    strength: 'strive',
    source: { clause: '三(六)24', quote: '2025年区域清洁运输比例力争达到80%以上' },
    note: {
      zh: '“区域”读作太原盆地；达到即达成。',
      en: '区域 is read as the Taiyuan basin; reaching the figure meets it.',
    },
  },
] as const satisfies readonly DeepReadonly<Target>[];
