import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess, rulesFor } from '../../src/index.js';
import { inputError } from '../errors.js';

const _root = fileURLToPath(new URL('../..', import.meta.url));
const _STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

describe('assess: errors people can act on', () => {
  it('reports every problem in one throw, in English and Chinese', () => {
    const e = inputError(() => assess({ kind: 'biomass-boiler', dedicated: 'yes', bagFilter: 1, colour: 'red' } as never));
    expect(e.issues.map((i) => i.field)).toEqual(['subject.dedicated', 'subject.bagFilter', 'subject.colour']);
    expect(e.field).toBe('subject.dedicated');
    expect(e.messageZh).toContain('3 处问题');
    expect(e.issues[0]!.expectedZh).toBe('true 或 false');
  });
  it('lists the valid kinds for an unknown kind', () => {
    const e = inputError(() => assess({ kind: 'boiler' } as never));
    expect(e.expected).toContain("'coal-boiler'");
    expect(e.expected).toContain("'biomass-boiler'");
    expect(e.expected).not.toContain('SubjectKind');
    expect(inputError(() => rulesFor('boiler' as never)).expected).not.toContain('SubjectKind');
  });
  it("takes a city's Chinese name where its id goes, as the lookups do (运城市 is yuncheng, in the key region)", () => {
    const byName = assess({ kind: 'gas-boiler', location: { city: '运城市' } } as never);
    expect(byName).toEqual(assess({ kind: 'gas-boiler', location: { city: 'yuncheng' } }));
  });
  it('names in its messages nothing the main entry does not export', () => {
    expect(inputError(() => assess({ kind: 'x' } as never)).message).not.toMatch(/SubjectKind/);
  });
});
