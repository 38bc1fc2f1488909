import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as schemas from '../src/entries/schemas.js';
import { targetsFor } from '../src/index.js';

const _root = fileURLToPath(new URL('..', import.meta.url));
const _STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

describe('the schemas are as strict as the functions', () => {
  it('refuses 2025-02-30 in EditionOptions, LimitsOptions and AssessOptions', () => {
    expect(schemas.EditionOptions.safeParse({ date: '2025-02-30' }).success).toBe(false);
    expect(schemas.LimitsOptions.safeParse({ date: '2025-02-30' }).success).toBe(false);
    expect(schemas.AssessOptions.safeParse({ asOf: '2025-02-30' }).success).toBe(false);
    expect(schemas.EditionOptions.safeParse({ date: '2024-02-29' }).success).toBe(true);
  });
  it('refuses in the schema what the function refuses: an extra key, a date before 2016', () => {
    expect(schemas.EditionOptions.safeParse({ edition: '2012', foo: 1 }).success).toBe(false);
    expect(schemas.EditionOptions.safeParse({ date: '2015-12-31' }).success).toBe(false);
    expect(schemas.LimitsOptions.safeParse({ year: 2015 }).success).toBe(false);
  });
  it('refuses an unknown key of a Target, as targetName does', () => {
    const t = schemas.Target.parse(getTargetObject());
    expect(schemas.Target.safeParse({ ...t, colour: 'red' }).success).toBe(false);
  });
  it("writes a date pattern into schema.json that refuses '2025-02-30'", () => {
    const json = JSON.stringify(z.toJSONSchema(schemas.EditionOptions));
    const source = JSON.parse(json).anyOf[1].properties.date.pattern as string;
    const pattern = new RegExp(source);
    expect(pattern.test('2025-02-30')).toBe(false);
    expect(pattern.test('2100-02-29')).toBe(false);
    expect(pattern.test('2000-02-29')).toBe(true);
    expect(pattern.test('2024-02-29')).toBe(true);
  });
});

function getTargetObject(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(targetsFor({ city: 'datong' }).find((t) => t.id === 'pm25-2025-datong')));
}
