import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/index.js';

const _root = fileURLToPath(new URL('../..', import.meta.url));
const _STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

describe('verdicts say whether the subject complies', () => {
  it('a dedicated biomass boiler with bag filters and no co-firing complies with all three duties', () => {
    const vs = assess({
      kind: 'biomass-boiler',
      dedicated: true,
      bagFilter: true,
      coFiring: [],
      small: false,
      inefficientTreatment: false,
    });
    expect(vs.map((v) => v.compliance)).toEqual(['complies', 'complies', 'complies']);
    expect(vs.filter((v) => v.compliance !== 'complies')).toEqual([]);
    expect(vs[0]!.complianceReason.en).toBe('The facts given show this duty met.');
  });
  it('one that co-fires coal does not comply; one that says nothing is unknown', () => {
    const co = assess({ kind: 'biomass-boiler', coFiring: ['coal'] }).find((v) => v.rule === 'biomass-boiler-no-co-firing');
    expect(co!.compliance).toBe('does-not-comply');
    expect(co!.complianceReason.zh).toBe('所给事实表明尚未满足此项要求。');
    expect(assess({ kind: 'coal-boiler', capacityTph: 20 })[0]!.compliance).toBe('unknown');
  });
});
