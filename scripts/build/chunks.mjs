/**
 * Fewer files to load: merges the ESM chunks tsup (esbuild) writes into one file per domain, with rollup.
 *
 * esbuild's code splitting puts every set of modules two entries share in a chunk of its own: the main entry
 * loaded 17 files, each resolved, read and compiled on its own (about 0.012–0.016× of a bare node each, issue 23).
 * esbuild cannot merge chunks; rollup can (`manualChunks`). This step re-bundles dist/*.js (ESM only: the CJS
 * files are one per entry already) so that the entries form a chain of a few domain files:
 *
 *   air-domain.js      the air-quality arithmetic and ranking, with PlanInputError and the input reader: self-contained
 *   plan-domain.js     the plan's facts and lookups, and what targets and rules share; imports air-domain.js
 *   targets-domain.js, rules-domain.js   each imports the two above
 *   index.js           re-exports the four; air.js, plan.js, targets.js, rules.js re-export their domain's names
 *                      (facades: an entry exports exactly its own names, not the helpers other domains import)
 *   source.js, schemas.js  as tsup wrote them, each with the chunks only it needs merged in
 *
 * Each chunk goes to the first domain, in that order, whose entry reaches it, so an export is still one object
 * whichever entry it comes from (tests/package/exports.test.ts). Run by tsup after its build (`onSuccess` in tsup.config.ts).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const ENTRIES = ['index', 'plan', 'targets', 'rules', 'air', 'source', 'schemas'];
/** The domains, in the order a chunk is given to the first that reaches it. */
const CHAIN = ['air', 'plan', 'targets', 'rules', 'source', 'schemas'];

const importsOf = (file) =>
  [...readFileSync(join(DIST, file), 'utf8').matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]);

/** Every chunk an entry reaches. */
function reach(entry) {
  const seen = new Set();
  const stack = [`${entry}.js`];
  while (stack.length > 0) {
    for (const f of importsOf(stack.pop())) {
      if (!seen.has(f)) {
        seen.add(f);
        stack.push(f);
      }
    }
  }
  return seen;
}

const before = readdirSync(DIST).filter((f) => f.endsWith('.js'));
const domainOf = new Map();
for (const d of CHAIN) for (const f of reach(d)) if (!domainOf.has(f)) domainOf.set(f, d);
for (const f of before) if (f.startsWith('chunk-') && !domainOf.has(f)) throw new Error(`${f}: reached by no domain entry`);

const bundle = await rollup({
  input: Object.fromEntries(ENTRIES.map((e) => [e, join(DIST, `${e}.js`)])),
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  // An entry exports exactly its own names: where a domain chunk exports more (what other domains import from
  // it), the entry is a small facade re-exporting from it.
  preserveEntrySignatures: 'strict',
  treeshake: false, // tsup shook the tree already; keep every /* @__PURE__ */ mark as it is
  onwarn(w) {
    throw new Error(`rollup: ${w.message}`);
  },
});
const { output } = await bundle.generate({
  format: 'es',
  dir: DIST,
  entryFileNames: '[name].js',
  chunkFileNames: '[name].js',
  manualChunks(id) {
    const file = id.slice(id.lastIndexOf('/') + 1);
    if (domainOf.has(file)) return `${domainOf.get(file)}-domain`;
    const entry = file.replace(/\.js$/, '');
    return CHAIN.includes(entry) ? `${entry}-domain` : undefined;
  },
});
await bundle.close();
for (const f of before) rmSync(join(DIST, f));
for (const o of output) {
  if (o.type !== 'chunk') throw new Error(`unexpected asset ${o.fileName}`);
  writeFileSync(join(DIST, o.fileName), o.code);
}
console.log(`dist: ${before.length} ESM files merged into ${output.length}: ${output.map((o) => o.fileName).join(', ')}`);
