import * as z from 'zod/mini';
import { IsoDate, KebabId as kebab } from './ids.js';
import { Citation } from './citation.js';
import { CityIdForm } from './ids.js';
import { Bilingual } from './text.js';

/**
 * How firmly the plan commits to a target, from its own wording:
 * - `'binding'`: 约束性 (the national binding indicators of 二(一));
 * - `'strive'`: 力争 (and every goal under 二(二) 力争性指标);
 * - `'stable'`: 稳定控制在 / 稳定在 (hold a level already within reach);
 * - `'approximate'`: 左右 (about);
 * - `'basic'`: 基本实现 / 基本消除 / 基本淘汰 (substantially);
 * - `'plain'`: none of these words.
 * @category Schemas
 */
export const TargetStrength = /* @__PURE__ */ z.enum(['binding', 'strive', 'stable', 'approximate', 'basic', 'plain']);
/** @category Schemas */
export type TargetStrength = z.infer<typeof TargetStrength>;

/**
 * What a target asks for, and so which observation it takes:
 * - `'level'`: a figure at or under / at or over a value (observation `{ value }`);
 * - `'change'`: a change against a baseline year (`{ value, baseline }`, or `{ rank, of, baselineRank }`
 *   for a ranking);
 * - `'ranking'`: a place in the national ranking (`{ rank, of, rankFromBottom? }`);
 * - `'milestone'`: something done by a date (`{ done, on? }`);
 * - `'unquantified'`: the plan gives no value to compare with (the binding national indicators, "合理控制"):
 *   such a target is never assessed.
 * @category Schemas
 */
export const TargetKind = /* @__PURE__ */ z.enum(['level', 'change', 'ranking', 'milestone', 'unquantified']);
/** @category Schemas */
export type TargetKind = z.infer<typeof TargetKind>;

/**
 * How the observed quantity must stand against the value: `'lte'` at or under (a ceiling, 以下), `'gte'` at
 * or over (a floor, 达 / 以上), `'lt'` strictly under (负增长: growth below 0), `'gt'` strictly over (a place
 * from the bottom above 10: out of the 后10位).
 * @category Schemas
 */
export const Comparator = /* @__PURE__ */ z.enum(['lte', 'gte', 'lt', 'gt']);
/** @category Schemas */
export type Comparator = z.infer<typeof Comparator>;

/**
 * The unit of a target's value: `'µg/m³'` (a concentration), `'%'` (a share, or a percentage change against a
 * baseline), `'places'` (in a ranking), `'count'` (a number of things).
 * @category Schemas
 */
export const TargetUnit = /* @__PURE__ */ z.enum(['µg/m³', '%', 'places', 'count']);
/** @category Schemas */
export type TargetUnit = z.infer<typeof TargetUnit>;

/**
 * Where the due date comes from: `'deadline'` (the plan writes a deadline: 2024年10月底前, 2025年底前),
 * `'year'` (an annual figure for a year the plan names: due on that year's 31 December), `'horizon'` (the
 * plan gives no date: the due date is a reading within the period of its binding indicators, 2024–2025,
 * stated in the target's note).
 * @category Schemas
 */
export const DueBasis = /* @__PURE__ */ z.enum(['deadline', 'year', 'horizon']);
/** @category Schemas */
export type DueBasis = z.infer<typeof DueBasis>;

/**
 * Whom or what a target concerns: the province, one city, a named area of the plan (REGIONS), or a sector
 * or kind of place the plan names (steel, public-sector vehicles, county-town roads …) with its name. The
 * model knows the ids' form (kebab-case); that the bundled targets' cities and regions exist is tested
 * (tests/data/targets.test.ts).
 * @category Schemas
 */
export const TargetScope = /* @__PURE__ */ z.discriminatedUnion('kind', [
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal('province') }),
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal('city'), city: CityIdForm }),
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal('region'), region: kebab }),
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal('sector'), sector: kebab, name: Bilingual }),
]);
/** @category Schemas */
export type TargetScope = z.infer<typeof TargetScope>;

/**
 * The baseline of a relative target: the year compared with and how the change is measured —
 * `'percent-change'` ((observed − baseline) / baseline × 100, e.g. 比2020年增长10%) or `'places-risen'` (the
 * baseline year's place minus this year's: 排名前移).
 * @category Schemas
 */
export const Baseline = /* @__PURE__ */ z.strictObject({
  year: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(2000), /* @__PURE__ */ z.lte(2030)),
  change: /* @__PURE__ */ z.enum(['percent-change', 'places-risen']),
});
/** @category Schemas */
export type Baseline = z.infer<typeof Baseline>;

/**
 * One dated or quantified commitment of the plan.
 *
 * - `value` / `comparator` / `unit`: the figure to reach and how to compare with it (absent where the plan
 *   gives none: milestones and unquantified targets);
 * - `standard`: `'GB 3095'` where the figure is the national standard's limit rather than a number in the
 *   plan (2027 全面达标): the limit then depends on the edition in force, chosen by date and overridable;
 * - `of`: the size of the ranking (168 key cities) for ranking goals;
 * - `due`: an ISO date (Beijing calendar day); an annual figure for year Y is due `'Y-12-31'`;
 * - `note`: the reading chosen where the plan is ambiguous.
 *
 * @example
 * ```ts
 * const t: Target = {
 *   id: 'pm25-2025-datong', kind: 'level', task: 26, metric: 'pm25-annual-mean',
 *   scope: { kind: 'city', city: 'datong' }, value: 25, unit: 'µg/m³', comparator: 'lte',
 *   due: '2025-12-31', dueBasis: 'year', strength: 'stable',
 *   source: { clause: '三(七)26', quote: '大同市PM2.5浓度稳定控制在25微克/立方米以下' },
 * };
 * ```
 * @category Schemas
 */
export const Target = /* @__PURE__ */ z.strictObject({
  id: kebab,
  kind: TargetKind,
  task: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1))),
  metric: kebab,
  scope: TargetScope,
  value: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
  unit: /* @__PURE__ */ z.optional(TargetUnit),
  comparator: /* @__PURE__ */ z.optional(Comparator),
  baseline: /* @__PURE__ */ z.optional(Baseline),
  standard: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal('GB 3095')),
  of: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1))),
  due: IsoDate,
  dueBasis: DueBasis,
  strength: TargetStrength,
  source: Citation,
  note: /* @__PURE__ */ z.optional(Bilingual),
});
/** @category Schemas */
export type Target = z.infer<typeof Target>;

/**
 * What a metric measures, in both languages, with its unit (absent for milestones).
 * @category Schemas
 */
export const TargetMetric = /* @__PURE__ */ z.object({
  id: kebab,
  name: Bilingual,
  unit: /* @__PURE__ */ z.optional(TargetUnit),
});
/** @category Schemas */
export type TargetMetric = z.infer<typeof TargetMetric>;

/**
 * An observed figure: a concentration in µg/m³, a share in %, a count. A bare number is accepted for it.
 * @category Schemas
 */
export const ValueObservation = /* @__PURE__ */ z.object({ value: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)) });
/** @category Schemas */
export type ValueObservation = z.infer<typeof ValueObservation>;

/**
 * An observed figure and the same figure in the baseline year (e.g. rail freight in 2025 and in 2020, in
 * any one unit).
 * @category Schemas
 */
export const ChangeObservation = /* @__PURE__ */ z.object({
  value: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  baseline: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
});
/** @category Schemas */
export type ChangeObservation = z.infer<typeof ChangeObservation>;

/**
 * A place in a ranking of `of` cities: `rank` from the top (1 = best), optionally `rankFromBottom`
 * (倒数第k名, needed where ties make it differ from `of − rank + 1`) and, for 排名前移, the place in the
 * baseline year `baselineRank` (same ranking).
 * @category Schemas
 */
export const RankObservation = /* @__PURE__ */ z.object({
  rank: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  of: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  rankFromBottom: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1))),
  baselineRank: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1))),
});
/** @category Schemas */
export type RankObservation = z.infer<typeof RankObservation>;

/**
 * Whether a milestone is done, and on which day (needed to tell whether it was done in time once the
 * deadline has passed).
 * @category Schemas
 */
export const MilestoneObservation = /* @__PURE__ */ z.object({
  done: /* @__PURE__ */ z.boolean(),
  on: /* @__PURE__ */ z.optional(IsoDate),
});
/** @category Schemas */
export type MilestoneObservation = z.infer<typeof MilestoneObservation>;

/**
 * Any observation `evaluateTarget` takes (a bare number stands for `{ value }`).
 * @category Schemas
 */
export const Observation = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  ChangeObservation,
  ValueObservation,
  RankObservation,
  MilestoneObservation,
]);
// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/** @category Schemas */
export type Observation = z.infer<typeof Observation> | never;

/**
 * The outcome of evaluating a target: `'met'`, `'not-met'`, `'pending'` (the due date has not passed; see
 * `interim`) or `'not-assessable'` (the plan gives no value, or the observation cannot settle it).
 * @category Schemas
 */
export const TargetStatus = /* @__PURE__ */ z.enum(['met', 'not-met', 'pending', 'not-assessable']);
/** @category Schemas */
export type TargetStatus = z.infer<typeof TargetStatus>;

/**
 * The numbers an evaluation compared: the observed quantity (a concentration, a share, a percentage
 * change, places risen, or a place from the bottom), the threshold, how, and in what unit.
 * @category Schemas
 */
export const Comparison = /* @__PURE__ */ z.object({
  quantity: /* @__PURE__ */ z.enum(['value', 'percent-change', 'places-risen', 'place-from-bottom']),
  observed: /* @__PURE__ */ z.number(),
  threshold: /* @__PURE__ */ z.number(),
  comparator: Comparator,
  unit: TargetUnit,
});
/** @category Schemas */
export type Comparison = z.infer<typeof Comparison>;

/**
 * Where the threshold of a `standard: 'GB 3095'` target comes from: the edition, its limit and whether the
 * library could check the value against the standard's text.
 * @category Schemas
 */
export const StandardLimit = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ z.enum(['GB 3095-2012', 'GB 3095-2026']),
  limit: /* @__PURE__ */ z.number(),
  chosenBy: /* @__PURE__ */ z.enum(['due-date', 'option']),
  verified: /* @__PURE__ */ z.boolean(),
});
/** @category Schemas */
export type StandardLimit = z.infer<typeof StandardLimit>;

/**
 * The result of `evaluateTarget`: data first (status, the target, the normalised observation, the
 * numbers compared, margin, the due date and the citation), then a bilingual explanation.
 * @category Schemas
 */
export const Evaluation = /* @__PURE__ */ z.object({
  status: TargetStatus,
  target: Target,
  observed: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.union([ChangeObservation, ValueObservation, RankObservation, MilestoneObservation]),
  ),
  comparison: /* @__PURE__ */ z.optional(Comparison),
  /** How far on the right side of the threshold (negative: the wrong side), in the comparison's unit. */
  margin: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
  /** While pending: what the comparison says so far. */
  interim: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['met', 'not-met'])),
  standard: /* @__PURE__ */ z.optional(StandardLimit),
  tolerance: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
  due: IsoDate,
  asOf: IsoDate,
  source: Citation,
  explanation: Bilingual,
});
// An interface, not an alias of the inferred type: signatures and the docs then show `Evaluation`, not its fields.
/** @category Schemas */
export interface Evaluation extends z.infer<typeof Evaluation> {}
