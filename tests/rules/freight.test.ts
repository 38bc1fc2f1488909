import { describe, expect, it } from 'vitest';
import type { Subject } from '../../src/entries/schemas.js';
import { absent, conditional, definite, ids, verdictOf } from './helpers.js';

describe('bulk freight by distance (task 12: 运距500公里以上)', () => {
  it('A 501 km bulk haul goes by rail first', () => {
    expect(definite({ kind: 'bulk-freight', distanceKm: 501 }, 'long-haul-rail')).toMatchObject({
      task: 12,
      obligation: 'preferred',
      facts: { distanceKm: 501, threshold: 500, inclusive: true },
    });
  });
  it('A 500 km haul is long-distance (以上 includes 500, Civil Code art. 1259): rail first', () => {
    expect(ids({ kind: 'bulk-freight', distanceKm: 500 })).toEqual(['long-haul-rail']);
  });
  it('A 499 km haul is short', () => {
    expect(ids({ kind: 'bulk-freight', distanceKm: 499 })).toEqual(['short-haul-clean']);
  });
});

describe('freight sites by annual bulk volume (task 12: 年运量150万吨以上)', () => {
  it('A new logistics park moving 1.6 Mt a year connects to a rail siding or pipeline, in principle', () => {
    expect(
      definite({ kind: 'freight-site', type: 'logistics-park', annualBulkMt: 1.6, action: 'new' }, 'freight-site-rail-siding'),
    ).toMatchObject({
      obligation: 'required',
      facts: { annualBulkMt: 1.6, threshold: 1.5, inclusive: true },
    });
  });
  it('A relocated coal-storage base moving 2 Mt a year does too', () => {
    definite({ kind: 'freight-site', type: 'coal-storage-base', annualBulkMt: 2, action: 'relocated' }, 'freight-site-rail-siding');
  });
  it('A new site moving exactly 1.5 Mt a year is caught (以上 includes the number)', () => {
    definite({ kind: 'freight-site', type: 'industrial-mining-enterprise', annualBulkMt: 1.5, action: 'new' }, 'freight-site-rail-siding');
  });
  it('A new site moving 1.49 Mt a year is not', () => {
    absent({ kind: 'freight-site', type: 'industrial-mining-enterprise', annualBulkMt: 1.49, action: 'new' }, 'freight-site-rail-siding');
  });
  it('A new site moving 1.4 Mt a year is not caught', () => {
    absent({ kind: 'freight-site', type: 'logistics-park', annualBulkMt: 1.4, action: 'new' }, 'freight-site-rail-siding');
  });
  it('An existing site is not caught, whatever its volume', () => {
    absent({ kind: 'freight-site', type: 'logistics-park', annualBulkMt: 9, action: 'existing' }, 'freight-site-rail-siding');
  });
});

describe('mines (task 17)', () => {
  it('A new mine builds a rail siding or uses other clean transport, in principle', () => {
    expect(ids({ kind: 'mine', isNew: true })).toEqual(['new-mine-clean-transport']);
  });
  it('A mine still substandard after its rectification deadline is closed; one that passed is not', () => {
    expect(definite({ kind: 'mine', isNew: false, failedRectification: true }, 'mine-closure')).toMatchObject({
      task: 17,
      obligation: 'phase-out',
    });
    expect(ids({ kind: 'mine', isNew: false, failedRectification: false })).toEqual([]);
  });
  it('A mine that does not say whether it is new gets both verdicts, each under its condition, with what is known', () => {
    expect(verdictOf({ kind: 'mine', failedRectification: true }, 'new-mine-clean-transport').facts).toEqual({ isNew: null });
    expect(conditional({ kind: 'mine', failedRectification: true }, 'new-mine-clean-transport')).toEqual(['isNew']);
    expect(verdictOf({ kind: 'mine', failedRectification: true }, 'mine-closure').facts).toEqual({
      isNew: null,
      failedRectification: true,
    });
    expect(conditional({ kind: 'mine', failedRectification: true }, 'mine-closure')).toEqual(['isNew']);
  });
  it('An existing mine that does not say gets the closure rule under a condition', () => {
    expect(conditional({ kind: 'mine', isNew: false }, 'mine-closure')).toEqual(['failedRectification']);
  });
});

describe('the facts each verdict states', () => {
  // The Facts contract: a verdict states, by name, the subject fields that decided it, as given, and null for
  // those left out (which its condition then names).
  it.each<[string, Subject, string, Record<string, unknown>]>([
    ['a mine, rectification unknown', { kind: 'mine', isNew: false }, 'mine-closure', { isNew: false, failedRectification: null }],
    [
      'a mine still substandard',
      { kind: 'mine', isNew: false, failedRectification: true },
      'mine-closure',
      { isNew: false, failedRectification: true },
    ],
  ])('%s', (_, s, rule, facts) => {
    expect(verdictOf(s, rule).facts).toEqual(facts);
  });
});
