// The README's code blocks run against the installed tarball (check.sh runs this inside the app where the
// tarball is installed): each must print exactly what its comments say. Usage: node readme.mjs APP_DIR
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { codeBlocks, differences } from './readme-blocks.mjs';

const app = resolve(process.argv[2] ?? '.');
const readme = readFileSync(join(app, 'node_modules', 'shanxi-air-plan', 'README.md'), 'utf8');
let failed = 0;
codeBlocks(readme).forEach(({ lang, code }, i) => {
  // A ```ts block holds no type syntax, so node runs it as an ES module; a ```js block with require() is CommonJS.
  const file = join(app, `readme-block-${i}.${code.includes('require(') ? 'cjs' : 'mjs'}`);
  writeFileSync(file, code);
  const printed = execFileSync(process.execPath, [file], { cwd: app, encoding: 'utf8' });
  const diff = differences(printed, code);
  console.log(`README block ${i} (${lang}): ${diff.length ? 'DIFFERS' : 'prints what its comments say'}`);
  for (const d of diff) console.log(`  ${d}`);
  failed += diff.length ? 1 : 0;
});
if (failed) process.exit(1);
