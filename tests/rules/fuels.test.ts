import { describe, expect, it } from 'vitest';
import { ids } from './helpers.js';

describe('fuel outlets (task 15)', () => {
  it.each(['self-built-tank', 'mobile-refueller', 'unlicensed-station'] as const)('A %s is the object of a special clean-up', (type) => {
    expect(ids({ kind: 'fuel-outlet', type })).toEqual(['fuel-outlet-rectification', 'non-standard-fuel-sale-ban']);
  });
  it('A licensed station is not, but may not sell non-standard oil as engine fuel either', () => {
    expect(ids({ kind: 'fuel-outlet', type: 'licensed-station' })).toEqual(['non-standard-fuel-sale-ban']);
  });
});
