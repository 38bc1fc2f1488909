import { describe, expect, it } from 'vitest';
import { definite, ids } from './helpers.js';

describe('coal replacement and the coal account (task 8)', () => {
  it.each(['petroleum-coke', 'coke', 'semi-coke', 'other-high-polluting'] as const)('Burning %s does not count as coal replacement', (fuel) => {
    expect(definite({ kind: 'coal-substitute', fuel }, 'no-high-polluting-coal-substitute')).toMatchObject({ task: 8, obligation: 'prohibited' });
  });
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
