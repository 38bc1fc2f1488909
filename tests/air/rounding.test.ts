import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInputError, roundGbt8170 } from '../../src/index.js';
import { expectCode } from '../errors.js';

// GB/T 8170 进舍规则: drop a discarded part under half (四舍), carry one over half (六入), and on exactly
// half (a 5 with nothing or only zeros after it) keep the last digit if even, carry if odd (五成双).
describe('roundGbt8170', () => {
  it('drops a discarded part under half: 12.1498 → 12 (whole) and 12.1 (1 decimal)', () => {
    expect(roundGbt8170(12.1498)).toBe(12);
    expect(roundGbt8170(12.1498, 1)).toBe(12.1);
  });

  it('carries when the discarded part is over half: 12.6 → 13; 34.51 → 35 (5 followed by a non-zero digit)', () => {
    expect(roundGbt8170(12.6)).toBe(13);
    expect(roundGbt8170(34.51)).toBe(35);
    expect(roundGbt8170(10.5002)).toBe(11);
  });

  it('rounds exactly half to the even neighbour: 34.5 → 34, 35.5 → 36, 2.5 → 2, 3.5 → 4, 0.5 → 0', () => {
    expect(roundGbt8170(34.5)).toBe(34);
    expect(roundGbt8170(35.5)).toBe(36);
    expect(roundGbt8170(2.5)).toBe(2);
    expect(roundGbt8170(3.5)).toBe(4);
    expect(roundGbt8170(0.5)).toBe(0);
  });

  it('treats trailing zeros after the 5 as exactly half: 1.050 → 1.0 (one decimal)', () => {
    expect(roundGbt8170(1.05, 1)).toBe(1);
  });

  it('reads a decimal as written though its double is not exact: 0.35 → 0.4, 1.15 → 1.2, 0.25 → 0.2', () => {
    // 0.35 is stored as 0.34999999999999997…, 1.15 as 1.149999999999999911…: both are written halves.
    expect(roundGbt8170(0.35, 1)).toBe(0.4);
    expect(roundGbt8170(1.15, 1)).toBe(1.2);
    expect(roundGbt8170(0.25, 1)).toBe(0.2);
    expect(roundGbt8170(2.05, 1)).toBe(2);
  });

  it('rounds a negative value as its absolute value: −0.0365 → −0.036 (3 decimals), −2.5 → −2', () => {
    expect(roundGbt8170(-0.0365, 3)).toBe(-0.036);
    expect(roundGbt8170(-2.5)).toBe(-2);
  });

  it('returns 0, not −0, when a small negative value rounds to zero, and keeps the sign otherwise', () => {
    expect(Object.is(roundGbt8170(-0.4), 0)).toBe(true);
    expect(roundGbt8170(-0.6)).toBe(-1);
  });

  it('leaves values too large to have fractional digits unchanged (finite in, finite out)', () => {
    expect(roundGbt8170(1.7e308, 1)).toBe(1.7e308);
    expect(roundGbt8170(2 ** 60)).toBe(2 ** 60);
  });

  it.each([Number.NaN, Infinity, -Infinity, '1', null, undefined])('rejects %s as a value', (v) => {
    expect(() => roundGbt8170(v as never)).toThrow(PlanInputError);
  });

  it.each([-1, 1.5, 11, Number.NaN, '1'])('rejects %s as a number of decimals', (d) => {
    expect(() => roundGbt8170(1, d as never)).toThrow(PlanInputError);
  });

  it('names the value or the decimals at fault, in words, and takes 0 to 10 decimals', () => {
    expectCode(() => roundGbt8170(NaN), 'not-a-number', 'value', NaN);
    expectCode(() => roundGbt8170(1, 11), 'out-of-range', 'decimals', 11);
    expectCode(() => roundGbt8170(1, -1), 'out-of-range', 'decimals', -1);
    expectCode(() => roundGbt8170(1, 0.5), 'not-an-integer', 'decimals', 0.5);
    expectCode(() => roundGbt8170(1, '2' as never), 'not-a-number', 'decimals', '2');
    expectCode(() => roundGbt8170(1, null as never), 'not-a-number', 'decimals', null);
    expect(roundGbt8170(2.25, 10)).toBe(2.25);
    expect(roundGbt8170(2.5, 0)).toBe(2);
  });

  it('agrees with a decimal-string oracle for values written with up to 4 decimals', () => {
    // Oracle on the written digits: m / 10^k rounded to d < k decimals by the rule, in BigInt.
    const oracle = (m: bigint, k: number, d: number): number => {
      const drop = 10n ** BigInt(k - d);
      const sign = m < 0n ? -1n : 1n;
      const a = m * sign;
      let q = a / drop;
      const r = a % drop;
      if (2n * r > drop || (2n * r === drop && q % 2n === 1n)) q += 1n;
      return Number(sign * q) / 10 ** d;
    };
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 1, max: 4 }), fc.nat(3), (m, k, dd) => {
        const d = dd % k;
        const value = Number(m) / 10 ** k;
        expect(roundGbt8170(value, d)).toBe(oracle(m, k, d) + 0);
      }),
      { numRuns: 10000 },
    );
  });

  it('rounds exact halves to even for every whole-number-and-a-half up to 10,000', () => {
    for (let n = 0; n < 10_000; n++) {
      expect(roundGbt8170(n + 0.5)).toBe(n % 2 === 0 ? n : n + 1);
    }
  });
});

// GB/T 8170 rounding at the tolerance around an exact half: a value within 10⁻⁹ of a unit of half counts as
// half (float noise), beyond that it is more or less than half; large values use a tolerance of a few ulps.
describe('roundGbt8170 near an exact half', () => {
  it('takes a value within 10⁻⁹ of a half as the half (to the even neighbour)', () => {
    expect(roundGbt8170(34.5000000001)).toBe(34);
    expect(roundGbt8170(2.5000000001)).toBe(2);
    expect(roundGbt8170(3.4999999999)).toBe(4);
    expect(roundGbt8170(0.25000000001, 1)).toBe(0.2);
    expect(roundGbt8170(-2.5000000001)).toBe(-2);
  });

  it('rounds a value further than 10⁻⁹ from the half as more or less than half', () => {
    expect(roundGbt8170(34.500001)).toBe(35);
    expect(roundGbt8170(34.499999)).toBe(34);
    expect(roundGbt8170(2.50000001)).toBe(3);
  });

  it('rounds large values with a tolerance of a few ulps', () => {
    expect(roundGbt8170(1234566.5)).toBe(1234566);
    expect(roundGbt8170(1234567.5)).toBe(1234568);
    expect(roundGbt8170(1234567.4)).toBe(1234567);
    expect(roundGbt8170(4503599627370495.5)).toBe(4503599627370496);
    expect(roundGbt8170(2 ** 53)).toBe(2 ** 53);
  });
});
