/**
 * The vitest configuration of mutation runs (stryker.config.json: Stryker's vitest runner, which runs for
 * each mutant only the tests that cover it). No coverage; the budget tests (time and bundle size), the
 * packaging and documentation tests, which measure the instrumented code rather than its behaviour, and the
 * tests that run other processes (they would judge the unmutated sources) are left out.
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
      'tests/robustness/timezones.test.ts',
      'tests/lint/**',
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
