import { describe, expect, it } from 'vitest';
import type { Subject } from '../../src/entries/schemas.js';
import { ids, verdictOf } from './helpers.js';

describe('fuel outlets (task 15)', () => {
  it.each(['self-built-tank', 'mobile-refueller', 'unlicensed-station'] as const)('A %s is the object of a special clean-up', (type) => {
    expect(ids({ kind: 'fuel-outlet', type })).toEqual(['fuel-outlet-rectification', 'non-standard-fuel-sale-ban']);
  });
  it('A licensed station is not, but may not sell non-standard oil as engine fuel either', () => {
    expect(ids({ kind: 'fuel-outlet', type: 'licensed-station' })).toEqual(['non-standard-fuel-sale-ban']);
  });
});

describe('the facts each verdict states', () => {
  // The Facts contract: a verdict states, by name, the subject fields that decided it, as given, and null for
  // those left out (which its condition then names).
  it.each<[string, Subject, string, Record<string, unknown>]>([
    [
      'an unlicensed fuel outlet (rectification)',
      { kind: 'fuel-outlet', type: 'unlicensed-station' },
      'fuel-outlet-rectification',
      { type: 'unlicensed-station' },
    ],
    [
      'an unlicensed fuel outlet (sale ban)',
      { kind: 'fuel-outlet', type: 'unlicensed-station' },
      'non-standard-fuel-sale-ban',
      { type: 'unlicensed-station' },
    ],
    [
      'a licensed station (sale ban)',
      { kind: 'fuel-outlet', type: 'licensed-station' },
      'non-standard-fuel-sale-ban',
      { type: 'licensed-station' },
    ],
  ])('%s', (_, s, rule, facts) => {
    expect(verdictOf(s, rule).facts).toEqual(facts);
  });
});
