import * as z from 'zod/mini';
import { IsoDate } from './ids.js';
import { Citation } from './citation.js';
import { Bilingual } from './text.js';

/**
 * A passage of the plan kept as text: its Chinese wording (verbatim), an English rendering, and where
 * it stands.
 * @category Schemas
 */
export const CitedText = /* @__PURE__ */ z.object({
  text: Bilingual,
  source: Citation,
});
/** @category Schemas */
export type CitedText = z.infer<typeof CitedText>;

/**
 * One of the plan's work goals (二、工作目标).
 * @category Schemas
 */
export const WorkGoal = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.enum(['binding', 'striving', 'annual-breakdown']),
  title: Bilingual,
  text: Bilingual,
  source: Citation,
});
/** @category Schemas */
export type WorkGoal = z.infer<typeof WorkGoal>;

/**
 * The document itself: number, title, issuer, dates, distribution, the plan it implements, its general
 * requirements and work goals, and the standing rule that every task is also the city governments'.
 * @category Schemas
 */
export const Plan = /* @__PURE__ */ z.object({
  docNumber: /* @__PURE__ */ z.literal('晋政发〔2024〕7号'),
  title: Bilingual,
  notice: CitedText,
  issuer: Bilingual,
  signedOn: IsoDate,
  printedOn: IsoDate,
  printedBy: Bilingual,
  publicRelease: /* @__PURE__ */ z.object({ public: /* @__PURE__ */ z.boolean(), source: Citation }),
  addressees: /* @__PURE__ */ z.object({ recipients: /* @__PURE__ */ z.array(Bilingual), source: Citation }),
  copyTo: /* @__PURE__ */ z.object({ recipients: /* @__PURE__ */ z.array(Bilingual), source: Citation }),
  implements: /* @__PURE__ */ z.object({
    docNumber: /* @__PURE__ */ z.literal('国发〔2023〕24号'),
    title: Bilingual,
    issuer: Bilingual,
    issuedOn: IsoDate,
    source: Citation,
  }),
  preface: CitedText,
  generalRequirements: CitedText,
  workGoals: /* @__PURE__ */ z.array(WorkGoal),
  implementation: /* @__PURE__ */ z.object({
    by: Bilingual,
    appliesTo: /* @__PURE__ */ z.literal('every-task'),
    source: Citation,
  }),
});
/** @category Schemas */
export type Plan = z.infer<typeof Plan>;
