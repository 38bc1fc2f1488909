import { describe, expect, it } from 'vitest';
import { CITIES } from '../../src/index.js';
import { assess } from '../../src/rules/index.js';
import type { Area, Subject } from '../../src/entries/schemas.js';
import { absent, conditional, definite, ids, verdictOf } from './helpers.js';

describe('coal consumption by key region (task 8)', () => {
  it('Linfen, a key-region city, cuts coal below 2020 in 2025', () => {
    expect(definite({ kind: 'area', city: 'linfen' }, 'key-region-coal-negative-growth')).toMatchObject({
      task: 8,
      deadline: '2025-12-31',
      facts: { inKeyRegion: true },
    });
    absent({ kind: 'area', city: 'linfen' }, 'other-city-coal-growth-control');
  });
  it('Datong, outside the key region, keeps its coal growth reasonable', () => {
    definite({ kind: 'area', city: 'datong' }, 'other-city-coal-growth-control');
    absent({ kind: 'area', city: 'datong' }, 'key-region-coal-negative-growth');
  });
  it('A county is judged by its city (140121 Qingxu → Taiyuan)', () => {
    expect(definite({ kind: 'area', county: '140121' }, 'key-region-coal-negative-growth').facts).toMatchObject({
      city: 'taiyuan',
      county: '140121',
    });
  });
  it('An area that names no place gets both, each under a condition on the key region', () => {
    const vs = assess({ kind: 'area' });
    expect(vs.find((v) => v.rule === 'key-region-coal-negative-growth')!.condition!.when).toEqual([
      { fact: 'city', inRegion: 'key-region' },
    ]);
    expect(vs.find((v) => v.rule === 'other-city-coal-growth-control')!.condition!.when).toEqual([
      { fact: 'city', notInRegion: 'key-region' },
    ]);
  });
});

describe('clean heating (task 11)', () => {
  it('An area whose conversion is complete becomes a high-polluting-fuel and coal ban zone', () => {
    definite({ kind: 'area', city: 'jinzhong', cleanHeating: 'complete' }, 'clean-heating-ban-zone');
    absent({ kind: 'area', city: 'jinzhong', cleanHeating: 'complete' }, 'uncovered-area-coal-quality');
  });
  it('An area not (fully) covered supervises household coal quality', () => {
    definite({ kind: 'area', city: 'jinzhong', cleanHeating: 'partial' }, 'uncovered-area-coal-quality');
    definite({ kind: 'area', city: 'jinzhong', cleanHeating: 'none' }, 'uncovered-area-coal-quality');
    absent({ kind: 'area', city: 'jinzhong', cleanHeating: 'none' }, 'clean-heating-ban-zone');
  });
  it('An area that does not say gets both under conditions', () => {
    expect(conditional({ kind: 'area', city: 'jinzhong' }, 'clean-heating-ban-zone')).toEqual(['cleanHeating']);
    expect(conditional({ kind: 'area', city: 'jinzhong' }, 'uncovered-area-coal-quality')).toEqual(['cleanHeating']);
  });
  it('Clean heating unknown: the condition is that it is partial or none (对清洁取暖未覆盖的区域), both named', () => {
    expect(verdictOf({ kind: 'area' }, 'uncovered-area-coal-quality').condition!.when).toEqual([
      { fact: 'cleanHeating', oneOf: ['partial', 'none'] },
    ]);
  });
  it.each(['partial', 'none'] as const)('Clean heating %s, place unnamed: definite, stating the coverage', (cleanHeating) => {
    const v = verdictOf({ kind: 'area', cleanHeating }, 'uncovered-area-coal-quality');
    expect(v.condition).toBeUndefined();
    expect(v.facts).toEqual({ cleanHeating });
  });
  it('Clean heating complete, place unnamed: not an uncovered area', () => {
    absent({ kind: 'area', cleanHeating: 'complete' }, 'uncovered-area-coal-quality');
  });
});

describe('polluted areas step up clean vehicles (task 13: PM2.5 40以上, or a county in the bottom 20)', () => {
  const county = (more: Partial<Area>): Area => ({ kind: 'area', county: '141002', ...more });
  it('A city at 40.1 µg/m³ is caught', () => {
    expect(definite({ kind: 'area', city: 'yuncheng', pm25AnnualMean: 40.1 }, 'polluted-area-clean-vehicles').facts).toMatchObject({
      pm25AnnualMean: 40.1,
      threshold: 40,
      inclusive: true,
    });
  });
  it('A city at exactly 40 µg/m³ is caught (以上 includes 40, Civil Code art. 1259)', () => {
    definite({ kind: 'area', city: 'yuncheng', pm25AnnualMean: 40 }, 'polluted-area-clean-vehicles');
  });
  it('A city at 39.9 µg/m³ is not; the county ranking does not apply to a city', () => {
    absent(
      { kind: 'area', city: 'yuncheng', pm25AnnualMean: 39.9, provincialRank: { rank: 117, of: 117 } },
      'polluted-area-clean-vehicles',
    );
  });
  it('A county 20th from the bottom (rank 98 of 117) is caught though its PM2.5 is 30', () => {
    expect(
      definite(county({ pm25AnnualMean: 30, provincialRank: { rank: 98, of: 117 } }), 'polluted-area-clean-vehicles').facts,
    ).toMatchObject({
      placeFromBottom: 20,
      rankThreshold: 20,
      rankInclusive: true,
    });
  });
  it('A county 19th from the bottom (rank 99 of 117) is caught', () => {
    definite(county({ pm25AnnualMean: 30, provincialRank: { rank: 99, of: 117 } }), 'polluted-area-clean-vehicles');
  });
  it('A county 21st from the bottom (rank 97 of 117) with PM2.5 of 30 is not', () => {
    absent(county({ pm25AnnualMean: 30, provincialRank: { rank: 97, of: 117 } }), 'polluted-area-clean-vehicles');
  });
  it('A county with PM2.5 of 30 and no rank is conditional on the ranking; with neither, on either', () => {
    expect(conditional(county({ pm25AnnualMean: 30 }), 'polluted-area-clean-vehicles')).toEqual(['provincialRank']);
    const v = assess(county({})).find((x) => x.rule === 'polluted-area-clean-vehicles')!;
    expect(v.condition).toMatchObject({ match: 'any' });
    expect(v.condition!.when.map((t) => t.fact)).toEqual(['pm25AnnualMean', 'provincialRank']);
  });
  it('A city with no PM2.5 given is conditional on PM2.5 alone', () => {
    expect(conditional({ kind: 'area', city: 'linfen' }, 'polluted-area-clean-vehicles')).toEqual(['pm25AnnualMean']);
  });
  it('reports the county’s place: rank 100 of 117 is 18th from the bottom, inside the bottom 20', () => {
    const v = verdictOf(
      { kind: 'area', county: '141002', provincialRank: { rank: 100, of: 117 }, pm25AnnualMean: 30 },
      'polluted-area-clean-vehicles',
    );
    expect(v.condition).toBeUndefined();
    expect(v.facts).toMatchObject({ rank: 100, of: 117, placeFromBottom: 18, rankThreshold: 20, pm25AnnualMean: 30, threshold: 40 });
  });
  it('a city (no county) is judged by PM2.5 alone: the county ranking does not apply to it', () => {
    absent({ kind: 'area', city: 'linfen', provincialRank: { rank: 117, of: 117 }, pm25AnnualMean: 30 }, 'polluted-area-clean-vehicles');
    const v = verdictOf(
      { kind: 'area', city: 'linfen', provincialRank: { rank: 117, of: 117 }, pm25AnnualMean: 40 },
      'polluted-area-clean-vehicles',
    );
    expect(v.facts).toMatchObject({ placeFromBottom: null, rank: 117, of: 117 });
  });
  it('a county named together with its city is still a county: the ranking applies (rank 117 of 117, PM2.5 30)', () => {
    const v = verdictOf(
      { kind: 'area', city: 'linfen', county: '141002', provincialRank: { rank: 117, of: 117 }, pm25AnnualMean: 30 },
      'polluted-area-clean-vehicles',
    );
    expect(v.condition).toBeUndefined();
    expect(v.facts).toMatchObject({ placeFromBottom: 1, rank: 117, of: 117 });
  });
  it('an area that names no place but has a place in the counties’ ranking is ranked as a county', () => {
    const v = verdictOf({ kind: 'area', provincialRank: { rank: 117, of: 117 }, pm25AnnualMean: 30 }, 'polluted-area-clean-vehicles');
    expect(v.condition).toBeUndefined();
    expect(v.facts).toMatchObject({ placeFromBottom: 1 });
    absent({ kind: 'area', provincialRank: { rank: 1, of: 117 }, pm25AnnualMean: 30 }, 'polluted-area-clean-vehicles');
  });
});

describe('public vehicles by the end of 2025 (task 13)', () => {
  it('Key-region cities and their counties: basically new-energy or clean by 2025-12-31', () => {
    expect(definite({ kind: 'area', city: 'changzhi' }, 'public-vehicles-clean-2025')).toMatchObject({ deadline: '2025-12-31' });
    definite({ kind: 'area', county: '140121' }, 'public-vehicles-clean-2025');
  });
  it('Not Shuozhou (outside the key region); an unnamed area only under a condition', () => {
    absent({ kind: 'area', city: 'shuozhou' }, 'public-vehicles-clean-2025');
    expect(conditional({ kind: 'area' }, 'public-vehicles-clean-2025')).toEqual(['city']);
  });
  it('A 5A scenic area too, wherever it is; a lesser one not', () => {
    expect(ids({ kind: 'scenic-area', grade: '5A', location: { city: 'xinzhou' } })).toEqual(['public-vehicles-clean-2025']);
    expect(ids({ kind: 'scenic-area', grade: 'other' })).toEqual([]);
  });
});

describe('attainment plans (task 26), local plans (task 34), cluster plans (task 4)', () => {
  it('A non-attaining city draws up a time-bound attainment plan; an attaining one does not', () => {
    definite({ kind: 'area', city: 'linfen', attainsStandard: false }, 'attainment-plan');
    absent({ kind: 'area', city: 'linfen', attainsStandard: true }, 'attainment-plan');
    expect(conditional({ kind: 'area', city: 'linfen' }, 'attainment-plan')).toEqual(['attainsStandard']);
  });
  it('Datong consolidates instead; a county is not a 设区城市', () => {
    absent({ kind: 'area', city: 'datong', attainsStandard: false }, 'attainment-plan');
    absent({ kind: 'area', county: '141002', attainsStandard: false }, 'attainment-plan');
  });
  it('An unnamed area is conditional on being a city other than Datong', () => {
    expect(conditional({ kind: 'area', attainsStandard: false }, 'attainment-plan')).toEqual(['city']);
  });
  it('An area known not to attain, city unknown: only the city is open, one of the ten cities other than Datong', () => {
    const others = CITIES.map((c) => c.id).filter((id) => id !== 'datong');
    expect(verdictOf({ kind: 'area', attainsStandard: false }, 'attainment-plan').condition!.when).toEqual([
      { fact: 'city', oneOf: others },
    ]);
  });
  it('An area that says nothing: the plan applies to any city but Datong that does not attain', () => {
    const others = CITIES.map((c) => c.id).filter((id) => id !== 'datong');
    expect(verdictOf({ kind: 'area' }, 'attainment-plan').condition).toMatchObject({
      match: 'all',
      when: [
        { fact: 'city', oneOf: others },
        { fact: 'attainsStandard', equals: false },
      ],
    });
  });
  it('Every city and county government draws up its own implementation plan', () => {
    definite({ kind: 'area', county: '140105' }, 'local-implementation-plan');
    definite({ kind: 'area' }, 'local-implementation-plan');
  });
  it('A city where traditional SMEs concentrate plans its clusters', () => {
    definite({ kind: 'area', city: 'jinzhong', traditionalSmeCluster: true }, 'industry-cluster-plan');
    absent({ kind: 'area', city: 'jinzhong', traditionalSmeCluster: false }, 'industry-cluster-plan');
    expect(conditional({ kind: 'area', city: 'jinzhong' }, 'industry-cluster-plan')).toEqual(['traditionalSmeCluster']);
  });
});

describe('characteristic industry clusters (task 4)', () => {
  it.each([
    ['taiyuan', 'foundry'],
    ['datong', 'manganese-rich-slag-smelting'],
    ['shuozhou', 'ceramics'],
    ['xinzhou', 'flange'],
    ['lvliang', 'nitro-fertilizer'],
    ['jinzhong', 'glassware'],
    ['yangquan', 'refractory'],
    ['jincheng', 'ceramics'],
    ['yuncheng', 'magnesium'],
  ] as const)('%s %s, named by the plan, is upgraded', (city, industry) => {
    expect(definite({ kind: 'industry-cluster', city, industry }, 'characteristic-cluster-upgrade').facts).toMatchObject({ listed: true });
  });
  it('A cluster the plan does not name is upgraded only if the city counts it as characteristic (the list ends in 等)', () => {
    expect(conditional({ kind: 'industry-cluster', city: 'taiyuan', industry: 'ceramics' }, 'characteristic-cluster-upgrade')).toEqual([
      'characteristic',
    ]);
    definite({ kind: 'industry-cluster', city: 'taiyuan', industry: 'ceramics', characteristic: true }, 'characteristic-cluster-upgrade');
    absent({ kind: 'industry-cluster', city: 'taiyuan', industry: 'ceramics', characteristic: false }, 'characteristic-cluster-upgrade');
  });
});

describe('industrial parks (tasks 19, 22, 25, 29)', () => {
  it('Every park finds and fixes its problems; Fen-valley coal-chemical parks are the focus', () => {
    expect(
      definite({ kind: 'industrial-park', type: 'coal-chemical', location: { inFenheValley: true } }, 'industrial-park-treatment').facts,
    ).toMatchObject({ focus: true });
    expect(
      definite({ kind: 'industrial-park', type: 'other', location: { inFenheValley: true } }, 'industrial-park-treatment').facts,
    ).toMatchObject({ focus: false });
    expect(definite({ kind: 'industrial-park', type: 'coal-chemical' }, 'industrial-park-treatment').facts).toMatchObject({ focus: null });
  });
  it('A park in the Fen River valley gets a monitoring station by 2025-12-31 (the dated rule replaces the undated one)', () => {
    expect(ids({ kind: 'industrial-park', park: 'qingxu', odourComplaints: false, location: { inFenheValley: true } })).toEqual([
      'industrial-park-treatment',
      'fenhe-valley-park-monitoring',
      'taiyuan-basin-park-joint-treatment',
    ]);
    expect(definite({ kind: 'industrial-park', location: { inFenheValley: true } }, 'fenhe-valley-park-monitoring').deadline).toBe(
      '2025-12-31',
    );
  });
  it('A park outside the valley gets a station without a date; one of unknown place gets both, the dated one under a condition', () => {
    definite({ kind: 'industrial-park', location: { inFenheValley: false } }, 'park-monitoring-station');
    absent({ kind: 'industrial-park', location: { inFenheValley: false } }, 'fenhe-valley-park-monitoring');
    definite({ kind: 'industrial-park' }, 'park-monitoring-station');
    expect(conditional({ kind: 'industrial-park' }, 'fenhe-valley-park-monitoring')).toEqual(['location.inFenheValley']);
  });
  it('The five Taiyuan-basin parks are treated as one; a park elsewhere is not; unknown is conditional', () => {
    definite({ kind: 'industrial-park', park: 'xiaoyi' }, 'taiyuan-basin-park-joint-treatment');
    absent({ kind: 'industrial-park', location: { county: '140105' } }, 'taiyuan-basin-park-joint-treatment');
    expect(conditional({ kind: 'industrial-park', location: { county: '140728' } }, 'taiyuan-basin-park-joint-treatment')).toEqual([
      'park',
    ]);
  });
  it('A park that does not say which is open on the five parks of task 25 (清徐、交城、平遥、介休、孝义), stating its county', () => {
    // Place unknown: the park, and so the basin (all five lie in it).
    expect(verdictOf({ kind: 'industrial-park' }, 'taiyuan-basin-park-joint-treatment').condition!.when).toEqual([
      { fact: 'park', oneOf: ['qingxu', 'jiaocheng', 'pingyao', 'jiexiu', 'xiaoyi'] },
      { fact: 'location.inTaiyuanBasin', equals: true },
    ]);
    const pingyao = verdictOf({ kind: 'industrial-park', location: { county: '140728' } }, 'taiyuan-basin-park-joint-treatment');
    expect(pingyao.facts).toMatchObject({ park: null, county: '140728', inTaiyuanBasin: true });
    expect(pingyao.condition!.when).toEqual([{ fact: 'park', oneOf: ['qingxu', 'jiaocheng', 'pingyao', 'jiexiu', 'xiaoyi'] }]);
  });
  it("A Datong coal-chemical park gets no condition naming the basin's parks: Datong is settled outside the basin", () => {
    absent({ kind: 'industrial-park', type: 'coal-chemical', location: { city: 'datong' } }, 'taiyuan-basin-park-joint-treatment');
    absent({ kind: 'industrial-park', type: 'coal-chemical', location: { county: '140213' } }, 'taiyuan-basin-park-joint-treatment');
  });
  it.each([
    [{ type: 'coal-chemical', location: { inFenheValley: false } }, false],
    [{ location: { inFenheValley: true } }, null],
  ] as const)('A park %j is the focus of task 19: %s', (park, focus) => {
    expect(verdictOf({ kind: 'industrial-park', ...park } as Subject, 'industrial-park-treatment').facts.focus).toBe(focus);
  });
  it('A park in the valley has its station by the end of 2025, stated with the valley as a fact', () => {
    expect(verdictOf({ kind: 'industrial-park', location: { inFenheValley: true } }, 'fenhe-valley-park-monitoring').facts).toEqual({
      inFenheValley: true,
    });
  });
  it('A park with strong odour complaints installs online monitoring', () => {
    definite({ kind: 'industrial-park', odourComplaints: true }, 'odour-online-monitoring');
    absent({ kind: 'industrial-park', odourComplaints: false }, 'odour-online-monitoring');
    expect(conditional({ kind: 'industrial-park' }, 'odour-online-monitoring')).toEqual(['odourComplaints']);
  });
});
