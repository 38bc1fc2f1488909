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
import { assessCode, formatHash, groupOf, observationOf, orderVerdicts, type Lang, type State } from '../../docs/explorer/state.js';
import { checkLinks, htmlFiles } from '../../scripts/site/links.js';
import { SITE, launch, serve, watchedPage, type Browser } from './harness.js';

// The same build the page runs (dist/, built by `npm run test:browser`), typed by the sources: type-checking
// must not need a build.
const lib = (await import(/* @vite-ignore */ new URL('../../dist/index.js', import.meta.url).href)) as typeof Lib;

let server: Server;
let base: string;
let browser: Browser;
let phone: Browser;

beforeAll(async () => {
  ({ server, base } = await serve());
  browser = await launch();
  phone = await launch({ width: 390, height: 844 });
});

afterAll(async () => {
  await browser?.close();
  await phone?.close();
  server?.close();
});

/** The desktop (1280 px) and the phone (390 px) browsers, for the tests that must hold on both. */
const SCREENS = [
  ['desktop 1280 px', () => browser],
  ['phone 390 px', () => phone],
] as const;

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
        // Prohibitions first, then overdue duties, then dated duties by date, then the rest.
        const ordered = orderVerdicts(verdicts);
        expect(await page.locator('article.verdict').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toEqual(
          ordered.map((v) => v.rule),
        );
        expect(new Set(ordered.map((v) => v.rule))).toEqual(new Set(verdicts.map((v) => v.rule)));
        const groups = ordered.map((v) => ['prohibited', 'overdue', 'dated', 'other'].indexOf(groupOf(v)));
        expect(groups).toEqual([...groups].sort((a, b) => a - b));
        expect(await texts(page, 'article.verdict [data-out="task"]')).toEqual(ordered.map((v) => String(v.task)));
        const verdictsInOrder = ordered;
        const deadlines = await texts(page, 'article.verdict [data-out="deadline"]');
        for (const [i, v] of verdictsInOrder.entries()) {
          if (v.deadline) expect(deadlines[i]).toContain(v.deadline);
          else expect(deadlines[i]).not.toMatch(/\d{4}-\d\d-\d\d/);
        }
        const conditions = await texts(page, 'article.verdict [data-out="condition"]');
        for (const [i, v] of verdictsInOrder.entries()) if (v.condition) expect(conditions[i]).toContain(v.condition.text[lang]);
        expect(await texts(page, 'article.verdict [data-out="quote"]')).toEqual(verdictsInOrder.map((v) => v.source.quote));
        // Compliance in words (符合 / 不符合 / 无法判断) with its reason, never the raw code.
        const compliance = await texts(page, 'article.verdict [data-out="compliance"]');
        const words = {
          complies: { zh: '符合', en: 'complies' },
          'does-not-comply': { zh: '不符合', en: 'does not comply' },
          unknown: { zh: '无法判断', en: 'cannot tell' },
        } as const;
        expect(compliance.length).toBe(verdictsInOrder.length);
        for (const [i, v] of verdictsInOrder.entries()) {
          expect(compliance[i]).toContain(words[v.compliance][lang]);
          expect(compliance[i]).toContain(v.complianceReason[lang]);
        }
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
    // Labelled in Chinese with the unit, the kind and its options by name.
    expect(await text(page, `label[for="${await page.locator('[data-field="capacityTph"]').getAttribute('id')}"]`)).toBe(
      '锅炉容量（蒸吨/小时）',
    );
    expect(await page.locator('[data-field="kind"] option:checked').textContent()).toBe('燃煤锅炉（coal-boiler）');
    expect(await page.locator('[data-field="use"] option').allInnerTexts()).toEqual(['— 未知 —', '集中供暖', '其他']);
    expect(await page.locator('[data-field="location.city"] option').count()).toBe(12); // unknown + 11 cities
    // Keyboard: the tabs move with the arrow keys.
    await page.locator('#tab-assess').focus();
    await page.keyboard.press('ArrowLeft');
    expect(page.url()).toContain('#target=');
    await page.close();
  });
});

// ---------------------------------------------------------------------------------------------------
// For the officials who carry the plan out: Chinese first, searchable, readable on a phone (issue 24)

const CJK = /[\u4e00-\u9fff]/;
const pageUrl = (path: string) => base + path.split('/').map(encodeURIComponent).join('/');

describe('Chinese pages', () => {
  it('marks every Chinese guide zh-CN and every English page en, with its chrome in Chinese', async () => {
    const pages = htmlFiles(SITE).map((f) => relative(SITE, f).split('\\').join('/'));
    const zh = pages.filter((p) => p.startsWith('documents/') && CJK.test(p));
    expect(zh.length).toBeGreaterThanOrEqual(10);
    for (const p of pages) {
      if (p === 'explorer.html' || p.startsWith('pagefind/')) continue;
      const html = readFileSync(`${SITE}/${p}`, 'utf8');
      const lang = html.match(/<html[^>]* lang="([^"]+)"/)?.[1];
      expect(lang, p).toBe(zh.includes(p) ? 'zh-CN' : 'en');
    }
    const guide = readFileSync(`${SITE}/documents/快速上手.html`, 'utf8');
    expect(guide).toContain('<h3>本页目录</h3>');
    expect(guide).not.toContain('On This Page');
  });

  it('leaves no space where a Chinese line was wrapped (原文的 条款)', () => {
    for (const p of ['documents/快速上手.html', 'documents/本库的取舍.html', 'index.html']) {
      const html = readFileSync(`${SITE}/${p}`, 'utf8').replace(/<pre[\s\S]*?<\/pre>/g, '');
      expect(html, p).not.toMatch(/[\u4e00-\u9fff，。：；、（）]\n[\u4e00-\u9fff，。：；、（）]/);
    }
  });

  it('renders every bold span of the guides, none left as ** (a Chinese full stop before a closing ** keeps it literal)', () => {
    for (const f of htmlFiles(`${SITE}/documents`)) {
      const text = readFileSync(f, 'utf8')
        .replace(/<pre[\s\S]*?<\/pre>/g, '')
        .replace(/<code[\s\S]*?<\/code>/g, '');
      expect(text.includes('**'), relative(SITE, f)).toBe(false);
    }
  });

  it.each(SCREENS)('has one H1 on the home page and a favicon (%s)', async (_name, which) => {
    const { page, errors } = await watchedPage(which().context);
    await page.goto(base, { waitUntil: 'load' });
    expect(await page.locator('h1').count()).toBe(1);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBeTruthy();
    const res = await page.request.get(new URL(icon!, base).href);
    expect(res.status()).toBe(200);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(SCREENS)("shows the assess API page's summary and example before its expanded return type (%s)", async (_name, which) => {
    const { page } = await watchedPage(which().context);
    await page.goto(`${base}functions/shanxi-air-plan.assess.html`, { waitUntil: 'load' });
    const example = await page.locator('.tsd-tag-example').first().boundingBox();
    expect(example).not.toBeNull();
    // The example begins within the first two screens, not 5,000 px down.
    expect(example!.y).toBeLessThan(1800);
    expect(await page.locator('details.long-signature').count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

/** Types a query in the header's search box and waits for the site search's pages. */
async function search(page: Page, query: string): Promise<string[]> {
  if (!(await page.locator('#tsd-search').evaluate((d) => (d as HTMLDialogElement).open)))
    await page.locator('#tsd-search-trigger').click();
  await page.locator('#tsd-search-input').fill(query);
  await page.waitForFunction((q) => document.getElementById('site-search')?.dataset.ready === q, query, { timeout: 20_000 });
  return page.locator('#site-search-results a').evaluateAll((as) => as.map((a) => decodeURIComponent((a as HTMLAnchorElement).pathname)));
}

describe('search', () => {
  it.each(SCREENS)(
    'finds the guides for 锅炉, 清徐, 台账 and an English word, and Enter on 锅炉 lands on the rules guide (%s)',
    async (_name, which) => {
      const { page, errors } = await watchedPage(which().context);
      await page.goto(pageUrl('documents/快速上手.html'), { waitUntil: 'load' });
      const boilers = await search(page, '锅炉');
      expect(boilers.some((p) => p.endsWith('/documents/规则与对象类型.html'))).toBe(true);
      const qingxu = await search(page, '清徐');
      expect(qingxu.length).toBeGreaterThan(0);
      expect(qingxu.some((p) => p.includes('/documents/'))).toBe(true);
      const ledger = await search(page, '台账');
      expect(ledger[0]).toMatch(/\/documents\/任务分工台账\.html$/);
      const english = await search(page, 'ledger');
      expect(english.some((p) => p.endsWith('/documents/Task_assignment_ledger.html'))).toBe(true);
      // The Chinese page's search box speaks Chinese.
      expect(await page.locator('#tsd-search-input').getAttribute('placeholder')).toMatch(CJK);
      // Enter with no API name found opens the first page found: for 锅炉, the rules guide.
      await page.locator('#tsd-search-input').fill('');
      const hits = await search(page, '锅炉');
      await page.locator('#tsd-search-input').press('Enter');
      await page.waitForURL((u) => decodeURIComponent(u.pathname) === hits[0]);
      expect(hits[0]).toMatch(/\/documents\/规则与对象类型\.html$/);
      expect(await page.locator('h1').first().textContent()).toContain('规则与对象类型');
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('the ledger', () => {
  it.each(SCREENS)('is folded by department, links the CSV for download, and fits the screen (%s)', async (name, which) => {
    const { page, errors } = await watchedPage(which().context);
    await page.goto(pageUrl('documents/任务分工台账.html'), { waitUntil: 'load' });
    // Navigable by department: a list of links, each section folded, so the page is short until one is opened.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(12_000);
    expect(await page.locator('details.ledger').count()).toBeGreaterThanOrEqual(20);
    // The CSV: a link on the page, served by the site, the same bytes as docs/ledger.csv.
    const link = page.locator('a[href$="ledger.csv"]').first();
    const res = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(res.status()).toBe(200);
    expect((await res.body()).equals(readFileSync('docs/ledger.csv'))).toBe(true);
    // Opening a department from its link.
    await page.locator('a[href="#ledger-ecology-environment"]').click();
    const section = page.locator('details#ledger-ecology-environment');
    await expect.poll(() => section.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Nothing spills over the page's edge.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Dates never wrap: every date cell is one line.
    const dates = await section.locator('td.date').evaluateAll((tds) =>
      tds.slice(0, 30).map((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return r.getClientRects().length;
      }),
    );
    expect(dates.length).toBeGreaterThan(0);
    for (const lines of dates) expect(lines).toBe(1);
    const content = section.locator('td[data-label="内容"]').first();
    if (name.startsWith('desktop')) {
      // 内容 gets the room: at least a third of the table.
      const [cell, table] = await Promise.all([content.boundingBox(), section.locator('table').first().boundingBox()]);
      expect(cell!.width).toBeGreaterThan(table!.width / 3);
    } else {
      // On a phone each row is a card: the cells stack, each under its column's name.
      expect(await content.evaluate((td) => getComputedStyle(td).display)).toBe('block');
      const task = section.locator('td[data-label="任务"]').first();
      expect(await task.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('任务');
      const row = await section.locator('tbody tr').first().boundingBox();
      expect((await content.boundingBox())!.width).toBeGreaterThan(row!.width * 0.9);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the charts' text at 11 px or more on a phone", async () => {
    const { page } = await watchedPage(phone.context);
    await page.goto(pageUrl('documents/目标与期限.html'), { waitUntil: 'load' });
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
      expect(Math.min(...sizes) * (img.width / viewBox)).toBeGreaterThanOrEqual(11);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('explorer for an official', () => {
  const boiler: State = { kind: 'coal-boiler', capacityTph: 50, location: { city: 'taiyuan' }, asOf: '2025-01-01' };

  it.each(SCREENS)(
    'describes a boiler in Chinese and says what is prohibited, what is overdue, what applies (%s)',
    async (_name, which) => {
      const { page, errors } = await watchedPage(which().context);
      await open(page, formatHash('assess', boiler, 'zh'));
      const { asOf, ...subject } = boiler;
      const verdicts = lib.assess(subject as Parameters<typeof lib.assess>[0], { asOf: asOf as string });
      // Every label of the form is Chinese, quantities with their unit, and none runs past the form's edge.
      const labels = await page.locator('#form label').allInnerTexts();
      for (const l of labels) expect(l).toMatch(CJK);
      expect(labels).toContain('锅炉容量（蒸吨/小时）');
      expect(labels).toContain('距大型热电联产电厂距离（公里）');
      const overflow = await page.evaluate(() => {
        const form = document.getElementById('form')!.getBoundingClientRect();
        return [...document.querySelectorAll('#form label, #form legend, #form .hint')]
          .filter((l) => l.getBoundingClientRect().right > form.right + 0.5 || l.scrollWidth > l.clientWidth + 1)
          .map((l) => l.textContent);
      });
      expect(overflow).toEqual([]);
      // The summary: prohibitions, then overdue duties, then dated ones, then the rest.
      const summaryGroups = await page.locator('[data-summary]').evaluateAll((els) => els.map((e) => e.getAttribute('data-summary')));
      expect(summaryGroups).toEqual(['prohibited', 'overdue', 'other']);
      expect(await text(page, '[data-summary="prohibited"] h4')).toBe('禁止事项（1）');
      const overdue = verdicts.filter((v) => groupOf(v) === 'overdue');
      expect(overdue.map((v) => v.rule)).toEqual(['coal-boiler-ule-35-65']); // 35–65 t/h: 超低排放改造 by 2024-10-31
      expect(await text(page, '[data-summary="overdue"]')).toContain('2024-10-31');
      expect(await text(page, '[data-summary="overdue"]')).toContain(overdue[0]!.reason.zh);
      expect(await text(page, 'article.verdict[data-rule="coal-boiler-ule-35-65"] [data-out="overdue"]')).toBe('已逾期');
      // The first card on the page is the prohibition, near the top (not ~2,500 px down).
      const first = page.locator('article.verdict').first();
      expect(await first.getAttribute('data-group')).toBe('prohibited');
      // Facts as a readable list, no raw JSON.
      const card = page.locator('article.verdict[data-rule="coal-boiler-ule-35-65"]');
      await card.locator('details summary', { hasText: '比较的事实' }).click();
      const facts = await card.locator('[data-out="facts"]').textContent();
      expect(facts).toContain('锅炉容量');
      expect(facts).toContain('50 蒸吨/小时');
      expect(facts).toContain('已过期限');
      expect(facts).not.toContain('{');
      expect(await page.locator('article.verdict pre').count()).toBe(0);
      // Copy as code: the assess call that gives the same answer.
      const code = await page.locator('[data-out="code"]').textContent();
      expect(code).toBe(assessCode(boiler));
      const call = code!.match(/assess\(([\s\S]*)\);$/)![1]!;
      const args = JSON.parse(`[${call}]`) as [unknown, unknown];
      expect(lib.assess(args[0] as Parameters<typeof lib.assess>[0], args[1] as Parameters<typeof lib.assess>[1])).toEqual(verdicts);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each(SCREENS)('groups the target picker by place and kind, in Chinese, commitments included (%s)', async (_name, which) => {
    const { page } = await watchedPage(which().context);
    await open(page, formatHash('target', { id: 'pm25-2025-taiyuan', observed: 39.2, asOf: '2026-01-20' }, 'zh'));
    const groups = await page.locator('[data-field="id"] optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')!));
    expect(groups).toContain('目标 · 全省');
    expect(groups).toContain('目标 · 太原市');
    expect(groups.some((g) => g.startsWith('承诺 · '))).toBe(true);
    const options = await page.locator('[data-field="id"] option').allInnerTexts();
    expect(options.length).toBe(lib.TARGETS.length + lib.COMMITMENTS.length);
    for (const o of options) expect(o).toMatch(CJK);
    // The margin with its unit and what its sign means.
    expect(await text(page, '[data-out="margin"]')).toBe('-1.2');
    expect(await text(page, '[data-out="margin-unit"]')).toContain('µg/m³');
    expect(await text(page, '[data-out="margin-sign"]')).toContain('负数表示未达到');
    await page.close();
  });

  /** The indicators the library takes for a report on a day (asked of the build, each alone). */
  const takes = (date: string, report: string) =>
    ['so2_24h', 'so2_1h', 'no2_24h', 'no2_1h', 'co_24h', 'co_1h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm10_1h', 'pm25_24h', 'pm25_1h'].filter(
      (k) => {
        try {
          lib.aqi({ [k]: 0 } as Parameters<typeof lib.aqi>[0], { date, report } as Parameters<typeof lib.aqi>[1]);
          return true;
        } catch {
          return false;
        }
      },
    );

  it.each([
    ['2026-05-01', 'hourly', { pm25_1h: 80, pm10_1h: 120 }],
    ['2026-05-01', 'daily', { pm25_24h: 80 }],
    ['2025-01-15', 'hourly', { pm25_24h: 80, no2_1h: 150 }],
    ['2025-01-15', 'daily', { pm25_24h: 80 }],
  ] as const)('offers 日报 and 实时报 with the indicators the library takes: %s %s', async (date, report, values) => {
    const { page, errors } = await watchedPage(browser.context);
    const state = { date, report, ...values } as State;
    await open(page, formatHash('aqi', state, 'zh'));
    expect(await page.locator('[data-field="report"] option').allInnerTexts()).toEqual(['日报', '实时报']);
    const fields = await page.locator('#form [data-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
    expect(fields.filter((f) => f !== 'date' && f !== 'report').sort()).toEqual(takes(date, report).sort());
    if (date >= '2026') expect(fields.includes('pm25_1h')).toBe(report === 'hourly');
    const r = lib.aqi(values as Parameters<typeof lib.aqi>[0], { date, report } as Parameters<typeof lib.aqi>[1]);
    expect(await text(page, '[data-out="aqi"]')).toBe(String(r.aqi));
    expect(await text(page, '[data-out="report"]')).toBe(report === 'hourly' ? '实时报' : '日报');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(SCREENS)('marks every bad field the library reports, at once (%s)', async (_name, which) => {
    const { page } = await watchedPage(which().context);
    const state: State = { date: '2025-01-15', report: 'daily', pm25_24h: -1, pm10_24h: 'x', no2_24h: -5 };
    await open(page, formatHash('aqi', state, 'zh'));
    const r = attempt(() => lib.aqi({ pm25_24h: -1, pm10_24h: 'x', no2_24h: -5 } as never, { date: '2025-01-15', report: 'daily' }));
    const e = r.error as InstanceType<typeof lib.PlanInputError>;
    expect(e).toBeInstanceOf(lib.PlanInputError);
    const marked = await page.locator('.field.invalid [data-field]').evaluateAll((els) => els.map((x) => x.getAttribute('data-field')));
    expect(marked.sort()).toEqual(e.issues.map((i) => i.field.replace('concentrations.', '')).sort());
    await page.close();
  });

  it.each(SCREENS)('says in Chinese, on the Chinese page, that a broken link could not be read (%s)', async (_name, which) => {
    const { page, errors } = await watchedPage(which().context);
    await open(page, '#assess=%7B%22kind%22');
    const message = await page.locator('[data-out="hash-problem"] strong').textContent();
    expect(message).toMatch(CJK);
    expect(message).toContain('JSON');
    expect(message).not.toMatch(/Unexpected|position|Expected/);
    expect(await page.locator('[data-out="hash-problem"]').textContent()).toContain('已改用示例');
    expect(errors).toEqual([]);
    await page.close();
  });
});
