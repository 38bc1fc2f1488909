/**
 * Coal accounting and gas allocation: fuels that may not count as coal replacement and coal left out of
 * the total (task 8); who gets additional natural gas first (task 7).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { CoalSubstitute, CoalUse, GasDemand } from '../plan-schemas.generated.js';
import type { Verdict } from '../model/verdict.js';
import { add } from './shared.js';

/** Verdicts for a fuel offered as coal replacement (task 8). */
export function coalSubstitute(s: CoalSubstitute, out: Verdict[]): void {
  if (s.fuel !== 'other') add(out, R['no-high-polluting-coal-substitute'], { fuel: s.fuel });
}

/** Verdicts for a use of coal in the coal-consumption account (task 8). */
export function coalUse(s: CoalUse, out: Verdict[]): void {
  if (s.type !== 'fuel-coal') add(out, R['coal-total-exclusion'], { type: s.type });
}

/** Verdicts for a demand for additional natural gas (task 7). */
export function gasDemand(s: GasDemand, out: Verdict[]): void {
  if (s.use !== 'other') add(out, R['new-gas-priority'], { use: s.use });
}
