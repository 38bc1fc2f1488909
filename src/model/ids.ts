import * as z from 'zod/mini';

// The forms of the ids one fact uses to name another. The model knows the forms only; which ids exist is
// the data's business: `shanxi-air-plan/schemas` narrows these to the plan's (src/plan-schemas.ts), and
// the functions check them against the data.

/** The form of a city id: kebab-case, e.g. `'taiyuan'`. @internal */
export const CityIdForm = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z]+(?:-[a-z]+)*$/));

/** The form of a county code: 6 digits (GB/T 2260), e.g. `'140121'`. @internal */
export const CountyCodeForm = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{6}$/));

/** An id of the library's own: kebab-case, e.g. `'pm25-2025-taiyuan'`. @internal */
export const KebabId = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** The form of a task number: a whole number from 1 (the plan's own tasks are 1–38: the data narrows it). @internal */
export const TaskNumberForm = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1));

/**
 * A calendar date `YYYY-MM-DD` that exists (a Beijing calendar day): 2025-02-29 and 2025-02-30 fail. One
 * regular expression (the Gregorian leap years spelled out), so that schema.json's pattern refuses exactly
 * what the functions refuse.
 * @internal
 */
export const ISO_DATE_PATTERN =
  /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;
/**
 * A calendar date `YYYY-MM-DD` that exists (a Beijing calendar day): 2025-02-29 and 2025-02-30 fail.
 * @internal
 */
export const IsoDate = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(ISO_DATE_PATTERN));
