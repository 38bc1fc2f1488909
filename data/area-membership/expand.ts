import { deepFreeze } from '../../src/freeze.js';
import type { AreaBasis, CountyMembership } from '../../src/model/area-membership.js';
import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Bilingual } from '../../src/model/text.js';
import { COUNTIES, type CountyCode } from '../counties.js';
import type { CityId, RegionId } from '../places.js';

// How AREA_MEMBERSHIP (../area-membership.ts) is written: rules by city or county, expanded into the per-county table.

export type Status = CountyMembership['status'];

/** One line of membership: all counties of some cities, or some counties by code. */
export interface Rule {
  readonly status: Status;
  readonly basis: readonly string[];
  /** Whether one of `basis` settles `status` (see `AreaBasis.settles`). */
  readonly settled: boolean;
  readonly cities?: readonly CityId[];
  readonly counties?: readonly CountyCode[];
  readonly note?: Bilingual;
}

export type Basis = { readonly id: string; readonly settles?: readonly ('in' | 'out')[] };

export const rule = (
  status: Status,
  basis: readonly Basis[],
  where: { cities?: readonly CityId[]; counties?: readonly CountyCode[] },
  note?: Bilingual,
): Rule => {
  const settled = status !== 'unknown' && basis.some((b) => b.settles?.includes(status) === true);
  const ids = basis.map((b) => b.id);
  return note === undefined ? { status, basis: ids, settled, ...where } : { status, basis: ids, settled, ...where, note };
};

/**
 * The full per-county table: a county's own rule, else its city's, else `unknown` with `fallback`. The counties
 * a rule covers share its one membership, built frozen (1,170 entries from about 60 rules: building and
 * freezing a copy per county was a third of the objects the package froze at import).
 */
export function expand(rules: readonly Rule[], fallback: Bilingual): Record<string, CountyMembership> {
  const made = rules.map((r) =>
    deepFreeze<CountyMembership>(
      r.note === undefined
        ? { status: r.status, basis: [...r.basis], settled: r.settled }
        : { status: r.status, basis: [...r.basis], settled: r.settled, note: r.note },
    ),
  );
  const unknown = deepFreeze<CountyMembership>({ status: 'unknown', basis: [], settled: false, note: fallback });
  // The first rule naming each county and each city, found in one pass over the rules (a search of the rules
  // per county was 2,340 searches at import).
  const byCounty = new Map<string, CountyMembership>();
  const byCity = new Map<string, CountyMembership>();
  rules.forEach((r, i) => {
    for (const code of r.counties ?? []) if (!byCounty.has(code)) byCounty.set(code, made[i]!);
    for (const city of r.cities ?? []) if (!byCity.has(city)) byCity.set(city, made[i]!);
  });
  const out: Record<string, CountyMembership> = {};
  for (const c of COUNTIES) out[c.code] = byCounty.get(c.code) ?? byCity.get(c.city) ?? unknown;
  return out;
}

export const area = (
  id: Exclude<RegionId, 'key-region'>,
  basis: readonly DeepReadonly<AreaBasis>[],
  rules: readonly Rule[],
  fallback: Bilingual,
) => ({ area: id, basis, counties: expand(rules, fallback) });

export const ALL_BUT = (...keep: CityId[]): CityId[] =>
  (
    ['taiyuan', 'datong', 'yangquan', 'changzhi', 'jincheng', 'shuozhou', 'jinzhong', 'yuncheng', 'xinzhou', 'linfen', 'lvliang'] as const
  ).filter((c) => !keep.includes(c));
