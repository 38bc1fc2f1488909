/**
 * Industrial enterprises: steel routes (task 2), dust (task 16), VOCs handling (task 20), deep
 * treatment, compliance and bypasses (task 21), odour (task 22), ammonia (task 23), the Taiyuan basin's
 * built-up areas (task 24), emergency lists (task 28), monitoring (task 29) and disclosure (task 36).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { Enterprise, ThirdPartyBody } from '../plan-schemas.generated.js';
import type { Facts, Verdict } from '../model/verdict.js';
import { add, cond, missing, T_KEY_ENTERPRISE, T_TAIYUAN_BASIN, term, type Whereabouts } from './shared.js';
import { basinTerm } from './basin.js';

const CHEMICAL = ['chemical', 'coal-chemical', 'nitrogen-fertilizer', 'soda-ash'];
const HEAVY_POLLUTERS = /* @__PURE__ */ ['steel', 'coking', 'cement', 'coal-power', 'ferroalloy'].concat(CHEMICAL);

const T_LONG_PROCESS = term(
  { fact: 'steelRoute', equals: 'blast-furnace-converter' },
  '为高炉—转炉长流程',
  'it runs the blast furnace–converter route',
);
const T_BYPASS = term({ fact: 'hasBypass', equals: true }, '设有烟气或含VOCs废气旁路', 'it has a flue-gas or VOCs bypass');
const T_REMOVABLE = term({ fact: 'bypassNeededForSafety', equals: false }, '该旁路非安全生产所必需', 'the bypass is not needed for safety');
const T_SAFETY = term(
  { fact: 'bypassNeededForSafety', equals: true },
  '该旁路因安全生产需要无法取消',
  'the bypass cannot go for safety reasons',
);
const T_AMMONIA = term(
  { fact: 'ammoniaInjection', equals: true },
  '烟气脱硫脱硝使用氨',
  'its flue-gas desulphurisation or denitration uses ammonia',
);
const T_ODOUR = term(
  { fact: 'odourComplaints', equals: true },
  '群众反映强烈、投诉集中',
  'public complaints about it are strong and frequent',
);
const T_BUILT_UP = term(
  { fact: 'inBuiltUpArea', equals: true },
  '位于城市（含县城）建成区',
  'it lies in an urban or county-town built-up area',
);
const T_DISCHARGER = term({ fact: 'keyDischarger', equals: true }, '列入重点排污单位名录', 'it is on the list of key dischargers');
const T_VOCS = term({ fact: 'handlesVocs', equals: true }, '生产过程涉及VOCs', 'its processes hold VOCs');

const C_LONG_PROCESS = cond([T_LONG_PROCESS]);
const C_KEY = cond([T_KEY_ENTERPRISE]);
const C_BYPASS_ALL = cond([T_KEY_ENTERPRISE, T_BYPASS, T_REMOVABLE]);
const C_SAFETY_ALL = cond([T_KEY_ENTERPRISE, T_BYPASS, T_SAFETY]);
const C_AMMONIA_ALL = cond([T_KEY_ENTERPRISE, T_AMMONIA]);
const C_ODOUR_ALL = cond([T_KEY_ENTERPRISE, T_ODOUR]);
const C_BASIN_ALL = cond([T_BUILT_UP, T_TAIYUAN_BASIN]);
const T_HEAVY = term(
  { fact: 'heavyPolluter', equals: true },
  '属“钢铁、焦化、水泥、煤电、铁合金、化工等重污染企业”之列',
  'it is one of the "steel, coking, cement, coal power, ferroalloy, chemical and other heavy polluters"',
);
const C_DISCHARGER = cond([T_DISCHARGER]);
const C_VOCS = cond([T_VOCS]);

const F_EMPTY: Facts = /* @__PURE__ */ Object.freeze({});
const F_KEY_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ keyEnterprise: null });
const F_BYPASS_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ keyEnterprise: null, hasBypass: null, bypassNeededForSafety: null });
const F_AMMONIA_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ keyEnterprise: null, ammoniaInjection: null });
const F_ODOUR_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ keyEnterprise: null, odourComplaints: null });
const F_DISCHARGER_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ keyDischarger: null });
const F_VOCS_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ handlesVocs: null });
const F_BACKWARD_UNKNOWN: Facts = /* @__PURE__ */ Object.freeze({ backwardCapacity: null });
const C_BACKWARD = cond([
  term(
    { fact: 'backwardCapacity', equals: true },
    '有《产业结构调整指导目录》淘汰类所列的落后产能',
    'it has backward capacity the Catalogue for Guiding Industrial Restructuring lists for elimination',
  ),
]);

/** Verdicts for a third-party body (task 30): taking part in falsification is prohibited to it. */
export function thirdPartyBody(s: ThirdPartyBody, out: Verdict[]): void {
  add(out, R['falsification-liability'], { service: s.service ?? null });
}

/** Verdicts for an industrial enterprise (tasks 2, 3, 5, 16, 20–24, 28–30 and 36). */
export function enterprise(s: Enterprise, out: Verdict[], at: Whereabouts): void {
  const sector = s.sector;
  const sectorFacts = { sector };

  // Task 2: long-process steel works.
  const route = s.steelRoute;
  if (sector === 'steel' && route !== 'electric-arc-furnace') {
    add(out, R['long-process-steel-to-eaf'], { sector, steelRoute: route ?? null }, route === undefined ? C_LONG_PROCESS : undefined);
  }

  // Task 3: backward capacity the Catalogue lists for elimination.
  const backward = s.backwardCapacity;
  if (backward !== false) {
    add(
      out,
      R['backward-capacity-exit'],
      backward === undefined ? F_BACKWARD_UNKNOWN : { backwardCapacity: true },
      backward === undefined ? C_BACKWARD : undefined,
    );
  }

  // Task 5: low-VOCs substitution in coating, printing, electronics.
  if (sector === 'industrial-coating' || sector === 'packaging-printing' || sector === 'electronics') {
    add(out, R['industrial-low-vocs-substitution'], sectorFacts);
  }

  // Task 16: dust, and video monitoring at key enterprises.
  add(out, R['industrial-dust-control'], F_EMPTY);
  const key = s.keyEnterprise;
  if (key !== false)
    add(out, R['key-enterprise-video'], key === undefined ? F_KEY_UNKNOWN : { keyEnterprise: true }, key === undefined ? C_KEY : undefined);

  // Task 20: LDAR at chemical enterprises; VOCs at shutdowns and maintenance.
  if (CHEMICAL.includes(sector)) add(out, R['chemical-ldar'], sectorFacts);
  const vocs = s.handlesVocs;
  if (vocs !== false)
    add(
      out,
      R['shutdown-maintenance-vocs'],
      vocs === undefined ? F_VOCS_UNKNOWN : { handlesVocs: true },
      vocs === undefined ? C_VOCS : undefined,
    );

  // Task 21.
  if (sector === 'steel' || sector === 'coking' || sector === 'cement') add(out, R['key-industry-ultra-low-emission'], sectorFacts);
  if (sector === 'glass' || sector === 'lime' || sector === 'mineral-wool' || sector === 'nonferrous')
    add(out, R['deep-treatment-industries'], sectorFacts);
  add(out, R['stable-compliance'], F_EMPTY);
  const bypass = s.hasBypass;
  const safety = s.bypassNeededForSafety;
  if (key !== false && bypass !== false) {
    const mk = key === undefined;
    const mb = bypass === undefined;
    const ms = safety === undefined;
    const facts: Facts =
      mk && mb && ms ? F_BYPASS_UNKNOWN : { keyEnterprise: key ?? null, hasBypass: bypass ?? null, bypassNeededForSafety: safety ?? null };
    if (safety !== true) add(out, R['bypass-removal'], facts, missing(C_BYPASS_ALL, T_KEY_ENTERPRISE, mk, T_BYPASS, mb, T_REMOVABLE, ms));
    if (safety !== false)
      add(out, R['safety-bypass-monitoring'], facts, missing(C_SAFETY_ALL, T_KEY_ENTERPRISE, mk, T_BYPASS, mb, T_SAFETY, ms));
  }

  // Task 22: odour complaints at key enterprises.
  const odour = s.odourComplaints;
  if (key !== false && odour !== false) {
    const mk = key === undefined;
    const mo = odour === undefined;
    add(
      out,
      R['odour-online-monitoring'],
      mk && mo ? F_ODOUR_UNKNOWN : { keyEnterprise: key ?? null, odourComplaints: odour ?? null },
      missing(C_ODOUR_ALL, T_KEY_ENTERPRISE, mk, T_ODOUR, mo),
    );
  }

  // Task 23: ammonia.
  if (sector === 'nitrogen-fertilizer' || sector === 'soda-ash') add(out, R['ammonia-industries'], sectorFacts);
  const ammonia = s.ammoniaInjection;
  if (key !== false && ammonia !== false) {
    const mk = key === undefined;
    const ma = ammonia === undefined;
    add(
      out,
      R['ammonia-slip-monitoring'],
      mk && ma ? F_AMMONIA_UNKNOWN : { keyEnterprise: key ?? null, ammoniaInjection: ammonia ?? null },
      missing(C_AMMONIA_ALL, T_KEY_ENTERPRISE, mk, T_AMMONIA, ma),
    );
  }

  // Task 24: heavy polluters in the Taiyuan basin's built-up areas. The sectors the plan names are heavy
  // polluters; another sector (glass, say) only if the caller says so (heavyPolluter): the list ends in 等.
  const built = s.inBuiltUpArea;
  const named = HEAVY_POLLUTERS.includes(sector);
  const heavy = named ? true : s.heavyPolluter;
  if (heavy !== false && built !== false) {
    const basin = at.inTaiyuanBasin;
    if (basin !== false) {
      const tb = basin === null ? basinTerm(s.location) : T_TAIYUAN_BASIN;
      const mh = heavy === undefined;
      const mb = built === undefined;
      add(
        out,
        R['taiyuan-basin-urban-relocation'],
        named
          ? { sector, inBuiltUpArea: built ?? null, inTaiyuanBasin: basin }
          : { sector, heavyPolluter: heavy ?? null, inBuiltUpArea: built ?? null, inTaiyuanBasin: basin },
        mh
          ? missing(cond([T_HEAVY, T_BUILT_UP, tb]), T_HEAVY, true, T_BUILT_UP, mb, tb, basin === null)
          : missing(tb === T_TAIYUAN_BASIN ? C_BASIN_ALL : cond([T_BUILT_UP, tb]), T_BUILT_UP, mb, tb, basin === null),
      );
    }
  }

  // Tasks 28 and 29: every air-emitting enterprise.
  add(out, R['emergency-reduction-list'], F_EMPTY);
  add(out, R['enterprise-monitoring-installation'], F_EMPTY);

  // Task 30: every discharger.
  add(out, R['environmental-offences-prohibited'], F_EMPTY);
  add(out, R['falsification-liability'], F_EMPTY);

  // Task 36: disclosure.
  const discharger = s.keyDischarger;
  if (discharger !== false) {
    add(
      out,
      R['key-discharger-disclosure'],
      discharger === undefined ? F_DISCHARGER_UNKNOWN : { keyDischarger: true },
      discharger === undefined ? C_DISCHARGER : undefined,
    );
  }
  if (sector === 'vehicle-machinery-maker') add(out, R['vehicle-maker-disclosure'], sectorFacts);
}
