import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInputError, fieldOf, inputError, revoked, expectCode } from '../errors.js';
import {
  evaluateTarget,
  getTarget,
  TARGETS,
  type Evaluation,
  type Observation,
  type Target,
  type TargetId,
} from '../../src/targets/index.js';
import { OWN, sample } from './samples.js';

const AFTER_2024 = { asOf: '2025-03-01' };
const AFTER_2025 = { asOf: '2026-03-01' };
const AFTER_2027 = { asOf: '2028-03-01' };
/** A day after the due date of OWN, the sample target of one's own (2026-12-31). */
const AFTER_OWN = { asOf: '2027-01-10' };
/** evaluateTarget of `t`, whatever it is, after OWN's due date. */
const evaluate = (t: unknown, observation: unknown = 35) => evaluateTarget(t as Target, observation as never, AFTER_OWN);
/** OWN with the fields given (any value, to test the checks). */
const ownWith = (fields: Record<string, unknown>) => ({ ...OWN, ...fields }) as unknown as Target;

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
    expect(e).toMatchObject({
      status: 'met',
      margin: 0,
      due: '2025-12-31',
      comparison: { observed: 25, threshold: 25, comparator: 'lte', unit: 'µg/m³' },
    });
  });

  it('Datong at 25.1 µg/m³ in 2025 misses its ceiling by 0.1', () => {
    const e = evaluateTarget('pm25-2025-datong', 25.1, AFTER_2025);
    expect(e.status).toBe('not-met');
    expect(e.margin).toBe(-0.1);
  });

  it.each(
    TARGETS.filter((t) => t.metric === 'pm25-annual-mean' && 'value' in t).map((t) => [t.id, (t as { value: number }).value] as const),
  )('%s is met exactly at its ceiling of %i µg/m³ and missed 0.1 over', (id, ceiling) => {
    expect(evaluateTarget(id, ceiling, AFTER_2025).status).toBe('met');
    expect(evaluateTarget(id, { value: ceiling + 0.1 }, AFTER_2025).status).toBe('not-met');
  });

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
  it('judges Taiyuan at 30 µg/m³ in 2027 by GB 3095-2026 (in force then; 30, checked against its text) and finds it met', () => {
    const e = evaluateTarget('pm25-2027-taiyuan', 30, AFTER_2027);
    expect(e.status).toBe('met');
    expect(e.standard).toEqual({ name: 'GB 3095-2026', limit: 30, chosenBy: 'due-date', verified: true });
    expect(e.explanation.en).not.toContain('unverified');
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
    expect(inputError(() => evaluateTarget('pm25-2027-datong', 25, { ...AFTER_2027, edition: '2020' as never })).field).toBe(
      'options.edition',
    );
  });
});

describe('ranking goals of 二(二): out of the bottom 10 of the 168 key cities', () => {
  it('Taiyuan 158th of 168 in 2024 has left the bottom 10 (11th from the bottom)', () => {
    const e = evaluateTarget('rank-2024-taiyuan', { rank: 158, of: 168 }, AFTER_2024);
    expect(e).toMatchObject({
      status: 'met',
      margin: 1,
      comparison: { quantity: 'place-from-bottom', observed: 11, threshold: 10, comparator: 'gt' },
    });
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
    expect(evaluateTarget('rank-2025-linfen', { rank: 160, of: 168 }, { asOf: '2025-12-31' })).toMatchObject({
      status: 'pending',
      interim: 'not-met',
    });
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
    expect(e).toMatchObject({
      status: 'met',
      margin: 3,
      comparison: { quantity: 'places-risen', observed: 4, threshold: 1, comparator: 'gte' },
    });
  });

  it('keeping the same place does not meet it', () => {
    expect(evaluateTarget('rank-rise-2024-shuozhou', { rank: 90, of: 339, baselineRank: 90 }, AFTER_2024).status).toBe('not-met');
  });

  it('falling back does not meet it', () => {
    expect(evaluateTarget('rank-rise-2024-lvliang', { rank: 120, of: 168, baselineRank: 110 }, AFTER_2024)).toMatchObject({
      status: 'not-met',
      margin: -11,
    });
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
    expect(evaluateTarget('rail-freight-growth-2025', { value: 108, baseline: 100 }, AFTER_2025)).toMatchObject({
      status: 'not-met',
      margin: -2,
    });
  });

  it('rail freight up 8% meets 增长10%左右 with a tolerance of 2 points; 7.9% does not', () => {
    const e = evaluateTarget('rail-freight-growth-2025', { value: 108, baseline: 100 }, { ...AFTER_2025, tolerance: 2 });
    expect(e).toMatchObject({ status: 'met', tolerance: 2, comparison: { threshold: 8 } });
    expect(evaluateTarget('rail-freight-growth-2025', { value: 107.9, baseline: 100 }, { ...AFTER_2025, tolerance: 2 }).status).toBe(
      'not-met',
    );
  });

  it("Taiyuan's 2025 coal consumption 1% under 2020 meets 实现负增长", () => {
    expect(evaluateTarget('coal-2025-taiyuan', { value: 4950, baseline: 5000 }, AFTER_2025)).toMatchObject({
      status: 'met',
      comparison: { observed: -1, comparator: 'lt' },
    });
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
    expect(e.explanation.zh).toContain(`；${zh}）`);
    expect(e.explanation.en).toContain(`; ${en})`);
  });

  it('a plain target (非化石能源消费比重达到12%) adds no strength to its explanation', () => {
    const e = evaluateTarget('non-fossil-energy-share-2025', 12.5, AFTER_2025);
    expect(e.target.strength).toBe('plain');
    expect(e.explanation.en.startsWith('Met (due 2025-12-31): ')).toBe(true);
  });
});

describe('each scope kind', () => {
  it('a province target：全省装配式建筑比例达30%', () => {
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

  it('a sector target: county-town roads at 70%左右 mechanical cleaning', () => {
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
    expect(evaluateTarget('ultra-low-assessment-2024', { done: false }, { asOf: '2024-10-31' })).toMatchObject({
      status: 'pending',
      interim: 'not-met',
    });
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
    expect(
      inputError(() => evaluateTarget('coal-boiler-ultra-low-2024', { done: true, on: '2024-12-01' }, { asOf: '2024-11-01' })).field,
    ).toBe('observation.on');
    expect(inputError(() => evaluateTarget('coal-boiler-ultra-low-2024', { done: false, on: '2024-10-01' }, AFTER_2024)).field).toBe(
      'observation.on',
    );
    expect(inputError(() => evaluateTarget('coal-boiler-ultra-low-2024', { done: true, on: '2024-02-30' }, AFTER_2024)).field).toBe(
      'observation.on',
    );
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
    expect(
      inputError(() => evaluateTarget('rail-freight-growth-2025', { value: 1, baseline: 1 }, { ...AFTER_2025, tolerance: -1 })).field,
    ).toBe('options.tolerance');
    expect(
      inputError(() => evaluateTarget('rail-freight-growth-2025', { value: 1, baseline: 1 }, { ...AFTER_2025, tolerance: Number.NaN }))
        .field,
    ).toBe('options.tolerance');
  });
});

describe('a target that is not a target', () => {
  it.each([
    ['null', 'target', null, 'a target id or a target object', '目标 id 或目标对象'],
    ['a number', 'target', 5, 'a target id or a target object', '目标 id 或目标对象'],
    ['no scope', 'target.scope', { ...OWN, scope: undefined }, '{ kind, … }', '{ kind, … }'],
    ['a null scope', 'target.scope', { ...OWN, scope: null }, '{ kind, … }', '{ kind, … }'],
    ['a scope that is a string', 'target.scope', { ...OWN, scope: 'city' }, '{ kind, … }', '{ kind, … }'],
    ['a value that is NaN', 'target.value', { ...OWN, value: Number.NaN }, 'a finite number', '有限数'],
  ])('%s: %s', (_, field, target, expected, expectedZh) => {
    expect(expectInputError(() => evaluate(target), field, expected).issues[0]!.expectedZh).toBe(expectedZh);
  });

  it('an id that is no target of the plan, and options that are no object', () => {
    const e = expectCode(() => evaluateTarget('pm25-2099-taiyuan' as never, 35, AFTER_OWN), 'unknown-id', 'target', 'pm25-2099-taiyuan');
    expect(e.issues[0]!.expectedZh).toBe("方案的目标 id，如 'pm25-2025-datong'");
    for (const options of [null, 5]) expectCode(() => evaluateTarget(OWN, 35, options as never), 'wrong-type', 'options', options);
  });
});

describe('the fields that decide how a target is judged', () => {
  it.each([
    [
      { kind: 'goal' },
      'target.kind',
      'level | change | ranking | milestone | unquantified',
      'level、change、ranking、milestone、unquantified 之一',
    ],
    [{ comparator: 'eq' }, 'target.comparator', 'lte | gte | lt | gt', 'lte、gte、lt、gt 之一'],
    [{ kind: 'change', comparator: undefined }, 'target.comparator', 'lte | gte | lt | gt', 'lte、gte、lt、gt 之一'],
    [{ kind: 'ranking', comparator: 'eq', unit: 'places' }, 'target.comparator', 'lte | gte | lt | gt', 'lte、gte、lt、gt 之一'],
    [{ kind: 'ranking', comparator: 'lte', unit: 'places' }, 'target.comparator', "'gt' (out of the bottom N)", "'gt'（退出后 N 位）"],
    [{ value: undefined }, 'target.value', 'a number for a level target', 'level 类目标须有数值'],
    [{ kind: 'change', value: undefined }, 'target.value', 'a number for a change target', 'change 类目标须有数值'],
    [{ kind: 'ranking', comparator: 'gt', value: undefined }, 'target.value', 'a number for a ranking target', 'ranking 类目标须有数值'],
    [
      { standard: 'GB 3095', metric: 'pm10-annual-mean' },
      'target.metric',
      "'pm25-annual-mean' for a GB 3095 target",
      "GB 3095 目标须为 'pm25-annual-mean'",
    ],
    [{ standard: 'WHO', value: undefined }, 'target.standard', "'GB 3095'", "'GB 3095'"],
  ])('%j: %s', (fields, field, expected, expectedZh) => {
    expect(expectInputError(() => evaluate(ownWith(fields)), field, expected).issues[0]!.expectedZh).toBe(expectedZh);
  });

  it('a GB 3095 target needs no value, and a milestone or unquantified target no comparator', () => {
    expect(evaluate(ownWith({ standard: 'GB 3095', value: undefined })).comparison).toMatchObject({ observed: 35, threshold: 30 });
    expect(evaluate(ownWith({ kind: 'milestone', value: undefined, comparator: undefined }), { done: true, on: '2026-12-01' }).status).toBe(
      'met',
    );
    expect(evaluate(ownWith({ kind: 'unquantified', value: undefined, comparator: undefined })).status).toBe('not-assessable');
  });
});

describe('null is no observation of any kind', () => {
  it.each([
    ['a level target', 'pm25-2025-datong'],
    ['a change target', 'rail-freight-growth-2025'],
    ['a ranking target', 'rank-2024-taiyuan'],
    ['a milestone', 'coal-boiler-ultra-low-2024'],
  ] as const)('%s refuses it by name', (_, id) => {
    const e = inputError(() => evaluateTarget(id, null as never, AFTER_2025));
    expect(e.field).toBe('observation');
    expect(e.value).toBe(null);
  });
});

describe('an observation of the wrong kind or out of range', () => {
  const ranking = ownWith({ kind: 'ranking', comparator: 'gt', value: 10, unit: 'places' });
  const rise = ownWith({ kind: 'change', comparator: 'gte', value: 1, unit: 'places', baseline: { year: 2023, change: 'places-risen' } });
  const change = ownWith({ kind: 'change', unit: '%', value: 0, comparator: 'lt', baseline: { year: 2020, change: 'percent-change' } });
  it.each([
    [
      'a level target given a change',
      OWN,
      { value: 1, baseline: 2 },
      'observation',
      'a number or { value } for a level target',
      '水平类目标：数值或 { value }',
    ],
    ['a level target given {}', OWN, {}, 'observation', 'a number or { value } for a level target', '水平类目标：数值或 { value }'],
    ['a change given a number', change, 5, 'observation', '{ value, baseline } for a change target', '变化类目标：{ value, baseline }'],
    [
      'a change with a negative baseline',
      change,
      { value: 1, baseline: -1 },
      'observation.baseline',
      'a finite number ≥ 0',
      '≥ 0 的有限数',
    ],
    ['a change with a zero baseline', change, { value: 1, baseline: 0 }, 'observation.baseline', 'a finite number > 0', '> 0 的有限数'],
    [
      'a change too large to be a percentage',
      change,
      { value: 1e308, baseline: 1e-300 },
      'observation.baseline',
      'a baseline against which the change is a finite percentage',
      '使变化百分比为有限数的基准值',
    ],
    [
      'a ranking given a number',
      ranking,
      5,
      'observation',
      '{ rank, of, rankFromBottom? } for a ranking target',
      '排名类目标：{ rank, of, rankFromBottom? }',
    ],
    [
      'a ranking of a field of 10.5',
      ranking,
      { rank: 1, of: 10.5 },
      'observation.of',
      'a whole number from 1 to 9007199254740991',
      '1 到 9007199254740991 的整数',
    ],
    ['a ranking with rank 2.5', ranking, { rank: 2.5, of: 168 }, 'observation.rank', 'a whole number from 1 to 168', '1 到 168 的整数'],
    [
      'a ranking 2.5 places from the bottom',
      ranking,
      { rank: 158, of: 168, rankFromBottom: 2.5 },
      'observation.rankFromBottom',
      'a whole number from 1 to 11',
      '1 到 11 的整数',
    ],
    ['a change with a negative value', change, { value: -1, baseline: 100 }, 'observation.value', 'a finite number ≥ 0', '≥ 0 的有限数'],
    [
      'a milestone given a number',
      ownWith({ kind: 'milestone', comparator: undefined }),
      5,
      'observation',
      '{ done, on? } for a milestone',
      '节点类目标：{ done, on? }',
    ],
    [
      'a milestone not done, with a date',
      ownWith({ kind: 'milestone', comparator: undefined }),
      { done: false, on: '2026-12-01' },
      'observation.on',
      'no date while done is false',
      'done 为 false 时不填日期',
    ],
    [
      'a milestone done after asOf',
      ownWith({ kind: 'milestone', comparator: undefined }),
      { done: true, on: '2027-01-11' },
      'observation.on',
      'a day on or before asOf (2027-01-10)',
      '不晚于 asOf（2027-01-10）的日期',
    ],
    [
      'a rank change given a number',
      rise,
      5,
      'observation',
      '{ rank, of, baselineRank } for a ranking target',
      '排名类目标：{ rank, of, baselineRank }',
    ],
    [
      'a rank change without its baseline rank',
      rise,
      { rank: 1, of: 168 },
      'observation',
      '{ rank, of, baselineRank } for a rank change',
      '排名变化：{ rank, of, baselineRank }',
    ],
    [
      'a rank change with baseline rank 2.5',
      rise,
      { rank: 1, of: 168, baselineRank: 2.5 },
      'observation.baselineRank',
      'a whole number from 1 to 168',
      '1 到 168 的整数',
    ],
  ])('%s', (_, target, observation, field, expected, expectedZh) => {
    expect(expectInputError(() => evaluate(target, observation), field, expected).issues[0]!.expectedZh).toBe(expectedZh);
  });

  it('a plan ranking is among 168 cities; a milestone may be done on the day of the assessment', () => {
    const e = expectCode(() => evaluateTarget('rank-2024-taiyuan', { rank: 1, of: 100 }, AFTER_OWN), 'out-of-range', 'observation.of', 100);
    expect(e.issues[0]!.expectedZh).toBe('168（目标所用排名的城市数）');
    const milestone = ownWith({ kind: 'milestone', comparator: undefined, due: '2027-12-31' });
    expect(evaluate(milestone, { done: true, on: '2027-01-10' }).status).toBe('met');
  });

  it('options: an edition other than 2012 or 2026 is refused; both are taken', () => {
    const e = expectCode(
      () => evaluateTarget(OWN, 35, { ...AFTER_OWN, edition: '2020' as never }),
      'invalid-value',
      'options.edition',
      '2020',
    );
    expect(e.issues[0]!.expectedZh).toBe("'2012' 或 '2026'");
    for (const edition of ['2012', '2026'] as const)
      expect(fieldOf(() => evaluateTarget(OWN, 35, { ...AFTER_OWN, edition }))).toBe('no error');
  });
});

describe('what a result holds, and what it leaves out', () => {
  it('only the keys that apply: no comparison or margin for a milestone, no standard without GB 3095', () => {
    const milestone = evaluateTarget('coal-boiler-ultra-low-2024', { done: true, on: '2024-10-01' }, AFTER_OWN);
    expect(Object.keys(milestone)).toEqual(['status', 'target', 'observed', 'due', 'asOf', 'source', 'explanation']);
    const level = evaluateTarget('pm25-2025-datong', 25, AFTER_OWN);
    expect(Object.keys(level)).toEqual(['status', 'target', 'observed', 'comparison', 'margin', 'due', 'asOf', 'source', 'explanation']);
  });

  it('a level target with a rank-change baseline is still judged as a level', () => {
    const t = ownWith({ baseline: { year: 2023, change: 'places-risen' } });
    expect(evaluate(t, 35).comparison).toEqual({ quantity: 'value', observed: 35, threshold: 36, comparator: 'lte', unit: 'µg/m³' });
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

/*
 * evaluateTarget's explanations, whole: every branch's zh and en sentence, written out by hand from the
 * target's data (value, unit, comparator, strength, due date, clause) and the rules of the explanation
 * (evaluateTarget's TSDoc). The quote is taken from the target: tests/source.test.ts proves it is the plan's.
 */
describe('the explanation, written whole', () => {
  const cite = (id: TargetId) => {
    const { clause, quote } = getTarget(id).source;
    return { zh: `依据${clause}：“${quote}”。`, en: ` Source: ${clause}.` };
  };

  /** The explanation of one evaluation, checked whole against the hand-written zh and en (without the citation). */
  function explains(
    id: TargetId,
    observation: Observation | undefined,
    options: Parameters<typeof evaluateTarget>[2],
    zh: string,
    en: string,
  ) {
    const e = evaluateTarget(id, observation, options);
    expect(e.explanation).toEqual({ zh: zh + cite(id).zh, en: en + cite(id).en });
    return e;
  }

  /** A target object of one's own (Taiyuan, due end-2026), with the fields given. */
  const withFields = (fields: Partial<Target>): Target => ({ ...OWN, ...fields });
  const OWN_CITE = { zh: '依据三(七)26：“太原市”。', en: ' Source: 三(七)26.' };

  describe('a level target', () => {
    it('in µg/m³, after the due date, not met by 0.1', () => {
      const e = explains(
        'pm25-2025-datong',
        25.1,
        { asOf: '2026-01-15' },
        '未达成（期限2025-12-31；稳定）：大同市实测25.1 µg/m³；要求不高于25 µg/m³。',
        'Not met (due 2025-12-31; hold steady (稳定)): Datong: PM2.5 annual mean of 25.1 µg/m³; required: at or under 25 µg/m³.',
      );
      expect(e.margin).toBe(-0.1);
    });

    it('before the due date: pending, with the interim result and the day of the assessment', () => {
      const e = explains(
        'pm25-2025-datong',
        24,
        { asOf: '2025-06-30' },
        '未到期（截至2025-06-30，期限2025-12-31；稳定）：大同市实测24 µg/m³；要求不高于25 µg/m³。目前看已达成。',
        'Pending (as of 2025-06-30; due 2025-12-31; hold steady (稳定)): Datong: PM2.5 annual mean of 24 µg/m³; required: at or under 25 µg/m³. So far met.',
      );
      expect([e.status, e.interim]).toEqual(['pending', 'met']);
    });

    it('a count has no unit in its sentence, and a plain target no strength', () => {
      explains(
        'leading-low-carbon-groups',
        0,
        { asOf: '2026-01-01' },
        '未达成（期限2025-12-31）：全省实测0；要求不低于1。',
        'Not met (due 2025-12-31): Shanxi: leading low carbon groups of 0; required: at or over 1.',
      );
    });

    it('a share is written with %, met exactly at the figure', () => {
      const e = explains(
        'short-process-steel-share-2025',
        5,
        { asOf: '2026-01-01' },
        '已达成（期限2025-12-31；力争）：全省实测5%；要求不低于5%。',
        'Met (due 2025-12-31; striving (力争)): Shanxi: short process steel share of 5%; required: at or over 5%.',
      );
      expect(e.margin).toBe(0);
    });

    it('an area is named by its zh and en names', () => {
      explains(
        'rail-share-coal-coke-2025',
        89.5,
        { asOf: '2026-02-01' },
        '未达成（期限2025-12-31；力争）：煤炭主产区实测89.5%；要求不低于90%。',
        'Not met (due 2025-12-31; striving (力争)): main coal-producing areas: rail share coal coke of 89.5%; required: at or over 90%.',
      );
    });
  });
  describe('a GB 3095 target', () => {
    it('by default takes the edition in force on the due date', () => {
      const e = explains(
        'pm25-2027-taiyuan',
        31,
        { asOf: '2028-01-10' },
        '未达成（期限2027-12-31；力争）：太原市实测31 µg/m³；要求不高于30 µg/m³。阈值为GB 3095-2026二级限值（期限时施行）。',
        'Not met (due 2027-12-31; striving (力争)): Taiyuan: PM2.5 annual mean of 31 µg/m³; required: at or under 30 µg/m³. Threshold: the GB 3095-2026 grade II limit (in force on the due date).',
      );
      expect(e.standard).toEqual({ name: 'GB 3095-2026', limit: 30, chosenBy: 'due-date', verified: true });
    });

    it('takes the edition chosen in the options, and says so', () => {
      const e = explains(
        'pm25-2027-taiyuan',
        31,
        { asOf: '2028-01-10', edition: '2012' },
        '已达成（期限2027-12-31；力争）：太原市实测31 µg/m³；要求不高于35 µg/m³。阈值为GB 3095-2012二级限值（选定）。',
        'Met (due 2027-12-31; striving (力争)): Taiyuan: PM2.5 annual mean of 31 µg/m³; required: at or under 35 µg/m³. Threshold: the GB 3095-2012 grade II limit (as chosen).',
      );
      expect(e.standard).toEqual({ name: 'GB 3095-2012', limit: 35, chosenBy: 'option', verified: true });
      expect(e.margin).toBe(4);
    });
  });
  describe('a ranking target', () => {
    it('out of the bottom 10, without ties', () => {
      const e = explains(
        'rank-2024-taiyuan',
        { rank: 158, of: 168 },
        { asOf: '2025-01-20' },
        '已达成（期限2024-12-31；力争）：太原市第158名、倒数第11名（共168个城市），不在后10位之内。',
        'Met (due 2024-12-31; striving (力争)): Taiyuan is 158 of 168 from the top, 11 from the bottom: outside the bottom 10.',
      );
      expect(e.margin).toBe(1);
    });

    it('a place from the bottom that only ties give is marked as such', () => {
      const e = explains(
        'rank-2024-taiyuan',
        { rank: 158, of: 168, rankFromBottom: 10 },
        { asOf: '2025-01-20' },
        '未达成（期限2024-12-31；力争）：太原市第158名、倒数第10名（共168个城市）（有并列），在后10位之内。',
        'Not met (due 2024-12-31; striving (力争)): Taiyuan is 158 of 168 from the top, 10 from the bottom (with ties): inside the bottom 10.',
      );
      expect(e.margin).toBe(0);
    });

    it('a place from the bottom given but equal to of − rank + 1 is no tie', () => {
      const e = evaluateTarget('rank-2024-taiyuan', { rank: 158, of: 168, rankFromBottom: 11 }, { asOf: '2025-01-20' });
      expect(e.explanation.zh).toContain('倒数第11名（共168个城市），不在');
      expect(e.explanation.en).toContain('11 from the bottom: outside');
    });
  });
  describe('a rank change (排名前移)', () => {
    it.each([
      [100, 100, 'not-met', '前移0位', ', 0 places;'],
      [98, 100, 'not-met', '前移-2位', ', -2 places;'],
      [102, 100, 'met', '前移2位', ', +2 places;'],
    ] as const)('from place %i to %i: %s', (baselineRank, rank, status, zh, en) => {
      const e = evaluateTarget('rank-rise-2024-datong', { rank, of: 168, baselineRank }, { asOf: '2025-02-01' });
      expect(e.status).toBe(status);
      expect(e.explanation.zh).toContain(`大同市排名由2023年第${baselineRank}名变为第${rank}名（共168个城市），${zh}；要求前移不低于1位。`);
      expect(e.explanation.en).toContain(
        `Datong went from place ${baselineRank} in 2023 to ${rank} of 168${en} required: places up at or over 1.`,
      );
    });

    it('written whole', () => {
      explains(
        'rank-rise-2024-datong',
        { rank: 100, of: 168, baselineRank: 100 },
        { asOf: '2025-02-01' },
        '未达成（期限2024-12-31；力争）：大同市排名由2023年第100名变为第100名（共168个城市），前移0位；要求前移不低于1位。',
        'Not met (due 2024-12-31; striving (力争)): Datong went from place 100 in 2023 to 100 of 168, 0 places; required: places up at or over 1.',
      );
    });
  });
  describe('a percentage change', () => {
    it('negative growth (lt 0): 95 against 100 is −5%, 5 on the right side', () => {
      const e = explains(
        'coal-2025-taiyuan',
        { value: 95, baseline: 100 },
        { asOf: '2026-01-10' },
        '已达成（期限2025-12-31）：太原市实测95，2020年为100，变化-5%；要求变化低于0%。',
        'Met (due 2025-12-31): Taiyuan: coal consumption 95 against 100 in 2020, a change of -5%; required: under 0%.',
      );
      expect(e.margin).toBe(5);
    });

    it('an approximate (左右) figure with a tolerance: the threshold loosened, and the tolerance stated', () => {
      const e = explains(
        'rail-freight-growth-2025',
        { value: 109, baseline: 100 },
        { asOf: '2026-01-10', tolerance: 2 },
        '已达成（期限2025-12-31；左右）：全省实测109，2020年为100，变化+9%；要求变化不低于+8%。“左右”容差2。',
        'Met (due 2025-12-31; about (左右)): Shanxi: rail freight volume 109 against 100 in 2020, a change of +9%; required: at or over +8%. Tolerance for 左右: 2.',
      );
      expect([e.margin, e.tolerance]).toEqual([1, 2]);
    });

    it('an approximate (左右) figure without a tolerance: compared exactly, and it says so', () => {
      const e = explains(
        'rail-freight-growth-2025',
        { value: 109, baseline: 100 },
        { asOf: '2026-01-10' },
        '未达成（期限2025-12-31；左右）：全省实测109，2020年为100，变化+9%；要求变化不低于+10%。“左右”无容差，按本数比较。',
        'Not met (due 2025-12-31; about (左右)): Shanxi: rail freight volume 109 against 100 in 2020, a change of +9%; required: at or over +10%. No tolerance for 左右: compared exactly.',
      );
      expect(e.margin).toBe(-1);
      expect(e).not.toHaveProperty('tolerance');
    });
  });
  describe('a milestone (coal boilers retrofitted by 2024-10-31)', () => {
    const id = 'coal-boiler-ultra-low-2024';
    it.each([
      [
        { done: true, on: '2024-10-31' },
        '2024-11-05',
        'met',
        '已达成（期限2024-10-31）：2024-10-31完成，未逾期。',
        'Met (due 2024-10-31): done on 2024-10-31, in time.',
      ],
      [
        { done: true },
        '2024-10-20',
        'met',
        '已达成（截至2024-10-20，期限2024-10-31）：截至2024-10-20已完成。',
        'Met (as of 2024-10-20; due 2024-10-31): done as of 2024-10-20.',
      ],
      [
        { done: true, on: '2024-11-01' },
        '2024-11-05',
        'not-met',
        '未达成（期限2024-10-31）：2024-11-01完成，已逾期。',
        'Not met (due 2024-10-31): done on 2024-11-01, late.',
      ],
      [
        { done: true },
        '2024-11-05',
        'not-assessable',
        '无法评估（期限2024-10-31）：已完成，但无完成日期（on），无法判断是否按期。',
        'Not assessable (due 2024-10-31): done, but without the day (`on`) it cannot be told whether on time.',
      ],
      [
        { done: false },
        '2024-10-20',
        'pending',
        '未到期（截至2024-10-20，期限2024-10-31）：尚未完成。目前看未达成。',
        'Pending (as of 2024-10-20; due 2024-10-31): not done yet. So far not met.',
      ],
      [
        { done: false },
        '2024-11-01',
        'not-met',
        '未达成（期限2024-10-31）：逾期未完成。',
        'Not met (due 2024-10-31): not done by the deadline.',
      ],
      [
        undefined,
        '2024-10-20',
        'pending',
        '未到期（截至2024-10-20，期限2024-10-31）：尚无观测。',
        'Pending (as of 2024-10-20; due 2024-10-31): no observation yet.',
      ],
      [
        undefined,
        '2024-11-01',
        'not-assessable',
        '无法评估（期限2024-10-31）：已过期限，但无观测。',
        'Not assessable (due 2024-10-31): past the due date, but no observation.',
      ],
    ] as const)('%j as of %s: %s', (observation, asOf, status, zh, en) => {
      expect(explains(id, observation, { asOf }, zh, en).status).toBe(status);
    });
  });
  describe('a target the plan gives no figure for', () => {
    it('is not assessed, and its note says why', () => {
      const note = getTarget('binding-air-quality-2025').note!;
      const e = explains(
        'binding-air-quality-2025',
        5,
        { asOf: '2026-01-01' },
        `无法评估（期限2025-12-31；约束性）：方案无可比数值，不作推测。${note.zh}`,
        `Not assessable (due 2025-12-31; binding): the plan gives no figure to compare with; no guess is made. ${note.en}`,
      );
      expect(e.observed).toEqual({ value: 5 });
    });

    it('refuses what is no finite figure in words, naming observation.value inside { value }', () => {
      const _EN = 'no observation, or a finite number or { value } (the plan gives no figure to compare it with)';
      const _ZH = '不给观测，或给一个有限数或 { value }（方案无可比数值）';
      const asOf = { asOf: '2026-01-01' };
      expectCode(() => evaluateTarget('binding-air-quality-2025', Number.NaN, asOf), 'conflict', 'observation', Number.NaN);
      expectCode(() => evaluateTarget('binding-air-quality-2025', { value: 'x' } as never, asOf), 'conflict', 'observation.value', 'x');
      expectCode(() => evaluateTarget('binding-air-quality-2025', { value: Infinity }, asOf), 'conflict', 'observation.value', Infinity);
      expectCode(() => evaluateTarget('binding-air-quality-2025', [5] as never, asOf), 'conflict', 'observation');
    });

    it.each([['5'], [Number.NaN], [null], [Symbol('x')]])('refuses what is no finite figure, as every kind does: %s', (observation) => {
      expect(fieldOf(() => evaluateTarget('binding-air-quality-2025', observation as never, { asOf: '2026-01-01' }))).toBe('observation');
    });
    it('echoes a finite figure given as { value }', () => {
      expect(evaluateTarget('binding-air-quality-2025', { value: 5 }, { asOf: '2026-01-01' }).observed).toEqual({ value: 5 });
    });
  });
  describe('a target object of your own', () => {
    it('without a note: the unassessable sentence ends cleanly', () => {
      const e = evaluateTarget(
        withFields({ kind: 'unquantified', value: undefined, unit: undefined, comparator: undefined }),
        undefined,
        AFTER_OWN,
      );
      expect(e.explanation).toEqual({
        zh: `无法评估（期限2026-12-31）：方案无可比数值，不作推测。${OWN_CITE.zh}`,
        en: `Not assessable (due 2026-12-31): the plan gives no figure to compare with; no guess is made.${OWN_CITE.en}`,
      });
    });

    it('a change without a baseline year: against "the baseline"', () => {
      const t = withFields({ kind: 'change', metric: 'coal-consumption', scope: { kind: 'province' }, value: -5, unit: '%' });
      const e = evaluateTarget(t, { value: 90, baseline: 100 }, AFTER_OWN);
      expect(e.explanation).toEqual({
        zh: `已达成（期限2026-12-31）：全省实测90，基准为100，变化-10%；要求变化不高于-5%。${OWN_CITE.zh}`,
        en: `Met (due 2026-12-31): Shanxi: coal consumption 90 against 100 (the baseline), a change of -10%; required: at or under -5%.${OWN_CITE.en}`,
      });
      expect(e.margin).toBe(5);
    });

    it('a rank change over a figure (gt) uses the words for "over"', () => {
      const t = withFields({
        kind: 'change',
        metric: 'city-rank',
        value: 0,
        unit: 'places',
        comparator: 'gt',
        baseline: { year: 2023, change: 'places-risen' },
      });
      const e = evaluateTarget(t, { rank: 10, of: 168, baselineRank: 12 }, AFTER_OWN);
      expect(e.explanation.zh).toBe(
        `已达成（期限2026-12-31）：太原市排名由2023年第12名变为第10名（共168个城市），前移2位；要求前移高于0位。${OWN_CITE.zh}`,
      );
      expect(e.explanation.en).toBe(
        `Met (due 2026-12-31): Taiyuan went from place 12 in 2023 to 10 of 168, +2 places; required: places up over 0.${OWN_CITE.en}`,
      );
    });

    it('without a unit: a count, so whole numbers only and no unit in the sentence', () => {
      const t = withFields({ unit: undefined, value: 3, comparator: 'gte' });
      expect(evaluateTarget(t, 3, AFTER_OWN).explanation.zh).toBe(`已达成（期限2026-12-31）：太原市实测3；要求不低于3。${OWN_CITE.zh}`);
      expect(() => evaluateTarget(t, 3.5, AFTER_OWN)).toThrow(/observation: expected a whole number ≥ 0/);
    });

    it.each([
      ['fenhe-valley', '汾河谷地', 'Fen River valley'],
      ['key-region', '重点区域', 'key region (Fenwei Plain)'],
      ['linyun-basin', '临运盆地', 'Linfen–Yuncheng basin'],
    ] as const)('an area no plan target names (%s) is still named in both languages', (region, zh, en) => {
      const e = evaluateTarget(withFields({ scope: { kind: 'region', region } }), 35, AFTER_OWN);
      expect(e.explanation.zh).toBe(`已达成（期限2026-12-31）：${zh}实测35 µg/m³；要求不高于36 µg/m³。${OWN_CITE.zh}`);
      expect(e.explanation.en.startsWith(`Met (due 2026-12-31): ${en}: PM2.5 annual mean of 35 µg/m³;`)).toBe(true);
    });

    it.each([
      ['lte', 36, 1, 37, 36.5, 'met'],
      ['lt', 36, 1, 37, 37, 'not-met'],
      ['gte', 10, 1, 9, 9, 'met'],
      ['gt', 10, 1, 9, 9.5, 'met'],
      ['gt', 10, 1, 9, 9, 'not-met'],
    ] as const)(
      'approximate, %s %d with tolerance %d: threshold %d; %d is %s',
      (comparator, value, tolerance, threshold, observed, status) => {
        const e = evaluateTarget(withFields({ strength: 'approximate', comparator, value, unit: '%' }), observed, {
          ...AFTER_OWN,
          tolerance,
        });
        expect(e.comparison?.threshold).toBe(threshold);
        expect(e.status).toBe(status);
      },
    );

    it.each([
      ['2026-02-28', 'GB 3095-2012', 35],
      ['2026-03-01', 'GB 3095-2026', 30],
      ['2025-12-31', 'GB 3095-2012', 35],
    ] as const)('a GB 3095 target due %s is judged by %s (%d µg/m³)', (due, name, limit) => {
      const e = evaluateTarget(withFields({ value: undefined, standard: 'GB 3095', due }), 32, AFTER_OWN);
      expect(e.standard).toMatchObject({ name, limit, chosenBy: 'due-date' });
      expect(e.status).toBe(32 <= limit ? 'met' : 'not-met');
    });

    it('a GB 3095 target due in the final phase of GB 3095-2026 is judged by that edition (its transition limit)', () => {
      const e = evaluateTarget(withFields({ value: undefined, standard: 'GB 3095', due: '2031-01-01' }), 32, { asOf: '2031-06-30' });
      expect(e.standard).toMatchObject({ name: 'GB 3095-2026', limit: 30, chosenBy: 'due-date' });
      expect(e.status).toBe('not-met');
    });
  });
});

describe('unreadable input: a revoked Proxy is refused by name, never read', () => {
  it.each([
    ['the target', () => evaluateTarget(revoked() as never, 35, AFTER_OWN), 'target'],
    ['the observation', () => evaluateTarget('pm25-2025-datong', revoked() as never, AFTER_2025), 'observation'],
    ['the options', () => evaluateTarget('pm25-2025-datong', 25, revoked() as never), 'options'],
  ])('%s', (_, f, field) => {
    const e = inputError(f);
    expect(e.field).toBe(field);
    expect(e.message).toContain('received a revoked Proxy');
  });
});
