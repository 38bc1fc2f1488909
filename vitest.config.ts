import { defineConfig } from 'vitest/config';

/**
 * The slow checks of the documentation and the package, run by `npm run check` (vitest.check.config.ts) and
 * left out of `npm test`: they add no coverage of src/.
 */
export const CHECK_TESTS = [
  'tests/docs/readme.test.ts', // the README's code blocks, run on a bundle (~45 s)
  'tests/docs/examples.test.ts', // the programs of docs/examples, each in a child process (~10 s)
  'tests/lint/format.test.ts', // the formatter leaves every string of the data as it is (~35 s)
  'tests/package/size.test.ts', // bundle budgets, minified and gzipped
  'tests/air/budget.test.ts', // iaqi's bundle budget
  'tests/targets/budget.test.ts', // a time budget: meaningless while the type-check runs beside it
] as const;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Stryker's sandboxes hold a copy of the whole project: never collect tests from there.
    exclude: ['**/node_modules/**', '.stryker-tmp/**', 'reports/**', 'dist/**', 'tests/browser/**', ...CHECK_TESTS],
    // One worker thread per core, each importing the library once for all its files (no per-file isolation):
    // about a third of the CPU time of isolated forks, the same tests and coverage. No test mocks modules or
    // changes globals; the few that need another process (time zones, examples) spawn it themselves.
    pool: 'threads',
    isolate: false,
    // A test that parses every module of src/ takes about a second alone, five on a loaded 2-core machine.
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        // Re-export files and type-only modules: no statement of their own to cover.
        'src/index.ts',
        'src/entries/**',
        'src/plan/index.ts',
        'src/air/index.ts',
        'src/ranking/index.ts',
        'src/targets/index.ts',
        'src/model/index.ts',
        'src/model/readonly.ts',
      ],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportOnFailure: true,
      reportsDirectory: 'reports/coverage',
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
