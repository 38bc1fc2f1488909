import * as z from 'zod/mini';
import { Citation } from './citation.js';
import { CityIdForm } from './ids.js';
import { Bilingual } from './text.js';

/**
 * One of Shanxi's 11 prefecture-level cities (设区的市), with its GB/T 2260 code.
 * @category Schemas
 */
export const City = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z]+$/)),
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^14\d{2}00$/)),
  name: Bilingual,
});
/** @category Schemas */
export type City = z.infer<typeof City>;

/**
 * A county-level division (县级行政区) with its 6-digit GB/T 2260 code and its city.
 * @category Schemas
 */
export const County = /* @__PURE__ */ z.object({
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^14\d{4}$/)),
  name: Bilingual,
  city: CityIdForm,
  kind: /* @__PURE__ */ z.enum(['district', 'county', 'county-level-city']),
});
/** @category Schemas */
export type County = z.infer<typeof County>;

/**
 * Who belongs to a region. `defined: false` where neither the plan nor a source the library can cite
 * lists the members: the library then never guesses membership.
 * @category Schemas
 */
export const RegionMembership = /* @__PURE__ */ z.discriminatedUnion('defined', [
  /* @__PURE__ */ z.object({
    defined: /* @__PURE__ */ z.literal(true),
    cities: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    /** Where the list comes from (a document outside the plan, or the plan itself). */
    basis: Bilingual,
    /** `false` where the basis could not be checked against the document's text. */
    verified: /* @__PURE__ */ z.boolean(),
  }),
  /* @__PURE__ */ z.object({
    defined: /* @__PURE__ */ z.literal(false),
    /** What is known without a member list (e.g. places the plan itself puts in the region). */
    note: Bilingual,
    /** County-level divisions the plan itself places in the region (e.g. the parks of task 25). */
    knownCounties: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
  }),
]);
/** @category Schemas */
export type RegionMembership = z.infer<typeof RegionMembership>;

/**
 * A named area the plan uses (太原盆地, 汾河谷地, 重点区域 …).
 * @category Schemas
 */
export const Region = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: Bilingual,
  membership: RegionMembership,
  /** Where the plan uses the name. */
  source: Citation,
});
/** @category Schemas */
export type Region = z.infer<typeof Region>;

/**
 * A city's traditional industrial clusters that task 4 says must be upgraded.
 * @category Schemas
 */
export const CityClusters = /* @__PURE__ */ z.object({
  city: CityIdForm,
  industries: /* @__PURE__ */ z.array(Bilingual).check(/* @__PURE__ */ z.minLength(1)),
  source: Citation,
});
/** @category Schemas */
export type CityClusters = z.infer<typeof CityClusters>;

/**
 * A group of industrial parks the plan names together, with the county-level divisions they stand in.
 * @category Schemas
 */
export const ParkGroup = /* @__PURE__ */ z.object({
  name: Bilingual,
  counties: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.minLength(1)),
  region: /* @__PURE__ */ z.string(),
  source: Citation,
  note: /* @__PURE__ */ z.optional(Bilingual),
});
/** @category Schemas */
export type ParkGroup = z.infer<typeof ParkGroup>;

/**
 * A Shanxi city and the neighbouring province's border cities it is to control pollution jointly with (task 27).
 * @category Schemas
 */
export const CrossBorderPair = /* @__PURE__ */ z.object({
  city: CityIdForm,
  neighbour: Bilingual,
  source: Citation,
});
/** @category Schemas */
export type CrossBorderPair = z.infer<typeof CrossBorderPair>;

/**
 * A functional zone (development zone, high-tech park, scenic area) that carries a division code with 71 in
 * digits 5–6 but is not a county-level division.
 * @category Schemas
 */
export const FunctionalZone = /* @__PURE__ */ z.object({
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^14\d{2}71$/)),
  name: Bilingual,
  city: CityIdForm,
});
/** @category Schemas */
export type FunctionalZone = z.infer<typeof FunctionalZone>;
