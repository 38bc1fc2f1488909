import { COMMITMENTS, type CommitmentId } from '../../data/commitments/index.js';
import { REGIONS } from '../../data/places.js';
import type { DepartmentId } from '../../data/departments.js';
import { refuse } from '../errors.js';
import { getDepartment } from './lookups.js';
import { resolvePlace } from './places.js';
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
      "承诺 id（见 COMMITMENTS），如 'monthly-ranking-publication'",
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

/** Whether one entry of a commitment's scope covers the place. */
function coversPlace(scope: PlanCommitment['scope'][number], p: Place): boolean {
  if (scope.kind === 'province') return true;
  if (scope.kind === 'city') return scope.city === p.city;
  const m = REGIONS.find((r) => r.id === scope.region)!.membership;
  if (m.defined) return (m.cities as readonly string[]).includes(p.city);
  return settledMembership(scope.region as MembershipAreaId, p.city, p.county)?.status === 'in';
}

/**
 * How commitments are ordered where a function sorts them: dated ones first, by due date, then those the plan
 * gives no date, each group by id (the ids' code-unit order).
 */
function byDueThenId(a: PlanCommitment, b: PlanCommitment): number {
  const da = (a as { readonly due?: string }).due ?? '~';
  const db = (b as { readonly due?: string }).due ?? '~';
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The commitments that apply in a place, a city or a county-level division, ordered by due date (earliest
 * first), then by id; the commitments the plan gives no date come after the dated ones, by id.
 *
 * A commitment for the province applies everywhere; one for a city, in that city and its counties; one for a
 * named area, in the cities a source lists as its members (重点区域) — and, for an area the plan does not
 * delimit (太原盆地, 汾河谷地 …), in the county-level divisions `AREA_MEMBERSHIP` settles as inside (for 太原盆地
 * the counties of task 25's parks; for 太原及周边重点区域 Taiyuan), and in a city only when all its counties are
 * settled inside — the same membership `assess` relies on. The library never guesses an area's members.
 *
 * @param key - a city's id, code or name (`'taiyuan'`, `'140100'`, `'太原市'`, `'太原'`), or a county-level
 *   division's 6-digit code or unique Chinese name, with or without its suffix (`'140121'`, `'清徐县'`, `'清徐'`)
 * @returns the commitments whose scope covers the place, by due date, then id
 * @throws {PlanInputError} when the key names no Shanxi city or county-level division (code `'unknown-id'`), or
 *   names several (城区: code `'ambiguous-name'`, the candidates in the issue's `expected`)
 * @example
 * ```ts
 * commitmentsFor('taiyuan').filter((c) => c.scope[0]?.kind !== 'province').map((c) => c.id);
 * //=> ['key-region-coal-cap', 'loose-coal-heating-substitution', 'taiyuan-area-joint-mechanism', 'taiyuan-rail-road-logistics']
 * commitmentsFor('140121').some((c) => c.id === 'taiyuan-basin-joint-enforcement'); //=> true
 * commitmentsFor('taiyuan').some((c) => c.id === 'taiyuan-basin-joint-enforcement'); //=> false
 * ```
 * @category Plan
 */
export function commitmentsFor(key: string): readonly PlanCommitment[] {
  const found = resolvePlace('place', key);
  const p: Place = found.county === undefined ? { city: found.city.id } : { city: found.city.id, county: found.county.code };
  return COMMITMENTS.filter((c) => c.scope.some((s) => coversPlace(s, p))).sort(byDueThenId);
}
