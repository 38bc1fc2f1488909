import type { Target, TargetId } from '../../src/index.js';
import { TARGETS } from '../../src/targets/index.js';

/** An observation of the right kind for any of the plan's targets (none for an unquantified one). */
export const sample = (t: (typeof TARGETS)[number]) =>
  t.kind === 'milestone'
    ? { done: true, on: '2024-06-01' }
    : t.kind === 'ranking'
      ? { rank: 100, of: 168 }
      : t.kind === 'change'
        ? t.baseline.change === 'places-risen'
          ? { rank: 100, of: 168, baselineRank: 101 }
          : { value: 95, baseline: 100 }
        : t.kind === 'level'
          ? 0
          : undefined;

/** Every target of the plan with a sample observation. */
export const SAMPLES: readonly (readonly [TargetId, ReturnType<typeof sample>])[] = TARGETS.map((t) => [t.id, sample(t)] as const);

/** Taiyuan's own 2026 PM2.5 target, as a city might write it: not in the plan, built like its targets. */
export const OWN: Target = {
  id: 'pm25-2026-taiyuan-own',
  kind: 'level',
  metric: 'pm25-annual-mean',
  scope: { kind: 'city', city: 'taiyuan' },
  value: 36,
  unit: 'µg/m³',
  comparator: 'lte',
  due: '2026-12-31',
  dueBasis: 'year',
  strength: 'plain',
  source: { clause: '三(七)26', quote: '太原市' },
};
