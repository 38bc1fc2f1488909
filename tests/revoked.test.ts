import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aqi, assess, getCity, PlanInputError, rankCities, scorecard, targetsFor } from '../src/index.js';
import { describe as describeValue } from '../src/errors.js';
import { inputError, revoked } from './errors.js';

const _root = fileURLToPath(new URL('..', import.meta.url));
const _STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

describe('a revoked Proxy', () => {
  it('is described, not thrown on, by the message helper', () => {
    expect(describeValue(revoked())).toBe('a revoked Proxy');
  });
  it('gets a PlanInputError from every kind of function', () => {
    const p = revoked();
    for (const f of [
      () => getCity(p as never),
      () => aqi(p as never, { edition: '2012' }),
      () => aqi({ pm25_24h: 1 }, p as never),
      () => targetsFor(p as never),
      () => rankCities([p] as never),
      () => assess(p as never),
      () => scorecard(p as never, { asOf: '2026-01-01' }),
    ]) {
      expect(inputError(f)).toBeInstanceOf(PlanInputError);
    }
  });
});
