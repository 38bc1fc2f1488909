import { describe, expect, it } from 'vitest';
import { AREA_MEMBERSHIP } from '../../data/area-membership.js';
import { COUNTIES } from '../../data/counties.js';
import { PlanInputError } from '../../src/errors.js';
import { assess } from '../../src/rules/index.js';
import type { Subject } from '../../src/entries/schemas.js';
import { absent, conditional, definite } from './helpers.js';

// Where AREA_MEMBERSHIP settles a place's membership of the Taiyuan basin or the Fen River valley, the rules
// rely on it: a place settled outside gets no condition about the area, one settled inside a definite answer,
// and a flag that contradicts it is refused. Where it is not settled, the flag decides as before.

const coking = (location: Record<string, unknown>): Subject =>
  ({ kind: 'project', sector: 'coking', action: 'new', independent: true, location }) as Subject;
const BAN = 'taiyuan-basin-no-independent-coking';
const table = (area: string) =>
  AREA_MEMBERSHIP.find((a) => a.area === area)!.counties as Record<string, { status: string; settled?: boolean; basis: readonly string[] }>;

describe('太原盆地不再新增独立焦化项目：where the project stands', () => {
  it('gives a new independent coking project in Datong, Linfen or Yuncheng no Taiyuan-basin verdict (settled outside)', () => {
    for (const city of ['datong', 'linfen', 'yuncheng']) absent(coking({ city }), BAN);
    absent(coking({ county: '141002' }), BAN); // 尧都区, Linfen
    absent(coking({ county: '140802' }), BAN); // 盐湖区, Yuncheng
  });

  it('gives one in 清徐县 (task 25 names its park among the basin’s) a definite prohibition', () => {
    const v = definite(coking({ county: '140121' }), BAN);
    expect(v.facts.inTaiyuanBasin).toBe(true);
  });

  it('leaves Taiyuan’s urban districts to the flag: their "in" rests on a copied description only', () => {
    for (const county of ['140105', '140106', '140107', '140108', '140109', '140110']) {
      expect(table('taiyuan-basin')[county]).toMatchObject({ status: 'in', settled: false });
      expect(conditional(coking({ county }), BAN)).toEqual(['location.inTaiyuanBasin']);
      definite(coking({ county, inTaiyuanBasin: true }), BAN);
      absent(coking({ county, inTaiyuanBasin: false }), BAN);
    }
  });

  it('judges a city given alone only when all its counties agree', () => {
    expect(conditional(coking({ city: 'taiyuan' }), BAN)).toEqual(['location.inTaiyuanBasin']);
    expect(conditional(coking({ city: 'jinzhong' }), BAN)).toEqual(['location.inTaiyuanBasin']); // 平遥、介休 in, the rest unsettled
    absent(coking({ city: 'yangquan' }), BAN);
  });

  it('refuses inTaiyuanBasin: true for a place settled outside, naming the field, the place and the basis', () => {
    const e = catchError(() => assess(coking({ city: 'datong', inTaiyuanBasin: true })));
    expect(e).toBeInstanceOf(PlanInputError);
    expect(e.field).toBe('subject.location.inTaiyuanBasin');
    expect(e.value).toBe(true);
    expect(e.message).toContain('大同市 (datong)');
    expect(e.message).toContain('geo-taiyuan-basin');
    expect(e.issues[0]!.expected).toBe(
      'false or nothing: 大同市 (datong) lies outside the Taiyuan basin (太原盆地) by AREA_MEMBERSHIP, on the basis of geo-taiyuan-basin',
    );
    expect(e.issues[0]!.expectedZh).toBe('false 或不填：按 AREA_MEMBERSHIP（依据 geo-taiyuan-basin），大同市（datong）不在太原盆地内');
  });

  it('refuses inTaiyuanBasin: false for a place settled inside', () => {
    const e = catchError(() => assess(coking({ county: '140121', inTaiyuanBasin: false })));
    expect(e.field).toBe('subject.location.inTaiyuanBasin');
    expect(e.message).toContain('清徐县 (140121)');
    expect(e.message).toContain('plan-25');
    expect(e.issues[0]!.expected).toBe(
      'true or nothing: 清徐县 (140121) lies inside the Taiyuan basin (太原盆地) by AREA_MEMBERSHIP, on the basis of plan-25, geo-taiyuan-basin',
    );
    expect(e.issues[0]!.expectedZh).toBe(
      'true 或不填：按 AREA_MEMBERSHIP（依据 plan-25、geo-taiyuan-basin），清徐县（140121）在太原盆地内',
    );
  });

  it('checks the flags of every subject that stands somewhere, whether or not one of its rules reads them', () => {
    expect(() => assess({ kind: 'coal-boiler', capacityTph: 10, location: { county: '140213', inTaiyuanBasin: true } } as Subject)).toThrow(
      PlanInputError,
    );
  });
});

describe('汾河谷地: where an industrial park stands', () => {
  const park = (location: Record<string, unknown>): Subject => ({ kind: 'industrial-park', location }) as Subject;

  it('gives a park in a city the Fen does not cross the ordinary station rule and no Fen-valley condition', () => {
    for (const city of ['datong', 'yangquan', 'changzhi', 'jincheng', 'shuozhou']) {
      definite(park({ city }), 'park-monitoring-station');
      absent(park({ city }), 'fenhe-valley-park-monitoring');
    }
  });

  it('leaves the six cities the Fen crosses to the flag (no county list of the valley)', () => {
    expect(conditional(park({ city: 'linfen' }), 'fenhe-valley-park-monitoring')).toEqual(['location.inFenheValley']);
    definite(park({ city: 'linfen', inFenheValley: true }), 'fenhe-valley-park-monitoring');
  });

  it('refuses inFenheValley: true in Jincheng, naming the field, the place and the basis', () => {
    const e = catchError(() => assess(park({ county: '140502', inFenheValley: true })));
    expect(e.field).toBe('subject.location.inFenheValley');
    expect(e.message).toContain('(140502)');
    expect(e.message).toContain('geo-fen-river');
    expect(e.issues[0]!.expected).toBe(
      'false or nothing: 城区 (140502) lies outside the Fen River valley (汾河谷地) by AREA_MEMBERSHIP, on the basis of geo-fen-river',
    );
    expect(e.issues[0]!.expectedZh).toBe('false 或不填：按 AREA_MEMBERSHIP（依据 geo-fen-river），城区（140502）不在汾河谷地内');
  });
});

describe('which statuses the rules rely on (AreaBasis.settles)', () => {
  it('relies on "in" only where the plan or an official document says so', () => {
    for (const a of AREA_MEMBERSHIP) {
      for (const [code, m] of Object.entries(a.counties)) {
        if (m.status !== 'in' || m.settled !== true) continue;
        const kinds = m.basis.map((id) => a.basis.find((b) => b.id === id)!.kind);
        expect(
          kinds.some((k) => k === 'plan' || k === 'official'),
          `${a.area} ${code}`,
        ).toBe(true);
      }
    }
  });

  it('marks a status settled exactly when one of its bases settles it, and never an unknown', () => {
    for (const a of AREA_MEMBERSHIP) {
      for (const [code, m] of Object.entries(a.counties)) {
        const settles = m.basis.some((id) =>
          (a.basis.find((b) => b.id === id)!.settles as readonly string[] | undefined)?.includes(m.status),
        );
        expect(m.settled, `${a.area} ${code}`).toBe(m.status !== 'unknown' && settles);
      }
    }
  });

  it('settles the five park counties of task 25 inside the Taiyuan basin, and the eight cities away from it outside', () => {
    const tb = table('taiyuan-basin');
    for (const code of ['140121', '141122', '140728', '140781', '141181'])
      expect(tb[code], code).toMatchObject({ status: 'in', settled: true });
    for (const c of COUNTIES) {
      if (['taiyuan', 'jinzhong', 'lvliang'].includes(c.city)) continue;
      expect(tb[c.code], c.code).toMatchObject({ status: 'out', settled: true });
    }
  });
});

function catchError(f: () => unknown): PlanInputError {
  try {
    f();
  } catch (e) {
    return e as PlanInputError;
  }
  throw new Error('no error thrown');
}
