/**
 * The sentence-by-sentence account of 二、工作目标 and 三、重点任务: splitting the clauses into sentences and
 * finding, for each sentence, the bundled items whose citations overlap it. Used by
 * scripts/generate/sentences.ts (which writes data/sentences.ts), by scripts/generate/ledger.ts and by the
 * staleness test (tests/data/sentences.test.ts).
 *
 * Splitting: a clause's paragraphs are cut after every `。` and every (half-width) `;` that stand outside
 * parentheses, the delimiter staying with the sentence it ends; what follows the last delimiter (a
 * responsibility note, a heading with no full stop) is a sentence of its own. So a paragraph is the
 * concatenation of its sentences, and a clause's text (`textOf(clause)`) is its paragraphs' sentences
 * concatenated, paragraph by paragraph, joined by `\n`: each sentence records its paragraph's index in
 * SOURCE_PARAGRAPHS. Parentheses are respected so that task 1's note, which holds a `。`, stays one sentence.
 *
 * Items: an item belongs to every sentence that one of its citations overlaps (a citation's quote is
 * located in the paragraphs of its own clause; overlap means at least one character in common).
 */
import { CLAUSE_IDS, type ClauseId } from '../../data/clauses.js';
import { SOURCE_PARAGRAPHS } from '../../data/source.js';
import { COMMITMENTS } from '../../data/commitments/index.js';
import { CONTEXT_REASONS } from '../../data/sentence-reasons.js';
import { REGIONS, RULES, TARGETS, TASKS, THRESHOLDS } from '../../src/index.js';

/** The kinds of item a sentence can be encoded by, in the order they are listed. */
export const ITEM_KINDS = ['task', 'target', 'threshold', 'rule', 'region', 'commitment'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export type ItemRef = { readonly kind: 'task'; readonly id: number } | { readonly kind: Exclude<ItemKind, 'task'>; readonly id: string };

export interface Cite {
  readonly clause: string;
  readonly quote: string;
}

export interface SentenceRow {
  readonly id: string;
  readonly clause: ClauseId;
  readonly paragraph: number;
  readonly offset: number;
  readonly text: string;
  readonly role: 'encoded' | 'context';
  readonly items: readonly ItemRef[];
  readonly reason?: { readonly zh: string; readonly en: string };
}

/** The clauses accounted for: 二、工作目标 and 三、重点任务 with everything under them. */
export const SENTENCE_CLAUSES: readonly ClauseId[] = CLAUSE_IDS.slice(CLAUSE_IDS.indexOf('二'), CLAUSE_IDS.indexOf('copy-to'));

/** Cuts a paragraph after each `。` or `;` outside parentheses; the pieces concatenate back to it. */
export function splitParagraph(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '(') depth++;
    else if ((c === ')' || c === ')') && depth > 0) depth--;
    else if ((c === '。' || c === ';') && depth === 0) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Every `{ clause, quote }` object reachable from a value (functions and other values skipped). */
export function citationsOf(value: unknown, out: Cite[] = []): Cite[] {
  if (value === null || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  if (typeof o.clause === 'string' && typeof o.quote === 'string') out.push({ clause: o.clause, quote: o.quote });
  for (const v of Object.values(o)) citationsOf(v, out);
  return out;
}

/** Every bundled item that a sentence can list, with its citations, in kind order and then data order. */
export function allItems(): { ref: ItemRef; cites: Cite[] }[] {
  const items: { ref: ItemRef; cites: Cite[] }[] = [];
  for (const t of TASKS) items.push({ ref: { kind: 'task', id: t.number }, cites: citationsOf(t) });
  for (const t of TARGETS) items.push({ ref: { kind: 'target', id: t.id }, cites: citationsOf(t) });
  for (const t of THRESHOLDS) items.push({ ref: { kind: 'threshold', id: t.id }, cites: citationsOf(t) });
  for (const r of RULES) items.push({ ref: { kind: 'rule', id: r.id }, cites: citationsOf(r) });
  for (const r of REGIONS) items.push({ ref: { kind: 'region', id: r.id }, cites: citationsOf(r) });
  for (const c of COMMITMENTS) items.push({ ref: { kind: 'commitment', id: c.id }, cites: citationsOf(c) });
  return items;
}

/** Where a citation's quote stands: every occurrence within the paragraphs of its own clause. */
export function locate(cite: Cite): { paragraph: number; start: number; end: number }[] {
  const found: { paragraph: number; start: number; end: number }[] = [];
  SOURCE_PARAGRAPHS.forEach((p, paragraph) => {
    if (p.clause !== cite.clause) return;
    for (let i = p.text.indexOf(cite.quote); i !== -1; i = p.text.indexOf(cite.quote, i + 1)) {
      found.push({ paragraph, start: i, end: i + cite.quote.length });
    }
  });
  return found;
}

/** The plain sentences (no items yet) of 二 and 三, in the plan's order. */
export function splitSentences(): { id: string; clause: ClauseId; paragraph: number; offset: number; text: string }[] {
  const ordinal = new Map<string, number>();
  const out: { id: string; clause: ClauseId; paragraph: number; offset: number; text: string }[] = [];
  SOURCE_PARAGRAPHS.forEach((p, paragraph) => {
    if (!SENTENCE_CLAUSES.includes(p.clause)) return;
    let offset = 0;
    for (const text of splitParagraph(p.text)) {
      const n = (ordinal.get(p.clause) ?? 0) + 1;
      ordinal.set(p.clause, n);
      out.push({ id: `${p.clause}.${n}`, clause: p.clause, paragraph, offset, text });
      offset += text.length;
    }
  });
  return out;
}

const same = (a: ItemRef, b: ItemRef) => a.kind === b.kind && a.id === b.id;

/** The sentences with their items, roles and (for context sentences) reasons. */
export function buildSentences(): SentenceRow[] {
  const items = allItems();
  const reasons = CONTEXT_REASONS as Readonly<Record<string, { zh: string; en: string }>>;
  return splitSentences().map((s) => {
    const found: ItemRef[] = [];
    const end = s.offset + s.text.length;
    for (const item of items) {
      const hit = item.cites.some((c) => locate(c).some((l) => l.paragraph === s.paragraph && l.start < end && s.offset < l.end));
      if (hit && !found.some((f) => same(f, item.ref))) found.push(item.ref);
    }
    const reason = reasons[s.id];
    return found.length > 0
      ? { ...s, role: 'encoded' as const, items: found }
      : { ...s, role: 'context' as const, items: [], ...(reason ? { reason } : {}) };
  });
}

/** The text of data/sentences.ts: the sentences as a deep-frozen `as const` table, one line per sentence. */
export function renderSentencesModule(sentences: readonly SentenceRow[] = buildSentences()): string {
  const rows = sentences.map((s) => {
    const { id, clause, paragraph, offset, text, role, items, reason } = s;
    return `  ${JSON.stringify({ id, clause, paragraph, offset, text, role, items, ...(reason ? { reason } : {}) })},`;
  });
  const encoded = sentences.filter((s) => s.role === 'encoded').length;
  return `// Generated by scripts/generate/sentences.ts from data/source.ts, the bundled items' citations and
// data/sentence-reasons.ts: do not edit by hand (tests/data/sentences.test.ts fails when it is stale).
import { deepFreeze } from '../src/freeze.js';
import type { DeepReadonly } from '../src/model/readonly.js';
import type { Sentence } from '../src/model/sentence.js';

/**
 * Every sentence of 二、工作目标 and 三、重点任务 (${sentences.length}: ${encoded} encoded, ${sentences.length - encoded} context), in the
 * plan's order, with what the library made of it: the tasks, targets, thresholds, rules, named areas and
 * commitments whose citations overlap it, or — for a heading or a statement of principle — why nothing does.
 *
 * A sentence ends after a \`。\` or \`;\` outside parentheses (the delimiter stays with it); a responsibility note
 * or a heading without a full stop is a sentence of its own. A paragraph is its sentences concatenated, and
 * \`textOf(clause)\` is the clause's paragraphs joined by \`\\n\`.
 *
 * @example
 * \`\`\`ts
 * SENTENCES.find((s) => s.id === '三(十)36.2')?.items.map((i) => i.id);
 * //=> ['air-information-disclosure', 'monthly-ranking-publication', 'enforcement-publication', 'heavy-pollution-alerts']
 * \`\`\`
 * @see 二、工作目标; 三、重点任务
 * @category Source
 */
export const SENTENCES = /* @__PURE__ */ deepFreeze([
${rows.join('\n')}
] as const satisfies readonly DeepReadonly<Sentence>[]);

/**
 * The id of a sentence of 二 or 三: its clause and its 1-based place in the clause, e.g. \`'三(七)26.3'\`.
 * @category Source
 */
export type SentenceId = (typeof SENTENCES)[number]['id'];
`;
}
