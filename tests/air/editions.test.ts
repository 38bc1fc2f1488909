/**
 * The one table of the standards' dates (src/air/editions.ts) and its one resolver: the tables of the standards
 * take their days in force from it, the editions follow one another without gap or overlap, the resolver picks
 * by date at each boundary, and no other module of src/ writes a standard's date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FIRST_EDITION_DAY, GB3095_IN_FORCE, HJ633_IN_FORCE, inForceOn } from '../../src/air/editions.js';
import { GB3095_LIMITS, HJ633_EDITIONS } from '../../src/air/tables.js';
import { gb3095Limits, pm25Attainment, resolveEdition } from '../../src/index.js';

const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

describe('the table of editions', () => {
  it('gives HJ633_EDITIONS and GB3095_LIMITS their days in force', () => {
    expect(HJ633_EDITIONS['2012'].inForce).toEqual({ from: '2016-01-01', to: '2026-02-28' });
    expect(HJ633_EDITIONS['2026'].inForce).toEqual({ from: '2026-03-01', to: null });
    expect(GB3095_LIMITS['2012'].inForce).toEqual({ from: '2016-01-01', to: '2026-02-28' });
    expect(GB3095_LIMITS['2026-transition'].inForce).toEqual({ from: '2026-03-01', to: '2030-12-31' });
    expect(GB3095_LIMITS['2026-final'].inForce).toEqual({ from: '2031-01-01', to: null });
    for (const [k, v] of Object.entries(HJ633_IN_FORCE)) expect(HJ633_EDITIONS[k as '2012'].inForce).toEqual(v);
    for (const [k, v] of Object.entries(GB3095_IN_FORCE)) expect(GB3095_LIMITS[k as '2012'].inForce).toEqual(v);
  });

  it('has each edition begin the day after the one before ends, the last without end', () => {
    for (const table of [HJ633_IN_FORCE, GB3095_IN_FORCE]) {
      const entries = Object.values(table).sort((a, b) => (a.from < b.from ? -1 : 1));
      expect(entries[0]!.from).toBe(FIRST_EDITION_DAY);
      for (let i = 1; i < entries.length; i++) expect(nextDay(entries[i - 1]!.to!)).toBe(entries[i]!.from);
      expect(entries.at(-1)!.to).toBeNull();
    }
  });
});

describe('inForceOn', () => {
  it('picks the edition in force on each side of every boundary', () => {
    expect(inForceOn(HJ633_IN_FORCE, '2016-01-01')).toBe('2012');
    expect(inForceOn(HJ633_IN_FORCE, '2026-02-28')).toBe('2012');
    expect(inForceOn(HJ633_IN_FORCE, '2026-03-01')).toBe('2026');
    expect(inForceOn(GB3095_IN_FORCE, '2026-02-28')).toBe('2012');
    expect(inForceOn(GB3095_IN_FORCE, '2026-03-01')).toBe('2026-transition');
    expect(inForceOn(GB3095_IN_FORCE, '2030-12-31')).toBe('2026-transition');
    expect(inForceOn(GB3095_IN_FORCE, '2031-01-01')).toBe('2026-final');
    expect(inForceOn(GB3095_IN_FORCE, '9999-12-31')).toBe('2026-final');
  });

  it('gives the earliest edition for a day before every edition, whatever the order of the table', () => {
    expect(inForceOn(GB3095_IN_FORCE, '2010-06-01')).toBe('2012');
    const reversed = { b: { from: '2031-01-01', to: null }, a: { from: '2016-01-01', to: '2030-12-31' } };
    expect(inForceOn(reversed, '2010-06-01')).toBe('a');
    expect(inForceOn(reversed, '2030-12-31')).toBe('a');
    expect(inForceOn(reversed, '2031-01-01')).toBe('b');
  });

  it('is what resolveEdition, gb3095Limits, pm25Attainment and evaluateTarget read', () => {
    expect([resolveEdition({ date: '2026-02-28' }), resolveEdition({ date: '2026-03-01' })]).toEqual(['2012', '2026']);
    expect([gb3095Limits({ date: '2030-12-31' }).id, gb3095Limits({ year: 2030 }).id, gb3095Limits({ year: 2031 }).id]).toEqual([
      '2026-transition',
      '2026-transition',
      '2026-final',
    ]);
    expect(pm25Attainment(30, { date: '2026-02-28' }).limit).toBe(35);
    // evaluateTarget: tests/targets/evaluate.test.ts ('a GB 3095 target due … is judged by …').
  });
});

describe('no other date of a standard in src/', () => {
  it('writes ISO dates as strings only in src/air/editions.ts (and in words of messages)', () => {
    // The open end of a range of due dates, not a standard's date.
    const allowed = new Set(['targets/calendar.ts: 9999-12-31']);
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const found: string[] = [];
    for (const f of readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })) {
      if (!f.endsWith('.ts') || f === join('air', 'editions.ts')) continue;
      const sf = ts.createSourceFile(f, readFileSync(join(root, 'src', f), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node): void => {
        if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && /^\d{4}-\d\d-\d\d$/.test(n.text)) {
          if (!allowed.has(`${f}: ${n.text}`)) found.push(`${f}: ${n.text}`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(found).toEqual([]);
  });
});
