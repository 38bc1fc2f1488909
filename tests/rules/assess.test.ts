import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/errors.js';
import { Subject, Verdict } from '../../src/entries/schemas.js';
import { assess, getRule, getThreshold, rulesFor, validateSubject } from '../../src/rules/index.js';
import { expectInputError, fieldOf, revoked, expectCode } from '../errors.js';
import { BAD, SAMPLES } from './samples.js';

describe('assess: bad subjects', () => {
  it.each(BAD)('rejects %s, naming %s… as PlanInputError', (_name, subject, field) => {
    expect(fieldOf(() => assess(subject as never))).toBe(field);
  });

  it('says what it expected and what it got', () => {
    try {
      assess({ kind: 'coal-boiler', capacityTph: '20' } as never);
    } catch (e) {
      expect(e).toMatchObject({ field: 'subject.capacityTph', value: '20', expected: 'a finite number ≥ 0' });
      expect((e as Error).message).toBe('Invalid subject.capacityTph: expected a finite number ≥ 0, received "20"');
    }
  });

  it('rejects bad options', () => {
    expect(fieldOf(() => assess({ kind: 'gas-boiler' }, { asOf: '2024-02-30' }))).toBe('options.asOf');
    expect(fieldOf(() => assess({ kind: 'gas-boiler' }, { asOf: '2024/10/31' }))).toBe('options.asOf');
    expect(fieldOf(() => assess({ kind: 'gas-boiler' }, { asOf: 20241031 } as never))).toBe('options.asOf');
    expect(fieldOf(() => assess({ kind: 'gas-boiler' }, { when: '2024-10-31' } as never))).toBe('options.when');
    expect(fieldOf(() => assess({ kind: 'gas-boiler' }, 'now' as never))).toBe('options');
  });
});

describe('assess: options', () => {
  const subject = { kind: 'coal-power-unit', capacityMw: 200 } as const;
  it('may be absent, empty or without asOf', () => {
    const plain = assess(subject);
    expect(assess(subject, {})).toEqual(plain);
    expect(assess(subject, { asOf: undefined })).toEqual(plain);
    expect(plain.length).toBeGreaterThan(0);
  });
  it.each([5, 'x', null, [], true, new Map([['asOf', '2025-01-01']]), new Date(0)])(
    'refuses %o as options, in English and Chinese',
    (o) => {
      const e = expectInputError(() => assess(subject, o as never), 'options', 'a plain object { asOf? } or undefined');
      expect(e.issues[0]!.expectedZh).toBe('普通对象 { asOf? } 或 undefined');
    },
  );
  it('refuses an option it does not take, in English and Chinese', () => {
    const e = expectCode(() => assess(subject, { asof: '2025-01-01' } as never), 'unknown-key', 'options.asof', '2025-01-01');
    expect(e.issues[0]!.expectedZh).toBe('无此键（只接受 asOf）');
  });
  it('refuses a revoked Proxy as options by name, never reading it', () => {
    const proxy = revoked();
    const e = expectCode(() => assess(subject, proxy as never), 'unreadable', 'options');
    expect(e.message).toContain('received a revoked Proxy');
  });
  it('refuses an impossible date as asOf', () => {
    expect(expectCode(() => assess(subject, { asOf: '2025-02-29' }), 'invalid-date', 'options.asOf').value).toBe('2025-02-29');
  });
});

describe('assess: the hand validator and the zod schema agree', () => {
  it.each(SAMPLES.map((s) => [s.kind, s] as const))('both accept a valid %s', (_kind, s) => {
    expect(Subject.safeParse(s).success).toBe(true);
    expect(() => validateSubject(s)).not.toThrow();
  });

  it.each(BAD)('both refuse %s', (_name, subject) => {
    expect(Subject.safeParse(subject).success).toBe(false);
    expect(() => validateSubject(subject)).toThrow(PlanInputError);
  });

  it('agree on random mutations of valid subjects', () => {
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.integer({ min: -5, max: 200 }),
      fc.constantFrom('', 'other', 'new', 'taiyuan', '140121', 'coal', 'stepping', 'china-4', '5A'),
      fc.array(fc.constantFrom('coal', 'household-waste', 'other', 'x'), { maxLength: 3 }),
      fc.record({ rank: fc.integer({ min: -1, max: 130 }), of: fc.integer({ min: -1, max: 130 }) }),
      fc.record(
        { city: fc.constantFrom('taiyuan', 'datong', 'xian'), county: fc.constantFrom('140121', '140105', '999999') },
        { requiredKeys: [] },
      ),
    );
    const keys = fc.constantFrom(
      'kind',
      'capacityTph',
      'capacityMw',
      'capacityT',
      'volumeM3',
      'use',
      'isNew',
      'location',
      'city',
      'county',
      'pm25AnnualMean',
      'provincialRank',
      'coFiring',
      'vocsContentPct',
      'type',
      'sector',
      'action',
      'annualBulkMt',
      'distanceKm',
      'emissionStage',
      'fuel',
      'leanBurn',
      'areaM2',
      'grade',
      'park',
      'extra',
    );
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), keys, junk, (sample, key, value) => {
        const s = { ...sample, [key]: value };
        let hand = true;
        try {
          validateSubject(s);
        } catch (e) {
          if (!(e instanceof PlanInputError)) throw e;
          hand = false;
        }
        expect(hand).toBe(Subject.safeParse(s).success);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('assess: verdicts', () => {
  it.each(SAMPLES.map((s) => [s.kind, s] as const))(
    'for a %s parse as Verdict, cite a known rule and match its task, obligation and deadline',
    (_kind, s) => {
      for (const v of assess(s)) {
        expect(Verdict.safeParse(v).error).toBeUndefined();
        const rule = getRule(v.rule);
        expect(v.task).toBe(rule.task);
        expect(v.obligation).toBe(rule.obligation);
        expect(v.source).toBe(rule.source);
        expect(v.deadline).toBe('deadline' in rule ? rule.deadline : undefined);
        expect(rule.appliesTo as readonly string[]).toContain(s.kind);
        for (const t of v.condition?.when ?? []) if (t.threshold !== undefined) expect(() => getThreshold(t.threshold!)).not.toThrow();
      }
    },
  );

  it('never report NaN, and state conditions only in terms of facts the subject left out', () => {
    for (const s of SAMPLES) {
      for (const v of assess(s)) {
        for (const x of Object.values(v.facts)) if (typeof x === 'number') expect(Number.isNaN(x)).toBe(false);
        for (const t of v.condition?.when ?? []) {
          const path = t.fact.split('.');
          let x: unknown = s;
          for (const p of path) x = x === undefined ? undefined : (x as Record<string, unknown>)[p];
          if (t.fact === 'location')
            expect(
              (s as { location?: { city?: string; county?: string } }).location?.city ?? (s as { city?: string }).city,
            ).toBeUndefined();
          else expect(x, `${s.kind} ${v.rule} ${t.fact}`).toBeUndefined();
        }
      }
    }
  });

  it('do not change the subject', () => {
    for (const s of SAMPLES) {
      const copy = structuredClone(s);
      assess(s, { asOf: '2025-01-01' });
      expect(s).toEqual(copy);
    }
  });

  it('cannot be used to change the rules: shared parts are frozen', () => {
    const [v] = assess({ kind: 'coal-boiler', capacityTph: 20 });
    expect(Object.isFrozen(v!.source)).toBe(true);
    expect(Object.isFrozen(v!.reason)).toBe(true);
    const [, c] = assess({ kind: 'coal-boiler', capacityTph: 20 });
    expect(Object.isFrozen(c!.condition)).toBe(true);
    expect(Object.isFrozen(c!.condition!.when[0])).toBe(true);
  });

  it('are the same for the same subject (pure)', () => {
    for (const s of SAMPLES) expect(assess(s)).toEqual(assess(s));
  });

  it('return an empty list when nothing applies', () => {
    expect(assess({ kind: 'blast-furnace', volumeM3: 3000 })).toEqual([]);
  });
});

describe('assess: asOf marks deadlines, nothing else', () => {
  const boiler = {
    kind: 'coal-boiler',
    capacityTph: 50,
    isNew: false,
    use: 'other',
    withinHeatNetwork: false,
    distanceToLargeChpKm: 99,
    inefficientTreatment: false,
  } as const;

  it('On the deadline day (2024-10-31) the retrofit deadline has not passed', () => {
    expect(assess(boiler, { asOf: '2024-10-31' })[0]!.facts).toMatchObject({ asOf: '2024-10-31', deadlinePassed: false });
  });

  it('The day after (2024-11-01) it has', () => {
    expect(assess(boiler, { asOf: '2024-11-01' })[0]!.facts).toMatchObject({ asOf: '2024-11-01', deadlinePassed: true });
  });

  it('Undated verdicts are left as they are, and the verdicts are the same as without asOf', () => {
    // 20 t/h: task 9's undated clean-up, unmarked; since it may still burn, task 21's dated retrofit, marked.
    const withAsOf = assess({ kind: 'coal-boiler', capacityTph: 20 }, { asOf: '2030-01-01' });
    const without = assess({ kind: 'coal-boiler', capacityTph: 20 });
    expect(withAsOf[0]).toEqual(without[0]);
    expect(withAsOf[0]!.overdue).toBeUndefined();
    expect(withAsOf[1]).toEqual({
      ...without[1],
      facts: { ...without[1]!.facts, asOf: '2030-01-01', deadlinePassed: true },
      overdue: true,
    });
    expect(assess(boiler, { asOf: '2030-01-01' }).map((v) => v.rule)).toEqual(assess(boiler).map((v) => v.rule));
  });

  it('does not write into shared facts', () => {
    assess({ kind: 'locomotive' }, { asOf: '2026-01-01' });
    expect(assess({ kind: 'locomotive' })[0]!.facts).toEqual({ blackSmoke: null });
  });
});

describe('lookups', () => {
  it('getRule and getThreshold find by id and refuse unknown ids', () => {
    expect(getRule('coal-boiler-cleanup').task).toBe(9);
    expect(getThreshold('large-chp-min').value).toBe(300);
    expect(() => getRule('no-such-rule')).toThrow(PlanInputError);
    expect(() => getThreshold('toString')).toThrow(PlanInputError);
  });

  it('rulesFor lists the rules of a kind', () => {
    expect(rulesFor('truck').map((r) => r.id)).toEqual([
      'old-diesel-truck-phase-out',
      'lean-burn-gas-truck-phase-out',
      'truck-anti-tampering',
      'vehicle-inspection-maintenance',
    ]);
    expect(() => rulesFor('spaceship' as never)).toThrow(PlanInputError);
  });

  it('getRule refuses what is not a rule id, in words', () => {
    expect(expectCode(() => getRule('no-such-rule'), 'unknown-id', 'id', 'no-such-rule').messageZh).toBe(
      'id 无效：应为规则 id（见 RULES），收到 "no-such-rule"',
    );
    // An array holding a valid id would pass a bare hasOwn check (the key is coerced to a string).
    expectCode(() => getRule(['coal-unit-below-300mw'] as never), 'unknown-id', 'id');
  });
  it('getThreshold refuses what is not a threshold id, in words', () => {
    expect(expectCode(() => getThreshold('nope'), 'unknown-id', 'id', 'nope').messageZh).toBe(
      'id 无效：应为阈值 id（见 THRESHOLDS），收到 "nope"',
    );
    expectCode(() => getThreshold(['coal-boiler-cleanup-max'] as never), 'unknown-id', 'id');
  });
  it('rulesFor refuses what is not a subject kind, in words', () => {
    const e = expectCode(() => rulesFor('bicycle' as never), 'unknown-id', 'kind', 'bicycle');
    expect(e.issues[0]!.expectedZh).toBe(`主体类别，${e.expected.slice('a subject kind, one of '.length).replaceAll(', ', '、')} 之一`);
  });
});

describe('the documented examples hold', () => {
  it('assess', () => {
    expect(
      assess({
        kind: 'coal-boiler',
        capacityTph: 35,
        isNew: false,
        use: 'central-heating',
        inBuiltUpArea: false,
        withinHeatNetwork: false,
        distanceToLargeChpKm: 80,
        distanceToLargeIndustrialHeatKm: 80,
        inefficientTreatment: false,
      }).map((v) => v.rule),
    ).toEqual(['coal-boiler-cleanup', 'coal-boiler-ule-all']);
    expect(assess({ kind: 'sinter-machine', type: 'stepping', location: { county: '140121' } })[0]!.deadline).toBe('2024-10-31');
    expect(assess({ kind: 'bulk-freight', distanceKm: 650 })[0]!.obligation).toBe('preferred');
    expect(assess({ kind: 'coal-boiler', capacityTph: 20 })[0]).toMatchObject({
      rule: 'coal-boiler-cleanup',
      task: 9,
      obligation: 'phase-out',
      facts: { capacityTph: 20, threshold: 35, inclusive: true },
      source: { clause: '三(二)9' },
    });
  });

  it('validateSubject, getRule, getThreshold, the schemas', () => {
    expect(validateSubject({ kind: 'coal-boiler', capacityTph: 20 }).kind).toBe('coal-boiler');
    expect(() => validateSubject({ kind: 'coal-boiler', capacityTph: '20' })).toThrow(
      expect.objectContaining({ field: 'subject.capacityTph', expected: 'a finite number ≥ 0' }),
    );
    expect(getRule('coal-boiler-ule-35-65').deadline).toBe('2024-10-31');
    expect(getRule('coal-boiler-cleanup').appliesTo).toEqual(['coal-boiler']);
    expect(getThreshold('coal-boiler-cleanup-max').inclusive).toBe(true);
    expect(Subject.safeParse({ kind: 'coal-boiler', capacityTph: -1 }).success).toBe(false);
  });
});
