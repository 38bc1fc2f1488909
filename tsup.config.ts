import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas.ts',
    source: 'src/source.ts',
    // The arithmetic alone, for a fast cold start (no plan data): see src/air.ts.
    air: 'src/air.ts',
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
  // date-fns is bundled (only differenceInCalendarDays and its helpers, about 1 KB): resolving and loading
  // its seven files took about 13 ms of every cold import (Node 20), more than the whole import budget.
  noExternal: ['date-fns'],
});
