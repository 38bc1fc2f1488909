/**
 * The columns of HJ 633 Table 1 in the table's order: the pollutants (with their averaging period) the
 * library computes an IAQI for, and the order of `primaryPollutants`, `exceedingPollutants` and
 * `beyondScale`. Internal and never written; not frozen because the hot path reads it (see tables.ts).
 * @internal
 */
export const POLLUTANTS = ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'pm10_24h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm25_24h'] as const;

/**
 * The keys a record of concentrations may hold: the columns of Table 1 and, for HJ 633-2026's hourly report
 * (4.2.3), the 1-hour means of PM10 and PM2.5, which take the daily (24 h) breakpoints. In the order of
 * `iaqis`, `primaryPollutants`, `exceedingPollutants` and `beyondScale`.
 * @internal
 */
export const CONCENTRATION_KEYS = [
  'so2_24h',
  'so2_1h',
  'no2_24h',
  'no2_1h',
  'pm10_24h',
  'pm10_1h',
  'co_24h',
  'co_1h',
  'o3_1h',
  'o3_8h',
  'pm25_24h',
  'pm25_1h',
] as const;
