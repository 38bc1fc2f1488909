import { describe, expect, it } from 'vitest';
import { inputError, expectCode } from '../errors.js';
import { scorecard, TARGETS, type Observations } from '../../src/targets/index.js';

/** Illustrative 2025 annual means (µg/m³), not published figures. */
const PM25_2025: Observations = {
  'pm25-2025-taiyuan': 39.2,
  'pm25-2025-datong': 24.8,
  'pm25-2025-yangquan': 35,
  'pm25-2025-changzhi': 35.1,
  'pm25-2025-jincheng': 34,
  'pm25-2025-shuozhou': 29,
  'pm25-2025-jinzhong': 36,
  'pm25-2025-yuncheng': 44,
  'pm25-2025-xinzhou': 30,
  'pm25-2025-linfen': 45.5,
  'pm25-2025-lvliang': 28,
};

describe('scorecard', () => {
  it("scores the 11 cities' 2025 PM2.5 ceilings: 7 met, 4 not met", () => {
    const card = scorecard(PM25_2025, { asOf: '2026-02-01' });
    expect(card.counts).toEqual({ met: 7, 'not-met': 4, pending: 0, 'not-assessable': 0, total: 11 });
    expect(card.rows.filter((r) => r.status === 'not-met').map((r) => r.target)).toEqual([
      'pm25-2025-changzhi',
      'pm25-2025-jinzhong',
      'pm25-2025-taiyuan',
      'pm25-2025-linfen',
    ]);
  });

  it('gives flat cells ready for a table, in the plan order', () => {
    const card = scorecard({ 'pm25-2025-taiyuan': 39.2, 'rank-2024-taiyuan': { rank: 150, of: 168 } }, { asOf: '2026-02-01' });
    expect(card.rows.map(({ evaluation: _e, explanation: _x, ...cells }) => cells)).toEqual([
      {
        target: 'rank-2024-taiyuan',
        name: { zh: '太原市 环境空气质量综合指数排名', en: 'place in the composite air-quality index ranking, Taiyuan' },
        task: null,
        strength: 'strive',
        status: 'met',
        quantity: 'place-from-bottom',
        observed: 19,
        comparator: 'gt',
        threshold: 10,
        unit: 'places',
        margin: 9,
        interim: null,
        due: '2024-12-31',
      },
      {
        target: 'pm25-2025-taiyuan',
        name: { zh: '太原市 PM2.5年均浓度', en: 'PM2.5 annual mean, Taiyuan' },
        task: 26,
        strength: 'strive',
        status: 'not-met',
        quantity: 'value',
        observed: 39.2,
        comparator: 'lte',
        threshold: 38,
        unit: 'µg/m³',
        margin: -1.2,
        interim: null,
        due: '2025-12-31',
      },
    ]);
  });

  it('reports mid-year figures as pending with their interim result', () => {
    const card = scorecard(PM25_2025, { asOf: '2025-07-01' });
    expect(card.counts.pending).toBe(11);
    expect(card.rows.find((r) => r.target === 'pm25-2025-datong')!.interim).toBe('met');
  });

  it('lists every target with all: true, those without an observation pending until due and not assessable after', () => {
    const card = scorecard({}, { asOf: '2026-02-01', all: true });
    expect(card.counts).toEqual({ met: 0, 'not-met': 0, pending: 11, 'not-assessable': 68, total: TARGETS.length });
  });

  it('passes a tolerance on to the 左右 targets only', () => {
    const card = scorecard(
      { 'electricity-final-energy-share-2025': 29, 'short-process-steel-share-2025': 4.5 },
      { asOf: '2026-02-01', tolerance: 1 },
    );
    expect(card.rows.map((r) => r.status)).toEqual(['not-met', 'met']);
  });

  it('rejects an unknown target id among the keys', () => {
    const e = inputError(() => scorecard({ 'pm25-2025-xian': 30 } as never, { asOf: '2026-02-01' }));
    expect(e.field).toBe('observations');
    expect(e.value).toBe('pm25-2025-xian');
  });

  it('names the target whose observation is bad', () => {
    expect(inputError(() => scorecard({ 'pm25-2025-datong': -1 }, { asOf: '2026-02-01' })).field).toBe('observations.pm25-2025-datong');
    expect(inputError(() => scorecard({ 'rank-2024-taiyuan': { rank: 0, of: 168 } }, { asOf: '2026-02-01' })).field).toBe(
      'observations.rank-2024-taiyuan.rank',
    );
  });

  it('rejects observations that are not an object keyed by id, and a bad asOf', () => {
    expect(inputError(() => scorecard([] as never, { asOf: '2026-02-01' })).field).toBe('observations');
    expect(inputError(() => scorecard(PM25_2025, { asOf: '2026-02-30' })).field).toBe('options.asOf');
  });

  it.each([[null], [5], [[]]])('refuses %j as observations, in words', (observations) => {
    expectCode(() => scorecard(observations as never, { asOf: '2026-01-01' }), 'wrong-type', 'observations');
  });

  it.each([[null], [5]])('refuses %j as options, in words', (options) => {
    expectCode(() => scorecard({}, options as never), 'wrong-type', 'options');
  });

  it.each([['yes'], [1], [null]])('refuses all: %j, in English and Chinese', (all) => {
    const e = expectCode(() => scorecard({}, { asOf: '2026-02-01', all } as never), 'wrong-type', 'options.all', all);
    expect(e.issues[0]!.expectedZh).toBe('true 或 false');
  });

  it('names a key that is no target id, and passes an options error on as it is', () => {
    const AFTER_2027 = { asOf: '2027-01-10' };
    const e = expectCode(() => scorecard({ x: 1 } as never, AFTER_2027), 'unknown-id', 'observations', 'x');
    expect(e.issues[0]!.expectedZh).toBe("以方案的目标 id 为键，如 'pm25-2025-datong'");
    expectCode(() => scorecard({ 'pm25-2025-datong': 25 }, { ...AFTER_2027, tolerance: -1 }), 'out-of-range', 'options.tolerance', -1);
  });
});
