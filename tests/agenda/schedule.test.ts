import { describe, expect, it } from 'vitest';
import { schedule } from '../../src/index.js';

const SCHEDULE_MAX_YEARS = 20;
import { getCommitment, TASKS } from '../../src/index.js';
import { RULES, type PlanRule } from '../../src/index.js';
import { SOURCE_PARAGRAPHS } from '../../src/entries/source.js';
import { inputError } from '../errors.js';
import { commitmentItems, occurrences } from '../../src/agenda/schedule.js';

const codes = (f: () => unknown) => inputError(f).issues.map((i) => [i.code, i.field]);
const monthly = (from: string, to: string) =>
  schedule({ from, to })
    .filter((i) => i.id === 'monthly-ranking-publication')
    .map((i) => i.date);

describe('schedule: recurring commitments', () => {
  it('puts 每月公布城市空气质量排名 at every month end, February 29 in a leap year', () => {
    expect(monthly('2028-01-15', '2028-04-30')).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
    expect(monthly('2027-02-01', '2027-02-28')).toEqual(['2027-02-28']);
  });

  it('crosses a year end: December 31, then January 31', () => {
    const items = schedule({ from: '2024-12-30', to: '2025-01-31' });
    expect(monthly('2024-12-30', '2025-01-31')).toEqual(['2024-12-31', '2025-01-31']);
    // 每年: the annual commitments fall on 2024-12-31, covering 2024.
    const annual = items.filter((i) => i.frequency === 'annual');
    expect(annual.map((i) => [i.date, i.id, i.period])).toEqual([
      ['2024-12-31', 'awareness-days', { from: '2024-01-01', to: '2024-12-31' }],
      ['2024-12-31', 'emission-inventory-update', { from: '2024-01-01', to: '2024-12-31' }],
      ['2024-12-31', 'key-county-annual-targets', { from: '2024-01-01', to: '2024-12-31' }],
    ]);
    // The 2024 targets (二、工作目标: 2024年…) are due the same day.
    expect(items.some((i) => i.kind === 'target' && i.id === 'rank-2024-taiyuan' && i.date === '2024-12-31')).toBe(true);
  });

  it('includes an occurrence on the window edges (both included), none outside', () => {
    expect(monthly('2025-01-31', '2025-01-31')).toEqual(['2025-01-31']);
    expect(monthly('2025-01-01', '2025-01-30')).toEqual([]);
    expect(monthly('2025-02-01', '2025-02-27')).toEqual([]);
  });

  it('starts with the plan: no occurrence before it was signed (2024-03-08)', () => {
    expect(monthly('2023-01-01', '2024-04-30')).toEqual(['2024-03-31', '2024-04-30']);
    expect(schedule({ from: '2020-01-01', to: '2024-03-07' }).filter((i) => i.kind === 'recurring')).toEqual([]);
  });

  it('gives the seasonal straw-burning patrols (重点时段, undated by the plan) once a year, the year as their period', () => {
    const s = schedule({ from: '2025-01-01', to: '2026-12-31' }).filter((i) => i.id === 'straw-burning-patrols');
    expect(s.map((i) => [i.date, i.frequency, i.period])).toEqual([
      ['2025-12-31', 'seasonal', { from: '2025-01-01', to: '2025-12-31' }],
      ['2026-12-31', 'seasonal', { from: '2026-01-01', to: '2026-12-31' }],
    ]);
  });

  it('leaves out the commitments with no calendar (定期, 常态化, 及时)', () => {
    const ids = new Set(schedule({ from: '2024-03-08', to: '2027-12-31' }).map((i) => i.id));
    expect(ids.has('enforcement-publication')).toBe(false); // 定期公布
    expect(ids.has('heavy-pollution-alerts')).toBe(false); // 及时发布
    expect(ids.has('truck-roadside-inspection')).toBe(false); // continuous
    expect(ids.has('heavy-pollution-daily-consultation')).toBe(false); // 每日会商: daily, not listed day by day
  });
});

describe('schedule: 每日会商', () => {
  it("is a daily recurring commitment of task 28, the Department of Ecology and Environment's and the Meteorological Bureau's", () => {
    expect(getCommitment('heavy-pollution-daily-consultation')).toMatchObject({
      task: 28,
      kind: 'recurring',
      frequency: 'daily',
      departments: ['ecology-environment', 'meteorology'],
      source: { clause: '三(七)28' },
    });
  });
});

describe('schedule: targets and rules', () => {
  it("gives 2024-10-31 (2024年10月底前) its rules and the basin's target, with the departments of the task's note", () => {
    const day = schedule({ from: '2024-10-31', to: '2024-10-31' }).filter((i) => i.kind !== 'recurring');
    expect(day.map((i) => [i.kind, i.id])).toEqual([
      ['rule', 'coal-boiler-ule-35-65'],
      ['rule', 'coal-boiler-ule-all'],
      ['rule', 'key-industry-ultra-low-emission'],
      ['rule', 'taiyuan-basin-outdated-equipment'],
      ['target', 'coal-boiler-ultra-low-2024'],
      ['target', 'taiyuan-basin-furnaces-phased-out-2024'],
      ['target', 'ultra-low-assessment-2024'],
    ]);
    expect(day.find((i) => i.id === 'coal-boiler-ule-all')!.departments).toEqual(['ecology-environment']); // 省生态环境厅负责
  });

  it('sorts by date, then kind, then id', () => {
    const items = schedule({ from: '2024-01-01', to: '2027-12-31' });
    const key = (i: (typeof items)[number]) => `${i.date}|${i.kind}|${i.id}`;
    expect(items.map(key)).toEqual(items.map(key).sort());
    expect(items.at(-1)!.date).toBe('2027-12-31');
  });

  it('takes a place: 清徐县 by name and by code alike, with the basin rules; Datong without them', () => {
    const q = schedule({ from: '2024-10-31', to: '2024-10-31', place: '清徐县' });
    expect(q).toEqual(schedule({ from: '2024-10-31', to: '2024-10-31', place: '140121' }));
    expect(q.map((i) => i.id)).toContain('taiyuan-basin-outdated-equipment');
    expect(schedule({ from: '2024-10-31', to: '2024-10-31', place: 'datong' }).map((i) => i.id)).not.toContain(
      'taiyuan-basin-outdated-equipment',
    );
  });

  it('takes a department: only the items whose note names it', () => {
    const items = schedule({ from: '2024-01-01', to: '2025-12-31', department: '省交通厅' });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.departments.includes('transport'))).toBe(true);
  });

  it("dates each rule by its task's first note: every dated rule stands in its task's first paragraph", () => {
    for (const r of (RULES as readonly PlanRule[]).filter((x) => x.deadline !== undefined)) {
      const paragraph = SOURCE_PARAGRAPHS.find((p) => p.clause === r.source.clause && p.text.includes(r.source.quote))!;
      expect(paragraph.text, r.id).toContain(TASKS[r.task - 1]!.duties[0]!.source.quote);
    }
  });
});

describe('schedule: refusals', () => {
  it('refuses to before from (date-order)', () => {
    expect(codes(() => schedule({ from: '2025-01-02', to: '2025-01-01' }))).toEqual([['date-order', 'options.to']]);
  });

  it('refuses impossible dates (invalid-date), both at once', () => {
    expect(codes(() => schedule({ from: '2025-02-29', to: '2025-13-01' }))).toEqual([
      ['invalid-date', 'options.from'],
      ['invalid-date', 'options.to'],
    ]);
  });

  it(`takes a window of ${SCHEDULE_MAX_YEARS} years, refuses one day more (out-of-range)`, () => {
    expect(() => schedule({ from: '2024-01-01', to: '2044-01-01' })).not.toThrow();
    expect(codes(() => schedule({ from: '2024-01-01', to: '2044-01-02' }))).toEqual([['out-of-range', 'options.to']]);
  });

  it('refuses a missing bound, an unknown option, an ambiguous place', () => {
    expect(codes(() => schedule({ from: '2024-01-01' } as never))).toEqual([['missing', 'options.to']]);
    expect(codes(() => schedule({ from: '2024-01-01', to: '2024-02-01', city: 'taiyuan' } as never))[0]![1]).toBe('options.city');
    expect(codes(() => schedule({ from: '2024-01-01', to: '2024-02-01', place: '城区' }))).toEqual([['ambiguous-name', 'options.place']]);
  });
});

describe('schedule: what the model allows and the data does not use yet', () => {
  const base = getCommitment('monthly-ranking-publication');
  const departments = base.departments;
  it('puts a quarterly commitment at each quarter end (每季度), from the first day on', () => {
    expect(occurrences('quarterly', '2025-02-10', '2025-12-31')).toEqual([
      { date: '2025-03-31', from: '2025-01-01', to: '2025-03-31' },
      { date: '2025-06-30', from: '2025-04-01', to: '2025-06-30' },
      { date: '2025-09-30', from: '2025-07-01', to: '2025-09-30' },
      { date: '2025-12-31', from: '2025-10-01', to: '2025-12-31' },
    ]);
    expect(occurrences('quarterly', '2025-04-01', '2025-06-29')).toEqual([]);
    expect(occurrences('daily', '2025-01-01', '2025-12-31')).toEqual([]);
  });
  it("lists a commitment's own due date inside the window, and not outside it", () => {
    const dated = { ...base, kind: 'deadline', frequency: undefined, due: '2025-12-31' } as unknown as typeof base;
    expect(commitmentItems(dated, departments, '2025-01-01', '2025-01-01', '2025-12-31').map((i) => [i.date, i.kind])).toEqual([
      ['2025-12-31', 'commitment'],
    ]);
    expect(commitmentItems(dated, departments, '2026-01-01', '2026-01-01', '2026-12-31')).toEqual([]);
    expect(commitmentItems(dated, departments, '2025-01-01', '2025-01-01', '2025-12-30')).toEqual([]);
  });
});
