/**
 * `npm run check`'s tests: the slow checks kept out of `npm test` (vitest.config.ts leaves exactly these out).
 * They check the documentation and the package rather than the library's answers, and add no coverage of src/:
 * the README's code blocks and its table of exports, the runnable examples of docs/examples, the formatter
 * leaving the plan's strings alone, and the bundle and time budgets.
 */
import { defineConfig } from 'vitest/config';
import { CHECK_TESTS } from './vitest.config.js';

export default defineConfig({
  test: {
    include: [...CHECK_TESTS],
    testTimeout: 120_000,
  },
});
