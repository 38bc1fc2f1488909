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
export const Bilingual = z.object({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
/** @category Schemas */
export type Bilingual = z.infer<typeof Bilingual>;
