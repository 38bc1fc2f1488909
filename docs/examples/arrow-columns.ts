/**
 * A columnar batch: daily station records in an Apache Arrow table (as DuckDB, Polars, pandas or a Parquet
 * file hand them over), rated column by column with `aqiColumns`, the primary pollutants decoded from their
 * bitmask. No object per record is built on the way.
 *
 * ⚠ EXAMPLE DATA: the four stations' concentrations are made up.
 *
 * Run: npx tsx docs/examples/arrow-columns.ts
 */
import { Float64, Table, Uint16, vectorFromArray } from 'apache-arrow';
import { aqiColumns, type AqiColumn, type ConcentrationKey, PRIMARY_POLLUTANT_BITS } from 'shanxi-air-plan';

// Four stations, one day (24 h means, µg/m³; O3 the daily maximum 8 h mean) — EXAMPLE DATA. Station C's
// PM2.5 monitor was down: a null in the Arrow column, "not measured" for the AQI.
const table = new Table({
  station: vectorFromArray(['A', 'B', 'C', 'D']),
  pm25: vectorFromArray([80, 35, null, 150], new Float64()),
  pm10: vectorFromArray([120, 50, 200, 250], new Float64()),
  o3_8h: vectorFromArray([90, 100, 60, 30], new Float64()),
  no2: vectorFromArray([40, 20, 35, 60], new Uint16()),
});

/** A column of the table as aqiColumns takes it: its typed array, or (with nulls) an array with null for each gap. */
function column(name: 'pm25' | 'pm10' | 'o3_8h' | 'no2'): AqiColumn {
  const v = table.getChild(name)!;
  return v.nullCount === 0 ? (v.toArray() as AqiColumn) : (Array.from(v) as (number | null)[]);
}

const r = aqiColumns(
  { pm25_24h: column('pm25'), pm10_24h: column('pm10'), o3_8h: column('o3_8h'), no2_24h: column('no2') },
  { date: '2025-01-15', primary: true },
);

/** The indicators a primary-pollutant mask names. */
const names = (mask: number) =>
  (Object.keys(PRIMARY_POLLUTANT_BITS) as ConcentrationKey[]).filter((k) => mask & PRIMARY_POLLUTANT_BITS[k]).join(', ') || '—';

console.log('AQI of an Arrow table, HJ 633-2012 daily report (EXAMPLE DATA)');
const stations = table.getChild('station')!;
for (let i = 0; i < table.numRows; i++) {
  console.log(`  station ${stations.get(i)}: AQI ${r.aqi[i]} · 首要污染物 primary: ${names(r.primary![i]!)}`);
}
console.log(`${r.aqi.length} records → ${r.aqi.constructor.name}`);
