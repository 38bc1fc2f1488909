import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Subject } from '../../src/entries/schemas.js';
import { assess, getRule, RULES } from '../../src/index.js';
import { metValues } from '../../src/rules/compliance.js';

/** The fields of each subject kind, from its one definition (the zod schema). */
type Shape = Record<string, { _zod: { def: { values?: string[] } } }>;
const FIELDS: Record<string, string[]> = Object.fromEntries(
  (Subject as unknown as { _zod: { def: { options: { _zod: { def: { shape: Shape } } }[] } } })._zod.def.options.map((o) => [
    o._zod.def.shape.kind!._zod.def.values![0]!,
    Object.keys(o._zod.def.shape),
  ]),
);

const verdict = (subject: Subject, rule: string, asOf?: string) => {
  const v = assess(subject, asOf === undefined ? undefined : { asOf }).find((x) => x.rule === rule);
  if (v === undefined) throw new Error(`no verdict of ${rule}`);
  return v;
};

describe('each rule names the facts that record its duty (complianceFacts)', () => {
  it('at least 85% of the rules name some; every other says why (complianceNote)', () => {
    const named = RULES.filter((r) => r.complianceFacts.length > 0);
    expect(named.length / RULES.length).toBeGreaterThanOrEqual(0.85);
    for (const r of RULES) {
      const why = (r as { complianceNote?: { zh: string; en: string } }).complianceNote;
      if (r.complianceFacts.length === 0) expect(why?.zh.length, r.id).toBeGreaterThan(0);
      else expect(why, r.id).toBeUndefined();
    }
  });

  it('the decisions guide (en and zh) names every rule without one, and the count of those with one', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const none = RULES.filter((r) => r.complianceFacts.length === 0);
    const named = RULES.length - none.length;
    for (const lang of ['en', 'zh'] as const) {
      const g = readFileSync(`${root}docs/guides/decisions.${lang}.md`, 'utf8');
      for (const r of none) expect(g, `${lang}: ${r.id}`).toContain(`\`${r.id}\``);
      expect(g).toContain(lang === 'en' ? `${named} of ${RULES.length} rules` : `${RULES.length}条规则中有${named}条`);
    }
  });

  it('names only fields of the kinds the rule applies to', () => {
    for (const r of RULES)
      for (const f of r.complianceFacts) for (const k of r.appliesTo) expect(FIELDS[k], `${r.id}: ${k}.${f}`).toContain(f.split('.')[0]);
  });

  it('reads a fact whose values show the duty met, except a prohibition whose facts say what the subject is', () => {
    for (const r of RULES) {
      for (const f of r.complianceFacts) {
        const m = r.appliesTo.map((k) => metValues(k, f));
        if (r.obligation !== 'prohibited')
          expect(
            m.every((x) => x !== undefined),
            `${r.id}: ${f}`,
          ).toBe(true);
      }
    }
  });

  it.each(RULES.filter((r) => r.complianceFacts.length > 0).map((r) => [r.id] as const))(
    "%s: its complianceExample gets the rule's verdict, complying as it says",
    (id) => {
      const r = getRule(id);
      const e = r.complianceExample!;
      expect(e, `${id} has no complianceExample`).toBeDefined();
      const v = verdict(e.subject as Subject, id);
      expect(v.compliance).toBe(e.complies ? 'complies' : 'does-not-comply');
      // The reason names a compliance fact.
      expect(r.complianceFacts.some((f) => v.complianceReason.en.includes(f) && v.complianceReason.zh.includes(f))).toBe(true);
    },
  );

  it('RULES carry the examples; the table assess reads does not (kept out of its bundle)', async () => {
    const { RULE_TABLE } = await import('../../data/rules/index.js');
    expect(RULES.filter((r) => r.complianceExample !== undefined).length).toBe(RULES.filter((r) => r.complianceFacts.length > 0).length);
    expect(Object.values(RULE_TABLE).some((r) => 'complianceExample' in r)).toBe(false);
  });
});

describe('verdicts answer whenever the facts are given', () => {
  it('a key enterprise that keeps a removable bypass (hasBypass: true) does not comply with 取消旁路', () => {
    const v = verdict(
      { kind: 'enterprise', sector: 'coking', keyEnterprise: true, hasBypass: true, bypassNeededForSafety: false },
      'bypass-removal',
    );
    expect(v.compliance).toBe('does-not-comply');
    expect(v.complianceReason).toEqual({
      zh: '所给事实（hasBypass: true）表明尚未满足此项要求。',
      en: 'The facts given (hasBypass: true) show this duty not yet met.',
    });
  });

  it('machinery that emits black smoke (冒黑烟) does not comply; a locomotive that does not say is unknown, naming the fact', () => {
    expect(verdict({ kind: 'non-road-machinery', emissionStage: 'stage-3', blackSmoke: true }, 'black-smoke-elimination').compliance).toBe(
      'does-not-comply',
    );
    const v = verdict({ kind: 'locomotive' }, 'black-smoke-elimination');
    expect(v.compliance).toBe('unknown');
    expect(v.complianceReason.zh).toBe('所给事实未含 blackSmoke，不足以判断是否已满足此项要求。');
  });

  it('a new independent coking project in 清徐 IS what 太原盆地不再新增独立焦化项目 prohibits', () => {
    const v = verdict(
      { kind: 'project', sector: 'coking', action: 'new', independent: true, location: { county: '140121' } },
      'taiyuan-basin-no-independent-coking',
    );
    expect(v.condition).toBeUndefined();
    expect(v.compliance).toBe('does-not-comply');
    expect(v.complianceReason.en).toBe(
      'The facts given (independent: true, addsCapacity: null, location.inTaiyuanBasin: true) show the subject is what this rule prohibits.',
    );
    // Independence not said: the prohibition may apply, compliance unknown, naming the missing fact.
    const open = verdict(
      { kind: 'project', sector: 'coking', action: 'new', location: { county: '140121' } },
      'taiyuan-basin-no-independent-coking',
    );
    expect(open.compliance).toBe('unknown');
    expect(open.complianceReason.en).toContain('independent');
  });

  it('a new coal boiler not for central heating (除集中供暖外) is what 不再新建 prohibits', () => {
    const v = verdict({ kind: 'coal-boiler', capacityTph: 40, isNew: true, use: 'other' }, 'coal-boiler-no-new');
    expect(v.compliance).toBe('does-not-comply');
    expect(v.complianceReason.zh).toBe('所给事实（isNew: true, use: "other"）表明该主体正属此项规定禁止之列。');
  });

  it('a boiler whose ultra-low retrofit is finished complies with 2024年10月底前…全部完成超低排放改造', () => {
    expect(verdict({ kind: 'coal-boiler', capacityTph: 75, ultraLowRetrofitDone: true }, 'coal-boiler-ule-all').compliance).toBe(
      'complies',
    );
    expect(verdict({ kind: 'coal-boiler', capacityTph: 75, ultraLowRetrofitDone: false }, 'coal-boiler-ule-all').compliance).toBe(
      'does-not-comply',
    );
  });

  it('every fact of 工况监控、用电(用能)监控、视频监控 is needed: one missing is unknown, one false does not comply', () => {
    const e = { kind: 'enterprise', sector: 'other', conditionMonitoringInstalled: true, powerMonitoringInstalled: true } as const;
    expect(verdict(e, 'enterprise-monitoring-installation').complianceReason.en).toBe(
      'The facts given do not include videoInstalled: whether this duty is met is not known.',
    );
    expect(verdict({ ...e, videoInstalled: false }, 'enterprise-monitoring-installation').compliance).toBe('does-not-comply');
    expect(verdict({ ...e, videoInstalled: true }, 'enterprise-monitoring-installation').complianceReason.en).toBe(
      'The facts given (conditionMonitoringInstalled: true, powerMonitoringInstalled: true, videoInstalled: true) show this duty met.',
    );
  });

  it('a rule no fact can record says why in its reason', () => {
    const v = verdict({ kind: 'coal-use', type: 'coal-gangue' }, 'coal-total-exclusion');
    expect(v.compliance).toBe('unknown');
    expect(v.complianceReason.en).toMatch(/^No fact of a subject records whether this duty is met\. An accounting rule/);
  });

  it('a dedicated biomass boiler with bag filters and no co-firing complies with all three duties', () => {
    const vs = assess({
      kind: 'biomass-boiler',
      dedicated: true,
      bagFilter: true,
      coFiring: [],
      small: false,
      inefficientTreatment: false,
    });
    expect(vs.map((v) => v.compliance)).toEqual(['complies', 'complies', 'complies']);
    expect(vs[2]!.complianceReason.en).toBe('The facts given (coFiring: []) show this duty met.');
  });
});

describe('overdue (with asOf)', () => {
  const late = { kind: 'coal-boiler', capacityTph: 50, ultraLowRetrofitDone: false } as const;
  it('a duty whose deadline (2024-10-31) has passed and is not met is overdue', () => {
    const v = verdict(late, 'coal-boiler-ule-35-65', '2024-11-01');
    expect(v.facts).toMatchObject({ asOf: '2024-11-01', deadlinePassed: true });
    expect(v.overdue).toBe(true);
  });
  it('not on the deadline day itself', () => {
    expect(verdict(late, 'coal-boiler-ule-35-65', '2024-10-31').overdue).toBe(false);
  });
  it('not when the facts show it met', () => {
    expect(verdict({ ...late, ultraLowRetrofitDone: true }, 'coal-boiler-ule-35-65', '2025-06-01').overdue).toBe(false);
  });
  it('overdue when compliance is unknown after the deadline (not shown met)', () => {
    expect(verdict({ kind: 'coal-boiler', capacityTph: 50 }, 'coal-boiler-ule-35-65', '2025-06-01').overdue).toBe(true);
  });
  it('undefined without asOf, and on an undated verdict', () => {
    expect(verdict(late, 'coal-boiler-ule-35-65').overdue).toBeUndefined();
    expect(verdict(late, 'coal-boiler-no-new', '2025-06-01').overdue).toBeUndefined();
  });
});

describe("a verdict carries its rule's reading note", () => {
  it('原则上 rules say so in the verdict', () => {
    const v = verdict({ kind: 'coal-boiler', capacityTph: 80, isNew: true, use: 'other' }, 'coal-boiler-no-new');
    expect(v.note).toEqual(getRule('coal-boiler-no-new').note);
    expect(v.note!.zh).toContain('原则上');
  });
  it('a rule without a note gives none', () => {
    expect(verdict({ kind: 'coal-boiler', capacityTph: 20 }, 'coal-boiler-cleanup').note).toBeUndefined();
  });
});
