/**
 * evaluateTarget's explanations, whole: every branch's zh and en sentence, written out by hand from the
 * target's data (value, unit, comparator, strength, due date, clause) and the rules of the explanation
 * (evaluateTarget's TSDoc). The quote is taken from the target: tests/source.test.ts proves it is the plan's.
 * Pinning the whole sentence kills the mutants that blank or swap one of its words.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTarget, getTarget, type Observation, type Target, type TargetId } from '../../src/index.js';
import { OWN } from '../targets/samples.js';

const cite = (id: TargetId) => {
  const { clause, quote } = getTarget(id).source;
  return { zh: `依据${clause}:“${quote}”。`, en: ` Source: ${clause}.` };
};

/** The explanation of one evaluation, checked whole against the hand-written zh and en (without the citation). */
function explains(id: TargetId, observation: Observation | undefined, options: Parameters<typeof evaluateTarget>[2], zh: string, en: string) {
  const e = evaluateTarget(id, observation, options);
  expect(e.explanation).toEqual({ zh: zh + cite(id).zh, en: en + cite(id).en });
  return e;
}

describe('a level target', () => {
  it('in µg/m³, after the due date, not met by 0.1', () => {
    const e = explains(
      'pm25-2025-datong',
      25.1,
      { asOf: '2026-01-15' },
      '未达成(期限2025-12-31;稳定):大同市实测25.1 µg/m³;要求不高于25 µg/m³。',
      'Not met (due 2025-12-31; hold steady (稳定)): Datong: PM2.5 annual mean of 25.1 µg/m³; required: at or under 25 µg/m³.',
    );
    expect(e.margin).toBe(-0.1);
  });

  it('before the due date: pending, with the interim result and the day of the assessment', () => {
    const e = explains(
      'pm25-2025-datong',
      24,
      { asOf: '2025-06-30' },
      '未到期(截至2025-06-30,期限2025-12-31;稳定):大同市实测24 µg/m³;要求不高于25 µg/m³。目前看已达成。',
      'Pending (as of 2025-06-30; due 2025-12-31; hold steady (稳定)): Datong: PM2.5 annual mean of 24 µg/m³; required: at or under 25 µg/m³. So far met.',
    );
    expect([e.status, e.interim]).toEqual(['pending', 'met']);
  });

  it('a count has no unit in its sentence, and a plain target no strength', () => {
    explains(
      'leading-low-carbon-groups',
      0,
      { asOf: '2026-01-01' },
      '未达成(期限2025-12-31):全省实测0;要求不低于1。',
      'Not met (due 2025-12-31): Shanxi: leading low carbon groups of 0; required: at or over 1.',
    );
  });

  it('a share is written with %, met exactly at the figure', () => {
    const e = explains(
      'short-process-steel-share-2025',
      5,
      { asOf: '2026-01-01' },
      '已达成(期限2025-12-31;力争):全省实测5%;要求不低于5%。',
      'Met (due 2025-12-31; striving (力争)): Shanxi: short process steel share of 5%; required: at or over 5%.',
    );
    expect(e.margin).toBe(0);
  });

  it('an area is named by its zh and en names', () => {
    explains(
      'rail-share-coal-coke-2025',
      89.5,
      { asOf: '2026-02-01' },
      '未达成(期限2025-12-31;力争):煤炭主产区实测89.5%;要求不低于90%。',
      'Not met (due 2025-12-31; striving (力争)): main coal-producing areas: rail share coal coke of 89.5%; required: at or over 90%.',
    );
  });
});

describe('a GB 3095 target', () => {
  it('by default takes the edition in force on the due date, and says it is unverified', () => {
    const e = explains(
      'pm25-2027-taiyuan',
      31,
      { asOf: '2028-01-10' },
      '未达成(期限2027-12-31;力争):太原市实测31 µg/m³;要求不高于30 µg/m³。阈值为GB 3095-2026二级限值(期限时施行,未核实)。',
      'Not met (due 2027-12-31; striving (力争)): Taiyuan: PM2.5 annual mean of 31 µg/m³; required: at or under 30 µg/m³. Threshold: the GB 3095-2026 grade II limit (in force on the due date, unverified).',
    );
    expect(e.standard).toEqual({ name: 'GB 3095-2026', limit: 30, chosenBy: 'due-date', verified: false });
  });

  it('takes the edition chosen in the options, and says so', () => {
    const e = explains(
      'pm25-2027-taiyuan',
      31,
      { asOf: '2028-01-10', edition: '2012' },
      '已达成(期限2027-12-31;力争):太原市实测31 µg/m³;要求不高于35 µg/m³。阈值为GB 3095-2012二级限值(选定)。',
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
      '已达成(期限2024-12-31;力争):太原市第158名、倒数第11名(共168个城市),不在后10位之内。',
      'Met (due 2024-12-31; striving (力争)): Taiyuan is 158 of 168 from the top, 11 from the bottom: outside the bottom 10.',
    );
    expect(e.margin).toBe(1);
  });

  it('a place from the bottom that only ties give is marked as such', () => {
    const e = explains(
      'rank-2024-taiyuan',
      { rank: 158, of: 168, rankFromBottom: 10 },
      { asOf: '2025-01-20' },
      '未达成(期限2024-12-31;力争):太原市第158名、倒数第10名(共168个城市)(有并列),在后10位之内。',
      'Not met (due 2024-12-31; striving (力争)): Taiyuan is 158 of 168 from the top, 10 from the bottom (with ties): inside the bottom 10.',
    );
    expect(e.margin).toBe(0);
  });

  it('a place from the bottom given but equal to of − rank + 1 is no tie', () => {
    const e = evaluateTarget('rank-2024-taiyuan', { rank: 158, of: 168, rankFromBottom: 11 }, { asOf: '2025-01-20' });
    expect(e.explanation.zh).toContain('倒数第11名(共168个城市),不在');
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
    expect(e.explanation.zh).toContain(`大同市排名由2023年第${baselineRank}名变为第${rank}名(共168个城市),${zh};要求前移不低于1位。`);
    expect(e.explanation.en).toContain(`Datong went from place ${baselineRank} in 2023 to ${rank} of 168${en} required: places up at or over 1.`);
  });

  it('written whole', () => {
    explains(
      'rank-rise-2024-datong',
      { rank: 100, of: 168, baselineRank: 100 },
      { asOf: '2025-02-01' },
      '未达成(期限2024-12-31;力争):大同市排名由2023年第100名变为第100名(共168个城市),前移0位;要求前移不低于1位。',
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
      '已达成(期限2025-12-31):太原市实测95,2020年为100,变化-5%;要求变化低于0%。',
      'Met (due 2025-12-31): Taiyuan: coal consumption 95 against 100 in 2020, a change of -5%; required: under 0%.',
    );
    expect(e.margin).toBe(5);
  });

  it('an approximate (左右) figure with a tolerance: the threshold loosened, and the tolerance stated', () => {
    const e = explains(
      'rail-freight-growth-2025',
      { value: 109, baseline: 100 },
      { asOf: '2026-01-10', tolerance: 2 },
      '已达成(期限2025-12-31;左右):全省实测109,2020年为100,变化+9%;要求变化不低于+8%。“左右”容差2。',
      'Met (due 2025-12-31; about (左右)): Shanxi: rail freight volume 109 against 100 in 2020, a change of +9%; required: at or over +8%. Tolerance for 左右: 2.',
    );
    expect([e.margin, e.tolerance]).toEqual([1, 2]);
  });

  it('an approximate (左右) figure without a tolerance: compared exactly, and it says so', () => {
    const e = explains(
      'rail-freight-growth-2025',
      { value: 109, baseline: 100 },
      { asOf: '2026-01-10' },
      '未达成(期限2025-12-31;左右):全省实测109,2020年为100,变化+9%;要求变化不低于+10%。“左右”无容差,按本数比较。',
      'Not met (due 2025-12-31; about (左右)): Shanxi: rail freight volume 109 against 100 in 2020, a change of +9%; required: at or over +10%. No tolerance for 左右: compared exactly.',
    );
    expect(e.margin).toBe(-1);
    expect(e).not.toHaveProperty('tolerance');
  });
});

describe('a milestone (coal boilers retrofitted by 2024-10-31)', () => {
  const id = 'coal-boiler-ultra-low-2024';
  it.each([
    [{ done: true, on: '2024-10-31' }, '2024-11-05', 'met', '已达成(期限2024-10-31):2024-10-31完成,未逾期。', 'Met (due 2024-10-31): done on 2024-10-31, in time.'],
    [{ done: true }, '2024-10-20', 'met', '已达成(截至2024-10-20,期限2024-10-31):截至2024-10-20已完成。', 'Met (as of 2024-10-20; due 2024-10-31): done as of 2024-10-20.'],
    [{ done: true, on: '2024-11-01' }, '2024-11-05', 'not-met', '未达成(期限2024-10-31):2024-11-01完成,已逾期。', 'Not met (due 2024-10-31): done on 2024-11-01, late.'],
    [
      { done: true },
      '2024-11-05',
      'not-assessable',
      '无法评估(期限2024-10-31):已完成,但无完成日期(on),无法判断是否按期。',
      'Not assessable (due 2024-10-31): done, but without the day (`on`) it cannot be told whether on time.',
    ],
    [{ done: false }, '2024-10-20', 'pending', '未到期(截至2024-10-20,期限2024-10-31):尚未完成。目前看未达成。', 'Pending (as of 2024-10-20; due 2024-10-31): not done yet. So far not met.'],
    [{ done: false }, '2024-11-01', 'not-met', '未达成(期限2024-10-31):逾期未完成。', 'Not met (due 2024-10-31): not done by the deadline.'],
    [undefined, '2024-10-20', 'pending', '未到期(截至2024-10-20,期限2024-10-31):尚无观测。', 'Pending (as of 2024-10-20; due 2024-10-31): no observation yet.'],
    [undefined, '2024-11-01', 'not-assessable', '无法评估(期限2024-10-31):已过期限,但无观测。', 'Not assessable (due 2024-10-31): past the due date, but no observation.'],
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
      `无法评估(期限2025-12-31;约束性):方案无可比数值,不作推测。${note.zh}`,
      `Not assessable (due 2025-12-31; binding): the plan gives no figure to compare with; no guess is made. ${note.en}`,
    );
    expect(e.observed).toEqual({ value: 5 });
  });

  it.each([['5'], [Number.NaN], [{ value: 5 }]])('echoes only a finite number, not %j', (observation) => {
    expect(evaluateTarget('binding-air-quality-2025', observation as never, { asOf: '2026-01-01' }).observed).toBeNull();
  });
});

/** A target object of one's own (Taiyuan, due end-2026), with the fields given. */
const own = (fields: Partial<Target>): Target => ({ ...OWN, ...fields });
const AFTER = { asOf: '2027-01-10' };
const OWN_CITE = { zh: '依据三(七)26:“太原市”。', en: ' Source: 三(七)26.' };

describe('a target object of your own', () => {
  it('without a note: the unassessable sentence ends cleanly', () => {
    const e = evaluateTarget(own({ kind: 'unquantified', value: undefined, unit: undefined, comparator: undefined }), undefined, AFTER);
    expect(e.explanation).toEqual({
      zh: `无法评估(期限2026-12-31):方案无可比数值,不作推测。${OWN_CITE.zh}`,
      en: `Not assessable (due 2026-12-31): the plan gives no figure to compare with; no guess is made.${OWN_CITE.en}`,
    });
  });

  it('a change without a baseline year: against "the baseline"', () => {
    const t = own({ kind: 'change', metric: 'coal-consumption', scope: { kind: 'province' }, value: -5, unit: '%' });
    const e = evaluateTarget(t, { value: 90, baseline: 100 }, AFTER);
    expect(e.explanation).toEqual({
      zh: `已达成(期限2026-12-31):全省实测90,基准为100,变化-10%;要求变化不高于-5%。${OWN_CITE.zh}`,
      en: `Met (due 2026-12-31): Shanxi: coal consumption 90 against 100 (the baseline), a change of -10%; required: at or under -5%.${OWN_CITE.en}`,
    });
    expect(e.margin).toBe(5);
  });

  it('a rank change over a figure (gt) uses the words for "over"', () => {
    const t = own({ kind: 'change', metric: 'city-rank', value: 0, unit: 'places', comparator: 'gt', baseline: { year: 2023, change: 'places-risen' } });
    const e = evaluateTarget(t, { rank: 10, of: 168, baselineRank: 12 }, AFTER);
    expect(e.explanation.zh).toBe(`已达成(期限2026-12-31):太原市排名由2023年第12名变为第10名(共168个城市),前移2位;要求前移高于0位。${OWN_CITE.zh}`);
    expect(e.explanation.en).toBe(`Met (due 2026-12-31): Taiyuan went from place 12 in 2023 to 10 of 168, +2 places; required: places up over 0.${OWN_CITE.en}`);
  });

  it('without a unit: a count, so whole numbers only and no unit in the sentence', () => {
    const t = own({ unit: undefined, value: 3, comparator: 'gte' });
    expect(evaluateTarget(t, 3, AFTER).explanation.zh).toBe(`已达成(期限2026-12-31):太原市实测3;要求不低于3。${OWN_CITE.zh}`);
    expect(() => evaluateTarget(t, 3.5, AFTER)).toThrow(/observation: expected a finite whole number ≥ 0/);
  });

  it.each([
    ['fenhe-valley', '汾河谷地', 'Fen River valley'],
    ['key-region', '重点区域', 'key region (Fenwei Plain)'],
    ['linyun-basin', '临运盆地', 'Linfen–Yuncheng basin'],
  ] as const)('an area no plan target names (%s) is still named in both languages', (region, zh, en) => {
    const e = evaluateTarget(own({ scope: { kind: 'region', region } }), 35, AFTER);
    expect(e.explanation.zh).toBe(`已达成(期限2026-12-31):${zh}实测35 µg/m³;要求不高于36 µg/m³。${OWN_CITE.zh}`);
    expect(e.explanation.en.startsWith(`Met (due 2026-12-31): ${en}: PM2.5 annual mean of 35 µg/m³;`)).toBe(true);
  });

  it.each([
    ['lte', 36, 1, 37, 36.5, 'met'],
    ['lt', 36, 1, 37, 37, 'not-met'],
    ['gte', 10, 1, 9, 9, 'met'],
    ['gt', 10, 1, 9, 9.5, 'met'],
    ['gt', 10, 1, 9, 9, 'not-met'],
  ] as const)('approximate, %s %d with tolerance %d: threshold %d; %d is %s', (comparator, value, tolerance, threshold, observed, status) => {
    const e = evaluateTarget(own({ strength: 'approximate', comparator, value, unit: '%' }), observed, { ...AFTER, tolerance });
    expect(e.comparison?.threshold).toBe(threshold);
    expect(e.status).toBe(status);
  });

  it.each([
    ['2026-02-28', 'GB 3095-2012', 35],
    ['2026-03-01', 'GB 3095-2026', 30],
    ['2025-12-31', 'GB 3095-2012', 35],
  ] as const)('a GB 3095 target due %s is judged by %s (%d µg/m³)', (due, name, limit) => {
    const e = evaluateTarget(own({ value: undefined, standard: 'GB 3095', due }), 32, AFTER);
    expect(e.standard).toMatchObject({ name, limit, chosenBy: 'due-date' });
    expect(e.status).toBe(32 <= limit ? 'met' : 'not-met');
  });
});
