import * as z from 'zod/mini';
import { ClauseId } from './citation.js';
import { Bilingual } from './text.js';

/**
 * An item of the library that encodes (part of) a sentence: a task (its heading and responsibility notes),
 * a target, a threshold, a rule, a named area or a commitment, by id (a task by its number).
 * @category Schemas
 */
export const SentenceItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('task'), id: z.number().check(z.int(), z.gte(1), z.lte(38)) }),
  z.object({ kind: z.enum(['target', 'threshold', 'rule', 'region', 'commitment']), id: z.string().check(z.minLength(1)) }),
]);
/** @category Schemas */
export type SentenceItem = z.infer<typeof SentenceItem>;

/**
 * One sentence of 二、工作目标 or 三、重点任务 and what the library made of it.
 *
 * - `id`: the clause and the sentence's 1-based place in it, `'三(七)26.3'`;
 * - `paragraph` / `offset`: the paragraph's index in `SOURCE_PARAGRAPHS` and where in it the sentence starts
 *   (a paragraph is its sentences concatenated; a clause's text is its paragraphs joined by `\n`);
 * - `text`: exactly as the normalized source has it, the closing `。` or `;` included (a responsibility note
 *   or a heading with no full stop is a sentence of its own);
 * - `role`: `'encoded'` with the `items` whose citations overlap the sentence, or `'context'` with the
 *   `reason` nothing can be checked against it (a heading, a statement of principle).
 * @category Schemas
 */
export const Sentence = z.discriminatedUnion('role', [
  z.object({
    id: z.string().check(z.regex(/^[一二三四五六七八九十()\d]+\.[1-9]\d*$/)),
    clause: ClauseId,
    paragraph: z.number().check(z.int(), z.gte(0)),
    offset: z.number().check(z.int(), z.gte(0)),
    text: z.string().check(z.minLength(1)),
    role: z.literal('encoded'),
    items: z.array(SentenceItem).check(z.minLength(1)),
  }),
  z.object({
    id: z.string().check(z.regex(/^[一二三四五六七八九十()\d]+\.[1-9]\d*$/)),
    clause: ClauseId,
    paragraph: z.number().check(z.int(), z.gte(0)),
    offset: z.number().check(z.int(), z.gte(0)),
    text: z.string().check(z.minLength(1)),
    role: z.literal('context'),
    items: z.array(SentenceItem).check(z.maxLength(0)),
    reason: Bilingual,
  }),
]);
/** @category Schemas */
export type Sentence = z.infer<typeof Sentence>;
