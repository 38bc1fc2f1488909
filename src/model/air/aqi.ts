import * as z from 'zod/mini';
import { CONCENTRATION_KEYS, POLLUTANTS } from '../../air/pollutants.js';
import { Bilingual } from '../text.js';
import { concentration, isoDate } from './shared.js';

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
