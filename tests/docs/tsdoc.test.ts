/**
 * Every TSDoc `@example` of the library runs as written, and every `//=>` in it holds: `expr; //=> value` is
 * checked as a deep equality of `expr` with `value` (a `//=>` on a line of its own checks the statement above
 * it; `//` lines after it continue the value). The examples run against the sources, all in one process, with
 * every export of every entry point in scope (their `import` lines are dropped).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as schemas from '../../src/entries/schemas.js';
import * as source from '../../src/entries/source.js';
import * as main from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRIES = ['src/entries/schemas.ts', 'src/entries/source.ts', 'src/index.ts'];

interface Example {
  readonly where: string;
  readonly code: string;
  readonly checks: number;
}

/** The `@example` code blocks of a module's doc comments, with where each starts. */
function examplesOf(path: string): Example[] {
  const text = readFileSync(join(root, path), 'utf8');
  const out: Example[] = [];
  for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const comment = m[0].split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''));
    const body = comment.join('\n');
    for (const ex of body.matchAll(/@example\s*\n```ts\n([\s\S]*?)```/g)) {
      const line = text.slice(0, m.index).split('\n').length + body.slice(0, ex.index).split('\n').length;
      const { code, checks } = instrument(ex[1]!, `${path}:${line}`);
      out.push({ where: `${path}:${line}`, code, checks });
    }
  }
  return out;
}

/** Whether a text is one JavaScript expression. */
function parses(expression: string): boolean {
  try {
    new Function(`return (${expression}\n);`);
    return true;
  } catch {
    return false;
  }
}

/** Turns `expr; //=> value` lines (and their continuations) into checks. */
function instrument(source: string, where: string): { code: string; checks: number } {
  const lines = source
    .split('\n')
    .filter((l) => !/^\s*import\s/.test(l))
    .map((l) => l.replace(/\s+$/, ''));
  const out: string[] = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inline = line.match(/^(\s*)(.*?);?\s*\/\/=>\s?(.*)$/);
    if (!inline) {
      out.push(line);
      continue;
    }
    let expected = inline[3]!;
    // A value written over several lines continues on `//` lines until it parses.
    while (!parses(expected) && i + 1 < lines.length && /^\s*\/\/(?!=>)/.test(lines[i + 1]!))
      expected += `\n${lines[++i]!.replace(/^\s*\/\//, '')}`;
    // The expression: the code before the `//=>`, joined to the lines above it until it parses (a call that
    // spans lines), or, for a `//=>` on a line of its own, the statement above.
    let indent = inline[1]!;
    let expr = inline[2]!.trim().replace(/;$/, '');
    let from = out.length;
    while ((expr === '' || !parses(expr)) && from > 0) {
      from--;
      indent = out[from]!.match(/^\s*/)![0];
      expr = `${out[from]!.trim()}\n${expr}`.trim().replace(/;$/, '');
    }
    out.length = from;
    checks++;
    const what = JSON.stringify(`${where}: ${expr}`);
    // A `//=>` is followed by a value, nothing else: prose after it is a failure to fix in the comment.
    out.push(
      parses(expected)
        ? `${indent}__check(() => (${expr}), () => (${expected}), ${what});`
        : `${indent}__failures.push(${what} + ${JSON.stringify(` has a //=> that is not a value: ${expected}`)});`,
    );
  }
  return { code: out.join('\n'), checks };
}

/** Every library module with doc comments: data/ and src/ (the generated ones included). */
const files = ['src', 'data']
  .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
  .filter((f) => f.endsWith('.ts'))
  .sort();
const examples = files.flatMap(examplesOf);

/** One program that runs every example in turn and prints a JSON line per example. */
function program(dir: string): string {
  const exported = new Set([...Object.keys(schemas), ...Object.keys(source), ...Object.keys(main)]);
  const imports = ENTRIES.map((e, i) => {
    const url = JSON.stringify(join(root, e));
    return `import * as __e${i} from ${url};`;
  });
  const env = `const __env: any = { ${ENTRIES.map((_, i) => `...__e${i}`).join(', ')} };`;
  const bodies = examples.map((ex, i) => {
    const used = [...new Set(ex.code.match(/\b[A-Za-z_$][\w$]*\b/g) ?? [])].filter((n) => exported.has(n));
    // The example runs in a block of its own, so that its declarations may shadow an export's name.
    return `  async () => {\n    const { ${used.join(', ')} } = __env;\n    {\n${ex.code}\n    }\n  }, // ${i}`;
  });
  return `${imports.join('\n')}
import { isDeepStrictEqual } from 'node:util';
${env}
const __failures: string[] = [];
function __check(actual: () => unknown, expected: () => unknown, what: string) {
  let a: unknown, e: unknown;
  try { a = actual(); } catch (err: any) { __failures.push(what + ' threw ' + (err && err.message)); return; }
  e = expected();
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x, (_, v) => (v === undefined ? '__undefined__' : v)) ?? 'null');
  if (!isDeepStrictEqual(plain(a), plain(e))) __failures.push(what + ' gave ' + JSON.stringify(a) + ', the comment says ' + JSON.stringify(e));
}
const __examples = [
${bodies.join('\n')}
];
const __results: string[][] = [];
for (const [i, run] of __examples.entries()) {
  const before = __failures.length;
  try { await run(); } catch (err: any) { __failures.push('example threw: ' + (err && err.message)); }
  __results.push(__failures.slice(before));
}
console.log(JSON.stringify(__results));
// ${dir}
`;
}

describe('TSDoc examples', () => {
  it('are found in the library (every export documents one)', () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(examples.reduce((n, e) => n + e.checks, 0)).toBeGreaterThan(150);
  });

  const results: string[][] = (() => {
    const dir = mkdtempSync(join(tmpdir(), 'tsdoc-'));
    // TypeScript (some examples annotate types), run by tsx, which does not type-check: the checks are the //=>.
    const file = join(dir, 'examples.mts');
    writeFileSync(file, program(relative(root, dir)));
    const out = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [file], {
      encoding: 'utf8',
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(out.trim().split('\n').pop()!) as string[][];
  })();

  it.each(examples.map((ex, i) => [ex.where, i] as const))('%s holds', (_where, i) => {
    expect(results[i]).toEqual([]);
  });
});
