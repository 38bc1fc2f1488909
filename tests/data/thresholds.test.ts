import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from '../../src/rules/index.js';

// standards §6 and the decisions guide: a bare 以上/以下 includes the number, as the Civil Code reads it and as the
// plan's own targets use it (达5%以上 met at 5%, 控制在35微克/立方米以下 met at 35), unless the plan puts the number in
// the neighbouring band; two more exclusions are the library's judgement, each explained in its reading.

/** Bare 以上/以下 (no 及) that exclude the number, and why. */
const EXCLUDED: Readonly<Record<string, 'plan' | 'judgement'>> = {
  'coal-boiler-ule-min': 'plan', // 35蒸吨/小时以上 right above task 9's 35蒸吨/小时及以下
  'coal-unit-phase-out-max': 'plan', // 30万千瓦以下 below task 9's 30万千瓦及以上
  'coal-boiler-ule-max': 'judgement',
  'blast-furnace-restricted-max': 'judgement',
  'converter-restricted-max': 'judgement',
  'eaf-restricted-max': 'judgement',
};

const bare = THRESHOLDS.filter((t) => /[^及](以上|以下)/.test(t.wording));

describe('the reading of 以上/以下 (THRESHOLDS)', () => {
  it('finds the bare 以上/以下 thresholds, 500公里以上, 150万吨以上 and 40微克/立方米以上 among them', () => {
    const ids = bare.map((t) => t.id);
    for (const id of ['long-haul-min-distance', 'freight-site-rail-min-volume', 'polluted-area-pm25-min', ...Object.keys(EXCLUDED)]) {
      expect(ids).toContain(id);
    }
  });

  it('includes the number of every bare 以上/以下 but the listed exceptions', () => {
    for (const t of bare) expect(t.inclusive, `${t.id}: ${t.wording}`).toBe(!(t.id in EXCLUDED));
  });

  it('includes the number of every 及以上/及以下', () => {
    for (const t of THRESHOLDS.filter((x) => /及(以上|以下)/.test(x.wording))) expect(t.inclusive, t.id).toBe(true);
  });

  it('states the rule in every bare reading, and says which exclusions are the plan’s and which a judgement', () => {
    for (const t of bare) {
      expect(t.reading.zh, t.id).toContain('《民法典》第1259条');
      expect(t.reading.en, t.id).toContain('Civil Code');
      const why = EXCLUDED[t.id];
      if (why === 'plan') expect(t.reading.en, t.id).toMatch(/exception/);
      if (why === 'judgement') expect(t.reading.en, t.id).toMatch(/judgement/);
    }
  });
});
