/**
 * The documentation site in a real browser (Debian's Chromium, driven by playwright-core; see harness.ts):
 * - every local link and image of every page resolves (the whole of docs-site/ crawled);
 * - no page logs a console error or fails a request, and nothing is fetched from outside the site;
 * - the explorer gives, in each mode and for a table of cases, what the same call gives in Node (the
 *   expectations are computed here, by calling the library's build), errors included: beside their field;
 * - the charts' smallest text is at least 11 px at the docs column's width.
 *
 * Run: npm run test:browser (builds the package and the site first).
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Lib from '../../src/index.js';
import { formatHash, observationOf, type Lang, type State } from '../../docs/explorer/state.js';
import { checkLinks, htmlFiles } from '../../scripts/site/links.js';
import { SITE, launch, serve, watchedPage, type Browser } from './harness.js';

// The same build the page runs (dist/, built by `npm run test:browser`), typed by the sources: type-checking
// must not need a build.
const lib = (await import(/* @vite-ignore */ new URL('../../dist/index.js', import.meta.url).href)) as typeof Lib;

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, base } = await serve());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the site', () => {
  it('has no dead local link or missing image on any page', () => {
    const report = checkLinks(SITE);
    console.log(
      `crawled ${report.pages} pages: ${report.local} local links and images checked, ${report.external} external links not followed`,
    );
    expect(report.pages).toBeGreaterThan(300);
    expect(report.dead).toEqual([]);
  });

  it('names the modules by their entry points and lists the guides in both languages, in the same order', () => {
    const home = readFileSync(`${SITE}/index.html`, 'utf8');
    expect(home).not.toMatch(/href="https?:\/\/[A-Z]+\.md"/); // a file name never becomes a host
    const modules = readFileSync(`${SITE}/modules.html`, 'utf8');
    for (const m of [
      'shanxi-air-plan',
      'shanxi-air-plan/plan',
      'shanxi-air-plan/targets',
      'shanxi-air-plan/rules',
      'shanxi-air-plan/air',
      'shanxi-air-plan/source',
      'shanxi-air-plan/schemas',
    ]) {
      expect(modules).toContain(`>${m}<`);
    }
    expect(home).toContain('explorer.html');
  });

  it('opens every page without a console error, a failed request or a request outside the site', async () => {
    const pages = htmlFiles(SITE).map((f) => relative(SITE, f).split('\\').join('/'));
    const failures: string[] = [];
    const workers = 4;
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const { page, errors } = await watchedPage(browser.context);
        while (next < pages.length) {
          const path = pages[next++]!;
          errors.length = 0;
          await page.goto(base + path.split('/').map(encodeURIComponent).join('/'), { waitUntil: 'load' });
          if (path === 'explorer.html') await page.waitForSelector('[data-out="share"]');
          if (errors.length > 0) failures.push(`${path}: ${errors.join('; ')}`);
        }
        await page.close();
      }),
    );
    console.log(`opened ${pages.length} pages in Chromium`);
    expect(failures).toEqual([]);
    expect(browser.outside).toEqual([]);
  }, 600_000);

  it("draws the charts' text at 11 px or more at the docs column's width", async () => {
    const { page } = await watchedPage(browser.context);
    for (const doc of ['documents/目标与期限.html', 'documents/Targets_and_deadlines.html']) {
      await page.goto(base + encodeURI(doc), { waitUntil: 'load' });
      const images = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLImageElement>('.col-content img[src$=".svg"]')].map((i) => ({
          src: i.getAttribute('src')!,
          width: i.getBoundingClientRect().width,
        })),
      );
      expect(images.length).toBe(2);
      for (const img of images) {
        const svg = readFileSync(`${SITE}/documents/${img.src}`, 'utf8');
        const viewBox = Number(svg.match(/viewBox="0 0 ([\d.]+) /)![1]);
        const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
        const smallest = Math.min(...sizes) * (img.width / viewBox);
        expect(smallest, `${img.src} in ${doc}: smallest text ${smallest.toFixed(1)} px`).toBeGreaterThanOrEqual(11);
      }
      // Tables fit the column or scroll inside it: none spills over the page.
      const spill = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(spill).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});

// ---------------------------------------------------------------------------------------------------
// The explorer against Node

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${base}explorer.html${hash}`, { waitUntil: 'load' });
  await page.waitForSelector('[data-out="share"]');
}
// biome-ignore lint/performance/useDomNodeTextContent: the text as a reader sees it (rendered), which is what is compared
const text = (page: Page, sel: string) => page.locator(sel).first().innerText();
const texts = (page: Page, sel: string) => page.locator(sel).allInnerTexts();

/** What the page must show for a PlanInputError: its message in the page's language, in the error box and beside its field. */
async function expectError(page: Page, thrown: unknown, field: string, lang: 'zh' | 'en'): Promise<void> {
  expect(thrown).toBeInstanceOf(lib.PlanInputError);
  const e = thrown as InstanceType<typeof lib.PlanInputError>;
  const message = lang === 'zh' ? e.messageZh : e.message;
  expect(await text(page, '[data-out="error"]')).toContain(message);
  expect(await text(page, `[data-error-for="${field}"]`)).toBe(message);
}

function attempt<T>(f: () => T): { value?: T; error?: unknown } {
  try {
    return { value: f() };
  } catch (error) {
    return { error };
  }
}

const LANGS: Lang[] = ['zh', 'en'];
const POLLUTANT_NAMES: Record<string, string> = {
  pm25_24h: 'PM2.5 24 h',
  pm10_24h: 'PM10 24 h',
  no2_24h: 'NO₂ 24 h',
  so2_24h: 'SO₂ 24 h',
  co_24h: 'CO 24 h',
  o3_8h: 'O₃ 8 h',
  o3_1h: 'O₃ 1 h',
};

const AQI_CASES: [string, State, string?][] = [
  ['the README day: AQI 210, 重度污染', { pm25_24h: 160, pm10_24h: 210, no2_24h: 60, date: '2025-01-15' }],
  ['six pollutants on a summer day', { so2_24h: 20, no2_24h: 40, co_24h: 1.2, o3_8h: 120, pm10_24h: 70, pm25_24h: 35, date: '2025-06-01' }],
  ['a clean day (AQI ≤ 50: no primary pollutant)', { pm25_24h: 20, pm10_24h: 30, date: '2025-05-05' }],
  ['HJ 633-2026 from 2026-03-01', { pm10_24h: 150, date: '2026-03-01' }],
  ['beyond the scale', { pm25_24h: 620, date: '2025-01-01' }],
  ['a negative concentration', { pm25_24h: -3, date: '2025-01-15' }, 'pm25_24h'],
  ['a day that does not exist', { pm25_24h: 30, date: '2025-13-01' }, 'date'],
  ['a concentration that is not a number', { pm25_24h: 'abc', date: '2025-01-15' }, 'pm25_24h'],
];

describe('explorer: AQI', () => {
  it.each(AQI_CASES.flatMap(([name, state, field]) => LANGS.map((lang) => [name, lang, state, field] as const)))(
    '%s (%s)',
    async (_name, lang, state, field) => {
      const { page, errors } = await watchedPage(browser.context);
      await open(page, formatHash('aqi', state, lang));
      const { date, ...concentrations } = state;
      const r = attempt(() => lib.aqi(concentrations as Parameters<typeof lib.aqi>[0], { date: date as string }));
      if (field !== undefined) await expectError(page, r.error, field, lang);
      else {
        expect(r.error).toBeUndefined();
        const v = r.value!;
        expect(await text(page, '[data-out="aqi"]')).toBe(String(v.aqi));
        expect(await text(page, '[data-out="category"]')).toBe(v.category[lang]);
        expect(await text(page, '[data-out="level"]')).toBe(String(v.level));
        expect(await text(page, '[data-out="edition"]')).toBe(`HJ 633-${v.edition}`);
        const primary = await text(page, '[data-out="primary"]');
        for (const p of v.primaryPollutants) expect(primary).toContain(POLLUTANT_NAMES[p]!);
        for (const [p, iaqi] of Object.entries(v.iaqis))
          expect(await text(page, `[data-out="iaqi-${p}"]`)).toBe(iaqi === null ? '—' : String(iaqi));
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('shows AQI 210 and 重度污染 for the documented example link, and switches to English with the toggle', async () => {
    const { page } = await watchedPage(browser.context);
    await open(page, `#aqi=${encodeURIComponent('{"pm25_24h":160,"pm10_24h":210,"no2_24h":60,"date":"2025-01-15"}')}`);
    expect(await text(page, '[data-out="aqi"]')).toBe('210');
    expect(await text(page, '[data-out="category"]')).toBe('重度污染');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await text(page, '[data-out="category"]')).toBe('Heavily polluted');
    expect(page.url()).toContain('lang=en');
    await page.close();
  });
});

const first = (kind: string) => lib.TARGETS.find((t) => t.kind === kind && !('baseline' in t && t.baseline.change === 'places-risen'))!.id;
const risen = lib.TARGETS.find((t) => t.kind === 'change' && 'baseline' in t && t.baseline.change === 'places-risen')!.id;
const TARGET_CASES: [string, State, string?][] = [
  ['Taiyuan 39.2 over its 38: not met by 1.2', { id: 'pm25-2025-taiyuan', observed: 39.2, asOf: '2026-01-20' }],
  ['Datong 24.1 under its 25: met', { id: 'pm25-2025-datong', observed: 24.1, asOf: '2026-01-20' }],
  ['before the due date: pending', { id: 'pm25-2025-taiyuan', observed: 39.2, asOf: '2025-06-30' }],
  ['a change on the baseline year', { id: first('change'), observed: 95, baseline: 100, asOf: '2028-01-01' }],
  ['a change target without its baseline', { id: first('change'), observed: 5, asOf: '2028-01-01' }, 'observed'],
  ['a ranking target', { id: first('ranking'), observed: 150, of: 168, asOf: '2026-06-30' }],
  ['a rise in the ranking', { id: risen, observed: 140, of: 168, baselineRank: 150, asOf: '2026-06-30' }],
  ['a milestone done', { id: first('milestone'), done: true, asOf: '2028-01-01' }],
  ['an unquantified target', { id: first('unquantified'), asOf: '2028-01-01' }],
  ['an observation that is not a number', { id: 'pm25-2025-taiyuan', observed: 'abc', asOf: '2026-01-20' }, 'observed'],
  ['an as-of day that does not exist', { id: 'pm25-2025-taiyuan', observed: 30, asOf: '2026-02-30' }, 'asOf'],
];

describe('explorer: targets', () => {
  it.each(TARGET_CASES.flatMap(([name, state, field]) => LANGS.map((lang) => [name, lang, state, field] as const)))(
    '%s (%s)',
    async (_name, lang, state, field) => {
      const { page, errors } = await watchedPage(browser.context);
      await open(page, formatHash('target', state, lang));
      const target = lib.getTarget(state.id as string);
      const r = attempt(() =>
        lib.evaluateTarget(target, observationOf(target, state) as Parameters<typeof lib.evaluateTarget>[1], {
          asOf: state.asOf as string,
        }),
      );
      if (field !== undefined) await expectError(page, r.error, field, lang);
      else {
        expect(r.error).toBeUndefined();
        const v = r.value!;
        expect(await page.locator('[data-out="status"]').getAttribute('data-status')).toBe(v.status);
        const margin = typeof v.margin === 'number' ? (v.margin > 0 ? `+${v.margin}` : String(v.margin)) : '—';
        expect(await text(page, '[data-out="margin"]')).toBe(margin);
        expect(await text(page, '[data-out="explanation-zh"]')).toBe(v.explanation.zh);
        expect(await text(page, '[data-out="explanation-en"]')).toBe(v.explanation.en);
        expect(await text(page, '[data-out="quote"]')).toBe(v.source.quote);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('shows the documented example link as not met by 1.2', async () => {
    const { page } = await watchedPage(browser.context);
    await open(page, `#target=${encodeURIComponent('{"id":"pm25-2025-taiyuan","observed":39.2,"asOf":"2026-01-20"}')}`);
    expect(await text(page, '[data-out="status"]')).toBe('未达成');
    expect(await text(page, '[data-out="margin"]')).toBe('-1.2');
    await page.close();
  });

  it.each(LANGS)('shows a commitment of the register (%s): what it asks, its bodies, its sentence highlighted', async (lang) => {
    const c = lib.getCommitment('monthly-ranking-publication');
    const { page, errors } = await watchedPage(browser.context);
    await open(page, `#target=${encodeURIComponent(JSON.stringify({ id: c.id }))}&lang=${lang}`);
    expect(await text(page, '.card h2')).toBe(c.text[lang]);
    expect(await text(page, '[data-out="due"]')).toBe('monthly');
    expect(await text(page, '[data-out="departments"]')).toContain(lib.getDepartment(c.departments[0]!).name[lang]);
    expect(await text(page, '[data-out="quote"]')).toBe(c.source.quote);
    expect(errors).toEqual([]);
    await page.close();
  });
});

const ASSESS_CASES: [string, State, string?][] = [
  ['a 20 t/h coal boiler: task 9', { kind: 'coal-boiler', capacityTph: 20 }],
  ['a 50 t/h coal boiler in Taiyuan: task 21 by 2024-10-31', { kind: 'coal-boiler', capacityTph: 50, location: { city: 'taiyuan' } }],
  ['an 80 t converter', { kind: 'converter', capacityT: 80, location: { city: 'taiyuan' } }],
  ['a stepping sinter machine in Jiexiu (the Taiyuan basin)', { kind: 'sinter-machine', type: 'stepping', location: { county: '140781' } }],
  ['a China IV diesel truck', { kind: 'truck', fuel: 'diesel', emissionStage: 'china-4' }],
  ['a negative capacity', { kind: 'coal-boiler', capacityTph: -5 }, 'capacityTph'],
  ['an unknown city', { kind: 'coal-boiler', capacityTph: 5, location: { city: 'xian' } }, 'location.city'],
];

describe('explorer: subjects (assess)', () => {
  it.each(ASSESS_CASES.flatMap(([name, state, field]) => LANGS.map((lang) => [name, lang, state, field] as const)))(
    '%s (%s)',
    async (_name, lang, state, field) => {
      const { page, errors } = await watchedPage(browser.context);
      await open(page, formatHash('assess', state, lang));
      const r = attempt(() => lib.assess(state as Parameters<typeof lib.assess>[0]));
      if (field !== undefined) await expectError(page, r.error, field, lang);
      else {
        expect(r.error).toBeUndefined();
        const verdicts = r.value!;
        expect(verdicts.length).toBeGreaterThan(0);
        expect(await page.locator('article.verdict').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toEqual(
          verdicts.map((v) => v.rule),
        );
        expect(await texts(page, 'article.verdict [data-out="task"]')).toEqual(verdicts.map((v) => String(v.task)));
        const deadlines = await texts(page, 'article.verdict [data-out="deadline"]');
        for (const [i, v] of verdicts.entries()) {
          if (v.deadline) expect(deadlines[i]).toContain(v.deadline);
          else expect(deadlines[i]).not.toMatch(/\d{4}-\d\d-\d\d/);
        }
        const conditions = await texts(page, 'article.verdict [data-out="condition"]');
        for (const [i, v] of verdicts.entries()) if (v.condition) expect(conditions[i]).toContain(v.condition.text[lang]);
        expect(await texts(page, 'article.verdict [data-out="quote"]')).toEqual(verdicts.map((v) => v.source.quote));
        const compliance = await texts(page, 'article.verdict [data-out="compliance"]');
        expect(compliance.length).toBe(verdicts.filter((v) => (v as { compliance?: unknown }).compliance !== undefined).length);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("shows task 9's verdicts for the documented example link, with a form generated from the kind's schema", async () => {
    const { page } = await watchedPage(browser.context);
    await open(page, `#assess=${encodeURIComponent('{"kind":"coal-boiler","capacityTph":20}')}`);
    expect(await texts(page, 'article.verdict [data-out="task"]')).toContain('9');
    expect(await page.locator('[data-field="capacityTph"]').inputValue()).toBe('20');
    expect(await page.locator('label', { hasText: 'capacityTph' }).count()).toBe(1);
    expect(await page.locator('[data-field="location.city"] option').count()).toBe(12); // unknown + 11 cities
    // Keyboard: the tabs move with the arrow keys.
    await page.locator('#tab-assess').focus();
    await page.keyboard.press('ArrowLeft');
    expect(page.url()).toContain('#target=');
    await page.close();
  });
});
