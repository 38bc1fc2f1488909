/**
 * Fuzz (fast-check) over every public function of `shanxi-air-plan` and `shanxi-air-plan/source`:
 * whatever it is given, it returns a valid result (its schema parses it; no NaN or Infinity inside) or
 * throws a `PlanInputError` naming a field — never another exception — and never changes its input.
 *
 * Three kinds of input per function: pure junk; valid arguments with one thing wrong ("nearly valid",
 * which gets past the first checks); and valid arguments, which must succeed.
 * `npm test` runs 100 valid, 100 edge, 200 junk and 300 nearly valid cases per function (a few seconds);
 * deeper runs: `FUZZ_RUNS=20 FUZZ_SEED=random npx vitest run tests/fuzz`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsContract, junkArgs, nearlyValid, params } from './harness.js';
import { publicFunctions, TABLE } from './table.js';

describe('the fuzz table', () => {
  it('covers every public function of both entries, and nothing else', () => {
    const exported = publicFunctions();
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(exported).sort());
    for (const [name, row] of Object.entries(TABLE)) expect(row.fn, name).toBe(exported[name]);
  });
});

describe.each(Object.entries(TABLE))('%s', (name, row) => {
  it('takes valid arguments and returns a valid result', () => {
    fc.assert(
      fc.property(row.valid, (args) => {
        const outcome = holdsContract(name, row, args);
        if (outcome !== 'ok') {
          // Valid arguments must not be refused: re-run to show the error itself.
          (row.fn as (...a: unknown[]) => unknown)(...args);
        }
        row.validCheck?.((row.fn as (...a: unknown[]) => unknown)(...args), args);
      }),
      params(100),
    );
  });

  it.runIf(row.edge !== undefined)(
    'answers valid-shaped arguments at the edges (huge, tiny) with a valid result or a PlanInputError',
    () => {
      fc.assert(
        fc.property(row.edge!, (args) => {
          holdsContract(name, row, args);
        }),
        params(100),
      );
    },
  );

  it('answers junk with a valid result or a PlanInputError naming the field', () => {
    fc.assert(
      fc.property(junkArgs(row.arity), (args) => {
        holdsContract(name, row, args);
      }),
      params(200),
    );
  });

  it('answers nearly valid arguments (one field corrupted) with a valid result or a PlanInputError', () => {
    fc.assert(
      fc.property(nearlyValid(row.nearly ?? row.valid), ({ args }) => {
        holdsContract(name, row, args);
      }),
      params(300),
    );
  });
});
