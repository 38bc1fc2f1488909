import { describe, expect, it } from 'vitest';
import type { Subject } from '../../src/entries/schemas.js';
import { absent, conditional, definite, ids, verdictOf } from './helpers.js';

describe('construction sites (task 16)', () => {
  it('A 5000 m² site is encouraged to install video monitoring (及以上 includes 5000)', () => {
    expect(definite({ kind: 'construction-site', areaM2: 5000, linear: false }, 'construction-site-video')).toMatchObject({
      obligation: 'encouraged',
      facts: { areaM2: 5000, threshold: 5000, inclusive: true },
    });
  });
  it('A 4999 m² site is not; a 5001 m² site is', () => {
    absent({ kind: 'construction-site', areaM2: 4999, linear: false }, 'construction-site-video');
    definite({ kind: 'construction-site', areaM2: 5001, linear: false }, 'construction-site-video');
  });
  it('A long linear work in the key region is built in sections; outside the key region it is not', () => {
    definite({ kind: 'construction-site', areaM2: 100, linear: true, location: { city: 'yuncheng' } }, 'key-region-linear-works-sections');
    absent({ kind: 'construction-site', areaM2: 100, linear: true, location: { city: 'datong' } }, 'key-region-linear-works-sections');
  });
  it('A site that says neither is conditional on both', () => {
    expect(conditional({ kind: 'construction-site', areaM2: 100 }, 'key-region-linear-works-sections')).toEqual(['linear', 'location']);
  });
});

describe('stockyards (task 16)', () => {
  it('A non-compliant stockyard is cleared away; a compliant one is not; unknown is conditional', () => {
    expect(definite({ kind: 'stockyard', type: 'other', permitted: false }, 'illegal-stockyard-removal').obligation).toBe('phase-out');
    expect(ids({ kind: 'stockyard', type: 'other', permitted: true })).toEqual([]);
    expect(conditional({ kind: 'stockyard', type: 'other' }, 'illegal-stockyard-removal')).toEqual(['permitted']);
  });
  it('A large urban dry-bulk terminal yard completes dust suppression and enclosed conveying, without a date', () => {
    const v = definite({ kind: 'stockyard', type: 'large-dry-bulk-terminal', permitted: true }, 'dry-bulk-stockyard-dust');
    expect(v.deadline).toBeUndefined();
  });
  it('keeps the plan’s 基本 (基本完成抑尘设施建设): the duty is to basically complete, in both languages', () => {
    const v = definite({ kind: 'stockyard', type: 'large-dry-bulk-terminal', permitted: true }, 'dry-bulk-stockyard-dust');
    expect(v.reason.zh).toContain('基本完成');
    expect(v.reason.en).toContain('basically complete');
  });
});

describe('catering buildings (task 22)', () => {
  it('A building meant for catering has a dedicated flue', () => {
    expect(ids({ kind: 'catering-building' })).toEqual(['catering-dedicated-flue']);
  });
});

describe('the facts each verdict states', () => {
  // The Facts contract: a verdict states, by name, the subject fields that decided it, as given, and null for
  // those left out (which its condition then names).
  it.each<[string, Subject, string, Record<string, unknown>]>([
    [
      'a non-compliant stockyard',
      { kind: 'stockyard', type: 'other', permitted: false },
      'illegal-stockyard-removal',
      { permitted: false },
    ],
    ['a stockyard, compliance unknown', { kind: 'stockyard', type: 'other' }, 'illegal-stockyard-removal', { permitted: null }],
    [
      'a large dry-bulk terminal',
      { kind: 'stockyard', type: 'large-dry-bulk-terminal', permitted: true },
      'dry-bulk-stockyard-dust',
      { type: 'large-dry-bulk-terminal' },
    ],
    [
      'a linear work in a key-region city',
      { kind: 'construction-site', areaM2: 100, linear: true, location: { city: 'jincheng' } },
      'key-region-linear-works-sections',
      { linear: true, inKeyRegion: true },
    ],
  ])('%s', (_, s, rule, facts) => {
    expect(verdictOf(s, rule).facts).toEqual(facts);
  });
});
