import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PAGES } from '../../scripts/generate/docs.js';

describe('generated documentation pages', () => {
  it.each(Object.entries(GENERATED_PAGES))('%s is up to date with the data (run `npx tsx scripts/generate/docs.ts`)', (path, render) => {
    const committed = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    expect(committed).toBe(render());
  });
});

describe('the rules-by-subject page', () => {
  it('has a section for every subject kind assess takes', async () => {
    const { SubjectKind } = await import('../../src/entries/schemas.js');
    const page = readFileSync(new URL('../../docs/guides/rules-by-subject.en.md', import.meta.url), 'utf8');
    const kinds = [...page.matchAll(/^## .*`([a-z0-9-]+)`$/gm)].map((m) => m[1]);
    expect(kinds).toEqual([...SubjectKind.options]);
    // Each kind by its name, each field by its label and unit: 燃煤锅炉, 锅炉容量 in 蒸吨/小时.
    const zh = readFileSync(new URL('../../docs/guides/rules-by-subject.zh.md', import.meta.url), 'utf8');
    expect(zh).toContain('## 燃煤锅炉 `coal-boiler`');
    expect(zh).toMatch(/^\| `capacityTph\??` \| 锅炉容量 \| 蒸吨\/小时 \| 数值 \|/m);
    expect(zh).toContain('焦化 `coking`');
    expect(page).toContain('## coal-fired boiler (燃煤锅炉) `coal-boiler`');
  });
});
