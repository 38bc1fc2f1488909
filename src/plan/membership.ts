// Which named area a place lies in, as far as the rules may rely on it: shared by assess (src/rules/) and
// commitmentsFor. Internal: not re-exported by src/plan/index.ts.
import type { MembershipAreaId } from '../../data/area-membership.js';
import { SETTLED_MEMBERSHIP, UNSETTLED_INSIDE } from '../../data/area-membership-settled.generated.js';
import { COUNTIES } from '../../data/counties.js';
import { CITIES } from '../../data/places.js';

/** A place's settled membership of an area: its status, the sources it rests on and the place's name. */
export interface SettledMembership {
  readonly status: 'in' | 'out';
  /** The ids of the area's `basis` entries the status rests on. */
  readonly basis: readonly string[];
  /** The place judged: the county's or the city's Chinese name and its code or id, e.g. `'清徐县 (140121)'`. */
  readonly place: string;
  /** The same in Chinese typography, e.g. `'清徐县（140121）'`. */
  readonly placeZh: string;
}

/** The settled entry of a county in an area (`SETTLED_MEMBERSHIP`, generated from `AREA_MEMBERSHIP`), if any. */
function settledEntry(
  area: MembershipAreaId,
  county: string,
): { readonly status: 'in' | 'out'; readonly basis: readonly string[] } | undefined {
  for (const g of SETTLED_MEMBERSHIP[area]) if ((g.counties as readonly string[]).includes(county)) return g;
  return undefined;
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
  if (county !== undefined) {
    const m = settledEntry(area, county);
    if (m === undefined) return undefined;
    const c = COUNTIES.find((x) => x.code === county)!;
    return { status: m.status, basis: m.basis, place: `${c.name.zh} (${county})`, placeZh: `${c.name.zh}（${county}）` };
  }
  if (city === undefined) return undefined;
  let status: string | undefined;
  const basis: string[] = [];
  for (const c of COUNTIES) {
    if (c.city !== city) continue;
    const m = settledEntry(area, c.code);
    if (m === undefined || (status !== undefined && m.status !== status)) return undefined;
    status = m.status;
    for (const b of m.basis) if (!basis.includes(b)) basis.push(b);
  }
  if (status === undefined) return undefined;
  const name = CITIES.find((c) => c.id === city)!.name.zh;
  return { status: status as 'in' | 'out', basis, place: `${name} (${city})`, placeZh: `${name}（${city}）` };
}

/**
 * The settled status in `area` of every place {@link settledMembership} settles, keyed by county code and by
 * city id: each county with a settled entry, and each city all of whose counties share one settled status.
 * The statuses of `settledMembership` as one table, built in one pass, for lookups on a hot path (`assess`).
 */
export function settledStatuses(area: MembershipAreaId): ReadonlyMap<string, 'in' | 'out'> {
  const out = new Map<string, 'in' | 'out'>();
  for (const g of SETTLED_MEMBERSHIP[area]) for (const c of g.counties) out.set(c, g.status); // a county is in one group of its area
  // A city's status while its counties agree so far; null once one is unsettled or differs.
  const cities = new Map<string, 'in' | 'out' | null>();
  for (const c of COUNTIES) {
    const s = out.get(c.code) ?? null;
    const before = cities.get(c.city);
    cities.set(c.city, before === undefined || before === s ? s : null);
  }
  for (const [city, s] of cities) if (s !== null) out.set(city, s);
  return out;
}

/**
 * Where `AREA_MEMBERSHIP` places a county inside the Taiyuan basin or the Fen River valley on a source not
 * strong enough to settle a legal duty: the county's name (`'小店区'`) and the source's title in both
 * languages; `undefined` when it does not (or no county is given).
 */
export function unsettledInside(
  area: 'taiyuan-basin' | 'fenhe-valley',
  county: string | undefined,
): { readonly place: string; readonly source: { readonly zh: string; readonly en: string } } | undefined {
  if (county === undefined) return undefined;
  const groups = (UNSETTLED_INSIDE as Record<string, readonly { source: { zh: string; en: string }; counties: readonly string[] }[]>)[area];
  if (groups === undefined) return undefined;
  for (const g of groups) {
    if (!g.counties.includes(county)) continue;
    return { place: COUNTIES.find((c) => c.code === county)!.name.zh, source: g.source };
  }
  return undefined;
}
