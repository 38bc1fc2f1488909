/**
 * The pictures of docs/guides are drawn from the data by scripts/generate/charts.ts: the committed files must be
 * what the script draws now (run `npx tsx scripts/generate/charts.ts` after changing the data), well-formed, and
 * show what the plan says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARTS, pm25CeilingsSvg, timelineSvg } from '../../scripts/generate/charts.js';
import { TARGETS } from '../../src/index.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Every tag closed in order (a small check in place of an XML parser). */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

describe('charts', () => {
  it.each(Object.entries(CHARTS))('%s is up to date with the data (run `npx tsx scripts/generate/charts.ts`)', (path, draw) => {
    expect(read(path)).toBe(draw());
  });

  it.each(Object.entries(CHARTS))('%s is a well-formed, self-contained SVG with CJK font fallbacks', (_, draw) => {
    const svg = draw();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(balanced(svg)).toBe(true);
    expect(svg).not.toMatch(/NaN|undefined|Infinity|\[object Object\]/);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/); // no network
    expect(svg).toMatch(/font-family="[^"]*Noto Sans CJK SC[^"]*sans-serif"/);
    expect(svg).toMatch(/<title id="title">[^<]+ \/ [^<]+<\/title>/);
  });

  it('the PM2.5 chart shows the 11 ceilings of 三(七)26, held or striven for, and the GB 3095-2012 limit of 35', () => {
    const svg = pm25CeilingsSvg();
    // As the plan writes them: 稳定控制 for the first six, 力争 for the last five.
    const ceilings: [string, string, number, 'stable' | 'strive'][] = [
      ['大同市', 'Datong', 25, 'stable'],
      ['吕梁市', 'Lüliang', 28, 'stable'],
      ['朔州市', 'Shuozhou', 30, 'stable'],
      ['忻州市', 'Xinzhou', 35, 'stable'],
      ['长治市', 'Changzhi', 35, 'stable'],
      ['晋城市', 'Jincheng', 35, 'stable'],
      ['晋中市', 'Jinzhong', 35, 'strive'],
      ['阳泉市', 'Yangquan', 35, 'strive'],
      ['太原市', 'Taiyuan', 38, 'strive'],
      ['临汾市', 'Linfen', 44, 'strive'],
      ['运城市', 'Yuncheng', 44, 'strive'],
    ];
    const desc = svg.match(/<desc id="desc">([^<]*)<\/desc>/)![1]!;
    expect(desc).toBe(
      `${ceilings.map(([, en, value, strength]) => `${en} ${value} (${strength})`).join(', ')}; GB 3095-2012 limit 35 µg/m³.`,
    );
    for (const [zh, en, value] of ceilings) {
      expect(svg).toContain(`>${zh}</text>`);
      expect(svg).toContain(`>${en}</text>`);
      expect(svg).toContain(`font-size="13" font-weight="bold">${value}</text>`);
    }
    expect(svg.match(/<rect class="bar-stable" [^>]*fill="#2f7d6d"\/>/g)?.length).toBe(6);
    expect(svg.match(/<rect class="bar-strive" [^>]*fill="url\(#strive-hatch\)"\/>/g)?.length).toBe(5);
    expect(svg).toContain('GB 3095-2012 二级年均限值 35 · grade II annual limit');
    expect(svg).toContain('稳定控制 · hold (stable)');
    expect(svg).toContain('力争控制 · strive');
  });

  it('the timeline has a card for every due date of TARGETS, from the signing to 2027-12-31', () => {
    const svg = timelineSvg();
    for (const due of new Set(TARGETS.map((t) => t.due))) expect(svg).toContain(`>${due}</tspan>`);
    expect(svg).toContain('>2024-03-08</tspan>');
    for (const year of ['2024', '2025', '2026', '2027']) expect(svg).toMatch(new RegExp(`>${year}</text>`));
    // Task numbers and short names, e.g. task 21's coal-boiler retrofit and task 26's ceilings.
    expect(svg).toContain('燃煤锅炉超低排放改造');
    expect(svg).toContain('PM2.5年均浓度上限（11市）');
    expect(svg).toMatch(/>26<\/text>/);
  });

  it('the calendar pages embed both pictures by a relative link that TypeDoc copies into the site', () => {
    for (const lang of ['zh', 'en']) {
      const page = read(`docs/guides/targets-calendar.${lang}.md`);
      expect(page).toMatch(/!\[[^\]]+\]\(\.\/deadlines-timeline\.svg\)/);
      expect(page).toMatch(/!\[[^\]]+\]\(\.\/pm25-ceilings-2025\.svg\)/);
    }
    for (const path of Object.keys(CHARTS)) expect(existsSync(new URL(`../../${path}`, import.meta.url))).toBe(true);
  });
});

describe('the timeline reads', () => {
  it("puts each year's label beside that year's own cards", () => {
    const svg = timelineSvg();
    const cards = [
      ...svg.matchAll(
        /<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" rx="8"[^>]*\/>[\s\S]*?<tspan font-weight="bold" fill="[^"]+">(\d{4})-/g,
      ),
    ].map((m) => ({
      top: Number(m[1]),
      bottom: Number(m[1]) + Number(m[2]),
      year: m[3]!,
    }));
    expect(cards.length).toBe(new Set(TARGETS.map((t) => t.due)).size + 2); // + the signing and the new standards
    const labels = [
      ...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" font-size="15" font-weight="bold" fill="#3e4c59" text-anchor="end">(\d{4})<\/text>/g),
    ];
    expect(labels.map((m) => m[2])).toEqual(['2024', '2025', '2026', '2027']);
    for (const [, y, year] of labels) {
      const mine = cards.filter((c) => c.year === year);
      expect(mine.length, year).toBeGreaterThan(0);
      expect(Number(y), year).toBeGreaterThanOrEqual(Math.min(...mine.map((c) => c.top)));
      expect(Number(y), year).toBeLessThanOrEqual(Math.max(...mine.map((c) => c.bottom)));
    }
  });

  it('draws no text under 11 px and no wider than the docs column', () => {
    for (const svg of [timelineSvg(), pm25CeilingsSvg()]) {
      expect(Math.min(...[...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])))).toBeGreaterThanOrEqual(11);
      expect(Number(svg.match(/viewBox="0 0 ([\d.]+) /)![1])).toBeLessThanOrEqual(608);
    }
  });
});
