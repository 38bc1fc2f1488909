/**
 * The AQI batch paths against a plain loop, as ratios in one run (issue 22, parts 3 and 4): `aqi` per call,
 * `aqiValues` over record objects and `aqiColumns` over typed columns, each over the same 500,000 daily
 * records (HJ 633-2012; `dailyRecords` of bench/air-data.ts: the seven daily indicators, whole µg/m³ and CO
 * to 0.1 mg/m³ as monitoring reports give them, drawn across the bands of Table 1), against
 *
 * - the plain loop: over the same record objects, for each pollutant the breakpoints searched in order, the
 *   IAQI rounded up, the maximum kept (what a user writes by hand, with no checks);
 * - the ceiling of the columnar path: a loop that only reads every column (the memory bandwidth).
 *
 * Samples of each alternate, and each figure is the median: a slow phase of the machine hits all of them.
 * `aqiBatchBench()` returns the ratios (library ÷ plain loop, ≥ 1 is faster); `npx tsx bench/aqi-batch.ts`
 * prints them.
 */
import { aqi, aqiColumns, aqiValues } from '../src/air/index.js';
import type { Concentrations } from '../src/model/air/index.js';
import { dailyRecords } from './air-data.js';

/** The seven daily indicators of HJ 633-2012's daily report. */
const DAILY = ['so2_24h', 'no2_24h', 'pm10_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm25_24h'] as const;

// The plain loop ------------------------------------------------------------------------------------

const LEVELS = [0, 50, 100, 150, 200, 300, 400, 500];
/** HJ 633-2012 Table 1, the seven daily columns (typed out again: the plain loop owes nothing to the library). */
const BP: Record<(typeof DAILY)[number], number[]> = {
  so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
  pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
  co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
  o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
  o3_8h: [0, 100, 160, 215, 265, 800],
  pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
};
function plainIaqi(bp: number[], c: number): number {
  if (c > bp[bp.length - 1]!) return 500;
  let i = 1;
  while (c > bp[i]!) i++;
  const lo = bp[i - 1]!;
  const il = LEVELS[i - 1]!;
  return il + Math.ceil(((LEVELS[i]! - il) * (c - lo)) / (bp[i]! - lo) - 1e-9);
}
/** The plain loop: breakpoints searched in order, IAQI rounded up, the maximum. */
export function plainLoop(records: readonly Concentrations[]): number[] {
  const out = new Array<number>(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Record<(typeof DAILY)[number], number>;
    let m = plainIaqi(BP.so2_24h, r.so2_24h);
    let v = plainIaqi(BP.no2_24h, r.no2_24h);
    if (v > m) m = v;
    v = plainIaqi(BP.pm10_24h, r.pm10_24h);
    if (v > m) m = v;
    v = plainIaqi(BP.co_24h, r.co_24h);
    if (v > m) m = v;
    v = plainIaqi(BP.o3_1h, r.o3_1h);
    if (v > m) m = v;
    v = plainIaqi(BP.o3_8h, r.o3_8h);
    if (v > m) m = v;
    v = plainIaqi(BP.pm25_24h, r.pm25_24h);
    if (v > m) m = v;
    out[i] = m;
  }
  return out;
}

/** The ceiling of a columnar pass: a loop that only reads every column (and keeps a sum, so it is not dropped). */
function readColumns(columns: readonly Float64Array[], n: number): number {
  let s = 0;
  const [a, b, c, d, e, f, g] = columns as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  for (let i = 0; i < n; i++) s += a[i]! + b[i]! + c[i]! + d[i]! + e[i]! + f[i]! + g[i]!;
  return s;
}

// Measuring -----------------------------------------------------------------------------------------

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median milliseconds of each function over `samples` alternating samples (after two warm-up rounds). */
function alternate(fns: readonly (() => unknown)[], samples: number): number[] {
  for (let w = 0; w < 2; w++) for (const fn of fns) fn();
  const times: number[][] = fns.map(() => []);
  for (let s = 0; s < samples; s++) {
    fns.forEach((fn, j) => {
      const t0 = performance.now();
      fn();
      times[j]!.push(performance.now() - t0);
    });
  }
  return times.map(median);
}

/** The ratios of issue 22 (each: the library's speed ÷ the plain loop's; ≥ 1 is faster). */
export interface AqiBatchRatios {
  readonly records: number;
  /** `aqi()`, one call per record. Goal ≥ 0.5. */
  readonly aqiPerCall: number;
  /** `aqiValues` over the record objects. Goal ≥ 4. */
  readonly aqiValues: number;
  /** `aqiColumns` over `Float64Array` columns. Goal ≥ 10. */
  readonly aqiColumns: number;
  /** The ceiling: a loop that only reads the seven columns. */
  readonly readColumns: number;
  /** Milliseconds per 1,000,000 records of the plain loop, for scale. */
  readonly plainMsPerMillion: number;
}

let sink = 0;

/**
 * Measures `aqi`, `aqiValues` and `aqiColumns` against the plain loop and the column-reading ceiling on
 * `n` records (500,000 by default), after checking that every path gives the same AQIs.
 */
export function aqiBatchBench(n = 500_000, samples = 11): AqiBatchRatios {
  const records = dailyRecords(n);
  const columns = Object.fromEntries(DAILY.map((k) => [k, Float64Array.from(records, (r) => r[k] as number)])) as Record<
    (typeof DAILY)[number],
    Float64Array
  >;
  const cols = DAILY.map((k) => columns[k]);
  const opts = { edition: '2012' } as const;
  const want = plainLoop(records);
  const viaValues = aqiValues(records, opts);
  const viaColumns = aqiColumns(columns, opts).aqi;
  for (let i = 0; i < n; i++) {
    if (viaValues[i] !== want[i] || viaColumns[i] !== want[i] || aqi(records[i]!, opts).aqi !== want[i]) {
      throw new Error(`record ${i}: the plain loop says ${want[i]}, aqiValues ${viaValues[i]}, aqiColumns ${viaColumns[i]}`);
    }
  }
  const [plain, perCall, values, columnar, ceiling] = alternate(
    [
      () => (sink += plainLoop(records).length),
      () => {
        for (let i = 0; i < n; i++) sink += aqi(records[i]!, opts).aqi;
      },
      () => (sink += aqiValues(records, opts).length),
      () => (sink += aqiColumns(columns, opts).aqi.length),
      () => (sink += readColumns(cols, n)),
    ],
    samples,
  ) as [number, number, number, number, number];
  const r = (ms: number) => Math.round((plain / ms) * 100) / 100;
  return {
    records: n,
    aqiPerCall: r(perCall),
    aqiValues: r(values),
    aqiColumns: r(columnar),
    readColumns: r(ceiling),
    plainMsPerMillion: Math.round((plain / n) * 1e6 * 10) / 10,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const ratios = aqiBatchBench(500_000, quick ? 5 : 11);
  console.log(JSON.stringify(ratios, null, 2));
  if (sink === 0.5) console.log(''); // keep the sink alive
}
