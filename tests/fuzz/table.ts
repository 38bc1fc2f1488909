import { isDeepStrictEqual } from 'node:util';
/**
 * The fuzz table: one row per public function of `shanxi-air-plan` and `shanxi-air-plan/source`, with a
 * generator of valid arguments, the check of a valid result (the result's own schema from
 * `shanxi-air-plan/schemas` where there is one) and the names a `PlanInputError` may give as its field.
 * A test fails when an exported function has no row here.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import * as lib from '../../src/index.js';
import * as source from '../../src/source/index.js';
import * as S from '../../src/entries/schemas.js';
import type { Contract } from './harness.js';
import { fromSchema } from './from-schema.js';
import { consistentLocation } from './consistent-location.js';

// Checks ------------------------------------------------------------------------------------------

interface Parser {
  safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } };
}
export function parses(schema: Parser) {
  return (r: unknown): void => {
    const p = schema.safeParse(r);
    if (!p.success) throw new Error(`does not parse with its schema: ${JSON.stringify(p.error?.issues).slice(0, 600)}`);
  };
}
function expect(cond: boolean, what: string): void {
  if (!cond) throw new Error(what);
}
const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.number().check(z.int(), z.gte(min), z.lte(max));
const isoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

const DutyOf = z.object({ task: int(1, 38), index: int(0), role: z.enum(['sole', 'lead', 'shared']), duty: S.Duty });
const TaskOf = z.object({ task: int(1, 38), title: S.Bilingual, role: z.enum(['sole', 'lead', 'shared']) });
const QuoteLocation = z.object({ clause: S.ClauseId, paragraph: int(0), offset: int(0) });
const Deadline = z.object({
  due: isoDate,
  dueBasis: S.DueBasis,
  daysLeft: z.optional(int(Number.MIN_SAFE_INTEGER)),
  target: z.string().check(z.minLength(1)),
  name: S.Bilingual,
  task: z.optional(int(1, 38)),
  kind: S.TargetKind,
  strength: S.TargetStrength,
  duty: z.object({ lead: z.array(z.string()), departments: z.array(z.string()), allRelevant: z.boolean() }),
  source: S.Citation,
});
const nullable = <T extends z.core.SomeType>(t: T) => z.nullable(t);
const ScorecardRow = z.object({
  target: z.string(),
  name: S.Bilingual,
  task: nullable(int(1, 38)),
  strength: S.TargetStrength,
  status: S.TargetStatus,
  quantity: nullable(z.enum(['value', 'percent-change', 'places-risen', 'place-from-bottom'])),
  observed: nullable(z.number()),
  comparator: nullable(S.Comparator),
  threshold: nullable(z.number()),
  unit: nullable(S.TargetUnit),
  margin: nullable(z.number()),
  interim: nullable(z.enum(['met', 'not-met'])),
  due: isoDate,
  explanation: S.Bilingual,
  evaluation: S.Evaluation,
});
const Scorecard = z.object({
  asOf: isoDate,
  rows: z.array(ScorecardRow),
  counts: z.object({ met: int(0), 'not-met': int(0), pending: int(0), 'not-assessable': int(0), total: int(0) }),
});
const Iaqi = z.nullable(int(0, 500));

// Valid arguments ---------------------------------------------------------------------------------

const TARGETS = lib.TARGETS as readonly S.Target[];

/** ISO dates from 2016 to 2035 (and the edges: leap days, the editions' first days). */
export const date: fc.Arbitrary<string> = fc.oneof(
  fc
    .date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    '2016-01-01',
    '2024-02-29',
    '2024-10-31',
    '2024-12-31',
    '2025-12-31',
    '2026-02-28',
    '2026-03-01',
    '2027-12-31',
    '2030-12-31',
    '2031-01-01',
  ),
);
const dateRange = fc.tuple(date, date).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));
/** A window schedule takes: at most 20 years. */
const scheduleRange = dateRange.filter(([a, b]) => +b.slice(0, 4) - +a.slice(0, 4) < 20);
const ScheduleItem = z.strictObject({
  date: isoDate,
  kind: z.enum(['commitment', 'recurring', 'rule', 'target']),
  id: z.string().check(z.minLength(1)),
  text: S.Bilingual,
  departments: z.array(z.string()),
  frequency: z.optional(S.CommitmentFrequency),
  period: z.optional(z.strictObject({ from: isoDate, to: isoDate })),
});
const PlaceArea = z.strictObject({
  area: z.string(),
  name: S.Bilingual,
  status: z.enum(['in', 'out', 'unknown']),
  firmness: z.enum(['settled', 'described', 'unknown']),
  basis: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(['plan', 'official', 'geographic']),
      title: S.Bilingual,
      seenIn: z.enum(['document', 'copy']),
    }),
  ),
  note: z.optional(S.Bilingual),
  counties: z.optional(z.strictObject({ in: z.array(z.string()), out: z.array(z.string()), unknown: z.array(z.string()) })),
});
const PlacePlan = z.strictObject({
  place: z.object({ kind: z.enum(['city', 'county']), city: S.City, county: z.optional(S.County), name: S.Bilingual }),
  areas: z.array(PlaceArea),
  targets: z.array(z.object({ target: S.Target, via: z.enum(['own', 'city', 'area']), area: z.optional(z.string()) })),
  commitments: z.array(S.Commitment),
  rules: z.array(z.object({ rule: S.Rule, applies: z.enum(['yes', 'unknown']), area: z.optional(z.string()) })),
});
const AssessAllResult = z.strictObject({
  results: z.array(
    z.union([
      z.strictObject({ index: z.number().check(z.int(), z.gte(0)), verdicts: z.array(S.Verdict) }),
      z.strictObject({
        index: z.number().check(z.int(), z.gte(0)),
        issues: z.array(z.object({ code: z.string(), field: z.string() })).check(z.minLength(1)),
      }),
    ]),
  ),
  summary: z.strictObject({
    rows: z.number(),
    refused: z.number(),
    verdicts: z.number(),
    byObligation: z.record(S.Obligation, z.number()),
    byCompliance: z.record(S.Compliance, z.number()),
    overdue: z.number(),
  }),
});

/** Finite numbers ≥ 0 that overflow careless arithmetic: up to Number.MAX_VALUE, down to Number.MIN_VALUE. */
const huge = fc.oneof(
  fc.constantFrom(Number.MAX_VALUE, 1e308, 1e300, 2 ** 53 + 1, Number.MIN_VALUE, 1e-300, 0),
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
);
const hugeSigned = fc.oneof(
  huge,
  huge.map((x) => -x),
);

const pollutant = fc.constantFrom(...S.Pollutant.options);
const editionOptions = fc.oneof(fc.record({ edition: fc.constantFrom('2012', '2026') }), fc.record({ date }));
const concentration = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
  fc.double({ min: 0, max: 5000, noNaN: true }),
  fc.constantFrom(0, 35, 75, 500, 500.0001, 800, 801, 3840, 1e6),
);
const concentrations = fc.dictionary(pollutant, fc.option(concentration, { nil: null, freq: 8 }), { minKeys: 1, maxKeys: 10 }).map((c) => {
  const out: Record<string, number | null> = { ...c };
  if (Object.values(out).every((v) => v === null)) out.pm25_24h = 40;
  // HJ 633-2012 notes a and b: above 800, SO2 1 h and O3 8 h fall back on SO2 24 h and O3 1 h.
  if (typeof out.so2_1h === 'number' && typeof out.so2_24h !== 'number') out.so2_24h = 100;
  if (typeof out.o3_8h === 'number' && typeof out.o3_1h !== 'number') out.o3_1h = 180;
  return out;
});
const aqiLike = fc.oneof(
  fc.integer({ min: 0, max: 600 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 500 }).map((aqi) => ({ aqi })),
);
const finiteNumber = fc.double({ noNaN: true, noDefaultInfinity: true });
const statsArb = fc.record({
  so2: fc.double({ min: 0, max: 1000, noNaN: true }),
  no2: fc.double({ min: 0, max: 1000, noNaN: true }),
  pm10: fc.double({ min: 0, max: 1000, noNaN: true }),
  pm25: fc.double({ min: 0, max: 1000, noNaN: true }),
  co: fc.double({ min: 0, max: 100, noNaN: true }),
  o3: fc.double({ min: 0, max: 1000, noNaN: true }),
});
const limitsOptions = fc.oneof(
  fc.constant({ edition: '2012' }),
  fc.record({ edition: fc.constant('2026'), phase: fc.constantFrom('transition', 'final') }),
  fc.record({ date }),
  fc.record({ year: fc.integer({ min: 2016, max: 2100 }) }),
);
const positive = fc.double({ min: 0.01, max: 1000, noNaN: true });
const compositeOptions = fc
  .tuple(
    fc.oneof(
      limitsOptions,
      fc.record({ limits: fc.record({ so2: positive, no2: positive, pm10: positive, pm25: positive, co: positive, o3: positive }) }),
    ),
    fc.option(fc.dictionary(fc.constantFrom('so2', 'no2', 'pm10', 'pm25', 'co', 'o3'), fc.double({ min: 0, max: 10, noNaN: true })), {
      nil: undefined,
    }),
    fc.option(fc.boolean(), { nil: undefined }),
  )
  .map(([limits, weights, singleIndexes]) => ({
    ...limits,
    ...(weights === undefined ? {} : { weights }),
    ...(singleIndexes === undefined ? {} : { singleIndexes }),
  }));
const dailyRecord = fc.record(
  {
    so2_24h: fc.option(concentration, { nil: null }),
    no2_24h: fc.option(concentration, { nil: null }),
    pm10_24h: fc.option(concentration, { nil: null }),
    pm25_24h: fc.option(concentration, { nil: null }),
    co_24h: fc.option(concentration, { nil: null }),
    o3_8h: fc.option(concentration, { nil: null }),
  },
  { requiredKeys: [] },
);
const fullDay = fc.record({
  so2_24h: concentration,
  no2_24h: concentration,
  pm10_24h: concentration,
  pm25_24h: concentration,
  co_24h: concentration,
  o3_8h: concentration,
});

const rankEntries = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
      compositeIndex: fc.oneof(
        fc.constantFrom(3.5, 4, 4.25, 5.12),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
      ),
    }),
    { selector: (e) => e.id, minLength: 1, maxLength: 200 },
  )
  .chain((entries) => fc.tuple(fc.constant(entries), fc.boolean()))
  .map(([entries, extra]) => (extra ? entries.map((e, i) => ({ ...e, name: `city ${i}`, meta: { i } })) : entries));
const fieldPlace = fc.integer({ min: 1, max: 500 }).chain((total) =>
  fc.tuple(
    fc.oneof(
      fc.integer({ min: 1, max: total }),
      fc.integer({ min: 1, max: total }).map((k) => ({ rankFromBottom: k })),
    ),
    fc.integer({ min: 1, max: 600 }),
    fc.constant(total),
  ),
);
const topPlace = fc.integer({ min: 1, max: 500 }).chain((total) =>
  fc.tuple(
    fc.oneof(
      fc.integer({ min: 1, max: total }),
      fc.integer({ min: 1, max: total }).map((rank) => ({ rank })),
    ),
    fc.integer({ min: 1, max: 600 }),
    fc.constant(total),
  ),
);
const rankOrEntry = fc.oneof(
  fc.integer({ min: 1, max: 1e6 }),
  fc.integer({ min: 1, max: 1e6 }).map((rank) => ({ rank })),
);
const bigPlace = fc.oneof(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(2 ** 53, 1e300, Number.MAX_VALUE));

const departmentKey = fc.constantFrom(...lib.DEPARTMENTS.flatMap((d) => [d.id, d.name.zh, d.fullName.zh]));
const cityKey = fc.constantFrom(
  ...lib.CITIES.flatMap((c) => [
    c.id,
    c.code,
    c.code.slice(0, 4),
    c.name.zh,
    c.name.zh.replace(/市$/, ''),
    c.name.en,
    c.name.en.toUpperCase(),
  ]),
);
const countyKey = fc.constantFrom(
  ...lib.COUNTIES.flatMap((c) => [c.code, ...(lib.COUNTIES.filter((d) => d.name.zh === c.name.zh).length === 1 ? [c.name.zh] : [])]),
);
const regionKey = fc.constantFrom(...lib.REGIONS.flatMap((r) => [r.id, r.name.zh]));

/** A valid observation for a target, as of a day. */
function observationFor(t: S.Target, asOf: string, extreme = false): fc.Arbitrary<unknown> {
  const big = (arb: fc.Arbitrary<number>) => (extreme ? fc.oneof(arb, huge) : arb);
  const bigInt = (min: number, max: number) => {
    const edges = [min, max, Number.MAX_SAFE_INTEGER].filter((n) => n >= min && n <= max);
    return extreme ? fc.oneof(fc.integer({ min, max }), fc.constantFrom(...edges)) : fc.integer({ min, max });
  };
  switch (t.kind) {
    case 'unquantified':
      return fc.constant(undefined);
    case 'milestone':
      return fc.oneof(
        fc.constant(undefined),
        fc.record({ done: fc.boolean() }),
        date.map((d) => ({ done: true, on: d <= asOf ? d : asOf })),
      );
    case 'ranking':
    case 'change':
      if (t.kind === 'ranking' || t.baseline?.change === 'places-risen') {
        const ofArb =
          t.of !== undefined
            ? fc.constant(t.of)
            : extreme
              ? fc.constantFrom(1, 400, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e300)
              : fc.integer({ min: 1, max: 400 });
        return fc.oneof(
          fc.constant(undefined),
          ofArb.chain((of) =>
            bigInt(1, Math.min(of, Number.MAX_SAFE_INTEGER)).chain((rank) =>
              fc.record(
                {
                  rank: fc.constant(rank),
                  of: fc.constant(of),
                  rankFromBottom: bigInt(1, Math.max(1, Math.min(of - rank + 1, Number.MAX_SAFE_INTEGER))),
                  baselineRank: bigInt(1, Math.min(of, Number.MAX_SAFE_INTEGER)),
                },
                { requiredKeys: t.kind === 'ranking' ? ['rank', 'of'] : ['rank', 'of', 'baselineRank'] },
              ),
            ),
          ),
        );
      }
      return fc.oneof(
        fc.constant(undefined),
        fc.record({
          value: big(fc.double({ min: 0, max: 1e6, noNaN: true })),
          baseline: big(fc.double({ min: 0.001, max: 1e6, noNaN: true })).filter((b) => b > 0),
        }),
      );
    default: {
      const value =
        t.unit === '%'
          ? fc.double({ min: 0, max: 100, noNaN: true })
          : t.unit === 'count'
            ? fc.integer({ min: 0, max: 10_000 })
            : big(
                fc.oneof(
                  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
                  fc.double({ min: 0, max: 1e6, noNaN: true }),
                ),
              );
      return fc.oneof(
        fc.constant(undefined),
        value,
        value.map((v) => ({ value: v })),
      );
    }
  }
}
const evaluateOptions = fc.record(
  { asOf: date, tolerance: fc.double({ min: 0, max: 10, noNaN: true }), edition: fc.constantFrom('2012', '2026') },
  { requiredKeys: ['asOf'] },
);
const evaluateArgs = (extreme = false) =>
  fc
    .tuple(fc.constantFrom(...TARGETS), evaluateOptions, fc.boolean())
    .chain(([t, options, byId]) => observationFor(t, options.asOf, extreme).map((o) => [byId ? t.id : t, o, options]));
const scorecardArgs = (extreme = false) =>
  fc
    .tuple(fc.subarray([...TARGETS], { maxLength: 12 }), evaluateOptions, fc.option(fc.boolean(), { nil: undefined }))
    .chain(([ts, options, all]) =>
      fc.tuple(...ts.map((t) => observationFor(t, options.asOf, extreme))).map((obs) => {
        const observations: Record<string, unknown> = {};
        ts.forEach((t, i) => {
          if (obs[i] !== undefined) observations[t.id] = obs[i];
        });
        return [observations, { ...options, ...(all === undefined ? {} : { all }) }];
      }),
    );

const subject = fromSchema(S.Subject as never).map(consistentLocation);
const assessOptions = fc.option(fc.record({ asOf: date }, { requiredKeys: [] }), { nil: undefined });

const paragraphSpan = fc
  .tuple(fc.constantFrom(...source.SOURCE_PARAGRAPHS), fc.nat(), fc.integer({ min: 1, max: 40 }))
  .map(([p, start, len]) => {
    const s = start % p.text.length;
    return { clause: p.clause, quote: p.text.slice(s, s + len) };
  });

// The table ---------------------------------------------------------------------------------------

export interface Row extends Contract {
  /** Valid arguments: the call must succeed. */
  readonly valid: fc.Arbitrary<unknown[]>;
  /** How many parameters (junk calls pass up to one more). */
  readonly arity: number;
  /** Valid arguments to corrupt one field of (default: `valid`). */
  readonly nearly?: fc.Arbitrary<unknown[]>;
  /** Valid-shaped arguments at the edges (enormous or tiny numbers): a valid result or a PlanInputError. */
  readonly edge?: fc.Arbitrary<unknown[]>;
  /** Runs of the nearly-valid property (default 1000): more where the arguments have many fields to corrupt. */
  readonly nearlyRuns?: number;
  /** A stronger check for results of valid arguments only. */
  readonly validCheck?: (result: unknown, args: readonly unknown[]) => void;
}

const row = (r: Row): Row => r;
const args = <T extends unknown[]>(...arbs: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.tuple(...arbs) as fc.Arbitrary<unknown[]>;
const optionsRoots = ['options'];

export const TABLE: Readonly<Record<string, Row>> = {
  // Plan lookups
  getTask: row({ fn: lib.getTask, arity: 1, valid: args(fc.integer({ min: 1, max: 38 })), check: parses(S.Task), roots: ['task'] }),
  getSection: row({
    fn: lib.getSection,
    arity: 1,
    valid: args(fc.integer({ min: 1, max: 10 })),
    check: parses(S.Section),
    roots: ['section'],
  }),
  getDepartment: row({ fn: lib.getDepartment, arity: 1, valid: args(departmentKey), check: parses(S.Department), roots: ['department'] }),
  getCity: row({ fn: lib.getCity, arity: 1, valid: args(cityKey), check: parses(S.City), roots: ['city'] }),
  getCounty: row({ fn: lib.getCounty, arity: 1, valid: args(countyKey), check: parses(S.County), roots: ['county'] }),
  getRegion: row({ fn: lib.getRegion, arity: 1, valid: args(regionKey), check: parses(S.Region), roots: ['region'] }),
  dutiesOf: row({ fn: lib.dutiesOf, arity: 1, valid: args(departmentKey), check: parses(z.array(DutyOf)), roots: ['department'] }),
  tasksOf: row({ fn: lib.tasksOf, arity: 1, valid: args(departmentKey), check: parses(z.array(TaskOf)), roots: ['department'] }),
  getCommitment: row({
    fn: lib.getCommitment,
    arity: 1,
    valid: args(fc.constantFrom(...lib.COMMITMENTS.map((c) => c.id))),
    check: parses(S.Commitment),
    roots: ['id'],
  }),
  commitmentsOf: row({
    fn: lib.commitmentsOf,
    arity: 1,
    valid: args(departmentKey),
    check: parses(z.array(S.Commitment)),
    roots: ['department'],
  }),
  commitmentsFor: row({
    fn: lib.commitmentsFor,
    arity: 1,
    valid: args(fc.oneof(cityKey, countyKey)),
    check: parses(z.array(S.Commitment)),
    roots: ['place'],
  }),

  planFor: row({
    fn: lib.planFor,
    arity: 1,
    valid: args(fc.oneof(cityKey, countyKey)),
    check: parses(PlacePlan),
    roots: ['place'],
  }),
  schedule: row({
    fn: lib.schedule,
    arity: 1,
    valid: fc
      .tuple(scheduleRange, fc.option(fc.oneof(cityKey, countyKey), { nil: undefined }), fc.option(departmentKey, { nil: undefined }))
      .map(([[from, to], place, department]) => [
        { from, to, ...(place === undefined ? {} : { place }), ...(department === undefined ? {} : { department }) },
      ]),
    check: parses(z.array(ScheduleItem)),
    roots: ['options'],
  }),

  // Ranking
  rankCities: row({
    fn: lib.rankCities,
    arity: 1,
    valid: args(rankEntries),
    edge: args(
      fc.array(fc.record({ id: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), compositeIndex: huge }), {
        minLength: 1,
        maxLength: 30,
      }),
    ),
    check: (r, [entries]) => {
      parses(z.array(S.RankedEntry))(r);
      const out = r as S.RankedEntry[];
      const input = entries as S.RankEntry[];
      expect(out.length === input.length, 'one result per entry');
      expect(new Set(out.map((e) => e.id)).size === input.length, 'every id once');
      for (let i = 1; i < out.length; i++) expect(out[i - 1]!.compositeIndex <= out[i]!.compositeIndex, 'sorted best first');
      for (const e of out) expect(e.rank + e.rankFromBottom <= out.length + 1, 'rank + rankFromBottom ≤ n + 1');
    },
    // Fields other than id and compositeIndex are the caller's own, copied as given.
    passthrough: (path) => /^\$\.\d+\.(?!id$|compositeIndex$|rank$|rankFromBottom$)/.test(path),
    roots: ['entries'],
  }),
  isInBottom: row({
    fn: lib.isInBottom,
    arity: 3,
    valid: fieldPlace,
    edge: args(bigPlace, bigPlace, bigPlace),
    check: parses(z.boolean()),
    roots: ['entryOrPlace', 'entry', 'rank', 'rankFromBottom', 'n', 'total'],
  }),
  exitsBottom: row({
    fn: lib.exitsBottom,
    arity: 3,
    valid: fieldPlace,
    edge: args(bigPlace, bigPlace, bigPlace),
    check: parses(z.boolean()),
    roots: ['entryOrPlace', 'entry', 'rank', 'rankFromBottom', 'n', 'total'],
  }),
  isInTop: row({
    fn: lib.isInTop,
    arity: 3,
    valid: topPlace,
    edge: args(bigPlace, bigPlace, bigPlace),
    check: parses(z.boolean()),
    roots: ['entryOrPlace', 'rank', 'n', 'total'],
  }),
  movedUp: row({
    fn: lib.movedUp,
    arity: 2,
    valid: args(rankOrEntry, rankOrEntry),
    edge: args(bigPlace, bigPlace),
    check: parses(z.boolean()),
    roots: ['previousRank', 'currentRank'],
  }),

  // Air quality
  iaqi: row({
    fn: lib.iaqi,
    arity: 3,
    valid: args(pollutant, concentration, editionOptions),
    edge: args(pollutant, huge, editionOptions),
    check: parses(Iaqi),
    roots: ['pollutant', 'concentration', ...optionsRoots],
  }),
  aqi: row({
    fn: lib.aqi,
    arity: 2,
    valid: args(concentrations, editionOptions),
    edge: args(fc.dictionary(pollutant, huge, { minKeys: 1 }), editionOptions),
    check: (r, [c, o]) => {
      parses(S.AqiResult)(r);
      expect((r as S.AqiResult).aqi === lib.aqiValues([c as S.Concentrations], o as S.EditionOptions)[0], 'aqi agrees with aqiValues');
    },
    roots: ['concentrations', ...optionsRoots],
  }),
  aqiValues: row({
    fn: lib.aqiValues,
    arity: 2,
    valid: args(fc.array(concentrations, { maxLength: 20 }), editionOptions),
    check: (r, [records]) => {
      parses(z.array(int(0, 500)))(r);
      expect((r as number[]).length === (records as unknown[]).length, 'one AQI per record');
    },
    roots: ['records', ...optionsRoots],
  }),
  aqiLevel: row({ fn: lib.aqiLevel, arity: 1, valid: args(aqiLike), edge: args(huge), check: parses(S.AqiLevel), roots: ['aqi', 'value'] }),
  isHeavyPollution: row({ fn: lib.isHeavyPollution, arity: 1, valid: args(aqiLike), check: parses(z.boolean()), roots: ['aqi', 'value'] }),
  aqiColumns: row({
    fn: lib.aqiColumns,
    arity: 2,
    // Records made columns: a column per key any record has, NaN where a record has none.
    valid: args(
      fc.array(concentrations, { minLength: 1, maxLength: 12 }).map((rs) => {
        const keys = [...new Set(rs.flatMap((r) => Object.keys(r)))];
        return Object.fromEntries(
          keys.map((k) => [k, Float64Array.from(rs, (r) => (r as Record<string, number | null>)[k] ?? Number.NaN)]),
        );
      }),
      editionOptions,
    ),
    check: (r, [columns, o]) => {
      const { aqi, primary } = r as { aqi: Uint16Array; primary: null };
      expect(aqi instanceof Uint16Array && primary === null, 'a Uint16Array of AQIs, no primary column unasked');
      const cols = Object.entries(columns as Record<string, ArrayLike<unknown> | null | undefined>).filter(
        (e): e is [string, ArrayLike<unknown>] => e[1] !== undefined && e[1] !== null,
      );
      const measured = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
      const records = Array.from(aqi, (_, i) => Object.fromEntries(cols.filter(([, c]) => measured(c[i])).map(([k, c]) => [k, c[i]])));
      expect(
        lib.aqiValues(records as S.Concentrations[], o as S.EditionOptions).every((v, i) => v === aqi[i]),
        'aqiColumns agrees with aqiValues',
      );
    },
    roots: ['columns', ...optionsRoots],
  }),
  heavyPollutionDays: row({
    fn: lib.heavyPollutionDays,
    arity: 1,
    valid: args(fc.array(aqiLike, { minLength: 1, maxLength: 50 })),
    edge: args(fc.array(huge, { minLength: 1, maxLength: 50 })),
    check: parses(S.HeavyPollutionSummary),
    roots: ['dailyAqis'],
  }),
  percentile: row({
    fn: lib.percentile,
    arity: 2,
    valid: args(fc.array(finiteNumber, { minLength: 1, maxLength: 40 }), fc.double({ min: 0, max: 100, noNaN: true })),
    edge: args(
      fc.array(hugeSigned, { minLength: 1, maxLength: 6 }),
      fc.oneof(fc.constantFrom(0, 50, 100), fc.double({ min: 0, max: 100, noNaN: true })),
    ),
    check: (r, [values]) => {
      parses(z.number())(r);
      const xs = values as number[];
      expect((r as number) >= Math.min(...xs) && (r as number) <= Math.max(...xs), 'within the range of the values');
    },
    roots: ['values', 'p'],
  }),
  annualStats: row({
    fn: lib.annualStats,
    arity: 1,
    valid: fc.tuple(fc.array(dailyRecord, { maxLength: 30 }), fullDay, fc.nat()).map(([days, full, at]) => {
      const out = [...days];
      out.splice(at % (days.length + 1), 0, full);
      return [out];
    }),
    edge: fc.tuple(
      fc.array(fc.record({ so2_24h: huge, no2_24h: huge, pm10_24h: huge, pm25_24h: huge, co_24h: huge, o3_8h: huge }), {
        minLength: 1,
        maxLength: 6,
      }),
    ),
    check: parses(S.AnnualStats),
    roots: ['dailyRecords'],
  }),
  compositeIndex: row({
    fn: lib.compositeIndex,
    arity: 2,
    valid: args(statsArb, compositeOptions),
    edge: args(
      fc.record({ so2: huge, no2: huge, pm10: huge, pm25: huge, co: huge, o3: huge }),
      fc.oneof(
        limitsOptions,
        fc.record({
          limits: fc
            .record({ so2: huge, no2: huge, pm10: huge, pm25: huge, co: huge, o3: huge })
            .filter((l) => Object.values(l).every((v) => v > 0)),
          weights: fc.dictionary(fc.constantFrom('so2', 'no2', 'pm10', 'pm25', 'co', 'o3'), huge),
          singleIndexes: fc.boolean(),
        }),
      ),
    ),
    check: (r) => parses(typeof r === 'number' ? z.number().check(z.gte(0)) : S.CompositeIndexDetail)(r),
    roots: ['stats', ...optionsRoots],
  }),
  compositeIndexes: row({
    fn: lib.compositeIndexes,
    arity: 2,
    valid: args(
      fc.array(statsArb, { maxLength: 20 }),
      compositeOptions.map((o) => {
        const { singleIndexes: _, ...rest } = o as Record<string, unknown>;
        return rest;
      }),
    ),
    edge: args(
      fc.array(fc.record({ so2: huge, no2: huge, pm10: huge, pm25: huge, co: huge, o3: huge }), { minLength: 1, maxLength: 6 }),
      limitsOptions,
    ),
    check: (r, [list, o]) => {
      parses(z.array(z.number().check(z.gte(0))))(r);
      const each = (list as S.CompositeStats[]).map((s) => lib.compositeIndex(s, o as S.CompositeOptions));
      expect(JSON.stringify(r) === JSON.stringify(each), 'compositeIndexes agrees with compositeIndex');
    },
    roots: ['statsList', ...optionsRoots],
  }),
  gb3095Limits: row({
    fn: lib.gb3095Limits,
    arity: 1,
    valid: args(limitsOptions),
    check: (r) => expect(Object.values(lib.GB3095_LIMITS).includes(r as never), 'one of GB3095_LIMITS'),
    roots: optionsRoots,
  }),
  pm25Attainment: row({
    fn: lib.pm25Attainment,
    arity: 2,
    valid: args(concentration, limitsOptions),
    edge: args(huge, limitsOptions),
    check: parses(S.Pm25Attainment),
    roots: ['annualMean', ...optionsRoots],
  }),
  resolveEdition: row({ fn: lib.resolveEdition, arity: 1, valid: args(editionOptions), check: parses(S.AirEdition), roots: optionsRoots }),
  roundGbt8170: row({
    fn: lib.roundGbt8170,
    arity: 2,
    valid: fc
      .tuple(finiteNumber, fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }))
      .map(([v, d]) => (d === undefined ? [v] : [v, d])),
    check: parses(z.number()),
    roots: ['value', 'decimals'],
  }),

  // Targets
  getTarget: row({
    fn: lib.getTarget,
    arity: 1,
    valid: args(fc.constantFrom(...TARGETS.map((t) => t.id))),
    check: parses(S.Target),
    roots: ['target'],
  }),
  targetName: row({
    fn: lib.targetName,
    arity: 1,
    nearlyRuns: 3000,
    valid: args(fc.oneof(fc.constantFrom(...TARGETS), fc.constantFrom(...TARGETS.map((t) => t.id)))),
    check: parses(S.Bilingual),
    roots: ['target'],
  }),
  // Targets by id and as objects: a caller's own target object is checked field by field (src/targets/custom.ts),
  // so corrupting any of its fields gives a PlanInputError, never a TypeError or an invalid evaluation.
  evaluateTarget: row({
    fn: lib.evaluateTarget,
    arity: 3,
    nearlyRuns: 4000,
    valid: evaluateArgs(),
    nearly: evaluateArgs(),
    edge: evaluateArgs(true),
    check: parses(S.Evaluation),
    roots: ['target', 'observation', ...optionsRoots],
  }),
  scorecard: row({
    fn: lib.scorecard,
    arity: 2,
    valid: scorecardArgs(),
    edge: scorecardArgs(true),
    check: parses(Scorecard),
    roots: ['observations', ...optionsRoots],
  }),
  targetsFor: row({
    fn: lib.targetsFor,
    arity: 1,
    valid: args(
      fc.record({ city: cityKey, task: fc.integer({ min: 1, max: 38 }), department: departmentKey, dueBy: date }, { requiredKeys: [] }),
    ),
    check: parses(z.array(S.Target)),
    roots: ['filter', 'city', 'task', 'department', 'dueBy'],
  }),
  deadlines: row({
    fn: lib.deadlines,
    arity: 1,
    valid: fc
      .tuple(dateRange, date, fc.boolean(), fc.boolean(), fc.boolean())
      .map(([[from, to], asOf, f, t, a]) => [{ ...(f ? { from } : {}), ...(t ? { to } : {}), ...(a ? { asOf } : {}) }]),
    check: parses(z.array(Deadline)),
    roots: ['range', 'from', 'to', 'asOf'],
  }),

  // Rules
  assess: row({
    fn: lib.assess,
    arity: 2,
    nearlyRuns: 3000,
    valid: args(subject, assessOptions),
    check: parses(z.array(S.Verdict)),
    roots: ['subject', ...optionsRoots],
  }),
  assessAll: row({
    fn: lib.assessAll,
    arity: 2,
    valid: args(fc.array(subject, { maxLength: 4 }), assessOptions),
    check: parses(AssessAllResult),
    // A refused row's issues echo the value received, as a PlanInputError's do (NaN among them).
    passthrough: (path) => /^\$\.results\.\d+\.issues\.\d+\.value/.test(path),
    roots: ['subjects', ...optionsRoots],
  }),
  validateSubject: row({
    fn: lib.validateSubject,
    arity: 1,
    valid: args(subject),
    check: (r, [value]) => {
      expect(isDeepStrictEqual(JSON.parse(JSON.stringify(r)), JSON.parse(JSON.stringify(value))), 'returns a copy of its argument');
      parses(S.Subject)(r);
    },
    roots: ['subject'],
  }),
  getRule: row({
    fn: lib.getRule,
    arity: 1,
    valid: args(fc.constantFrom(...lib.RULES.map((r) => r.id))),
    check: parses(S.Rule),
    roots: ['id'],
  }),
  getThreshold: row({
    fn: lib.getThreshold,
    arity: 1,
    valid: args(fc.constantFrom(...lib.THRESHOLDS.map((t) => t.id))),
    check: parses(S.Threshold),
    roots: ['id'],
  }),
  rulesFor: row({
    fn: lib.rulesFor,
    arity: 1,
    valid: args(
      fc.constantFrom(...S.SubjectKind.options.filter((k) => lib.RULES.some((r) => (r.appliesTo as readonly string[]).includes(k)))),
    ),
    check: parses(z.array(S.Rule).check(z.minLength(1))),
    roots: ['kind'],
  }),

  // shanxi-air-plan/source
  findQuote: row({
    fn: source.findQuote,
    arity: 1,
    valid: paragraphSpan.map((c) => [c.quote]),
    check: parses(z.array(QuoteLocation)),
    validCheck: (r) => expect((r as unknown[]).length > 0, 'a span of the text is found'),
    roots: ['quote'],
  }),
  textOf: row({
    fn: source.textOf,
    arity: 1,
    valid: args(fc.constantFrom(...source.CLAUSE_IDS)),
    check: parses(z.string().check(z.minLength(1))),
    roots: ['clause'],
  }),
  verifyCitation: row({
    fn: source.verifyCitation,
    arity: 1,
    valid: args(paragraphSpan),
    check: parses(z.boolean()),
    validCheck: (r) => expect(r === true, 'a span of its own clause verifies'),
    roots: ['citation', 'clause', 'quote'],
  }),
};

/** The public functions of the two entries, by name (PlanInputError is a class, not a function of the API). */
export function publicFunctions(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [entry, mod] of [
    ['shanxi-air-plan', lib],
    ['shanxi-air-plan/source', source],
  ] as const) {
    for (const [name, v] of Object.entries(mod)) {
      if (typeof v !== 'function' || v === lib.PlanInputError) continue;
      if (name in out && out[name] !== v) throw new Error(`${name} is exported twice with different values (${entry})`);
      out[name] = v;
    }
  }
  return out;
}
