import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import * as schemas from '../../src/entries/schemas.js';
import { CLAUSE_PARAGRAPHS, SOURCE_PARAGRAPHS, SOURCE_TEXT, verifyCitation } from '../../src/source/index.js';
import { clausesOf, normalize } from '../../scripts/generate/source.js';
import {
  CITIES,
  CROSS_BORDER_PAIRS,
  DEPARTMENTS,
  INDUSTRY_CLUSTERS,
  PLAN,
  REGIONS,
  SECTIONS,
  TAIYUAN_BASIN_PARKS,
  TASKS,
} from '../../src/index.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const seed = read('../fixtures/seed.txt');
const sourceFile = read('../../data/source.zh.txt');

/** Every `{ clause, quote }` object reachable from a value, with the path that leads to it. */
function citations(value: unknown, path: string, out: [string, { clause: string; quote: string }][] = []) {
  if (value === null || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  if (typeof o.clause === 'string' && typeof o.quote === 'string') out.push([path, o as never]);
  for (const [k, v] of Object.entries(o)) citations(v, `${path}.${k}`, out);
  return out;
}

const exportedData = Object.entries(lib).filter(([, v]) => typeof v === 'object' && v !== null);

describe('the normalized source text', () => {
  it('equals the seed once whitespace and page footers are ignored: no character lost or added', () => {
    const strip = (s: string) => s.replace(/—\d+—/g, '').replace(/\s+/g, '');
    expect(strip(sourceFile)).toBe(strip(seed));
  });

  it('vendors the shared seed unchanged (checked where ../shared is present)', () => {
    const shared = new URL('../../../shared/seed/000_d9e806a5c81cb7f1.txt', import.meta.url);
    if (!existsSync(shared)) return;
    expect(readFileSync(shared, 'utf8')).toBe(seed);
  });

  it('is what scripts/generate/source.ts makes of the seed', () => {
    expect(normalize(seed)).toBe(sourceFile);
  });

  it('is the text the source entry exports, paragraph for paragraph', () => {
    expect(SOURCE_TEXT).toBe(sourceFile);
    const paragraphs = sourceFile.trimEnd().split('\n');
    expect(SOURCE_PARAGRAPHS.map((p) => p.text)).toEqual(paragraphs);
    expect(SOURCE_PARAGRAPHS.map((p) => p.clause)).toEqual(clausesOf(paragraphs));
  });

  it('has no page footer, no line-wrap break and no empty paragraph left', () => {
    expect(sourceFile).not.toMatch(/—\d+—/);
    expect(sourceFile).not.toMatch(/\n\n/);
    expect(SOURCE_PARAGRAPHS).toHaveLength(71);
  });

  it('indexes every paragraph under exactly one clause', () => {
    const indexed = Object.values(CLAUSE_PARAGRAPHS)
      .flat()
      .sort((a, b) => a - b);
    expect(indexed).toEqual(SOURCE_PARAGRAPHS.map((_, i) => i));
  });

  it('puts the four two-paragraph tasks (12, 13, 21, 29) under one clause each', () => {
    expect(CLAUSE_PARAGRAPHS['三(三)12']).toHaveLength(2);
    expect(CLAUSE_PARAGRAPHS['三(三)13']).toHaveLength(2);
    expect(CLAUSE_PARAGRAPHS['三(五)21']).toHaveLength(2);
    expect(CLAUSE_PARAGRAPHS['三(八)29']).toHaveLength(2);
    expect(SOURCE_PARAGRAPHS[CLAUSE_PARAGRAPHS['三(三)12'][1]]!.text.startsWith('加快已纳入规划的重点铁路专用线')).toBe(true);
  });
});

describe('citations', () => {
  const all = exportedData.flatMap(([name, value]) => citations(value, name));

  it('are found throughout the exported data', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it.each(all)('%s quotes its clause verbatim', (_path, citation) => {
    expect(verifyCitation(citation as never)).toBe(true);
  });
});

describe('the bundled data', () => {
  it.each([
    ['PLAN', schemas.Plan, [PLAN]],
    ['SECTIONS', schemas.Section, SECTIONS],
    ['TASKS', schemas.Task, TASKS],
    ['DEPARTMENTS', schemas.Department, DEPARTMENTS],
    ['CITIES', schemas.City, CITIES],
    ['REGIONS', schemas.Region, REGIONS],
    ['INDUSTRY_CLUSTERS', schemas.CityClusters, INDUSTRY_CLUSTERS],
    ['TAIYUAN_BASIN_PARKS', schemas.ParkGroup, TAIYUAN_BASIN_PARKS],
    ['CROSS_BORDER_PAIRS', schemas.CrossBorderPair, CROSS_BORDER_PAIRS],
  ] as const)('%s parses with its schema', (_name, schema, records) => {
    for (const record of records as readonly unknown[]) {
      const result = (schema as { safeParse(v: unknown): { success: boolean; error?: unknown } }).safeParse(record);
      expect(result.error).toBeUndefined();
    }
  });

  it.each(exportedData)('%s is deep-frozen', (_name, value) => {
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const v = stack.pop();
      if (v === null || typeof v !== 'object') continue;
      expect(Object.isFrozen(v)).toBe(true);
      stack.push(...Object.values(v));
    }
  });

  it('rejects mutation', () => {
    expect(() => {
      (TASKS[0] as { number: number }).number = 2;
    }).toThrow(TypeError);
    expect(() => {
      (DEPARTMENTS as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('numbers tasks 1–38 without gaps', () => {
    expect(TASKS.map((t) => t.number)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it('puts each task in the section that lists it, and lists every task once', () => {
    expect(SECTIONS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(SECTIONS.flatMap((s) => s.tasks)).toEqual(TASKS.map((t) => t.number));
    for (const s of SECTIONS) for (const n of s.tasks) expect(TASKS[n - 1]!.section).toBe(s.number);
  });

  it("cites each task's heading in the task's own clause", () => {
    for (const t of TASKS) {
      expect(t.source.quote.startsWith(`${t.number}.${t.title.zh}。`)).toBe(true);
      expect(t.source.clause.endsWith(`)${t.number}`)).toBe(true);
      for (const d of t.duties) expect(d.source.clause).toBe(t.source.clause);
    }
  });

  it('gives unique ids and codes', () => {
    const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;
    expect(unique(DEPARTMENTS.map((d) => d.id))).toBe(true);
    expect(unique(DEPARTMENTS.map((d) => d.name.zh))).toBe(true);
    expect(unique(CITIES.map((c) => c.id))).toBe(true);
    expect(unique(CITIES.map((c) => c.code))).toBe(true);
    expect(unique(REGIONS.map((r) => r.id))).toBe(true);
  });

  it('names only known departments in duties, leads among them', () => {
    const ids = new Set<string>(DEPARTMENTS.map((d) => d.id));
    for (const t of TASKS) {
      for (const d of t.duties) {
        for (const id of d.departments) expect(ids.has(id)).toBe(true);
        if ('lead' in d) expect(d.departments).toContain(d.lead);
      }
    }
  });

  it('names every one of the 25 departments in some duty', () => {
    const named = new Set(TASKS.flatMap((t) => t.duties.flatMap((d) => d.departments)));
    expect([...named].sort()).toEqual(DEPARTMENTS.map((d) => d.id).sort());
  });

  it("names in each duty exactly the bodies its note lists, in the note's order", () => {
    for (const t of TASKS) {
      for (const d of t.duties) {
        const names = d.departments.map((id) => DEPARTMENTS.find((x) => x.id === id)!.name.zh);
        let at = -1;
        for (const name of names) {
          const next = d.source.quote.indexOf(name, at + 1);
          expect(next).toBeGreaterThan(at);
          at = next;
        }
        // nothing else that looks like a body name (省…厅/局/委, …) is left unclaimed
        const rest = names.reduce<string>((q, n) => q.split(n).join(''), d.source.quote);
        expect(rest).not.toMatch(/省[^、,等]{1,8}(厅|局|委)|海关|集团/);
      }
    }
  });

  it('names only known cities in regions and place facts', () => {
    const ids = new Set<string>(CITIES.map((c) => c.id));
    for (const r of REGIONS) if (r.membership.defined) for (const c of r.membership.cities) expect(ids.has(c)).toBe(true);
    for (const c of INDUSTRY_CLUSTERS) expect(ids.has(c.city)).toBe(true);
    for (const c of CROSS_BORDER_PAIRS) expect(ids.has(c.city)).toBe(true);
  });

  it('quotes each city of task 4 with exactly its own clusters', () => {
    for (const c of INDUSTRY_CLUSTERS) {
      const name = CITIES.find((x) => x.id === c.city)!.name.zh;
      expect(c.source.quote).toBe(name + c.industries.map((i) => i.zh).join('、'));
    }
    expect(INDUSTRY_CLUSTERS.map((c) => c.city)).toEqual([
      'taiyuan',
      'datong',
      'shuozhou',
      'xinzhou',
      'lvliang',
      'jinzhong',
      'yangquan',
      'jincheng',
      'yuncheng',
    ]);
  });

  it("keeps the Taiyuan basin's known counties and its named parks' counties the same", () => {
    const basin = REGIONS.find((r) => r.id === 'taiyuan-basin')!;
    expect('knownCounties' in basin.membership && basin.membership.knownCounties).toEqual(TAIYUAN_BASIN_PARKS.flatMap((g) => g.counties));
  });
});
