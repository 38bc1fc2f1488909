import * as z from 'zod/mini';
import { Citation } from './citation.js';
import { Bilingual } from './text.js';

/**
 * One responsibility note of the plan, the parenthesis after a task's text, e.g.
 * "(省生态环境厅牵头,省工信厅、省市场监管局等按职责分工负责)".
 *
 * - `departments`: every body the note names, the lead included, in the note's order;
 * - `lead`: set only where the note says 牵头;
 * - `allRelevant`: `true` where the note adds 各有关部门 (all relevant departments) rather than names;
 * - `mode`: `'sole'` where the note says "X负责" (one body alone), `'shared'` for 按职责分工负责.
 * @category Schemas
 */
export const Duty = /* @__PURE__ */ z.object({
  departments: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  lead: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  allRelevant: /* @__PURE__ */ z.boolean(),
  mode: /* @__PURE__ */ z.enum(['sole', 'shared']),
  source: Citation,
});
/** @category Schemas */
export type Duty = z.infer<typeof Duty>;

/**
 * One of the plan's 38 key tasks (三、重点任务).
 * @category Schemas
 */
export const Task = /* @__PURE__ */ z.object({
  number: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  /** The section (1–10) of 三、重点任务 the task belongs to. */
  section: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  title: Bilingual,
  duties: /* @__PURE__ */ z.array(Duty).check(/* @__PURE__ */ z.minLength(1)),
  /** The task's heading sentence; the task's whole text is `textOf(source.clause)` in `shanxi-air-plan/source`. */
  source: Citation,
});
/** @category Schemas */
export type Task = z.infer<typeof Task>;

/**
 * One of the 10 sections (一)…(十) of 三、重点任务.
 * @category Schemas
 */
export const Section = /* @__PURE__ */ z.object({
  number: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  title: Bilingual,
  tasks: /* @__PURE__ */ z.array(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1))),
  source: Citation,
});
/** @category Schemas */
export type Section = z.infer<typeof Section>;
