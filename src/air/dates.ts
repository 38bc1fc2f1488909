import { isoDate } from '../dates.js';
import { refuse } from '../errors.js';

/** The first day the 2012 editions (HJ 633-2012, GB 3095-2012) apply nationwide. @internal */
export const FIRST_2012_DAY = '2016-01-01';
/** The first day of the 2026 editions (HJ 633-2026, GB 3095-2026). @internal */
export const FIRST_2026_DAY = '2026-03-01';

/**
 * A date from which the library knows an edition in force, or a `PlanInputError`.
 * @internal
 */
export function datedFrom2016(field: string, value: unknown): string {
  const date = isoDate(field, value);
  if (date < FIRST_2012_DAY) {
    refuse('invalid-date', field, value, [
      `a date from ${FIRST_2012_DAY} (when the 2012 editions apply nationwide); name the edition for earlier data`,
      `${FIRST_2012_DAY}(2012 年版全国实施之日)及以后的日期;更早的数据请指明版本`,
    ]);
  }
  return date;
}
