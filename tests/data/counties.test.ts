import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTIES, FUNCTIONAL_ZONES } from '../../data/counties.js';
import { CITIES } from '../../data/places.js';
import { PlanInputError } from '../../src/errors.js';
import * as schemas from '../../src/model/place.js';
import { getCounty } from '../../src/plan/index.js';

/** Rows of the vendored list of county-level divisions (GB/T 2260, tests/fixtures): code, name, cityCode. */
const rows = readFileSync(new URL('../fixtures/shanxi-divisions.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code, name, cityCode] = line.split(',');
    return { code: code!, name: name!.replace(/"/g, ''), cityCode: cityCode! };
  });
/** Rows of the vendored list of cities (GB/T 2260, tests/fixtures): 4-digit code, name. */
const cityRows = readFileSync(new URL('../fixtures/shanxi-cities.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code, name] = line.split(',');
    return { code: code!, name: name!.replace(/"/g, '') };
  });
const cityOf = (cityCode: string) => CITIES.find((c) => c.code === `${cityCode}00`)!.id;

describe('the vendored fixtures', () => {
  it('list 122 divisions and the 11 cities of CITIES (4-digit code + "00")', () => {
    expect(rows).toHaveLength(122);
    expect(cityRows.map((r) => [`${r.code}00`, r.name])).toEqual(CITIES.map((c) => [c.code, c.name.zh]));
    for (const r of rows) expect(cityRows.map((c) => c.code)).toContain(r.cityCode);
  });
});

describe('COUNTIES', () => {
  it('holds the 117 rows of the division list whose code does not have 71 in digits 5–6, in order', () => {
    const expected = rows.filter((r) => r.code.slice(4, 6) !== '71');
    expect(expected).toHaveLength(117);
    expect(COUNTIES.map((c) => [c.code, c.name.zh, c.city])).toEqual(expected.map((r) => [r.code, r.name, cityOf(r.cityCode)]));
  });

  it('counts, per city, the county-level divisions of the official list', () => {
    const counts: Record<string, number> = {};
    for (const c of COUNTIES) counts[c.city] = (counts[c.city] ?? 0) + 1;
    // Counted by hand in shanxi-divisions.csv, functional zones left out.
    expect(counts).toEqual({
      taiyuan: 10,
      datong: 10,
      yangquan: 5,
      changzhi: 12,
      jincheng: 6,
      shuozhou: 6,
      jinzhong: 11,
      yuncheng: 13,
      xinzhou: 14,
      linfen: 17,
      lvliang: 13,
    });
  });

  it('gives each division the kind its suffix says (区 district, 县 county, 市 county-level city)', () => {
    const bySuffix = { 区: 'district', 县: 'county', 市: 'county-level-city' } as const;
    for (const c of COUNTIES) expect(c.kind).toBe(bySuffix[c.name.zh.slice(-1) as keyof typeof bySuffix]);
    expect(COUNTIES.filter((c) => c.kind === 'county-level-city').map((c) => c.name.zh)).toEqual([
      '古交市',
      '高平市',
      '怀仁市',
      '介休市',
      '永济市',
      '河津市',
      '原平市',
      '侯马市',
      '霍州市',
      '孝义市',
      '汾阳市',
    ]);
  });

  it('spells the polyphonic names right: 长子 Zhangzi, 洪洞 Hongtong, 隰县 Xi, 繁峙 Fanshi', () => {
    expect(getCounty('长子县').name.en).toBe('Zhangzi County');
    expect(getCounty('洪洞县').name.en).toBe('Hongtong County');
    expect(getCounty('隰县').name.en).toBe('Xi County');
    expect(getCounty('繁峙县').name.en).toBe('Fanshi County');
  });

  it('names, in English, each division by the pinyin of its name then District / County / City', () => {
    const word = { district: 'District', county: 'County', 'county-level-city': 'City' } as const;
    for (const c of COUNTIES) expect(c.name.en).toMatch(new RegExp(`^[A-Z][a-z]+ ${word[c.kind]}$`));
  });

  it.each([
    ['140428', 'Zhangzi County'],
    ['141024', 'Hongtong County'],
    ['141031', 'Xi County'],
    ['140924', 'Fanshi County'],
    ['140929', 'Kelan County'],
    ['140322', 'Yu County'],
    ['140225', 'Hunyuan County'],
    ['141021', 'Quwo County'],
    ['141030', 'Daning County'],
    ['140122', 'Yangqu County'],
    ['140123', 'Loufan County'],
    ['140108', 'Jiancaoping District'],
    ['140109', 'Wanbailin District'],
    ['140405', 'Tunliu District'],
    ['140821', 'Linyi County'],
    ['140825', 'Xinjiang County'],
    ['140826', 'Jiang County'],
    ['140827', 'Yuanqu County'],
    ['140932', 'Pianguan County'],
    ['140926', 'Jingle County'],
    ['140302', 'Cheng District'],
    ['140502', 'Cheng District'],
    ['140181', 'Gujiao City'],
    ['141182', 'Fenyang City'],
  ])('calls %s %s', (code, en) => {
    expect(COUNTIES.find((c) => c.code === code)?.name.en).toBe(en);
  });

  it("puts every division in one of CITIES' ids", () => {
    const ids = new Set<string>(CITIES.map((c) => c.id));
    for (const c of COUNTIES) expect(ids.has(c.city)).toBe(true);
    for (const z of FUNCTIONAL_ZONES) expect(ids.has(z.city)).toBe(true);
  });

  it('is frozen all the way down (assigning throws in strict mode)', () => {
    for (const list of [COUNTIES, FUNCTIONAL_ZONES]) {
      expect(Object.isFrozen(list)).toBe(true);
      for (const item of list) {
        expect(Object.isFrozen(item)).toBe(true);
        expect(Object.isFrozen(item.name)).toBe(true);
      }
    }
    expect(() => (COUNTIES as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (COUNTIES[0] as { code: string }).code = '140100';
    }).toThrow(TypeError);
    expect(() => {
      (FUNCTIONAL_ZONES[0]!.name as { en: string }).en = 'x';
    }).toThrow(TypeError);
    expect(COUNTIES[0]!.code).toBe('140105');
  });

  it('has unique codes and parses with the County schema', () => {
    expect(new Set(COUNTIES.map((c) => c.code)).size).toBe(117);
    for (const c of COUNTIES) expect(schemas.County.safeParse(c).success).toBe(true);
  });
});

describe('FUNCTIONAL_ZONES', () => {
  it('holds the 5 zones with 71 in digits 5–6, none of them a county', () => {
    expect(FUNCTIONAL_ZONES).toHaveLength(5);
    expect(FUNCTIONAL_ZONES.map((z) => [z.code, z.name.zh, z.city])).toEqual(
      rows.filter((r) => r.code.slice(4, 6) === '71').map((r) => [r.code, r.name, cityOf(r.cityCode)]),
    );
    for (const z of FUNCTIONAL_ZONES) expect(schemas.FunctionalZone.safeParse(z).success).toBe(true);
    const countyCodes = new Set<string>(COUNTIES.map((c) => c.code));
    for (const z of FUNCTIONAL_ZONES) expect(countyCodes.has(z.code)).toBe(false);
  });
});

describe('getCounty', () => {
  it('finds 清徐县 by code and by name, in Taiyuan', () => {
    expect(getCounty('140121')).toBe(getCounty('清徐县'));
    expect(getCounty('140121').city).toBe('taiyuan');
  });

  it('refuses the shared name 城区 (Yangquan and Jincheng) and asks for the code', () => {
    expect(() => getCounty('城区')).toThrow(/2 share this name/);
    expect(getCounty('140502').city).toBe('jincheng');
  });

  it.each(['140171', '140100', '', '999999', 140121])('rejects %s (a functional zone, a city, junk)', (key) => {
    expect(() => getCounty(key as string)).toThrow(PlanInputError);
  });
});
