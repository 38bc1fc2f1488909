import * as z from 'zod/mini';
import { CITIES, REGIONS } from '../../data/places.js';
import { Citation } from './citation.js';
import { Bilingual } from './text.js';

const kebab = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A calendar date `YYYY-MM-DD` that exists (a Beijing calendar day); 2025-02-29 fails. */
const IsoDate = z.string().check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  z.refine((s) => {
    const y = +s.slice(0, 4);
    const m = +s.slice(5, 7);
    const d = +s.slice(8, 10);
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d <= (m === 2 && !leap ? 28 : DAYS_IN_MONTH[m - 1]!);
  }, 'not a calendar date'),
);

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
export const TargetStrength = z.enum(['binding', 'strive', 'stable', 'approximate', 'basic', 'plain']);
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
export const TargetKind = z.enum(['level', 'change', 'ranking', 'milestone', 'unquantified']);
/** @category Schemas */
export type TargetKind = z.infer<typeof TargetKind>;

/**
 * How the observed quantity must stand against the value: `'lte'` at or under (a ceiling, 以下), `'gte'` at
 * or over (a floor, 达 / 以上), `'lt'` strictly under (负增长: growth below 0), `'gt'` strictly over (a place
 * from the bottom above 10: out of the 后10位).
 * @category Schemas
 */
export const Comparator = z.enum(['lte', 'gte', 'lt', 'gt']);
/** @category Schemas */
export type Comparator = z.infer<typeof Comparator>;

/**
 * The unit of a target's value: `'µg/m³'` (a concentration), `'%'` (a share, or a percentage change against a
 * baseline), `'places'` (in a ranking), `'count'` (a number of things).
 * @category Schemas
 */
export const TargetUnit = z.enum(['µg/m³', '%', 'places', 'count']);
/** @category Schemas */
export type TargetUnit = z.infer<typeof TargetUnit>;

/**
 * Where the due date comes from: `'deadline'` (the plan writes a deadline: 2024年10月底前, 2025年底前),
 * `'year'` (an annual figure for a year the plan names: due on that year's 31 December), `'horizon'` (the
 * plan gives no date: the due date is a reading within the period of its binding indicators, 2024–2025,
 * stated in the target's note).
 * @category Schemas
 */
export const DueBasis = z.enum(['deadline', 'year', 'horizon']);
/** @category Schemas */
export type DueBasis = z.infer<typeof DueBasis>;

const cityIds = /* @__PURE__ */ CITIES.map((c) => c.id) as unknown as readonly [string, ...string[]];
const regionIds = /* @__PURE__ */ REGIONS.map((r) => r.id) as unknown as readonly [string, ...string[]];

/**
 * Whom or what a target concerns: the province, one city, a named area of the plan (REGIONS), or a sector
 * or kind of place the plan names (steel, public-sector vehicles, county-town roads …) with its name.
 * @category Schemas
 */
export const TargetScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('province') }),
  z.object({ kind: z.literal('city'), city: z.enum(cityIds) }),
  z.object({ kind: z.literal('region'), region: z.enum(regionIds) }),
  z.object({ kind: z.literal('sector'), sector: kebab, name: Bilingual }),
]);
/** @category Schemas */
export type TargetScope = z.infer<typeof TargetScope>;

/**
 * The baseline of a relative target: the year compared with and how the change is measured —
 * `'percent-change'` ((observed − baseline) / baseline × 100, e.g. 比2020年增长10%) or `'places-risen'` (the
 * baseline year's place minus this year's: 排名前移).
 * @category Schemas
 */
export const Baseline = z.object({
  year: z.number().check(z.int(), z.gte(2000), z.lte(2030)),
  change: z.enum(['percent-change', 'places-risen']),
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
export const Target = z.object({
  id: kebab,
  kind: TargetKind,
  task: z.optional(z.number().check(z.int(), z.gte(1), z.lte(38))),
  metric: kebab,
  scope: TargetScope,
  value: z.optional(z.number()),
  unit: z.optional(TargetUnit),
  comparator: z.optional(Comparator),
  baseline: z.optional(Baseline),
  standard: z.optional(z.literal('GB 3095')),
  of: z.optional(z.number().check(z.int(), z.gte(1))),
  due: IsoDate,
  dueBasis: DueBasis,
  strength: TargetStrength,
  source: Citation,
  note: z.optional(Bilingual),
});
/** @category Schemas */
export type Target = z.infer<typeof Target>;

/**
 * What a metric measures, in both languages, with its unit (absent for milestones).
 * @category Schemas
 */
export const TargetMetric = z.object({
  id: kebab,
  name: Bilingual,
  unit: z.optional(TargetUnit),
});
/** @category Schemas */
export type TargetMetric = z.infer<typeof TargetMetric>;

/**
 * An observed figure: a concentration in µg/m³, a share in %, a count. A bare number is accepted for it.
 * @category Schemas
 */
export const ValueObservation = z.object({ value: z.number() });
/** @category Schemas */
export type ValueObservation = z.infer<typeof ValueObservation>;

/**
 * An observed figure and the same figure in the baseline year (e.g. rail freight in 2025 and in 2020, in
 * any one unit).
 * @category Schemas
 */
export const ChangeObservation = z.object({ value: z.number(), baseline: z.number() });
/** @category Schemas */
export type ChangeObservation = z.infer<typeof ChangeObservation>;

/**
 * A place in a ranking of `of` cities: `rank` from the top (1 = best), optionally `rankFromBottom`
 * (倒数第k名, needed where ties make it differ from `of − rank + 1`) and, for 排名前移, the place in the
 * baseline year `baselineRank` (same ranking).
 * @category Schemas
 */
export const RankObservation = z.object({
  rank: z.number().check(z.int(), z.gte(1)),
  of: z.number().check(z.int(), z.gte(1)),
  rankFromBottom: z.optional(z.number().check(z.int(), z.gte(1))),
  baselineRank: z.optional(z.number().check(z.int(), z.gte(1))),
});
/** @category Schemas */
export type RankObservation = z.infer<typeof RankObservation>;

/**
 * Whether a milestone is done, and on which day (needed to tell whether it was done in time once the
 * deadline has passed).
 * @category Schemas
 */
export const MilestoneObservation = z.object({ done: z.boolean(), on: z.optional(IsoDate) });
/** @category Schemas */
export type MilestoneObservation = z.infer<typeof MilestoneObservation>;

/**
 * Any observation `evaluateTarget` takes (a bare number stands for `{ value }`).
 * @category Schemas
 */
export const Observation = z.union([
  z.number(),
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
export const TargetStatus = z.enum(['met', 'not-met', 'pending', 'not-assessable']);
/** @category Schemas */
export type TargetStatus = z.infer<typeof TargetStatus>;

/**
 * The numbers an evaluation compared: the observed quantity (a concentration, a share, a percentage
 * change, places risen, or a place from the bottom), the threshold, how, and in what unit.
 * @category Schemas
 */
export const Comparison = z.object({
  quantity: z.enum(['value', 'percent-change', 'places-risen', 'place-from-bottom']),
  observed: z.number(),
  threshold: z.number(),
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
export const StandardLimit = z.object({
  name: z.enum(['GB 3095-2012', 'GB 3095-2026']),
  limit: z.number(),
  chosenBy: z.enum(['due-date', 'option']),
  verified: z.boolean(),
});
/** @category Schemas */
export type StandardLimit = z.infer<typeof StandardLimit>;

/**
 * The result of `evaluateTarget`: data first (status, the target, the normalised observation, the
 * numbers compared, margin, the due date and the citation), then a bilingual explanation.
 * @category Schemas
 */
export const Evaluation = z.object({
  status: TargetStatus,
  target: Target,
  observed: z.nullable(z.union([ChangeObservation, ValueObservation, RankObservation, MilestoneObservation])),
  comparison: z.optional(Comparison),
  /** How far on the right side of the threshold (negative: the wrong side), in the comparison's unit. */
  margin: z.optional(z.number()),
  /** While pending: what the comparison says so far. */
  interim: z.optional(z.enum(['met', 'not-met'])),
  standard: z.optional(StandardLimit),
  tolerance: z.optional(z.number()),
  due: IsoDate,
  asOf: IsoDate,
  source: Citation,
  explanation: Bilingual,
});
// An interface, not an alias of the inferred type: signatures and the docs then show `Evaluation`, not its fields.
/** @category Schemas */
export interface Evaluation extends z.infer<typeof Evaluation> {}
