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
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stryker } from '@stryker-mutator/core';
import { DETECTED, PARTS, tally, UNDETECTED, vitest } from './parts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
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
  console.log(`\n▶ ${part.name}: ${part.mutate.filter((m) => !m.startsWith('!')).join(', ')}  ⇐  ${part.tests.join(' ')}`);
  const results = await new Stryker({
    ...base,
    mutate: part.mutate,
    commandRunner: { command: vitest(...part.tests) },
    thresholds: { ...base.thresholds, break: null }, // judged per module below
    reporters: ['progress', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${part.name}.html` },
    jsonReporter: { fileName: `reports/mutation/${part.name}.json` },
  }).runMutationTest();
  const d = results.filter((r) => DETECTED.has(r.status)).length;
  const u = results.filter((r) => UNDETECTED.has(r.status)).length;
  console.log(`  ${part.name}: ${d} detected, ${u} undetected in ${((Date.now() - started) / 60000).toFixed(1)} min`);
}

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
