// Runs the example test suite (docs/examples/*.test-example.ts) with the package name pointed at the
// sources, as if 'shanxi-air-plan' were installed: npx vitest run --config docs/examples/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string) => fileURLToPath(new URL(`../../src/${file}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: {
    alias: [
      { find: /^shanxi-air-plan$/, replacement: src('index.ts') },
      { find: /^shanxi-air-plan\/schemas$/, replacement: src('entries/schemas.ts') },
      { find: /^shanxi-air-plan\/source$/, replacement: src('entries/source.ts') },
    ],
  },
  test: {
    include: ['docs/examples/*.test-example.ts'],
  },
});
