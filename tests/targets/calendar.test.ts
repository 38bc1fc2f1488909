import { afterEach, describe, expect, it } from 'vitest';
import { inputError, revoked, expectCode } from '../errors.js';
import type { PlanInputError } from '../../src/errors.js';
import { deadlines, TARGETS, targetName, targetsFor, type Target } from '../../src/targets/index.js';
import { covers, dutyOf } from '../../src/targets/calendar.js';
import type { PlanTarget } from '../../src/targets/resolve.js';
import { OWN as own } from './samples.js';

describe('targetName', () => {
  it('refuses a revoked Proxy by name, never reading it', () => {
    const proxy = revoked();
    const e = inputError(() => targetName(proxy as never));
    expect(e.field).toBe('target');
    expect(e.message).toContain('received a revoked Proxy');
  });

  it("names Datong's 2025 ceiling by its metric and city", () => {
    expect(targetName('pm25-2025-datong')).toEqual({ zh: '大同市 PM2.5年均浓度', en: 'PM2.5 annual mean, Datong' });
  });

  it('names an area and a sector target', () => {
    expect(targetName('clean-transport-share-2024').zh).toBe('太原盆地 区域清洁运输比例');
    expect(targetName('road-cleaning-cities-2025').en).toBe("mechanical road-cleaning rate, roads of the cities' built-up areas");
  });

  it('names a target whose metric the plan does not have by the metric id', () => {
    expect(targetName({ ...own, metric: 'my-metric' })).toEqual({ zh: '太原市 my-metric', en: 'my-metric, Taiyuan' });
    expect(targetName('non-fossil-energy-share-2025')).toEqual({
      zh: '全省 非化石能源消费比重',
      en: 'non-fossil share of energy consumption, Shanxi',
    });
  });
});

describe('targetsFor', () => {
  it("lists Taiyuan's targets in due order: out of the bottom 10 in 2024, coal and PM2.5 in 2025, attainment in 2027", () => {
    expect(targetsFor({ city: 'taiyuan' }).map((t) => t.id)).toEqual([
      'rank-2024-taiyuan',
      'coal-2025-taiyuan',
      'pm25-2025-taiyuan',
      'pm25-2027-taiyuan',
    ]);
  });

  it('finds a city by its Chinese name or code too', () => {
    expect(targetsFor({ city: '太原市' })).toEqual(targetsFor({ city: '140100' }));
  });

  it('lists task 26: eleven 2025 ceilings and eleven 2027 attainment aims', () => {
    const ids = targetsFor({ task: 26 }).map((t) => t.id);
    expect(ids).toHaveLength(22);
    expect(ids.slice(0, 11).every((id) => id.startsWith('pm25-2025-'))).toBe(true);
  });

  it('lists the two 2024年10月底前 milestones of task 21', () => {
    expect(targetsFor({ task: 21 }).map((t) => [t.id, t.due])).toEqual([
      ['ultra-low-assessment-2024', '2024-10-31'],
      ['coal-boiler-ultra-low-2024', '2024-10-31'],
    ]);
  });

  it("gives a department the targets of the tasks whose note names it: 国家矿山安监局山西局 has none, 中国铁路太原局 has task 12, 14 and 24's", () => {
    expect(targetsFor({ department: 'mine-safety' })).toEqual([]);
    const rail = targetsFor({ department: '中国铁路太原局集团有限公司' });
    expect([...new Set(rail.map((t) => ('task' in t ? t.task : 0)))].sort((a, b) => a - b)).toEqual([12, 14, 24]);
  });

  it('keeps only what is due by a day', () => {
    const ids = targetsFor({ dueBy: '2024-10-31' }).map((t) => t.id);
    expect(ids).toEqual(['ultra-low-assessment-2024', 'coal-boiler-ultra-low-2024', 'taiyuan-basin-furnaces-phased-out-2024']);
  });

  it('combines filters: the ecology department, Datong, by the end of 2025', () => {
    expect(targetsFor({ department: 'ecology-environment', city: 'datong', dueBy: '2025-12-31' }).map((t) => t.id)).toEqual([
      'coal-2025-datong',
      'pm25-2025-datong',
    ]);
  });

  it('lists every target without a filter, sorted by due date', () => {
    const all = targetsFor();
    expect(all).toHaveLength(TARGETS.length);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.due <= all[i]!.due).toBe(true);
  });

  it('attributes to no city what an undelimited area or the province is set (太原盆地, 全省)', () => {
    const ids = TARGETS.filter((t) => t.scope.kind === 'region' || t.scope.kind === 'province').map((t) => t.id);
    for (const c of ['taiyuan', 'jinzhong', 'lvliang'] as const) {
      for (const t of targetsFor({ city: c })) expect(ids).not.toContain(t.id);
    }
  });

  it.each([
    [{ city: 'xian' }, 'city'],
    [{ task: 39 }, 'task'],
    [{ department: 'ministry' }, 'department'],
    [{ dueBy: '2025-02-29' }, 'dueBy'],
  ] as const)('rejects %o naming the field %s', (filter, field) => {
    expect(inputError(() => targetsFor(filter as never)).field).toBe(field);
  });

  it.each([[null], [5], ['taiyuan']])('refuses %j as a filter, in words', (filter) => {
    expectCode(() => targetsFor(filter as never), 'wrong-type', 'filter');
  });
});

describe('deadlines', () => {
  const TZ = process.env.TZ;
  afterEach(() => {
    if (TZ === undefined) delete process.env.TZ;
    else process.env.TZ = TZ;
  });

  it('lists the three 2024年10月底前 deadlines with their tasks and leads', () => {
    expect(deadlines({ from: '2024-10-01', to: '2024-10-31' }).map((d) => [d.target, d.task, d.duty.lead])).toEqual([
      ['ultra-low-assessment-2024', 21, ['ecology-environment']],
      ['coal-boiler-ultra-low-2024', 21, ['ecology-environment']],
      ['taiyuan-basin-furnaces-phased-out-2024', 24, []],
    ]);
  });

  it("names every body of task 24's note for the Taiyuan basin phase-out (shared, no lead)", () => {
    const [entry] = deadlines({ from: '2024-10-31', to: '2024-10-31' }).filter((d) => d.task === 24);
    expect(entry!.duty.departments).toEqual([
      'ecology-environment',
      'development-reform',
      'industry-it',
      'transport',
      'china-railway-taiyuan',
    ]);
  });

  it('includes both ends of the range, and nothing outside', () => {
    expect(deadlines({ from: '2024-10-31', to: '2024-10-31' })).toHaveLength(3);
    expect(deadlines({ from: '2024-11-01', to: '2024-12-30' })).toHaveLength(0);
  });

  it('sorts the whole calendar by due date, 2024-10-31 first and 2027-12-31 last', () => {
    const all = deadlines();
    expect(all).toHaveLength(TARGETS.length);
    expect(all[0]!.due).toBe('2024-10-31');
    expect(all[all.length - 1]!.due).toBe('2027-12-31');
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.due <= all[i]!.due).toBe(true);
  });

  it('gives the goals of 二 no task and no body', () => {
    const binding = deadlines({ from: '2024-12-31', to: '2024-12-31' }).find((d) => d.target === 'binding-air-quality-2024')!;
    expect(binding).not.toHaveProperty('task');
    expect(binding.duty).toEqual({ lead: [], departments: [], allRelevant: false });
  });

  it('marks the targets whose date the plan does not write', () => {
    const horizon = deadlines()
      .filter((d) => d.dueBasis === 'horizon')
      .map((d) => d.target);
    expect(horizon).toContain('straw-utilisation-2024');
    expect(horizon).toContain('leading-low-carbon-groups');
    expect(horizon).not.toContain('pm25-2025-datong');
  });

  it.each(['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'counts 237 calendar days from the signing day 2024-03-08 to 2024-10-31 in time zone %s',
    (tz) => {
      process.env.TZ = tz;
      expect(deadlines({ from: '2024-10-31', to: '2024-10-31', asOf: '2024-03-08' })[0]!.daysLeft).toBe(237);
      expect(deadlines({ from: '2024-10-31', to: '2024-10-31', asOf: '2024-11-01' })[0]!.daysLeft).toBe(-1);
    },
  );

  it('rejects an impossible date and a range that ends before it starts', () => {
    expect(inputError(() => deadlines({ from: '2024-02-30' })).field).toBe('from');
    expect(inputError(() => deadlines({ from: '2025-01-01', to: '2024-12-31' })).field).toBe('to');
    expect(inputError(() => deadlines({ asOf: '2024-3-8' })).field).toBe('asOf');
  });

  it.each([[null], [5]])('refuses %j as a range, in words', (range) => {
    expectCode(() => deadlines(range as never), 'wrong-type', 'range');
  });

  it.each([['from'], ['to'], ['asOf']])('names an impossible day in %s, in words', (key) => {
    const _DATE = "an ISO calendar date 'YYYY-MM-DD' that exists, e.g. '2025-12-31'";
    expectCode(() => deadlines({ [key]: '2025-02-30' }), 'invalid-date', key, '2025-02-30');
  });

  it('names a to before from, in words; takes a range of one day', () => {
    const e = expectCode(() => deadlines({ from: '2025-01-02', to: '2025-01-01' }), 'date-order', 'to', '2025-01-01');
    expect(e.issues[0]!.expectedZh).toBe('不早于 from（2025-01-02）的日期');
    expect(deadlines({ from: '2025-12-31', to: '2025-12-31' }).every((d) => d.due === '2025-12-31')).toBe(true);
  });

  it('lists every target by due date, the plan’s order among those due the same day, without daysLeft', () => {
    const dues = [...new Set(TARGETS.map((t) => t.due))].sort();
    const expected = dues.flatMap((due) => TARGETS.filter((t) => t.due === due).map((t) => t.id));
    const all = deadlines();
    expect(all.map((d) => d.target)).toEqual(expected);
    expect(all.some((d) => 'daysLeft' in d)).toBe(false);
    expect(deadlines({ from: '2025-12-31' }).map((d) => d.target)).toEqual(
      expected.filter((id) => TARGETS.find((t) => t.id === id)!.due >= '2025-12-31'),
    );
  });

  it('counts calendar days across months and years (from 2024-12-01)', () => {
    const left = Object.fromEntries(deadlines({ asOf: '2024-12-01' }).map((d) => [d.due, d.daysLeft]));
    expect(left['2024-10-31']).toBe(-31);
    expect(left['2024-12-31']).toBe(30);
    expect(left['2025-12-31']).toBe(395); // 31 days of December 2024, then 364 days of 2025
    expect(left['2027-12-31']).toBe(1125); // + 365 (2026) + 365 (2027)
  });
});

describe('which targets cover a city, and whose duty a target is (covers, dutyOf), on targets the plan does not have', () => {
  const scoped = (scope: Target['scope']) => ({ ...own, scope }) as unknown as PlanTarget;
  it('covers: a city its own targets and those of an area whose members are listed; nothing else', () => {
    expect(covers(scoped({ kind: 'city', city: 'taiyuan' }), 'taiyuan')).toBe(true);
    expect(covers(scoped({ kind: 'city', city: 'datong' }), 'taiyuan')).toBe(false);
    expect(covers(scoped({ kind: 'region', region: 'key-region' }), 'taiyuan')).toBe(true);
    expect(covers(scoped({ kind: 'region', region: 'key-region' }), 'datong')).toBe(false);
    expect(covers(scoped({ kind: 'region', region: 'fenhe-valley' }), 'taiyuan')).toBe(false);
    expect(covers(scoped({ kind: 'province' }), 'taiyuan')).toBe(false);
    expect(covers(scoped({ kind: 'sector', sector: 'steel', name: { zh: '钢铁', en: 'steel' } }), 'taiyuan')).toBe(false);
  });

  it('dutyOf: the lead a task’s first note names (task 34: 省生态环境厅牵头)', () => {
    expect(dutyOf({ ...own, task: 34 })).toEqual({
      lead: ['ecology-environment'],
      departments: ['ecology-environment'],
      allRelevant: true,
    });
    expect(dutyOf({ ...own, task: 26 }).lead).toEqual(['ecology-environment']);
    expect(dutyOf(own)).toEqual({ lead: [], departments: [], allRelevant: false });
  });
});

describe('targetsFor a county', () => {
  const ids = (f: Parameters<typeof targetsFor>[0]) => targetsFor(f).map((t) => t.id);

  it("gives 清徐县 its city's targets and the Taiyuan basin's (task 25 names its park: settled inside), by name and by code", () => {
    const expected = [
      'taiyuan-basin-furnaces-phased-out-2024', // 2024年10月底前 (三(六)24)
      'rank-2024-taiyuan',
      'clean-transport-share-2024',
      'coal-2025-taiyuan',
      'clean-transport-share-2025',
      'pm25-2025-taiyuan',
      'pm25-2027-taiyuan',
    ];
    expect(ids({ county: '清徐县' })).toEqual(expected);
    expect(ids({ county: '140121' })).toEqual(expected);
    expect(ids({ county: '清徐' })).toEqual(expected);
    expect(ids({ county: '140121', city: '太原市' })).toEqual(expected);
  });

  it("gives a county the basin does not settle (娄烦县) only its city's targets", () => {
    expect(ids({ county: '娄烦县' })).toEqual(ids({ city: 'taiyuan' }));
  });

  it('refuses a county outside the given city (conflict), a shared name (ambiguous-name) and an unknown code (unknown-id)', () => {
    const codes = (f: unknown) => {
      try {
        targetsFor(f as Parameters<typeof targetsFor>[0]);
      } catch (e) {
        return (e as PlanInputError).issues.map((i) => [i.code, i.field]);
      }
      return [];
    };
    expect(codes({ county: '140121', city: 'datong' })).toEqual([['conflict', 'filter.county']]);
    expect(codes({ county: '城区' })).toEqual([['ambiguous-name', 'filter.county']]);
    expect(codes({ county: '140199' })).toEqual([['unknown-id', 'filter.county']]);
  });
});
