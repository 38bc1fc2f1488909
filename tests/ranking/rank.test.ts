import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITIES, exitsBottom, isInBottom, isInTop, movedUp, PlanInputError, rankCities } from '../../src/index.js';
import { inputError, revoked, expectCode } from '../errors.js';

/** The Chinese words of what was expected (the first issue's). */
const zh = (e: PlanInputError): string => e.issues[0]!.expectedZh;

describe('rankCities', () => {
  it('ranks by composite index, smaller first, rank 1 = best and rankFromBottom 1 = worst', () => {
    const r = rankCities([
      { id: 'b', compositeIndex: 4.2 },
      { id: 'a', compositeIndex: 3.1 },
      { id: 'c', compositeIndex: 5.0 },
    ]);
    expect(r.map((e) => [e.id, e.rank, e.rankFromBottom])).toEqual([
      ['a', 1, 3],
      ['b', 2, 2],
      ['c', 3, 1],
    ]);
  });

  it('gives tied cities the same place from the top: 1 + the number strictly better (并列)', () => {
    // a 3.0; b, c 4.0 (tied); d 5.0 → b and c are both 第2名, d is 第4名
    const r = rankCities([
      { id: 'a', compositeIndex: 3 },
      { id: 'b', compositeIndex: 4 },
      { id: 'c', compositeIndex: 4 },
      { id: 'd', compositeIndex: 5 },
    ]);
    expect(r.map((e) => e.rank)).toEqual([1, 2, 2, 4]);
  });

  it('gives tied cities the same place from the bottom: 1 + the number strictly worse (并列倒数)', () => {
    // d is 倒数第1; b and c both 倒数第2 (one city, d, is worse); a 倒数第4
    const r = rankCities([
      { id: 'a', compositeIndex: 3 },
      { id: 'b', compositeIndex: 4 },
      { id: 'c', compositeIndex: 4 },
      { id: 'd', compositeIndex: 5 },
    ]);
    expect(r.map((e) => e.rankFromBottom)).toEqual([4, 2, 2, 1]);
  });

  it('keeps tied cities in their input order', () => {
    const r = rankCities([
      { id: 'x', compositeIndex: 4 },
      { id: 'y', compositeIndex: 4 },
      { id: 'z', compositeIndex: 4 },
    ]);
    expect(r.map((e) => e.id)).toEqual(['x', 'y', 'z']);
    expect(r.every((e) => e.rank === 1 && e.rankFromBottom === 1)).toBe(true);
  });

  it('keeps the other properties of each entry and does not modify the input', () => {
    const input = Object.freeze([Object.freeze({ id: 'taiyuan', compositeIndex: 5.1, name: '太原' })]);
    const [only] = rankCities(input);
    expect(only).toEqual({ id: 'taiyuan', compositeIndex: 5.1, name: '太原', rank: 1, rankFromBottom: 1 });
    expect(input[0]).not.toHaveProperty('rank');
  });

  it('ranks a one-city field as both first and last', () => {
    expect(rankCities([{ id: 'only', compositeIndex: 2 }])[0]).toMatchObject({ rank: 1, rankFromBottom: 1 });
  });

  it('puts both cities of a tie that straddles the bottom-10 cut inside the bottom 10', () => {
    // 168 cities, distinct indexes except places 158 and 159 from the top (倒数第11 and 第10) tied:
    // both then have 9 cities strictly worse → both are 倒数第10 → both in 后10位.
    const field = Array.from({ length: 168 }, (_, i) => ({ id: `c${i + 1}`, compositeIndex: i + 1 }));
    field[157]!.compositeIndex = 159;
    const r = rankCities(field);
    const tied = r.filter((e) => e.compositeIndex === 159);
    expect(tied.map((e) => e.id)).toEqual(['c158', 'c159']);
    expect(tied.map((e) => e.rankFromBottom)).toEqual([10, 10]);
    expect(tied.every((e) => isInBottom(e, 10, 168))).toBe(true);
    expect(tied.map((e) => e.rank)).toEqual([158, 158]);
  });

  it.each([
    ['an empty field', [], 'entries'],
    [
      'a duplicate id',
      [
        { id: 'a', compositeIndex: 1 },
        { id: 'b', compositeIndex: 2 },
        { id: 'a', compositeIndex: 3 },
      ],
      'entries[2].id',
    ],
    ['an empty id', [{ id: '', compositeIndex: 1 }], 'entries[0].id'],
    ['a missing id', [{ compositeIndex: 1 }], 'entries[0].id'],
    ['a negative index', [{ id: 'a', compositeIndex: -1 }], 'entries[0].compositeIndex'],
    ['a NaN index', [{ id: 'a', compositeIndex: Number.NaN }], 'entries[0].compositeIndex'],
    ['an infinite index', [{ id: 'a', compositeIndex: Infinity }], 'entries[0].compositeIndex'],
    ['a string index', [{ id: 'a', compositeIndex: '3.06' }], 'entries[0].compositeIndex'],
    ['a null entry', [null], 'entries[0]'],
    ['no array', undefined, 'entries'],
  ])('rejects %s', (_, entries, field) => {
    expect(() => rankCities(entries as never)).toThrow(PlanInputError);
    expect(() => rankCities(entries as never)).toThrow(expect.objectContaining({ field }));
  });

  it("names the first holder of a duplicate id in the error's expectation", () => {
    expectCode(
      () =>
        rankCities([
          { id: 'a', compositeIndex: 1 },
          { id: 'a', compositeIndex: 2 },
        ]),
      'conflict',
      'entries[1].id',
      'a',
    );
  });

  it('names each bad entry and says what was expected', () => {
    expectCode(() => rankCities([]), 'wrong-type', 'entries');
    expectCode(() => rankCities([5] as never), 'not-plain', 'entries[0]', 5);
    expectCode(() => rankCities(['taiyuan'] as never), 'not-plain', 'entries[0]', 'taiyuan');
    expectCode(() => rankCities([null] as never), 'not-plain', 'entries[0]', null);
    expectCode(() => rankCities([{ id: '', compositeIndex: 1 }]), 'wrong-type', 'entries[0].id', '');
    expectCode(() => rankCities([{ id: 'a', compositeIndex: -1 }]), 'out-of-range', 'entries[0].compositeIndex', -1);
  });

  it('keeps the input order among many tied cities', () => {
    const field = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, compositeIndex: [4, 3, 5][i % 3]! }));
    const ranked = rankCities(field);
    expect(ranked.map((e) => e.id)).toEqual([
      ...field.filter((_, i) => i % 3 === 1).map((e) => e.id),
      ...field.filter((_, i) => i % 3 === 0).map((e) => e.id),
      ...field.filter((_, i) => i % 3 === 2).map((e) => e.id),
    ]);
    expect(ranked).toHaveLength(100);
    expect(ranked[0]).toEqual({ id: 'c1', compositeIndex: 3, rank: 1, rankFromBottom: 68 });
    expect(ranked[99]).toEqual({ id: 'c98', compositeIndex: 5, rank: 68, rankFromBottom: 1 });
  });

  it("copies each entry with the caller's own properties, symbols and an own __proto__ key, on the plain prototype", () => {
    const s = Symbol('note');
    const entries = JSON.parse('[{"id":"a","compositeIndex":2,"__proto__":{"x":1}},{"id":"b","compositeIndex":1}]') as {
      id: string;
      compositeIndex: number;
    }[];
    Object.assign(entries[1]!, { [s]: 'kept', name: 'B' });
    const [b, a] = rankCities(entries) as unknown as Record<PropertyKey, unknown>[];
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.keys(a!)).toEqual(['id', 'compositeIndex', '__proto__', 'rank', 'rankFromBottom']);
    expect(Object.getOwnPropertyDescriptor(a, '__proto__')?.value).toEqual({ x: 1 });
    expect(a!.x).toBeUndefined();
    expect(b![s]).toBe('kept');
    expect(b).toMatchObject({ id: 'b', name: 'B', rank: 1, rankFromBottom: 2 });
    expect(b).not.toBe(entries[1]);
  });

  it('leaves out a non-enumerable symbol key, as it leaves out what is not enumerable', () => {
    const hidden = Symbol('hidden');
    const entry = Object.defineProperty({ id: 'a', compositeIndex: 2 }, hidden, { value: 'secret', enumerable: false });
    const [a] = rankCities([entry]) as unknown as Record<PropertyKey, unknown>[];
    expect(Object.getOwnPropertySymbols(a)).toEqual([]);
    expect(a![hidden]).toBeUndefined();
  });
});

describe('rankCities properties', () => {
  // Indexes drawn from few values so that ties are common.
  const field = fc
    .array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 60 })
    .map((xs) => xs.map((v, i) => ({ id: `c${i}`, compositeIndex: v / 2 })));

  it('gives rank + rankFromBottom = n + 2 − (size of the tie group) for every city', () => {
    fc.assert(
      fc.property(field, (entries) => {
        const n = entries.length;
        for (const e of rankCities(entries)) {
          const tie = entries.filter((x) => x.compositeIndex === e.compositeIndex).length;
          expect(e.rank + e.rankFromBottom).toBe(n + 2 - tie);
        }
      }),
    );
  });

  it('counts rank as 1 + strictly better and rankFromBottom as 1 + strictly worse', () => {
    fc.assert(
      fc.property(field, (entries) => {
        for (const e of rankCities(entries)) {
          expect(e.rank).toBe(1 + entries.filter((x) => x.compositeIndex < e.compositeIndex).length);
          expect(e.rankFromBottom).toBe(1 + entries.filter((x) => x.compositeIndex > e.compositeIndex).length);
        }
      }),
    );
  });

  it('returns every city once, sorted best first', () => {
    fc.assert(
      fc.property(field, (entries) => {
        const r = rankCities(entries);
        expect(r.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
        for (let i = 1; i < r.length; i++) expect(r[i]!.compositeIndex).toBeGreaterThanOrEqual(r[i - 1]!.compositeIndex);
      }),
    );
  });

  it('swaps rank and rankFromBottom when the indexes are mirrored', () => {
    fc.assert(
      fc.property(field, (entries) => {
        const a = new Map(rankCities(entries).map((e) => [e.id, e]));
        const b = new Map(rankCities(entries.map((e) => ({ ...e, compositeIndex: 10 - e.compositeIndex }))).map((e) => [e.id, e]));
        for (const [id, e] of a) {
          expect(b.get(id)!.rank).toBe(e.rankFromBottom);
          expect(b.get(id)!.rankFromBottom).toBe(e.rank);
        }
      }),
    );
  });
});

describe('the 2019 national ranking of 168 key cities: the worst 20', () => {
  // As published (standards §5), from 168th to 149th: place from the bottom k = position in this list.
  const WORST_20 = [
    '安阳',
    '邢台',
    '石家庄',
    '邯郸',
    '临汾',
    '唐山',
    '太原',
    '淄博',
    '焦作',
    '晋城',
    '保定',
    '济南',
    '聊城',
    '新乡',
    '鹤壁',
    '临沂',
    '洛阳',
    '枣庄',
    '咸阳',
    '郑州',
  ];
  // Shanxi's 11 cities, by the library's own place data (names without 市).
  const SHANXI = CITIES.map((c) => c.name.zh.replace(/市$/, ''));
  // The published list gives places, not indexes. To exercise rankCities on a full field of 168, the
  // indexes below are placeholders that only keep the published order (no tie): the other 148 cities
  // get 1.00–2.47, the worst 20 get 9.00 (郑州, 149th) up to 9.19 (安阳, 168th).
  const field = [
    ...Array.from({ length: 148 }, (_, i) => ({ id: `other-${i + 1}`, compositeIndex: 1 + i / 100 })),
    ...WORST_20.map((id, k) => ({ id, compositeIndex: 9 + (19 - k) / 100 })),
  ];
  const ranked = new Map(rankCities(field).map((e) => [e.id, e]));

  it('places 临汾 倒数第5（164th），太原 倒数第7（162nd），晋城 倒数第10（159th）', () => {
    expect(ranked.get('临汾')).toMatchObject({ rank: 164, rankFromBottom: 5 });
    expect(ranked.get('太原')).toMatchObject({ rank: 162, rankFromBottom: 7 });
    expect(ranked.get('晋城')).toMatchObject({ rank: 159, rankFromBottom: 10 });
  });

  it('finds exactly 临汾, 太原 and 晋城 as the Shanxi cities in the bottom 10 (后10位)', () => {
    const inBottom10 = WORST_20.filter((id) => SHANXI.includes(id) && isInBottom(ranked.get(id)!, 10, 168));
    expect(inBottom10).toEqual(['临汾', '太原', '晋城']);
  });

  it('counts 晋城 at 倒数第10 inside the bottom 10: the cut is inclusive', () => {
    expect(isInBottom(ranked.get('晋城')!, 10, 168)).toBe(true);
    expect(exitsBottom(ranked.get('晋城')!, 10, 168)).toBe(false);
  });

  it('has no Shanxi city just outside, at 倒数第11–20 (保定 … 郑州 are in Hebei, Shandong, Henan, Shaanxi)', () => {
    const justOutside = WORST_20.slice(10);
    expect(justOutside).toEqual(['保定', '济南', '聊城', '新乡', '鹤壁', '临沂', '洛阳', '枣庄', '咸阳', '郑州']);
    expect(justOutside.filter((id) => SHANXI.includes(id))).toEqual([]);
    for (const id of justOutside) expect(exitsBottom(ranked.get(id)!, 10, 168)).toBe(true);
  });

  it('gives the same answers from the published places alone (no ties): 164, 162, 159 in, 158 out', () => {
    expect(isInBottom(164, 10, 168)).toBe(true); // 临汾
    expect(isInBottom(162, 10, 168)).toBe(true); // 太原
    expect(isInBottom(159, 10, 168)).toBe(true); // 晋城
    expect(isInBottom(158, 10, 168)).toBe(false); // 保定, 倒数第11
  });

  it('puts the other 8 Shanxi cities outside the worst 20', () => {
    expect(SHANXI.filter((id) => !WORST_20.includes(id))).toHaveLength(8);
  });
});

describe('places at the edge of the field', () => {
  it('accepts the last place, as a bare place or from the bottom', () => {
    expect(isInBottom(168, 1, 168)).toBe(true); // last place from the top is 倒数第1名
    expect(isInBottom({ rankFromBottom: 168 }, 10, 168)).toBe(false); // 倒数第168名 is the best
    expect(isInTop(168, 168, 168)).toBe(true);
    expect(isInTop({ rank: 168 }, 167, 168)).toBe(false);
    expect(exitsBottom(1, 10, 1)).toBe(false);
  });

  it('refuses a place beyond the field, naming it', () => {
    expect(zh(expectCode(() => isInBottom(169, 10, 168), 'out-of-range', 'rank', 169))).toBe('1 到 168 的名次');
    expect(zh(expectCode(() => isInBottom({ rankFromBottom: 169 }, 10, 168), 'out-of-range', 'rankFromBottom', 169))).toBe(
      '1 到 168 的名次',
    );
    expect(zh(expectCode(() => isInTop(169, 10, 168), 'out-of-range', 'rank', 169))).toBe('1 到 168 的名次');
    expect(zh(expectCode(() => isInTop({ rank: 169 }, 10, 168), 'out-of-range', 'rank', 169))).toBe('1 到 168 的名次');
  });
});

describe('isInBottom, isInTop and movedUp name the argument at fault', () => {
  it('a place, a size or a total, and say what was expected', () => {
    expect(zh(expectCode(() => isInBottom(0, 10, 168), 'out-of-range', 'rank', 0))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => isInBottom(1.5, 10, 168), 'not-an-integer', 'rank', 1.5))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => isInBottom('3' as never, 10, 168), 'wrong-type', 'entry', '3'))).toBe(
      '正数名次（数字）或 { rankFromBottom }',
    );
    expect(zh(expectCode(() => isInBottom(null as never, 10, 168), 'wrong-type', 'entry', null))).toBe(
      '正数名次（数字）或 { rankFromBottom }',
    );
    expect(zh(expectCode(() => isInBottom({ rankFromBottom: 0 }, 10, 168), 'out-of-range', 'rankFromBottom', 0))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => isInBottom(3, 0, 168), 'out-of-range', 'n', 0))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => isInBottom(3, 10, 0), 'out-of-range', 'total', 0))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => isInTop(3, 10, -1), 'out-of-range', 'total', -1))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => isInTop('3' as never, 10, 168), 'wrong-type', 'rank', '3'))).toBe('正数名次（数字）或 { rank }');
    expect(zh(expectCode(() => isInTop(null as never, 10, 168), 'wrong-type', 'rank', null))).toBe('正数名次（数字）或 { rank }');
    expect(zh(expectCode(() => isInTop({ rank: 0 }, 10, 168), 'out-of-range', 'rank.rank', 0))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => isInTop(3, 2.5, 168), 'not-an-integer', 'n', 2.5))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => movedUp(0, 3), 'out-of-range', 'previousRank', 0))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => movedUp(3, 0), 'out-of-range', 'currentRank', 0))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => movedUp({ rank: 3 }, { rank: NaN }), 'not-a-number', 'currentRank.rank'))).toBe('≥ 1 的整数');
    expect(zh(expectCode(() => movedUp({ rank: -2 }, { rank: 3 }), 'out-of-range', 'previousRank.rank', -2))).toBe('≥ 1 的整数');
  });
});

describe('isInBottom', () => {
  it('counts 倒数第10 of 168 (place 159 from the top) as in the bottom 10, 倒数第11 (158) as not', () => {
    expect(isInBottom(159, 10, 168)).toBe(true);
    expect(isInBottom(158, 10, 168)).toBe(false);
    expect(isInBottom({ rankFromBottom: 10 }, 10, 168)).toBe(true);
    expect(isInBottom({ rankFromBottom: 11 }, 10, 168)).toBe(false);
  });

  it.each([
    [0, 10, 168],
    [169, 10, 168],
    [1.5, 10, 168],
    [{ rankFromBottom: 0 }, 10, 168],
    [{ rankFromBottom: 169 }, 10, 168],
    [null, 10, 168],
    ['159', 10, 168],
    [159, 0, 168],
    [159, 10, 0],
    [159, 10, Number.NaN],
  ])('rejects place %j, n %j, total %j', (place, n, total) => {
    expect(() => isInBottom(place as never, n, total)).toThrow(PlanInputError);
  });
});

describe('exitsBottom (退出后10位)', () => {
  it('is met by a city at 倒数第11 and not by one at 倒数第10', () => {
    expect(exitsBottom(158, 10, 168)).toBe(true);
    expect(exitsBottom(159, 10, 168)).toBe(false);
  });
});

describe('isInTop', () => {
  it('counts place 20 in the top 20 and 21 out', () => {
    expect(isInTop(20, 20, 168)).toBe(true);
    expect(isInTop({ rank: 21 }, 20, 168)).toBe(false);
  });

  it('puts every city of a tie straddling the cut in the top n (从第1名至并列第19名)', () => {
    const r = rankCities([
      { id: 'a', compositeIndex: 1 },
      { id: 'b', compositeIndex: 2 },
      { id: 'c', compositeIndex: 2 },
      { id: 'd', compositeIndex: 3 },
    ]);
    expect(r.filter((e) => isInTop(e, 2, 4)).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it.each([[0], [169], [2.5], [null], [{ rank: 0 }]])('rejects %j as a place', (place) => {
    expect(() => isInTop(place as never, 20, 168)).toThrow(PlanInputError);
  });
});

describe('movedUp (排名前移)', () => {
  it('is true when the place from the top got smaller', () => {
    expect(movedUp(150, 140)).toBe(true);
  });

  it('is false when the place is unchanged or worse', () => {
    expect(movedUp(140, 140)).toBe(false);
    expect(movedUp({ rank: 140 }, { rank: 152 })).toBe(false);
  });

  it.each([
    [0, 1, 'previousRank'],
    [1, 0, 'currentRank'],
    [1.5, 1, 'previousRank'],
    [{ rank: -1 }, 1, 'previousRank.rank'],
    [1, null, 'currentRank'],
  ])('rejects %j → %j naming %s', (prev, cur, field) => {
    expect(() => movedUp(prev as never, cur as never)).toThrow(expect.objectContaining({ field }));
  });
});

describe('rankCities says what it refuses in Chinese too', () => {
  it.each([
    ['an empty field', [], 'entries', '非空数组 { id, compositeIndex }[]（空的范围无法排名）'],
    ['an entry that is no plain object', [7], 'entries[0]', '普通对象 { id, compositeIndex }'],
    ['a blank id', [{ id: ' ', compositeIndex: 1 }], 'entries[0].id', '非空字符串（不能只有空白）'],
    [
      'an id used twice',
      [
        { id: 'a', compositeIndex: 1 },
        { id: 'a', compositeIndex: 2 },
      ],
      'entries[1].id',
      '未被其他条目使用的 id（entries[0] 已用）',
    ],
    ['a negative index', [{ id: 'a', compositeIndex: -1 }], 'entries[0].compositeIndex', '≥ 0 的有限数'],
  ])('%s', (_, entries, field, expectedZh) => {
    const e = inputError(() => rankCities(entries as never));
    expect(e.field).toBe(field);
    expect(zh(e)).toBe(expectedZh);
  });
});

describe('a revoked Proxy is refused by name, never read', () => {
  it.each([
    ['rankCities', () => rankCities(revoked() as never), 'entries'],
    ['isInBottom', () => isInBottom(revoked() as never, 10, 168), 'entryOrPlace'],
    ['isInTop', () => isInTop(revoked() as never, 10, 168), 'entryOrPlace'],
    ['exitsBottom', () => exitsBottom(revoked() as never, 10, 168), 'entryOrPlace'],
    ['movedUp, the previous place', () => movedUp(revoked() as never, 3), 'previousRank'],
    ['movedUp, the current place', () => movedUp(3, revoked() as never), 'currentRank'],
  ])('%s', (_, f, field) => {
    const e = inputError(f);
    expect(e.field).toBe(field);
    expect(e.message).toContain('received a revoked Proxy');
  });
});
