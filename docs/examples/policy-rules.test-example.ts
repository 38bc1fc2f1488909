/**
 * A test suite a third party would write to pin the policy logic they rely on: each `it` reads like
 * the rule it checks, and each asserts the clause the answer rests on. In your own project, name it
 * `policy-rules.test.ts` and run `npx vitest`.
 *
 * Here it runs with its own config (the package name pointed at the sources):
 *   npx vitest run --config docs/examples/vitest.config.ts
 */
import { assess, evaluateTarget, getTarget, PlanInputError, type Verdict } from 'shanxi-air-plan';
import { verifyCitation } from 'shanxi-air-plan/source';
import { describe, expect, it } from 'vitest';

const rules = (verdicts: Verdict[]) => verdicts.map((v) => v.rule);

/** An existing coal boiler of the given size, every other fact stated so no verdict is conditional. */
const boiler = (capacityTph: number) =>
  assess({
    kind: 'coal-boiler',
    capacityTph,
    isNew: false,
    use: 'other',
    inBuiltUpArea: false,
    withinHeatNetwork: false,
    distanceToLargeChpKm: 80,
    distanceToLargeIndustrialHeatKm: 80,
    inefficientTreatment: false,
  });

describe('coal boilers (tasks 9 and 21)', () => {
  it("a 35 t/h coal boiler falls under task 9's clean-up; still burning, task 21's retrofit of 全部 unless it was cleared", () => {
    const verdicts = boiler(35);
    expect(rules(verdicts)).toEqual(['coal-boiler-cleanup', 'coal-boiler-ule-all']);
    expect(verdicts[1]!.condition?.when).toEqual([{ fact: 'shutDown', equals: false }]);
    expect(verdicts[0]).toMatchObject({ task: 9, obligation: 'phase-out', source: { clause: '三(二)9' } });
  });

  it('a 35.1 t/h coal boiler must be retrofitted to ultra-low emissions by 2024-10-31 (task 21)', () => {
    const [v] = boiler(35.1);
    expect(v).toMatchObject({ rule: 'coal-boiler-ule-35-65', task: 21, obligation: 'required', deadline: '2024-10-31' });
  });

  it('a 20 t/h boiler whose CHP neighbour is unknown gets the CHP rule only under a condition', () => {
    const verdicts = assess({ kind: 'coal-boiler', capacityTph: 20, distanceToLargeChpKm: 12 });
    const chp = verdicts.find((v) => v.rule === 'coal-boiler-chp-radius');
    expect(chp?.condition?.text.en).toBe('if the nearby CHP plant has 300 MW or more');
  });

  it('on the deadline day the deadline has not passed; the day after, it has', () => {
    const on = assess({ kind: 'coal-boiler', capacityTph: 50 }, { asOf: '2024-10-31' });
    const after = assess({ kind: 'coal-boiler', capacityTph: 50 }, { asOf: '2024-11-01' });
    expect(on[0]!.facts.deadlinePassed).toBe(false);
    expect(after[0]!.facts.deadlinePassed).toBe(true);
  });
});

describe('steel equipment (tasks 3 and 24)', () => {
  it('an 80 t converter is phased out; a 100 t converter is not (以下 excludes 100)', () => {
    expect(rules(assess({ kind: 'converter', capacityT: 80 }))).toEqual(['converter-restricted']);
    expect(assess({ kind: 'converter', capacityT: 100 })).toEqual([]);
  });

  it('a stepping sinter machine in Jiexiu (140781) lies in the Taiyuan basin and must go by 2024-10-31', () => {
    const [v] = assess({ kind: 'sinter-machine', type: 'stepping', location: { county: '140781' } });
    expect(v).toMatchObject({ rule: 'taiyuan-basin-outdated-equipment', task: 24, deadline: '2024-10-31' });
    expect(v!.facts.inTaiyuanBasin).toBe(true);
  });
});

describe('targets (task 26)', () => {
  it("Datong's 2025 PM2.5 ceiling is 25 µg/m³, held (稳定), and 25.0 meets it", () => {
    expect(getTarget('pm25-2025-datong')).toMatchObject({ value: 25, unit: 'µg/m³', comparator: 'lte', strength: 'stable' });
    expect(evaluateTarget('pm25-2025-datong', 25.0, { asOf: '2026-01-15' }).status).toBe('met');
    expect(evaluateTarget('pm25-2025-datong', 25.1, { asOf: '2026-01-15' }).status).toBe('not-met');
  });

  it('before the year is out a target is pending, whatever the figure', () => {
    expect(evaluateTarget('pm25-2025-taiyuan', 30, { asOf: '2025-12-31' }).status).toBe('pending');
  });
});

describe('explainable answers', () => {
  it('every verdict quotes its clause verbatim', () => {
    const verdicts = [
      ...boiler(20),
      ...assess({ kind: 'truck', fuel: 'diesel', emissionStage: 'china-4' }),
      ...assess({ kind: 'freight-site', type: 'logistics-park', annualBulkMt: 2, action: 'new' }),
    ];
    expect(verdicts.length).toBeGreaterThan(0);
    for (const v of verdicts) expect(verifyCitation(v.source)).toBe(true);
  });

  it('bad input is refused with the field named, never answered', () => {
    const refusal = (() => {
      try {
        assess({ kind: 'coal-boiler', capacityTph: -1 });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(PlanInputError);
    expect(refusal).toMatchObject({ field: 'subject.capacityTph', value: -1 });
  });
});
