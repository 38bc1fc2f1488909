import { describe, expect, it } from 'vitest';
import { absent, conditional, definite, ids } from './helpers.js';

describe('farmland (tasks 11, 18, 23)', () => {
  it('Straw may not be burnt in the open; deep placement of nitrogen fertiliser is promoted', () => {
    expect(ids({ kind: 'farmland', usesLooseCoal: false })).toEqual(['straw-burning-ban', 'fertilizer-deep-placement']);
    expect(definite({ kind: 'farmland' }, 'straw-burning-ban')).toMatchObject({ task: 18, obligation: 'prohibited' });
  });
  it('Loose coal in farming is replaced; none, no verdict; unknown, a condition', () => {
    definite({ kind: 'farmland', usesLooseCoal: true }, 'farm-loose-coal-substitution');
    absent({ kind: 'farmland', usesLooseCoal: false }, 'farm-loose-coal-substitution');
    expect(conditional({ kind: 'farmland' }, 'farm-loose-coal-substitution')).toEqual(['usesLooseCoal']);
  });
});

describe('livestock farms (tasks 11, 23)', () => {
  it('control ammonia and odours (required), and are encouraged to use low-protein feed, closed housing and enclosed manure handling', () => {
    expect(ids({ kind: 'livestock-farm', usesLooseCoal: false })).toEqual([
      'low-protein-feed',
      'livestock-odour-control',
      'livestock-closed-housing',
      'livestock-manure-enclosure',
    ]);
    expect(definite({ kind: 'livestock-farm' }, 'livestock-odour-control').obligation).toBe('required');
    expect(definite({ kind: 'livestock-farm' }, 'livestock-closed-housing').obligation).toBe('encouraged');
  });
  it('replace loose coal when they burn it', () => {
    definite({ kind: 'livestock-farm', usesLooseCoal: true }, 'farm-loose-coal-substitution');
  });
});
