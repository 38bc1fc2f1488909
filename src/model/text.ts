import * as z from 'zod/mini';

/**
 * A text in Chinese and English. `zh` keeps the plan's own wording; `en` is this library's translation
 * unless stated otherwise.
 *
 * @example
 * ```ts
 * const t: Bilingual = { zh: '太原市', en: 'Taiyuan' };
 * ```
 * @category Schemas
 */
export const Bilingual = /* @__PURE__ */ z.object({
  zh: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  en: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
});
/** @category Schemas */
export type Bilingual = z.infer<typeof Bilingual>;
