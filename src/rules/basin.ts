/**
 * The condition "in the Taiyuan basin" as a verdict states it for a place: where the bundled data places the
 * county inside on a third-party description alone (not strong enough to settle a legal duty), the condition
 * says so and names the source, rather than the bare "if it lies in the basin".
 * @internal
 * @module
 */
import { unsettledInside } from '../plan/membership.js';
import type { Location } from '../plan-schemas.generated.js';
import type { Condition } from '../model/verdict.js';
import { C_TAIYUAN_BASIN, cond, T_TAIYUAN_BASIN, type Term, term } from './shared.js';

/** The term "in the Taiyuan basin" for a location: the plain one, or one that names the data's source. */
export function basinTerm(loc: Location | undefined): Term {
  const u = unsettledInside('taiyuan-basin', loc?.county);
  if (u === undefined) return T_TAIYUAN_BASIN;
  return term(
    T_TAIYUAN_BASIN.term,
    `位于太原盆地（随附数据依${u.source.zh}将${u.place}列入盆地内，该来源不足以认定法律义务，故仍作条件）`,
    `it lies in the Taiyuan basin (the bundled data places ${u.place} inside on ${u.source.en} alone, a source not strong enough to settle a legal duty, so it stays a condition)`,
  );
}

/** The condition "in the Taiyuan basin" for a location (see {@link basinTerm}). */
export function basinCondition(loc: Location | undefined): Condition {
  const t = basinTerm(loc);
  return t === T_TAIYUAN_BASIN ? C_TAIYUAN_BASIN : cond([t]);
}
