/**
 * Every local link and image of a built site, checked: each `href` and `src` of every HTML page (and each
 * `url(…)`/`href` of its SVG pictures) that points inside the site must name a file that exists. Links
 * out of the site (http:, https:, mailto:) are counted, not followed. Used by scripts/site/build.ts (the
 * site build fails on a dead link) and by the browser test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface LinkReport {
  /** HTML pages read. */
  readonly pages: number;
  /** Local links and image sources checked. */
  readonly local: number;
  /** Links out of the site (not followed). */
  readonly external: number;
  /** `page: link` for each local link whose file is missing. */
  readonly dead: readonly string[];
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** The `href`/`src` values of a page, entities decoded (`&amp;` → `&`). */
export function linksOf(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    out.push(
      (m[1] ?? m[2] ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'"),
    );
  }
  return out;
}

export function checkLinks(site: string): LinkReport {
  const root = resolve(site);
  let local = 0;
  let external = 0;
  const dead: string[] = [];
  const pages = htmlFiles(root);
  for (const page of pages) {
    for (const link of linksOf(readFileSync(page, 'utf8'))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
        if (/^(https?|mailto):/i.test(link)) external++;
        else if (!/^(data|javascript):/i.test(link)) dead.push(`${relative(root, page)}: ${link} (unknown scheme)`);
        continue;
      }
      if (link.startsWith('//')) {
        dead.push(`${relative(root, page)}: ${link} (protocol-relative: leaves the site)`);
        continue;
      }
      const path = link.replace(/[#?].*$/, '');
      if (path === '') continue; // a fragment of the page itself
      local++;
      let target: string;
      try {
        target = path.startsWith('/') ? join(root, decodeURIComponent(path)) : resolve(dirname(page), decodeURIComponent(path));
      } catch {
        dead.push(`${relative(root, page)}: ${link} (bad escape)`);
        continue;
      }
      const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
      if (!file.startsWith(root) || !existsSync(file)) dead.push(`${relative(root, page)}: ${link}`);
    }
  }
  return { pages: pages.length, local, external, dead };
}
