/**
 * Vehicles and mobile machinery: old diesel and lean-burn gas trucks, tampering, inspection (task 13);
 * old non-road machinery, black smoke, site machinery (task 14).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { Locomotive, NonRoadMachinery, Truck } from '../plan-schemas.generated.js';
import type { Facts, Verdict } from '../model/verdict.js';
import { add, cond, meets, term, thresholdOf } from './shared.js';

const TRUCK_STAGE = thresholdOf('diesel-truck-phase-out-stage');
const NON_ROAD_STAGE = thresholdOf('non-road-phase-out-stage');

const C_LEAN_BURN = cond([term({ fact: 'leanBurn', equals: true }, '采用稀薄燃烧技术', 'it uses lean-burn technology')]);
/** The China stages the diesel phase-out reaches (国四及以下: china-1 … china-4), from its threshold. */
function oldStages(): string[] {
  return ['china-1', 'china-2', 'china-3', 'china-4', 'china-5', 'china-6'].filter((x) => meets(TRUCK_STAGE, truckStage(x as never)));
}
const C_OLD_DIESEL = cond([
  term({ fact: 'emissionStage', oneOf: /* @__PURE__ */ oldStages() }, '为国四及以下排放标准', 'it meets China 4 or an earlier stage'),
]);
const C_BLACK_SMOKE = cond([term({ fact: 'blackSmoke', equals: true }, '冒黑烟', 'it emits black smoke')]);
const SITES = ['railway-freight-yard', 'logistics-park', 'airport', 'industrial-mining-enterprise'];
const C_SITE = cond([
  term(
    { fact: 'site', oneOf: SITES },
    '在铁路货场、物流园区、机场或工矿企业内部作业',
    'it works inside a rail freight yard, logistics park, airport or industrial or mining enterprise',
  ),
]);
const F_EMPTY: Facts = /* @__PURE__ */ Object.freeze({});
const F_SMOKE_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ blackSmoke: null });

/** The number of a China stage `'china-N'` (N = 1…6). */
function truckStage(stage: NonNullable<Truck['emissionStage']>): number {
  return stage.charCodeAt(6) - 48;
}

/** The number of a non-road stage: `'pre-stage-1'` is 0, `'stage-N'` is N. */
function nonRoadStage(stage: NonRoadMachinery['emissionStage']): number {
  return stage === 'pre-stage-1' ? 0 : stage.charCodeAt(6) - 48;
}

/**
 * Verdicts for a truck (task 13). An electric or fuel-cell (hydrogen) truck has no exhaust: the phase-outs, the
 * ban on removing pollution-control devices and the emission inspection concern combustion engines (a methanol
 * truck has one), so it gets none of them (see the decisions guide).
 */
export function truck(s: Truck, out: Verdict[]): void {
  const fuel = s.fuel;
  if (fuel === 'diesel') {
    const stage = s.emissionStage;
    if (stage === undefined) {
      add(
        out,
        R['old-diesel-truck-phase-out'],
        { fuel, emissionStage: null, threshold: TRUCK_STAGE.value, inclusive: TRUCK_STAGE.inclusive },
        C_OLD_DIESEL,
      );
    } else {
      const n = truckStage(stage);
      if (meets(TRUCK_STAGE, n)) {
        add(out, R['old-diesel-truck-phase-out'], {
          fuel,
          emissionStage: stage,
          stage: n,
          threshold: TRUCK_STAGE.value,
          inclusive: TRUCK_STAGE.inclusive,
        });
      }
    }
  } else if (fuel === 'gas') {
    const lean = s.leanBurn;
    if (lean === undefined) add(out, R['lean-burn-gas-truck-phase-out'], { fuel: 'gas', leanBurn: null }, C_LEAN_BURN);
    else if (lean) add(out, R['lean-burn-gas-truck-phase-out'], { fuel: 'gas', leanBurn: true });
  } else if (fuel !== 'methanol') {
    return; // electric, hydrogen: no exhaust
  }
  add(out, R['truck-anti-tampering'], F_EMPTY);
  add(out, R['vehicle-inspection-maintenance'], F_EMPTY);
}

function blackSmoke(v: boolean | undefined, out: Verdict[]): void {
  if (v === undefined) add(out, R['black-smoke-elimination'], F_SMOKE_UNKNOWN, C_BLACK_SMOKE);
  else if (v) add(out, R['black-smoke-elimination'], { blackSmoke: true });
}

/** Verdicts for non-road mobile machinery (task 14). */
export function nonRoadMachinery(s: NonRoadMachinery, out: Verdict[]): void {
  const n = nonRoadStage(s.emissionStage);
  if (meets(NON_ROAD_STAGE, n)) {
    add(out, R['old-non-road-machinery-phase-out'], {
      emissionStage: s.emissionStage,
      stage: n,
      threshold: NON_ROAD_STAGE.value,
      inclusive: NON_ROAD_STAGE.inclusive,
    });
  }
  blackSmoke(s.blackSmoke, out);
  const site = s.site;
  if (site === undefined) add(out, R['site-machinery-new-energy'], { site: null }, C_SITE);
  else if (site !== 'other') add(out, R['site-machinery-new-energy'], { site });
}

/** Verdicts for a railway locomotive (task 14). */
export function locomotive(s: Locomotive, out: Verdict[]): void {
  blackSmoke(s.blackSmoke, out);
}
