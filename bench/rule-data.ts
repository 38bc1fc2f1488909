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

/** The subject kinds whose schema takes a `location`. */
const LOCATED = new Set([
  'project',
  'enterprise',
  'coal-power-unit',
  'blast-furnace',
  'converter',
  'electric-arc-furnace',
  'sinter-machine',
  'pellet-furnace',
  'ferroalloy-furnace',
  'coal-boiler',
  'small-coal-facility',
  'gas-boiler',
  'biomass-boiler',
  'gas-producer',
  'industrial-furnace',
  'scenic-area',
  'mine',
  'construction-site',
  'industrial-park',
  'catering-building',
  'third-party-body',
]);

/** A city and one of its counties, to place subjects (the Taiyuan basin's and others, settled or not). */
const PLACES: readonly { readonly city: string; readonly county: string }[] = [
  { city: 'taiyuan', county: '140121' },
  { city: 'datong', county: '140213' },
  { city: 'jinzhong', county: '140728' },
  { city: 'linfen', county: '141002' },
  { city: 'yangquan', county: '140302' },
  { city: 'lvliang', county: '141122' },
];

/**
 * `mixedSubjects(n)`, each subject of a kind that takes a location placed by city (`'city'`), by county
 * (`'county'`) or not at all (`'none'`, the mix as it is): the same subjects in the same order otherwise.
 */
export function placedSubjects(n: number, where: 'none' | 'city' | 'county', seed = 2024): Subject[] {
  const subjects = mixedSubjects(n, seed);
  if (where === 'none') return subjects;
  return subjects.map((s, i) => {
    if (!LOCATED.has(s.kind)) return s;
    const p = PLACES[i % PLACES.length]!;
    return { ...s, location: where === 'city' ? { city: p.city } : { county: p.county } } as Subject;
  });
}
