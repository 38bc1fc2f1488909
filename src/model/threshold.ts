import * as z from 'zod/mini';
import { Citation } from './citation.js';
import { Bilingual } from './text.js';

/**
 * A numeric threshold of a rule, with its reading: the subject field compared, the value and unit, the
 * side on which the rule applies (`'above'` / `'below'`), whether the value itself is included, the
 * plan's own words for it, why it is read so (standards §6: the plan writes 及以上/及以下 where it
 * includes the number), and the clause.
 *
 * @example
 * ```ts
 * getThreshold('coal-boiler-cleanup-max').inclusive; //=> true
 * ```
 * @see 三(二)9
 * @category Rules
 */
export const Threshold = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  field: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  value: /* @__PURE__ */ z.number(),
  unit: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  side: /* @__PURE__ */ z.enum(['above', 'below']),
  inclusive: /* @__PURE__ */ z.boolean(),
  wording: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  reading: Bilingual,
  source: Citation,
});
/** @category Rules */
export type Threshold = z.infer<typeof Threshold>;
