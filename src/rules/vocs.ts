/**
 * VOCs: materials (task 5; task 38's government purchases) and installations (task 20).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { VocsFacility, VocsMaterial } from '../plan-schemas.generated.js';
import type { Facts, Verdict } from '../model/verdict.js';
import { add, cond, missing, meets, term, thresholdOf } from './shared.js';

const LOW_CONTENT = thresholdOf('vocs-low-content-max');

const INDUSTRIAL_USES = ['industrial-coating', 'packaging-printing', 'electronics'];
const T_INDUSTRIAL = term(
  { fact: 'use', oneOf: INDUSTRIAL_USES },
  '用于工业涂装、包装印刷或电子行业',
  'it is used in industrial coating, packaging printing or electronics',
);
const T_LOW = term(
  { fact: 'lowVocsCompliant', equals: true },
  '符合国家低VOCs含量产品规定',
  'it meets the national low-VOCs product rules',
);
const T_EMISSIONS = term(
  { fact: 'emissionsCompliant', equals: true },
  '排放浓度稳定达标且排放速率、绩效满足规定',
  'emissions are stably within limits and rate and performance meet the rules',
);
const T_BUILDING = term(
  { fact: 'use', equals: 'building-municipal' },
  '用于房屋建筑或市政工程',
  'it is used in building or municipal works',
);
const T_FLOOR = term(
  { fact: 'use', equals: 'floor-structure-marking' },
  '用于室内地坪、室外构筑物防护或道路交通标志',
  'it is used on indoor floors, outdoor structures or road markings',
);
const T_NO_SPECIAL = term({ fact: 'specialFunction', equals: false }, '无特殊功能要求', 'no special functional requirement applies');
const T_GOVERNMENT = term({ fact: 'governmentPurchase', equals: true }, '为政府采购', 'a government body buys it');
const C_INDUSTRIAL = cond([T_INDUSTRIAL]);
const C_END_OF_PIPE = cond([T_LOW, T_EMISSIONS]);
const C_BUILDING = cond([T_BUILDING]);
const C_FLOOR = cond([T_FLOOR, T_NO_SPECIAL]);
const C_GOVERNMENT = cond([T_GOVERNMENT]);

const F_END_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ lowVocsCompliant: null, emissionsCompliant: null });
const F_USE_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ use: null });
const F_FLOOR_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ use: null, specialFunction: null });
const F_GOV_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ governmentPurchase: null });
const F_EMPTY: Facts = /* @__PURE__ */ Object.freeze({});

/** Verdicts for a VOCs-containing material in one process (tasks 5 and 38). */
export function vocsMaterial(s: VocsMaterial, out: Verdict[]): void {
  const use = s.use;
  if (use === undefined) add(out, R['industrial-low-vocs-substitution'], F_USE_UNKNOWN, C_INDUSTRIAL);
  else if (INDUSTRIAL_USES.includes(use)) add(out, R['industrial-low-vocs-substitution'], { use });

  const low = s.lowVocsCompliant;
  const em = s.emissionsCompliant;
  if (low !== false && em !== false) {
    const ml = low === undefined;
    const me = em === undefined;
    add(
      out,
      R['vocs-compliant-end-of-pipe-exemption'],
      ml && me ? F_END_UNKNOWN : { lowVocsCompliant: low ?? null, emissionsCompliant: em ?? null },
      missing(C_END_OF_PIPE, T_LOW, ml, T_EMISSIONS, me),
    );
  }

  const pct = s.vocsContentPct;
  if (meets(LOW_CONTENT, pct)) {
    add(out, R['vocs-low-content-fugitive-exemption'], {
      vocsContentPct: pct,
      threshold: LOW_CONTENT.value,
      inclusive: LOW_CONTENT.inclusive,
    });
  }

  if (use === undefined) add(out, R['building-low-vocs'], F_USE_UNKNOWN, C_BUILDING);
  else if (use === 'building-municipal') add(out, R['building-low-vocs'], { use });

  const special = s.specialFunction;
  if ((use === undefined || use === 'floor-structure-marking') && special !== true) {
    const mu = use === undefined;
    const ms = special === undefined;
    add(
      out,
      R['floor-structure-marking-low-vocs'],
      mu && ms ? F_FLOOR_UNKNOWN : { use: use ?? null, specialFunction: special ?? null },
      missing(C_FLOOR, T_FLOOR, mu, T_NO_SPECIAL, ms),
    );
  }

  add(out, R['vocs-content-limits'], F_EMPTY);

  const gov = s.governmentPurchase;
  if (gov === undefined) add(out, R['government-low-vocs-procurement'], F_GOV_UNKNOWN, C_GOVERNMENT);
  else if (gov) add(out, R['government-low-vocs-procurement'], { governmentPurchase: true });
}

/** Verdicts for a VOCs-relevant installation (task 20). */
export function vocsFacility(s: VocsFacility, out: Verdict[]): void {
  const type = s.type;
  const facts = { type };
  switch (type) {
    case 'storage-tank':
      add(out, R['storage-tank-low-leak'], facts);
      break;
    case 'tank-truck':
      add(out, R['tank-truck-sealed-coupling'], facts);
      break;
    case 'wastewater-treatment':
      add(out, R['wastewater-treatment-gas-collection'], facts);
      break;
    case 'organic-wastewater-tank':
    case 'sump':
      add(out, R['wastewater-tank-closed-collection'], facts);
      break;
    case 'flare':
      add(out, R['flare-not-routine-treatment'], facts);
      break;
  }
}
