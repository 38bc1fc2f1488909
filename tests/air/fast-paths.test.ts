/**
 * The fast paths of aqi, aqiValues and aqiColumns (src/air/batch.ts, column-pass.ts): the tables of whole
 * concentrations, built once and kept, give the same answers as the arithmetic, before and after they exist;
 * and values the tables cannot hold (CO too large for 32 bits once scaled to tenths) are left to the arithmetic.
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { aqi, aqiColumns, aqiValues, type Concentrations, iaqi } from '../../src/index.js';
import { expectCode } from '../errors.js';

const EDITIONS = ['2012', '2026'] as const;

describe('CO far beyond the top of its column (too large for 32 bits in tenths)', () => {
  // CO 24 h tops Table 1 at 60 mg/m³: anything above is beyond scale, IAQI 500, however large.
  const HUGE = [214748364.8, 429496729.6, 429496729.7, 1e10, 2 ** 53];
  it.each(EDITIONS)('is 500 and beyond scale in aqi, aqiValues and aqiColumns (%s edition)', (edition) => {
    for (const co of HUGE) {
      const r = aqi({ co_24h: co, pm25_24h: 35 }, { edition });
      expect([r.aqi, r.beyondScale]).toEqual([500, ['co_24h']]);
      expect(aqi({ co_1h: co }, { edition }).aqi).toBe(500);
      // A batch large enough for the tables, the huge value in the middle.
      const records: Concentrations[] = Array.from({ length: 3000 }, () => ({ co_24h: 1.2, pm25_24h: 35 }));
      records[1500] = { co_24h: co, pm25_24h: 35 };
      const values = aqiValues(records, { edition });
      expect([values[1499], values[1500], values[1501]]).toEqual([50, 500, 50]);
      const col = Float64Array.from(records, (x) => x.co_24h as number);
      const columns = aqiColumns({ co_24h: col, pm25_24h: new Float64Array(3000).fill(35) }, { edition, primary: true });
      expect([columns.aqi[1499], columns.aqi[1500], columns.aqi[1501]]).toEqual([50, 500, 50]);
      expect(columns.primary![1500]).toBe(64); // co_24h's bit
    }
  });
});

describe('aqi with and without the tables', () => {
  it('builds the tables only after 2,048 records rated one by one, and answers the same before and after', async () => {
    vi.resetModules(); // a fresh copy of the module, with no table built yet
    const batch = await import('../../src/air/batch.js');
    const { aqi: freshAqi } = await import('../../src/air/aqi.js');
    const record = { so2_24h: 12, no2_24h: 40, pm10_24h: 160, co_24h: 1.3, o3_1h: 180, o3_8h: 150, pm25_24h: 76 };
    const before = freshAqi(record, { edition: '2026' });
    expect(before.aqi).toBe(aqi(record, { edition: '2026' }).aqi);
    // Each call counts: the table appears at the 2,048th, and not before.
    for (let k = 2; k < batch.TABULATE_FROM; k++) expect(batch.tablesOf('2026', true)).toBeUndefined();
    const tables = batch.tablesOf('2026', true);
    expect(tables).toBeDefined();
    expect(batch.tablesOf('2026', true)).toBe(tables);
    expect(batch.tablesOf('2026')).toBe(tables);
    expect(freshAqi(record, { edition: '2026' })).toEqual(before);
    vi.resetModules();
  });

  it('gives the same results from the tables as from the arithmetic (property)', async () => {
    vi.resetModules();
    const { aqi: fresh, aqiValues: freshValues } = await import('../../src/air/aqi.js');
    const whole = (max: number) => fc.integer({ min: 0, max });
    const tenths = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((k) => k / 10);
    const record = fc.record(
      {
        so2_24h: whole(2700),
        no2_24h: whole(1000),
        pm10_24h: whole(650),
        co_24h: fc.oneof(tenths(65), fc.double({ min: 0, max: 70, noNaN: true })),
        o3_1h: whole(1300),
        o3_8h: whole(790),
        pm25_24h: fc.oneof(whole(550), fc.double({ min: 0, max: 550, noNaN: true })),
      },
      { requiredKeys: [] },
    );
    const records = fc.sample(
      record.filter((r) => Object.keys(r).length > 0),
      { numRuns: 500, seed: 22 },
    );
    // Fewer than 2,048 calls in all: no table yet, every IAQI computed.
    const computed = EDITIONS.map((edition) => records.map((r) => fresh(r, { edition })));
    for (const [k, edition] of EDITIONS.entries()) {
      freshValues([...records, ...records, ...records, ...records, ...records], { edition }); // 2,500 records: the tables
      expect(records.map((r) => fresh(r, { edition }))).toEqual(computed[k]);
    }
    vi.resetModules();
  });
});

describe('options read by the per-call functions (a plain object of this realm is recognised first)', () => {
  it('takes a plain object of this realm, one without prototype and one of another realm alike', () => {
    const bare = Object.assign(Object.create(null) as object, { edition: '2012' });
    const other = runInNewContext("({ edition: '2012' })") as { edition: '2012' };
    for (const options of [{ edition: '2012' } as const, bare as { edition: '2012' }, other]) {
      expect(iaqi('pm25_24h', 75, options)).toBe(100);
      expect(aqi({ pm25_24h: 75 }, options).aqi).toBe(100);
    }
  });
  it('refuses an array whose prototype is Object.prototype and a class instance as not plain, an array as the wrong type', () => {
    const array = Object.setPrototypeOf(['2012'], Object.prototype) as never;
    class Options {
      edition = '2012';
    }
    for (const [options, code] of [
      [array, 'not-plain'],
      [new Options() as never, 'not-plain'],
      [['2012'] as never, 'wrong-type'],
    ] as const) {
      expectCode(() => iaqi('pm25_24h', 75, options), code, 'options');
      expectCode(() => aqi({ pm25_24h: 75 }, options), code, 'options');
    }
  });
});
