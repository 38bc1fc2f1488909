/** The explorer's AQI call (docs/explorer/state.ts): the options it hands the library, the report among them. */
import { describe, expect, it } from 'vitest';
import { aqiCall } from '../../docs/explorer/state.js';
import { aqi } from '../../src/index.js';

describe('aqiCall', () => {
  it('passes the date, and the report when the state names one', () => {
    expect(aqiCall({ pm25_24h: 80, date: '2025-01-15' })).toEqual({ concentrations: { pm25_24h: 80 }, options: { date: '2025-01-15' } });
    expect(aqiCall({ pm25_1h: 54, pm10_1h: 79, date: '2022-01-04', report: 'hourly' })).toEqual({
      concentrations: { pm25_1h: 54, pm10_1h: 79 },
      options: { date: '2022-01-04', report: 'hourly' },
    });
  });

  it('rates a published station-hour as the platform did: PM2.5 1 h 54 → AQI 74, primary pm25_1h', () => {
    const { concentrations, options } = aqiCall({ pm25_1h: 54, pm10_1h: 79, o3_1h: 43, date: '2022-01-04', report: 'hourly' });
    const r = aqi(concentrations as never, options as never);
    expect(r.aqi).toBe(74);
    expect(r.primaryPollutants).toEqual(['pm25_1h']);
  });
});
