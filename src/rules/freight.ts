/**
 * Freight: bulk hauls by distance, freight sites by annual volume (task 12), mines (task 17).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { BulkFreight, FreightSite, Mine } from '../plan-schemas.generated.js';
import type { Verdict } from '../model/verdict.js';
import { add, cond, meets, term, thresholdOf } from './shared.js';

const LONG_HAUL = thresholdOf('long-haul-min-distance');
const SITE_VOLUME = thresholdOf('freight-site-rail-min-volume');

const T_FAILED = term(
  { fact: 'failedRectification', equals: true },
  '限期整改仍不达标',
  'it is still substandard after the rectification deadline',
);
const T_NEW_MINE = term({ fact: 'isNew', equals: true }, '为新建矿山', 'it is a new mine');
const T_OLD_MINE = term({ fact: 'isNew', equals: false }, '为现有矿山', 'it is an existing mine');
const C_FAILED = cond([T_FAILED]);
const C_NEW = cond([T_NEW_MINE]);
const C_OLD = cond([T_OLD_MINE]);
const C_OLD_FAILED = cond([T_OLD_MINE, T_FAILED]);

/** Verdicts for a bulk-freight haul (task 12). */
export function bulkFreight(s: BulkFreight, out: Verdict[]): void {
  const d = s.distanceKm;
  const facts = { distanceKm: d, threshold: LONG_HAUL.value, inclusive: LONG_HAUL.inclusive };
  if (meets(LONG_HAUL, d)) add(out, R['long-haul-rail'], facts);
  else add(out, R['short-haul-clean'], facts);
}

/** Verdicts for a freight site (task 12). */
export function freightSite(s: FreightSite, out: Verdict[]): void {
  if (s.action === 'existing' || !meets(SITE_VOLUME, s.annualBulkMt)) return;
  add(out, R['freight-site-rail-siding'], {
    type: s.type,
    action: s.action,
    annualBulkMt: s.annualBulkMt,
    threshold: SITE_VOLUME.value,
    inclusive: SITE_VOLUME.inclusive,
  });
}

/** Verdicts for a mine (task 17); without `isNew`, both the new and the existing mine's, each under its condition. */
export function mine(s: Mine, out: Verdict[]): void {
  const isNew = s.isNew;
  if (isNew === undefined) add(out, R['new-mine-clean-transport'], { isNew: null }, C_NEW);
  else if (isNew) {
    add(out, R['new-mine-clean-transport'], { isNew: true });
    return;
  }
  const failed = s.failedRectification;
  const known = isNew === undefined ? null : false;
  if (failed === undefined)
    add(out, R['mine-closure'], { isNew: known, failedRectification: null }, isNew === undefined ? C_OLD_FAILED : C_FAILED);
  else if (failed) add(out, R['mine-closure'], { isNew: known, failedRectification: true }, isNew === undefined ? C_OLD : undefined);
}
