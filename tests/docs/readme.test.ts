/**
 * The README's code works when pasted: every ```ts / ```js block that imports the package is run (with the
 * package name pointed at the sources), and prints exactly, line for line, what the comments beside its
 * `console.log` calls say (check:package runs the same blocks against the packed tarball). The guides'
 * blocks that import the package must run too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
// @ts-expect-error: a plain ES module without types, shared with scripts/package/readme.mjs
import { codeBlocks, differences } from '../../scripts/package/readme-blocks.mjs';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
interface Block {
  readonly lang: string;
  readonly code: string;
}
const blocksOf = (markdown: string): Block[] => codeBlocks(markdown);
const blocks = blocksOf(readFileSync(join(root, 'README.md'), 'utf8'));
const guideBlocks = readdirSync(join(root, 'docs/guides'))
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => blocksOf(readFileSync(join(root, 'docs/guides', f), 'utf8')).map((b, i) => ({ ...b, name: `${f} block ${i}` })));
const dir = mkdtempSync(join(tmpdir(), 'readme-'));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** The main entry as CommonJS (what `require('shanxi-air-plan')` loads), bundled from the sources once. */
function cjsEntry(): string {
  const out = join(dir, 'index.cjs');
  buildSync({ entryPoints: [join(root, 'src/index.ts')], bundle: true, format: 'cjs', platform: 'node', outfile: out, logLevel: 'silent' });
  return out;
}

function run(code: string, lang: string, i: number): string {
  const main = code.includes('require(') ? cjsEntry() : join(root, 'src/index.ts');
  const pointed = code
    .replace(/'shanxi-air-plan\/([a-z]+)'/g, (_, entry: string) => JSON.stringify(join(root, `src/entries/${entry}.ts`)))
    .replaceAll("'shanxi-air-plan'", JSON.stringify(main));
  const file = join(dir, `block-${i}.${lang === 'js' ? 'cts' : 'mts'}`);
  writeFileSync(file, pointed);
  return execFileSync(tsx, [file], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
}

describe('README', () => {
  it('lists every export of every entry point (scripts/generate/readme.ts)', async () => {
    const { readmeWithTable } = await import('../../scripts/generate/readme.js');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme, 'README.md is stale: run npx tsx scripts/generate/readme.ts').toBe(readmeWithTable(readme));
  });

  it('links nothing that is dead where it is read (npm, the docs site, node_modules): no relative links, and every file it names ships', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect([...readme.matchAll(/\]\((?!https:\/\/)[^)]*\)/g)].map((m) => m[0])).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    for (const [, path] of readme.matchAll(/`(docs\/[^`*]+\.md)`/g)) {
      expect(existsSync(join(root, path!)), path).toBe(true);
      expect(
        pkg.files.some((f) => path!.startsWith(f.replace(/\*.*$/, ''))),
        `${path} is not in package.json "files"`,
      ).toBe(true);
    }
  });

  it('has a quick start in ESM and in CommonJS', () => {
    expect(blocks.some((b) => b.code.includes('import {'))).toBe(true);
    expect(blocks.some((b) => b.code.includes('require('))).toBe(true);
  });

  it.each(blocks.map((b, i) => [i, b] as const))(
    'block %i prints exactly what its comments say',
    (i, { lang, code }) => {
      expect(differences(run(code, lang, i), code)).toEqual([]);
    },
    30_000,
  );
});

describe('guides (docs/guides/*.md)', () => {
  it.each(guideBlocks.map((b, i) => [b.name, i, b] as const))(
    '%s runs',
    (_name, i, { lang, code }) => {
      expect(() => run(code, lang, 1000 + i)).not.toThrow();
    },
    30_000,
  );
});
