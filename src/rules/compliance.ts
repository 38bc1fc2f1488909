/**
 * Whether a verdict's duty is met, read from the subject's compliance facts (each rule's
 * `complianceFacts`), and whether a dated duty is overdue on `asOf`. Applied by `assess` to every verdict
 * once the rule families have made them.
 * @internal
 * @module
 */
import { RULE_TABLE, type RuleId } from '../../data/rules/index.js';
import { deepFreeze } from '../freeze.js';
import type { Bilingual } from '../model/text.js';
import type { Compliance, Verdict } from '../model/verdict.js';

/** A fact's values that show the duty met (`'empty'`: a list, met when empty). */
type Met = readonly (string | boolean)[] | 'empty';

const T: Met = [true];
const F: Met = [false];

/**
 * For each compliance fact (keyed by field, or `kind.field` where a field means something else on another
 * kind), the values that show the duty met; any other value given shows it not met. A rule whose compliance
 * facts are not here is a prohibition whose facts say what the subject is: given in full (the verdict has no
 * condition), the subject is what the rule prohibits (`does-not-comply`).
 */
const MET: Readonly<Record<string, Met>> = {
  shutDown: T,
  ultraLowRetrofitDone: T,
  cleanTransport: T,
  replacedCapacityClosed: T,
  meetsBenchmark: T,
  coalReplacementDone: T,
  capacityReplacementDone: T,
  eiaConsultationDone: T,
  entryRequirementsUnmet: 'empty',
  lowVocsCompliant: T,
  dustControlDone: T,
  videoInstalled: T,
  ldarDone: T,
  shutdownVocsCollected: T,
  deepTreatmentDone: T,
  emissionsCompliant: T,
  bypassMonitored: T,
  onlineMonitoringInstalled: T,
  ammoniaSlipMonitorInstalled: T,
  relocationDone: T,
  onEmergencyList: T,
  conditionMonitoringInstalled: T,
  powerMonitoringInstalled: T,
  informationDisclosed: T,
  backwardCapacityExited: T,
  upgradeDone: T,
  clusterPlanDone: T,
  coalConsumptionBelow2020: T,
  banZoneDesignated: T,
  publicVehiclesClean: T,
  attainmentPlanPublished: T,
  implementationPlanMade: T,
  treatmentDone: T,
  monitoringStationBuilt: T,
  lowNoxCompliant: T,
  cleanEnergyDone: T,
  deepPlacement: T,
  lowProteinFeed: T,
  closedHousing: T,
  manureEnclosed: T,
  byRail: T,
  railSidingBuilt: T,
  inspectionPassed: T,
  newEnergy: T,
  rectified: T,
  sectionalConstruction: T,
  dedicatedFlue: T,
  withinContentLimit: T,
  lowLeakValves: T,
  sealedCoupling: T,
  gasCollected: T,
  dedicated: T,
  bagFilter: T,
  coFiring: 'empty',
  // Facts that record the breach itself: met when false.
  hasBypass: F,
  blackSmoke: F,
  inefficientTreatment: F,
  usesLooseCoal: F,
  tampered: F,
  sellsNonStandardFuel: F,
  burnsStraw: F,
  usedForRoutineTreatment: F,
  environmentalOffence: F,
  falsification: F,
  // Facts of one kind whose values tell.
  'enterprise.steelRoute': ['electric-arc-furnace'],
  'industrial-furnace.fuel': ['gas', 'electricity', 'other-clean'],
};

/** The meaning of a compliance fact on a subject kind, or `undefined` when it only says what the subject is. */
export function metValues(kind: string, fact: string): Met | undefined {
  return MET[`${kind}.${fact}`] ?? MET[fact];
}

/** `fact: value` as the reasons show it. */
function show(fact: string, value: unknown): string {
  return `${fact}: ${JSON.stringify(value)}`;
}

function met(m: Met, value: unknown): boolean {
  return m === 'empty' ? (value as readonly unknown[]).length === 0 : m.includes(value as string | boolean);
}

const UNKNOWN_NONE: Bilingual = {
  zh: '无主体事实可记录此项要求是否满足。',
  en: 'No fact of a subject records whether this duty is met.',
};

type Judged = readonly [Compliance, Bilingual];

/** Compliance unknown: the facts that would show it not given. */
function notGiven(facts: readonly string[]): Judged {
  return [
    'unknown',
    {
      zh: `所给事实未含 ${facts.join('、')}，不足以判断是否已满足此项要求。`,
      en: `The facts given do not include ${facts.join(', ')}: whether this duty is met is not known.`,
    },
  ];
}

/** What judging a rule's verdicts needs, worked out once per rule (at import, in a call a bundler may drop). */
interface RulePlan {
  readonly facts: readonly string[];
  /** A prohibition whose facts say what the subject is. */
  readonly thing: boolean;
  /** The answer when no compliance fact is given (or the rule has none). */
  readonly missing: Judged;
}

function plans(): ReadonlyMap<string, RulePlan> {
  const out = new Map<string, RulePlan>();
  for (const id of Object.keys(RULE_TABLE)) {
    const rule = RULE_TABLE[id as RuleId];
    const facts = rule.complianceFacts as readonly string[];
    const why = (rule as { complianceNote?: Bilingual }).complianceNote;
    const missing: Judged =
      facts.length === 0
        ? ['unknown', { zh: UNKNOWN_NONE.zh + why!.zh, en: `${UNKNOWN_NONE.en} ${why!.en}` }] // every such rule says why (a test holds it)
        : notGiven(facts);
    const thing = facts.length > 0 && metValues(rule.appliesTo[0] as string, facts[0]!) === undefined;
    out.set(id, deepFreeze({ facts, thing, missing }));
  }
  return out;
}
const PLANS = /* @__PURE__ */ plans();

/** Every compliance fact of every rule: a subject with none of them has said nothing about any duty. */
const FACTS: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ [...PLANS.values()].flatMap((p) => p.facts));

/** The compliance of one verdict and its reason, naming the facts. */
function judgeOne(v: Verdict, s: Readonly<Record<string, unknown>>, plan: RulePlan): Judged {
  const facts = plan.facts;
  if (plan.thing) {
    // A prohibition: the facts say what the subject is; without a condition it is what the rule prohibits.
    if (v.condition !== undefined) {
      const open = v.condition.when.map((t) => t.fact);
      return [
        'unknown',
        {
          zh: `所给事实未含 ${open.join('、')}，不足以判断该主体是否属此项规定禁止之列。`,
          en: `The facts given do not include ${open.join(', ')}: whether the subject is what this rule prohibits is not known.`,
        },
      ];
    }
    const shown: string[] = [];
    for (const f of facts) {
      const key = f.slice(f.lastIndexOf('.') + 1);
      if (key in v.facts) shown.push(show(f, v.facts[key]));
      else if (s[f] !== undefined) shown.push(show(f, s[f]));
    }
    const list = shown.join(', ');
    return [
      'does-not-comply',
      {
        zh: `所给事实（${list}）表明该主体正属此项规定禁止之列。`,
        en: `The facts given (${list}) show the subject is what this rule prohibits.`,
      },
    ];
  }
  let given = 0;
  for (let i = 0; i < facts.length; i++) if (s[facts[i]!] !== undefined) given++;
  if (given === 0) return plan.missing; // the common case: nothing said about the duty
  const kind = s.kind as string;
  const missing: string[] = [];
  const shownMet: string[] = [];
  for (const f of facts) {
    const value = s[f];
    if (value === undefined) {
      missing.push(f);
      continue;
    }
    const shown = show(f, value);
    if (!met(metValues(kind, f)!, value)) {
      return [
        'does-not-comply',
        { zh: `所给事实（${shown}）表明尚未满足此项要求。`, en: `The facts given (${shown}) show this duty not yet met.` },
      ];
    }
    shownMet.push(shown);
  }
  if (missing.length > 0) return notGiven(missing);
  const list = shownMet.join(', ');
  return ['complies', { zh: `所给事实（${list}）表明已满足此项要求。`, en: `The facts given (${list}) show this duty met.` }];
}

/** Whether a subject gives any compliance fact. */
function tells(s: Readonly<Record<string, unknown>>): boolean {
  for (const key in s) if (FACTS.has(key)) return true;
  return false;
}

/**
 * Sets each verdict's `compliance` and `complianceReason` from the subject's compliance facts, and, with
 * `asOf`, each dated verdict's `facts.asOf`, `facts.deadlinePassed` and `overdue` (the deadline passed and
 * the duty not shown met).
 */
export function judge(out: Verdict[], s: object, asOf: string | undefined): void {
  const subject = s as Readonly<Record<string, unknown>>;
  // Whether the subject gives any compliance fact at all (asked once, when a verdict first needs it): most
  // give none, and each of their verdicts but a prohibition's then takes its rule's prebuilt answer.
  let told: boolean | undefined;
  for (let i = 0; i < out.length; i++) {
    const v = out[i]!;
    const plan = PLANS.get(v.rule)!;
    let judged = plan.missing;
    if (plan.facts.length > 0) {
      if (!plan.thing && told === undefined) told = tells(subject);
      if (plan.thing || told === true) judged = judgeOne(v, subject, plan);
    }
    const c = judged[0];
    v.compliance = c;
    v.complianceReason = judged[1];
    if (asOf !== undefined && v.deadline !== undefined) {
      const passed = asOf > v.deadline;
      v.facts = { ...v.facts, asOf, deadlinePassed: passed };
      v.overdue = passed && c !== 'complies';
    }
  }
}
