/**
 * The formatter never touches the plan's words: formatting a data file (from a layout of its own, so that the
 * formatter has work to do) leaves every string in it exactly as it was — 晋政发〔2024〕7号 stays 7号, full-width
 * and half-width punctuation stay as the plan has them.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const biome = join(root, 'node_modules', '.bin', 'biome');

/** Every data module, and the source modules that carry bilingual text. */
const files = [
  ...readdirSync(join(root, 'data'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `data/${f}`)
    // Generated files keep their generators' layout: the formatter leaves them alone (biome.json).
    .filter((f) => !/^data\/(sentences|source|clauses)\.ts$|\.generated\.ts$/.test(f)),
  'src/targets/places.ts',
  'src/errors.ts',
].sort();

/** The text of every string and template piece in a module, in order. */
function strings(code: string): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    else if (ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) out.push(n.text);
    ts.forEachChild(n, visit);
  };
  visit(ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true));
  return out;
}

/** The module laid out anew by TypeScript's printer: other line breaks and quotes, the same strings. */
function relaidOut(code: string): string {
  const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  return ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(sf);
}

function format(code: string, path: string): string {
  return execFileSync(biome, ['format', `--stdin-file-path=${path}`], { input: code, encoding: 'utf8', cwd: root });
}

describe('the formatter (npm run lint) keeps the plan’s text verbatim', () => {
  it('finds the data files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s: every string survives a formatting run unchanged', (path) => {
    const code = readFileSync(join(root, path), 'utf8');
    const before = strings(code);
    const after = strings(format(relaidOut(code), path));
    expect(after).toEqual(before);
  });

  it('keeps the document number as the plan writes it', () => {
    const formatted = format("export const N = '晋政发〔2024〕7号';\n", 'data/x.ts');
    expect(formatted).toContain("'晋政发〔2024〕7号'");
  });
});
