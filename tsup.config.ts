import { execFileSync } from 'node:child_process';
import { defineConfig } from 'tsup';

export default defineConfig({
  // The main entry re-exports the domain entries; code splitting puts what entries share in chunks, so
  // every export is one object whichever entry it is imported from.
  entry: {
    index: 'src/index.ts',
    plan: 'src/entries/plan.ts',
    targets: 'src/entries/targets.ts',
    rules: 'src/entries/rules.ts',
    air: 'src/entries/air.ts',
    source: 'src/entries/source.ts',
    schemas: 'src/entries/schemas.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2020',
  splitting: true,
  treeshake: true,
  // data/source.zh.txt is inlined as a string by the `source` entry.
  loader: { '.txt': 'text' },
  // Then the ESM chunks merged into a chain of domain files (air, plan, targets, rules) beside core.js and
  // shared.js, what /source and /schemas share with them, so that the main entry loads 7 files instead of 17
  // and /source and /schemas none of the plan's facts: scripts/build/chunks.mjs says how and why.
  onSuccess: async () => {
    execFileSync(process.execPath, ['scripts/build/chunks.mjs'], { stdio: 'inherit' });
  },
});
