import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Target } from '../../src/model/target.js';
import { AT_OR_OVER } from './shared.js';

/** The targets of 三(一) 深入推进产业结构优化调整 (tasks 2 and 6), in order. Assembled into `TARGETS` by ./index.ts. */
export const INDUSTRY_STRUCTURE_TARGETS = [
  // Task 2
  {
    id: 'short-process-steel-share-2025',
    kind: 'level',
    task: 2,
    metric: 'short-process-steel-share',
    scope: { kind: 'province' },
    value: 5,
    unit: '%',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'strive',
    source: { clause: '三(一)2', quote: '2025年底前,短流程炼钢产量占比力争达5%以上' },
    note: AT_OR_OVER,
  },
  // Task 6
  {
    id: 'leading-low-carbon-groups',
    kind: 'level',
    task: 6,
    metric: 'leading-low-carbon-groups',
    scope: { kind: 'province' },
    value: 1,
    unit: 'count',
    comparator: 'gte',
    due: '2025-12-31',
    dueBasis: 'horizon',
    strength: 'plain',
    source: { clause: '三(一)6', quote: '集中培育1-2个引领型低碳环保集团' },
    note: {
      zh: '“1-2个”读作至少1个；方案未写日期，按2025年底计。',
      en: '1-2 is read as at least one; no date in the plan: due end-2025.',
    },
  },
] as const satisfies readonly DeepReadonly<Target>[];
