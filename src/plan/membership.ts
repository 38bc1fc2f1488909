// Which named area a place lies in, as far as the rules may rely on it: shared by assess (src/rules/) and
// commitmentsFor. Internal: not re-exported by src/plan/index.ts.
import { AREA_MEMBERSHIP, type MembershipAreaId } from '../../data/area-membership.js';
import { COUNTIES } from '../../data/counties.js';
import { CITIES } from '../../data/places.js';

/** A place's settled membership of an area: its status, the sources it rests on and the place's name. */
export interface SettledMembership {
  readonly status: 'in' | 'out';
  /** The ids of the area's `basis` entries the status rests on. */
  readonly basis: readonly string[];
  /** The place judged: the county's or the city's Chinese name and its code or id, e.g. `'清徐县 (140121)'`. */
  readonly place: string;
}

/** The membership table of an area. */
function tableOf(area: MembershipAreaId) {
  // Stryker disable next-line ConditionalExpression: every MembershipAreaId has a table (tests/data/area-membership.test.ts)
  return AREA_MEMBERSHIP.find((a) => a.area === area)!.counties as Readonly<
    Record<string, { readonly status: string; readonly basis: readonly string[]; readonly settled?: boolean }>
  >;
}

/**
 * The membership of a county, or of a city as a whole, in a named area — only where the data marks it
 * `settled` (a source strong enough for a legal duty: see `AreaBasis.settles`). A county is judged by its own
 * entry; a city given alone only when all its counties share one settled status. `undefined` when the
 * membership is not settled (unknown, or resting on sources the rules do not rely on) or no place is given.
 */
export function settledMembership(
  area: MembershipAreaId,
  city: string | undefined,
  county: string | undefined,
): SettledMembership | undefined {
  const table = tableOf(area);
  if (county !== undefined) {
    const m = table[county];
    if (m === undefined || m.settled !== true) return undefined;
    const c = COUNTIES.find((x) => x.code === county)!;
    return { status: m.status as 'in' | 'out', basis: m.basis, place: `${c.name.zh} (${county})` };
  }
  if (city === undefined) return undefined;
  let status: string | undefined;
  const basis: string[] = [];
  for (const c of COUNTIES) {
    if (c.city !== city) continue;
    const m = table[c.code]!;
    if (m.settled !== true || (status !== undefined && m.status !== status)) return undefined;
    status = m.status;
    for (const b of m.basis) if (!basis.includes(b)) basis.push(b);
  }
  // Stryker disable next-line ConditionalExpression: every city has counties, so status is set whenever the loop ran to its end
  if (status === undefined) return undefined;
  const name = CITIES.find((c) => c.id === city)!.name.zh;
  return { status: status as 'in' | 'out', basis, place: `${name} (${city})` };
}
