// Synthetic daily records for the air benchmarks: deterministic (a seeded PRNG), integers in µg/m³ and
// CO to one decimal as monitoring reports give them. 117 counties × 365 days ≈ 43,000 records.
import type { Concentrations } from '../src/model/air/index.js';

/** A seeded pseudo-random sequence in [0, 1) (mulberry32): the same numbers on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` daily records with the seven daily pollutants (24 h values, O3 1 h and daily max 8 h). */
export function dailyRecords(n: number, seed = 20240308): Concentrations[] {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: Concentrations[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      so2_24h: int(2, 120),
      no2_24h: int(5, 150),
      pm10_24h: int(10, 450),
      pm25_24h: int(5, 300),
      co_24h: int(2, 50) / 10,
      o3_1h: int(30, 400),
      o3_8h: int(20, 300),
    });
  }
  return out;
}

export const COUNTY_YEAR = 117 * 365; // 42,705
// The size (issue 22): half a million daily records, about twelve years of all 117 counties. The full
// `npm run bench` aqi section takes about 65 s and 380 MB with it (62 s and 240 MB with 200,000).
export const LARGE = 500_000;

// The same arithmetic as the library, by hand, without any checks: the baseline `aqi` is compared with.
const LEVELS = [0, 50, 100, 150, 200, 300, 400, 500];
const BP = {
  so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
  pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
  pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
  co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
  o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
  o3_8h: [0, 100, 160, 215, 265, 800],
};
function sub(bp: number[], c: number): number {
  if (c > bp[bp.length - 1]!) return 500;
  let i = 1;
  while (c > bp[i]!) i++;
  const lo = bp[i - 1]!;
  const il = LEVELS[i - 1]!;
  return il + Math.ceil(((LEVELS[i]! - il) * (c - lo)) / (bp[i]! - lo) - 1e-9);
}
/** AQI of each record (HJ 633-2012), hand-written, unchecked. */
export function minimalLoop(records: readonly Concentrations[]): number[] {
  const out = new Array<number>(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Record<keyof typeof BP, number>;
    let m = sub(BP.so2_24h, r.so2_24h);
    let v = sub(BP.no2_24h, r.no2_24h);
    if (v > m) m = v;
    v = sub(BP.pm10_24h, r.pm10_24h);
    if (v > m) m = v;
    v = sub(BP.pm25_24h, r.pm25_24h);
    if (v > m) m = v;
    v = sub(BP.co_24h, r.co_24h);
    if (v > m) m = v;
    v = sub(BP.o3_1h, r.o3_1h);
    if (v > m) m = v;
    v = sub(BP.o3_8h, r.o3_8h);
    if (v > m) m = v;
    out[i] = m;
  }
  return out;
}
