import { refuse } from '../errors.js';
import { oneOfWords } from '../issue-codes.js';
import type { DeepReadonly } from '../model/readonly.js';
import type {
  Comparator,
  Comparison,
  Evaluation,
  Observation,
  StandardLimit,
  Target,
  TargetStatus,
  ValueObservation,
} from '../model/target.js';
import { isInBottom } from '../ranking/places.js';
import { isoDate } from '../dates.js';
import { GB3095_2026_TRANSITION, type GB3095_IN_FORCE } from '../air/editions.js';
import { GB3095_LIMITS } from '../air/tables.js';
import { changeOf, finite, levelObservation, milestoneOf, rankOf } from './observations.js';
import { resolveTarget, type TargetLike } from './resolve.js';
import { placeName } from './places.js';
import { flatCopy, isFlat, isObjectValue } from '../flat.js';
import { isPlain, read, readOptions } from '../input.js';

/** The keys `evaluateTarget` takes in its options. @internal */
export const EVALUATE_OPTIONS: readonly string[] = ['asOf', 'tolerance', 'edition'];

/**
 * The edition of GB 3095 whose limit a `standard: 'GB 3095'` target is judged by.
 * @category Targets
 */
export type Gb3095Edition = '2012' | '2026';

/**
 * Options of {@link evaluateTarget} and {@link scorecard}.
 * @category Targets
 */
export interface EvaluateOptions {
  /** The day of the assessment (ISO date, a Beijing calendar day): on or before `due` a target is pending. */
  readonly asOf: string;
  /**
   * For approximate (左右) targets only: how far under the figure still counts (in the target's unit, e.g.
   * 2 percentage points). Without it the figure is compared exactly, and the explanation says so.
   */
  readonly tolerance?: number;
  /**
   * For `standard: 'GB 3095'` targets: the edition to judge by. By default, the edition in force on the due
   * date (2026 from 2026-03-01).
   */
  readonly edition?: Gb3095Edition;
}

/**
 * The GB 3095 grade II limits a `standard: 'GB 3095'` target is judged by, by edition: GB 3095-2026's are its
 * transition phase's (in force 2026-03-01 to 2030-12-31, when the plan's targets fall due).
 */
const LIMITS_OF: Readonly<Record<Gb3095Edition, keyof typeof GB3095_IN_FORCE>> = { '2012': '2012', '2026': '2026-transition' };

/**
 * The edition of GB 3095 in force on `date`: 2026 from the first day of its transition phase, read from the
 * editions' table and compared as ISO strings (`inForceOn`'s loop over the table cost a twentieth of the time).
 */
const editionOn = (date: string): Gb3095Edition => (date < GB3095_2026_TRANSITION.from ? '2012' : '2026');

/** Rounds off float noise (9 decimals); a magnitude of 1e15 or more has no fraction left to round (and x·1e9 could overflow). */
const round = (x: number) => (Math.abs(x) >= 1e15 ? x : Math.round(x * 1e9) / 1e9);

function holds(observed: number, comparator: Comparator, threshold: number): boolean {
  return comparator === 'lte'
    ? observed <= threshold
    : comparator === 'gte'
      ? observed >= threshold
      : comparator === 'lt'
        ? observed < threshold
        : observed > threshold;
}

const WORDS: Record<Comparator, [string, string]> = {
  lte: ['不高于', 'at or under'],
  gte: ['不低于', 'at or over'],
  lt: ['低于', 'under'],
  gt: ['高于', 'over'],
};

const STATUS: Record<TargetStatus, [string, string]> = {
  met: ['已达成', 'Met'],
  'not-met': ['未达成', 'Not met'],
  pending: ['未到期', 'Pending'],
  'not-assessable': ['无法评估', 'Not assessable'],
};

/** What the explanation says of a pending comparison so far, zh and en. */
const SO_FAR_MET = ['目前看已达成。', ' So far met.'] as const;
const SO_FAR_NOT_MET = ['目前看未达成。', ' So far not met.'] as const;
const NOTHING = ['', ''] as const;

const STRENGTH: Record<string, [string, string]> = {
  binding: ['约束性', 'binding'],
  strive: ['力争', 'striving (力争)'],
  stable: ['稳定', 'hold steady (稳定)'],
  approximate: ['左右', 'about (左右)'],
  basic: ['基本', 'substantially (基本)'],
};

const fmt = (n: number) => String(round(n));
/** A metric's id in words: `pm25-annual-mean` is 'PM2.5 annual mean' (a loop: `split` and `join` took a tenth of the time). */
function metricName(metric: string): string {
  let words = '';
  let from = 0;
  for (let i = metric.indexOf('-'); i >= 0; i = metric.indexOf('-', from)) {
    words += `${metric.slice(from, i)} `;
    from = i + 1;
  }
  return (words + metric.slice(from)).replace('pm25', 'PM2.5');
}
const signed = (n: number) => (n > 0 ? `+${fmt(n)}` : fmt(n));
const unitText = (unit: string) => (unit === 'count' ? '' : unit === '%' ? '%' : ` ${unit}`);

interface Outcome {
  status: TargetStatus;
  observed: Evaluation['observed'];
  comparison?: Comparison;
  margin?: number;
  interim?: 'met' | 'not-met';
  standard?: StandardLimit;
  tolerance?: number;
  zh: string;
  en: string;
}

/**
 * Whether one of the plan's targets is met by what happened, as of a given day.
 *
 * Rules (the target's `note` states each reading of the plan):
 * - a ceiling (以下, `'lte'`) is met at or under the figure: 25.0 µg/m³ meets 25, 25.1 does not; a floor (达,
 *   以上, `'gte'`) at or over it;
 * - a ranking goal (退出后10位) takes `{ rank, of: 168, rankFromBottom? }` and is met when the city is not in
 *   the bottom 10 (its place from the bottom is above 10; with ties give `rankFromBottom`);
 * - a change takes `{ value, baseline }` (percentage change against the baseline year) or, for 排名前移,
 *   `{ rank, of, baselineRank }`;
 * - a milestone takes `{ done, on? }`: done on or before `due` is met (even before the due date); after the
 *   due date, not done or done late is not met;
 * - `'pending'` while `asOf` is on or before `due` (the comparison so far is in `interim`);
 * - `'not-assessable'` where the plan gives no value (the national binding indicators), where a milestone was
 *   done but its date is unknown after the deadline, or where no observation is given after the due date —
 *   never a guess;
 * - approximate (左右) targets take `options.tolerance`; without one they are compared exactly, and the
 *   explanation says so;
 * - the 2027 attainment targets are judged by the GB 3095 edition in force on the due date (2026: 30 µg/m³)
 *   unless `options.edition` says otherwise.
 *
 * @param target - a target id such as `'pm25-2025-datong'`, or a target object
 * @param observation - what happened: a number or `{ value }`, `{ value, baseline }`, `{ rank, of, … }` or
 *   `{ done, on? }` as the target's kind requires; `undefined` when nothing is known yet
 * @param options - `{ asOf }` (ISO date), and optionally `tolerance` and `edition`
 * @returns the status, the target, the observation, the numbers compared, the margin (how far on the right
 *   side: negative on the wrong side), the due date and citation, then a bilingual explanation
 * @throws {PlanInputError} on an unknown target id, an impossible date, NaN, a negative or out-of-range
 *   figure, a rank outside 1..of, or an observation of the wrong kind for the target
 * @example
 * ```ts
 * evaluateTarget('pm25-2025-datong', 25.0, { asOf: '2026-01-15' }).status; //=> 'met'
 * evaluateTarget('pm25-2025-datong', 25.1, { asOf: '2026-01-15' }).margin; //=> -0.1
 * evaluateTarget('rank-2024-taiyuan', { rank: 158, of: 168 }, { asOf: '2025-01-20' }).status; //=> 'met'
 * evaluateTarget('coal-boiler-ultra-low-2024', { done: false }, { asOf: '2024-10-31' }).status; //=> 'pending'
 * evaluateTarget('binding-air-quality-2025', undefined, { asOf: '2026-01-01' }).status; //=> 'not-assessable'
 * ```
 * @see 二、工作目标; 三(七)26 and the clause in each target's `source`
 * @category Targets
 */
export function evaluateTarget(target: TargetLike, observation: Observation | undefined, options: EvaluateOptions): Evaluation {
  // A target id and a bare figure are read as they are; a flat observation or options object is copied or
  // read directly (src/flat.ts), anything else through the one reader.
  if (typeof target !== 'string') target = read('target', target) as typeof target;
  if (isObjectValue(observation)) observation = readObservation(observation) as typeof observation;
  const flat = isFlat(options, EVALUATE_OPTIONS);
  let asOfGiven: unknown = flat ? options.asOf : undefined;
  let toleranceGiven: unknown = flat ? options.tolerance : undefined;
  let edition: unknown = flat ? options.edition : undefined;
  // Each read once, and a value the one reader copies as it is; anything else goes through it.
  if (!flat || isObjectValue(asOfGiven) || isObjectValue(toleranceGiven) || isObjectValue(edition)) {
    const opts = readOptions('options', options, EVALUATE_OPTIONS, false, ['asOf']);
    asOfGiven = opts.asOf;
    toleranceGiven = opts.tolerance;
    edition = opts.edition;
  }
  const asOf = isoDate('options.asOf', asOfGiven);
  const t = resolveTarget(target);
  const tolerance = toleranceGiven === undefined ? undefined : finite('options.tolerance', toleranceGiven, 0);
  if (edition !== undefined && edition !== '2012' && edition !== '2026') {
    refuse('invalid-value', 'options.edition', edition, oneOfWords(['2012', '2026']));
  }
  const due = t.due;
  const early = asOf <= due;
  const [place, placeEn] = placeName(t);
  const o = outcome(t, observation, asOf, early, tolerance, edition as Gb3095Edition | undefined, place, placeEn);

  const status = STATUS[o.status];
  const strength = STRENGTH[t.strength];
  const so = o.interim ? (o.interim === 'met' ? SO_FAR_MET : SO_FAR_NOT_MET) : NOTHING;
  const result = { status: o.status, target: t as Target, observed: o.observed } as Evaluation;
  if (o.comparison) result.comparison = o.comparison;
  if (o.margin !== undefined) result.margin = o.margin;
  if (o.interim) result.interim = o.interim;
  if (o.standard) result.standard = o.standard;
  if (o.tolerance !== undefined) result.tolerance = o.tolerance;
  result.due = due;
  result.asOf = asOf;
  result.source = t.source;
  result.explanation = {
    zh: `${status[0]}（${early ? `截至${asOf}，期限${due}` : `期限${due}`}${strength ? `；${strength[0]}` : ''}）：${o.zh}${so[0]}依据${t.source.clause}：“${t.source.quote}”。`,
    en: `${status[1]} (${early ? `as of ${asOf}; due ${due}` : `due ${due}`}${strength ? `; ${strength[1]}` : ''}): ${o.en}${so[1]} Source: ${t.source.clause}.`,
  };
  return result;
}

/**
 * An observation object read once: a flat one copied as the one reader copies it (`flatCopy`, src/flat.ts),
 * anything else, or one holding an object, through the one reader.
 */
function readObservation(observation: object): unknown {
  return flatCopy(observation) ?? read('observation', observation);
}

function outcome(
  t: DeepReadonly<Target>,
  observation: unknown,
  asOf: string,
  early: boolean,
  tolerance: number | undefined,
  edition: Gb3095Edition | undefined,
  place: string,
  placeEn: string,
): Outcome {
  if (t.kind === 'unquantified') {
    // Nothing is compared, so an observation is echoed only as a finite figure: no junk passes through,
    // and junk is refused as it is for every other kind.
    let observed: ValueObservation | null = null;
    if (observation !== undefined) {
      const plain = isPlain(observation);
      const raw = plain ? observation.value : observation;
      if (!Number.isFinite(raw)) {
        refuse('conflict', plain ? 'observation.value' : 'observation', raw, [
          'no observation, or a finite number or { value } (the plan gives no figure to compare it with)',
          '不给观测，或给一个有限数或 { value }（方案无可比数值）',
        ]);
      }
      observed = { value: raw as number };
    }
    return {
      status: 'not-assessable',
      observed,
      zh: `方案无可比数值，不作推测。${t.note?.zh ?? ''}`,
      en: `the plan gives no figure to compare with; no guess is made.${t.note ? ` ${t.note.en}` : ''}`,
    };
  }
  if (observation === undefined) {
    return early
      ? { status: 'pending', observed: null, zh: '尚无观测。', en: 'no observation yet.' }
      : { status: 'not-assessable', observed: null, zh: '已过期限，但无观测。', en: 'past the due date, but no observation.' };
  }

  if (t.kind === 'milestone') {
    const m = milestoneOf(observation, asOf);
    if (m.done && (m.on !== undefined ? m.on <= t.due : early)) {
      return {
        status: 'met',
        observed: m,
        zh: m.on ? `${m.on}完成，未逾期。` : `截至${asOf}已完成。`,
        en: m.on ? `done on ${m.on}, in time.` : `done as of ${asOf}.`,
      };
    }
    if (m.done && m.on !== undefined) {
      return { status: 'not-met', observed: m, zh: `${m.on}完成，已逾期。`, en: `done on ${m.on}, late.` };
    }
    if (m.done) {
      return {
        status: 'not-assessable',
        observed: m,
        zh: '已完成，但无完成日期（on），无法判断是否按期。',
        en: 'done, but without the day (`on`) it cannot be told whether on time.',
      };
    }
    return early
      ? { status: 'pending', observed: m, interim: 'not-met', zh: '尚未完成。', en: 'not done yet.' }
      : { status: 'not-met', observed: m, zh: '逾期未完成。', en: 'not done by the deadline.' };
  }

  let observed: Evaluation['observed'];
  let comparison: Comparison;
  let standard: StandardLimit | undefined;
  let zh: string;
  let en: string;
  const comparator = t.comparator as Comparator;
  const unit = t.unit ?? 'count';
  let threshold = t.value as number;

  if (t.kind === 'ranking') {
    const r = rankOf(observation, t, false);
    const fromBottom = r.rankFromBottom ?? r.of - r.rank + 1;
    const inside = isInBottom(r.rankFromBottom !== undefined ? { rankFromBottom: r.rankFromBottom } : r.rank, threshold, r.of);
    observed = r;
    comparison = { quantity: 'place-from-bottom', observed: fromBottom, threshold, comparator, unit };
    const ties = r.rankFromBottom !== undefined && r.rankFromBottom !== r.of - r.rank + 1 ? ['（有并列）', ' (with ties)'] : ['', ''];
    return settle(!inside, early, {
      observed,
      comparison,
      margin: fromBottom - threshold,
      zh: `${place}第${r.rank}名、倒数第${fromBottom}名（共${r.of}个城市）${ties[0]}，${inside ? '在' : '不在'}后${threshold}位之内。`,
      en: `${placeEn} is ${r.rank} of ${r.of} from the top, ${fromBottom} from the bottom${ties[1]}: ${inside ? 'inside' : 'outside'} the bottom ${threshold}.`,
    });
  }

  if (t.kind === 'change' && t.baseline?.change === 'places-risen') {
    const r = rankOf(observation, t, true);
    const risen = (r.baselineRank as number) - r.rank;
    observed = r;
    comparison = { quantity: 'places-risen', observed: risen, threshold, comparator, unit };
    zh = `${place}排名由${t.baseline.year}年第${r.baselineRank}名变为第${r.rank}名（共${r.of}个城市），前移${risen}位；要求前移${WORDS[comparator][0]}${threshold}位。`;
    en = `${placeEn} went from place ${r.baselineRank} in ${t.baseline.year} to ${r.rank} of ${r.of}, ${signed(risen)} places; required: places up ${WORDS[comparator][1]} ${threshold}.`;
  } else if (t.kind === 'change') {
    const c = changeOf(observation);
    const pct = round(((c.value - c.baseline) / c.baseline) * 100);
    if (!Number.isFinite(pct)) {
      refuse('out-of-range', 'observation.baseline', c.baseline, [
        'a baseline against which the change is a finite percentage',
        '使变化百分比为有限数的基准值',
      ]);
    }
    observed = c;
    const effective = adjust(t, threshold, comparator, tolerance);
    comparison = { quantity: 'percent-change', observed: pct, threshold: effective, comparator, unit: '%' };
    threshold = effective;
    const year = t.baseline?.year;
    const metricEn = metricName(t.metric);
    zh = `${place}实测${fmt(c.value)}，${year === undefined ? '基准为' : `${year}年为`}${fmt(c.baseline)}，变化${signed(pct)}%；要求变化${WORDS[comparator][0]}${signed(threshold)}%。`;
    en = `${placeEn}: ${metricEn} ${fmt(c.value)} against ${fmt(c.baseline)}${year === undefined ? ' (the baseline)' : ` in ${year}`}, a change of ${signed(pct)}%; required: ${WORDS[comparator][1]} ${signed(threshold)}%.`;
  } else {
    const v = levelObservation(observation, unit);
    observed = v;
    if (t.value === undefined) {
      const chosen: Gb3095Edition = edition ?? editionOn(t.due);
      const std = GB3095_LIMITS[LIMITS_OF[chosen]];
      const limit = std.limits.pm25_annual;
      standard = { name: `GB 3095-${chosen}`, limit, chosenBy: edition ? 'option' : 'due-date', verified: std.verified };
      threshold = limit;
    } else {
      threshold = adjust(t, threshold, comparator, tolerance);
    }
    comparison = { quantity: 'value', observed: v.value, threshold, comparator, unit };
    const u = unitText(unit);
    const metricEn = metricName(t.metric);
    zh = `${place}实测${fmt(v.value)}${u}；要求${WORDS[comparator][0]}${fmt(threshold)}${u}。`;
    en = `${placeEn}: ${metricEn} of ${fmt(v.value)}${u}; required: ${WORDS[comparator][1]} ${fmt(threshold)}${u}.`;
  }

  const ok = holds(comparison.observed, comparator, threshold);
  const margin = round(comparator === 'lte' || comparator === 'lt' ? threshold - comparison.observed : comparison.observed - threshold);
  if (standard) {
    const by = standard.chosenBy === 'option';
    const [unverifiedZh, unverifiedEn] = standard.verified ? VERIFIED_WORDS : UNVERIFIED_WORDS;
    zh += `阈值为${standard.name}二级限值（${by ? '选定' : '期限时施行'}${unverifiedZh}）。`;
    en += ` Threshold: the ${standard.name} grade II limit (${by ? 'as chosen' : 'in force on the due date'}${unverifiedEn}).`;
  }
  const out = settle(ok, early, { observed, comparison, margin, standard, zh, en });
  if (t.strength === 'approximate') {
    if (tolerance === undefined) {
      out.zh += '“左右”无容差，按本数比较。';
      out.en += ' No tolerance for 左右: compared exactly.';
    } else {
      out.tolerance = tolerance;
      out.zh += `“左右”容差${fmt(tolerance)}。`;
      out.en += ` Tolerance for 左右: ${fmt(tolerance)}.`;
    }
  }
  return out;
}

/** What the explanation adds about a GB 3095 limit: nothing when verified. */
const VERIFIED_WORDS = ['', ''] as const;
const UNVERIFIED_WORDS = ['，未核实', ', unverified'] as const;

/** For an approximate target with a tolerance, the loosened threshold; else the figure itself. */
function adjust(t: DeepReadonly<Target>, value: number, comparator: Comparator, tolerance: number | undefined): number {
  if (t.strength !== 'approximate' || tolerance === undefined) return value;
  return round(comparator === 'gte' || comparator === 'gt' ? value - tolerance : value + tolerance);
}

/** Sets the status (and, while pending, the interim result) of an outcome from its comparison. */
function settle(ok: boolean, early: boolean, outcome: Omit<Outcome, 'status'>): Outcome {
  // The outcome is a fresh literal of the caller's: given its status in place (a spread into a new object was
  // a twentieth of evaluateTarget's time).
  const out = outcome as Outcome;
  out.status = early ? 'pending' : ok ? 'met' : 'not-met';
  if (early) out.interim = ok ? 'met' : 'not-met';
  return out;
}
