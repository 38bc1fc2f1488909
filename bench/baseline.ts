/**
 * The baseline `npm run bench` compares against: the package built from a git ref, by default the commit that
 * set package.json's current version (the last release), in a temporary copy of that commit's tree
 * (`git archive`, so that the working tree and its branch are never touched) with this checkout's
 * node_modules. Built once per commit and kept in node_modules/.cache/shanxi-air-plan-bench/<commit>/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/** The commit that set package.json's current `"version"`: the last release. */
export function lastVersionCommit(): { readonly ref: string; readonly version: string } {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  // -S lists the commits that changed how often the string occurs: the oldest of them introduced it.
  const commits = git('log', '--format=%H', `-S"version": "${version}"`, '--', 'package.json').split('\n').filter(Boolean);
  if (commits.length === 0) throw new Error(`no commit sets "version": "${version}" in package.json`);
  return { ref: commits[commits.length - 1]!, version };
}

export interface Baseline {
  /** The ref as given (or the last version's commit). */
  readonly ref: string;
  readonly commit: string;
  /** Its package.json version. */
  readonly version: string;
  /** The package directory: package.json, dist/ (ESM). */
  readonly dir: string;
}

/** The package built at `ref` (ESM, no type declarations: only the code is measured). */
export function baselineBuild(ref?: string): Baseline {
  const given = ref ?? lastVersionCommit().ref;
  const commit = git('rev-parse', '--verify', `${given}^{commit}`);
  const dir = join(ROOT, 'node_modules', '.cache', 'shanxi-air-plan-bench', commit);
  const done = join(dir, 'dist', 'index.js');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    // The release's own tsup configuration (and its onSuccess step, where it has one), ESM only, no types.
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsup'), ['--format', 'esm', '--no-dts'], { cwd: dir, stdio: 'ignore' });
  }
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { ref: given, commit, version, dir };
}
