import { describe, expect, it } from 'vitest';
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

  it('marks HJ 633-2026 unverified and says what could not be checked', () => {
    expect(HJ633_EDITIONS['2026'].verified).toBe(false);
    expect(HJ633_EDITIONS['2026'].unverified.map((u) => u.item)).toEqual(expect.arrayContaining(['breakpoints', 'footnotes', 'rounding']));
    expect(HJ633_EDITIONS['2012'].verified).toBe(true);
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

  it('keys GB3095_LIMITS by its own ids, GB 3095-2026 unverified', () => {
    for (const [id, set] of Object.entries(GB3095_LIMITS)) {
      expect(set.id).toBe(id);
      expect(Gb3095LimitsId.safeParse(id).success).toBe(true);
      expect(set.verified).toBe(set.standard === 'GB 3095-2012');
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
