import { describe, expect, it } from 'vitest';
import { GB3095_GRADE_II } from './standards.js';
import { AQI_LEVELS, GB3095_LIMITS, HJ633_EDITIONS, IAQI_BREAKPOINTS, IAQI_LEVELS } from '../../src/index.js';
import { AqiLevel, Gb3095LimitsId } from '../../src/entries/schemas.js';

const isDeepFrozen = (v: unknown): boolean =>
  v === null || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(isDeepFrozen));

describe('air-quality data', () => {
  it('exports every table deep-frozen', () => {
    for (const table of [IAQI_LEVELS, IAQI_BREAKPOINTS, HJ633_EDITIONS, AQI_LEVELS, GB3095_LIMITS]) {
      expect(isDeepFrozen(table)).toBe(true);
    }
  });

  it('marks HJ 633-2026 verified against its text (standards §3: Table 3 cell for cell), with the basis, all but the CMYK values', () => {
    expect(HJ633_EDITIONS['2026'].verified).toBe(true);
    expect(HJ633_EDITIONS['2026'].basis.en).toContain('2026-11-30');
    expect(HJ633_EDITIONS['2026'].unverified.map((u) => u.item)).toEqual(['colour.cmyk']);
    expect(HJ633_EDITIONS['2012'].verified).toBe(true);
  });

  it('holds HJ 633-2026 Table 3 as the standard gives it (standards §3), cell for cell', () => {
    const b = IAQI_BREAKPOINTS['2026'];
    expect(b.so2_24h).toEqual([0, 50, 150, 475, 800, 1600, 2100, 2620]);
    expect(b.so2_1h).toEqual([0, 150, 500, 650, 800]);
    expect(b.no2_24h).toEqual([0, 40, 80, 180, 280, 565, 750, 940]);
    expect(b.no2_1h).toEqual([0, 100, 200, 700, 1200, 2340, 3090, 3840]);
    expect(b.co_24h).toEqual([0, 2, 4, 14, 24, 36, 48, 60]);
    expect(b.co_1h).toEqual([0, 5, 10, 35, 60, 90, 120, 150]);
    expect(b.o3_8h).toEqual([0, 100, 160, 215, 265, 800]);
    expect(b.o3_1h).toEqual([0, 160, 200, 300, 400, 800, 1000, 1200]);
    expect(b.pm10_24h).toEqual([0, 50, 120, 250, 350, 420, 500, 600]);
    expect(b.pm25_24h).toEqual([0, 35, 60, 115, 150, 250, 350, 500]);
  });

  it('holds GB 3095-2026 Table 1 grade II limits as the standard gives them (transition → final), verified with the basis', () => {
    expect(GB3095_LIMITS['2026-transition'].limits).toEqual(GB3095_GRADE_II['2026-transition']);
    expect(GB3095_LIMITS['2026-final'].limits).toEqual(GB3095_GRADE_II['2026-final']);
    for (const id of ['2026-transition', '2026-final'] as const) {
      expect(GB3095_LIMITS[id].verified).toBe(true);
      expect(GB3095_LIMITS[id].basis.zh).toContain('GB 3095-2026');
      expect(GB3095_LIMITS[id].basis.en).toContain("against GB 3095-2026's published PDF");
    }
  });

  it('dates the editions: HJ 633-2012 2016-01-01 to 2026-02-28, HJ 633-2026 from 2026-03-01', () => {
    expect(HJ633_EDITIONS['2012'].inForce).toEqual({ from: '2016-01-01', to: '2026-02-28' });
    expect(HJ633_EDITIONS['2026'].inForce).toEqual({ from: '2026-03-01', to: null });
  });

  it('flags the CMYK colour values as unverified in both editions', () => {
    for (const e of ['2012', '2026'] as const) {
      expect(HJ633_EDITIONS[e].unverified.map((u) => u.item)).toContain('colour.cmyk');
    }
  });

  it('has six contiguous AQI levels from 0 to 500 that their schema accepts', () => {
    expect(AQI_LEVELS.map((l) => [l.min, l.max])).toEqual([
      [0, 50],
      [51, 100],
      [101, 150],
      [151, 200],
      [201, 300],
      [301, 500],
    ]);
    for (const level of AQI_LEVELS) expect(AqiLevel.safeParse(level).success).toBe(true);
  });

  it('keys GB3095_LIMITS by its own ids, every set verified', () => {
    for (const [id, set] of Object.entries(GB3095_LIMITS)) {
      expect(set.id).toBe(id);
      expect(Gb3095LimitsId.safeParse(id).success).toBe(true);
      expect(set.verified).toBe(true);
    }
  });

  it('keeps every breakpoint column strictly increasing from 0', () => {
    for (const edition of ['2012', '2026'] as const) {
      for (const column of Object.values(IAQI_BREAKPOINTS[edition])) {
        expect(column[0]).toBe(0);
        for (let i = 1; i < column.length; i++) expect(column[i]!).toBeGreaterThan(column[i - 1]!);
      }
    }
  });
});
