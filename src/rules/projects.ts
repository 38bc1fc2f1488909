/**
 * Construction projects: admission (task 1), steel and coking capacity (tasks 2, 3, 24), coal
 * replacement (task 8), high-VOCs projects (task 5) and joint EIA consultation (task 27).
 * @internal
 * @module
 */
import { RULE_TABLE as R } from '../../data/rules/index.js';
import type { Project } from '../plan-schemas.generated.js';
import type { Facts, Verdict } from '../model/verdict.js';
import { add, cond, missing, T_TAIYUAN_BASIN, term, type Whereabouts } from './shared.js';
import { basinTerm } from './basin.js';

const T_REPLACEMENT = term({ fact: 'capacityReplacement', equals: true }, '涉及产能置换', 'it involves capacity replacement');
const T_ADDS = term({ fact: 'addsCapacity', equals: true }, '新增产能', 'it adds capacity');
const T_INDEPENDENT = term({ fact: 'independent', equals: true }, '为独立（非一体化）企业', 'it is independent (not integrated)');
const T_USES_COAL = term({ fact: 'usesCoal', equals: true }, '为用煤项目', 'it uses coal');
const T_MAJOR = term(
  { fact: 'majorRegionalImpact', equals: true },
  '为排放量较大、对周边地区影响突出的重大项目',
  'it is a major project with large emissions and marked effects on neighbouring areas',
);
const T_HIGH_VOCS = term(
  { fact: 'highVocsMaterials', equals: true },
  '生产或使用高VOCs含量原辅材料',
  'it makes or uses high-VOCs materials',
);
const C_REPLACEMENT = cond([T_REPLACEMENT]);
const C_ADDS = cond([T_ADDS]);
const C_BASIN_COKING = cond([T_INDEPENDENT, T_ADDS, T_TAIYUAN_BASIN]);
const C_WASHING = cond([T_INDEPENDENT, T_ADDS]);
const C_USES_COAL = cond([T_USES_COAL]);
const C_MAJOR = cond([T_MAJOR]);
const C_HIGH_VOCS = cond([T_HIGH_VOCS]);

/** Verdicts for a construction project (tasks 1, 2, 3, 5, 8, 24 and 27). */
export function project(s: Project, out: Verdict[], at: Whereabouts): void {
  const { sector, action } = s;
  // Every action is 新改扩建: it includes relocation (迁建), which builds the plant anew at its new site
  // (the one reading of relocation across tasks 1, 8 and 24: see the decisions guide).
  add(out, R['project-entry-requirements'], { action });
  add(out, R['project-clean-transport'], { action });

  const repl = s.capacityReplacement;
  if (sector !== 'coal-power' && repl !== false) {
    add(
      out,
      R['capacity-replacement-close-first'],
      { sector, capacityReplacement: repl ?? null },
      repl === undefined ? C_REPLACEMENT : undefined,
    );
  }

  const adds = s.addsCapacity;
  if (sector === 'steel' && adds !== false) {
    add(out, R['no-new-steel-capacity'], { sector, addsCapacity: adds ?? null }, adds === undefined ? C_ADDS : undefined);
  }

  const independent = s.independent;
  if (sector === 'coking') {
    add(out, R['coking-project-benchmark'], { sector, action });
    // 新增: a new project always adds to the basin; a rebuild, expansion or relocation only if it adds
    // capacity to the basin (a move within the basin, as task 24 orders for built-up areas, adds none).
    const addsToBasin = action === 'new' ? true : adds;
    const basin = at.inTaiyuanBasin;
    if (independent !== false && addsToBasin !== false && basin !== false) {
      const facts: Facts = { sector, action, independent: independent ?? null, addsCapacity: adds ?? null, inTaiyuanBasin: basin };
      const tb = basin === null ? basinTerm(s.location) : T_TAIYUAN_BASIN;
      add(
        out,
        R['taiyuan-basin-no-independent-coking'],
        facts,
        missing(
          tb === T_TAIYUAN_BASIN ? C_BASIN_COKING : cond([T_INDEPENDENT, T_ADDS, tb]),
          T_INDEPENDENT,
          independent === undefined,
          T_ADDS,
          addsToBasin === undefined,
          tb,
          basin === null,
        ),
      );
    }
  }

  if (sector === 'coal-washing' && independent !== false && adds !== false) {
    add(
      out,
      R['coal-washing-capacity-replacement'],
      { sector, independent: independent ?? null, addsCapacity: adds ?? null },
      missing(C_WASHING, T_INDEPENDENT, independent === undefined, T_ADDS, adds === undefined),
    );
  }

  // A coal-power project uses coal by definition.
  const usesCoal = s.usesCoal ?? (sector === 'coal-power' ? true : undefined);
  if (usesCoal !== false) {
    add(
      out,
      R['coal-project-reduction-replacement'],
      { action, usesCoal: usesCoal ?? null },
      usesCoal === undefined ? C_USES_COAL : undefined,
    );
  }

  const major = s.majorRegionalImpact;
  if (major !== false) {
    add(out, R['major-project-eia-consultation'], { majorRegionalImpact: major ?? null }, major === undefined ? C_MAJOR : undefined);
  }

  const vocs = s.highVocsMaterials;
  if (vocs !== false) {
    add(out, R['high-vocs-project-control'], { highVocsMaterials: vocs ?? null }, vocs === undefined ? C_HIGH_VOCS : undefined);
  }
}
