// Chinese typography by zhlint with the rules of .zhlintrc: full-width punctuation (，。：；？！（）), no space
// around it or between Chinese characters. The one definition both the check of the hand-written guides
// (zhlint.mjs) and the generators of the data-derived guides (scripts/generate/docs.ts, ledger.ts) use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from 'zhlint';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** zhlint's rules for this project (.zhlintrc). */
export const ZH_RULES = JSON.parse(readFileSync(`${root}.zhlintrc`, 'utf8')).rules;

/** `markdown` with its Chinese prose set in Chinese typography (code spans and blocks untouched). */
export function zhTypography(markdown) {
  return run(markdown, { rules: ZH_RULES }).result;
}
