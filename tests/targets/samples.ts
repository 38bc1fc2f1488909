import type { TargetId } from '../../src/index.js';
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
