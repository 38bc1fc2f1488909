// What users' bundlers ship, measured on the packed tarball installed into a project (scripts/package/check.sh runs
// this inside that project): each import on its own, through the main entry and through its subpath, bundled
// by esbuild and by rollup, minified and gzipped, against its budget; and every entry point, imported for its
// side effects only with the package's `"sideEffects": false` ignored, must bundle to nothing: proof that
// every top-level statement of dist/ is free of side effects.
//
// Usage: node bundles.mjs APP_DIR [--json FILE]. The README and docs/performance.md quote the figures; the run
// fails when they are stale, and with UPDATE_FIGURES=1 it writes today's figures into the repository's copies.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const app = resolve(process.argv[2] ?? '.');
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
// The bundlers are the repository's devDependencies; the package and zod are the app's.
const repo = resolve(new URL('../..', import.meta.url).pathname);
const need = createRequire(join(repo, 'package.json'));
const esbuild = need('esbuild');
const { rollup } = need('rollup');
const { nodeResolve } = need('@rollup/plugin-node-resolve');

const KiB = 1024;
/** Each import on its own, the domain entry that holds it, and its budget (KiB, minified and gzipped). */
const CASES = [
  { name: 'iaqi', entry: 'air', budget: 3.25 }, // 3 until full-width punctuation in its Chinese words (3.0x measured)
  { name: 'aqi', entry: 'air', budget: 6.25 }, // 6.0 with issue 22's speed (tests/package/size.test.ts says why)
  // Issue 23: the fast path for flat records (src/flat.ts) brought compositeIndexes + rankCities from 0.34× to
  // 1.07× of 0.1.0's speed, and 168 × compositeIndex from 0.17× to 0.92×, for about 0.1 KiB each (and the one
  // reader's single-pass entries, shared with assess): rankCities 2.75 → 3, compositeIndex 5.5 → 5.75.
  { name: 'rankCities', entry: 'air', budget: 3 },
  { name: 'compositeIndex', entry: 'air', budget: 5.75 },
  { name: 'getTask', entry: 'plan', budget: 6 },
  { name: 'TASKS', entry: 'plan', budget: 6 },
  { name: 'evaluateTarget', entry: 'targets', budget: 15.5 },
  { name: 'assess', entry: 'rules', budget: 51.75 }, // 51 until full-width punctuation (51.3 esbuild, 51.4 rollup)
];
// Everything: the rules registry, the commitment register and the area-membership table are the product
// (docs/performance.md says why; 63.7 KiB before the register and the membership table; 108 since every rule
// names its compliance facts and carries an example, and the subjects gained the facts that record duties done; then planFor, schedule,
// assessAll and the date-fns files they use; the Chinese labels of every subject field for the explorer and
// the guides, their Chinese words with units in the refusals; the error codes and the one input reader; 120.4 with
// issue 22's fast loops of aqiValues and aqiColumns, docs/guides/decisions.en.md; 121.2 (esbuild) and 121.3 (rollup)
// with full-width punctuation in the library's Chinese, six bytes a mark in the ASCII build; 122.9 (esbuild) and
// 123.1 (rollup) with aqiColumns' WebAssembly kernel and the views it copies columns through).
const WHOLE_MAIN = 123.25;
const ENTRIES = ['', '/plan', '/targets', '/rules', '/air', '/source', '/schemas'];

async function esbuildBundle(contents) {
  const r = await esbuild.build({
    stdin: { contents, resolveDir: app, sourcefile: 'entry.js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return r.outputFiles[0].text;
}

async function rollupBundle(contents, { minify = true } = {}) {
  // The entry is a file inside the app, so that the package resolves from the app's node_modules (from
  // anywhere else, rollup would find the repository itself by its package name).
  const input = join(app, '.bundle-entry.mjs');
  writeFileSync(input, contents);
  const bundle = await rollup({
    input,
    plugins: [nodeResolve({ rootDir: app, browser: true })],
    // zod's own source gives rollup two notices (a comment it cannot place, a circular import): not ours.
    onwarn: (w, warn) => (w.code === 'EMPTY_BUNDLE' || /node_modules[\\/]zod/.test(w.id ?? w.ids?.join() ?? '') ? undefined : warn(w)),
  });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  const code = output[0].code;
  return minify ? (await esbuild.transform(code, { minify: true, legalComments: 'none' })).code : code;
}

const gz = (code) => gzipSync(Buffer.from(code)).byteLength / KiB;
const rows = [];
let failed = 0;
const check = (label, bundler, kib, budget) => {
  const ok = kib <= budget;
  if (!ok) failed++;
  rows.push({ label, bundler, kib: Math.round(kib * 10) / 10, budget, ok });
};

for (const c of CASES) {
  for (const from of ['shanxi-air-plan', `shanxi-air-plan/${c.entry}`]) {
    const code = `export { ${c.name} } from '${from}';`;
    check(`${c.name} from '${from}'`, 'esbuild', gz(await esbuildBundle(code)), c.budget);
    check(`${c.name} from '${from}'`, 'rollup', gz(await rollupBundle(code)), c.budget);
  }
}
const whole = `export * from 'shanxi-air-plan';`;
check(`everything from 'shanxi-air-plan'`, 'esbuild', gz(await esbuildBundle(whole)), WHOLE_MAIN);
check(`everything from 'shanxi-air-plan'`, 'rollup', gz(await rollupBundle(whole)), WHOLE_MAIN);

// Purity: a copy of the installed package without "sideEffects": false, so that the bundlers must prove each
// statement free of side effects; importing an entry for its side effects only must then leave nothing.
const pkgDir = join(app, 'node_modules', 'shanxi-air-plan');
const impureDir = join(app, 'node_modules', 'shanxi-air-plan-unflagged');
mkdirSync(impureDir, { recursive: true });
cpSync(join(pkgDir, 'dist'), join(impureDir, 'dist'), { recursive: true });
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
delete pkg.sideEffects;
pkg.name = 'shanxi-air-plan-unflagged';
writeFileSync(join(impureDir, 'package.json'), JSON.stringify(pkg));
const kept = [];
for (const e of ENTRIES) {
  const code = `import 'shanxi-air-plan-unflagged${e}';`;
  for (const [bundler, out] of [
    ['esbuild', await esbuildBundle(code)],
    ['rollup', await rollupBundle(code, { minify: false })],
  ]) {
    const left = out.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').trim();
    if (left) {
      failed++;
      kept.push(`${bundler} keeps ${left.length} bytes of 'shanxi-air-plan${e}' imported for its side effects:\n${left.slice(0, 600)}`);
    }
  }
}

// The figures the README and docs/performance.md quote must be today's (through the main entry, to 0.1 KiB).
const docs = join(pkgDir, 'docs', 'performance.md');
const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
const measuredKiB = (name, bundler) =>
  rows.find(
    (r) =>
      r.label === (name === 'everything' ? `everything from 'shanxi-air-plan'` : `${name} from 'shanxi-air-plan'`) && r.bundler === bundler,
  )?.kib;
const stale = [];
const quoted = readme.match(/^\| bundle, minified \+ gzipped[^|]*?: (.+?) \| (.+?) KiB \|$/m);
if (!quoted) stale.push('README.md: the performance table has no "bundle, minified + gzipped" row');
else {
  const names = quoted[1].split(' · ').map((n) => n.replace(/`/g, ''));
  const figures = quoted[2].split(' · ').map(Number);
  names.forEach((n, i) => {
    if (measuredKiB(n, 'esbuild') !== figures[i])
      stale.push(`README.md quotes ${figures[i]} KiB for ${n}; measured ${measuredKiB(n, 'esbuild')}`);
  });
}
for (const m of readFileSync(docs, 'utf8').matchAll(
  /^\| (`\w+`|everything from `shanxi-air-plan`) \| ([\d.]+) \| ([\d.]+) \| [\d.]+ \|$/gm,
)) {
  const name = m[1].startsWith('everything') ? 'everything' : m[1].replace(/`/g, '');
  for (const [bundler, fig] of [
    ['esbuild', Number(m[2])],
    ['rollup', Number(m[3])],
  ]) {
    if (measuredKiB(name, bundler) !== fig)
      stale.push(`docs/performance.md quotes ${fig} KiB for ${name} (${bundler}); measured ${measuredKiB(name, bundler)}`);
  }
}
if (stale.length && process.env.UPDATE_FIGURES) {
  // UPDATE_FIGURES=1 npm run check:package: write today's figures into the repository's README and docs.
  const fig = (n, b) => measuredKiB(n, b).toFixed(1);
  const readmeFile = join(repo, 'README.md');
  writeFileSync(
    readmeFile,
    readFileSync(readmeFile, 'utf8').replace(
      /^(\| bundle, minified \+ gzipped[^|]*?: )(.+?)( \| )(.+?)( KiB \|)$/m,
      (_, a, names, b, __, c) =>
        a +
        names +
        b +
        names
          .split(' · ')
          .map((n) => fig(n.replace(/`/g, ''), 'esbuild'))
          .join(' · ') +
        c,
    ),
  );
  const docsFile = join(repo, 'docs', 'performance.md');
  writeFileSync(
    docsFile,
    readFileSync(docsFile, 'utf8').replace(
      /^\| (`\w+`|everything from `shanxi-air-plan`) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$/gm,
      (_, n, __, ___, budget) => {
        const name = n.startsWith('everything') ? 'everything' : n.replace(/`/g, '');
        return `| ${n} | ${fig(name, 'esbuild')} | ${fig(name, 'rollup')} | ${budget} |`;
      },
    ),
  );
  console.log('README.md and docs/performance.md: bundle figures updated');
} else if (stale.length) {
  failed += stale.length;
  kept.push(`Figures quoted in the docs are stale (update them):\n  ${stale.join('\n  ')}`);
}

const width = Math.max(...rows.map((r) => r.label.length));
console.log(`${'import'.padEnd(width)}  bundler  KiB gz  budget`);
for (const r of rows)
  console.log(
    `${r.label.padEnd(width)}  ${r.bundler.padEnd(7)}  ${r.kib.toFixed(1).padStart(6)}  ${String(r.budget).padStart(6)}${r.ok ? '' : '  OVER BUDGET'}`,
  );
console.log(
  kept.length
    ? kept.join('\n\n')
    : `side effects: none — every entry (${ENTRIES.map((e) => `'shanxi-air-plan${e}'`).join(', ')}) imported for its side effects bundles to nothing, with esbuild and with rollup`,
);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ rows, kept }, null, 2));
if (failed) {
  console.error(`${failed} bundle check(s) failed`);
  process.exit(1);
}
