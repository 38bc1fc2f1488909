// vitest bench: npx vitest bench --run bench/air.bench.ts
// Each task runs over a whole set of records, so records/s = hz × the set's size (given in the name).
// `npx tsx bench/air-throughput.ts` prints records/s directly.
import { bench, describe } from 'vitest';
import { aqi, aqiValues } from '../src/air/index.js';
import { COUNTY_YEAR, dailyRecords, LARGE, minimalLoop } from './air-data.js';

for (const n of [COUNTY_YEAR, LARGE]) {
  const records = dailyRecords(n);
  describe(`${n.toLocaleString('en-US')} daily records`, () => {
    bench('minimal loop (2012, unchecked)', () => {
      minimalLoop(records);
    });
    bench('aqi per record (2012)', () => {
      for (const r of records) aqi(r, { edition: '2012' });
    });
    bench('aqiValues batch (2012)', () => {
      aqiValues(records, { edition: '2012' });
    });
    bench('aqi per record (2026)', () => {
      for (const r of records) aqi(r, { edition: '2026' });
    });
    bench('aqiValues batch (2026)', () => {
      aqiValues(records, { edition: '2026' });
    });
  });
}
