/**
 * `npx tsx bench/assess-all.ts [--quick]`: `assessAll` over an inventory against `assess` called row by row,
 * the same 100,000 subjects (bench/rule-data.ts), with and without `asOf`, plus the same inventory with one
 * row in ten refused. Samples alternate so that a slow phase of the machine hits both. Prints each median
 * in rows per second and the ratio assessAll ÷ assess (the goal: at least 0.5, i.e. at least half of
 * `assess`'s throughput per row).
 */
import * as lib from '../src/index.js';
import { mixedSubjects } from './rule-data.js';

const QUICK = process.argv.includes('--quick');
const SAMPLES = QUICK ? 5 : 11;
const N = 100_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measure(label: string, rows: readonly unknown[], options: { asOf: string } | undefined): number {
  let sink = 0;
  const one = () => {
    const t = performance.now();
    for (let i = 0; i < rows.length; i++) {
      try {
        sink += lib.assess(rows[i] as never, options).length;
      } catch (e) {
        if (!(e instanceof lib.PlanInputError)) throw e;
        sink += e.issues.length;
      }
    }
    return performance.now() - t;
  };
  const all = () => {
    const t = performance.now();
    sink += lib.assessAll(rows, options).summary.verdicts;
    return performance.now() - t;
  };
  one();
  all(); // warm up
  const a: number[] = [];
  const b: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    a.push(one());
    b.push(all());
  }
  const perSecond = (ms: number) => (rows.length / ms) * 1000;
  const ratio = perSecond(median(b)) / perSecond(median(a));
  console.log(
    `${label.padEnd(44)} assess ${Math.round(perSecond(median(a))).toLocaleString('en')} rows/s · assessAll ${Math.round(perSecond(median(b))).toLocaleString('en')} rows/s · ratio ${ratio.toFixed(2)} ${ratio >= 0.5 ? '✓' : '✗'}${sink < 0 ? '' : ''}`,
  );
  return ratio;
}

const subjects = mixedSubjects(N);
const withBad = subjects.map((s, i) => (i % 10 === 0 ? { ...s, extra: true } : s));
console.log(`assessAll vs assess, ${N.toLocaleString('en')} rows, ${SAMPLES} samples each (median), node ${process.version}`);
const ratios = [
  measure('valid rows', subjects, undefined),
  measure("valid rows, asOf '2025-01-01'", subjects, { asOf: '2025-01-01' }),
  measure('one row in ten refused', withBad, undefined),
];
if (ratios.some((r) => r < 0.5)) process.exitCode = 1;
