/**
 * GB/T 8170 rounding at the tolerance around an exact half (src/air/rounding.ts): a value within 10⁻⁹ of a
 * unit of half counts as half (float noise), beyond that it is more or less than half; large values use a
 * tolerance of a few ulps.
 */
import { describe, expect, it } from 'vitest';
import { roundGbt8170 } from '../../src/air/index.js';
import { expectInputError } from '../errors.js';

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

  it('keeps the sign, and never returns −0', () => {
    expect(Object.is(roundGbt8170(-0.4), 0)).toBe(true);
    expect(roundGbt8170(-0.6)).toBe(-1);
  });

  it('refuses decimals that are not a whole number from 0 to 10', () => {
    expectInputError(() => roundGbt8170(1, '2' as never), 'decimals', 'a whole number from 0 to 10', '2');
    expectInputError(() => roundGbt8170(1, null as never), 'decimals', 'a whole number from 0 to 10', null);
  });
});
