import * as z from 'zod/mini';
import { CONCENTRATION_KEYS, POLLUTANTS } from '../air/pollutants.js';
import { IsoDate } from './ids.js';
import { Bilingual } from './text.js';

// The schemas of the air-quality and ranking functions' inputs and results (src/air, src/ranking).
// The functions themselves validate with hand-written checks (so that `iaqi` stays small and fast);
// these schemas are for callers and tests that want to validate or describe the same shapes.

/** A calendar day from 2016-01-01, when the 2012 editions apply nationwide (the functions refuse earlier days). */
const isoDate = /* @__PURE__ */ IsoDate.check(/* @__PURE__ */ z.refine((d) => d >= '2016-01-01', 'a date from 2016-01-01'));
const concentration = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * A pollutant and its averaging period, as the columns of HJ 633 Table 1 name them.
 * Concentrations are in µg/m³, CO in mg/m³.
 * @category Schemas
 */
export const Pollutant = /* @__PURE__ */ z.enum(POLLUTANTS);
/** @category Schemas */
export type Pollutant = z.infer<typeof Pollutant>;

/**
 * An edition of HJ 633 (the AQI technical rule): `'2012'` (HJ 633-2012, in force 2016-01-01 to
 * 2026-02-28) or `'2026'` (HJ 633-2026, in force from 2026-03-01).
 * @category Schemas
 */
export const AirEdition = /* @__PURE__ */ z.enum(['2012', '2026']);
/** @category Schemas */
export type AirEdition = z.infer<typeof AirEdition>;

/**
 * Which HJ 633 edition to apply: named (`{ edition }`) or picked by the day the data is for
 * (`{ date }`, an ISO calendar date, Beijing time). One of the two is required: there is no default.
 * @category Schemas
 */
export const EditionOptions = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.strictObject({ edition: AirEdition }),
  /* @__PURE__ */ z.strictObject({ date: isoDate }),
]);
/** @category Schemas */
export type EditionOptions = z.infer<typeof EditionOptions>;

/**
 * The report an AQI is for (HJ 633): `'daily'` (日报: HJ 633-2026 4.2.2, six indicators, no O3 1 h; HJ
 * 633-2012 seven, with O3 1 h) or `'hourly'` (实时报: HJ 633-2026 4.2.3, the 1-hour means of SO2, NO2, CO,
 * O3, PM10 and PM2.5; HJ 633-2012 the 1-hour values with O3 8 h and the PM10 / PM2.5 24 h moving means).
 * @category Schemas
 */
export const AqiReport = /* @__PURE__ */ z.enum(['daily', 'hourly']);
/** @category Schemas */
export type AqiReport = z.infer<typeof AqiReport>;

/**
 * The options of `aqi` and `aqiValues`: the edition (`{ edition }` or `{ date }`, as `EditionOptions`) and,
 * optionally, the report the AQI is for (`report`), which refuses an indicator outside that report.
 * @category Schemas
 */
export const AqiOptions = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.strictObject({ edition: AirEdition, report: /* @__PURE__ */ z.optional(AqiReport) }),
  /* @__PURE__ */ z.strictObject({ date: isoDate, report: /* @__PURE__ */ z.optional(AqiReport) }),
]);
/** @category Schemas */
export type AqiOptions = z.infer<typeof AqiOptions>;

/**
 * A key of a record of concentrations: a column of HJ 633 Table 1 (`Pollutant`), or the 1-hour mean of
 * PM10 or PM2.5 (`'pm10_1h'`, `'pm25_1h'`), which only an hourly report under HJ 633-2026 takes (4.2.3).
 * @category Schemas
 */
export const ConcentrationKey = /* @__PURE__ */ z.enum(CONCENTRATION_KEYS);
/** @category Schemas */
export type ConcentrationKey = z.infer<typeof ConcentrationKey>;

/**
 * Concentrations by pollutant (µg/m³; CO mg/m³). Give the ones you have; `null` or a missing key means
 * "not measured". Daily reports use the 24 h values with O3's 1 h and daily maximum 8 h values.
 * @category Schemas
 */
export const Concentrations = /* @__PURE__ */ z.partialRecord(ConcentrationKey, /* @__PURE__ */ z.nullable(concentration));
/** @category Schemas */
export type Concentrations = z.infer<typeof Concentrations>;

/**
 * An AQI category (类别) such as 优 / Excellent.
 * @category Schemas
 */
export const AqiCategory = /* @__PURE__ */ z.readonly(Bilingual);
/** @category Schemas */
export type AqiCategory = z.infer<typeof AqiCategory>;

/**
 * The colour an AQI level is shown in: its name, RGB and CMYK values (HJ 633; the
 * CMYK values are unverified).
 * @category Schemas
 */
export const AqiColour = /* @__PURE__ */ z.readonly(
  /* @__PURE__ */ z.object({
    name: /* @__PURE__ */ z.readonly(Bilingual),
    rgb: /* @__PURE__ */ z.readonly(
      /* @__PURE__ */ z.tuple([/* @__PURE__ */ z.number(), /* @__PURE__ */ z.number(), /* @__PURE__ */ z.number()]),
    ),
    cmyk: /* @__PURE__ */ z.readonly(
      /* @__PURE__ */ z.tuple([
        /* @__PURE__ */ z.number(),
        /* @__PURE__ */ z.number(),
        /* @__PURE__ */ z.number(),
        /* @__PURE__ */ z.number(),
      ]),
    ),
  }),
);
/** @category Schemas */
export type AqiColour = z.infer<typeof AqiColour>;

/**
 * One of the six AQI levels (一级 … 六级) with its AQI range, category and colour.
 * @category Schemas
 */
export const AqiLevel = /* @__PURE__ */ z.readonly(
  /* @__PURE__ */ z.object({
    level: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(6)),
    /** Lowest AQI of the level. */
    min: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
    /** Highest AQI of the level (500 for 六级: the scale's top). */
    max: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.lte(500)),
    name: /* @__PURE__ */ z.readonly(Bilingual),
    category: AqiCategory,
    colour: AqiColour,
  }),
);
/** @category Schemas */
export type AqiLevel = z.infer<typeof AqiLevel>;

/**
 * The result of `aqi`: the AQI, each pollutant's IAQI, the level with its category and colour, the
 * primary and exceeding pollutants, the pollutants beyond the table's top, and the edition applied.
 * An IAQI is `null` where HJ 633-2012 computes none (SO2 1 h or O3 8 h above 800 µg/m³).
 * @category Schemas
 */
export const AqiResult = /* @__PURE__ */ z.object({
  aqi: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(500)),
  iaqis: /* @__PURE__ */ z.partialRecord(
    ConcentrationKey,
    /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(500)),
    ),
  ),
  level: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(6)),
  category: AqiCategory,
  colour: AqiColour,
  primaryPollutants: /* @__PURE__ */ z.array(ConcentrationKey),
  /** `null` under HJ 633-2026, which no longer defines 超标污染物. */
  exceedingPollutants: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(ConcentrationKey)),
  beyondScale: /* @__PURE__ */ z.array(ConcentrationKey),
  edition: AirEdition,
});
/** @category Schemas */
export type AqiResult = z.infer<typeof AqiResult>;

/**
 * How many days of a series were heavily polluted (AQI > 200) and their share of the days.
 * @category Schemas
 */
export const HeavyPollutionSummary = /* @__PURE__ */ z.object({
  days: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  heavyDays: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
  /** `heavyDays / days`, from 0 to 1 (0.01 is the national 2025 ceiling of 1%). */
  ratio: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1)),
});
/** @category Schemas */
export type HeavyPollutionSummary = z.infer<typeof HeavyPollutionSummary>;

/**
 * The six statistics of the composite index: period means of SO2, NO2, PM10 and PM2.5 (µg/m³), the
 * 95th percentile of daily mean CO (mg/m³) and the 90th percentile of daily maximum 8 h O3 (µg/m³).
 * @category Schemas
 */
export const CompositeStats = /* @__PURE__ */ z.object({
  so2: concentration,
  no2: concentration,
  pm10: concentration,
  pm25: concentration,
  co: concentration,
  o3: concentration,
});
/** @category Schemas */
export type CompositeStats = z.infer<typeof CompositeStats>;

/**
 * A value per composite-index pollutant, all six optional (used for weights).
 * @category Schemas
 */
export const CompositeWeights = /* @__PURE__ */ z.partialRecord(
  /* @__PURE__ */ z.enum(['so2', 'no2', 'pm10', 'pm25', 'co', 'o3']),
  /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
);
/** @category Schemas */
export type CompositeWeights = z.infer<typeof CompositeWeights>;

/**
 * The limits Sᵢ that divide each statistic in the composite index (µg/m³; CO mg/m³).
 * @category Schemas
 */
export const CompositeLimits = /* @__PURE__ */ z.strictObject({
  so2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  no2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  pm10: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  pm25: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  co: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  o3: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
});
/** @category Schemas */
export type CompositeLimits = z.infer<typeof CompositeLimits>;

/**
 * A phase of GB 3095-2026: `'transition'` (2026-03-01 to 2030-12-31) or `'final'` (from 2031-01-01).
 * @category Schemas
 */
export const Gb3095Phase = /* @__PURE__ */ z.enum(['transition', 'final']);
/** @category Schemas */
export type Gb3095Phase = z.infer<typeof Gb3095Phase>;

/** A calendar year from 2016 (the functions refuse earlier years). */
const Year = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(2016), /* @__PURE__ */ z.lte(9999));

/**
 * Which GB 3095 limits apply: an edition (with the phase for 2026), a day (`{ date }`), or a calendar
 * year (`{ year }`: the limits in force on 31 December of that year).
 * @category Schemas
 */
export const LimitsOptions = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.strictObject({ edition: /* @__PURE__ */ z.literal('2012') }),
  /* @__PURE__ */ z.strictObject({ edition: /* @__PURE__ */ z.literal('2026'), phase: Gb3095Phase }),
  /* @__PURE__ */ z.strictObject({ date: isoDate }),
  /* @__PURE__ */ z.strictObject({
    year: Year,
  }),
]);
/** @category Schemas */
export type LimitsOptions = z.infer<typeof LimitsOptions>;

/**
 * The id of a set of GB 3095 grade II limits: `'2012'`, `'2026-transition'` or `'2026-final'`.
 * @category Schemas
 */
export const Gb3095LimitsId = /* @__PURE__ */ z.enum(['2012', '2026-transition', '2026-final']);
/** @category Schemas */
export type Gb3095LimitsId = z.infer<typeof Gb3095LimitsId>;

/**
 * The options of `compositeIndex`: the GB 3095 limits to divide by (`LimitsOptions`) or your own
 * `limits`; optional `weights` (default 1 each); `singleIndexes: true` to get each Iᵢ too.
 * @category Schemas
 */
export const CompositeOptions = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.strictObject({
    edition: /* @__PURE__ */ z.literal('2012'),
    weights: /* @__PURE__ */ z.optional(CompositeWeights),
    singleIndexes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
  /* @__PURE__ */ z.strictObject({
    edition: /* @__PURE__ */ z.literal('2026'),
    phase: Gb3095Phase,
    weights: /* @__PURE__ */ z.optional(CompositeWeights),
    singleIndexes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
  /* @__PURE__ */ z.strictObject({
    date: isoDate,
    weights: /* @__PURE__ */ z.optional(CompositeWeights),
    singleIndexes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
  /* @__PURE__ */ z.strictObject({
    year: Year,
    weights: /* @__PURE__ */ z.optional(CompositeWeights),
    singleIndexes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
  /* @__PURE__ */ z.strictObject({
    limits: CompositeLimits,
    weights: /* @__PURE__ */ z.optional(CompositeWeights),
    singleIndexes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
]);
/** @category Schemas */
export type CompositeOptions = z.infer<typeof CompositeOptions>;

/**
 * The composite index with its single indexes Iᵢ = Cᵢ / Sᵢ, the limits and the weights applied.
 * @category Schemas
 */
export const CompositeIndexDetail = /* @__PURE__ */ z.object({
  compositeIndex: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  singleIndexes: CompositeStats,
  limits: CompositeLimits,
  /** The weight applied to each single index (1 unless given). */
  weights: /* @__PURE__ */ z.object({
    so2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    no2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    pm10: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    pm25: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    co: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
    o3: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  }),
  /** The GB 3095 limits used, or `null` for limits passed by the caller. */
  limitsId: /* @__PURE__ */ z.nullable(Gb3095LimitsId),
  /** `false` when a weight other than 1 was applied (the weighted index is unverified). */
  verified: /* @__PURE__ */ z.boolean(),
});
/** @category Schemas */
export type CompositeIndexDetail = z.infer<typeof CompositeIndexDetail>;

/**
 * One day's concentrations for `annualStats`: the 24 h means and the daily maximum 8 h O3 (µg/m³; CO
 * mg/m³). `null` or a missing key marks a day without a valid value for that pollutant.
 * @category Schemas
 */
export const DailyRecord = /* @__PURE__ */ z.object({
  so2_24h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
  no2_24h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
  pm10_24h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
  pm25_24h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
  co_24h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
  o3_8h: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(concentration)),
});
/** @category Schemas */
export type DailyRecord = z.infer<typeof DailyRecord>;

/**
 * The composite-index statistics of a period, with the number of valid days behind each.
 * @category Schemas
 */
export const AnnualStats = /* @__PURE__ */ z.extend(CompositeStats, {
  days: /* @__PURE__ */ z.object({
    so2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    no2: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    pm10: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    pm25: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    co: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
    o3: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  }),
});
/** @category Schemas */
export type AnnualStats = z.infer<typeof AnnualStats>;

/**
 * The verdict of `pm25Attainment`: whether the annual mean is at or under the limit, with the numbers.
 * @category Schemas
 */
export const Pm25Attainment = /* @__PURE__ */ z.object({
  attains: /* @__PURE__ */ z.boolean(),
  annualMean: concentration,
  limit: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  limitsId: Gb3095LimitsId,
  standard: /* @__PURE__ */ z.enum(['GB 3095-2012', 'GB 3095-2026']),
  /** `false` for the GB 3095-2026 limits (read from images of the PDF). */
  verified: /* @__PURE__ */ z.boolean(),
});
/** @category Schemas */
export type Pm25Attainment = z.infer<typeof Pm25Attainment>;

/**
 * A city (or county) to rank, by its composite index (smaller is better).
 * @category Schemas
 */
export const RankEntry = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  compositeIndex: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
});
/** @category Schemas */
export type RankEntry = z.infer<typeof RankEntry>;

/**
 * A ranked entry: `rank` is the place from the top (1 = best, 1 + the number strictly better),
 * `rankFromBottom` the place from the bottom (倒数第k名: 1 + the number strictly worse).
 * @category Schemas
 */
export const RankedEntry = /* @__PURE__ */ z.extend(RankEntry, {
  rank: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  rankFromBottom: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
});
/** @category Schemas */
export type RankedEntry = z.infer<typeof RankedEntry>;

/** An object with one property per pollutant column (a record that JSON Schema can state exactly). */
function everyPollutant<T extends z.core.SomeType>(value: T) {
  const shape = {} as { [P in Pollutant]: T };
  for (const p of POLLUTANTS) shape[p] = value;
  return z.object(shape);
}

const IsoDay = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{4}-\d{2}-\d{2}$/));
const InForce = /* @__PURE__ */ z.object({ from: IsoDay, to: /* @__PURE__ */ z.nullable(IsoDay) });

/**
 * One edition of HJ 633 as `HJ633_EDITIONS` describes it: the days it is in force and what of the library's
 * reading of it could not be checked against the standard's text.
 * @category Schemas
 */
export const Hj633Edition = /* @__PURE__ */ z.object({
  edition: AirEdition,
  standard: /* @__PURE__ */ z.string(),
  inForce: InForce,
  verified: /* @__PURE__ */ z.boolean(),
  /** How the values were checked against the standard's text, and when (present where `verified` is `true`). */
  basis: /* @__PURE__ */ z.optional(Bilingual),
  unverified: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ item: /* @__PURE__ */ z.string(), note: Bilingual })),
});
/** @category Schemas */
export type Hj633Edition = z.infer<typeof Hj633Edition>;

/**
 * One set of GB 3095 grade II limits as `GB3095_LIMITS` holds it (µg/m³; CO mg/m³).
 * @category Schemas
 */
export const Gb3095LimitSetSchema = /* @__PURE__ */ z.object({
  id: Gb3095LimitsId,
  standard: /* @__PURE__ */ z.string(),
  phase: /* @__PURE__ */ z.nullable(Gb3095Phase),
  inForce: InForce,
  verified: /* @__PURE__ */ z.boolean(),
  /** How the limits were checked against the standard's text, and when. */
  basis: /* @__PURE__ */ z.optional(Bilingual),
  limits: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.positive())),
});

/**
 * HJ 633 Table 1 by edition and column, as `IAQI_BREAKPOINTS` holds it: each column's concentrations
 * at the IAQI levels of `IAQI_LEVELS`, ascending.
 * @category Schemas
 */
export const IaqiBreakpoints = /* @__PURE__ */ z.object({
  '2012': /* @__PURE__ */ everyPollutant(/* @__PURE__ */ z.array(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)))),
  '2026': /* @__PURE__ */ everyPollutant(/* @__PURE__ */ z.array(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)))),
});
/** @category Schemas */
export type IaqiBreakpoints = z.infer<typeof IaqiBreakpoints>;
