/**
 * The files generated from the subjects' zod schemas (scripts/generate/subjects.ts) and the WebAssembly kernel
 * (scripts/generate/kernel.ts) are up to date, and
 * the model knows the forms of ids only, never the plan's data. These read the source files' text, so they
 * live here with the other checks of the code's shape, outside the tests a mutation run selects (in its
 * sandbox a mutated file is instrumented, and a comparison of its text would fail every run).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kernelModule, kernelWat } from '../../scripts/generate/kernel.js';
import { GENERATED_FILES } from '../../scripts/generate/subjects.js';
import { CLAUSE_IDS } from '../../data/clauses.js';
import { CITIES } from '../../data/places.js';
import { COUNTIES } from '../../data/counties.js';
import { ClauseId } from '../../src/model/citation.js';
import { CityIdForm, CountyCodeForm } from '../../src/model/ids.js';

describe('generated from the subjects’ schemas', () => {
  it.each(Object.keys(GENERATED_FILES))('%s is up to date (run npx tsx scripts/generate/subjects.ts)', (path) => {
    const committed = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    expect(committed).toBe(GENERATED_FILES[path]!());
  });
});

describe('aqiColumns’ WebAssembly kernel', () => {
  it('src/air/kernel.wat and src/air/kernel.generated.ts are up to date (run npx tsx scripts/generate/kernel.ts)', async () => {
    const committed = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    expect(committed('src/air/kernel.wat')).toBe(kernelWat());
    expect(committed('src/air/kernel.generated.ts')).toBe(await kernelModule());
  });
});

describe('the model', () => {
  it('imports nothing from data/', () => {
    const dir = new URL('../../src/model/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(readFileSync(new URL(f, dir), 'utf8'), f).not.toMatch(/from '(?:\.\.\/)+data\//);
  });

  it("gives forms that every id of the plan's data has", () => {
    for (const id of CLAUSE_IDS) expect(ClauseId.safeParse(id).success, id).toBe(true);
    for (const c of CITIES) expect(CityIdForm.safeParse(c.id).success, c.id).toBe(true);
    for (const c of COUNTIES) expect(CountyCodeForm.safeParse(c.code).success, c.code).toBe(true);
  });
});

describe('/* @__PURE__ */ marks only where a bundler needs them (CONTRIBUTING, check:package step 6)', () => {
  const files = ['src', 'data'].flatMap((d) =>
    readdirSync(new URL(`../../${d}/`, import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${d}/${f}`),
  );
  const text = (f: string) => readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8');
  const declared = files.flatMap((f) => [...text(f).matchAll(/\/\* @__NO_SIDE_EFFECTS__ \*\/\nexport function (\w+)/g)].map((m) => m[1]!));

  it('declares the data-building helpers free of side effects once', () => {
    expect(declared.sort()).toEqual(['cond', 'ofPlan', 'term', 'thresholdOf']);
  });
  it('marks no call of a function declared free of side effects', () => {
    const re = new RegExp(`/\\* @__PURE__ \\*/ (?:${declared.join('|')})\\(`);
    for (const f of files) expect(text(f), f).not.toMatch(re);
  });
  it('marks no call inside a function (only top-level statements are a bundler’s to drop)', () => {
    // A mark on an indented line that is no continuation of a top-level statement: inside a function body.
    for (const f of files) {
      let depth = 0;
      for (const line of text(f).split('\n')) {
        if (/^(?:export )?(?:async )?function /.test(line)) depth = 1;
        else if (depth > 0 && line.startsWith('}')) depth = 0;
        else if (depth > 0) expect(line.includes('@__PURE__'), `${f}: ${line.trim()}`).toBe(false);
      }
    }
  });
});
