/**
 * Iron and steel equipment: task 3's restricted blast furnaces, converters and electric arc furnaces
 * (the key region first), and the outdated sinter machines, pellet shaft furnaces and semi-closed
 * ferroalloy furnaces of task 3, due by 2024-10-31 in the Taiyuan basin (task 24).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type {
  BlastFurnace,
  Converter,
  ElectricArcFurnace,
  FerroalloyFurnace,
  Location,
  PelletFurnace,
  SinterMachine,
} from '../plan-schemas.generated.js';
import type { Facts, Verdict } from '../model/verdict.js';
import { add, cond, meets, term, thresholdOf, type Whereabouts } from './shared.js';
import { basinCondition } from './basin.js';

const BF_MAX = thresholdOf('blast-furnace-restricted-max');
const BOF_MAX = thresholdOf('converter-restricted-max');
const EAF_MAX = thresholdOf('eaf-restricted-max');
const ALLOY_MAX = thresholdOf('eaf-alloy-restricted-max');

const T_NOT_ALLOY = term({ fact: 'alloySteel', equals: false }, '不生产合金钢', 'it does not make alloy steel');
const C_NOT_ALLOY = cond([T_NOT_ALLOY]);

// The verdicts on equipment restricted by its size (task 3): the size under its own field, the line, the key
// region (a literal each: a computed key made a slow object).

/** Verdicts for a blast furnace (task 3). */
export function blastFurnace(s: BlastFurnace, out: Verdict[], at: Whereabouts): void {
  const v = s.volumeM3;
  if (meets(BF_MAX, v))
    add(out, R['blast-furnace-restricted'], {
      volumeM3: v,
      threshold: BF_MAX.value,
      inclusive: BF_MAX.inclusive,
      inKeyRegion: at.inKeyRegion,
    });
}

/** Verdicts for a converter (task 3). */
export function converter(s: Converter, out: Verdict[], at: Whereabouts): void {
  const c = s.capacityT;
  if (meets(BOF_MAX, c))
    add(out, R['converter-restricted'], {
      capacityT: c,
      threshold: BOF_MAX.value,
      inclusive: BOF_MAX.inclusive,
      inKeyRegion: at.inKeyRegion,
    });
}

/** Verdicts for an electric arc furnace (task 3): below 100 t, or below 50 t for alloy steel. */
export function electricArcFurnace(s: ElectricArcFurnace, out: Verdict[], at: Whereabouts): void {
  const c = s.capacityT;
  const alloy = s.alloySteel;
  const line = alloy === true ? ALLOY_MAX : alloy === false ? EAF_MAX : meets(ALLOY_MAX, c) ? ALLOY_MAX : EAF_MAX;
  if (!meets(line, c)) return;
  // Unknown whether it makes alloy steel: below 50 t it is restricted either way; from 50 t to below
  // 100 t only if it does not make alloy steel.
  const condition = alloy === undefined && line === EAF_MAX ? C_NOT_ALLOY : undefined;
  add(
    out,
    R['electric-arc-furnace-restricted'],
    {
      capacityT: c,
      alloySteel: alloy ?? null,
      threshold: line.value,
      inclusive: line.inclusive,
      inKeyRegion: at.inKeyRegion,
    },
    condition,
  );
}

/**
 * Task 3's gradual phase-out, or task 24's 2024-10-31 deadline inside the Taiyuan basin: inside, the
 * basin's earlier deadline alone; outside, task 3 alone; unknown, task 3 plus task 24 under a condition.
 */
function outdated(location: Location | undefined, facts: Facts, out: Verdict[], basin: boolean | null): void {
  if (basin === true) {
    add(out, R['taiyuan-basin-outdated-equipment'], facts);
    return;
  }
  add(out, R['outdated-sinter-pellet-ferroalloy'], facts);
  if (basin === null) add(out, R['taiyuan-basin-outdated-equipment'], facts, basinCondition(location));
}

/** Verdicts for a sinter machine (tasks 3 and 24). */
export function sinterMachine(s: SinterMachine, out: Verdict[], at: Whereabouts): void {
  if (s.type !== 'stepping') return;
  outdated(s.location, { type: s.type, inTaiyuanBasin: at.inTaiyuanBasin }, out, at.inTaiyuanBasin);
}

/** Verdicts for a pellet furnace (tasks 3 and 24). */
export function pelletFurnace(s: PelletFurnace, out: Verdict[], at: Whereabouts): void {
  if (s.type !== 'shaft') return;
  outdated(s.location, { type: s.type, inTaiyuanBasin: at.inTaiyuanBasin }, out, at.inTaiyuanBasin);
}

/** Verdicts for a ferroalloy furnace (tasks 3 and 24): semi-closed SiMn, FeNi, HC FeCr, HC FeMn. */
export function ferroalloyFurnace(s: FerroalloyFurnace, out: Verdict[], at: Whereabouts): void {
  if (s.enclosure !== 'semi-closed' || s.product === 'other') return;
  outdated(s.location, { product: s.product, enclosure: s.enclosure, inTaiyuanBasin: at.inTaiyuanBasin }, out, at.inTaiyuanBasin);
}
