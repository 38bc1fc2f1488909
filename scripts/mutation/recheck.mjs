#!/usr/bin/env node
/**
 * `npm run test:mutation:recheck -- <part>…`: judges again, against the tests as they are now, only the
 * mutants that survived in the last report of each part (reports/mutation/<part>.json), and records the
 * new verdicts in that report. A full Stryker run of a part takes 30–45 minutes on two cores; after
 * writing tests that kill survivors, this takes a minute or two.
 *
 * It is exactly what Stryker's command runner does for one mutant: put the mutated line in place, run the
 * part's tests with `vitest run` (vitest.mutation.config.ts, bail on the first failure), and call the mutant
 * Killed when they fail. It refuses to run when a mutated file has changed since the report (its mutants
 * would no longer be the ones listed: run `npm run test:mutation -- <part>` again instead). Mutants already
 * killed stay killed, as adding tests cannot revive them.
 *
 * With `--changed`, the survivors of the part's last `--changed` run (reports/mutation/<part>.changed.json).
 *
 * The work is done in a copy of the repository (under the system's temporary folder), never in src/.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARTS, tally, vitestArgs } from './parts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const parts = Object.values(PARTS)
  .flat()
  .filter((p) => asked.includes(p.name));
if (parts.length === 0 || parts.length !== asked.length) {
  console.error(
    `name the parts to recheck: ${Object.values(PARTS)
      .flat()
      .map((p) => p.name)
      .join(', ')}`,
  );
  process.exit(2);
}

/** The source with the mutant's replacement in place (Stryker's lines are 1-based, columns 1-based, end exclusive). */
function mutate(source, { location: { start, end }, replacement }) {
  const lines = source.split('\n');
  const offset = (p) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  return source.slice(0, offset(start)) + replacement + source.slice(offset(end));
}

/** Runs the part's tests in `dir`; resolves true when they fail (the mutant is killed). */
function killed(dir, tests) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, vitestArgs(...tests), { cwd: dir, stdio: 'ignore' });
    child.on('exit', (code) => resolve(code !== 0));
  });
}

const SANDBOXES = 2;
const sandboxes = Array.from({ length: SANDBOXES }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'shanxi-air-plan-recheck-'));
  for (const entry of ['src', 'data', 'tests', 'package.json', 'tsconfig.json', 'vitest.mutation.config.ts'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
});

try {
  for (const part of parts) {
    // --changed: the survivors of the last `test:mutation -- <part> --changed` run (its report).
    const file = join(root, `reports/mutation/${part.name}${process.argv.includes('--changed') ? '.changed' : ''}.json`);
    if (!existsSync(file)) throw new Error(`${part.name}: no report yet; run npm run test:mutation -- ${part.name}`);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    for (const [name, f] of Object.entries(report.files)) {
      if (readFileSync(join(root, name), 'utf8') !== f.source)
        throw new Error(`${name} has changed since the ${part.name} report: run npm run test:mutation -- ${part.name}`);
    }
    const todo = tally(report).missed.map(({ file: name, m }) => ({ name, source: report.files[name].source, m }));
    const started = Date.now();
    let next = 0;
    let nowKilled = 0;
    await Promise.all(
      sandboxes.map(async (dir) => {
        while (next < todo.length) {
          const { name, source, m } = todo[next++];
          writeFileSync(join(dir, name), mutate(source, m));
          const k = await killed(dir, part.tests);
          writeFileSync(join(dir, name), source);
          if (k) {
            m.status = 'Killed';
            m.statusReason = 'killed on recheck (scripts/mutation/recheck.mjs)';
            nowKilled++;
          }
        }
      }),
    );
    writeFileSync(file, JSON.stringify(report));
    const { detected, undetected } = tally(report);
    const total = detected + undetected;
    console.log(
      `${part.name}: ${nowKilled} of ${todo.length} survivors now killed in ${((Date.now() - started) / 60000).toFixed(1)} min; score ${((100 * detected) / total).toFixed(2)}% (${detected}/${total})`,
    );
    for (const { name, m } of todo)
      if (m.status !== 'Killed')
        console.log(
          `  survives: ${name}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${JSON.stringify(m.replacement).slice(0, 90)}`,
        );
  }
} finally {
  for (const dir of sandboxes) rmSync(dir, { recursive: true, force: true });
}
