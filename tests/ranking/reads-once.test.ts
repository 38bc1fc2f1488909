import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rankCities } from '../../src/index.js';
import { inputError } from '../errors.js';

const _root = fileURLToPath(new URL('../..', import.meta.url));
const _STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

describe('rankCities reads each value once', () => {
  it('refuses an id of white space', () => {
    expect(inputError(() => rankCities([{ id: '   ', compositeIndex: 1 }])).field).toBe('entries[0].id');
  });
  it('keeps the id it checked, whatever a getter answers on a second read', () => {
    let reads = 0;
    const entry = {
      get id() {
        reads++;
        return reads === 1 ? 'taiyuan' : undefined;
      },
      compositeIndex: 4,
    };
    const [r] = rankCities([entry as never]);
    expect((r as unknown as { id: string }).id).toBe('taiyuan');
  });
});
