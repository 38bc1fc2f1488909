import * as z from 'zod/mini';
import { Bilingual } from './text.js';

/**
 * A body the plan names in its responsibility notes. `name.zh` is exactly as the plan writes it
 * (e.g. '省生态环境厅'); `fullName.zh` is the body's full Chinese name; `name.en` / `fullName.en` are
 * English renderings (see `enOfficial`).
 * @category Schemas
 */
export const Department = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: Bilingual,
  fullName: Bilingual,
  /** `true` where `fullName.en` is the English name the body itself publishes; `false` for this library's translation. */
  enOfficial: /* @__PURE__ */ z.boolean(),
});
/** @category Schemas */
export type Department = z.infer<typeof Department>;
