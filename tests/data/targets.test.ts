import { describe, expect, it } from 'vitest';
import { CITIES, REGIONS } from '../../data/places.js';
import { CLAUSE_PARAGRAPHS, SOURCE_PARAGRAPHS } from '../../data/source.js';
import { TARGET_METRICS, TARGETS } from '../../data/targets/index.js';
import { TASKS } from '../../data/tasks/index.js';
import { Target, TargetMetric } from '../../src/model/target.js';
import { PLACE_NAMES } from '../../src/targets/places.js';

/** The paragraphs of a clause. */
const paragraphsOf = (clause: string) =>
  (CLAUSE_PARAGRAPHS as Record<string, readonly number[]>)[clause]!.map((i) => SOURCE_PARAGRAPHS[i]!.text);

const count = <T>(xs: readonly T[], key: (x: T) => string) =>
  xs.reduce<Record<string, number>>((acc, x) => {
    acc[key(x)] = (acc[key(x)] ?? 0) + 1;
    return acc;
  }, {});

describe('TARGETS', () => {
  it.each(TARGETS.map((t) => [t.id, t] as const))('%s quotes its clause verbatim', (_id, t) => {
    expect(paragraphsOf(t.source.clause).some((p) => p.includes(t.source.quote))).toBe(true);
  });

  it.each(TARGETS.map((t) => [t.id, t] as const))('%s parses with the Target schema', (_id, t) => {
    expect(Target.safeParse(t).error).toBeUndefined();
  });

  it('gives every target a unique kebab-case id', () => {
    const ids = TARGETS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('dues every target between the signing day 2024-03-08 and 2027-12-31', () => {
    for (const t of TARGETS) {
      expect(t.due >= '2024-03-08' && t.due <= '2027-12-31', t.id).toBe(true);
    }
  });

  it('rejects an impossible due date in the schema (2025-02-30)', () => {
    expect(Target.safeParse({ ...TARGETS[0], due: '2025-02-30' }).success).toBe(false);
    expect(Target.safeParse({ ...TARGETS[0], due: '2024-02-29' }).success).toBe(true);
  });

  it('dues a deadline the plan writes as 2024年10月底前 on 2024-10-31 and 2025年底前 on 2025-12-31', () => {
    for (const t of TARGETS.filter((x) => x.dueBasis === 'deadline')) {
      const due = t.source.quote.includes('2024年10月底前')
        ? '2024-10-31'
        : t.source.quote.includes('2025年底前')
          ? '2025-12-31'
          : undefined;
      expect(due, t.id).toBe(t.due);
    }
  });

  it("dues an annual figure for year Y on 'Y-12-31', a year its sentence names before the quote ends", () => {
    for (const t of TARGETS.filter((x) => x.dueBasis === 'year')) {
      const year = t.due.slice(0, 4);
      expect(t.due, t.id).toBe(`${year}-12-31`);
      const paragraph = paragraphsOf(t.source.clause).find((p) => p.includes(t.source.quote))!;
      const end = paragraph.indexOf(t.source.quote) + t.source.quote.length;
      const sentence = paragraph.slice(paragraph.lastIndexOf('。', end - t.source.quote.length) + 1, end);
      expect(sentence, t.id).toContain(`${year}年`);
    }
  });

  it('explains in a bilingual note every due date the plan does not write', () => {
    for (const t of TARGETS.filter((x) => x.dueBasis === 'horizon')) {
      expect('note' in t && t.note.zh.length > 0 && t.note.en.length > 0, t.id).toBe(true);
    }
  });

  it('is deep-frozen', () => {
    const stack: unknown[] = [TARGETS, TARGET_METRICS];
    while (stack.length > 0) {
      const v = stack.pop();
      if (v === null || typeof v !== 'object') continue;
      expect(Object.isFrozen(v)).toBe(true);
      stack.push(...Object.values(v));
    }
    expect(() => {
      (TARGETS[0] as { due: string }).due = '2030-01-01';
    }).toThrow(TypeError);
  });

  it('holds 79 targets: 4 binding, 19 ranking goals, 22 PM2.5 goals and 34 others', () => {
    expect(TARGETS).toHaveLength(79);
    expect(count(TARGETS, (t) => t.metric)).toMatchObject({
      'national-air-quality-indicators': 2,
      'national-emission-total-indicators': 2,
      'composite-index-rank': 19,
      'pm25-annual-mean': 22,
      'coal-consumption': 11,
      'straw-utilisation-rate': 2,
      'road-mechanical-cleaning-rate': 2,
      'clean-transport-share': 2,
    });
  });

  it('counts its strengths: 4 binding, 39 strive, 8 stable, 4 approximate, 3 basic, 21 plain', () => {
    expect(count(TARGETS, (t) => t.strength)).toEqual({ binding: 4, strive: 39, stable: 8, approximate: 4, basic: 3, plain: 21 });
  });

  it('counts its kinds: 35 levels, 25 changes, 3 rankings, 9 milestones, 4 + 3 unquantified', () => {
    expect(count(TARGETS, (t) => t.kind)).toEqual({ level: 35, change: 25, ranking: 3, milestone: 9, unquantified: 7 });
  });

  it('sets the 2025 PM2.5 ceilings of task 26 city by city, as the plan writes them', () => {
    const ceilings = Object.fromEntries(
      TARGETS.filter((t) => t.metric === 'pm25-annual-mean' && t.due === '2025-12-31').map((t) => [
        (t.scope as { city: string }).city,
        ['value' in t ? t.value : undefined, t.strength],
      ]),
    );
    expect(ceilings).toEqual({
      datong: [25, 'stable'],
      lvliang: [28, 'stable'],
      shuozhou: [30, 'stable'],
      xinzhou: [35, 'stable'],
      changzhi: [35, 'stable'],
      jincheng: [35, 'stable'],
      jinzhong: [35, 'strive'],
      yangquan: [35, 'strive'],
      taiyuan: [38, 'strive'],
      linfen: [44, 'strive'],
      yuncheng: [44, 'strive'],
    });
  });

  it('quotes, for each PM2.5 ceiling, the city and the figure it sets', () => {
    for (const t of TARGETS.filter((x) => x.metric === 'pm25-annual-mean' && 'value' in x)) {
      const city = CITIES.find((c) => c.id === (t.scope as { city: string }).city)!;
      expect(t.source.quote).toContain(city.name.zh);
      expect(t.source.quote).toContain(`${(t as { value: number }).value}微克/立方米以下`);
    }
  });

  it('puts the ranking goals in 2024 for Taiyuan and Yuncheng and in 2025 for Linfen, bottom 10 of 168', () => {
    const goals = TARGETS.filter((t) => t.kind === 'ranking');
    expect(goals.map((t) => [t.id, t.due, 'value' in t && t.value, 'of' in t && t.of])).toEqual([
      ['rank-2024-taiyuan', '2024-12-31', 10, 168],
      ['rank-2024-yuncheng', '2024-12-31', 10, 168],
      ['rank-2025-linfen', '2025-12-31', 10, 168],
    ]);
  });

  it('asks the 8 other cities to move up in 2024 and in 2025', () => {
    const rising = TARGETS.filter((t) => t.id.startsWith('rank-rise-'));
    const cities = new Set(rising.map((t) => (t.scope as { city: string }).city));
    expect(rising).toHaveLength(16);
    expect([...cities].sort()).toEqual(['changzhi', 'datong', 'jincheng', 'jinzhong', 'lvliang', 'shuozhou', 'xinzhou', 'yangquan']);
  });

  it('quotes each percentage with the figure it sets (短流程5%, 非化石12%, 铁路90%, 装配式30% …)', () => {
    for (const t of TARGETS.filter((x) => 'unit' in x && x.unit === '%' && 'value' in x && x.value > 0)) {
      expect(t.source.quote, t.id).toContain(`${(t as { value: number }).value}%`);
    }
  });

  it('uses the words of each strength in its quote (力争, 稳定, 左右, 基本, 约束性)', () => {
    const word = { strive: '力争', stable: '稳定', approximate: '左右', basic: '基本', binding: '约束性' } as const;
    for (const t of TARGETS) {
      if (t.strength === 'plain') continue;
      const text = t.source.clause === '二(二)' ? `力争性指标${t.source.quote}` : t.source.quote;
      expect(text, t.id).toContain(word[t.strength]);
    }
  });

  it('gives every target with a comparator a value, or the GB 3095 standard in its place', () => {
    for (const t of TARGETS) {
      if (!('comparator' in t)) continue;
      expect('value' in t || ('standard' in t && t.standard === 'GB 3095'), t.id).toBe(true);
    }
  });

  it('gives milestones and unquantified targets no value', () => {
    for (const t of TARGETS.filter((x) => x.kind === 'milestone' || x.kind === 'unquantified')) {
      expect('value' in t, t.id).toBe(false);
    }
  });

  it('names only known cities, areas and tasks', () => {
    const cities = new Set<string>(CITIES.map((c) => c.id));
    const regions = new Set<string>(REGIONS.map((r) => r.id));
    for (const t of TARGETS) {
      if (t.scope.kind === 'city') expect(cities.has(t.scope.city)).toBe(true);
      if (t.scope.kind === 'region') expect(regions.has(t.scope.region)).toBe(true);
      if ('task' in t) expect(t.source.clause.endsWith(`)${t.task}`)).toBe(true);
      else expect(t.source.clause.startsWith('二')).toBe(true);
    }
  });

  it("stands each target in its task's first paragraph, whose responsibility note is the task's first duty", () => {
    for (const t of TARGETS) {
      if (!('task' in t)) continue;
      const duty = TASKS[t.task - 1]!.duties[0]!;
      const paragraph = paragraphsOf(t.source.clause).find((p) => p.includes(t.source.quote))!;
      expect(paragraph.includes(duty.source.quote), t.id).toBe(true);
    }
  });

  it('describes every metric it uses in TARGET_METRICS, with the same unit', () => {
    for (const t of TARGETS) {
      const metric = TARGET_METRICS.find((m) => m.id === t.metric);
      expect(metric, t.metric).toBeDefined();
      if ('unit' in t && metric && 'unit' in metric) expect(metric.unit).toBe(t.unit);
    }
    for (const m of TARGET_METRICS) expect(TargetMetric.safeParse(m).error).toBeUndefined();
    expect(new Set(TARGET_METRICS.map((m) => m.id)).size).toBe(TARGET_METRICS.length);
  });
});

describe('the place names evaluateTarget carries', () => {
  it('are those of CITIES and REGIONS', () => {
    expect(PLACE_NAMES).toEqual(Object.fromEntries([...CITIES, ...REGIONS].map((p) => [p.id, [p.name.zh, p.name.en]])));
  });

  it('cover every city and area a target is set for', () => {
    for (const t of TARGETS) {
      if (t.scope.kind === 'city') expect(PLACE_NAMES[t.scope.city]).toBeDefined();
      if (t.scope.kind === 'region') expect(PLACE_NAMES[t.scope.region]).toBeDefined();
    }
  });
});
