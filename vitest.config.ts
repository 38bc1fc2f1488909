import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Stryker's sandboxes hold a copy of the whole project: never collect tests from there.
    exclude: ['**/node_modules/**', '.stryker-tmp/**', 'reports/**', 'dist/**', 'tests/browser/**'],
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
