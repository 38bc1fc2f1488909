import { describe, expect, it } from 'vitest';
import { annualStats, rankCities } from '../../src/index.js';
import {
  AnnualStats,
  CompositeOptions,
  Concentrations,
  DailyRecord,
  EditionOptions,
  LimitsOptions,
  Pollutant,
  RankedEntry,
  RankEntry,
} from '../../src/entries/schemas.js';

describe('air and ranking schemas (zod/mini)', () => {
  it('accepts { edition } or { date } and nothing else as edition options', () => {
    expect(EditionOptions.safeParse({ edition: '2012' }).success).toBe(true);
    expect(EditionOptions.safeParse({ date: '2026-03-01' }).success).toBe(true);
    expect(EditionOptions.safeParse({}).success).toBe(false);
    expect(EditionOptions.safeParse({ edition: '2020' }).success).toBe(false);
  });

  it('accepts the ten pollutants of Table 1 and rejects others', () => {
    expect(Pollutant.options).toHaveLength(10);
    expect(Pollutant.safeParse('pm2.5').success).toBe(false);
  });

  it('accepts concentrations with nulls and rejects negative or infinite ones', () => {
    expect(Concentrations.safeParse({ pm25_24h: 35, o3_8h: null }).success).toBe(true);
    expect(Concentrations.safeParse({ pm25_24h: -1 }).success).toBe(false);
    expect(Concentrations.safeParse({ pm25_24h: Infinity }).success).toBe(false);
  });

  it('accepts the four ways to name GB 3095 limits, and 2026 only with a phase', () => {
    for (const o of [{ edition: '2012' }, { edition: '2026', phase: 'final' }, { date: '2027-01-01' }, { year: 2027 }]) {
      expect(LimitsOptions.safeParse(o).success).toBe(true);
    }
    expect(LimitsOptions.safeParse({ edition: '2026' }).success).toBe(false);
  });

  it('accepts composite options with limits, weights and singleIndexes', () => {
    expect(CompositeOptions.safeParse({ edition: '2012', weights: { pm25: 3 }, singleIndexes: true }).success).toBe(true);
    expect(CompositeOptions.safeParse({ limits: { so2: 60, no2: 40, pm10: 70, pm25: 35, co: 4, o3: 160 } }).success).toBe(true);
    expect(CompositeOptions.safeParse({ weights: { pm25: 3 } }).success).toBe(false);
  });

  it('describes the inputs and results of annualStats and rankCities', () => {
    const day = { so2_24h: 10, no2_24h: 30, pm10_24h: 60, pm25_24h: 30, co_24h: 0.8, o3_8h: 120 };
    expect(DailyRecord.safeParse(day).success).toBe(true);
    expect(AnnualStats.safeParse(annualStats([day])).success).toBe(true);
    const entries = [{ id: 'taiyuan', compositeIndex: 5.1 }];
    expect(RankEntry.safeParse(entries[0]).success).toBe(true);
    expect(RankedEntry.safeParse(rankCities(entries)[0]).success).toBe(true);
  });
});
