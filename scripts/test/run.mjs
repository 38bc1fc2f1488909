#!/usr/bin/env node
/**
 * `npm test`: lint and format check (Biome), type-check (`tsc --noEmit`) and the whole vitest suite with
 * coverage (thresholds in vitest.config.ts), the three at once: the type-check runs beside the tests on a
 * core of its own instead of before them. Biome's and tsc's output is printed after the tests; the run fails
 * if any of the three fails. Extra arguments go to vitest (`npm test -- tests/air`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const bin = (pkg, name = pkg) => {
  const file = require.resolve(`${pkg}/package.json`, { paths: [root] });
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return join(dirname(file), typeof json.bin === 'string' ? json.bin : json.bin[name]);
};

/** Runs a node program; its output is streamed (`live`) or kept for later. */
function run(label, args, live) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ label, code, output, seconds: (performance.now() - started) / 1000 }));
  });
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

const started = performance.now();
const results = await Promise.all([
  run('lint (biome check)', [bin('@biomejs/biome', 'biome'), 'check', '--error-on-warnings', '.'], false),
  run('type-check (tsc --noEmit)', [bin('typescript', 'tsc'), '--noEmit'], false),
  run('tests with coverage (vitest)', [bin('vitest'), 'run', '--coverage', ...process.argv.slice(2)], true),
]);
coverageByFolder();
console.log('');
for (const r of results) {
  if (r.code !== 0 && r.output) console.log(`\n▶ ${r.label}\n${r.output}`);
}
for (const r of results) console.log(`${r.code === 0 ? '✔' : '✖'} ${r.label}: ${r.seconds.toFixed(1)} s`);
const failed = results.filter((r) => r.code !== 0);
console.log(
  `\n${failed.length === 0 ? 'All passed' : `${failed.length} failed`} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
process.exit(failed.length === 0 ? 0 : 1);
