/**
 * The test of the library's Chinese typography, shared by tests/data/zh-typography.test.ts and the fuzz harness
 * (every refusal's `expectedZh`): a half-width , ; : ( ) ! ? next to a Chinese character, outside what keeps the
 * plan's text or is code.
 */
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../data/source.zh.txt', import.meta.url), 'utf8');

/** A half-width mark next to a Chinese character. */
export const HALF_WIDTH = /[\u3400-\u9fff][,;:()!?]|[,;:()!?][\u3400-\u9fff]/u;

/** `s` without what may keep ASCII punctuation: quotes of the plan, clause ids, code and URLs. */
function prose(s: string): string {
  return withoutQuotes(s)
    .replace(/[一二三四五六七八九十](?:\([一二三四五六七八九十]+\)(?:\d+(?:\.\d+)?)?|\(?[一二三四五六七八九十]+\)\.\d+)/g, ' ')
    .replace(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/https?:\/\/[A-Za-z0-9./_%-]+/g, ' ');
}

/** `s` without each “…” whose content the plan holds verbatim (the longest such span: a quote may hold “…” itself). */
function withoutQuotes(s: string): string {
  let out = '';
  let at = 0;
  for (let i = s.indexOf('“'); i !== -1; i = s.indexOf('“', at)) {
    let j = s.lastIndexOf('”');
    while (j > i && !source.includes(s.slice(i + 1, j))) j = s.lastIndexOf('”', j - 1);
    if (j <= i) break;
    out += `${s.slice(at, i)}“”`;
    at = j + 1;
  }
  return out + s.slice(at);
}

/** Whether `s` is held as the plan writes it (a verbatim piece of the extracted text). */
export const inPlan = (s: string): boolean => source.includes(s);

/** Whether `s`, a string of the library's Chinese, has a half-width mark next to a Chinese character. */
export const halfWidthInChinese = (s: string): boolean => HALF_WIDTH.test(prose(s));
