import { describe, expect, it } from 'vitest';
import { CLAUSE_PARAGRAPHS, SOURCE_PARAGRAPHS } from '../../data/source.js';
import { CITIES } from '../../data/places.js';
import { TASKS } from '../../data/tasks/index.js';
import { Rule, SubjectKind, Threshold } from '../../src/entries/schemas.js';
import { assess, RULES, THRESHOLDS } from '../../src/rules/index.js';
import { SAMPLES } from '../rules/samples.js';

/** `true` when `quote` is a verbatim span of one paragraph of `clause`. */
function inClause(clause: string, quote: string): boolean {
  const paragraphs = (CLAUSE_PARAGRAPHS as Record<string, readonly number[]>)[clause];
  return paragraphs?.some((i) => SOURCE_PARAGRAPHS[i]!.text.includes(quote)) ?? false;
}

function deepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}

describe('RULES', () => {
  it('has unique ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s parses with the Rule schema', (_id, r) => {
    expect(Rule.safeParse(r).error).toBeUndefined();
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s quotes its clause verbatim, and the clause is its task's", (_id, r) => {
    expect(inClause(r.source.clause, r.source.quote)).toBe(true);
    expect(r.source.clause).toBe(TASKS[r.task - 1]!.source.clause);
  });

  it('names only known subject kinds and thresholds', () => {
    const thresholds = new Set<string>(THRESHOLDS.map((t) => t.id));
    for (const r of RULES) {
      for (const k of r.appliesTo) expect(SubjectKind.options).toContain(k);
      for (const t of r.thresholds) expect(thresholds.has(t)).toBe(true);
    }
  });

  it('gives a deadline exactly where its quote dates it', () => {
    for (const r of RULES) expect('deadline' in r, r.id).toBe(/2025年底前|2024年10月底前|2025年,/.test(r.source.quote));
  });

  it('notes 原则上 wherever the quote says it', () => {
    for (const r of RULES) if (r.source.quote.includes('原则上')) expect('note' in r && r.note.zh.includes('原则上'), r.id).toBe(true);
  });

  it('are each reachable: some subject gets a verdict of every rule', () => {
    const reached = new Set(SAMPLES.flatMap((s) => assess(s).map((v) => v.rule)));
    expect(RULES.map((r) => r.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('give every subject kind at least one rule', () => {
    const covered = new Set(RULES.flatMap((r) => r.appliesTo));
    expect(SubjectKind.options.filter((k) => !covered.has(k))).toEqual([]);
  });

  it('are deep-frozen', () => {
    expect(deepFrozen(RULES)).toBe(true);
    expect(() => {
      (RULES as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

describe('THRESHOLDS', () => {
  it('has unique ids, each used by some rule', () => {
    expect(new Set(THRESHOLDS.map((t) => t.id)).size).toBe(THRESHOLDS.length);
    const used = new Set(RULES.flatMap((r) => r.thresholds));
    expect(THRESHOLDS.map((t) => t.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it.each(THRESHOLDS.map((t) => [t.id, t] as const))('%s parses, quotes its clause verbatim and contains its own wording', (_id, t) => {
    expect(Threshold.safeParse(t).error).toBeUndefined();
    expect(inClause(t.source.clause, t.source.quote)).toBe(true);
    expect(t.source.quote).toContain(t.wording);
  });

  it("reads 及以上/及以下 and bare 以上 as inclusive, bare 以下/低于 as exclusive, but task 21's 35以上 (above 35及以下) as exclusive", () => {
    for (const t of THRESHOLDS) {
      if (/及以[上下]/.test(t.wording)) expect(t.inclusive, t.id).toBe(true);
      else if (t.id === 'coal-boiler-ule-min') expect(t.inclusive, t.id).toBe(false);
      else if (/以上/.test(t.wording)) expect(t.inclusive, t.id).toBe(true);
      else if (/以下|低于/.test(t.wording)) expect(t.inclusive, t.id).toBe(false);
    }
  });

  it('pins the readings the plan leaves to judgement', () => {
    const by = (id: string) => THRESHOLDS.find((t) => t.id === id)!;
    expect(by('coal-boiler-cleanup-max')).toMatchObject({ value: 35, side: 'below', inclusive: true });
    expect(by('coal-boiler-ule-min')).toMatchObject({ value: 35, side: 'above', inclusive: false });
    expect(by('coal-boiler-ule-max')).toMatchObject({ value: 65, side: 'below', inclusive: false });
    expect(by('chp-heating-radius')).toMatchObject({ value: 30, unit: 'km', inclusive: true });
    expect(by('large-chp-min')).toMatchObject({ value: 300, unit: 'MW', inclusive: true });
    expect(by('coal-unit-phase-out-max')).toMatchObject({ value: 300, unit: 'MW', inclusive: false });
    expect(by('long-haul-min-distance')).toMatchObject({ value: 500, inclusive: true });
    expect(by('freight-site-rail-min-volume')).toMatchObject({ value: 1.5, unit: 'Mt/a', inclusive: true });
    expect(by('polluted-area-pm25-min')).toMatchObject({ value: 40, inclusive: true });
    expect(by('county-rank-bottom')).toMatchObject({ value: 20, inclusive: true });
    expect(by('eaf-alloy-restricted-max')).toMatchObject({ value: 50, inclusive: false });
  });

  it('has a bilingual reading for each threshold', () => {
    for (const t of THRESHOLDS) {
      expect(t.reading.zh.length).toBeGreaterThan(5);
      expect(t.reading.en.length).toBeGreaterThan(5);
    }
  });

  it('is deep-frozen', () => {
    expect(deepFrozen(THRESHOLDS)).toBe(true);
  });
});

describe('industry clusters (task 4)', () => {
  const industries = [
    'foundry',
    'manganese-rich-slag-smelting',
    'ceramics',
    'independent-pellet',
    'flange',
    'refractory',
    'nitro-fertilizer',
    'recycled-rubber',
    'carbon',
    'glassware',
    'magnesium',
    'packaging-printing',
  ] as const;
  const zh = ['铸造', '富锰渣冶炼', '陶瓷', '独立球团', '法兰', '耐火材料', '硝基肥', '再生橡胶', '炭素', '玻璃制品', '金属镁', '包装印刷'];

  it("upgrade exactly the city–industry pairs task 4's sentence names", () => {
    const rule = RULES.find((r) => r.id === 'characteristic-cluster-upgrade')!;
    const list = rule.source.quote.replace(/^推进/, '').replace(/等特色产业集群升级改造$/, '');
    const named = new Set<string>();
    for (const part of list.split(',')) {
      const city = CITIES.find((c) => part.startsWith(c.name.zh))!;
      for (const name of part.slice(city.name.zh.length).split('、')) named.add(`${city.id} ${name}`);
    }
    for (const c of CITIES) {
      industries.forEach((industry, i) => {
        const v = assess({ kind: 'industry-cluster', city: c.id, industry, characteristic: false });
        expect(v.length === 1 && v[0]!.facts.listed === true, `${c.id} ${industry}`).toBe(named.has(`${c.id} ${zh[i]}`));
      });
    }
    expect(named.size).toBe(18);
  });
});
