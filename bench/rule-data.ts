// Subjects for the assess benchmark: a deterministic mix (mulberry32) of simple subjects of 19 kinds.
import type { Subject } from '../src/plan-schemas.generated.js';
import { mulberry32 } from './air-data.js';

/** `n` subjects of 19 kinds, the same on every run for a given seed. */
export function mixedSubjects(n: number, seed = 2024): Subject[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const makers: (() => Subject)[] = [
    () => ({ kind: 'coal-boiler', capacityTph: Math.round(r() * 1000) / 10 }),
    () => ({ kind: 'coal-power-unit', capacityMw: Math.round(r() * 1000) }),
    () => ({ kind: 'blast-furnace', volumeM3: Math.round(r() * 3000) }),
    () => ({ kind: 'converter', capacityT: Math.round(r() * 200) }),
    () => ({ kind: 'electric-arc-furnace', capacityT: Math.round(r() * 150), alloySteel: r() < 0.5 }),
    () => ({ kind: 'sinter-machine', type: pick(['stepping', 'other'] as const), location: { city: 'taiyuan' } }),
    () => ({ kind: 'bulk-freight', distanceKm: Math.round(r() * 1000) }),
    () => ({
      kind: 'freight-site',
      type: 'logistics-park',
      annualBulkMt: r() * 3,
      action: pick(['new', 'relocated', 'existing'] as const),
    }),
    () => ({
      kind: 'truck',
      fuel: pick(['diesel', 'gas'] as const),
      emissionStage: pick(['china-3', 'china-4', 'china-5', 'china-6'] as const),
    }),
    () => ({ kind: 'non-road-machinery', emissionStage: pick(['stage-1', 'stage-2', 'stage-3', 'stage-4'] as const) }),
    () => ({ kind: 'construction-site', areaM2: Math.round(r() * 10_000) }),
    () => ({ kind: 'vocs-material', vocsContentPct: Math.round(r() * 300) / 10 }),
    () => ({ kind: 'area', city: pick(['taiyuan', 'datong', 'linfen', 'xinzhou'] as const), pm25AnnualMean: Math.round(r() * 600) / 10 }),
    () => ({ kind: 'coal-use', type: pick(['coal-gangue', 'feedstock-coal', 'fuel-coal'] as const) }),
    () => ({ kind: 'small-coal-facility', type: 'grain-dryer' }),
    () => ({ kind: 'gas-boiler' }),
    () => ({ kind: 'mine', isNew: r() < 0.5 }),
    () => ({
      kind: 'project',
      sector: pick(['steel', 'coking', 'coal-power', 'other'] as const),
      action: pick(['new', 'expansion'] as const),
    }),
    () => ({ kind: 'enterprise', sector: pick(['steel', 'coking', 'cement', 'other'] as const) }),
  ];
  return Array.from({ length: n }, () => pick(makers)());
}
