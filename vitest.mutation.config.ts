/**
 * The vitest configuration of mutation runs (scripts/mutation/run.mjs, stryker.config.json): Stryker's
 * command runner spawns vitest once per mutant with the tests of one module, so everything here is about
 * starting fast and stopping at the first failure. No coverage; the budget tests (time and bundle size) and
 * the packaging tests, which measure the instrumented code rather than its behaviour, are left out.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      '.stryker-tmp/**',
      'reports/**',
      'dist/**',
      'tests/**/budget.test.ts',
      'tests/package/**',
      'tests/docs/**',
      'tests/browser/**',
    ],
    pool: 'threads',
    isolate: false,
    maxWorkers: 1,
    fileParallelism: false,
    bail: 1,
    reporters: ['dot'],
    coverage: { enabled: false },
  },
});
