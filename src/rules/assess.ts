import { readOptions } from '../input.js';
import { isoDate } from '../dates.js';
import type { Location, Subject } from '../plan-schemas.generated.js';
import type { Verdict } from '../plan-schemas.generated.js';
import { cateringBuilding, constructionSite, stockyard } from './construction.js';
import { farmland, livestockFarm } from './agriculture.js';
import { area, industrialPark, industryCluster, scenicArea } from './area.js';
import { biomassBoiler, coalBoiler, gasBoiler, smallCoalFacility } from './boilers.js';
import { coalPowerUnit } from './coal-power.js';
import { coalSubstitute, coalUse, gasDemand } from './coal-use.js';
import { enterprise, thirdPartyBody } from './enterprises.js';
import { bulkFreight, freightSite, mine } from './freight.js';
import { fuelOutlet } from './fuels.js';
import { gasProducer, industrialFurnace } from './industrial-furnaces.js';
import { project } from './projects.js';
import { blastFurnace, converter, electricArcFurnace, ferroalloyFurnace, pelletFurnace, sinterMachine } from './steel-equipment.js';
import { readSubject } from './validate.js';
import { judge } from './compliance.js';
import { locate } from './shared.js';
import { locomotive, nonRoadMachinery, truck } from './vehicles.js';
import { vocsFacility, vocsMaterial } from './vocs.js';

/** Options of {@link assess}. @category Rules */
export interface AssessOptions {
  /**
   * An ISO calendar date (`'2025-01-01'`). When given, every verdict that has a deadline gets
   * `facts.asOf` and `facts.deadlinePassed` (`true` only when `asOf` is after the deadline day: on the
   * deadline day itself the deadline has not passed), and `overdue` (`true` when the deadline has passed
   * and the compliance facts do not show the duty met). It adds or removes no verdict.
   */
  readonly asOf?: string;
}

const ASSESS_OPTIONS: readonly string[] = ['asOf'];

function checkAsOf(options: unknown): string | undefined {
  if (options === undefined) return undefined;
  const asOf = readOptions('options', options, ASSESS_OPTIONS, true).asOf;
  if (asOf === undefined) return undefined;
  return isoDate('options.asOf', asOf);
}

/**
 * Every obligation the plan attaches to a subject — a boiler, furnace, vehicle, site, project, place —
 * each with its rule, task, kind of obligation, deadline (where the plan gives one), the condition it
 * still depends on (where the subject left a needed fact out: never assumed), the reason in Chinese
 * and English, the facts compared, whether the subject's compliance facts (the rule's
 * `complianceFacts`: `shutDown`, `ultraLowRetrofitDone`, `hasBypass` …) show the duty met, and, with
 * `asOf`, whether it is overdue; the rule's reading note and the clause quoted verbatim. Verdicts come in a fixed order per
 * subject kind; the list is empty when nothing applies.
 *
 * Where a place-specific deadline is earlier than the general rule (the Taiyuan basin's 2024-10-31 in
 * task 24 over task 3's undated phase-out), the place-specific verdict replaces the general one inside
 * the place; where the place is unknown, both come back, the earlier one under a `condition`.
 *
 * @param subject - what to judge: one of the subject kinds (see `Subject`), e.g.
 *   `{ kind: 'coal-boiler', capacityTph: 20 }`
 * @param options - `asOf`: an ISO date; marks `facts.deadlinePassed` on dated verdicts (see `AssessOptions`)
 * @returns the verdicts, possibly none
 * @throws {PlanInputError} on a bad subject (unknown kind or field, a negative or non-finite number, a
 *   string for a number, an unknown city or county …), naming the field, e.g. `'subject.capacityTph'`;
 *   or on a bad `options.asOf`
 * @example
 * ```ts
 * assess({ kind: 'coal-boiler', capacityTph: 35, isNew: false, use: 'central-heating', inBuiltUpArea: false,
 *   withinHeatNetwork: false, distanceToLargeChpKm: 80, distanceToLargeIndustrialHeatKm: 80,
 *   inefficientTreatment: false }).map((v) => v.rule);
 * //=> ['coal-boiler-cleanup', 'coal-boiler-ule-all']
 * assess({ kind: 'sinter-machine', type: 'stepping', location: { county: '140121' } })[0].deadline;
 * //=> '2024-10-31'
 * assess({ kind: 'bulk-freight', distanceKm: 650 })[0].obligation; //=> 'preferred'
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export function assess(subject: Subject, options?: AssessOptions): Verdict[] {
  const asOf = checkAsOf(options);
  const s = readSubject(subject);
  // Where the subject lies, looked up once (refusing area flags a settled membership contradicts, as
  // validateSubject does).
  const at = locate((s as { location?: Location }).location);
  const out: Verdict[] = [];
  switch (s.kind) {
    case 'project':
      project(s, out, at);
      break;
    case 'vocs-material':
      vocsMaterial(s, out);
      break;
    case 'enterprise':
      enterprise(s, out, at);
      break;
    case 'industry-cluster':
      industryCluster(s, out);
      break;
    case 'coal-power-unit':
      coalPowerUnit(s, out);
      break;
    case 'blast-furnace':
      blastFurnace(s, out, at);
      break;
    case 'converter':
      converter(s, out, at);
      break;
    case 'electric-arc-furnace':
      electricArcFurnace(s, out, at);
      break;
    case 'sinter-machine':
      sinterMachine(s, out, at);
      break;
    case 'pellet-furnace':
      pelletFurnace(s, out, at);
      break;
    case 'ferroalloy-furnace':
      ferroalloyFurnace(s, out, at);
      break;
    case 'gas-demand':
      gasDemand(s, out);
      break;
    case 'coal-substitute':
      coalSubstitute(s, out);
      break;
    case 'coal-use':
      coalUse(s, out);
      break;
    case 'coal-boiler':
      coalBoiler(s, out);
      break;
    case 'small-coal-facility':
      smallCoalFacility(s, out);
      break;
    case 'gas-boiler':
      gasBoiler(s, out);
      break;
    case 'biomass-boiler':
      biomassBoiler(s, out);
      break;
    case 'gas-producer':
      gasProducer(s, out);
      break;
    case 'industrial-furnace':
      industrialFurnace(s, out);
      break;
    case 'area':
      area(s, out);
      break;
    case 'scenic-area':
      scenicArea(s, out);
      break;
    case 'bulk-freight':
      bulkFreight(s, out);
      break;
    case 'freight-site':
      freightSite(s, out);
      break;
    case 'mine':
      mine(s, out);
      break;
    case 'truck':
      truck(s, out);
      break;
    case 'non-road-machinery':
      nonRoadMachinery(s, out);
      break;
    case 'locomotive':
      locomotive(s, out);
      break;
    case 'fuel-outlet':
      fuelOutlet(s, out);
      break;
    case 'construction-site':
      constructionSite(s, out, at);
      break;
    case 'stockyard':
      stockyard(s, out);
      break;
    case 'farmland':
      farmland(s, out);
      break;
    case 'livestock-farm':
      livestockFarm(s, out);
      break;
    case 'industrial-park':
      industrialPark(s, out, at);
      break;
    case 'vocs-facility':
      vocsFacility(s, out);
      break;
    case 'catering-building':
      cateringBuilding(s, out);
      break;
    case 'third-party-body':
      thirdPartyBody(s, out);
      break;
  }
  judge(out, s, asOf);
  return out;
}
