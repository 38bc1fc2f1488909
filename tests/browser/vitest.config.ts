// The browser tests (npm run test:browser, after npm run build && npm run docs): the built site in Chromium.
// Kept out of `npm test`, whose config leaves tests/browser/ out.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
