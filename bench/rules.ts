/**
 * Benchmark of `assess` (validation on): 100,000 simple subjects of every kind, mixed, judged over and
 * over; reports subjects per second. Run with `npx tsx bench/rules.ts`.
 */
import { assess } from '../src/rules/index.js';
import type { Subject } from '../src/model/subject.js';

const N = 100_000;
const ROUNDS = 10;

/** A deterministic pseudo-random sequence (mulberry32), so every run judges the same subjects. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r = rng(2024);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const makers: (() => Subject)[] = [
  () => ({ kind: 'coal-boiler', capacityTph: Math.round(r() * 1000) / 10 }),
  () => ({ kind: 'coal-power-unit', capacityMw: Math.round(r() * 1000) }),
  () => ({ kind: 'blast-furnace', volumeM3: Math.round(r() * 3000) }),
  () => ({ kind: 'converter', capacityT: Math.round(r() * 200) }),
  () => ({ kind: 'electric-arc-furnace', capacityT: Math.round(r() * 150), alloySteel: r() < 0.5 }),
  () => ({ kind: 'sinter-machine', type: pick(['stepping', 'other'] as const), location: { city: 'taiyuan' } }),
  () => ({ kind: 'bulk-freight', distanceKm: Math.round(r() * 1000) }),
  () => ({ kind: 'freight-site', type: 'logistics-park', annualBulkMt: r() * 3, action: pick(['new', 'relocated', 'existing'] as const) }),
  () => ({ kind: 'truck', fuel: pick(['diesel', 'gas'] as const), emissionStage: pick(['china-3', 'china-4', 'china-5', 'china-6'] as const) }),
  () => ({ kind: 'non-road-machinery', emissionStage: pick(['stage-1', 'stage-2', 'stage-3', 'stage-4'] as const) }),
  () => ({ kind: 'construction-site', areaM2: Math.round(r() * 10_000) }),
  () => ({ kind: 'vocs-material', vocsContentPct: Math.round(r() * 300) / 10 }),
  () => ({ kind: 'area', city: pick(['taiyuan', 'datong', 'linfen', 'xinzhou'] as const), pm25AnnualMean: Math.round(r() * 600) / 10 }),
  () => ({ kind: 'coal-use', type: pick(['coal-gangue', 'feedstock-coal', 'fuel-coal'] as const) }),
  () => ({ kind: 'small-coal-facility', type: 'grain-dryer' }),
  () => ({ kind: 'gas-boiler' }),
  () => ({ kind: 'mine', isNew: r() < 0.5 }),
  () => ({ kind: 'project', sector: pick(['steel', 'coking', 'coal-power', 'other'] as const), action: pick(['new', 'expansion'] as const) }),
  () => ({ kind: 'enterprise', sector: pick(['steel', 'coking', 'cement', 'other'] as const) }),
];
const subjects: Subject[] = Array.from({ length: N }, () => pick(makers)());

let verdicts = 0;
for (const s of subjects) verdicts += assess(s).length; // warm-up
const start = performance.now();
for (let round = 0; round < ROUNDS; round++) for (let i = 0; i < N; i++) verdicts += assess(subjects[i]!).length;
const seconds = (performance.now() - start) / 1000;
const rate = (N * ROUNDS) / seconds;
console.log(`assess: ${Math.round(rate).toLocaleString('en')} subjects/s over a mix of ${N.toLocaleString('en')} subjects × ${ROUNDS} rounds (${(verdicts / (N * (ROUNDS + 1))).toFixed(2)} verdicts per subject, validation on)`);

// For the record: a heavy simple subject (an enterprise that gives nothing but its sector: many verdicts, most of them conditional).
const heavy: Subject = { kind: 'enterprise', sector: 'coking' };
const M = 300_000;
const t0 = performance.now();
for (let i = 0; i < M; i++) verdicts += assess(heavy).length;
const heavyRate = M / ((performance.now() - t0) / 1000);
console.log(`assess: ${Math.round(heavyRate).toLocaleString('en')} subjects/s for { kind: 'enterprise', sector: 'coking' } alone (${assess(heavy).length} verdicts each)`);

