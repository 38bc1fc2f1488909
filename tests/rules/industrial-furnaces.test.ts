import { describe, expect, it } from 'vitest';
import type { Subject } from '../../src/entries/schemas.js';
import { absent, conditional, definite, ids, verdictOf } from './helpers.js';

describe('coal gas producers (task 10)', () => {
  it('A new fuel-gas producer is prohibited', () => {
    expect(definite({ kind: 'gas-producer', purpose: 'fuel', isNew: true, bed: 'other' }, 'fuel-gas-producer-no-new')).toMatchObject({
      task: 10,
      obligation: 'prohibited',
    });
    absent({ kind: 'gas-producer', purpose: 'fuel', isNew: true, bed: 'other' }, 'fuel-gas-producer-clean-energy');
  });
  it('An existing fuel-gas producer switches to clean energy', () => {
    expect(ids({ kind: 'gas-producer', purpose: 'fuel', isNew: false, bed: 'other' })).toEqual(['fuel-gas-producer-clean-energy']);
  });
  it('A feedstock gas producer is not a fuel-gas producer', () => {
    expect(ids({ kind: 'gas-producer', purpose: 'feedstock', isNew: true, bed: 'other' })).toEqual([]);
  });
  it('A fixed-bed intermittent producer is phased out, whatever its purpose', () => {
    expect(
      definite({ kind: 'gas-producer', purpose: 'feedstock', bed: 'fixed-intermittent' }, 'fixed-bed-intermittent-gas-producer'),
    ).toMatchObject({ obligation: 'phase-out' });
  });
  it('A producer that leaves out age and bed gets those rules under conditions', () => {
    expect(conditional({ kind: 'gas-producer', purpose: 'fuel' }, 'fuel-gas-producer-no-new')).toEqual(['isNew']);
    expect(conditional({ kind: 'gas-producer', purpose: 'fuel' }, 'fuel-gas-producer-clean-energy')).toEqual(['isNew']);
    expect(conditional({ kind: 'gas-producer', purpose: 'fuel' }, 'fixed-bed-intermittent-gas-producer')).toEqual(['bed']);
  });
});

describe('industrial furnaces (task 10)', () => {
  it.each(['heating', 'heat-treatment', 'drying', 'melting'] as const)(
    'A new %s furnace uses clean low-carbon energy, in principle',
    (type) => {
      definite({ kind: 'industrial-furnace', type, isNew: true, fuel: 'gas', inefficientTreatment: false }, 'new-furnace-clean-energy');
    },
  );
  it('An existing furnace, or a new furnace of another type, is not caught', () => {
    absent({ kind: 'industrial-furnace', type: 'drying', isNew: false }, 'new-furnace-clean-energy');
    absent({ kind: 'industrial-furnace', type: 'other', isNew: true }, 'new-furnace-clean-energy');
  });
  it('A drying furnace of unknown age gets the rule under a condition', () => {
    expect(conditional({ kind: 'industrial-furnace', type: 'drying' }, 'new-furnace-clean-energy')).toEqual(['isNew']);
  });
  it.each(['coal', 'coke', 'semi-coke', 'petroleum-coke', 'other-high-polluting'] as const)(
    'A furnace burning %s switches to clean energy',
    (fuel) => {
      definite({ kind: 'industrial-furnace', type: 'other', fuel }, 'high-polluting-furnace-substitution');
    },
  );
  it('A gas-fired or electric furnace does not; a furnace of unknown fuel does under a condition', () => {
    absent({ kind: 'industrial-furnace', type: 'other', fuel: 'gas' }, 'high-polluting-furnace-substitution');
    absent({ kind: 'industrial-furnace', type: 'other', fuel: 'electricity' }, 'high-polluting-furnace-substitution');
    expect(conditional({ kind: 'industrial-furnace', type: 'other' }, 'high-polluting-furnace-substitution')).toEqual(['fuel']);
  });
});

describe('the facts each verdict states', () => {
  // The Facts contract: a verdict states, by name, the subject fields that decided it, as given, and null for
  // those left out (which its condition then names).
  it.each<[string, Subject, string, Record<string, unknown>]>([
    [
      'a new furnace',
      { kind: 'industrial-furnace', type: 'melting', isNew: true, fuel: 'gas' },
      'new-furnace-clean-energy',
      { type: 'melting', isNew: true },
    ],
    [
      'a furnace, age unknown',
      { kind: 'industrial-furnace', type: 'melting', fuel: 'gas' },
      'new-furnace-clean-energy',
      { type: 'melting', isNew: null },
    ],
    [
      'a coal-fired furnace',
      { kind: 'industrial-furnace', type: 'other', isNew: false, fuel: 'coal' },
      'high-polluting-furnace-substitution',
      { fuel: 'coal' },
    ],
    [
      'a furnace, fuel unknown',
      { kind: 'industrial-furnace', type: 'other', isNew: false },
      'high-polluting-furnace-substitution',
      { fuel: null },
    ],
  ])('%s', (_, s, rule, facts) => {
    expect(verdictOf(s, rule).facts).toEqual(facts);
  });
});
