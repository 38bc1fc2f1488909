#!/usr/bin/env node
/**
 * `npm run test:mutation [-- module…]`: mutation testing with Stryker, one run per part of a module, each
 * mutant judged by a fresh `vitest run` of that part's tests only (Stryker's command runner).
 *
 * Why the command runner: @stryker-mutator/vitest-runner 9.6.1 with vitest 4.1 reports every mutant as
 * Survived (stryker-js issues #5928, #6192; measured here: 0% on src/ranking/places.ts). A fresh process
 * per mutant is slower but honest: the mutant is killed exactly when its tests fail.
 *
 * Modules: air, ranking, targets, rules (default: all four). The score of each module is printed, and the
 * run fails when one is under 90% (stryker.config.json `thresholds.break`). Surviving mutants are listed
 * in reports/mutation/<part>.json and .html.
 *
 *   npm run test:mutation                 all four modules
 *   npm run test:mutation -- air ranking  only these modules
 *   npm run test:mutation -- air-aqi      only this part (the module's score takes its other parts' last reports)
 *
 * After writing tests that kill survivors, `npm run test:mutation:recheck -- <part>` judges only the last
 * report's survivors again (scripts/mutation/recheck.mjs): minutes instead of most of an hour.
 *
 *   npm run test:mutation -- targets --since=<commit>
 *
 * mutates only the lines of the part's files that changed since that commit (git diff), and writes
 * reports/mutation/<part>.since.json: after a small edit to a file whose full report is recent (a message
 * reworded, a guard added), the changed lines' mutants in minutes. The other mutants keep their verdicts
 * from the full report: their code is unchanged, and tests added since can only kill more of them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stryker } from '@stryker-mutator/core';
import { DETECTED, PARTS, tally, UNDETECTED, vitest } from './parts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const since = process.argv
  .slice(2)
  .find((a) => a.startsWith('--since='))
  ?.slice('--since='.length);

/**
 * The part's files narrowed to the lines changed since `since` (Stryker's `file:from-to` ranges): the
 * new-side lines of each hunk of `git diff -U0`, for the files the part's patterns match.
 */
function changedLines(patterns) {
  const files = execFileSync(
    'git',
    ['diff', '--name-only', since, '--', ...patterns.map((p) => (p.startsWith('!') ? `:!${p.slice(1)}` : p))],
    {
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter(Boolean);
  const ranges = [];
  for (const file of files) {
    const diff = execFileSync('git', ['diff', '-U0', since, '--', file], { encoding: 'utf8' });
    for (const [, from, count] of diff.matchAll(/^@@ -\S+ \+(\d+)(?:,(\d+))? @@/gm)) {
      const n = count === undefined ? 1 : Number(count);
      if (n > 0) ranges.push(`${file}:${from}-${Number(from) + n - 1}`);
    }
  }
  return ranges;
}
const allParts = Object.entries(PARTS).flatMap(([module, parts]) => parts.map((part) => ({ module, ...part })));
const selected = asked.length === 0 ? allParts : allParts.filter((p) => asked.includes(p.module) || asked.includes(p.name));
const unknown = asked.filter((a) => !allParts.some((p) => p.module === a || p.name === a));
if (unknown.length > 0)
  throw new Error(
    `unknown module or part ${unknown.join(', ')}: modules ${Object.keys(PARTS).join(', ')}; parts ${allParts.map((p) => p.name).join(', ')}`,
  );

mkdirSync(join(root, 'reports/mutation'), { recursive: true });

for (const part of selected) {
  const started = Date.now();
  const mutate = since === undefined ? part.mutate : changedLines(part.mutate);
  const report = since === undefined ? part.name : `${part.name}.since`;
  console.log(`\n▶ ${report}: ${mutate.filter((m) => !m.startsWith('!')).join(', ')}  ⇐  ${part.tests.join(' ')}`);
  if (mutate.length === 0) continue;
  const results = await new Stryker({
    ...base,
    mutate,
    commandRunner: { command: vitest(...part.tests) },
    thresholds: { ...base.thresholds, break: null }, // judged per module below
    reporters: ['progress', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${report}.html` },
    jsonReporter: { fileName: `reports/mutation/${report}.json` },
  }).runMutationTest();
  const d = results.filter((r) => DETECTED.has(r.status)).length;
  const u = results.filter((r) => UNDETECTED.has(r.status)).length;
  console.log(`  ${report}: ${d} detected, ${u} undetected in ${((Date.now() - started) / 60000).toFixed(1)} min`);
  if (since !== undefined) {
    for (const r of results.filter((x) => UNDETECTED.has(x.status))) {
      console.log(
        `      survived: ${r.fileName}:${r.location.start.line}:${r.location.start.column} ${r.mutatorName}: ${JSON.stringify(r.replacement ?? '').slice(0, 90)}`,
      );
    }
  }
}
if (since !== undefined) process.exit(0); // a run on changed lines scores only those: the modules' scores stay the full reports'

/** A module's score from the latest report of each of its parts (parts not run now keep their last report). */
function score(module) {
  let detected = 0;
  let undetected = 0;
  const survivors = [];
  const parts = [];
  for (const part of PARTS[module]) {
    const file = join(root, `reports/mutation/${part.name}.json`);
    if (!existsSync(file)) {
      parts.push(`${part.name}: no report`);
      continue;
    }
    const { detected: d, undetected: u, missed } = tally(JSON.parse(readFileSync(file, 'utf8')));
    for (const { file: fileName, m } of missed) {
      survivors.push(
        `${fileName}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.status}: ${JSON.stringify(m.replacement ?? '').slice(0, 90)}`,
      );
    }
    detected += d;
    undetected += u;
    const now = selected.some((p) => p.name === part.name) ? '' : ' (earlier run)';
    parts.push(`${part.name}: ${d + u === 0 ? '—' : `${((100 * d) / (d + u)).toFixed(2)}%`} (${d}/${d + u})${now}`);
  }
  const pct = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
  return { module, detected, undetected, score: Number(pct.toFixed(2)), parts, survivors };
}

const modules = [...new Set(selected.map((p) => p.module))];
const summary = modules.map(score);
writeFileSync(join(root, 'reports/mutation/summary.json'), JSON.stringify(summary, null, 2));
console.log('\nMutation score by module (killed + timed out) / (killed + timed out + survived + no coverage):');
for (const s of summary) {
  console.log(
    `  src/${s.module.padEnd(8)} ${s.score.toFixed(2).padStart(6)}%  (${s.detected} detected, ${s.undetected} undetected)  ${s.parts.join('; ')}`,
  );
  for (const line of s.survivors) console.log(`      survived: ${line}`);
}
const breakAt = base.thresholds?.break ?? 90;
const failing = summary.filter((s) => s.score < breakAt);
if (failing.length > 0) {
  console.error(`\n✖ under ${breakAt}%: ${failing.map((s) => `src/${s.module}`).join(', ')}`);
  process.exit(1);
}
