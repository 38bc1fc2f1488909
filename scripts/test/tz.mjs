#!/usr/bin/env node
/**
 * Runs the date-dependent test suites under three time zones, so that no result can depend on the
 * machine's zone: TZ=UTC, TZ=Asia/Shanghai (the plan's own calendar) and TZ=America/Los_Angeles (far
 * west, with daylight saving time). Cross-platform: vitest is spawned directly with the env set.
 *
 *   node scripts/test/tz.mjs          the date-dependent suites under each of the three zones
 *   node scripts/test/tz.mjs --full   the whole suite with coverage under UTC (thresholds enforced), then
 *                                     the date-dependent suites under the two other zones (`npm test`)
 *
 * Extra arguments after `--` go to every vitest run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const vitestPkg = require.resolve('vitest/package.json', { paths: [root] });
const vitest = join(dirname(vitestPkg), JSON.parse(readFileSync(vitestPkg, 'utf8')).bin.vitest);

/**
 * The suites whose results involve dates (deadlines, asOf, editions by date), and the fuzz suite over every
 * function. (tests/robustness/timezones.test.ts compares the zones itself, in child processes: once is enough.)
 */
export const DATE_SUITES = ['tests/targets', 'tests/rules', 'tests/air', 'tests/fuzz', 'tests/agenda', 'tests/dates'];
export const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'];

const argv = process.argv.slice(2);
const full = argv.includes('--full');
const passThrough = argv.includes('--') ? argv.slice(argv.indexOf('--') + 1) : [];

function run(label, tz, args) {
  const started = Date.now();
  console.log(`\n▶ ${label} (TZ=${tz})`);
  const r = spawnSync(process.execPath, [vitest, 'run', ...args, ...passThrough], {
    cwd: root,
    stdio: 'inherit',
    timeout: 15 * 60_000, // a hang (a synchronous endless loop cannot be interrupted by vitest) fails the run
    env: { ...process.env, TZ: tz, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${label} failed under TZ=${tz} (${seconds} s)${r.error ? `: ${r.error.message}` : ''}`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${label} under TZ=${tz}: ${seconds} s`);
}

/** Line and branch coverage per folder of src/, from the json-summary reporter. */
function coverageByFolder() {
  const file = join(root, 'reports/coverage/coverage-summary.json');
  if (!existsSync(file)) return;
  const summary = JSON.parse(readFileSync(file, 'utf8'));
  const folders = new Map();
  for (const [path, m] of Object.entries(summary)) {
    if (path === 'total') continue;
    const rel = relative(join(root, 'src'), path).split(sep);
    const folder = rel.length > 1 ? `src/${rel[0]}` : 'src (top level)';
    const f = folders.get(folder) ?? { lines: [0, 0], branches: [0, 0] };
    f.lines[0] += m.lines.covered;
    f.lines[1] += m.lines.total;
    f.branches[0] += m.branches.covered;
    f.branches[1] += m.branches.total;
    folders.set(folder, f);
  }
  const pct = ([c, t]) => (t === 0 ? '100.00' : ((100 * c) / t).toFixed(2)).padStart(7);
  console.log('\nCoverage by folder     lines  branches');
  for (const [folder, f] of [...folders].sort()) console.log(`  ${folder.padEnd(18)} ${pct(f.lines)}%  ${pct(f.branches)}%`);
  const t = summary.total;
  console.log(`  ${'all of src/'.padEnd(18)} ${t.lines.pct.toFixed(2).padStart(7)}%  ${t.branches.pct.toFixed(2).padStart(7)}%`);
}

const started = Date.now();
if (full) {
  run('whole suite with coverage', 'UTC', ['--coverage']);
  coverageByFolder();
  for (const tz of ZONES.slice(1)) run('date-dependent suites', tz, DATE_SUITES);
} else {
  for (const tz of ZONES) run('date-dependent suites', tz, DATE_SUITES);
}
console.log(`\nAll runs passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
