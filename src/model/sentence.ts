import * as z from 'zod/mini';
import { ClauseId } from './citation.js';
import { TaskNumberForm } from './ids.js';
import { Bilingual } from './text.js';

/**
 * An item of the library that encodes (part of) a sentence: a task (its heading and responsibility notes),
 * a target, a threshold, a rule, a named area or a commitment, by id (a task by its number).
 * @category Schemas
 */
export const SentenceItem = /* @__PURE__ */ z.discriminatedUnion('kind', [
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal('task'), id: TaskNumberForm }),
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ z.enum(['target', 'threshold', 'rule', 'region', 'commitment']),
    id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  }),
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
export const Sentence = /* @__PURE__ */ z.discriminatedUnion('role', [
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[一二三四五六七八九十()\d]+\.[1-9]\d*$/)),
    clause: ClauseId,
    paragraph: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
    offset: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
    text: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    role: /* @__PURE__ */ z.literal('encoded'),
    items: /* @__PURE__ */ z.array(SentenceItem).check(/* @__PURE__ */ z.minLength(1)),
  }),
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[一二三四五六七八九十()\d]+\.[1-9]\d*$/)),
    clause: ClauseId,
    paragraph: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
    offset: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
    text: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    role: /* @__PURE__ */ z.literal('context'),
    items: /* @__PURE__ */ z.array(SentenceItem).check(/* @__PURE__ */ z.maxLength(0)),
    reason: Bilingual,
  }),
]);
/** @category Schemas */
export type Sentence = z.infer<typeof Sentence>;
