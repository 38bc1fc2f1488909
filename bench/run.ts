/**
 * `npm run bench`: every hot path of the library measured side by side, in one run, against a
 * hand-written minimal loop of the same arithmetic (no checks, no result objects beyond what the loop
 * needs: the physical limit for this work in JavaScript), with the ratio library ÷ minimal loop
 * (≥ 1× means the library is at least as fast).
 *
 * - `aqi` over 200,000 daily records (one call per record), and the batch fast path `aqiValues`;
 * - `iaqi`, per call;
 * - `compositeIndex` (per call, and the batch `compositeIndexes`) + `rankCities` for a field of 168 cities
 *   (target ≤ 100 µs);
 * - `evaluateTarget` over all of `TARGETS` (skipped while src/targets does not export it);
 * - `assess` over a mix of 100,000 subjects (target ≥ 1,000,000 subjects/s);
 * - cold import of every entry point from the packed tarball, as ratios over a bare `node` (bench/cold-import.ts).
 *
 * Samples of the library and of its minimal loop alternate, so that a slow phase of the machine
 * hits both. Options: `--no-build` (the cold-import tarball is packed from dist/ as it is), `--quick` (fewer samples).
 */
import os from 'node:os';
import * as lib from '../src/index.js';
import type { Concentrations, EditionOptions } from '../src/model/air/index.js';
import type { Subject } from '../src/plan-schemas.generated.js';
import type { Target } from '../src/model/target.js';
import { dailyRecords, LARGE, minimalLoop } from './air-data.js';
import { aqiBatchBench } from './aqi-batch.js';
import { coldImport, report } from './cold-import.js';
import { mixedSubjects } from './rule-data.js';

const QUICK = process.argv.includes('--quick');
const SAMPLES = QUICK ? 5 : 15;

// Measuring ---------------------------------------------------------------------------------------

interface Result {
  /** Operations (records, calls, rankings …) per second, from the median sample. */
  readonly perSecond: number;
  /** Microseconds per operation, from the median sample. */
  readonly usPerOp: number;
}

/** Runs `fn` (which performs `ops` operations) until its samples are about `targetMs` long. */
function calibrate(fn: () => unknown, targetMs: number): number {
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    const ms = performance.now() - t0;
    if (ms >= targetMs || reps >= 1 << 24) return reps;
    reps = ms < 1 ? reps * 10 : Math.ceil((reps * targetMs) / ms);
  }
}

/** Median time of `SAMPLES` samples of each function, the samples alternating between them. */
function sideBySide(fns: readonly (() => unknown)[], ops: readonly number[], targetMs = 60): Result[] {
  const reps = fns.map((fn) => {
    for (let i = 0; i < 3; i++) fn(); // warm up (JIT)
    return calibrate(fn, targetMs);
  });
  const times: number[][] = fns.map(() => []);
  for (let s = 0; s < SAMPLES; s++) {
    fns.forEach((fn, j) => {
      const t0 = performance.now();
      for (let i = 0; i < reps[j]!; i++) fn();
      times[j]!.push((performance.now() - t0) / reps[j]!);
    });
  }
  return times.map((ts, j) => {
    const ms = median(ts);
    return { perSecond: (ops[j]! / ms) * 1000, usPerOp: (ms * 1000) / ops[j]! };
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const us = (x: number) => (x < 1 ? `${(x * 1000).toFixed(1)} ns` : x < 1000 ? `${x.toFixed(2)} µs` : `${(x / 1000).toFixed(2)} ms`);
const ratio = (a: Result, b: Result) => `${(a.perSecond / b.perSecond).toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
let sink = 0; // results flow here, so no loop is optimized away

function section(title: string) {
  console.log(`\n${title}`);
}
function line(name: string, r: Result, unit: string, extra = '') {
  console.log(`  ${name.padEnd(40)} ${int(r.perSecond).padStart(14)} ${unit}/s  ${us(r.usPerOp).padStart(10)}/${unit}  ${extra}`);
}

// The machine -------------------------------------------------------------------------------------

const cpus = os.cpus();
console.log('shanxi-air-plan benchmarks');
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`);
console.log(`runtime: Node ${process.version} (V8 ${process.versions.v8}), ${os.platform()} ${os.release()} ${os.arch()}`);
console.log(`samples: median of ${SAMPLES} per row, library and minimal loop alternating`);

// 1. aqi over 200,000 daily records -----------------------------------------------------------------

const OPTIONS_2012: EditionOptions = { edition: '2012' };
const records: Concentrations[] = dailyRecords(LARGE);
{
  const expected = minimalLoop(records);
  const viaAqi = records.map((r) => lib.aqi(r, OPTIONS_2012).aqi);
  const viaBatch = lib.aqiValues(records, OPTIONS_2012);
  if (expected.some((v, i) => v !== viaAqi[i] || v !== viaBatch[i])) throw new Error('aqi, aqiValues and the minimal loop disagree');

  const [minimal, perRecord, batch] = sideBySide(
    [
      () => (sink += minimalLoop(records).length),
      () => {
        for (let i = 0; i < records.length; i++) sink += lib.aqi(records[i]!, OPTIONS_2012).aqi;
      },
      () => (sink += lib.aqiValues(records, OPTIONS_2012).length),
    ],
    [LARGE, LARGE, LARGE],
    300,
  );
  section(`aqi: ${int(LARGE)} daily records (7 pollutants, HJ 633-2012), targets ≥ 1× the minimal loop and ≥ 1,000,000 records/s`);
  line('minimal loop (unchecked)', minimal!, 'record');
  line(
    'aqi, one call per record',
    perRecord!,
    'record',
    `${ratio(perRecord!, minimal!)} minimal; ${verdict(perRecord!.perSecond >= 1e6)} (1 M/s), ${verdict(perRecord!.perSecond >= minimal!.perSecond)} (1×)`,
  );
  line(
    'aqiValues, batch fast path',
    batch!,
    'record',
    `${ratio(batch!, minimal!)} minimal; ${verdict(batch!.perSecond >= 1e6)} (1 M/s), ${verdict(batch!.perSecond >= minimal!.perSecond)} (1×)`,
  );
}

// 2. iaqi per call -----------------------------------------------------------------------------------

{
  const LEVELS = [0, 50, 100, 150, 200, 300, 400, 500];
  const PM25 = [0, 35, 75, 115, 150, 250, 350, 500];
  const minimalIaqi = (c: number): number => {
    if (c > 500) return 500;
    let i = 1;
    while (c > PM25[i]!) i++;
    const lo = PM25[i - 1]!;
    const il = LEVELS[i - 1]!;
    return il + Math.ceil(((LEVELS[i]! - il) * (c - lo)) / (PM25[i]! - lo) - 1e-9);
  };
  const values = Float64Array.from(records, (r) => r.pm25_24h as number);
  for (let i = 0; i < values.length; i++) {
    if (lib.iaqi('pm25_24h', values[i]!, OPTIONS_2012) !== minimalIaqi(values[i]!)) throw new Error('iaqi and the minimal loop disagree');
  }
  const [minimal, perCall] = sideBySide(
    [
      () => {
        for (let i = 0; i < values.length; i++) sink += minimalIaqi(values[i]!);
      },
      () => {
        for (let i = 0; i < values.length; i++) sink += lib.iaqi('pm25_24h', values[i]!, OPTIONS_2012);
      },
    ],
    [values.length, values.length],
    200,
  );
  section(`iaqi: PM2.5 24 h, ${int(values.length)} calls per sample`);
  line('minimal loop (unchecked)', minimal!, 'call');
  line("iaqi('pm25_24h', c, { edition })", perCall!, 'call', `${ratio(perCall!, minimal!)} minimal`);
}

// 3. compositeIndex + rankCities, 168 cities -----------------------------------------------------------

{
  const N = 168;
  let seed = 168;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const ids = Array.from({ length: N }, (_, i) => `city-${i}`);
  // Statistics as published: two decimals for the means (so that ties occur), CO to one decimal.
  const stats = ids.map(() => ({
    so2: Math.round(rnd() * 40 + 4),
    no2: Math.round(rnd() * 30 + 15),
    pm10: Math.round(rnd() * 60 + 40),
    pm25: Math.round(rnd() * 40 + 15),
    co: Math.round(rnd() * 15 + 5) / 10,
    o3: Math.round(rnd() * 80 + 130),
  }));
  const OPTIONS = { edition: '2012' } as const;
  const S = { so2: 60, no2: 40, pm10: 70, pm25: 35, co: 4, o3: 160 };
  const library = () => {
    const entries = new Array<{ id: string; compositeIndex: number }>(N);
    for (let i = 0; i < N; i++) entries[i] = { id: ids[i]!, compositeIndex: lib.compositeIndex(stats[i]!, OPTIONS) };
    return lib.rankCities(entries);
  };
  const batch = () => {
    const index = lib.compositeIndexes(stats, OPTIONS);
    const entries = new Array<{ id: string; compositeIndex: number }>(N);
    for (let i = 0; i < N; i++) entries[i] = { id: ids[i]!, compositeIndex: index[i]! };
    return lib.rankCities(entries);
  };
  const minimal = () => {
    const index = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      const s = stats[i]!;
      index[i] = s.so2 / S.so2 + s.no2 / S.no2 + s.pm10 / S.pm10 + s.pm25 / S.pm25 + s.co / S.co + s.o3 / S.o3;
    }
    const order = Array.from({ length: N }, (_, i) => i).sort((a, b) => index[a]! - index[b]! || a - b);
    const out = new Array<{ id: string; compositeIndex: number; rank: number; rankFromBottom: number }>(N);
    for (let i = 0; i < N; ) {
      let j = i;
      while (j + 1 < N && index[order[j + 1]!] === index[order[i]!]) j++;
      for (let k = i; k <= j; k++) out[k] = { id: ids[order[k]!]!, compositeIndex: index[order[k]!]!, rank: i + 1, rankFromBottom: N - j };
      i = j + 1;
    }
    return out;
  };
  const b = minimal();
  for (const a of [library(), batch()]) {
    if (a.some((e, i) => e.id !== b[i]!.id || e.rank !== b[i]!.rank || e.rankFromBottom !== b[i]!.rankFromBottom)) {
      throw new Error('rankCities and the minimal loop disagree');
    }
  }
  const [m, l, f] = sideBySide(
    [() => (sink += minimal().length), () => (sink += library().length), () => (sink += batch().length)],
    [1, 1, 1],
    100,
  );
  section(`compositeIndex + rankCities: a field of ${N} cities, per ranking (target ≤ 100 µs)`);
  line('minimal loop (unchecked)', m!, 'ranking');
  line(
    '168 × compositeIndex, then rankCities',
    l!,
    'ranking',
    `${ratio(l!, m!)} minimal; ${verdict(l!.usPerOp <= 100)} (${l!.usPerOp.toFixed(1)} µs)`,
  );
  line(
    'compositeIndexes (batch), then rankCities',
    f!,
    'ranking',
    `${ratio(f!, m!)} minimal; ${verdict(f!.usPerOp <= 100)} (${f!.usPerOp.toFixed(1)} µs)`,
  );
}

// 4. evaluateTarget over all targets ------------------------------------------------------------------------

{
  const evaluateTarget = (lib as Record<string, unknown>).evaluateTarget as typeof lib.evaluateTarget | undefined;
  const targets = ((lib as Record<string, unknown>).TARGETS ?? []) as readonly Target[];
  section(`evaluateTarget: all ${targets.length} targets, per target`);
  if (typeof evaluateTarget !== 'function' || targets.length === 0) {
    console.log('  (skipped: src/targets does not export evaluateTarget and TARGETS yet)');
  } else {
    const asOf = '2026-01-20';
    /** An observation of the kind each target takes, on the right side of half of them. */
    const observation = (t: Target, i: number): unknown => {
      switch (t.kind) {
        case 'unquantified':
          return undefined;
        case 'milestone':
          return i % 2 ? { done: true, on: t.due } : { done: false };
        case 'ranking':
          return { rank: 100 + (i % 60), of: t.of ?? 168 };
        case 'change':
          return t.baseline?.change === 'places-risen'
            ? { rank: 100, of: t.of ?? 168, baselineRank: 100 + (i % 3) }
            : { value: 90 + (i % 20), baseline: 100 };
        default:
          return t.unit === '%' ? 50 + (i % 30) : t.unit === 'count' ? i % 3 : 20 + (i % 25);
      }
    };
    const cases = targets.map((t, i) => ({ id: t.id, target: t, observation: observation(t, i) }));
    const options = { asOf };
    for (const c of cases) evaluateTarget(c.id as never, c.observation as never, options); // all valid
    // The minimal loop: the one comparison each quantified target makes, with its margin.
    const minimal = () => {
      let met = 0;
      for (let i = 0; i < cases.length; i++) {
        const { target: t, observation: o } = cases[i]!;
        if (t.value === undefined || o === undefined) continue;
        const observed =
          typeof o === 'number'
            ? o
            : 'baseline' in (o as object)
              ? (((o as { value: number }).value - (o as { baseline: number }).baseline) / (o as { baseline: number }).baseline) * 100
              : 'rank' in (o as object)
                ? (o as { of: number }).of - (o as { rank: number }).rank + 1
                : 0;
        const v = t.value;
        const ok =
          t.comparator === 'lte'
            ? observed <= v
            : t.comparator === 'gte'
              ? observed >= v
              : t.comparator === 'lt'
                ? observed < v
                : observed > v;
        const margin = t.comparator === 'lte' || t.comparator === 'lt' ? v - observed : observed - v;
        if (ok) met += 1 + (margin > 0 ? 1 : 0);
      }
      return met;
    };
    const library = () => {
      let n = 0;
      for (let i = 0; i < cases.length; i++)
        n += evaluateTarget(cases[i]!.id as never, cases[i]!.observation as never, options).status.length;
      return n;
    };
    const [m, l] = sideBySide([() => (sink += minimal()), () => (sink += library())], [cases.length, cases.length], 100);
    line('minimal loop (one comparison, no text)', m!, 'target');
    line(
      'evaluateTarget (with bilingual text)',
      l!,
      'target',
      `${ratio(l!, m!)} minimal; all ${cases.length} in ${us(l!.usPerOp * cases.length)}`,
    );
  }
}

// 5. assess over 100,000 subjects -------------------------------------------------------------------------

{
  const N = 100_000;
  const subjects = mixedSubjects(N);
  const verdicts = subjects.reduce((n, s) => n + lib.assess(s).length, 0);

  // The minimal loop: per subject, the checks of its fields and one threshold comparison with one result
  // object, as a hand-written rule engine for one rule per kind would do (no citations, no conditions).
  const NUMERIC: Record<string, [string, number]> = {
    'coal-boiler': ['capacityTph', 35],
    'coal-power-unit': ['capacityMw', 300],
    'blast-furnace': ['volumeM3', 1200],
    converter: ['capacityT', 100],
    'electric-arc-furnace': ['capacityT', 50],
    'bulk-freight': ['distanceKm', 500],
    'freight-site': ['annualBulkMt', 1.5],
    'construction-site': ['areaM2', 5000],
    'vocs-material': ['vocsContentPct', 10],
    area: ['pm25AnnualMean', 35],
  };
  const minimal = (s: Subject): { rule: string; applies: boolean }[] => {
    if (s === null || typeof s !== 'object' || typeof s.kind !== 'string') throw new TypeError('subject');
    const spec = NUMERIC[s.kind];
    if (spec === undefined) return [{ rule: s.kind, applies: true }];
    const v = (s as unknown as Record<string, unknown>)[spec[0]];
    if (typeof v !== 'number' || !(v >= 0) || v === Infinity) throw new TypeError(spec[0]);
    return [{ rule: s.kind, applies: v <= spec[1] }];
  };
  const [m, l] = sideBySide(
    [
      () => {
        for (let i = 0; i < N; i++) sink += minimal(subjects[i]!).length;
      },
      () => {
        for (let i = 0; i < N; i++) sink += lib.assess(subjects[i]!).length;
      },
    ],
    [N, N],
    300,
  );
  section(
    `assess: a mix of ${int(N)} subjects of 19 kinds (${(verdicts / N).toFixed(2)} verdicts each on average), target ≥ 1,000,000 subjects/s`,
  );
  line('minimal loop (1 check + 1 comparison)', m!, 'subject');
  line('assess (validation on, every rule)', l!, 'subject', `${ratio(l!, m!)} minimal; ${verdict(l!.perSecond >= 1e6)}`);
}

// 5b. The AQI batch paths of issue 22 (bench/aqi-batch.ts): ratios over a plain loop, in one run ----------------

{
  const r = aqiBatchBench(500_000, QUICK ? 5 : 11);
  section(
    `aqi batch paths: ${int(r.records)} daily records, ratios over a plain loop (goals: aqi ≥ 0.5×, aqiValues ≥ 4×, aqiColumns ≥ 10×)`,
  );
  console.log(
    `  aqi per call ${r.aqiPerCall}×, aqiValues ${r.aqiValues}×, aqiColumns ${r.aqiColumns}× (ceiling: reading the columns ${r.readColumns}×)`,
  );
}

// 6. Cold import ------------------------------------------------------------------------------------------

{
  const res = coldImport({ pairs: QUICK ? 5 : 21, build: !process.argv.includes('--no-build') });
  console.log('');
  for (const l of report(res)) console.log(l);
}

if (sink === 42) console.log(''); // keep `sink` alive
