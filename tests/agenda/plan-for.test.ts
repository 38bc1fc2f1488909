import { describe, expect, it } from 'vitest';
import { planFor } from '../../src/index.js';
import { RULE_AREAS } from '../../src/agenda/plan-for.js';
import { REGIONS, RULES } from '../../src/index.js';
import { inputError } from '../errors.js';

describe('planFor: the place', () => {
  it('finds 清徐县 by name, short name and code, and says it is a county of Taiyuan', () => {
    for (const key of ['清徐县', '清徐', '140121']) {
      const p = planFor(key);
      expect(p.place.kind).toBe('county');
      expect(p.place.county?.code).toBe('140121');
      expect(p.place.city.id).toBe('taiyuan');
    }
    expect(planFor('清徐县')).toEqual(planFor('140121'));
  });

  it('finds Taiyuan by id, code and Chinese name, as a city', () => {
    for (const key of ['taiyuan', '140100', '太原市', '太原'])
      expect(planFor(key).place).toMatchObject({ kind: 'city', name: { zh: '太原市' } });
  });

  it('refuses 城区 (Yangquan and Jincheng both have one) with ambiguous-name and both candidates', () => {
    const e = inputError(() => planFor('城区'));
    expect(e.issues.map((i) => [i.code, i.field])).toEqual([['ambiguous-name', 'place']]);
    expect(e.issues[0]!.expected).toMatch(/140302.*140502/);
  });

  it.each(['xian', '', '140199', 42, null, undefined])('refuses %s with unknown-id', (key) => {
    expect(inputError(() => planFor(key as string)).issues.map((i) => [i.code, i.field])).toEqual([['unknown-id', 'place']]);
  });
});

describe('planFor: areas', () => {
  const area = (key: string, id: string) => planFor(key).areas.find((a) => a.area === id)!;

  it('lists every named area of REGIONS, in its order', () => {
    expect(planFor('140121').areas.map((a) => a.area)).toEqual(REGIONS.map((r) => r.id));
  });

  it('puts 清徐县 in the Taiyuan basin, settled by task 25 (一体推进清徐、交城工业园区…)', () => {
    const a = area('清徐县', 'taiyuan-basin');
    expect([a.status, a.firmness]).toEqual(['in', 'settled']);
    expect(a.basis.map((b) => b.id)).toContain('plan-25');
    expect(a.basis.find((b) => b.id === 'plan-25')).toMatchObject({ kind: 'plan', seenIn: 'document' });
  });

  it('puts 小店区 in the basin on a geographic description only: described, not settled', () => {
    const a = area('小店区', 'taiyuan-basin');
    expect([a.status, a.firmness]).toEqual(['in', 'described']);
    expect(a.basis.every((b) => b.kind === 'geographic')).toBe(true);
  });

  it('leaves 娄烦县 unknown in the basin, with the note that says why', () => {
    const a = area('娄烦县', 'taiyuan-basin');
    expect([a.status, a.firmness, a.basis]).toEqual(['unknown', 'unknown', []]);
    expect(a.note?.zh).toContain('不作认定');
  });

  it('gives the key region by city, settled (国发〔2023〕24号): Taiyuan in, Datong out', () => {
    expect([area('taiyuan', 'key-region').status, area('taiyuan', 'key-region').firmness]).toEqual(['in', 'settled']);
    expect(area('大同市', 'key-region').status).toBe('out');
    expect(area('140121', 'key-region').status).toBe('in'); // a county by its city
  });

  it('gives a city whose counties differ as unknown, with its counties by status', () => {
    const a = area('taiyuan', 'taiyuan-basin');
    expect([a.status, a.firmness]).toEqual(['unknown', 'unknown']);
    expect(a.counties?.in).toContain('140121');
    expect(a.counties?.unknown).toEqual(['140123', '140181']); // 娄烦县, 古交市
  });
});

describe('planFor: targets, commitments and rules', () => {
  it("gives 清徐县 its city's targets, marked as carried from the city, and the basin's, by due date", () => {
    const t = planFor('清徐县').targets;
    expect(t.map((x) => [x.target.id, x.via])).toEqual([
      ['taiyuan-basin-furnaces-phased-out-2024', 'area'],
      ['rank-2024-taiyuan', 'city'],
      ['clean-transport-share-2024', 'area'],
      ['coal-2025-taiyuan', 'city'],
      ['clean-transport-share-2025', 'area'],
      ['pm25-2025-taiyuan', 'city'],
      ['pm25-2027-taiyuan', 'city'],
    ]);
    expect(t[0]!.area).toBe('taiyuan-basin');
  });

  it("marks a city's own targets own", () => {
    expect(planFor('taiyuan').targets.every((x) => x.via === 'own')).toBe(true);
  });

  it('orders commitments by due date, then id', () => {
    const ids = planFor('140121').commitments.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('applies the basin rules in 清徐县 (settled inside), leaves them open in Taiyuan as a whole, drops them in Datong (settled outside)', () => {
    const of = (key: string) =>
      Object.fromEntries(
        planFor(key)
          .rules.filter((r) => r.area === 'taiyuan-basin')
          .map((r) => [r.rule.id, r.applies]),
      );
    expect(of('清徐县')['taiyuan-basin-no-independent-coking']).toBe('yes');
    expect(of('taiyuan')['taiyuan-basin-no-independent-coking']).toBe('unknown');
    expect(of('datong')).toEqual({});
  });

  it("gives the key region's coal cut to its cities, the other cities' growth control to the rest", () => {
    const ids = (key: string) => planFor(key).rules.map((r) => r.rule.id);
    expect(ids('taiyuan')).toContain('key-region-coal-negative-growth');
    expect(ids('taiyuan')).not.toContain('other-city-coal-growth-control');
    expect(ids('datong')).toContain('other-city-coal-growth-control');
    expect(ids('datong')).not.toContain('key-region-coal-negative-growth');
  });

  it('lists the dated rules first, by deadline (2024-10-31 before 2025-12-31)', () => {
    const dated = planFor('140121')
      .rules.filter((r) => r.rule.deadline !== undefined)
      .map((r) => r.rule.deadline!);
    expect(dated).toEqual([...dated].sort());
    expect(planFor('140121').rules[0]!.rule.deadline).toBe('2024-10-31');
  });

  it('confines only rules whose titles or quotes name their area', () => {
    const names: Record<string, string> = { 'key-region': '重点区域', 'taiyuan-basin': '太原盆地', 'fenhe-valley': '汾河谷地' };
    for (const [id, [area, inside]] of Object.entries(RULE_AREAS)) {
      const r = RULES.find((x) => x.id === id)!;
      const title = r.title.zh + r.source.quote;
      // 三(六)25 is the basin's paragraph: 加强太原盆地大气污染联防联控 … 一体推进清徐、交城工业园区和平遥、介休、孝义工业园区…
      const basinParagraph = area === 'taiyuan-basin' && r.source.clause === '三(六)25';
      expect(title.includes(names[area]!) || basinParagraph || (!inside && title.includes('其他城市'))).toBe(true);
    }
  });
});
