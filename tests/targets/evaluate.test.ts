import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/errors.js';
import { evaluateTarget, getTarget, TARGETS, type Evaluation, type Target } from '../../src/targets/index.js';
import { sample } from './samples.js';

const AFTER_2024 = { asOf: '2025-03-01' };
const AFTER_2025 = { asOf: '2026-03-01' };
const AFTER_2027 = { asOf: '2028-03-01' };

/** The PlanInputError `f` throws (fails when it throws nothing or something else). */
function inputError(f: () => unknown): PlanInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanInputError);
    return e as PlanInputError;
  }
  throw new Error('expected a PlanInputError');
}

describe('getTarget', () => {
  it("returns Taiyuan's 2025 ceiling of 38 µg/m³ (力争控制在38微克/立方米以下)", () => {
    expect(getTarget('pm25-2025-taiyuan')).toMatchObject({ value: 38, unit: 'µg/m³', comparator: 'lte', strength: 'strive' });
  });

  it("names the field 'target' for an unknown id", () => {
    const e = inputError(() => getTarget('pm25-2025-xian'));
    expect(e.field).toBe('target');
    expect(e.value).toBe('pm25-2025-xian');
  });
});

describe('PM2.5 ceilings of task 26 (以下 read as at or under)', () => {
  it('Datong at 25.0 µg/m³ in 2025 meets its 稳定控制在25以下 ceiling', () => {
    const e = evaluateTarget('pm25-2025-datong', 25.0, AFTER_2025);
    expect(e).toMatchObject({ status: 'met', margin: 0, due: '2025-12-31', comparison: { observed: 25, threshold: 25, comparator: 'lte', unit: 'µg/m³' } });
  });

  it('Datong at 25.1 µg/m³ in 2025 misses its ceiling by 0.1', () => {
    const e = evaluateTarget('pm25-2025-datong', 25.1, AFTER_2025);
    expect(e.status).toBe('not-met');
    expect(e.margin).toBe(-0.1);
  });

  it.each(TARGETS.filter((t) => t.metric === 'pm25-annual-mean' && 'value' in t).map((t) => [t.id, (t as { value: number }).value] as const))(
    '%s is met exactly at its ceiling of %i µg/m³ and missed 0.1 over',
    (id, ceiling) => {
      expect(evaluateTarget(id, ceiling, AFTER_2025).status).toBe('met');
      expect(evaluateTarget(id, { value: ceiling + 0.1 }, AFTER_2025).status).toBe('not-met');
    },
  );

  it('Taiyuan at 39.2 µg/m³ misses its 力争控制在38以下 ceiling by 1.2, and says it is a striving goal', () => {
    const e = evaluateTarget('pm25-2025-taiyuan', 39.2, AFTER_2025);
    expect(e.status).toBe('not-met');
    expect(e.margin).toBe(-1.2);
    expect(e.explanation.zh).toContain('力争');
    expect(e.explanation.en).toContain('striving');
  });

  it('Linfen at 44 µg/m³ meets its 力争控制在44以下 ceiling', () => {
    expect(evaluateTarget('pm25-2025-linfen', 44, AFTER_2025).status).toBe('met');
  });

  it("Xinzhou's shared quote still explains Xinzhou's own figure", () => {
    const e = evaluateTarget('pm25-2025-xinzhou', 33, AFTER_2025);
    expect(e.explanation.zh).toContain('忻州市实测33 µg/m³');
    expect(e.explanation.zh).toContain('“忻州市、长治市、晋城市稳定控制在35微克/立方米以下”');
    expect(e.explanation.en).toContain('Xinzhou');
  });

  it('is pending on the due day 2025-12-31, with the interim comparison', () => {
    const e = evaluateTarget('pm25-2025-datong', 26, { asOf: '2025-12-31' });
    expect(e).toMatchObject({ status: 'pending', interim: 'not-met', margin: -1, asOf: '2025-12-31' });
    expect(e.explanation.en).toContain('So far not met');
  });

  it('is settled the day after, 2026-01-01', () => {
    expect(evaluateTarget('pm25-2025-datong', 24, { asOf: '2026-01-01' })).toMatchObject({ status: 'met', margin: 1 });
    expect(evaluateTarget('pm25-2025-datong', 24, { asOf: '2026-01-01' })).not.toHaveProperty('interim');
  });

  it('compares the observed mean as given, without rounding 25.04 down to 25', () => {
    expect(evaluateTarget('pm25-2025-datong', 25.04, AFTER_2025).status).toBe('not-met');
  });

  it('states its data first: target, observation, due date, citation, then the explanation', () => {
    const e = evaluateTarget('pm25-2025-datong', 25, AFTER_2025);
    expect(Object.keys(e)).toEqual(['status', 'target', 'observed', 'comparison', 'margin', 'due', 'asOf', 'source', 'explanation']);
    expect(e.target).toBe(getTarget('pm25-2025-datong'));
    expect(e.observed).toEqual({ value: 25 });
    expect(e.source).toEqual({ clause: '三(七)26', quote: '大同市PM2.5浓度稳定控制在25微克/立方米以下' });
    expect(e.explanation.zh).toContain('依据三(七)26');
    expect(e.explanation.en).toContain('hold steady (稳定)');
  });

  it('does not mutate the observation it is given', () => {
    const observation = Object.freeze({ value: 25 });
    expect(() => evaluateTarget('pm25-2025-datong', observation, AFTER_2025)).not.toThrow();
    expect(observation).toEqual({ value: 25 });
  });

  it('meets a ceiling exactly when the mean is at or under it (any mean, any ceiling)', () => {
    const ceilings = TARGETS.filter((t) => t.metric === 'pm25-annual-mean' && 'value' in t);
    fc.assert(
      fc.property(fc.constantFrom(...ceilings), fc.double({ min: 0, max: 200, noNaN: true }), (t, mean) => {
        const e = evaluateTarget(t, mean, AFTER_2025);
        const ceiling = (t as { value: number }).value;
        expect(e.status).toBe(mean <= ceiling ? 'met' : 'not-met');
        expect(Number.isNaN(e.margin)).toBe(false);
        expect(`${e.explanation.zh}${e.explanation.en}`).not.toMatch(/NaN|undefined/);
      }),
    );
  });
});

describe('the 2027 aim: every city attains GB 3095 (力争全面达标)', () => {
  it('judges Taiyuan at 30 µg/m³ in 2027 by GB 3095-2026 (in force then; 30, unverified) and finds it met', () => {
    const e = evaluateTarget('pm25-2027-taiyuan', 30, AFTER_2027);
    expect(e.status).toBe('met');
    expect(e.standard).toEqual({ name: 'GB 3095-2026', limit: 30, chosenBy: 'due-date', verified: false });
    expect(e.explanation.en).toContain('unverified');
  });

  it('finds 31 µg/m³ a miss under GB 3095-2026 but met under the 2012 edition when asked', () => {
    expect(evaluateTarget('pm25-2027-taiyuan', 31, AFTER_2027).status).toBe('not-met');
    const e = evaluateTarget('pm25-2027-taiyuan', 31, { ...AFTER_2027, edition: '2012' });
    expect(e.status).toBe('met');
    expect(e.standard).toEqual({ name: 'GB 3095-2012', limit: 35, chosenBy: 'option', verified: true });
  });

  it('is pending through 2027-12-31', () => {
    expect(evaluateTarget('pm25-2027-datong', 25, { asOf: '2027-12-31' })).toMatchObject({ status: 'pending', interim: 'met' });
  });

  it("rejects an edition that is not '2012' or '2026'", () => {
    expect(inputError(() => evaluateTarget('pm25-2027-datong', 25, { ...AFTER_2027, edition: '2020' as never })).field).toBe('options.edition');
  });
});

describe('ranking goals of 二(二): out of the bottom 10 of the 168 key cities', () => {
  it('Taiyuan 158th of 168 in 2024 has left the bottom 10 (11th from the bottom)', () => {
    const e = evaluateTarget('rank-2024-taiyuan', { rank: 158, of: 168 }, AFTER_2024);
    expect(e).toMatchObject({ status: 'met', margin: 1, comparison: { quantity: 'place-from-bottom', observed: 11, threshold: 10, comparator: 'gt' } });
  });

  it('Taiyuan 159th of 168 in 2024 is 10th from the bottom: still inside, not met', () => {
    const e = evaluateTarget('rank-2024-taiyuan', { rank: 159, of: 168 }, AFTER_2024);
    expect(e).toMatchObject({ status: 'not-met', margin: 0, comparison: { observed: 10 } });
    expect(e.explanation.zh).toContain('倒数第10名');
  });

  it('Yuncheng 168th of 168 in 2024 is last: not met', () => {
    expect(evaluateTarget('rank-2024-yuncheng', { rank: 168, of: 168 }, AFTER_2024)).toMatchObject({ status: 'not-met', margin: -9 });
  });

  it('a tie straddling the cut counts inside: 157th from the top but 倒数第10名 is not met', () => {
    const e = evaluateTarget('rank-2024-yuncheng', { rank: 157, of: 168, rankFromBottom: 10 }, AFTER_2024);
    expect(e.status).toBe('not-met');
    expect(e.explanation.en).toContain('with ties');
  });

  it('a tie above the cut is out: 157th from the top and 倒数第11名 is met', () => {
    expect(evaluateTarget('rank-2024-yuncheng', { rank: 157, of: 168, rankFromBottom: 11 }, AFTER_2024).status).toBe('met');
  });

  it("Linfen's goal is for 2025: pending on 2025-12-31 and settled on 2026-01-01", () => {
    expect(evaluateTarget('rank-2025-linfen', { rank: 160, of: 168 }, { asOf: '2025-12-31' })).toMatchObject({ status: 'pending', interim: 'not-met' });
    expect(evaluateTarget('rank-2025-linfen', { rank: 150, of: 168 }, { asOf: '2026-01-01' }).status).toBe('met');
  });

  it('meets the goal exactly for places 1 to 158 of 168 (no ties)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 168 }), (rank) => {
        expect(evaluateTarget('rank-2024-taiyuan', { rank, of: 168 }, AFTER_2024).status).toBe(rank <= 158 ? 'met' : 'not-met');
      }),
    );
  });

  it('rejects a ranking of another size than 168', () => {
    expect(inputError(() => evaluateTarget('rank-2024-taiyuan', { rank: 150, of: 339 }, AFTER_2024)).field).toBe('observation.of');
  });

  it.each([0, 169, 1.5, Number.NaN, -3])('rejects rank %s outside 1..168', (rank) => {
    expect(inputError(() => evaluateTarget('rank-2024-taiyuan', { rank, of: 168 }, AFTER_2024)).field).toBe('observation.rank');
  });

  it('rejects a place from the bottom that no tie can give (rank 160 and 倒数第10名)', () => {
    expect(inputError(() => evaluateTarget('rank-2024-taiyuan', { rank: 160, of: 168, rankFromBottom: 10 }, AFTER_2024)).field).toBe(
      'observation.rankFromBottom',
    );
  });
});

describe('the other cities move steadily up (其他设区城市排名稳定前移)', () => {
  it('Datong moving from 104th in 2024 to 100th in 2025 meets it, 4 places up', () => {
    const e = evaluateTarget('rank-rise-2025-datong', { rank: 100, of: 168, baselineRank: 104 }, AFTER_2025);
    expect(e).toMatchObject({ status: 'met', margin: 3, comparison: { quantity: 'places-risen', observed: 4, threshold: 1, comparator: 'gte' } });
  });

  it('keeping the same place does not meet it', () => {
    expect(evaluateTarget('rank-rise-2024-shuozhou', { rank: 90, of: 339, baselineRank: 90 }, AFTER_2024).status).toBe('not-met');
  });

  it('falling back does not meet it', () => {
    expect(evaluateTarget('rank-rise-2024-lvliang', { rank: 120, of: 168, baselineRank: 110 }, AFTER_2024)).toMatchObject({ status: 'not-met', margin: -11 });
  });

  it('needs the baseline year place', () => {
    expect(inputError(() => evaluateTarget('rank-rise-2024-lvliang', { rank: 120, of: 168 }, AFTER_2024)).field).toBe('observation');
  });
});

describe('changes against 2020 (比2020年增长 / 较2020年负增长)', () => {
  it('rail freight up exactly 10% on 2020 meets 增长10%左右 compared exactly', () => {
    const e = evaluateTarget('rail-freight-growth-2025', { value: 110, baseline: 100 }, AFTER_2025);
    expect(e).toMatchObject({ status: 'met', margin: 0, comparison: { quantity: 'percent-change', observed: 10, threshold: 10 } });
    expect(e.explanation.en).toContain('No tolerance for 左右: compared exactly');
  });

  it('rail freight up 8% misses 增长10%左右 without a tolerance', () => {
    expect(evaluateTarget('rail-freight-growth-2025', { value: 108, baseline: 100 }, AFTER_2025)).toMatchObject({ status: 'not-met', margin: -2 });
  });

  it('rail freight up 8% meets 增长10%左右 with a tolerance of 2 points; 7.9% does not', () => {
    const e = evaluateTarget('rail-freight-growth-2025', { value: 108, baseline: 100 }, { ...AFTER_2025, tolerance: 2 });
    expect(e).toMatchObject({ status: 'met', tolerance: 2, comparison: { threshold: 8 } });
    expect(evaluateTarget('rail-freight-growth-2025', { value: 107.9, baseline: 100 }, { ...AFTER_2025, tolerance: 2 }).status).toBe('not-met');
  });

  it("Taiyuan's 2025 coal consumption 1% under 2020 meets 实现负增长", () => {
    expect(evaluateTarget('coal-2025-taiyuan', { value: 4950, baseline: 5000 }, AFTER_2025)).toMatchObject({ status: 'met', comparison: { observed: -1, comparator: 'lt' } });
  });

  it("Linfen's 2025 coal consumption equal to 2020 is not negative growth", () => {
    expect(evaluateTarget('coal-2025-linfen', { value: 5000, baseline: 5000 }, AFTER_2025)).toMatchObject({ status: 'not-met', margin: 0 });
  });

  it('rejects a baseline of 0 (no percentage change from nothing)', () => {
    expect(inputError(() => evaluateTarget('coal-2025-linfen', { value: 1, baseline: 0 }, AFTER_2025)).field).toBe('observation.baseline');
  });

  it('rejects a bare figure for a change target', () => {
    expect(inputError(() => evaluateTarget('coal-2025-linfen', 4900, AFTER_2025)).field).toBe('observation');
  });
});

describe('shares and counts', () => {
  it('short-process steel at exactly 5% meets 力争达5%以上 (以上 includes 5); 4.9% does not', () => {
    expect(evaluateTarget('short-process-steel-share-2025', 5, AFTER_2025).status).toBe('met');
    expect(evaluateTarget('short-process-steel-share-2025', 4.9, AFTER_2025).status).toBe('not-met');
  });

  it('non-fossil energy at 12% in 2025 meets 达到12%', () => {
    expect(evaluateTarget('non-fossil-energy-share-2025', 12, AFTER_2025).status).toBe('met');
  });

  it('electricity at 29% of final energy misses 30%左右 compared exactly, and meets it with a tolerance of 1', () => {
    expect(evaluateTarget('electricity-final-energy-share-2025', 29, AFTER_2025).status).toBe('not-met');
    expect(evaluateTarget('electricity-final-energy-share-2025', 29, { ...AFTER_2025, tolerance: 1 }).status).toBe('met');
  });

  it('electricity at 35% still meets 30%左右: overshooting never fails a 左右 floor', () => {
    expect(evaluateTarget('electricity-final-energy-share-2025', 35, { ...AFTER_2025, tolerance: 1 }).status).toBe('met');
  });

  it('ignores a tolerance on a target that is not approximate', () => {
    const e = evaluateTarget('short-process-steel-share-2025', 4.5, { ...AFTER_2025, tolerance: 1 });
    expect(e.status).toBe('not-met');
    expect(e).not.toHaveProperty('tolerance');
  });

  it('straw utilisation at 90% holds 稳定在90%以上 in 2024 and in 2025; 89.9% does not', () => {
    expect(evaluateTarget('straw-utilisation-2024', 90, AFTER_2024).status).toBe('met');
    expect(evaluateTarget('straw-utilisation-2025', 89.9, AFTER_2025).status).toBe('not-met');
  });

  it('one leading low-carbon group meets 集中培育1-2个; none does not', () => {
    expect(evaluateTarget('leading-low-carbon-groups', 1, AFTER_2025).status).toBe('met');
    expect(evaluateTarget('leading-low-carbon-groups', 0, AFTER_2025).status).toBe('not-met');
  });

  it('three small coal boilers left is not 动态清零; none is', () => {
    expect(evaluateTarget('small-coal-boilers-cleared', 3, AFTER_2025).status).toBe('not-met');
    expect(evaluateTarget('small-coal-boilers-cleared', 0, AFTER_2025).status).toBe('met');
  });

  it('rejects a share over 100% and a count that is not whole', () => {
    expect(inputError(() => evaluateTarget('prefabricated-building-share-2025', 101, AFTER_2025)).field).toBe('observation');
    expect(inputError(() => evaluateTarget('leading-low-carbon-groups', { value: 1.5 }, AFTER_2025)).field).toBe('observation.value');
  });
});

describe('each strength', () => {
  it.each([
    ['binding', 'binding-air-quality-2025', undefined, '约束性', 'binding'],
    ['strive', 'pm25-2025-taiyuan', 37, '力争', 'striving (力争)'],
    ['stable', 'pm25-2025-lvliang', 28, '稳定', 'hold steady (稳定)'],
    ['approximate', 'road-cleaning-cities-2025', 80, '左右', 'about (左右)'],
    ['basic', 'black-smoke-eliminated-2025', { done: true, on: '2025-12-31' }, '基本', 'substantially (基本)'],
  ] as const)('a %s target (%s) says so in its explanation', (strength, id, observation, zh, en) => {
    const e = evaluateTarget(id, observation as never, AFTER_2025);
    expect(e.target.strength).toBe(strength);
    expect(e.explanation.zh).toContain(`;${zh})`);
    expect(e.explanation.en).toContain(`; ${en})`);
  });

  it('a plain target (非化石能源消费比重达到12%) adds no strength to its explanation', () => {
    const e = evaluateTarget('non-fossil-energy-share-2025', 12.5, AFTER_2025);
    expect(e.target.strength).toBe('plain');
    expect(e.explanation.en.startsWith('Met (due 2025-12-31): ')).toBe(true);
  });
});

describe('each scope kind', () => {
  it('a province target: 全省装配式建筑比例达30%', () => {
    const e = evaluateTarget('prefabricated-building-share-2025', 31, AFTER_2025);
    expect(e.target.scope).toEqual({ kind: 'province' });
    expect(e).toMatchObject({ status: 'met', margin: 1 });
  });

  it('a city target: Datong', () => {
    expect(evaluateTarget('pm25-2025-datong', 20, AFTER_2025).target.scope).toEqual({ kind: 'city', city: 'datong' });
  });

  it('a region target: the Taiyuan basin reaching 60% clean transport in 2024', () => {
    const e = evaluateTarget('clean-transport-share-2024', 60, AFTER_2024);
    expect(e.target.scope).toEqual({ kind: 'region', region: 'taiyuan-basin' });
    expect(e.status).toBe('met');
    expect(e.explanation.en).toContain('Taiyuan basin');
  });

  it("a sector target: county-town roads at 70%左右 mechanical cleaning", () => {
    const e = evaluateTarget('road-cleaning-county-towns-2025', 70, AFTER_2025);
    expect(e.target.scope).toMatchObject({ kind: 'sector', sector: 'county-town-roads' });
    expect(e.status).toBe('met');
    expect(e.explanation.zh).toContain('县城道路');
  });
});

describe('milestones (2024年10月底前, 2025年底前)', () => {
  it('the coal-boiler retrofit done on 2024-10-31, the deadline day, is met', () => {
    expect(evaluateTarget('coal-boiler-ultra-low-2024', { done: true, on: '2024-10-31' }, AFTER_2024).status).toBe('met');
  });

  it('done on 2024-11-01, the day after, is not met', () => {
    const e = evaluateTarget('coal-boiler-ultra-low-2024', { done: true, on: '2024-11-01' }, AFTER_2024);
    expect(e.status).toBe('not-met');
    expect(e.explanation.en).toContain('late');
  });

  it('not done is pending on 2024-10-31 and not met on 2024-11-01', () => {
    expect(evaluateTarget('ultra-low-assessment-2024', { done: false }, { asOf: '2024-10-31' })).toMatchObject({ status: 'pending', interim: 'not-met' });
    expect(evaluateTarget('ultra-low-assessment-2024', { done: false }, { asOf: '2024-11-01' }).status).toBe('not-met');
  });

  it('done before the deadline is met at once', () => {
    expect(evaluateTarget('taiyuan-basin-furnaces-phased-out-2024', { done: true }, { asOf: '2024-09-30' }).status).toBe('met');
  });

  it('done after the deadline without a date cannot be judged: not assessable', () => {
    expect(evaluateTarget('fenhe-valley-monitoring-2025', { done: true }, AFTER_2025).status).toBe('not-assessable');
  });

  it('a 基本 milestone takes done as the caller judges it (public vehicles 基本实现新能源)', () => {
    const e = evaluateTarget('clean-public-vehicles-2025', { done: true, on: '2025-11-30' }, AFTER_2025);
    expect(e.status).toBe('met');
    expect(e.target.strength).toBe('basic');
    expect(e.explanation.en).toContain('substantially (基本)');
  });

  it('rejects a completion day after asOf, a day with done: false, and 2024-02-30', () => {
    expect(inputError(() => evaluateTarget('coal-boiler-ultra-low-2024', { done: true, on: '2024-12-01' }, { asOf: '2024-11-01' })).field).toBe('observation.on');
    expect(inputError(() => evaluateTarget('coal-boiler-ultra-low-2024', { done: false, on: '2024-10-01' }, AFTER_2024)).field).toBe('observation.on');
    expect(inputError(() => evaluateTarget('coal-boiler-ultra-low-2024', { done: true, on: '2024-02-30' }, AFTER_2024)).field).toBe('observation.on');
  });
});

describe('targets the plan gives no value for', () => {
  it.each(['binding-air-quality-2024', 'binding-air-quality-2025', 'binding-emission-total-2024', 'binding-emission-total-2025'] as const)(
    '%s (约束性, set by the State) is not assessable, whatever is observed',
    (id) => {
      const e = evaluateTarget(id, 30, AFTER_2025);
      expect(e.status).toBe('not-assessable');
      expect(e.target.strength).toBe('binding');
      expect(e).not.toHaveProperty('margin');
      expect(e.explanation.zh).toContain('不作推测');
    },
  );

  it("Datong's 2025 coal consumption (合理控制, no figure) is not assessable", () => {
    expect(evaluateTarget('coal-2025-datong', { value: 1, baseline: 1 }, AFTER_2025).status).toBe('not-assessable');
  });
});

describe('without an observation', () => {
  it('a target is pending until its due date', () => {
    expect(evaluateTarget('pm25-2025-datong', undefined, { asOf: '2025-12-31' })).toMatchObject({ status: 'pending', observed: null });
  });

  it('and not assessable after it', () => {
    expect(evaluateTarget('pm25-2025-datong', undefined, { asOf: '2026-01-01' }).status).toBe('not-assessable');
  });
});

describe('targets of your own', () => {
  const own: Target = {
    id: 'pm25-2026-datong',
    kind: 'level',
    metric: 'pm25-annual-mean',
    scope: { kind: 'city', city: 'datong' },
    value: 24,
    unit: 'µg/m³',
    comparator: 'lte',
    due: '2026-12-31',
    dueBasis: 'year',
    strength: 'plain',
    source: { clause: '三(七)26', quote: '大同市推进空气质量巩固改善' },
  };

  it('are evaluated by the same rules', () => {
    expect(evaluateTarget(own, 23.5, { asOf: '2027-01-10' })).toMatchObject({ status: 'met', margin: 0.5 });
  });

  it('are checked: an unknown kind, an impossible due date', () => {
    expect(inputError(() => evaluateTarget({ ...own, kind: 'goal' as never }, 1, AFTER_2025)).field).toBe('target.kind');
    expect(inputError(() => evaluateTarget({ ...own, due: '2026-02-29' }, 1, AFTER_2025)).field).toBe('target.due');
  });
});

describe('bad input', () => {
  it.each([
    ['NaN', Number.NaN, 'observation'],
    ['{ value: NaN }', { value: Number.NaN }, 'observation.value'],
    ['a negative concentration', -1, 'observation'],
    ['Infinity', { value: Number.POSITIVE_INFINITY }, 'observation.value'],
    ['a string', '25' as never, 'observation'],
    ['a ranking for a ceiling', { rank: 1, of: 168 }, 'observation'],
    ['a milestone for a ceiling', { done: true }, 'observation'],
    ['a change for a ceiling', { value: 25, baseline: 30 }, 'observation'],
  ] as const)('rejects %s as the observation of a PM2.5 ceiling', (_label, observation, field) => {
    expect(inputError(() => evaluateTarget('pm25-2025-datong', observation as never, AFTER_2025)).field).toBe(field);
  });

  it.each([
    ['a number', 1],
    ['a ranking', { rank: 1, of: 168 }],
  ] as const)('rejects %s as the observation of a milestone', (_label, observation) => {
    expect(inputError(() => evaluateTarget('coal-boiler-ultra-low-2024', observation as never, AFTER_2025)).field).toBe('observation');
  });

  it('rejects a milestone observation for a ranking goal', () => {
    expect(inputError(() => evaluateTarget('rank-2024-taiyuan', { done: true } as never, AFTER_2025)).field).toBe('observation');
  });

  it.each(['2025-02-30', '2025-13-01', '2025-1-1', '20250101', '', 20250101, undefined])('rejects asOf %s', (asOf) => {
    const e = inputError(() => evaluateTarget('pm25-2025-datong', 25, { asOf } as never));
    expect(e.field).toBe('options.asOf');
  });

  it('rejects a missing options object', () => {
    expect(inputError(() => evaluateTarget('pm25-2025-datong', 25, undefined as never)).field).toBe('options');
  });

  it('rejects an unknown target id', () => {
    expect(inputError(() => evaluateTarget('pm25-2025-beijing' as never, 25, AFTER_2025)).field).toBe('target');
  });

  it('rejects a negative or NaN tolerance', () => {
    expect(inputError(() => evaluateTarget('rail-freight-growth-2025', { value: 1, baseline: 1 }, { ...AFTER_2025, tolerance: -1 })).field).toBe('options.tolerance');
    expect(inputError(() => evaluateTarget('rail-freight-growth-2025', { value: 1, baseline: 1 }, { ...AFTER_2025, tolerance: Number.NaN })).field).toBe('options.tolerance');
  });
});

describe('every target', () => {
  it.each(TARGETS.map((t) => [t.id, t] as const))('%s evaluates to an explained result', (_id, t) => {
    const e: Evaluation = evaluateTarget(t.id, sample(t) as never, AFTER_2027);
    expect(['met', 'not-met', 'not-assessable']).toContain(e.status);
    expect(e.explanation.zh.length).toBeGreaterThan(10);
    expect(e.explanation.en.length).toBeGreaterThan(10);
    expect(`${e.explanation.zh}${e.explanation.en}`).not.toMatch(/NaN|undefined|\[object/);
    expect(e.source).toBe(t.source);
  });
});
