import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMITMENTS } from '../../data/commitments/index.js';
import { SENTENCES } from '../../data/sentences.js';
import { Commitment } from '../../src/model/commitment.js';
import { DEPARTMENTS, REGIONS, RULES, TARGETS, TASKS, CITIES } from '../../src/index.js';
import { SOURCE_PARAGRAPHS, verifyCitation } from '../../src/entries/source.js';

describe('COMMITMENTS', () => {
  it('parses with the Commitment schema, every one', () => {
    for (const c of COMMITMENTS) {
      const r = Commitment.safeParse(c);
      expect(r.success, `${c.id}: ${r.error?.message}`).toBe(true);
    }
  });

  it('has unique kebab-case ids', () => {
    const ids = COMMITMENTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('quotes the plan verbatim, in the clause it names', () => {
    for (const c of COMMITMENTS) expect(verifyCitation(c.source), `${c.id}: ${c.source.quote}`).toBe(true);
  });

  it('cites the clause of its own task (and 二 where it has none)', () => {
    for (const c of COMMITMENTS) {
      expect(c.source.clause).toBe('task' in c && c.task !== undefined ? TASKS[c.task - 1]!.source.clause : '二');
    }
  });

  it('takes its departments and lead from the responsibility note of the paragraph that holds its quote', () => {
    for (const c of COMMITMENTS) {
      if (!('task' in c) || c.task === undefined) {
        expect(c.departments).toEqual([]);
        continue;
      }
      const task = TASKS[c.task - 1]!;
      const paragraph = SOURCE_PARAGRAPHS.findIndex((p) => p.clause === c.source.clause && p.text.includes(c.source.quote));
      const duty = task.duties.find((d) => SOURCE_PARAGRAPHS[paragraph]!.text.includes(d.source.quote));
      expect(duty, c.id).toBeDefined();
      expect(c.departments, c.id).toEqual(duty!.departments);
      expect('lead' in c ? c.lead : undefined, c.id).toBe('lead' in duty! ? duty.lead : undefined);
    }
  });

  it('has the departments and lead each commitment had when they were written out by hand (tests/fixtures)', () => {
    const before = JSON.parse(readFileSync(new URL('../fixtures/commitment-departments.json', import.meta.url), 'utf8')) as Record<
      string,
      { departments: string[]; lead?: string }
    >;
    const now = Object.fromEntries(COMMITMENTS.map((c) => [c.id, { departments: c.departments, lead: 'lead' in c ? c.lead : undefined }]));
    expect(JSON.parse(JSON.stringify(now))).toEqual(before);
  });

  it('picks the right note where a task has two (tasks 12, 13, 21, 29)', () => {
    const byId = (id: string) => COMMITMENTS.find((c) => c.id === id)!;
    expect(byId('clean-transport-in-project-review').departments).toEqual(TASKS[11]!.duties[0]!.departments);
    expect(byId('planned-rail-sidings').departments).toEqual(TASKS[11]!.duties[1]!.departments);
    expect(byId('truck-routes').departments).toEqual(TASKS[12]!.duties[0]!.departments);
    expect(byId('new-truck-family-coverage').departments).toEqual(TASKS[12]!.duties[1]!.departments);
    expect(byId('ule-enterprise-rating').departments).toEqual(TASKS[20]!.duties[0]!.departments);
    expect(byId('treatment-facility-operation')).toMatchObject({
      lead: 'ecology-environment',
      departments: TASKS[20]!.duties[1]!.departments,
    });
    expect(byId('vocs-photochemical-monitoring').departments).toEqual(TASKS[28]!.duties[0]!.departments);
    expect(byId('key-discharger-list-coverage').departments).toEqual(TASKS[28]!.duties[1]!.departments);
  });

  it('names only departments, cities, areas, targets and rules that exist', () => {
    const departments = new Set<string>(DEPARTMENTS.map((d) => d.id));
    const cities = new Set<string>(CITIES.map((c) => c.id));
    const regions = new Set<string>(REGIONS.map((r) => r.id));
    const targets = new Set<string>(TARGETS.map((t) => t.id));
    const rules = new Set<string>(RULES.map((r) => r.id));
    for (const c of COMMITMENTS) {
      for (const d of c.departments) expect(departments.has(d), `${c.id}: ${d}`).toBe(true);
      for (const s of c.scope) {
        if (s.kind === 'city') expect(cities.has(s.city), `${c.id}: ${s.city}`).toBe(true);
        if (s.kind === 'region') expect(regions.has(s.region), `${c.id}: ${s.region}`).toBe(true);
      }
      for (const t of 'targets' in c ? c.targets : []) expect(targets.has(t), `${c.id}: target ${t}`).toBe(true);
      for (const r of 'rules' in c ? c.rules : []) expect(rules.has(r), `${c.id}: rule ${r}`).toBe(true);
    }
  });

  it('is listed by some sentence (tests/data/sentences.test.ts checks that it is the one its quote overlaps)', () => {
    for (const c of COMMITMENTS) {
      const listed = SENTENCES.some((s) =>
        (s.items as readonly { kind: string; id: unknown }[]).some((i) => i.kind === 'commitment' && i.id === c.id),
      );
      expect(listed, c.id).toBe(true);
    }
  });

  it('sets a frequency for exactly the recurring ones, and never a due date the plan does not write', () => {
    for (const c of COMMITMENTS) {
      expect('frequency' in c, c.id).toBe(c.kind === 'recurring');
      if ('due' in c) expect(c.source.quote, c.id).toMatch(/底前|年/);
    }
  });

  it("holds every kind of the register, as the plan's own examples of each classify them", () => {
    const kind = (id: string) => COMMITMENTS.find((c) => c.id === id)?.kind;
    expect(kind('air-regulation-revision')).toBe('deliverable');
    expect(kind('reward-penalty-measures-revision')).toBe('deliverable');
    expect(kind('monthly-ranking-publication')).toBe('recurring');
    expect(kind('emission-inventory-update')).toBe('recurring');
    expect(kind('new-truck-family-coverage')).toBe('coverage');
    expect(kind('key-discharger-list-coverage')).toBe('coverage');
    expect(kind('independent-plants-reduction')).toBe('programme');
    expect(COMMITMENTS.find((c) => c.id === 'emission-inventory-update')?.frequency).toBe('annual');
  });

  it('gives every task whose sentences no target or rule encodes at least one commitment (tasks 6, 30–33, 35, 37)', () => {
    for (const n of [6, 30, 31, 32, 33, 35, 37]) {
      expect(
        COMMITMENTS.some((c) => 'task' in c && c.task === n),
        `task ${n}`,
      ).toBe(true);
    }
  });
});
