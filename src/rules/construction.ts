/**
 * Construction sites, stockyards (task 16) and catering buildings (task 22).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { CateringBuilding, ConstructionSite, Stockyard } from '../plan-schemas.generated.js';
import type { Facts, Verdict } from '../model/verdict.js';
import { add, cond, meets, missing, T_KEY_REGION, term, thresholdOf, type Whereabouts } from './shared.js';

const VIDEO_AREA = thresholdOf('construction-site-video-min-area');

const T_LINEAR = term({ fact: 'linear', equals: true }, '为长距离线性工程', 'it is a long linear work');
const C_SECTIONS = cond([T_LINEAR, T_KEY_REGION]);
const C_ILLEGAL = cond([term({ fact: 'permitted', equals: false }, '为违规堆场', 'the stockyard is non-compliant')]);
const F_EMPTY: Facts = /* @__PURE__ */ Object.freeze({});

/** Verdicts for a construction site (task 16). */
export function constructionSite(s: ConstructionSite, out: Verdict[], at: Whereabouts): void {
  const a = s.areaM2;
  if (meets(VIDEO_AREA, a)) {
    add(out, R['construction-site-video'], { areaM2: a, threshold: VIDEO_AREA.value, inclusive: VIDEO_AREA.inclusive });
  }
  const linear = s.linear;
  if (linear !== false) {
    const key = at.inKeyRegion;
    if (key !== false) {
      add(
        out,
        R['key-region-linear-works-sections'],
        { linear: linear ?? null, inKeyRegion: key },
        missing(C_SECTIONS, T_LINEAR, linear === undefined, T_KEY_REGION, key === null),
      );
    }
  }
}

/** Verdicts for a stockyard (task 16). */
export function stockyard(s: Stockyard, out: Verdict[]): void {
  const permitted = s.permitted;
  if (permitted === undefined) add(out, R['illegal-stockyard-removal'], { permitted: null }, C_ILLEGAL);
  else if (!permitted) add(out, R['illegal-stockyard-removal'], { permitted: false });
  if (s.type === 'large-dry-bulk-terminal') add(out, R['dry-bulk-stockyard-dust'], { type: s.type });
}

/** Verdicts for a building in which a catering business is to open (task 22). */
export function cateringBuilding(_s: CateringBuilding, out: Verdict[]): void {
  add(out, R['catering-dedicated-flue'], F_EMPTY);
}
