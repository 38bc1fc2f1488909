import * as z from 'zod/mini';
import { Bilingual } from './text.js';

/**
 * Where a county's membership of a named area comes from:
 * - `'plan'`: the plan's own words (`quote` is verbatim in the plan's text);
 * - `'official'`: a government document or page (a provincial plan, a notice), with its issuer and number;
 * - `'geographic'`: a geographic description (an encyclopaedic entry on a basin, a river or a county).
 *
 * `seenIn` says what was read: `'document'` when the quote was read in the document itself, `'copy'` when it
 * was read in a third-party copy or report of it (the `url` is then that copy's). `note` says what the source
 * does not settle.
 *
 * @example
 * ```ts
 * AreaBasis.parse({
 *   id: 'plan-25', kind: 'plan', title: { zh: '晋政发〔2024〕7号 第25条', en: 'Plan task 25' },
 *   quote: '一体推进清徐、交城工业园区和平遥、介休、孝义工业园区环境污染综合治理', seenIn: 'document',
 * }).kind; //=> 'plan'
 * ```
 * @category Schemas
 */
export const AreaBasis = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  kind: /* @__PURE__ */ z.enum(['plan', 'official', 'geographic']),
  title: Bilingual,
  issuer: /* @__PURE__ */ z.optional(Bilingual),
  docNumber: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  url: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^https?:\/\//))),
  /** The source's words that the membership rests on (Chinese, as read). */
  quote: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))),
  seenIn: /* @__PURE__ */ z.enum(['document', 'copy']),
  /**
   * The statuses this source is strong enough to settle a legal duty on: `assess` and `commitmentsFor`
   * rely on a county's `'in'` or `'out'` only when one of its `basis` sources lists that status here
   * (see the decisions guide, "Places"). Absent: the source settles nothing; its statuses are for reading.
   */
  settles: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['in', 'out']))),
  note: /* @__PURE__ */ z.optional(Bilingual),
});
/** @category Schemas */
export type AreaBasis = z.infer<typeof AreaBasis>;

/**
 * Whether a county-level division belongs to a named area: `'in'` or `'out'` only where a cited source
 * supports it (`basis` then names at least one source); `'unknown'` where the sources are silent or
 * disagree (`note` says which). `'in'` means a source counts the county in the area, not that every point of
 * it lies inside (a district on a basin's edge is `'in'` when a source names it).
 * @category Schemas
 */
export const CountyMembership = /* @__PURE__ */ z.object({
  status: /* @__PURE__ */ z.enum(['in', 'out', 'unknown']),
  /** Ids of the area's `basis` entries that support the status. */
  basis: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  /**
   * Whether the rules rely on this status: `true` when the status is `'in'` or `'out'` and one of its `basis`
   * sources `settles` it. A status not relied on is shown, not applied: the subject's own flag
   * (`location.inTaiyuanBasin`, `location.inFenheValley`) or a condition decides, as for `'unknown'`.
   */
  settled: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  note: /* @__PURE__ */ z.optional(Bilingual),
});
/** @category Schemas */
export type CountyMembership = z.infer<typeof CountyMembership>;

/**
 * The membership of every county-level division in one named area of the plan.
 * @category Schemas
 */
export const AreaMembership = /* @__PURE__ */ z.object({
  /** A `RegionId` of `REGIONS` (not `'key-region'`, which `REGIONS` settles by city). */
  area: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  basis: /* @__PURE__ */ z.array(AreaBasis),
  /** Keyed by the county's 6-digit code; every county of `COUNTIES` has an entry. */
  counties: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^14\d{4}$/)), CountyMembership),
});
/** @category Schemas */
export type AreaMembership = z.infer<typeof AreaMembership>;
