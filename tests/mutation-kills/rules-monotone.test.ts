/**
 * "Never assumed", the other way round: telling `assess` more about a subject can settle a conditional
 * verdict, but never takes back a definite one, and never brings back a rule that did not apply. For
 * every sample subject, each optional yes/no or one-of field the subject left out is given each of its
 * values (and a location each kind of city), and the definite verdicts and the absent rules must stay so;
 * a conditional verdict must stay when the fact supplied is not one its condition names (it would have
 * depended on a fact it did not name).
 * Two documented exceptions: a regional rule that replaces a province-wide one inside its region (their
 * notes say so) takes the province-wide rule's place once the location is known; and fields that change
 * what the subject is (an area's county makes a city a county) or contradict what its kind settles (a
 * coal-power project that uses no coal) are not "more facts".
 * Also: every verdict states facts (the inputs it compared), and each fact a condition names is among them.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/rules/index.js';
import type { Subject } from '../../src/schemas.js';
import * as S from '../../src/schemas.js';
import { RULES } from '../../src/index.js';
import { SAMPLES } from '../rules/samples.js';

interface Def {
  type: string;
  innerType?: { _zod: { def: Def } };
  entries?: Record<string, string>;
  shape?: Record<string, { _zod: { def: Def } }>;
  values?: unknown[];
  value?: unknown;
}
const unwrap = (d: Def): Def => (d.type === 'optional' || d.type === 'nullable' ? unwrap(d.innerType!._zod.def) : d);

/** For a kind, each optional field we can fill in and the values to try. */
function fillable(kind: string): [string, unknown[]][] {
  const options = (S.Subject as unknown as { _zod: { def: { options: { _zod: { def: Def } }[] } } })._zod.def.options;
  const object = options.map((o) => o._zod.def).find((d) => {
    const k = d.shape!.kind!._zod.def;
    return (k.values ?? [k.value]).includes(kind);
  })!;
  const out: [string, unknown[]][] = [];
  for (const [field, schema] of Object.entries(object.shape!)) {
    if (field === 'kind' || schema._zod.def.type !== 'optional') continue;
    const d = unwrap(schema._zod.def);
    if (d.type === 'boolean') out.push([field, [true, false]]);
    else if (d.type === 'enum') out.push([field, Object.values(d.entries!)]);
    else if (field === 'location') out.push([field, [{ city: 'taiyuan' }, { city: 'datong' }, { inTaiyuanBasin: true }, { inFenheValley: true }]]);
  }
  return out;
}

/** Province-wide rule → the regional rule that replaces it inside its region (see both rules' notes). */
const REPLACED_BY: Readonly<Record<string, string>> = {
  'outdated-sinter-pellet-ferroalloy': 'taiyuan-basin-outdated-equipment',
  'park-monitoring-station': 'fenhe-valley-park-monitoring',
};
/** Not "more facts": they change what the subject is, or contradict what its kind settles. */
const NOT_MORE = (s: Subject, field: string, value: unknown): boolean =>
  (s.kind === 'area' && field === 'county') || (s.kind === 'project' && field === 'usesCoal' && value === false && s.sector === 'coal-power');

/** A rule definite for every sample of its kinds compares nothing, so it may state no facts. */
const ALWAYS: ReadonlySet<string> = new Set<string>(
  RULES.filter((r) => r.appliesTo.every((k) => SAMPLES.filter((s) => s.kind === k).every((s) => assess(s).some((v) => v.rule === r.id && !v.condition)))).map((r) => r.id),
);

/** Every verdict states facts (unless its rule is in ALWAYS), among them each fact its condition names. */
function checkFacts(s: Subject): void {
  for (const v of assess(s)) {
    const where = `${v.rule} of ${JSON.stringify(s)}`;
    if (!ALWAYS.has(v.rule)) expect(Object.keys(v.facts).length, `${where}: facts`).toBeGreaterThan(0);
    for (const t of v.condition?.when ?? []) {
      // A place term is stated through its resolved city (or the key-region flag).
      if (t.inRegion !== undefined || t.notInRegion !== undefined) continue;
      // A place in a ranking is stated as its parts (rank, of, placeFromBottom).
      const key = t.fact === 'provincialRank' ? 'rank' : t.fact.split('.').pop()!;
      expect(v.facts, `${where}: the condition's fact ${t.fact}`).toHaveProperty([key], null);
    }
  }
}

const split = (s: Subject) => {
  const vs = assess(s);
  return {
    definite: new Set(vs.filter((v) => !v.condition).map((v) => v.rule)),
    present: new Set(vs.map((v) => v.rule)),
    /** Conditional rules, with the top-level fields their conditions name. */
    conditional: new Map(vs.filter((v) => v.condition).map((v) => [v.rule, new Set(v.condition!.when.map((t) => t.fact.split('.')[0]!))])),
  };
};

describe('more facts never take back a definite verdict, nor bring back a rule that did not apply', () => {
  it.each(SAMPLES.map((s, i) => [i, s.kind, s] as const))('sample %i (%s)', (_i, kind, s) => {
    const before = split(s);
    const applicable = RULES.filter((r) => (r.appliesTo as readonly string[]).includes(kind)).map((r) => r.id);
    let tried = 0;
    for (const [field, values] of fillable(kind)) {
      if ((s as Record<string, unknown>)[field] !== undefined) continue;
      for (const value of values) {
        if (NOT_MORE(s, field, value)) continue;
        const more = { ...s, [field]: value } as Subject;
        let after;
        try {
          after = split(more);
        } catch {
          continue; // a value this subject's other fields rule out (e.g. a county of another city)
        }
        checkFacts(more);
        const where = `${JSON.stringify(s)} + ${field}: ${JSON.stringify(value)}`;
        for (const rule of before.definite) {
          const stays = after.definite.has(rule) || (REPLACED_BY[rule] !== undefined && after.definite.has(REPLACED_BY[rule]!));
          expect(stays, `${where}: ${rule} stays definite (or is replaced by its regional rule)`).toBe(true);
        }
        for (const rule of applicable) if (!before.present.has(rule)) expect(after.present.has(rule), `${where}: ${rule} stays absent`).toBe(false);
        // A conditional verdict depends only on the facts its condition names: any other fact leaves it standing.
        // (A place term names `location` or, for an area, `city`.)
        for (const [rule, named] of before.conditional) {
          if (named.has(field) || (field === 'location' && named.has('location'))) continue;
          const stays = after.present.has(rule) || (REPLACED_BY[rule] !== undefined && after.present.has(REPLACED_BY[rule]!));
          expect(stays, `${where}: ${rule} (conditional on ${[...named].join(', ')}) stays`).toBe(true);
        }
        tried++;
      }
    }
    expect(tried).toBeGreaterThanOrEqual(0);
  });
});

describe('facts', () => {
  it("the replacements above are the ones the rules' notes state", () => {
    for (const [general, regional] of Object.entries(REPLACED_BY)) {
      const notes = [general, regional].map((id) => (RULES.find((r) => r.id === id) as { note?: { en: string } }).note?.en ?? '').join(' ');
      expect(notes).toMatch(new RegExp(`(${general}|${regional})`));
      expect(notes).toMatch(/replaces|instead/);
    }
  });

  it('every verdict states the facts it compared (none only where the rule holds for every subject of its kind), and each fact its condition names', () => {
    for (const s of SAMPLES) checkFacts(s);
  });
});
