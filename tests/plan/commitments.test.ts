import { describe, expect, it } from 'vitest';
import { COMMITMENTS } from '../../data/commitments/index.js';
import { commitmentsFor, commitmentsOf, getCommitment } from '../../src/plan/commitments.js';
import { inputError, expectCode } from '../errors.js';

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);
const local = (list: readonly { id: string; scope: readonly { kind: string }[] }[]) =>
  ids(list.filter((c) => c.scope.some((s) => s.kind !== 'province')));

describe('getCommitment', () => {
  it("returns task 36's monthly publication of the ranking: recurring, monthly, no due date", () => {
    const c = getCommitment('monthly-ranking-publication');
    expect(c.task).toBe(36);
    expect(c.kind).toBe('recurring');
    expect(c.frequency).toBe('monthly');
    expect('due' in c).toBe(false);
    expect(c.source).toEqual({ clause: '三(十)36', quote: '每月公布城市空气质量排名、改善奖惩情况' });
  });

  it("returns task 32's revision of the regulations with the bodies of its note", () => {
    expect(getCommitment('air-regulation-revision').departments).toEqual(['ecology-environment', 'justice', 'market-regulation']);
    expect(getCommitment('air-regulation-revision').kind).toBe('deliverable');
  });

  it('returns the same frozen object as COMMITMENTS', () => {
    expect(getCommitment('blind-project-curb')).toBe(COMMITMENTS.find((c) => c.id === 'blind-project-curb'));
    expect(Object.isFrozen(getCommitment('blind-project-curb'))).toBe(true);
  });

  it.each(['', 'monthly', 'Monthly-Ranking-Publication', 'constructor', '__proto__', 1, null, undefined, {}])('rejects %s', (id) => {
    const e = expectCode(() => getCommitment(id as string), 'unknown-id', 'id', id);
    expect(e.issues[0]!.expectedZh).toBe("承诺 id（见 COMMITMENTS），如 'monthly-ranking-publication'");
  });
});

describe('commitmentsOf', () => {
  it('lists the two commitments of task 32 for the Department of Justice', () => {
    expect(ids(commitmentsOf('justice'))).toEqual(['air-regulation-revision', 'local-emission-standards']);
  });

  it("takes the plan's Chinese name as well as the id", () => {
    expect(commitmentsOf('省税务局')).toEqual(commitmentsOf('taxation'));
    expect(commitmentsOf('省税务局').every((c) => 'task' in c && c.task === 33)).toBe(true);
  });

  it("gives the Department of Ecology and Environment most commitments, in the plan's order", () => {
    const list = commitmentsOf('ecology-environment');
    expect(list.length).toBeGreaterThan(80);
    expect(list.map((c) => COMMITMENTS.indexOf(c))).toEqual([...list.map((c) => COMMITMENTS.indexOf(c))].sort((a, b) => a - b));
  });

  it('gives a body named in no note that carries a commitment nothing (the mine-safety bureau: task 17 is all rules)', () => {
    expect(commitmentsOf('mine-safety')).toEqual([]);
  });

  it("lists task 12's second note for the Department of Natural Resources, not the first", () => {
    expect(ids(commitmentsOf('natural-resources'))).toEqual(['planned-rail-sidings', 'rail-yard-freight-retrofit', 'rail-project-support']);
  });

  it.each(['nobody', '', 42, null])('rejects %s as a department', (d) => {
    expectCode(() => commitmentsOf(d as string), 'unknown-id', 'department', d);
    expect(inputError(() => commitmentsOf(d as string)).issues[0]!.expectedZh).toBe(
      "方案所列 25 个部门之一的 id 或中文名称，如 'ecology-environment'",
    );
  });
});

describe('commitmentsFor', () => {
  it('gives every city the province-wide commitments', () => {
    const province = COMMITMENTS.filter((c) => c.scope.some((s) => s.kind === 'province'));
    for (const city of ['taiyuan', 'datong', 'lvliang']) {
      expect(ids(commitmentsFor(city).filter((c) => c.scope.some((s) => s.kind === 'province')))).toEqual(ids(province).sort());
    }
  });

  it("gives Taiyuan its own commitment, the key region's and the Taiyuan area's, not the Taiyuan basin's (not all its districts are settled inside)", () => {
    // 完善太原及周边重点区域…: the plan names the area after Taiyuan (AREA_MEMBERSHIP, basis plan-27).
    // 中部城市群 (task 11): the five cities of the official cluster plan, Taiyuan among them.
    expect(local(commitmentsFor('taiyuan'))).toEqual([
      'key-region-coal-cap',
      'loose-coal-heating-substitution',
      'taiyuan-area-joint-mechanism',
      'taiyuan-rail-road-logistics',
    ]);
  });

  it('uses the membership assess relies on: a county settled outside an area gets none of its commitments, an unsettled one none either', () => {
    const fenhe = (key: string) => commitmentsFor(key).filter((c) => c.scope.some((s) => 'region' in s && s.region === 'fenhe-valley'));
    expect(fenhe('datong')).toEqual([]); // settled out: the Fen does not flow through Datong
    expect(fenhe('linfen')).toEqual([]); // unknown: no county list of the valley
    expect(commitmentsFor('140213').some((c) => c.id === 'taiyuan-basin-joint-enforcement')).toBe(false); // 平城区, Datong
  });

  it('gives Datong its consolidation and nothing of the key region, which it is not in', () => {
    expect(local(commitmentsFor('datong'))).toEqual(['datong-consolidation']);
  });

  it('gives Jincheng the gas base and the cross-border work it shares with other places', () => {
    expect(local(commitmentsFor('jincheng'))).toEqual(['cross-border-joint-control', 'key-region-coal-cap', 'unconventional-gas-bases']);
  });

  it('finds a city by code, four-digit code, Chinese name with or without 市, and English name', () => {
    for (const key of ['140500', '1405', '晋城市', '晋城', 'Jincheng', 'JINCHENG']) {
      expect(commitmentsFor(key)).toEqual(commitmentsFor('jincheng'));
    }
  });

  it("gives Qingxu county (a park of task 25) the Taiyuan basin's commitments as well as Taiyuan's", () => {
    expect(local(commitmentsFor('140121'))).toEqual([
      'key-region-coal-cap',
      'loose-coal-heating-substitution',
      'taiyuan-area-joint-mechanism',
      'taiyuan-basin-emergency-standards',
      'taiyuan-basin-joint-enforcement',
      'taiyuan-basin-layout',
      'taiyuan-basin-policy-alignment',
      'taiyuan-rail-road-logistics',
    ]);
    expect(commitmentsFor('清徐县')).toEqual(commitmentsFor('140121'));
    expect(commitmentsFor('清徐')).toEqual(commitmentsFor('140121'));
  });

  it('orders what it returns by due date, then id (the plan gives none of its commitments a date, so by id)', () => {
    const list = ids(commitmentsFor('140121'));
    expect(list).toEqual([...list].sort());
    expect(list.length).toBe(new Set(list).size);
  });

  it("gives a Taiyuan district outside the basin's known parks only what Taiyuan gets", () => {
    expect(commitmentsFor('140105')).toEqual(commitmentsFor('taiyuan'));
  });

  it("gives Jiexiu (Jinzhong) the basin's commitments and Jinzhong's key-region one, not Taiyuan's", () => {
    const list = local(commitmentsFor('140781'));
    expect(list).toContain('taiyuan-basin-joint-enforcement');
    expect(list).toContain('key-region-coal-cap');
    expect(list).not.toContain('taiyuan-rail-road-logistics');
  });

  it.each(['xian', '', '140000', '999999', 140100, null, undefined, {}])('rejects %s as a place (unknown-id)', (key) => {
    const e = inputError(() => commitmentsFor(key as string));
    expect(e.issues.map((i) => [i.code, i.field, i.value])).toEqual([['unknown-id', 'place', key]]);
  });

  it('refuses 城区, a name two districts share (Yangquan, Jincheng), listing both (ambiguous-name)', () => {
    const e = inputError(() => commitmentsFor('城区'));
    expect(e.issues.map((i) => [i.code, i.field])).toEqual([['ambiguous-name', 'place']]);
    expect(e.issues[0]!.expected).toContain('140302');
    expect(e.issues[0]!.expected).toContain('140502');
  });
});
