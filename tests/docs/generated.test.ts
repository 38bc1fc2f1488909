import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PAGES } from '../../scripts/docs.js';

describe('generated documentation pages', () => {
  it.each(Object.entries(GENERATED_PAGES))('%s is up to date with the data (run `npx tsx scripts/docs.ts`)', (path, render) => {
    const committed = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    expect(committed).toBe(render());
  });
});
