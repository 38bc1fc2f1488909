import * as z from 'zod/mini';

/**
 * A city (or county) to rank, by its composite index (smaller is better).
 * @category Schemas
 */
export const RankEntry = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  compositeIndex: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
});
/** @category Schemas */
export type RankEntry = z.infer<typeof RankEntry>;

/**
 * A ranked entry: `rank` is the place from the top (1 = best, 1 + the number strictly better),
 * `rankFromBottom` the place from the bottom (倒数第k名: 1 + the number strictly worse).
 * @category Schemas
 */
export const RankedEntry = /* @__PURE__ */ z.extend(RankEntry, {
  rank: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  rankFromBottom: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
});
/** @category Schemas */
export type RankedEntry = z.infer<typeof RankedEntry>;
