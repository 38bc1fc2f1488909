/**
 * Gas producers and industrial furnaces (task 10; task 21's review of inefficient treatment).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { GasProducer, IndustrialFurnace } from '../plan-schemas.generated.js';
import type { Verdict } from '../model/verdict.js';
import { inefficientTreatment } from './boilers.js';
import { add, cond, term } from './shared.js';

const T_NEW = term({ fact: 'isNew', equals: true }, '为新增', 'it is new');
const T_EXISTING = term({ fact: 'isNew', equals: false }, '为现有设施', 'it already exists');
const T_FIXED_BED = term({ fact: 'bed', equals: 'fixed-intermittent' }, '为固定床间歇式', 'it is a fixed-bed intermittent producer');
const T_NEW_FURNACE = term({ fact: 'isNew', equals: true }, '为新改扩建炉窑', 'it is new, rebuilt or expanded');
const HIGH_POLLUTING = ['coal', 'coke', 'semi-coke', 'petroleum-coke', 'other-high-polluting'] as const;
const T_HIGH_POLLUTING = term(
  { fact: 'fuel', oneOf: HIGH_POLLUTING as unknown as string[] },
  '使用煤、焦炭、兰炭、石油焦等高污染燃料',
  'it burns coal, coke, semi-coke, petroleum coke or another high-polluting fuel',
);
const C_NEW = cond([T_NEW]);
const C_EXISTING = cond([T_EXISTING]);
const C_FIXED_BED = cond([T_FIXED_BED]);
const C_NEW_FURNACE = cond([T_NEW_FURNACE]);
const C_HIGH_POLLUTING = cond([T_HIGH_POLLUTING]);

/** Verdicts for a coal gas producer (task 10). */
export function gasProducer(s: GasProducer, out: Verdict[]): void {
  const isNew = s.isNew;
  if (s.purpose === 'fuel') {
    if (isNew !== false)
      add(out, R['fuel-gas-producer-no-new'], { purpose: 'fuel', isNew: isNew ?? null }, isNew === undefined ? C_NEW : undefined);
    if (isNew !== true)
      add(
        out,
        R['fuel-gas-producer-clean-energy'],
        { purpose: 'fuel', isNew: isNew ?? null },
        isNew === undefined ? C_EXISTING : undefined,
      );
  }
  const bed = s.bed;
  if (bed !== 'other') {
    add(out, R['fixed-bed-intermittent-gas-producer'], { bed: bed ?? null }, bed === undefined ? C_FIXED_BED : undefined);
  }
}

/** Verdicts for an industrial furnace or kiln (tasks 10 and 21). */
export function industrialFurnace(s: IndustrialFurnace, out: Verdict[]): void {
  const type = s.type;
  const isNew = s.isNew;
  if (type !== 'other' && isNew !== false) {
    add(out, R['new-furnace-clean-energy'], { type, isNew: isNew ?? null }, isNew === undefined ? C_NEW_FURNACE : undefined);
  }
  const fuel = s.fuel;
  if (fuel === undefined) add(out, R['high-polluting-furnace-substitution'], { fuel: null }, C_HIGH_POLLUTING);
  else if ((HIGH_POLLUTING as readonly string[]).includes(fuel)) add(out, R['high-polluting-furnace-substitution'], { fuel });
  inefficientTreatment(s, out);
}
