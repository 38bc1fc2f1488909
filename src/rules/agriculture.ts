/**
 * Farms: straw burning (task 18), loose coal (task 11), ammonia and odour (task 23).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { Farmland, LivestockFarm } from '../plan-schemas.generated.js';
import type { Facts, Verdict } from '../model/verdict.js';
import { add, cond, term } from './shared.js';

const C_LOOSE_COAL = cond([term({ fact: 'usesLooseCoal', equals: true }, '燃用散煤', 'it burns loose coal')]);
const F_EMPTY: Facts = /* @__PURE__ */ Object.freeze({});
const F_COAL_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ usesLooseCoal: null });

function looseCoal(v: boolean | undefined, out: Verdict[]): void {
  if (v === undefined) add(out, R['farm-loose-coal-substitution'], F_COAL_UNKNOWN, C_LOOSE_COAL);
  else if (v) add(out, R['farm-loose-coal-substitution'], { usesLooseCoal: true });
}

/** Verdicts for cropland (tasks 11, 18 and 23). */
export function farmland(s: Farmland, out: Verdict[]): void {
  looseCoal(s.usesLooseCoal, out);
  add(out, R['straw-burning-ban'], F_EMPTY);
  add(out, R['fertilizer-deep-placement'], F_EMPTY);
}

/** Verdicts for a livestock or poultry farm (tasks 11 and 23). */
export function livestockFarm(s: LivestockFarm, out: Verdict[]): void {
  looseCoal(s.usesLooseCoal, out);
  add(out, R['low-protein-feed'], F_EMPTY);
  add(out, R['livestock-odour-control'], F_EMPTY);
  add(out, R['livestock-closed-housing'], F_EMPTY);
  add(out, R['livestock-manure-enclosure'], F_EMPTY);
}
