/**
 * Kills the mutants Stryker left in src/rules/area.ts, boilers.ts and enterprises.ts that the property
 * suites (rules-conditions, rules-facts, rules-monotone) do not reach: the exact lists a condition offers,
 * the numbers a verdict reports, and the sectors the plan names. Expected values are read from the plan's
 * sentences quoted beside them.
 */
import { describe, expect, it } from 'vitest';
import { CITIES } from '../../src/index.js';
import { assess } from '../../src/rules/index.js';
import type { Subject, Verdict } from '../../src/schemas.js';

const verdict = (s: Subject, rule: string): Verdict | undefined => assess(s).find((v) => v.rule === rule);

describe('task 26: 大同市推进空气质量巩固改善,其他空气质量未达标的设区城市编制实施大气环境质量限期达标规划', () => {
  const others = CITIES.map((c) => c.id).filter((id) => id !== 'datong');
  it('an area that says nothing: the plan applies to any city but Datong that does not attain', () => {
    expect(verdict({ kind: 'area' }, 'attainment-plan')!.condition).toMatchObject({
      match: 'all',
      when: [
        { fact: 'city', oneOf: others },
        { fact: 'attainsStandard', equals: false },
      ],
    });
  });
  it('known not to attain, city unknown: only the city is open', () => {
    expect(verdict({ kind: 'area', attainsStandard: false }, 'attainment-plan')!.condition!.when).toEqual([{ fact: 'city', oneOf: others }]);
  });
  it('a non-attaining city other than Datong: definite; Datong and attaining cities: none', () => {
    expect(verdict({ kind: 'area', city: 'linfen', attainsStandard: false }, 'attainment-plan')!.condition).toBeUndefined();
    expect(verdict({ kind: 'area', city: 'datong', attainsStandard: false }, 'attainment-plan')).toBeUndefined();
    expect(verdict({ kind: 'area', city: 'linfen', attainsStandard: true }, 'attainment-plan')).toBeUndefined();
  });
});

describe('task 13: PM2.5年均浓度40以上 or 综合指数全省排名后20的县(市、区)', () => {
  it('reports the county’s place: rank 100 of 117 is 18th from the bottom, inside the bottom 20', () => {
    const v = verdict({ kind: 'area', county: '141002', provincialRank: { rank: 100, of: 117 }, pm25AnnualMean: 30 }, 'polluted-area-clean-vehicles')!;
    expect(v.condition).toBeUndefined();
    expect(v.facts).toMatchObject({ rank: 100, of: 117, placeFromBottom: 18, rankThreshold: 20, pm25AnnualMean: 30, threshold: 40 });
  });
  it('rank 97 of 117 is 21st from the bottom: outside, and PM2.5 30 < 40: no verdict', () => {
    expect(verdict({ kind: 'area', county: '141002', provincialRank: { rank: 97, of: 117 }, pm25AnnualMean: 30 }, 'polluted-area-clean-vehicles')).toBeUndefined();
  });
  it('a city (no county) is judged by PM2.5 alone: the county ranking does not apply to it', () => {
    expect(verdict({ kind: 'area', city: 'linfen', provincialRank: { rank: 117, of: 117 }, pm25AnnualMean: 30 }, 'polluted-area-clean-vehicles')).toBeUndefined();
    const v = verdict({ kind: 'area', city: 'linfen', provincialRank: { rank: 117, of: 117 }, pm25AnnualMean: 40 }, 'polluted-area-clean-vehicles')!;
    expect(v.facts).toMatchObject({ placeFromBottom: null, rank: 117, of: 117 });
    // A city with no PM2.5 given: only PM2.5 is open.
    expect(verdict({ kind: 'area', city: 'linfen' }, 'polluted-area-clean-vehicles')!.condition!.when.map((t) => t.fact)).toEqual(['pm25AnnualMean']);
  });
  it('a county named together with its city is still a county: the ranking applies (rank 117 of 117, PM2.5 30)', () => {
    const v = verdict({ kind: 'area', city: 'linfen', county: '141002', provincialRank: { rank: 117, of: 117 }, pm25AnnualMean: 30 }, 'polluted-area-clean-vehicles')!;
    expect(v.condition).toBeUndefined();
    expect(v.facts).toMatchObject({ placeFromBottom: 1, rank: 117, of: 117 });
  });
  it('an area that names no place but has a place in the counties’ ranking is ranked as a county', () => {
    const v = verdict({ kind: 'area', provincialRank: { rank: 117, of: 117 }, pm25AnnualMean: 30 }, 'polluted-area-clean-vehicles')!;
    expect(v.condition).toBeUndefined();
    expect(v.facts).toMatchObject({ placeFromBottom: 1 });
    expect(verdict({ kind: 'area', provincialRank: { rank: 1, of: 117 }, pm25AnnualMean: 30 }, 'polluted-area-clean-vehicles')).toBeUndefined();
  });
  it('a county with no ranking and no PM2.5: either will do', () => {
    expect(verdict({ kind: 'area', county: '141002' }, 'polluted-area-clean-vehicles')!.condition).toMatchObject({ match: 'any' });
  });
});

describe('task 25: 一体推进清徐、交城工业园区和平遥、介休、孝义工业园区环境污染综合治理', () => {
  it('a park that does not say which: open on the five parks, unless its county is outside them', () => {
    expect(verdict({ kind: 'industrial-park' }, 'taiyuan-basin-park-joint-treatment')!.condition!.when).toEqual([
      { fact: 'park', oneOf: ['qingxu', 'jiaocheng', 'pingyao', 'jiexiu', 'xiaoyi'] },
    ]);
    expect(verdict({ kind: 'industrial-park', location: { county: '140728' } }, 'taiyuan-basin-park-joint-treatment')!.facts).toMatchObject({ park: null, county: '140728' });
    expect(verdict({ kind: 'industrial-park', location: { county: '140105' } }, 'taiyuan-basin-park-joint-treatment')).toBeUndefined();
  });
});

describe('task 19: coal-chemical parks in the Fen River valley are the focus', () => {
  it.each([
    [{ type: 'coal-chemical', location: { inFenheValley: true } }, true],
    [{ type: 'coal-chemical', location: { inFenheValley: false } }, false],
    [{ type: 'coal-chemical' }, null],
    [{ type: 'other', location: { inFenheValley: true } }, false],
    [{ location: { inFenheValley: true } }, null],
  ] as const)('%j → focus %s', (park, focus) => {
    expect(verdict({ kind: 'industrial-park', ...park } as Subject, 'industrial-park-treatment')!.facts.focus).toBe(focus);
  });
  it('a park in the valley has its station by the end of 2025, stated with the valley as a fact', () => {
    expect(verdict({ kind: 'industrial-park', location: { inFenheValley: true } }, 'fenhe-valley-park-monitoring')!.facts).toEqual({ inFenheValley: true });
  });
});

describe('task 24: 太原盆地位于城市(含县城)建成区的钢铁、焦化、水泥、煤电、铁合金、化工等重污染企业搬迁退出', () => {
  const inBasin = { inBuiltUpArea: true, location: { inTaiyuanBasin: true } };
  it.each(['steel', 'coking', 'cement', 'coal-power', 'ferroalloy', 'chemical', 'coal-chemical', 'nitrogen-fertilizer', 'soda-ash'] as const)(
    'a %s enterprise in a built-up area of the basin relocates or exits',
    (sector) => {
      expect(verdict({ kind: 'enterprise', sector, ...inBasin }, 'taiyuan-basin-urban-relocation')!.condition).toBeUndefined();
    },
  );
  it('a glass works there is not named', () => {
    expect(verdict({ kind: 'enterprise', sector: 'glass', ...inBasin }, 'taiyuan-basin-urban-relocation')).toBeUndefined();
  });
});

describe('biomass boilers: the facts are copies, and compliance is what the boiler says', () => {
  it('coFiring is copied, not shared with the caller', () => {
    const coFiring = ['coal'] as ('coal' | 'coke')[];
    const v = verdict({ kind: 'biomass-boiler', coFiring } as Subject, 'biomass-boiler-no-co-firing')!;
    expect(v.facts).toEqual({ coFiring: ['coal'], complies: false });
    expect(v.facts.coFiring).not.toBe(coFiring);
    coFiring.push('coke');
    expect(v.facts.coFiring).toEqual(['coal']);
  });
  it('a dedicated boiler complies; one that is not, does not; unknown stays unknown', () => {
    expect(verdict({ kind: 'biomass-boiler', dedicated: true }, 'biomass-boiler-dedicated')!.facts).toEqual({ dedicated: true, complies: true });
    expect(verdict({ kind: 'biomass-boiler', dedicated: false }, 'biomass-boiler-dedicated')!.facts).toEqual({ dedicated: false, complies: false });
    expect(verdict({ kind: 'biomass-boiler' }, 'biomass-boiler-dedicated')!.facts).toEqual({ dedicated: null, complies: null });
  });
  it('a small boiler is to be consolidated, stating it is small; size unknown: stated as null, and the condition asks', () => {
    expect(verdict({ kind: 'biomass-boiler', small: true }, 'small-biomass-boiler-consolidation')!.facts).toEqual({ small: true });
    const unknown = verdict({ kind: 'biomass-boiler' }, 'small-biomass-boiler-consolidation')!;
    expect(unknown.facts).toEqual({ small: null });
    expect(unknown.condition!.when).toEqual([{ fact: 'small', equals: true }]);
    expect(verdict({ kind: 'biomass-boiler', small: false }, 'small-biomass-boiler-consolidation')).toBeUndefined();
  });
});

describe('task 11: 对清洁取暖未覆盖的区域,强化民用散煤质量监管', () => {
  it('clean heating unknown: the condition is that it is partial or none, both named', () => {
    expect(verdict({ kind: 'area' }, 'uncovered-area-coal-quality')!.condition!.when).toEqual([{ fact: 'cleanHeating', oneOf: ['partial', 'none'] }]);
  });
  it.each(['partial', 'none'] as const)('clean heating %s: definite', (cleanHeating) => {
    const v = verdict({ kind: 'area', cleanHeating }, 'uncovered-area-coal-quality')!;
    expect(v.condition).toBeUndefined();
    expect(v.facts).toEqual({ cleanHeating });
  });
  it('clean heating complete: not an uncovered area', () => {
    expect(verdict({ kind: 'area', cleanHeating: 'complete' }, 'uncovered-area-coal-quality')).toBeUndefined();
  });
});
