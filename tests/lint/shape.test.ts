/**
 * Two rules of the code's shape, checked on the source text: no hand-written module over about 400 lines
 * (CONTRIBUTING: files by family), and no refusal in one language only (every `PlanInputError` says what was
 * expected in English and in Chinese: a call with a field gives four arguments, an issue object an
 * `expectedZh`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Generated modules: their generators decide their length. */
const GENERATED = /\.generated\.ts$|^data\/(sentences|source|clauses)\.ts$/;

const modules = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`)
    .sort();

describe('files by family', () => {
  it('keeps every hand-written module of src/ and data/ within about 400 lines (420)', () => {
    const long = [...modules('src'), ...modules('data')]
      .filter((f) => !GENERATED.test(f))
      .map((f) => [f, readFileSync(join(root, f), 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 420);
    expect(long).toEqual([]);
  });
});

describe('every refusal in both languages', () => {
  /** Each `new PlanInputError(…)` in src/ that gives its words in English only: file:line. */
  function englishOnly(): string[] {
    const found: string[] = [];
    for (const f of modules('src')) {
      const text = readFileSync(join(root, f), 'utf8');
      const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
      const at = (n: ts.Node) => `${f}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
      const visit = (n: ts.Node): void => {
        if (ts.isNewExpression(n) && n.expression.getText() === 'PlanInputError') {
          const args = n.arguments ?? [];
          const first = args[0];
          if (args.length === 1 && first && ts.isArrayLiteralExpression(first)) {
            for (const e of first.elements) {
              if (ts.isObjectLiteralExpression(e) && !e.properties.some((p) => p.name?.getText() === 'expectedZh')) found.push(at(e));
            }
          } else if (args.length !== 1 && args.length < 4) {
            found.push(at(n));
          }
        }
        if (ts.isObjectLiteralExpression(n) && n.properties.some((p) => p.name?.getText() === 'expected')) {
          if (!n.properties.some((p) => p.name?.getText() === 'expectedZh' || ts.isSpreadAssignment(p))) found.push(at(n));
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    return [...new Set(found)];
  }

  it('finds no PlanInputError and no issue that says what was expected in English only', () => {
    expect(englishOnly()).toEqual([]);
  });
});
