/**
 * The documentation site after TypeDoc (`npm run docs` = build, typedoc, this script):
 * - each Chinese page says so (`<html lang="zh-CN">`, so that Chromium draws it with Chinese glyphs), with
 *   TypeDoc's chrome in Chinese where it is static HTML, and no stray space where a Chinese line was wrapped;
 *   the home page has one H1 (the README's);
 * - (the ledger's CSV, docs/ledger.csv, is linked from the ledger pages: TypeDoc copies it into media/);
 * - Pagefind indexes the whole site (the guides, in Chinese too: one index, segmented as Chinese) for the
 *   header's search box (docs/site-search.js);
 * - the explorer: docs/explorer/main.ts bundled by esbuild into one ES module, docs-site/explorer/explorer.js,
 *   from the library's own ESM build in dist/ (and zod's ESM files from node_modules), beside its page
 *   (docs-site/explorer.html) and stylesheet: nothing is fetched from outside the site;
 * - then every local link and image of every page is checked (scripts/site/links.ts): a dead one fails
 *   the build.
 *
 * Run: npx tsx scripts/site/build.ts (after `npm run build` and `npx typedoc`)
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { checkLinks, htmlFiles } from './links.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITE = join(ROOT, 'docs-site');
const DIST = join(ROOT, 'dist');
const SRC = join(ROOT, 'docs', 'explorer');

/** `shanxi-air-plan` and its subpaths resolve to the built ES modules of dist/, as a user's bundler would. */
const fromDist: Plugin = {
  name: 'shanxi-air-plan-from-dist',
  setup(b) {
    b.onResolve({ filter: /^shanxi-air-plan(\/[a-z]+)?$/ }, (args) => {
      const entry = args.path === 'shanxi-air-plan' ? 'index' : args.path.slice('shanxi-air-plan/'.length);
      const path = join(DIST, `${entry}.js`);
      if (!existsSync(path)) return { errors: [{ text: `${path} is missing: run npm run build first` }] };
      return { path };
    });
  },
};

export async function buildExplorer(): Promise<void> {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error('docs-site/index.html is missing: run typedoc first');
  mkdirSync(join(SITE, 'explorer'), { recursive: true });
  const result = await build({
    entryPoints: [join(SRC, 'main.ts')],
    outfile: join(SITE, 'explorer', 'explorer.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    plugins: [fromDist],
    logLevel: 'warning',
    // dist/index.js imports its shared chunks for their (absent) side effects too; with "sideEffects": false
    // esbuild drops those bare imports, as it should, and says so.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  if (result.warnings.length > 0) throw new Error(`esbuild warned: ${result.warnings.map((w) => w.text).join('; ')}`);
  copyFileSync(join(SRC, 'explorer.html'), join(SITE, 'explorer.html'));
  copyFileSync(join(SRC, 'explorer.css'), join(SITE, 'explorer', 'explorer.css'));
}

/**
 * TypeDoc writes the header's link to the explorer (typedoc.json's navigationLinks) as given, `explorer.html`, on
 * every page: on a page in a folder (documents/, functions/ …) it is made relative to that page.
 */
export function relinkExplorer(): number {
  let pages = 0;
  for (const page of htmlFiles(SITE)) {
    if (dirname(page) === SITE) continue;
    const html = readFileSync(page, 'utf8');
    const rel = relative(dirname(page), join(SITE, 'explorer.html')).split('\\').join('/');
    const fixed = html.replace(/(<a href=")explorer\.html(" class="tsd-nav-link">|">)/g, `$1${rel}$2`);
    if (fixed !== html) {
      writeFileSync(page, fixed);
      pages++;
    }
  }
  return pages;
}

/** Chinese prose characters (CJK and full-width punctuation): a line break between two of them is no space. */
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
const WRAPPED = new RegExp(`([${CJK}])\\s*\\n\\s*(?=[${CJK}])`, 'g');

/** TypeDoc's static chrome, in Chinese (its own zh locale's wording where it has one). */
const CHROME_ZH: [string, string][] = [
  ['<h3>Settings</h3>', '<h3>设置</h3>'],
  ['>Member Visibility<', '>成员可见性<'],
  ['<span>Protected</span>', '<span>受保护</span>'],
  ['<span>Inherited</span>', '<span>继承</span>'],
  ['<span>External</span>', '<span>外部</span>'],
  ['>Theme<', '>主题<'],
  ['<option value="os">OS</option>', '<option value="os">跟随系统</option>'],
  ['<option value="light">Light</option>', '<option value="light">浅色</option>'],
  ['<option value="dark">Dark</option>', '<option value="dark">深色</option>'],
  ['<h3>On This Page</h3>', '<h3>本页目录</h3>'],
  ['<li>Loading...</li>', '<li>加载中…</li>'],
  ['<div>Preparing search index...</div>', '<div>正在准备搜索索引…</div>'],
  ['placeholder="Search the docs"', 'placeholder="搜索文档（如 锅炉、台账）"'],
  ['aria-label="Search"', 'aria-label="搜索"'],
  ['aria-label="Menu"', 'aria-label="菜单"'],
  ['aria-label="Breadcrumb"', 'aria-label="导航路径"'],
  ['aria-label="Permalink"', 'aria-label="本节链接"'],
  ['<button type="button">Copy</button>', '<button type="button">复制</button>'],
  ['>Generated using <', '>由以下工具生成：<'],
];

/** Whether a page of the site is Chinese: a guide whose file name TypeDoc made from a Chinese title. */
export function isChinesePage(rel: string): boolean {
  return rel.startsWith('documents/') && /[\u4e00-\u9fff]/.test(rel);
}

/** Chinese prose without the spaces a wrapped line leaves (code blocks untouched). */
export function joinWrappedLines(html: string): string {
  return html
    .split(/(<pre[\s\S]*?<\/pre>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(WRAPPED, '$1')))
    .join('');
}

const DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * Each cell of a table gets its column's name (`data-label`, for the phone layout of docs/site.css) and a
 * cell holding a date the class `date` (never wrapped).
 */
export function labelCells(html: string): string {
  return html.replace(/<table>([\s\S]*?)<\/table>/g, (table, inner: string) => {
    const heads = [...(inner.match(/<thead>[\s\S]*?<\/thead>/)?.[0] ?? '').matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/"/g, '&quot;')
        .trim(),
    );
    if (heads.length === 0) return table;
    const body = inner.replace(/<tr>([\s\S]*?)<\/tr>/g, (row, cells: string) => {
      if (cells.includes('<th')) return row;
      let i = 0;
      return `<tr>${cells.replace(/<td([^>]*)>([\s\S]*?)<\/td>/g, (_cell, attrs: string, content: string) => {
        const label = heads[i++] ?? '';
        const date = DATE.test(content.trim()) ? ' class="date"' : '';
        return `<td${attrs} data-label="${label}"${date}>${content}</td>`;
      })}</tr>`;
    });
    return `<table>${body}</table>`;
  });
}

/** A signature or return type longer than this (in HTML characters) is folded. */
const LONG = 3000;

/**
 * A function page whose signature spells out a long object type (`assess` returns verdicts whose type TypeDoc
 * expands: 5,000 px) opens with its summary and example: the signature and the return type are folded, one
 * line each, to be opened on demand. The signature's anchor stays where it was.
 */
export function foldLongSignatures(html: string, zh = false): string {
  const words = zh ? '完整签名' : 'full signature';
  const type = zh ? '返回值的完整类型' : 'the full return type';
  return html
    .replace(
      /(<div class="tsd-signature tsd-anchor-link" id="([^"]+)">)([\s\S]*?)(<a href="#[^"]*" aria-label="[^"]*" class="tsd-anchor-icon">[\s\S]*?<\/a>)?<\/div>/g,
      (all, open: string, id: string, inner: string, anchor = '') => {
        if (inner.length < LONG) return all;
        return `${open}<details class="long-signature"><summary><code>${id}(…)</code> · ${words}</summary>${inner}</details>${anchor}</div>`;
      },
    )
    .replace(/<h4 class="tsd-returns-title">Returns ([\s\S]*?)<\/h4>/g, (all, inner: string) => {
      if (inner.length < LONG) return all;
      return `<h4 class="tsd-returns-title">Returns</h4><details class="long-signature"><summary>${type}</summary><div class="tsd-signature">${inner}</div></details>`;
    });
}

/** Sets each page's language, its chrome and its wrapped lines; gives the home page one H1. Returns the Chinese pages' count. */
export function localizePages(): number {
  let zh = 0;
  for (const page of htmlFiles(SITE)) {
    const rel = relative(SITE, page).split('\\').join('/');
    if (rel === 'explorer.html') continue;
    let html = readFileSync(page, 'utf8');
    const chinese = isChinesePage(rel);
    if (chinese) zh++;
    if (html.includes(' data-localized')) continue; // already done (the script run twice on one TypeDoc output)
    html = html.replace('<html ', '<html data-localized ');
    html = html.replace(/<html([^>]*) lang="[^"]*"/, `<html$1 lang="${chinese ? 'zh-CN' : 'en'}"`);
    if (chinese) {
      for (const [en, cn] of CHROME_ZH) html = html.split(en).join(cn);
    }
    html = labelCells(html);
    if (rel.startsWith('functions/')) html = foldLongSignatures(html, chinese);
    // Chinese paragraphs wrapped in the Markdown (the guides, the README's Chinese paragraph) join without a space.
    html = joinWrappedLines(html);
    if (rel === 'index.html') {
      // TypeDoc's title H1 repeats the README's own `# shanxi-air-plan`: keep the README's.
      html = html.replace(/(<div class="tsd-page-title">[\s\S]*?)<h1>[^<]*<\/h1>/, '$1');
    }
    writeFileSync(page, html);
  }
  return zh;
}

/**
 * The site's search index (Pagefind, from its npm package: the binary ships inside it): every page's content
 * column, as one Chinese-segmented index (so that 锅炉 and `assess` are found from any page), in docs-site/pagefind/.
 */
const NOT_SEARCHED = ['modules.html', 'hierarchy.html', 'explorer.html'];

export async function indexSite(): Promise<number> {
  const pagefind = await import('pagefind');
  rmSync(join(SITE, 'pagefind'), { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ rootSelector: '.col-content', forceLanguage: 'zh', keepIndexUrl: true });
  if (index === undefined) throw new Error(`pagefind: ${errors.join('; ')}`);
  let count = 0;
  for (const page of htmlFiles(SITE)) {
    const rel = relative(SITE, page).split('\\').join('/');
    // The lists of every page would outrank the pages themselves; the explorer's content is drawn by its script.
    if (NOT_SEARCHED.includes(rel)) continue;
    const added = await index.addHTMLFile({ url: `/${rel}`, content: readFileSync(page, 'utf8') });
    if (added.errors.length > 0) throw new Error(`pagefind: ${rel}: ${added.errors.join('; ')}`);
    count++;
  }
  const written = await index.writeFiles({ outputPath: join(SITE, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return count;
}

if (process.argv[1]?.endsWith('build.ts')) {
  await buildExplorer();
  relinkExplorer();
  const zhPages = localizePages();
  const indexed = await indexSite();
  console.log(`docs-site: ${zhPages} Chinese pages; ${indexed} pages indexed for search`);
  const report = checkLinks(SITE);
  if (report.dead.length > 0) {
    console.error(`docs-site: ${report.dead.length} dead local link(s):\n  ${report.dead.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`docs-site: explorer built; ${report.pages} pages, ${report.local} local links and images checked, none dead`);
}
