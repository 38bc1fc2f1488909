/**
 * What every verdict's `facts` promise (the Facts schema's description): subject fields by name as the
 * subject gave them (`null` where it left them out); the thresholds compared, each with the value and
 * inclusiveness of one of the rule's own thresholds; the key region resolved from the subject's city or
 * county; and, with `asOf`, the day and whether the deadline has passed (not on the deadline day itself).
 * Checked over the sample subjects and random valid ones, on days around every deadline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTIES, KEY_REGION_CITIES } from '../../src/index.js';
import { assess, getRule, getThreshold } from '../../src/rules/index.js';
import type { Subject } from '../../src/schemas.js';
import * as S from '../../src/schemas.js';
import { fromSchema } from '../fuzz/from-schema.js';
import { SAMPLES } from '../rules/samples.js';

const DAYS = ['2024-01-01', '2024-10-31', '2024-11-01', '2025-12-31', '2026-01-01', '2030-06-30'];
const THRESHOLD_PAIRS = [
  ['threshold', 'inclusive'],
  ['radiusKm', 'radiusInclusive'],
  ['minCapacityMw', 'capacityInclusive'],
  ['rankThreshold', 'rankInclusive'],
  ['lower', 'lowerInclusive'],
  ['upper', 'upperInclusive'],
] as const;

/**
 * Facts the library fills in where the subject is silent because the rest of it settles them: a
 * coal-power project uses coal (src/rules/projects.ts); an area given by its county lies in that county's
 * city. Nothing else is derived.
 */
const DERIVED: Readonly<Record<string, (s: Record<string, unknown>) => unknown>> = {
  'project.usesCoal': (s) => (s.sector === 'coal-power' ? true : null),
  'area.city': (s) => cityOf(s),
};

/** The subject's own field names: the keys its schema allows. */
const fieldsOf = (s: Subject): string[] => {
  const options = (S.Subject as unknown as { _zod: { def: { options: { _zod: { def: { shape: Record<string, { _zod: { def: { value?: string; values?: string[] } } }> } } }[] } } })._zod.def.options;
  const mine = options.find((o) => (o._zod.def.shape.kind!._zod.def.values ?? [o._zod.def.shape.kind!._zod.def.value]).includes(s.kind))!;
  return Object.keys(mine._zod.def.shape).filter((k) => k !== 'kind');
};

function cityOf(s: Record<string, unknown>): string | null {
  const loc = (s.kind === 'area' ? s : (s.location as Record<string, unknown> | undefined)) ?? {};
  if (typeof loc.city === 'string') return loc.city;
  if (typeof loc.county === 'string') return COUNTIES.find((c) => c.code === loc.county)!.city;
  return null;
}

function checkSubject(s: Subject, asOf: string): number {
  let checked = 0;
  const fields = fieldsOf(s);
  for (const v of assess(s, { asOf })) {
    const f = v.facts as Record<string, unknown>;
    const where = `${v.rule} of ${JSON.stringify(s)}`;
    // Subject fields, as given, null where left out (objects such as location are resolved, not echoed).
    for (const k of fields) {
      if (!(k in f)) continue;
      const given = (s as Record<string, unknown>)[k];
      if (given !== null && typeof given === 'object') continue;
      const derived = DERIVED[`${s.kind}.${k}`];
      expect(f[k], `${where}: facts.${k}`).toBe(given ?? (derived ? derived(s as unknown as Record<string, unknown>) : null));
      checked++;
    }
    // Thresholds: the value of one of the rule's thresholds. (Whether it is inclusive depends on the side
    // the verdict states: "65以下" excludes 65, so the rule for the boilers it leaves out states 65 inclusive.)
    const own = getRule(v.rule).thresholds.map((id) => getThreshold(id).value);
    for (const [value, inclusive] of THRESHOLD_PAIRS) {
      if (!(value in f)) continue;
      expect(own, `${where}: facts.${value}`).toContain(f[value]);
      expect(typeof f[inclusive], `${where}: facts.${inclusive}`).toBe('boolean');
      checked++;
    }
    // The key region, from the city or county.
    if ('inKeyRegion' in f) {
      const city = cityOf(s as unknown as Record<string, unknown>);
      expect(f.inKeyRegion, `${where}: facts.inKeyRegion`).toBe(city === null ? null : (KEY_REGION_CITIES as readonly string[]).includes(city));
      checked++;
    }
    // The day, and whether the deadline has passed: strictly after the deadline day.
    if (v.deadline !== undefined) {
      expect(f.asOf, where).toBe(asOf);
      expect(f.deadlinePassed, `${where}: deadline ${v.deadline}, asOf ${asOf}`).toBe(asOf > v.deadline);
      checked++;
    } else {
      expect('deadlinePassed' in f, `${where}: no deadline, no deadlinePassed`).toBe(false);
    }
  }
  return checked;
}

describe('the facts of every verdict', () => {
  it('hold for every sample subject on days around the deadlines', () => {
    let checked = 0;
    for (const day of DAYS) for (const s of SAMPLES) checked += checkSubject(s, day);
    expect(checked).toBeGreaterThan(500);
  });

  it('hold for random valid subjects', () => {
    let checked = 0;
    fc.assert(
      fc.property(fromSchema(S.Subject as never) as fc.Arbitrary<Subject>, fc.constantFrom(...DAYS), (s, day) => {
        checked += checkSubject(s, day);
      }),
      { numRuns: 500, seed: 20240308 },
    );
    expect(checked).toBeGreaterThan(300);
  });
});
