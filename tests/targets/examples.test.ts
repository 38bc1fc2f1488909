/**
 * The TSDoc examples of the targets module, run as written (each `//=>` is an expectation), and the results'
 * agreement with their published zod schemas.
 */
import { describe, expect, it } from 'vitest';
import { Evaluation, Observation } from '../../src/model/target.js';
import {
  deadlines,
  evaluateTarget,
  getTarget,
  scorecard,
  TARGET_METRICS,
  TARGETS,
  targetName,
  targetsFor,
} from '../../src/targets/index.js';

describe('TSDoc examples', () => {
  it('TARGETS', () => {
    expect(TARGETS.find((t) => t.id === 'pm25-2025-datong')?.value).toBe(25);
    expect(TARGETS.filter((t) => t.metric === 'pm25-annual-mean' && t.due === '2025-12-31').length).toBe(11);
  });

  it('TARGET_METRICS', () => {
    expect(TARGET_METRICS.find((m) => m.id === 'pm25-annual-mean')?.name.en).toBe('PM2.5 annual mean');
  });

  it('getTarget', () => {
    expect(getTarget('pm25-2025-taiyuan').value).toBe(38);
    expect(getTarget('pm25-2025-taiyuan').strength).toBe('strive');
  });

  it('evaluateTarget', () => {
    expect(evaluateTarget('pm25-2025-datong', 25.0, { asOf: '2026-01-15' }).status).toBe('met');
    expect(evaluateTarget('pm25-2025-datong', 25.1, { asOf: '2026-01-15' }).margin).toBe(-0.1);
    expect(evaluateTarget('rank-2024-taiyuan', { rank: 158, of: 168 }, { asOf: '2025-01-20' }).status).toBe('met');
    expect(evaluateTarget('coal-boiler-ultra-low-2024', { done: false }, { asOf: '2024-10-31' }).status).toBe('pending');
    expect(evaluateTarget('binding-air-quality-2025', undefined, { asOf: '2026-01-01' }).status).toBe('not-assessable');
  });

  it('targetName', () => {
    expect(targetName('pm25-2025-datong')).toEqual({ zh: '大同市 PM2.5年均浓度', en: 'PM2.5 annual mean, Datong' });
    expect(targetName('binding-air-quality-2025').en).toBe('the binding national air-quality indicators, Shanxi');
  });

  it('targetsFor', () => {
    expect(targetsFor({ city: 'taiyuan' }).map((t) => t.id)).toEqual([
      'rank-2024-taiyuan',
      'coal-2025-taiyuan',
      'pm25-2025-taiyuan',
      'pm25-2027-taiyuan',
    ]);
    expect(targetsFor({ task: 21 }).map((t) => t.due)).toEqual(['2024-10-31', '2024-10-31']);
    expect(targetsFor({ department: 'transport', dueBy: '2024-12-31' }).map((t) => t.id)).toEqual([
      'taiyuan-basin-furnaces-phased-out-2024',
      'clean-transport-share-2024',
    ]);
  });

  it('deadlines', () => {
    expect(deadlines({ from: '2024-10-01', to: '2024-10-31' }).map((d) => [d.target, d.task, d.duty.lead])).toEqual([
      ['ultra-low-assessment-2024', 21, ['ecology-environment']],
      ['coal-boiler-ultra-low-2024', 21, ['ecology-environment']],
      ['taiyuan-basin-furnaces-phased-out-2024', 24, []],
    ]);
    expect(deadlines({ from: '2024-10-31', to: '2024-10-31', asOf: '2024-10-01' })[0]?.daysLeft).toBe(30);
  });

  it('scorecard', () => {
    const card = scorecard({ 'pm25-2025-datong': 24.8, 'pm25-2025-taiyuan': 39.2 }, { asOf: '2026-01-20' });
    expect(card.rows.map((r) => [r.target, r.status, r.margin])).toEqual([
      ['pm25-2025-datong', 'met', 0.2],
      ['pm25-2025-taiyuan', 'not-met', -1.2],
    ]);
    expect(card.counts).toEqual({ met: 1, 'not-met': 1, pending: 0, 'not-assessable': 0, total: 2 });
  });
});

describe('results and their schemas', () => {
  const cases = [
    ['pm25-2025-datong', 25, '2026-01-01'],
    ['pm25-2027-lvliang', 29, '2028-01-01'],
    ['rank-2024-taiyuan', { rank: 157, of: 168, rankFromBottom: 10 }, '2025-01-01'],
    ['rank-rise-2025-xinzhou', { rank: 200, of: 339, baselineRank: 210 }, '2025-06-01'],
    ['rail-freight-growth-2025', { value: 1.2e8, baseline: 1.1e8 }, '2026-01-01'],
    ['fenhe-valley-monitoring-2025', { done: true, on: '2025-09-30' }, '2026-01-01'],
    ['binding-emission-total-2025', undefined, '2026-01-01'],
  ] as const;

  it.each(cases)('the evaluation of %s parses with the Evaluation schema', (id, observation, asOf) => {
    if (observation !== undefined) expect(Observation.safeParse(observation).error).toBeUndefined();
    const e = evaluateTarget(id, observation, { asOf });
    expect(Evaluation.safeParse(e).error).toBeUndefined();
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});
