/**
 * The documentation site after TypeDoc (`npm run docs` = build, typedoc, this script):
 * - the explorer: docs/explorer/main.ts bundled by esbuild into one ES module, docs-site/explorer/explorer.js,
 *   from the library's own ESM build in dist/ (and zod's ESM files from node_modules), beside its page
 *   (docs-site/explorer.html) and stylesheet: nothing is fetched from outside the site;
 * - then every local link and image of every page is checked (scripts/site/links.ts): a dead one fails
 *   the build.
 *
 * Run: npx tsx scripts/site/build.ts (after `npm run build` and `npx typedoc`)
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

if (process.argv[1]?.endsWith('build.ts')) {
  await buildExplorer();
  relinkExplorer();
  const report = checkLinks(SITE);
  if (report.dead.length > 0) {
    console.error(`docs-site: ${report.dead.length} dead local link(s):\n  ${report.dead.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`docs-site: explorer built; ${report.pages} pages, ${report.local} local links and images checked, none dead`);
}
