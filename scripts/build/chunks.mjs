/**
 * Fewer files to load: merges the ESM chunks tsup (esbuild) writes into one file per domain, with rollup.
 *
 * esbuild's code splitting puts every set of modules two entries share in a chunk of its own: the main entry
 * loaded 17 files, each resolved, read and compiled on its own (about 0.012–0.016× of a bare node each, issue 23).
 * esbuild cannot merge chunks; rollup can (`manualChunks`). This step re-bundles dist/*.js (ESM only: the CJS
 * files are one per entry already) so that the entries form a chain of a few domain files:
 *
 *   core.js            what every domain and /source or /schemas share (PlanInputError, the input reader,
 *                      the issue codes, dates, the editions, the clause ids): self-contained
 *   shared.js          what /schemas shares with the plan's domains but /air and /source never need (the
 *                      places and counties, the subjects' values); imports core.js
 *   air.js             the air-quality arithmetic and ranking; imports core.js
 *   plan-domain.js     the plan's facts and lookups, and what targets and rules share; imports core.js and
 *                      shared.js
 *   targets.js, rules.js   their domains; import those above
 *   index.js           re-exports them; plan.js re-exports its domain's names (a facade: an entry exports
 *                      exactly its own names, not the helpers other domains import; rollup writes a facade
 *                      wherever a domain's file exports more than its entry, else the entry is the domain's file)
 *   source.js, schemas.js  as tsup wrote them, with the chunks only they need merged in, importing core.js
 *                      (and shared.js) only: the plan's data stay out of them (a chunk both they and a domain
 *                      reach went to that domain's file before, and /source and /schemas loaded all the
 *                      plan's facts to get the clause ids and the counties)
 *
 * A chunk that /source or /schemas reaches goes to core.js when /air or /source reaches it, else to shared.js; any
 * other chunk to the first domain, in the order air, plan, targets, rules, whose entry reaches it. So an
 * export is still one object whichever entry it comes from (tests/package/exports.test.ts). Run by tsup after
 * its build (`onSuccess` in tsup.config.ts).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const ENTRIES = ['index', 'plan', 'targets', 'rules', 'air', 'source', 'schemas'];
/** The domains, in the order a chunk is given to the first that reaches it. */
const CHAIN = ['air', 'plan', 'targets', 'rules'];
/** The entries that must not load the domains' files: what they share with a domain goes to core or shared. */
const APART = ['source', 'schemas'];

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
const reached = new Map(ENTRIES.filter((e) => e !== 'index').map((e) => [e, reach(e)]));
/** The file each chunk of tsup's goes to: core, shared or a domain's. */
const domainOf = new Map();
for (const f of before.filter((x) => x.startsWith('chunk-'))) {
  const by = (e) => reached.get(e).has(f);
  if (APART.some(by)) domainOf.set(f, by('air') || by('source') ? 'core' : 'shared');
  else {
    const d = CHAIN.find(by);
    if (d === undefined) throw new Error(`${f}: reached by no domain entry`);
    domainOf.set(f, d);
  }
}

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
    const group = domainOf.get(file);
    if (group === 'core' || group === 'shared') return group;
    if (group !== undefined) return `${group}-domain`;
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
