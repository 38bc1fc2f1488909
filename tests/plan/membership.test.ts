import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREA_MEMBERSHIP } from '../../data/area-membership.js';
import { MEMBERSHIP_FILES } from '../../scripts/generate/membership.js';
import { COUNTIES } from '../../data/counties.js';
import { CITIES } from '../../data/places.js';
import { settledMembership, settledStatuses, unsettledInside } from '../../src/plan/membership.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the settled membership the rules read', () => {
  it.each(Object.entries(MEMBERSHIP_FILES))(
    '%s is up to date with AREA_MEMBERSHIP (run `npx tsx scripts/generate/membership.ts`)',
    (path, render) => {
      expect(read(path)).toBe(render());
    },
  );

  it('gives every county exactly its settled status in AREA_MEMBERSHIP, with its basis, and nothing for the rest', () => {
    for (const a of AREA_MEMBERSHIP) {
      for (const [code, m] of Object.entries(a.counties)) {
        const got = settledMembership(a.area, undefined, code);
        if (m.settled === true) expect(got, `${a.area} ${code}`).toMatchObject({ status: m.status, basis: m.basis });
        else expect(got, `${a.area} ${code}`).toBeUndefined();
      }
    }
  });

  it('settledStatuses: the status settledMembership gives every county and every city, in one table', () => {
    for (const a of AREA_MEMBERSHIP) {
      const table = settledStatuses(a.area);
      const expected = new Map<string, string>();
      for (const c of COUNTIES) {
        const m = settledMembership(a.area, undefined, c.code);
        if (m !== undefined) expected.set(c.code, m.status);
      }
      for (const c of CITIES) {
        const m = settledMembership(a.area, c.id, undefined);
        if (m !== undefined) expected.set(c.id, m.status);
      }
      expect(new Map([...table].sort()), a.area).toEqual(new Map([...expected].sort()));
    }
    expect(settledStatuses('taiyuan-basin').get('140121')).toBe('in'); // 清徐县: task 25's park
    expect(settledStatuses('taiyuan-basin').get('datong')).toBe('out');
    expect(settledStatuses('taiyuan-basin').has('taiyuan')).toBe(false); // its urban districts are not settled
  });

  it('settles a city only when all its counties share one settled status', () => {
    expect(settledMembership('taiyuan-basin', 'datong', undefined)).toEqual({
      status: 'out',
      basis: ['geo-taiyuan-basin'],
      place: '大同市 (datong)',
      placeZh: '大同市（datong）',
    });
    expect(settledMembership('taiyuan-basin', 'jinzhong', undefined)).toBeUndefined();
    expect(settledMembership('taiyuan-and-surroundings', 'taiyuan', undefined)).toMatchObject({
      status: 'in',
      basis: ['plan-27', 'sx-1-plus-30'],
    });
    expect(settledMembership('coal-producing-areas', 'datong', undefined)).toBeUndefined();
    expect(settledMembership('taiyuan-basin', undefined, undefined)).toBeUndefined();
  });

  it('names the county it judges by its Chinese name and code', () => {
    expect(settledMembership('taiyuan-basin', undefined, '140121')).toEqual({
      status: 'in',
      basis: ['plan-25', 'geo-taiyuan-basin'],
      place: '清徐县 (140121)',
      placeZh: '清徐县（140121）',
    });
  });
});

describe('settledMembership of a city', () => {
  it('is undefined for a city no county belongs to', () => {
    expect(settledMembership('taiyuan-basin', 'nowhere', undefined)).toBeUndefined();
  });
});

describe('unsettledInside', () => {
  it('is undefined for the Fen River valley, where no county rests on an unsettled source', () => {
    expect(unsettledInside('fenhe-valley', '140105')).toBeUndefined();
  });

  it('names 小店区 (140105) inside the Taiyuan basin on the geographic description alone', () => {
    expect(unsettledInside('taiyuan-basin', '140105')?.place).toContain('小店区');
  });
});
