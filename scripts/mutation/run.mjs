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
 *   npm run test:mutation -- targets --changed
 *
 * judges again only the lines of the part's files that differ from the source its last full report
 * mutated (reports/mutation/<part>.json holds it), the files new since, and the lines where that report's
 * survivors now stand, and writes reports/mutation/<part>.changed.json. Every other mutant the full report
 * caught keeps its verdict: its line is unchanged, and tests added since can only kill more. It prints the
 * merged score. For an edit of a few hundred lines: minutes instead of a full part.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stryker } from '@stryker-mutator/core';
import { DETECTED, PARTS, tally, UNDETECTED, vitest } from './parts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const changedOnly = process.argv.includes('--changed');

/** The hunks of a `git diff -U0` (old and new line ranges; a count of 0: none). */
function hunksOf(diff) {
  return [...diff.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)].map(([, a, b, c, d]) => ({
    oldStart: Number(a),
    oldCount: b === undefined ? 1 : Number(b),
    newStart: Number(c),
    newCount: d === undefined ? 1 : Number(d),
  }));
}

/** Where line `line` of a file as the report saw it is now, or null when the diff changed or removed it. */
function mapLine(fileHunks, line) {
  let shift = 0;
  for (const h of fileHunks) {
    const last = h.oldStart + h.oldCount - 1; // an insertion (oldCount 0) goes after oldStart
    if (h.oldCount > 0 && line >= h.oldStart && line <= last) return null;
    if (line > (h.oldCount > 0 ? last : h.oldStart)) shift += h.newCount - h.oldCount;
  }
  return line + shift;
}

/**
 * The part narrowed to what `--changed` re-judges (Stryker's `file:from-to` ranges): every line that differs
 * from the source the part's last full report mutated (the report holds it), every line of a file new since,
 * and the line where each mutant the report left alive now stands. Returns the ranges and the number of the
 * report's caught mutants that carry over (on lines neither changed nor re-judged).
 */
function changedRun(part) {
  const full = JSON.parse(readFileSync(join(root, `reports/mutation/${part.name}.json`), 'utf8'));
  // Stryker's globs as git pathspecs (`**/` there matches no folder too, as in Stryker); untracked files count.
  const patterns = part.mutate.map((p) => (p.startsWith('!') ? `:(exclude,glob)${p.slice(1)}` : `:(glob)${p}`));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '--', ...patterns], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  const tmp = mkdtempSync(join(tmpdir(), 'mutation-changed-'));
  const byFile = new Map(); // file → its hunks against the report's source
  const lines = new Map(); // file → the lines to re-judge
  const add = (f, l) => (lines.get(f) ?? lines.set(f, new Set()).get(f)).add(l);
  for (const f of files) {
    const before = full.files[f]?.source;
    const now = readFileSync(join(root, f), 'utf8');
    if (before === undefined) {
      for (let l = 1; l <= now.split('\n').length; l++) add(f, l);
      continue;
    }
    writeFileSync(join(tmp, 'before.ts'), before);
    const diff = spawnSync('git', ['diff', '--no-index', '-U0', join(tmp, 'before.ts'), join(root, f)], { encoding: 'utf8' }).stdout;
    const hs = hunksOf(diff);
    byFile.set(f, hs);
    for (const h of hs) for (let l = h.newStart; l < h.newStart + h.newCount; l++) add(f, l);
  }
  rmSync(tmp, { recursive: true, force: true });
  const mapped = [];
  for (const [f, { mutants }] of Object.entries(full.files)) {
    if (!byFile.has(f)) continue; // the file is gone: its mutants neither carry over nor count
    for (const m of mutants) mapped.push({ f, m, now: mapLine(byFile.get(f), m.location.start.line) });
  }
  for (const { f, m, now } of mapped) if (now !== null && UNDETECTED.has(m.status)) add(f, now);
  const carried = mapped.filter(({ f, m, now }) => now !== null && DETECTED.has(m.status) && !lines.get(f)?.has(now)).length;
  const ranges = [];
  for (const [f, set] of lines) {
    const sorted = [...set].sort((x, y) => x - y);
    for (let i = 0; i < sorted.length; i++) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      ranges.push(`${f}:${sorted[i]}-${sorted[j]}`); // consecutive lines as one range, so a mutant spanning them is in
      i = j;
    }
  }
  return { ranges, carried };
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
  const narrowed = changedOnly ? changedRun(part) : null;
  const mutate = narrowed === null ? part.mutate : narrowed.ranges;
  const report = changedOnly ? `${part.name}.changed` : part.name;
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
  if (narrowed !== null) {
    const total = narrowed.carried + d + u;
    console.log(
      `  ${part.name} merged: ${((100 * (narrowed.carried + d)) / total).toFixed(2)}% (${narrowed.carried + d}/${total}): ${narrowed.carried} caught by the full report on lines unchanged since, ${d + u} judged now`,
    );
    for (const r of results.filter((x) => UNDETECTED.has(x.status))) {
      console.log(
        `      survived: ${r.fileName}:${r.location.start.line}:${r.location.start.column} ${r.mutatorName}: ${JSON.stringify(r.replacement ?? '').slice(0, 90)}`,
      );
    }
  }
}
if (changedOnly) process.exit(0); // a run on changed lines scores only those: the modules' scores stay the full reports'

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
