import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SENTENCES } from '../../data/sentences.js';
import { CONTEXT_REASONS } from '../../data/sentence-reasons.js';
import { COMMITMENTS } from '../../data/commitments/index.js';
import { Sentence } from '../../src/model/sentence.js';
import { CLAUSE_IDS, REGIONS, RULES, TARGETS, TASKS, THRESHOLDS } from '../../src/index.js';
import { SOURCE_PARAGRAPHS, textOf } from '../../src/entries/source.js';
import { renderSentencesModule } from '../../scripts/generate/sentence-table.js';

type Item = { readonly kind: string; readonly id: string | number };
type Cite = { readonly clause: string; readonly quote: string };

/** Every `{ clause, quote }` reachable from a value. */
function cites(value: unknown, out: Cite[] = []): Cite[] {
  if (value === null || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  if (typeof o.clause === 'string' && typeof o.quote === 'string') out.push(o as unknown as Cite);
  for (const v of Object.values(o)) cites(v, out);
  return out;
}

const TABLES: Record<string, readonly { id?: string; number?: number }[]> = {
  task: TASKS,
  target: TARGETS,
  threshold: THRESHOLDS,
  rule: RULES,
  region: REGIONS,
  commitment: COMMITMENTS,
};
const find = (i: Item) => TABLES[i.kind]?.find((x) => (i.kind === 'task' ? x.number : x.id) === i.id);
const key = (i: Item) => `${i.kind}:${i.id}`;

/** The spans [start, end) a citation's quote occupies in the paragraphs of its clause. */
function spans(c: Cite): { paragraph: number; start: number; end: number }[] {
  const out: { paragraph: number; start: number; end: number }[] = [];
  SOURCE_PARAGRAPHS.forEach((p, paragraph) => {
    if (p.clause !== c.clause) return;
    for (let i = p.text.indexOf(c.quote); i !== -1; i = p.text.indexOf(c.quote, i + 1))
      out.push({ paragraph, start: i, end: i + c.quote.length });
  });
  return out;
}
const inside = (s: (typeof SENTENCES)[number], c: Cite) =>
  spans(c).some((l) => l.paragraph === s.paragraph && l.start < s.offset + s.text.length && s.offset < l.end);

const FIRST = CLAUSE_IDS.indexOf('二');
const LAST = CLAUSE_IDS.indexOf('三(十)38');
const CLAUSES = CLAUSE_IDS.slice(FIRST, LAST + 1);

describe('SENTENCES', () => {
  it('is what scripts/generate/sentences.ts makes of the data (run `npx tsx scripts/generate/sentences.ts`)', () => {
    expect(readFileSync(new URL('../../data/sentences.ts', import.meta.url), 'utf8')).toBe(renderSentencesModule());
  });

  it('parses with the Sentence schema, and every sentence has a role', () => {
    for (const s of SENTENCES) {
      const r = Sentence.safeParse(s);
      expect(r.success, `${s.id}: ${r.error?.message}`).toBe(true);
      expect(['encoded', 'context']).toContain(s.role);
    }
  });

  it("numbers the sentences of each clause 1, 2, 3 … in the plan's order, and covers exactly 二 and 三", () => {
    const seen = new Map<string, number>();
    for (const s of SENTENCES) {
      const n = (seen.get(s.clause) ?? 0) + 1;
      seen.set(s.clause, n);
      expect(s.id).toBe(`${s.clause}.${n}`);
    }
    expect([...seen.keys()].sort()).toEqual([...CLAUSES].sort());
    expect(SENTENCES.map((s) => s.paragraph)).toEqual([...SENTENCES.map((s) => s.paragraph)].sort((a, b) => a - b));
  });

  it('gives back each paragraph exactly, sentence after sentence, at the recorded offsets', () => {
    const byParagraph = new Map<number, string>();
    for (const s of SENTENCES) {
      const before = byParagraph.get(s.paragraph) ?? '';
      expect(s.offset, s.id).toBe(before.length);
      byParagraph.set(s.paragraph, before + s.text);
    }
    for (const [i, text] of byParagraph) expect(text).toBe(SOURCE_PARAGRAPHS[i]!.text);
  });

  it("gives back each clause's whole text: its paragraphs' sentences concatenated, paragraphs joined by \\n", () => {
    for (const clause of CLAUSES) {
      const paragraphs = new Map<number, string>();
      for (const s of SENTENCES.filter((x) => x.clause === clause))
        paragraphs.set(s.paragraph, (paragraphs.get(s.paragraph) ?? '') + s.text);
      expect([...paragraphs.values()].join('\n'), clause).toBe(textOf(clause));
    }
  });

  it('ends every sentence at 。 or ; — except responsibility notes and headings, which have no full stop', () => {
    for (const s of SENTENCES) {
      if (/[。;]$/.test(s.text)) continue;
      expect(/^\(.*负责.*\)$/.test(s.text) || s.role === 'context', `${s.id}: ${s.text}`).toBe(true);
    }
  });

  it('lists only items that exist, each with a citation that lies inside the sentence', () => {
    for (const s of SENTENCES) {
      for (const i of s.items as readonly Item[]) {
        const item = find(i);
        expect(item, `${s.id}: ${key(i)}`).toBeDefined();
        expect(
          cites(item).some((c) => inside(s, c)),
          `${s.id}: ${key(i)}`,
        ).toBe(true);
      }
      expect(new Set((s.items as readonly Item[]).map(key)).size, s.id).toBe(s.items.length);
    }
  });

  it('lists every item in every sentence that one of its quotes falls in', () => {
    for (const [kind, table] of Object.entries(TABLES)) {
      for (const x of table) {
        const item = { kind, id: kind === 'task' ? x.number! : x.id! };
        for (const c of cites(x)) {
          if (!(CLAUSES as readonly string[]).includes(c.clause)) continue;
          const holding = SENTENCES.filter((s) => inside(s, c));
          expect(holding.length, `${key(item)}: ${c.quote}`).toBeGreaterThan(0);
          for (const s of holding) expect((s.items as readonly Item[]).map(key), `${s.id}`).toContain(key(item));
        }
      }
    }
  });

  it("encodes each task's heading and responsibility notes by the task", () => {
    for (const t of TASKS) {
      const own = SENTENCES.filter((s) => s.clause === t.source.clause);
      expect(own[0]!.text).toBe(t.source.quote);
      for (const s of own.filter((x) => x === own[0] || (/负责/.test(x.text) && x.text.startsWith('(')))) {
        expect((s.items as readonly Item[]).map(key), s.id).toContain(`task:${t.number}`);
      }
    }
  });

  it('never counts a sentence as encoded by the name of an area alone', () => {
    for (const s of SENTENCES) {
      if (s.role !== 'encoded') continue;
      expect(
        (s.items as readonly Item[]).some((i) => i.kind !== 'region'),
        s.id,
      ).toBe(true);
    }
  });

  it('gives every context sentence a reason in Chinese and English, and keeps no reason for a sentence that is encoded', () => {
    const reasons = CONTEXT_REASONS as Readonly<Record<string, { zh: string; en: string }>>;
    const context = SENTENCES.filter((s) => s.role === 'context');
    for (const s of context) {
      expect(reasons[s.id], s.id).toBeDefined();
      expect(s.reason, s.id).toEqual(reasons[s.id]);
      expect(s.reason.zh.length).toBeGreaterThan(5);
      expect(s.reason.en.length).toBeGreaterThan(5);
    }
    expect(Object.keys(reasons).sort()).toEqual(context.map((s) => s.id).sort());
  });

  it('leaves as context only the headings and the three statements reviewed by hand (34.2, 38.2, 38.6)', () => {
    // Reviewed sentence by sentence: a sentence added here must be one nobody could be checked against.
    const headings = SENTENCES.filter(
      (s) =>
        s.role === 'context' &&
        !/[。;]/.test(s.text.slice(0, -1)) &&
        (/^[二三]、/.test(s.text) || /^\([一二三四五六七八九十]+\)/.test(s.text)),
    );
    const others = SENTENCES.filter((s) => s.role === 'context' && !headings.includes(s)).map((s) => s.id);
    expect(headings).toHaveLength(14);
    expect(others).toEqual(['三(十)34.2', '三(十)38.2', '三(十)38.6']);
  });

  it('leaves no sentence that says must, must not, ensures, on a schedule or in full as context', () => {
    const checkable = /应|要|不得|禁止|严禁|确保|每月|每年|定期|常态化|全覆盖|底前|\d/;
    for (const s of SENTENCES) {
      if (s.role === 'context')
        expect(checkable.test(s.text.replace(/^\([一二三四五六七八九十]+\)|^[二三]、/, '')), `${s.id}: ${s.text}`).toBe(false);
    }
  });
});
