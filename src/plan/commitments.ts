import { COMMITMENTS, type CommitmentId } from '../../data/commitments/index.js';
import { REGIONS } from '../../data/places.js';
import type { DepartmentId } from '../../data/departments.js';
import { refuse } from '../errors.js';
import { getDepartment } from './lookups.js';
import { findCity, findCounties } from './places.js';
import { settledMembership } from './membership.js';
import type { MembershipAreaId } from '../../data/area-membership.js';

/** One of the plan's commitments, as bundled. @category Plan */
export type PlanCommitment = (typeof COMMITMENTS)[number] | never;

/**
 * The commitment with the given id.
 *
 * @param id - a commitment id, e.g. `'monthly-ranking-publication'`
 * @returns the commitment, with its task, kind, bodies, scope, frequency or due date and citation
 * @throws {PlanInputError} when no commitment has that id
 * @example
 * ```ts
 * getCommitment('monthly-ranking-publication').frequency; //=> 'monthly'
 * getCommitment('air-regulation-revision').departments; //=> ['ecology-environment', 'justice', 'market-regulation']
 * ```
 * @see 三、重点任务
 * @category Plan
 */
export function getCommitment<I extends CommitmentId>(id: I): Extract<PlanCommitment, { id: I }>;
export function getCommitment(id: string): PlanCommitment;
export function getCommitment(id: string): PlanCommitment {
  const found = typeof id === 'string' ? COMMITMENTS.find((c) => c.id === id) : undefined;
  if (found === undefined) {
    refuse('unknown-id', 'id', id, [
      "a commitment id (see COMMITMENTS), e.g. 'monthly-ranking-publication'",
      "承诺 id(见 COMMITMENTS),如 'monthly-ranking-publication'",
    ]);
  }
  return found;
}

/**
 * The commitments whose responsibility note names a department, in the plan's order.
 *
 * @param department - a department id or the plan's name for it (`'省生态环境厅'`)
 * @returns its commitments (a body named only through 各有关部门 gets none)
 * @throws {PlanInputError} when the department is unknown
 * @example
 * ```ts
 * commitmentsOf('justice').map((c) => c.id); //=> ['air-regulation-revision', 'local-emission-standards']
 * commitmentsOf('省税务局').length; //=> 6
 * ```
 * @category Plan
 */
export function commitmentsOf(department: DepartmentId | (string & {})): readonly PlanCommitment[] {
  const { id } = getDepartment(department);
  return COMMITMENTS.filter((c) => (c.departments as readonly string[]).includes(id));
}

type Place = { readonly city: string; readonly county?: string };

/** A city (id, code or name) or a county-level division (6-digit code or unique name); `undefined` when neither. */
function place(key: unknown): Place | undefined {
  const city = findCity(key);
  if (city !== undefined) return { city: city.id };
  const counties = findCounties(key);
  return counties.length === 1 ? { city: counties[0]!.city, county: counties[0]!.code } : undefined;
}

/** Whether one entry of a commitment's scope covers the place. */
function covers(scope: PlanCommitment['scope'][number], p: Place): boolean {
  if (scope.kind === 'province') return true;
  if (scope.kind === 'city') return scope.city === p.city;
  const m = REGIONS.find((r) => r.id === scope.region)!.membership;
  if (m.defined) return (m.cities as readonly string[]).includes(p.city);
  return settledMembership(scope.region as MembershipAreaId, p.city, p.county)?.status === 'in';
}

/**
 * The commitments that apply in a place: a city, or a county-level division, in the plan's order.
 *
 * A commitment for the province applies everywhere; one for a city, in that city and its counties; one for a
 * named area, in the cities a source lists as its members (重点区域) — and, for an area the plan does not
 * delimit (太原盆地, 汾河谷地 …), in the county-level divisions `AREA_MEMBERSHIP` settles as inside (for 太原盆地
 * the counties of task 25's parks; for 太原及周边重点区域 Taiyuan), and in a city only when all its counties are
 * settled inside — the same membership `assess` relies on. The library never guesses an area's members.
 *
 * @param key - a city's id, code or name (`'taiyuan'`, `'140100'`, `'太原市'`), or a county-level division's
 *   6-digit code or unique Chinese name (`'140121'`, `'清徐县'`)
 * @returns the commitments whose scope covers the place
 * @throws {PlanInputError} when the key names no Shanxi city or county-level division
 * @example
 * ```ts
 * commitmentsFor('taiyuan').filter((c) => c.scope[0]?.kind !== 'province').map((c) => c.id);
 * //=> ['key-region-coal-cap', 'loose-coal-heating-substitution', 'taiyuan-rail-road-logistics', 'taiyuan-area-joint-mechanism']
 * commitmentsFor('140121').some((c) => c.id === 'taiyuan-basin-joint-enforcement'); //=> true
 * commitmentsFor('taiyuan').some((c) => c.id === 'taiyuan-basin-joint-enforcement'); //=> false
 * ```
 * @category Plan
 */
export function commitmentsFor(key: string): readonly PlanCommitment[] {
  const p = place(key);
  if (p === undefined) {
    refuse('unknown-id', 'place', key, [
      "a Shanxi city's id, code or name (e.g. 'taiyuan', '140100', '太原市') or a county-level division's 6-digit code or unique name (e.g. '140121')",
      "山西设区市的 id、区划代码或名称(如 'taiyuan'、'140100'、'太原市'),或县级行政区的 6 位区划代码或唯一名称(如 '140121')",
    ]);
  }
  return COMMITMENTS.filter((c) => c.scope.some((s) => covers(s, p)));
}
