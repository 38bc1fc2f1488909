import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Target } from '../../src/model/target.js';

/** The targets of 三(八) 加强环境监管能力建设 (task 29), in order. Assembled into `TARGETS` by ./index.ts. */
export const SUPERVISION_CAPACITY_TARGETS = [
  // Task 29
  {
    id: 'fenhe-valley-monitoring-2025',
    kind: 'milestone',
    task: 29,
    metric: 'air-monitoring-coverage',
    scope: { kind: 'region', region: 'fenhe-valley' },
    due: '2025-12-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: { clause: '三(八)29', quote: '加快推进乡镇、工业园区等空气质量监测站点建设,2025年底前,汾河谷地实现全覆盖' },
    note: {
      zh: '全覆盖指每个乡镇、工业园区有站点；方案未列明汾河谷地范围。',
      en: "A station in every township and park; the plan does not list the valley's members.",
    },
  },
] as const satisfies readonly DeepReadonly<Target>[];
