// Chinese prose keeps full-width punctuation (，。：；？！（）) and no space between Chinese characters: zhlint,
// with the rules of .zhlintrc, over the hand-written Chinese guides and the README's Chinese paragraph. The
// guides generated from the data are the generators' to write. (zhlint's own command line checks with its default
// rules instead of .zhlintrc's, so its API is called here.)
//
//   node scripts/site/zhlint.mjs          check: lists each problem, exits 1 if any (part of `npm run lint`)
//   node scripts/site/zhlint.mjs --fix    rewrites the files in place (re-runnable)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from 'zhlint';
import { ZH_RULES } from './zh-typography.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rules = ZH_RULES;

/** The hand-written Chinese guides (the others say 根据数据生成 and are generated). */
export const ZH_GUIDES = [
  'docs/guides/getting-started.zh.md',
  'docs/guides/aqi-and-composite-index.zh.md',
  'docs/guides/citations.zh.md',
  'docs/guides/decisions.zh.md',
  'docs/guides/performance.zh.md',
];

/** The README's Chinese paragraph: from the line that opens with **中文** to the next blank line. */
function readmeParagraph(text) {
  const start = text.indexOf('**中文**');
  if (start < 0) return undefined;
  const end = text.indexOf('\n\n', start);
  return { start, end: end < 0 ? text.length : end };
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”]/u;

/**
 * Joins a Chinese line wrapped in the Markdown to the next (a line break between two Chinese characters is shown
 * as a space: 原文的 条款), outside code blocks, tables, headings and the start of list items.
 */
function joinWrapped(text) {
  const lines = text.split('\n');
  const out = [];
  let fence = false;
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const joinable =
      !fence &&
      prev !== undefined &&
      !/^\s*(```|~~~|\||#|[-*+] |\d+\. |>|<)/.test(line) &&
      !/^\s*(\||#|<)/.test(prev) &&
      line.trim() !== '' &&
      CJK.test(prev.slice(-1)) &&
      CJK.test(line.trimStart()[0] ?? '');
    if (joinable) out[out.length - 1] = prev + line.trimStart();
    else out.push(line);
  }
  return out.join('\n');
}

const fix = process.argv.includes('--fix');
let problems = 0;
const check = (file, original) => {
  const text = joinWrapped(original);
  if (text !== original || joinWrapped(run(text, { rules }).result) !== run(text, { rules }).result) {
    problems++;
    console.error(`${file}: a Chinese line is wrapped (shown as a space between two characters)`);
  }
  const result = run(text, { rules });
  for (const v of result.validations) {
    problems++;
    const line = text.slice(0, v.index).split('\n').length;
    console.error(`${file}:${line}: ${v.message}`);
  }
  return joinWrapped(result.result);
};

for (const file of ZH_GUIDES) {
  const text = readFileSync(root + file, 'utf8');
  const fixed = check(file, text);
  if (fix && fixed !== text) writeFileSync(root + file, fixed);
}
{
  const file = 'README.md';
  const text = readFileSync(root + file, 'utf8');
  const p = readmeParagraph(text);
  if (p !== undefined) {
    const fixed = check(file, text.slice(p.start, p.end));
    if (fix) writeFileSync(root + file, text.slice(0, p.start) + fixed + text.slice(p.end));
  }
}
if (fix) console.log(`zhlint: fixed ${problems} problem(s)`);
else if (problems > 0) {
  console.error(`zhlint: ${problems} problem(s); run node scripts/site/zhlint.mjs --fix`);
  process.exit(1);
}
