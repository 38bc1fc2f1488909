/**
 * Coal-fired generating units: task 2's phase-out below 300 MW, task 8's captive units, task 9's small
 * CHP units near a large CHP plant.
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { CoalPowerUnit } from '../plan-schemas.generated.js';
import type { Verdict } from '../model/verdict.js';
import { chpRadius, industrialHeatRadius, T_INDUSTRIAL_RADIUS, T_LARGE_CHP, T_RADIUS } from './boilers.js';
import { add, cond, meets, missing, term, thresholdOf } from './shared.js';

const UNIT_MAX = thresholdOf('coal-unit-phase-out-max');

const T_CAPTIVE = term({ fact: 'captive', equals: true }, '为自备机组', 'it is a captive unit');
const T_NEW = term({ fact: 'isNew', equals: true }, '为新增机组', 'it is a new unit');
const T_EXISTING = term({ fact: 'isNew', equals: false }, '为现有机组', 'it is an existing unit');
const T_BACKWARD = term({ fact: 'backward', equals: true }, '属落后燃煤小热电机组', 'it is a backward (落后) small coal-fired CHP unit');
const C_CAPTIVE_NEW = cond([T_CAPTIVE, T_NEW]);
const C_CAPTIVE_EXISTING = cond([T_CAPTIVE, T_EXISTING]);
const C_SMALL_CHP = cond([T_BACKWARD, T_RADIUS, T_LARGE_CHP]);
const C_SMALL_CHP_INDUSTRIAL = cond([T_BACKWARD, T_INDUSTRIAL_RADIUS]);

/** Verdicts for a coal-fired generating unit (tasks 2, 8 and 9). */
export function coalPowerUnit(s: CoalPowerUnit, out: Verdict[]): void {
  const mw = s.capacityMw;
  const small = meets(UNIT_MAX, mw);
  if (small) add(out, R['coal-unit-below-300mw'], { capacityMw: mw, threshold: UNIT_MAX.value, inclusive: UNIT_MAX.inclusive });

  const captive = s.captive;
  const isNew = s.isNew;
  if (captive !== false) {
    const mc = captive === undefined;
    const mn = isNew === undefined;
    if (isNew !== false) {
      add(
        out,
        R['captive-coal-unit-no-new'],
        { captive: captive ?? null, isNew: isNew ?? null },
        missing(C_CAPTIVE_NEW, T_CAPTIVE, mc, T_NEW, mn),
      );
    }
    if (isNew !== true) {
      add(
        out,
        R['captive-coal-unit-clean-energy'],
        { captive: captive ?? null, isNew: isNew ?? null },
        missing(C_CAPTIVE_EXISTING, T_CAPTIVE, mc, T_EXISTING, mn),
      );
    }
  }

  // A backward small CHP unit (落后燃煤小热电机组) near a large CHP plant or a large industrial heat source:
  // 落后 is the caller's fact (`backward`: a backward small CHP unit; the plan sets no test), never read
  // from the capacity alone.
  const backward = s.backward;
  if (backward !== false) {
    const mb = backward === undefined;
    const radius = chpRadius(s.distanceToLargeChpKm, s.largeChpCapacityMw);
    if (radius.applies) {
      add(
        out,
        R['small-chp-unit-chp-radius'],
        { backward: backward ?? null, ...radius.facts },
        missing(C_SMALL_CHP, T_BACKWARD, mb, T_RADIUS, radius.md, T_LARGE_CHP, radius.mc),
      );
    }
    const industrial = industrialHeatRadius(s.distanceToLargeIndustrialHeatKm);
    if (industrial !== undefined) {
      add(
        out,
        R['industrial-heat-radius-closure'],
        { backward: backward ?? null, ...industrial.facts },
        missing(C_SMALL_CHP_INDUSTRIAL, T_BACKWARD, mb, T_INDUSTRIAL_RADIUS, industrial.missing),
      );
    }
  }
}
