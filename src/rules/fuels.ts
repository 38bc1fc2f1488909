/**
 * Fuel outlets (task 15).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { FuelOutlet } from '../plan-schemas.generated.js';
import type { Verdict } from '../model/verdict.js';
import { add } from './shared.js';

/** Verdicts for a fuel outlet (task 15). */
export function fuelOutlet(s: FuelOutlet, out: Verdict[]): void {
  const type = s.type;
  if (type !== 'licensed-station') add(out, R['fuel-outlet-rectification'], { type });
  add(out, R['non-standard-fuel-sale-ban'], { type });
}
