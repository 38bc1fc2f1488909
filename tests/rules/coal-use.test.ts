import { describe, expect, it } from 'vitest';
import type { Subject } from '../../src/entries/schemas.js';
import { definite, ids, verdictOf } from './helpers.js';

describe('coal replacement and the coal account (task 8)', () => {
  it.each(['petroleum-coke', 'coke', 'semi-coke', 'other-high-polluting'] as const)(
    'Burning %s does not count as coal replacement',
    (fuel) => {
      expect(definite({ kind: 'coal-substitute', fuel }, 'no-high-polluting-coal-substitute')).toMatchObject({
        task: 8,
        obligation: 'prohibited',
      });
    },
  );
  it('Another fuel is not barred by this rule', () => {
    expect(ids({ kind: 'coal-substitute', fuel: 'other' })).toEqual([]);
  });
  it('Coal gangue and feedstock coal are left out of the coal total; fuel coal is counted', () => {
    expect(definite({ kind: 'coal-use', type: 'coal-gangue' }, 'coal-total-exclusion')).toMatchObject({ obligation: 'excluded' });
    definite({ kind: 'coal-use', type: 'feedstock-coal' }, 'coal-total-exclusion');
    expect(ids({ kind: 'coal-use', type: 'fuel-coal' })).toEqual([]);
  });
});

describe('additional natural gas (task 7)', () => {
  it('goes first to households and clean heating, not to other uses', () => {
    expect(definite({ kind: 'gas-demand', use: 'residential' }, 'new-gas-priority')).toMatchObject({ task: 7, obligation: 'preferred' });
    definite({ kind: 'gas-demand', use: 'clean-heating' }, 'new-gas-priority');
    expect(ids({ kind: 'gas-demand', use: 'other' })).toEqual([]);
  });
});

describe('the facts each verdict states', () => {
  // The Facts contract: a verdict states, by name, the subject fields that decided it, as given, and null for
  // those left out (which its condition then names).
  it.each<[string, Subject, string, Record<string, unknown>]>([
    ['a coal substitute', { kind: 'coal-substitute', fuel: 'semi-coke' }, 'no-high-polluting-coal-substitute', { fuel: 'semi-coke' }],
    ['a use of coal', { kind: 'coal-use', type: 'coal-gangue' }, 'coal-total-exclusion', { type: 'coal-gangue' }],
    ['a gas demand', { kind: 'gas-demand', use: 'residential' }, 'new-gas-priority', { use: 'residential' }],
  ])('%s', (_, s, rule, facts) => {
    expect(verdictOf(s, rule).facts).toEqual(facts);
  });
});
