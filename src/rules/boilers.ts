/**
 * Boilers: coal-fired (tasks 9 and 21), the small coal facilities cleared with them (task 9), gas-fired
 * and biomass boilers (task 21).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { BiomassBoiler, CoalBoiler, GasBoiler, IndustrialFurnace, SmallCoalFacility } from '../plan-schemas.generated.js';
import type { Facts, Verdict } from '../model/verdict.js';
import { add, C_INEFFICIENT, cond, meets, missing, term, thresholdOf } from './shared.js';

const CLEANUP_MAX = thresholdOf('coal-boiler-cleanup-max');
const ULE_MIN = thresholdOf('coal-boiler-ule-min');
const ULE_MAX = thresholdOf('coal-boiler-ule-max');
const LARGE_CHP = thresholdOf('large-chp-min');
const RADIUS = thresholdOf('chp-heating-radius');

const T_NEW = term({ fact: 'isNew', equals: true }, '为新建锅炉', 'it is a new boiler');
const T_NOT_CENTRAL = term({ fact: 'use', equals: 'other' }, '非集中供暖用途', 'it is not for central heating');
const T_CENTRAL = term(
  { fact: 'use', equals: 'central-heating' },
  '为供热（集中供暖）锅炉',
  'it is a heat-supply (central-heating) boiler',
);
const T_BUILT_UP = term({ fact: 'inBuiltUpArea', equals: true }, '位于城市建成区', 'it lies in an urban built-up area');
const T_NETWORK = term({ fact: 'withinHeatNetwork', equals: true }, '位于热力管网覆盖范围内', 'it lies within reach of a heat network');
/** Distance to the CHP plant within the heating radius. */
export const T_RADIUS = term(
  { fact: 'distanceToLargeChpKm', threshold: 'chp-heating-radius' },
  '距热电联产电厂不超过30公里',
  'it is within 30 km of a CHP plant',
);
/** That CHP plant is large. */
export const T_LARGE_CHP = term(
  { fact: 'largeChpCapacityMw', threshold: 'large-chp-min' },
  '邻近的热电联产电厂装机30万千瓦及以上',
  'the nearby CHP plant has 300 MW or more',
);
/** Distance to a large industrial enterprise supplying heat within the heating radius. */
export const T_INDUSTRIAL_RADIUS = term(
  { fact: 'distanceToLargeIndustrialHeatKm', threshold: 'industrial-heat-radius' },
  '距可供热的大型工业企业不超过30公里',
  'it is within 30 km of a large industrial enterprise that supplies heat',
);
const T_SMALL = term({ fact: 'small', equals: true }, '属小型生物质锅炉', 'it is a small biomass boiler');

const C_NO_NEW = cond([T_NEW, T_NOT_CENTRAL]);
const C_NOT_CLEARED = cond([
  term({ fact: 'shutDown', equals: false }, '尚未依第9条清零（仍在使用）', 'it has not been cleared under task 9 (it is still in use)'),
]);
const C_BUILT_UP = cond([T_CENTRAL, T_BUILT_UP]);
const C_NETWORK = cond([T_NETWORK]);
const C_CHP = cond([T_RADIUS, T_LARGE_CHP]);
const C_SMALL = cond([T_SMALL]);
const C_INDUSTRIAL_RADIUS = cond([T_INDUSTRIAL_RADIUS]);

const F_NO_NEW_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ isNew: null, use: null });
const F_BUILT_UP_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ use: null, inBuiltUpArea: null });
const F_NETWORK_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ withinHeatNetwork: null });
/** The facts of the CHP-radius rule when neither distance nor capacity is known (built once, at import). */
function chpUnknownFacts(): Facts {
  return Object.freeze({
    distanceToLargeChpKm: null,
    radiusKm: RADIUS.value,
    radiusInclusive: RADIUS.inclusive,
    largeChpCapacityMw: null,
    minCapacityMw: LARGE_CHP.value,
    capacityInclusive: LARGE_CHP.inclusive,
  });
}
const F_CHP_UNKNOWN: Facts = /* @__PURE__ */ chpUnknownFacts();
const F_INEFFICIENT_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ inefficientTreatment: null });

/**
 * Task 9's CHP-radius test, shared with coal-fired CHP units: `applies: false` when a given fact rules
 * it out; otherwise the facts compared and which of the two facts are missing (`md`, `mc`).
 */
export function chpRadius(
  distance: number | undefined,
  capacity: number | undefined,
): { readonly applies: false } | { readonly applies: true; readonly facts: Facts; readonly md: boolean; readonly mc: boolean } {
  if (distance !== undefined && !meets(RADIUS, distance)) return NO;
  if (capacity !== undefined && !meets(LARGE_CHP, capacity)) return NO;
  const md = distance === undefined;
  const mc = capacity === undefined;
  const facts =
    md && mc
      ? F_CHP_UNKNOWN
      : {
          distanceToLargeChpKm: distance ?? null,
          radiusKm: RADIUS.value,
          radiusInclusive: RADIUS.inclusive,
          largeChpCapacityMw: capacity ?? null,
          minCapacityMw: LARGE_CHP.value,
          capacityInclusive: LARGE_CHP.inclusive,
        };
  return { applies: true, facts, md, mc };
}
const NO = { applies: false } as const;

const INDUSTRIAL_RADIUS = thresholdOf('industrial-heat-radius');

/**
 * Task 9's heating radius of a large industrial enterprise: `undefined` when the distance rules it out,
 * otherwise the facts and whether the distance is missing.
 */
export function industrialHeatRadius(distance: number | undefined): { readonly facts: Facts; readonly missing: boolean } | undefined {
  if (distance !== undefined && !meets(INDUSTRIAL_RADIUS, distance)) return undefined;
  return {
    facts: {
      distanceToLargeIndustrialHeatKm: distance ?? null,
      radiusKm: INDUSTRIAL_RADIUS.value,
      radiusInclusive: INDUSTRIAL_RADIUS.inclusive,
    },
    missing: distance === undefined,
  };
}

/** Task 21's review of simple, inefficient treatment (boilers and industrial furnaces). */
export function inefficientTreatment(s: CoalBoiler | GasBoiler | BiomassBoiler | IndustrialFurnace, out: Verdict[]): void {
  const v = s.inefficientTreatment;
  if (v === false) return;
  if (v === undefined) add(out, R['inefficient-treatment-disposal'], F_INEFFICIENT_UNKNOWN, C_INEFFICIENT);
  else add(out, R['inefficient-treatment-disposal'], { inefficientTreatment: true });
}

/** Verdicts for a coal-fired boiler (tasks 9 and 21). */
export function coalBoiler(s: CoalBoiler, out: Verdict[]): void {
  // Given in MW: converted at 0.7 MW per t/h (GB 13271-2014 pairs 10 t/h steam boilers with 7 MW hot-water ones),
  // as mw ÷ 7 × 10 so that 24.5 MW is exactly 35 t/h and 45.5 MW exactly 65 (and a huge rating stays finite);
  // validateSubject made sure exactly one of the two is given.
  const mw = s.capacityMw;
  const c = mw === undefined ? s.capacityTph! : Math.min((mw / 7) * 10, Number.MAX_VALUE);
  // The facts with the rating as given (plain literals: a spread per verdict cost assess its speed, issue 23).
  const withMw = (facts: Facts): Facts => {
    if (mw !== undefined) facts.capacityMw = mw;
    return facts;
  };
  // The capacity bands: ≤35 cleared (task 9); (35, 65) retrofitted; ≥65 retrofitted under "all" (task 21).
  if (meets(CLEANUP_MAX, c)) {
    add(out, R['coal-boiler-cleanup'], withMw({ capacityTph: c, threshold: CLEANUP_MAX.value, inclusive: CLEANUP_MAX.inclusive }));
    // Task 21's 全部 reaches a small boiler still burning: cleared (shutDown), it is gone; not (yet) cleared,
    // it owes the retrofit by the same date ("unless it was cleared").
    const shut = s.shutDown;
    if (shut !== true) {
      add(
        out,
        R['coal-boiler-ule-all'],
        withMw({ capacityTph: c, threshold: CLEANUP_MAX.value, inclusive: CLEANUP_MAX.inclusive, shutDown: shut ?? null }),
        shut === undefined ? C_NOT_CLEARED : undefined,
      );
    }
  } else if (meets(ULE_MIN, c) && meets(ULE_MAX, c)) {
    add(
      out,
      R['coal-boiler-ule-35-65'],
      withMw({
        capacityTph: c,
        lower: ULE_MIN.value,
        lowerInclusive: ULE_MIN.inclusive,
        upper: ULE_MAX.value,
        upperInclusive: ULE_MAX.inclusive,
      }),
    );
  } else {
    add(out, R['coal-boiler-ule-all'], withMw({ capacityTph: c, threshold: ULE_MAX.value, inclusive: !ULE_MAX.inclusive }));
  }

  // No new coal boilers except for central heating.
  const isNew = s.isNew;
  const use = s.use;
  if (isNew !== false && use !== 'central-heating') {
    const mn = isNew === undefined;
    const mu = use === undefined;
    add(
      out,
      R['coal-boiler-no-new'],
      mn && mu ? F_NO_NEW_UNKNOWN : { isNew: isNew ?? null, use: use ?? null },
      missing(C_NO_NEW, T_NEW, mn, T_NOT_CENTRAL, mu),
    );
  }

  // Heat-supply boilers in urban built-up areas.
  const built = s.inBuiltUpArea;
  if (use !== 'other' && built !== false) {
    const mu = use === undefined;
    const mb = built === undefined;
    add(
      out,
      R['coal-boiler-built-up-area'],
      mu && mb ? F_BUILT_UP_UNKNOWN : { use: use ?? null, inBuiltUpArea: built ?? null },
      missing(C_BUILT_UP, T_CENTRAL, mu, T_BUILT_UP, mb),
    );
  }

  // Within a heat network's reach.
  const net = s.withinHeatNetwork;
  if (net === undefined) add(out, R['coal-boiler-heat-network'], F_NETWORK_UNKNOWN, C_NETWORK);
  else if (net) add(out, R['coal-boiler-heat-network'], { withinHeatNetwork: true });

  // Within 30 km of a CHP plant of 300 MW or more.
  const chp = chpRadius(s.distanceToLargeChpKm, s.largeChpCapacityMw);
  if (chp.applies) {
    add(out, R['coal-boiler-chp-radius'], chp.facts, missing(C_CHP, T_RADIUS, chp.md, T_LARGE_CHP, chp.mc));
  }

  // Within 30 km of a large industrial enterprise supplying heat (the same sentence's other heat source).
  const industrial = industrialHeatRadius(s.distanceToLargeIndustrialHeatKm);
  if (industrial !== undefined) {
    add(out, R['industrial-heat-radius-closure'], industrial.facts, industrial.missing ? C_INDUSTRIAL_RADIUS : undefined);
  }

  inefficientTreatment(s, out);
}

/** Verdicts for a small coal-burning facility (task 9). */
export function smallCoalFacility(s: SmallCoalFacility, out: Verdict[]): void {
  add(out, R['small-coal-facility-cleanup'], { type: s.type });
}

const F_GAS_BOILER: Facts = /* @__PURE__ */ Object.freeze({});

/** Verdicts for a gas-fired boiler (task 21). */
export function gasBoiler(s: GasBoiler, out: Verdict[]): void {
  add(out, R['gas-boiler-low-nox'], F_GAS_BOILER);
  inefficientTreatment(s, out);
}

/** Verdicts for a biomass boiler (task 21). */
export function biomassBoiler(s: BiomassBoiler, out: Verdict[]): void {
  const small = s.small;
  if (small === undefined) add(out, R['small-biomass-boiler-consolidation'], { small: null }, C_SMALL);
  else if (small) add(out, R['small-biomass-boiler-consolidation'], { small: true });

  const dedicated = s.dedicated;
  add(out, R['biomass-boiler-dedicated'], { dedicated: dedicated ?? null });
  const bag = s.bagFilter;
  add(out, R['biomass-boiler-dust-removal'], { bagFilter: bag ?? null });
  const co = s.coFiring;
  add(out, R['biomass-boiler-no-co-firing'], {
    coFiring: co === undefined ? null : co, // validateSubject's copy, never the caller's array
  });
  inefficientTreatment(s, out);
}
