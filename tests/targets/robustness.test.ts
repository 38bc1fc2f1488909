// Cases found by fuzzing the public API: each once returned NaN/Infinity or threw a TypeError.
import { describe, expect, it } from 'vitest';
import { evaluateTarget, PlanInputError, targetName } from '../../src/index.js';

const AFTER = { asOf: '2028-01-15' } as const;

describe('evaluateTarget and targetName on extreme or malformed input', () => {
  it('answers a junk target given to targetName with a PlanInputError, not a TypeError', () => {
    expect(() => targetName([] as never)).toThrow(PlanInputError);
    expect(() => targetName({ id: 'x', metric: 'y' } as never)).toThrow(PlanInputError);
  });

  it('keeps the margin finite for an absurdly large PM2.5 mean (2027 aim: 30 − 1e300)', () => {
    const e = evaluateTarget('pm25-2027-shuozhou', 1e300, AFTER);
    expect(e.status).toBe('not-met');
    expect(Number.isFinite(e.margin)).toBe(true);
    expect(e.margin).toBe(30 - 1e300);
  });

  it('refuses a change whose percentage overflows (value 1.8e308 against a baseline of 5e-324)', () => {
    expect(() => evaluateTarget('coal-2025-taiyuan', { value: 1.7976931348623157e308, baseline: 5e-324 }, AFTER)).toThrow(PlanInputError);
  });

  it('refuses a ranking whose field is larger than a safe integer', () => {
    try {
      evaluateTarget('rank-rise-2024-yangquan', { rank: 1, of: 2 ** 53, baselineRank: 1 }, AFTER);
      expect.unreachable();
    } catch (e) {
      expect((e as PlanInputError).field).toBe('observation.of');
    }
  });

  it('echoes no junk for a target without a figure (binding indicators): NaN is refused, not passed through', () => {
    expect(() => evaluateTarget('binding-air-quality-2024', Number.NaN as never, AFTER)).toThrow(PlanInputError);
    expect(evaluateTarget('binding-air-quality-2024', undefined, AFTER).observed).toBeNull();
  });
});
