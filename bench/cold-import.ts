/**
 * Cold import, as users get it: the packed tarball installed into a fresh project, beside zod and date-fns
 * (yardsticks every JavaScript developer knows), each imported by a fresh `node` process. Each import is timed
 * right after a bare `node -e ""` (the order alternating from round to round), so that a slow phase of a
 * shared machine hits both; the figure is the median of the per-pair ratios, wall time over the bare node.
 *
 * Goals: the main entry at most 1.35× and ahead of zod and date-fns; `/plan`, `/targets` and `/rules` each
 * below the main entry; `/air` at most 1.15×.
 *
 * `npx tsx bench/cold-import.ts [--pairs N] [--no-build]` (also part of `npm run bench`); exits 1 when a goal
 * is missed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The version the repository pins of a devDependency (the yardsticks are measured at these versions). */
function pinned(name: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
  return pkg.devDependencies![name] ?? pkg.dependencies![name]!;
}

/** A fresh project with the package at `pkgDir` packed and installed (and date-fns, a yardstick), as a user would have it. */
function freshProject(pkgDir: string, build: boolean): { dir: string; cleanup: () => void } {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (build) execFileSync(npm, ['run', 'build'], { cwd: pkgDir, stdio: 'ignore' });
  const dir = mkdtempSync(join(os.tmpdir(), 'shanxi-air-plan-cold-'));
  const tarball = execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], { cwd: pkgDir, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!;
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "cold-import", "version": "0.0.0", "private": true, "type": "module" }\n');
  execFileSync(
    npm,
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
      join(dir, tarball),
      `date-fns@${pinned('date-fns')}`,
    ],
    { cwd: app, stdio: 'ignore' },
  );
  return { dir: app, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ColdImportRow {
  readonly name: string;
  /** Median over the pairs of (import time ÷ bare `node -e ""` time). */
  readonly ratio: number;
  /** The same for the baseline build, when it has this entry point. */
  readonly baselineRatio?: number;
  /** Median wall time of the import, in ms. */
  readonly ms: number;
}

export interface ColdImportResult {
  readonly pairs: number;
  /** Median wall time of a bare `node -e ""`, in ms. */
  readonly bareMs: number;
  readonly rows: readonly ColdImportRow[];
  /** Each goal with whether it was met. */
  readonly goals: readonly { readonly goal: string; readonly met: boolean }[];
}

const IMPORTS: readonly [string, string][] = [
  ["'shanxi-air-plan'", 'shanxi-air-plan'],
  ["'shanxi-air-plan/plan'", 'shanxi-air-plan/plan'],
  ["'shanxi-air-plan/targets'", 'shanxi-air-plan/targets'],
  ["'shanxi-air-plan/rules'", 'shanxi-air-plan/rules'],
  ["'shanxi-air-plan/air'", 'shanxi-air-plan/air'],
  ["'shanxi-air-plan/source'", 'shanxi-air-plan/source'],
  ["'shanxi-air-plan/schemas'", 'shanxi-air-plan/schemas'],
  ["'zod' (yardstick)", 'zod'],
  ["'date-fns' (yardstick)", 'date-fns'],
];

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Whether the package at `dir` exports `spec` (`shanxi-air-plan/air` → `./air`). */
function exportsEntry(dir: string, spec: string): boolean {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
  if (!spec.startsWith(pkg.name)) return false;
  return `.${spec.slice(pkg.name.length)}` in pkg.exports;
}

/**
 * Measures every import of IMPORTS in a fresh project, and, given `baseline` (a package directory with its
 * dist/ built), the same entry points of the baseline in a second project, the three runs of each round (bare
 * node, this build, the baseline) in alternating order. `pairs` ≥ 20 for the published figures.
 */
export function coldImport({
  pairs = 21,
  build = true,
  baseline,
}: {
  pairs?: number;
  build?: boolean;
  baseline?: string;
} = {}): ColdImportResult {
  const project = freshProject(ROOT, build);
  const base = baseline === undefined ? undefined : freshProject(baseline, false);
  try {
    const time = (cwd: string, args: readonly string[]): number => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
      return ms;
    };
    const bare = ['-e', ''];
    const importOf = (spec: string) => ['--input-type=module', '-e', `await import(${JSON.stringify(spec)})`];
    const inBase = IMPORTS.map(([, spec]) => base !== undefined && exportsEntry(baseline!, spec));
    IMPORTS.forEach(([, spec], j) => {
      time(project.dir, importOf(spec)); // warm the file cache
      if (inBase[j]) time(base!.dir, importOf(spec));
    });
    const ratios = IMPORTS.map((): number[] => []);
    const baseRatios = IMPORTS.map((): number[] => []);
    const times = IMPORTS.map((): number[] => []);
    const bares: number[] = [];
    for (let p = 0; p < pairs; p++) {
      IMPORTS.forEach(([, spec], j) => {
        const runs: (() => void)[] = [];
        let b = 0;
        let t = 0;
        let tb = 0;
        runs.push(() => (b = time(project.dir, bare)));
        runs.push(() => (t = time(project.dir, importOf(spec))));
        if (inBase[j]) runs.push(() => (tb = time(base!.dir, importOf(spec))));
        if (p % 2 === 1) runs.reverse();
        for (const run of runs) run();
        bares.push(b);
        times[j]!.push(t);
        ratios[j]!.push(t / b);
        if (inBase[j]) baseRatios[j]!.push(tb / b);
      });
    }
    const rows = IMPORTS.map(([name], j) => ({
      name,
      ratio: median(ratios[j]!),
      ...(inBase[j] ? { baselineRatio: median(baseRatios[j]!) } : {}),
      ms: median(times[j]!),
    }));
    const r = (name: string) => rows.find((x) => x.name === name)!.ratio;
    const main = r("'shanxi-air-plan'");
    const goals = [
      { goal: 'main entry ≤ 1.35×', met: main <= 1.35 },
      { goal: 'main entry ahead of zod', met: main < r("'zod' (yardstick)") },
      { goal: 'main entry ahead of date-fns', met: main < r("'date-fns' (yardstick)") },
      { goal: '/plan below the main entry', met: r("'shanxi-air-plan/plan'") < main },
      { goal: '/targets below the main entry', met: r("'shanxi-air-plan/targets'") < main },
      { goal: '/rules below the main entry', met: r("'shanxi-air-plan/rules'") < main },
      { goal: '/air ≤ 1.15×', met: r("'shanxi-air-plan/air'") <= 1.15 },
    ];
    return { pairs, bareMs: median(bares), rows, goals };
  } finally {
    project.cleanup();
    base?.cleanup();
  }
}

/** The result as printed lines. */
export function report(res: ColdImportResult): string[] {
  const lines = [
    `cold import from the packed tarball in a fresh project: median of ${res.pairs} alternating pairs, wall time over a bare \`node -e ""\` (${res.bareMs.toFixed(1)} ms)`,
    `  ${'import'.padEnd(42)}${'÷ bare'.padStart(7)}${'baseline'.padStart(10)}${'ms'.padStart(9)}`,
  ];
  for (const row of res.rows)
    lines.push(
      `  import(${row.name})`.padEnd(44) +
        `${row.ratio.toFixed(2)}×`.padStart(7) +
        (row.baselineRatio === undefined ? '—' : `${row.baselineRatio.toFixed(2)}×`).padStart(10) +
        `${row.ms.toFixed(1)}`.padStart(9),
    );
  for (const g of res.goals) lines.push(`  ${g.met ? 'meets' : 'MISSES'}: ${g.goal}`);
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--pairs');
  const res = coldImport({ pairs: i > 0 ? Number(process.argv[i + 1]) : 21, build: !process.argv.includes('--no-build') });
  for (const l of report(res)) console.log(l);
  if (res.goals.some((g) => !g.met)) process.exit(1);
}
