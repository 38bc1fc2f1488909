/**
 * The README's code works when pasted: every ```ts / ```js block that imports the package is run (with the
 * package name pointed at the sources), and what it prints is checked against the comments beside it. The
 * guides' blocks that import the package must run too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The ```ts / ```js blocks of a Markdown text that import the package. */
const blocksOf = (markdown: string) =>
  [...markdown.matchAll(/```(ts|js)\n([\s\S]*?)```/g)]
    .map((m) => ({ lang: m[1]!, code: m[2]! }))
    .filter((b) => b.code.includes("'shanxi-air-plan"));
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
    .replaceAll("'shanxi-air-plan/source'", JSON.stringify(join(root, 'src/source/index.ts')))
    .replaceAll("'shanxi-air-plan/air'", JSON.stringify(join(root, 'src/entries/air.ts')))
    .replaceAll("'shanxi-air-plan'", JSON.stringify(main));
  const file = join(dir, `block-${i}.${lang === 'js' ? 'cts' : 'mts'}`);
  writeFileSync(file, pointed);
  return execFileSync(tsx, [file], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
}

describe('README', () => {
  it('has a quick start in ESM and in CommonJS', () => {
    expect(blocks.some((b) => b.code.includes('import {'))).toBe(true);
    expect(blocks.some((b) => b.code.includes('require('))).toBe(true);
  });

  it.each(blocks.map((b, i) => [i, b] as const))('block %i runs and prints what its comments say', (i, { lang, code }) => {
    const printed = run(code, lang, i);
    // Each `console.log(…); // expected` comment (the first line of it, up to an ellipsis) must show in the output.
    for (const m of code.matchAll(/console\.log\(.*\); \/\/ (.+)$/gm)) {
      const expected = m[1]!.replace(/…$/, '').trim();
      expect(printed.replace(/\s+/g, ' ')).toContain(expected.replace(/\s+/g, ' '));
    }
  }, 30_000);
});

describe('guides (docs/guides/*.md)', () => {
  it.each(guideBlocks.map((b, i) => [b.name, i, b] as const))('%s runs', (_name, i, { lang, code }) => {
    expect(() => run(code, lang, 1000 + i)).not.toThrow();
  }, 30_000);
});
