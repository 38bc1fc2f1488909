import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aqi, aqiValues, iaqi } from '../../src/index.js';
import { inputError } from '../errors.js';

const _root = fileURLToPath(new URL('../..', import.meta.url));
const _STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

describe('Infinity is no concentration, whichever path reads it', () => {
  it('is refused by aqi under HJ 633-2026 (O3 8 h and SO2 1 h would count 300 and 200)', () => {
    expect(inputError(() => aqi({ o3_8h: Infinity }, { edition: '2026' })).field).toBe('concentrations.o3_8h');
    expect(inputError(() => aqi({ so2_1h: Infinity }, { date: '2026-06-01' })).field).toBe('concentrations.so2_1h');
  });
  it('is refused by aqiValues, small batches and tabulated ones alike', () => {
    expect(inputError(() => aqiValues([{ o3_8h: Infinity }], { edition: '2026' })).field).toBe('records[0].o3_8h');
    const many = Array.from({ length: 3000 }, () => ({ pm25_24h: 30 }) as Record<string, number>);
    many[2999] = { so2_1h: Infinity };
    expect(inputError(() => aqiValues(many, { edition: '2026' })).field).toBe('records[2999].so2_1h');
  });
  it('is refused by iaqi and by the 2012 edition, as before', () => {
    expect(inputError(() => iaqi('o3_8h', Infinity, { edition: '2026' })).field).toBe('concentration');
    expect(inputError(() => aqi({ o3_8h: Infinity }, { edition: '2012' })).field).toBe('concentrations.o3_8h');
  });
});
