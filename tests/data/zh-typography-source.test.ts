/**
 * The library's Chinese typography in its sources: every string literal (and the fixed parts of every template)
 * in src/, data/ and the explorer (docs/explorer/) that is Chinese prose, not only those the exports, refusals and verdicts of
 * tests/data/zh-typography.test.ts reach at run time. Exempt, as there: the plan's own text (a literal the
 * extracted plan holds verbatim, the `quote` and `wording` fields), and code inside Chinese; and English
 * strings that name a Chinese term (`strive (力争)`). The generators' Markdown goes through zhlint as it is
 * written (scripts/site/zhlint.mjs), so scripts/ is not read here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { halfWidthInChinese, inPlan } from '../zh.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VERBATIM_FIELDS = new Set(['quote', 'wording']);

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

/** Whether `s` reads as English (more Latin letters than Chinese characters). */
const english = (s: string): boolean => (s.match(/[A-Za-z]/g)?.length ?? 0) > (s.match(/[\u3400-\u9fff]/g)?.length ?? 0);

/** The Chinese prose literals of a file with half-width punctuation next to a Chinese character, as `file:line: text`. */
function offenders(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const check = (node: ts.Node, s: string): void => {
    if (!/[\u3400-\u9fff]/.test(s) || english(s) || inPlan(s) || !halfWidthInChinese(s)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    out.push(`${relative(ROOT, path)}:${line}: ${s}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && VERBATIM_FIELDS.has(node.name.getText(sf))) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      check(node.head, node.head.text);
      for (const span of node.templateSpans) check(span.literal, span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe("the library's Chinese in its sources", () => {
  it('has no half-width , ; : ( ) ! ? next to a Chinese character, outside the plan’s text and code', () => {
    const found = ['src', 'data', 'docs/explorer'].flatMap((d) => [...files(join(ROOT, d))].flatMap(offenders));
    expect(found).toEqual([]);
  });
});
