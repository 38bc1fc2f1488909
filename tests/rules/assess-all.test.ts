import { describe, expect, it } from 'vitest';
import { assess, assessAll, PlanInputError } from '../../src/index.js';
import { Compliance, Obligation } from '../../src/model/verdict.js';
import { inputError } from '../errors.js';
import { SAMPLES } from './samples.js';

// A 20 t/h coal boiler is cleared (三(二)9: 35蒸吨/小时及以下); a converter of 80 t is phased out (100吨以下).
const BOILER = { kind: 'coal-boiler', capacityTph: 20 };
const CONVERTER = { kind: 'converter', capacityT: 80 };

describe('assessAll: one result per row, in order', () => {
  it('reports a row that fails beside rows that pass, and judges the rows after it', () => {
    const { results, summary } = assessAll([BOILER, { kind: 'coal-boiler', capacityTph: '20' }, CONVERTER]);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(results[0]).toEqual({ index: 0, verdicts: assess(BOILER as never) });
    expect(results[2]).toEqual({ index: 2, verdicts: assess(CONVERTER as never) });
    const bad = results[1]!;
    expect('issues' in bad && bad.issues.map((i) => i.field)).toEqual(['subject.capacityTph']);
    expect([summary.rows, summary.refused]).toEqual([3, 1]);
  });

  it('lists every problem of a bad row, and every bad row', () => {
    const { results, summary } = assessAll([{ kind: 'coal-boiler', capacityTph: -1, isNew: 'yes' }, null, { kind: 'power-plant' }, BOILER]);
    const issues = results.map((r) => ('issues' in r ? r.issues.map((i) => i.field) : 'judged'));
    expect(issues).toEqual([['subject.capacityTph', 'subject.isNew'], ['subject'], ['subject.kind'], 'judged']);
    expect(summary.refused).toBe(3);
  });

  it('gives every sample the verdicts assess gives it', () => {
    const { results, summary } = assessAll(SAMPLES, { asOf: '2025-01-01' });
    results.forEach((r, i) => {
      expect(r).toEqual({ index: i, verdicts: assess(SAMPLES[i]!, { asOf: '2025-01-01' }) });
    });
    expect(summary.refused).toBe(0);
  });

  it('takes an empty inventory', () => {
    expect(assessAll([])).toEqual({
      results: [],
      summary: {
        rows: 0,
        refused: 0,
        verdicts: 0,
        byObligation: { 'phase-out': 0, prohibited: 0, required: 0, preferred: 0, encouraged: 0, exempt: 0, excluded: 0 },
        byCompliance: { complies: 0, 'does-not-comply': 0, unknown: 0 },
        overdue: 0,
      },
    });
  });

  it('refuses a row whose getter throws, and goes on', () => {
    const rows = [BOILER, BOILER];
    Object.defineProperty(rows, 0, {
      get() {
        throw new Error('no');
      },
    });
    const { results } = assessAll(rows);
    expect('issues' in results[0]! && results[0].issues.map((i) => [i.code, i.field])).toEqual([['unreadable', 'subject']]);
    expect('verdicts' in results[1]!).toBe(true);
  });
});

describe('assessAll: the summary', () => {
  it('counts the verdicts by obligation and by compliance; each count sums to the verdicts', () => {
    const rows = [BOILER, CONVERTER, { kind: 'bulk-freight', distanceKm: 650 }];
    const { summary } = assessAll(rows);
    const all = rows.flatMap((r) => assess(r as never));
    expect(summary.verdicts).toBe(all.length);
    for (const o of Obligation.options) expect(summary.byObligation[o], o).toBe(all.filter((v) => v.obligation === o).length);
    for (const c of Compliance.options) expect(summary.byCompliance[c], c).toBe(all.filter((v) => v.compliance === c).length);
    expect(summary.byObligation.preferred).toBe(1); // 500公里以上…优先采用铁路
  });

  it('lists every obligation and compliance value, as the schemas do', () => {
    const { summary } = assessAll([]);
    expect(Object.keys(summary.byObligation)).toEqual(Obligation.options);
    expect(Object.keys(summary.byCompliance)).toEqual(Compliance.options);
  });

  it('counts the overdue verdicts (those marked overdue: true)', () => {
    const { results, summary } = assessAll(SAMPLES, { asOf: '2026-01-01' });
    const marked = results.flatMap((r) => ('verdicts' in r ? r.verdicts : [])).filter((v) => (v as { overdue?: boolean }).overdue === true);
    expect(summary.overdue).toBe(marked.length);
  });
});

describe('assessAll: refusals', () => {
  it.each([
    ['an object', { kind: 'coal-boiler', capacityTph: 20 }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'coal-boiler'],
  ])('throws for %s instead of an array (wrong-type)', (_name, value) => {
    const e = inputError(() => assessAll(value as never));
    expect(e.issues.map((i) => [i.code, i.field])).toEqual([['wrong-type', 'subjects']]);
  });

  it('throws for a bad asOf (invalid-date), once, before any row', () => {
    const e = inputError(() => assessAll([BOILER], { asOf: '2025-02-29' }));
    expect(e.issues.map((i) => [i.code, i.field])).toEqual([['invalid-date', 'options.asOf']]);
    expect(() => assessAll([BOILER], { when: '2025-01-01' } as never)).toThrow(PlanInputError);
  });
});
