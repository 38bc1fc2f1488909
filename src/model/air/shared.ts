import * as z from 'zod/mini';
import { FIRST_EDITION_DAY } from '../../air/editions.js';
import { IsoDate } from '../ids.js';

// What the air-quality schemas share: a day the functions accept, and a concentration.

/** A calendar day from 2016-01-01, when the 2012 editions apply nationwide (the functions refuse earlier days). */
export const isoDate = /* @__PURE__ */ IsoDate.check(
  // The message is a plain literal: a template at the top level would keep the module in every bundle.
  /* @__PURE__ */ z.refine((d) => d >= FIRST_EDITION_DAY, 'a date from 2016-01-01'),
);
export const concentration = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));
