import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREA_MEMBERSHIP } from '../../data/area-membership.js';
import { COUNTIES } from '../../data/counties.js';
import { CITIES, REGIONS, TAIYUAN_BASIN_PARKS } from '../../data/places.js';
import { AreaMembership } from '../../src/model/area-membership.js';
import type { DeepReadonly } from '../../src/model/readonly.js';

const sourceFile = readFileSync(new URL('../../data/source.zh.txt', import.meta.url), 'utf8');

// The bundled table has the model's shape (checked by the compiler).
const typed: readonly DeepReadonly<AreaMembership>[] = AREA_MEMBERSHIP;

const of = (id: string) => {
  const a = AREA_MEMBERSHIP.find((x) => x.area === id);
  if (a === undefined) throw new Error(`no area ${id}`);
  return a;
};
const status = (id: string, county: string) => of(id).counties[county]?.status;
const countiesOf = (city: string) => COUNTIES.filter((c) => c.city === city).map((c) => c.code);
const codes = COUNTIES.map((c) => c.code);

describe('AREA_MEMBERSHIP', () => {
  it('has one table for each named area of REGIONS but the key region', () => {
    const ids = AREA_MEMBERSHIP.map((a) => a.area);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      REGIONS.map((r) => r.id)
        .filter((id) => id !== 'key-region')
        .sort(),
    );
  });

  it('gives every county of COUNTIES a status in every area, and nothing else', () => {
    for (const a of typed) {
      expect(Object.keys(a.counties), a.area).toEqual(codes);
      for (const code of codes) expect(['in', 'out', 'unknown'], `${a.area} ${code}`).toContain(a.counties[code]?.status);
    }
  });

  it('parses with its schema', () => {
    for (const a of AREA_MEMBERSHIP) expect(() => AreaMembership.parse(a), a.area).not.toThrow();
  });

  it('names each basis once per area, and every basis a county cites exists in its area', () => {
    for (const a of AREA_MEMBERSHIP) {
      const ids = a.basis.map((b) => b.id);
      expect(new Set(ids).size, a.area).toBe(ids.length);
      for (const [code, m] of Object.entries(a.counties)) {
        for (const id of m.basis) expect(ids, `${a.area} ${code}`).toContain(id);
      }
    }
  });

  it('rests every in and out on at least one basis, and explains every unknown', () => {
    for (const a of AREA_MEMBERSHIP) {
      for (const [code, m] of Object.entries(a.counties)) {
        if (m.status === 'unknown') expect(m.note, `${a.area} ${code}`).toBeDefined();
        else expect(m.basis.length, `${a.area} ${code}`).toBeGreaterThan(0);
      }
    }
  });

  it('cites only bases that some county uses', () => {
    for (const a of AREA_MEMBERSHIP) {
      const used = new Set(Object.values(a.counties).flatMap((m) => m.basis));
      for (const b of a.basis) expect(used.has(b.id), `${a.area} ${b.id}`).toBe(true);
    }
  });

  it('quotes the plan verbatim: every plan basis is read in the plan itself and its quote is in data/source.zh.txt', () => {
    const plan = AREA_MEMBERSHIP.flatMap((a) => a.basis).filter((b) => b.kind === 'plan');
    expect(plan.length).toBeGreaterThan(0);
    for (const b of plan) {
      expect(b.seenIn, b.id).toBe('document');
      expect(b.quote, b.id).toBeDefined();
      expect(sourceFile.includes(b.quote!), b.id).toBe(true);
    }
  });

  it('gives every outside source a URL and a quote, and says where it was read', () => {
    for (const b of AREA_MEMBERSHIP.flatMap((a) => a.basis).filter((x) => x.kind !== 'plan')) {
      expect(b.url, b.id).toMatch(/^https?:\/\//);
      expect(b.quote, b.id).toBeDefined();
      expect(['document', 'copy'], b.id).toContain(b.seenIn);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(AREA_MEMBERSHIP)).toBe(true);
    for (const a of AREA_MEMBERSHIP) {
      expect(Object.isFrozen(a.counties)).toBe(true);
      expect(Object.isFrozen(a.counties['140121'])).toBe(true);
      expect(Object.isFrozen(a.counties['140121']!.basis)).toBe(true);
      expect(Object.isFrozen(a.basis)).toBe(true);
    }
  });
});

describe('spot checks against the sources', () => {
  it("Taiyuan basin: the five counties of task 25's parks are in, on the plan's own words", () => {
    const parks = TAIYUAN_BASIN_PARKS.flatMap((p) => p.counties);
    for (const code of parks) {
      expect(status('taiyuan-basin', code), code).toBe('in');
      expect(of('taiyuan-basin').counties[code]!.basis).toContain('plan-25');
    }
    // REGIONS' knownCounties say the same.
    const region = REGIONS.find((r) => r.id === 'taiyuan-basin')!;
    expect(region.membership.defined).toBe(false);
    if (!region.membership.defined) expect([...region.membership.knownCounties!].sort()).toEqual([...parks].sort());
    expect(status('taiyuan-basin', '140121')).toBe('in'); // 清徐县
  });

  it("Taiyuan basin: the description's other members are in, unnamed counties of its three cities unknown, other cities out", () => {
    for (const code of ['140122', '140702', '140703', '140727', '141121', '141182', '140105', '140110']) {
      expect(status('taiyuan-basin', code), code).toBe('in'); // 阳曲 榆次 太谷 祁县 文水 汾阳 小店 晋源
    }
    for (const code of ['140181', '140123', '140729', '141102']) expect(status('taiyuan-basin', code), code).toBe('unknown'); // 古交 娄烦 灵石 离石
    for (const city of ['datong', 'xinzhou', 'yangquan', 'linfen']) {
      for (const code of countiesOf(city)) expect(status('taiyuan-basin', code), code).toBe('out');
    }
  });

  it('Linfen–Yuncheng basin: a Datong county is out; Linfen and Yuncheng counties stay unknown', () => {
    expect(status('linyun-basin', '140213')).toBe('out'); // 平城区
    expect(of('linyun-basin').counties['140213']!.basis.length).toBeGreaterThan(0);
    for (const code of [...countiesOf('linfen'), ...countiesOf('yuncheng')]) expect(status('linyun-basin', code), code).toBe('unknown');
  });

  it('central city cluster: the 53 counties of Taiyuan, Jinzhong, Xinzhou, Lüliang and Yangquan are in, the rest out', () => {
    const five = new Set(['taiyuan', 'jinzhong', 'xinzhou', 'lvliang', 'yangquan']);
    const a = of('central-city-cluster');
    for (const c of COUNTIES) expect(a.counties[c.code]!.status, c.code).toBe(five.has(c.city) ? 'in' : 'out');
    expect(Object.values(a.counties).filter((m) => m.status === 'in')).toHaveLength(53);
    const basis = a.basis.find((b) => b.id === 'central-city-cluster-plan')!;
    expect(basis.docNumber).toBe('晋政办发〔2022〕89号');
  });

  it('Fen River valley: counties of the five cities the Fen does not reach are out; none is asserted in', () => {
    for (const city of ['datong', 'yangquan', 'changzhi', 'jincheng', 'shuozhou']) {
      for (const code of countiesOf(city)) expect(status('fenhe-valley', code), code).toBe('out');
    }
    expect(Object.values(of('fenhe-valley').counties).some((m) => m.status === 'in')).toBe(false);
    expect(status('fenhe-valley', '140121')).toBe('unknown');
  });

  it('basins named county by county: 忻府 in the Xinding basin, 潞州 and 长子 in the Shangdang basin, 山阴 in the Datong basin', () => {
    expect(status('xinding-basin', '140902')).toBe('in');
    expect(status('xinding-basin', '140921')).toBe('unknown'); // 定襄: no county-level source
    expect(status('xinding-basin', '140122')).toBe('out'); // 阳曲, beyond Shiling Pass
    expect(status('shangdang-basin', '140403')).toBe('in');
    expect(status('shangdang-basin', '140428')).toBe('in');
    expect(status('shangdang-basin', '140431')).toBe('unknown'); // 沁源
    expect(status('shangdang-basin', '140581')).toBe('unknown'); // 高平
    expect(status('shangdang-basin', '141002')).toBe('out');
    expect(status('datong-basin', '140621')).toBe('in');
    expect(status('datong-basin', '140622')).toBe('unknown'); // 应县: not named
    expect(status('datong-basin', '140925')).toBe('unknown'); // 宁武: the Sanggan's source
    expect(status('datong-basin', '140105')).toBe('out');
  });

  it('Shangdang old revolutionary area: Changzhi in, Jincheng unknown, the north out', () => {
    for (const code of countiesOf('changzhi')) expect(status('shangdang-old-revolutionary-area', code), code).toBe('in');
    for (const code of countiesOf('jincheng')) expect(status('shangdang-old-revolutionary-area', code), code).toBe('unknown');
    expect(status('shangdang-old-revolutionary-area', '140213')).toBe('out');
  });

  it('Taiyuan and its surroundings: every county of Taiyuan is in, no county is asserted out', () => {
    const a = of('taiyuan-and-surroundings');
    for (const code of countiesOf('taiyuan')) expect(a.counties[code]!.status, code).toBe('in');
    expect(Object.values(a.counties).some((m) => m.status === 'out')).toBe(false);
    expect(a.counties['140702']!.status).toBe('unknown');
  });

  it('main coal-producing areas: undefined, so every county is unknown', () => {
    expect(Object.values(of('coal-producing-areas').counties).every((m) => m.status === 'unknown')).toBe(true);
  });

  it('names only cities of CITIES in its rules (every city has at least one county in each table)', () => {
    for (const city of CITIES) expect(countiesOf(city.id).length, city.id).toBeGreaterThan(0);
  });
});
