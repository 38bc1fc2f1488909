/**
 * The promise behind every conditional verdict: a condition names only facts the subject left out
 * ("never assumed"), and supplying such a fact settles it. For every conditional verdict of every sample
 * subject and of random valid subjects, each term is checked three ways:
 *
 * 1. the fact it names is missing from the subject (for a place term: the location does not say its city);
 * 2. giving the fact a value that satisfies the term removes that term from the verdict's condition (the
 *    verdict stays, definite or still depending on the other missing facts);
 * 3. giving it a value that fails the term removes the verdict (condition `all`) or leaves it depending
 *    only on the other terms (condition `any`).
 *
 * Each condition must also state itself in words, in both languages, with no term's words left empty.
 *
 * Satisfying and failing values come from the term itself (equals, oneOf) or from the threshold it
 * names (`getThreshold`: its value, side and whether inclusive), never from the rules' code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, getThreshold, validateSubject } from '../../src/rules/index.js';
import type { ConditionTerm, Subject, Verdict } from '../../src/schemas.js';
import * as S from '../../src/schemas.js';
import { fromSchema } from '../fuzz/from-schema.js';
import { SAMPLES } from '../rules/samples.js';
import { getPath as get, withPath as set } from '../paths.js';

/** The term's fact path and a value that satisfies it / fails it (undefined: no such value to try). */
function values(t: ConditionTerm): { path: string; yes: unknown; no: unknown } {
  // A place term names `location` (a subject placed by its location) or `city` (an area).
  const place = t.fact === 'city' ? 'city' : 'location.city';
  if (t.inRegion === 'key-region') return { path: place, yes: 'taiyuan', no: 'datong' };
  if (t.notInRegion === 'key-region') return { path: place, yes: 'datong', no: 'taiyuan' };
  if (t.equals !== undefined) return { path: t.fact, yes: t.equals, no: typeof t.equals === 'boolean' ? !t.equals : undefined };
  if (t.oneOf !== undefined) return { path: t.fact, yes: t.oneOf[0], no: undefined };
  // A place in the province's ranking of 117 counties: last is in any bottom N, first in none.
  if (t.fact === 'provincialRank') return { path: t.fact, yes: { rank: 117, of: 117 }, no: { rank: 1, of: 117 } };
  if (t.threshold !== undefined) {
    const th = getThreshold(t.threshold);
    const step = Math.max(1, th.value / 100);
    const inside = th.inclusive ? th.value : th.side === 'above' ? th.value + step : th.value - step;
    const outside = th.inclusive ? (th.side === 'above' ? th.value - step : th.value + step) : th.value;
    return { path: t.fact, yes: inside, no: outside < 0 ? undefined : outside };
  }
  throw new Error(`a condition term of an unknown shape: ${JSON.stringify(t)}`);
}

/**
 * Subjects whose facts are missing in more ways than the samples': each sample without any one of its
 * fields (a place without its city, county or basin flag alike), and without all the fields it can do
 * without at once. Only variants the validator accepts are kept.
 */
function leaveOut(s: Subject): Subject[] {
  const valid = (x: unknown): x is Subject => {
    try {
      validateSubject(x);
      return true;
    } catch {
      return false;
    }
  };
  const paths = Object.entries(s).flatMap(([k, v]) =>
    k === 'kind' ? [] : v !== null && typeof v === 'object' && !Array.isArray(v) ? [k, ...Object.keys(v).map((j) => `${k}.${j}`)] : [k],
  );
  const without = (x: Subject, path: string): Subject => {
    const copy = structuredClone(x) as Record<string, unknown>;
    const [k, j] = path.split('.') as [string, string?];
    if (j === undefined) delete copy[k];
    else if (copy[k] !== undefined) delete (copy[k] as Record<string, unknown>)[j];
    return copy as Subject;
  };
  const variants = paths.map((p) => without(s, p)).filter(valid);
  let bare = s;
  for (const p of paths) {
    const next = without(bare, p);
    if (valid(next)) bare = next;
  }
  return [...variants, bare];
}

/** Subjects the samples lack, whose verdicts depend on three missing facts at once. */
const EXTRA: readonly Subject[] = [
  // A coking expansion adds to the basin only if it adds capacity: independent, adds and basin all unknown.
  { kind: 'project', sector: 'coking', action: 'expansion', independent: true, addsCapacity: true, location: { city: 'taiyuan', inTaiyuanBasin: true } },
  { kind: 'project', sector: 'coal-washing', action: 'rebuild', independent: true, addsCapacity: true },
  { kind: 'project', sector: 'steel', action: 'rebuild', addsCapacity: true, capacityReplacement: true },
  { kind: 'project', sector: 'coal-power', action: 'expansion', supportsPowerSecurity: true, majorRegionalImpact: true, highVocsMaterials: true },
];

const ofRule = (s: Subject, rule: string): Verdict[] => assess(s).filter((v) => v.rule === rule);
const names = (v: Verdict | undefined): string[] => v?.condition?.when.map((t) => JSON.stringify(t)) ?? [];

/** A condition states itself in both languages: 若… / "if …", every term in words, none left empty. */
function checkWords(v: Verdict, where: string): void {
  const { zh, en } = v.condition!.text;
  expect(zh, where).toMatch(/^若[^且或]/);
  expect(zh, where).not.toMatch(/[且或]{2}|[且或]$/);
  expect(en, where).toMatch(/^if [a-z]/);
  expect(en, where).not.toMatch(/ {2}|\s$|(?: and| or)$|(?:and|or) (?:and|or) /);
  // As many joints as terms less one, at least (a term's own words may say 且 / "and" too).
  const joints = (text: string, join: RegExp) => text.split(join).length - 1;
  const n = v.condition!.when.length;
  expect(joints(zh, v.condition!.match === 'all' ? /且/ : /或/), where).toBeGreaterThanOrEqual(n - 1);
  expect(joints(en, v.condition!.match === 'all' ? / and / : / or /), where).toBeGreaterThanOrEqual(n - 1);
}

function checkSubject(s: Subject): number {
  let checked = 0;
  for (const v of assess(s)) {
    if (!v.condition) continue;
    checkWords(v, `${v.rule} of ${JSON.stringify(s)}: ${JSON.stringify(v.condition.text)}`);
    for (const t of v.condition.when) {
      const { path, yes, no } = values(t);
      const where = `${v.rule} of ${JSON.stringify(s)}, term ${JSON.stringify(t)}`;
      // 1. The fact is missing.
      if (t.inRegion !== undefined || t.notInRegion !== undefined) {
        const at = path === 'city' ? '' : 'location.';
        expect(get(s, `${at}city`), where).toBeUndefined();
        expect(get(s, `${at}county`), where).toBeUndefined();
      } else {
        expect(get(s, path), where).toBeUndefined();
      }
      const others = v.condition.when.filter((u) => u !== t).map((u) => JSON.stringify(u));
      // 2. Satisfied: the verdict stays and the term is gone from its condition.
      const sat = ofRule(set(s, path, yes), v.rule);
      expect(sat, `${where}: satisfied`).toHaveLength(1);
      expect(names(sat[0]), `${where}: satisfied`).not.toContain(JSON.stringify(t));
      if (v.condition.match === 'any') expect(sat[0]!.condition, `${where}: one term of any suffices`).toBeUndefined();
      // 3. Failed: gone (all), or depending on the other terms only (any).
      if (no !== undefined) {
        const fail = ofRule(set(s, path, no), v.rule);
        if (v.condition.match === 'all') expect(fail, `${where}: failed`).toEqual([]);
        else if (others.length === 0) expect(fail, `${where}: failed`).toEqual([]);
        else expect(names(fail[0]).sort(), `${where}: failed`).toEqual([...others].sort());
      }
      checked++;
    }
  }
  return checked;
}

describe('conditional verdicts depend only on missing facts, and the facts settle them', () => {
  it('holds for every sample subject', () => {
    let checked = 0;
    for (const s of SAMPLES) checked += checkSubject(s);
    expect(checked).toBeGreaterThan(20);
  });

  it('holds for every sample with any one field left out, and with every field it can do without left out', () => {
    let checked = 0;
    for (const s of [...SAMPLES, ...EXTRA]) for (const v of leaveOut(s)) checked += checkSubject(v);
    expect(checked).toBeGreaterThan(150);
  });

  it('holds for random valid subjects', () => {
    const subject = fromSchema(S.Subject as never) as fc.Arbitrary<Subject>;
    let checked = 0;
    fc.assert(
      fc.property(subject, (s) => {
        checked += checkSubject(s);
      }),
      { numRuns: 400, seed: 20240308 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});
