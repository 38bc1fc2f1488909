import * as z from 'zod/mini';

// The forms of the ids one fact uses to name another. The model knows the forms only; which ids exist is
// the data's business: `shanxi-air-plan/schemas` narrows these to the plan's (src/plan-schemas.ts), and
// the functions check them against the data.

/** The form of a city id: kebab-case, e.g. `'taiyuan'`. @internal */
export const CityIdForm = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z]+(?:-[a-z]+)*$/));

/** The form of a county code: 6 digits (GB/T 2260), e.g. `'140121'`. @internal */
export const CountyCodeForm = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{6}$/));
