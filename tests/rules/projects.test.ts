import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/entries/schemas.js';
import { getCommitment } from '../../src/plan/commitments.js';
import { assess } from '../../src/rules/index.js';
import { expectCode } from '../errors.js';
import { absent, conditional, definite, ids } from './helpers.js';

/** A project with every optional fact set "no", so that each test turns one on. */
const p = (more: Partial<Project> & Pick<Project, 'sector' | 'action'>): Project => ({
  kind: 'project',
  addsCapacity: false,
  usesCoal: false,
  capacityReplacement: false,
  independent: false,
  majorRegionalImpact: false,
  highVocsMaterials: false,
  ...more,
});

describe('project admission (task 1)', () => {
  it.each(['new', 'rebuild', 'expansion'] as const)('A %s project uses clean transport, in principle', (action) => {
    expect(definite(p({ sector: 'other', action }), 'project-clean-transport')).toMatchObject({ task: 1, obligation: 'required' });
  });
  it('A relocation (迁建) is building anew at its new site: 新改扩建 names it (tasks 1 and 8)', () => {
    definite(p({ sector: 'other', action: 'relocation' }), 'project-clean-transport');
    definite(p({ sector: 'other', action: 'relocation', usesCoal: true }), 'coal-project-reduction-replacement');
  });
  it('A capacity-replacement project starts production only after the replaced capacity closes', () => {
    definite(p({ sector: 'cement', action: 'new', capacityReplacement: true }), 'capacity-replacement-close-first');
  });
  it('A coal-power project is excepted from closing first (煤电项目除外)', () => {
    absent(p({ sector: 'coal-power', action: 'new', capacityReplacement: true }), 'capacity-replacement-close-first');
  });
  it('A project that does not say whether it replaces capacity gets the rule under a condition', () => {
    expect(conditional({ kind: 'project', sector: 'cement', action: 'new' }, 'capacity-replacement-close-first')).toEqual([
      'capacityReplacement',
    ]);
  });
});

describe('steel and coking capacity (tasks 2, 3 and 24)', () => {
  it('A steel project adding capacity is prohibited; one without added capacity is not', () => {
    expect(definite(p({ sector: 'steel', action: 'expansion', addsCapacity: true }), 'no-new-steel-capacity')).toMatchObject({
      task: 3,
      obligation: 'prohibited',
    });
    absent(p({ sector: 'steel', action: 'rebuild', addsCapacity: false }), 'no-new-steel-capacity');
    expect(conditional({ kind: 'project', sector: 'steel', action: 'new' }, 'no-new-steel-capacity')).toEqual(['addsCapacity']);
  });
  it('A coking project under way or planned is built to the energy-efficiency benchmark', () => {
    definite(p({ sector: 'coking', action: 'rebuild' }), 'coking-project-benchmark');
    absent(p({ sector: 'cement', action: 'rebuild' }), 'coking-project-benchmark');
  });
  it('A new independent coking project in the Taiyuan basin is prohibited (Xiaoyi county: a task-25 park)', () => {
    expect(
      definite(
        p({ sector: 'coking', action: 'new', independent: true, location: { county: '141181' } }),
        'taiyuan-basin-no-independent-coking',
      ),
    ).toMatchObject({ task: 24, obligation: 'prohibited', facts: { inTaiyuanBasin: true } });
  });
  it('An independent coking plant relocating into the basin from outside (addsCapacity) is 新增 there', () => {
    definite(
      p({ sector: 'coking', action: 'relocation', independent: true, addsCapacity: true, location: { inTaiyuanBasin: true } }),
      'taiyuan-basin-no-independent-coking',
    );
  });
  it('The relocation task 24 orders (推动…建成区的…焦化…企业搬迁退出) is not prohibited: a move within the basin adds nothing', () => {
    // 清徐县 (140121) lies in the basin (task 25 names its park).
    absent(
      p({ sector: 'coking', action: 'relocation', independent: true, addsCapacity: false, location: { county: '140121' } }),
      'taiyuan-basin-no-independent-coking',
    );
    // Not said whether it adds capacity to the basin: a condition, never a bare prohibition.
    expect(
      conditional(
        { kind: 'project', sector: 'coking', action: 'relocation', independent: true, location: { county: '140121' } },
        'taiyuan-basin-no-independent-coking',
      ),
    ).toEqual(['addsCapacity']);
  });
  it('An integrated coking project, one outside the basin, or a rebuild adding nothing is not caught', () => {
    absent(
      p({ sector: 'coking', action: 'new', independent: false, location: { inTaiyuanBasin: true } }),
      'taiyuan-basin-no-independent-coking',
    );
    absent(
      p({ sector: 'coking', action: 'new', independent: true, location: { inTaiyuanBasin: false } }),
      'taiyuan-basin-no-independent-coking',
    );
    absent(
      p({ sector: 'coking', action: 'rebuild', independent: true, addsCapacity: false, location: { inTaiyuanBasin: true } }),
      'taiyuan-basin-no-independent-coking',
    );
  });
  it('A new coking project with nothing else known is conditional on independence and the basin', () => {
    expect(conditional({ kind: 'project', sector: 'coking', action: 'new' }, 'taiyuan-basin-no-independent-coking')).toEqual([
      'independent',
      'location.inTaiyuanBasin',
    ]);
    expect(
      conditional(
        { kind: 'project', sector: 'coking', action: 'expansion', independent: true, location: { inTaiyuanBasin: true } },
        'taiyuan-basin-no-independent-coking',
      ),
    ).toEqual(['addsCapacity']);
  });
  it('Independent coal washing adds capacity only by reduced replacement', () => {
    definite(p({ sector: 'coal-washing', action: 'new', independent: true, addsCapacity: true }), 'coal-washing-capacity-replacement');
    absent(p({ sector: 'coal-washing', action: 'new', independent: false, addsCapacity: true }), 'coal-washing-capacity-replacement');
    expect(conditional({ kind: 'project', sector: 'coal-washing', action: 'new' }, 'coal-washing-capacity-replacement')).toEqual([
      'independent',
      'addsCapacity',
    ]);
  });
});

describe('coal (task 8)', () => {
  it('A new coal-using project replaces its coal by reductions elsewhere', () => {
    definite(p({ sector: 'other', action: 'new', usesCoal: true }), 'coal-project-reduction-replacement');
    absent(p({ sector: 'other', action: 'new', usesCoal: false }), 'coal-project-reduction-replacement');
    expect(conditional({ kind: 'project', sector: 'other', action: 'new' }, 'coal-project-reduction-replacement')).toEqual(['usesCoal']);
  });
  it('A coal-power project uses coal by definition', () => {
    definite({ kind: 'project', sector: 'coal-power', action: 'new' }, 'coal-project-reduction-replacement');
  });
  it('…的煤电项目及其用煤量应予以合理保障 is a guarantee owed to the project, not a duty of it: no verdict, a commitment instead', () => {
    const vs = ids(p({ sector: 'coal-power', action: 'new' }));
    expect(vs).not.toContain('coal-power-coal-guarantee');
    expect(getCommitment('coal-power-coal-guarantee')).toMatchObject({ task: 8, source: { clause: '三(二)8' } });
    expectCode(
      () => assess({ kind: 'project', sector: 'coal-power', action: 'new', supportsPowerSecurity: true } as never),
      'unknown-key',
      'subject.supportsPowerSecurity',
    );
  });
});

describe('high-VOCs projects (task 5) and major projects (task 27)', () => {
  it('A project making or using high-VOCs coatings is strictly controlled', () => {
    definite(p({ sector: 'industrial-coating', action: 'new', highVocsMaterials: true }), 'high-vocs-project-control');
    absent(p({ sector: 'industrial-coating', action: 'new' }), 'high-vocs-project-control');
  });
  it('A major project affecting neighbours goes through joint EIA consultation', () => {
    expect(definite(p({ sector: 'steel', action: 'rebuild', majorRegionalImpact: true }), 'major-project-eia-consultation')).toMatchObject({
      task: 27,
    });
    expect(conditional({ kind: 'project', sector: 'other', action: 'new' }, 'major-project-eia-consultation')).toEqual([
      'majorRegionalImpact',
    ]);
  });
});

describe('project rules of one industry apply to that industry only', () => {
  // With every optional fact left out, each sector's own rules show (conditionally), and no other sector's:
  // 严禁新增钢铁产能 (steel), 焦化项目… and 太原盆地不再新增独立焦化项目 (coking), 社会独立煤炭洗选… (coal washing),
  // and 涉及产能置换的项目(煤电项目除外) (all but coal power).
  const OWN: Readonly<Record<string, readonly string[]>> = {
    steel: ['no-new-steel-capacity'],
    coking: ['coking-project-benchmark', 'taiyuan-basin-no-independent-coking'],
    'coal-washing': ['coal-washing-capacity-replacement'],
    'coal-power': [],
  };
  const SPECIFIC = Object.values(OWN).flat();
  it.each(['steel', 'coking', 'coal-washing', 'coal-power', 'cement', 'glass'])('%s', (sector) => {
    const rules = ids({ kind: 'project', sector, action: 'rebuild' } as Project);
    expect(rules.filter((r) => SPECIFIC.includes(r)).sort()).toEqual([...(OWN[sector] ?? [])].sort());
    expect(rules.includes('capacity-replacement-close-first')).toBe(sector !== 'coal-power');
  });
});
