// Records per second of `aqi` (one call per record), `aqiValues` (the batch fast path) and a hand-written
// minimal loop of the same arithmetic, over a county-year (≈ 43,000 daily records) and 200,000 records.
// Run: npx tsx bench/air-throughput.ts
import { aqi, aqiValues } from '../src/air/index.js';
import type { AirEdition } from '../src/model/air/index.js';
import { COUNTY_YEAR, dailyRecords, LARGE, minimalLoop } from './air-data.js';

function measure(run: () => unknown, records: number): { ms: number; perSecond: number } {
  for (let i = 0; i < 5; i++) run(); // warm up
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)]!;
  return { ms, perSecond: (records / ms) * 1000 };
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
for (const n of [COUNTY_YEAR, LARGE]) {
  const records = dailyRecords(n);
  // The three must agree before their speeds mean anything.
  const expected = minimalLoop(records);
  const viaAqi = records.map((r) => aqi(r, { edition: '2012' }).aqi);
  const viaBatch = aqiValues(records, { edition: '2012' });
  if (expected.some((v, i) => v !== viaAqi[i] || v !== viaBatch[i])) throw new Error('results differ');
  const rows: [string, () => unknown][] = [
    ['minimal loop (2012, unchecked)', () => minimalLoop(records)],
    ...(['2012', '2026'] as AirEdition[]).flatMap((edition): [string, () => unknown][] => [
      [
        `aqi per record (${edition})`,
        () => {
          for (const r of records) aqi(r, { edition });
        },
      ],
      [`aqiValues batch (${edition})`, () => aqiValues(records, { edition })],
    ]),
  ];
  console.log(`\n${fmt(n)} daily records, 7 pollutants each`);
  for (const [name, run] of rows) {
    const { ms, perSecond } = measure(run, n);
    console.log(`  ${name.padEnd(32)} ${ms.toFixed(1).padStart(7)} ms  ${fmt(perSecond).padStart(12)} records/s`);
  }
}
