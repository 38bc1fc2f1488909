// The documentation site's full-text search (typedoc.json: customJs), beside TypeDoc's own search of API names:
// the same header search box also asks the Pagefind index that scripts/site/build.ts writes over the whole built
// site (guides included, Chinese segmented), and lists the pages it finds under the API names. Enter, when TypeDoc
// found no API name or the query is Chinese, opens the first page found. On the Chinese pages the box and TypeDoc's own words are Chinese.
(() => {
  const script = document.currentScript;
  const root = new URL('../', script ? script.src : document.baseURI);
  const zh = (document.documentElement.lang || '').startsWith('zh');
  const words = zh
    ? { pages: '指南与页面', none: '没有找到页面', searching: '正在搜索…', placeholder: '搜索文档（如 锅炉、台账）' }
    : { pages: 'Guides and pages', none: 'No page found', searching: 'Searching…', placeholder: 'Search the docs' };
  if (zh && window.translations) {
    Object.assign(window.translations, {
      copy: '复制',
      copied: '已复制',
      search_index_not_available: '接口名称索引不可用',
      search_no_results_found_for_0: '接口名称中未找到 {0}',
      folder: '文件夹',
    });
  }

  let pagefind;
  async function engine() {
    if (pagefind === undefined) {
      pagefind = import(new URL('pagefind/pagefind.js', root).href).then(async (pf) => {
        // A long page (the ledger, the sentence guide) is not to lose to a short one that only mentions its subject.
        await pf.options({ baseUrl: root.pathname, ranking: { pageLength: 0.1 } });
        return pf;
      });
    }
    return pagefind;
  }

  function setup() {
    const dialog = document.getElementById('tsd-search');
    const input = document.getElementById('tsd-search-input');
    if (!dialog || !input) return;
    input.setAttribute('placeholder', words.placeholder);
    const box = document.createElement('div');
    box.id = 'site-search';
    box.hidden = true;
    const title = document.createElement('h3');
    title.textContent = words.pages;
    const list = document.createElement('ul');
    list.id = 'site-search-results';
    list.setAttribute('role', 'list');
    const status = document.createElement('p');
    status.id = 'site-search-status';
    status.setAttribute('aria-live', 'polite');
    box.append(title, status, list);
    dialog.append(box);

    let asked = 0;
    input.addEventListener('input', async () => {
      const query = input.value.trim();
      const n = ++asked;
      if (query === '') {
        box.hidden = true;
        list.replaceChildren();
        return;
      }
      box.hidden = false;
      status.textContent = words.searching;
      try {
        const pf = await engine();
        const search = await pf.search(query);
        if (n !== asked) return;
        const found = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
        if (n !== asked) return;
        list.replaceChildren(
          ...found.map((d) => {
            const li = document.createElement('li');
            const a = document.createElement('a');
            a.href = d.url;
            a.className = 'site-search-hit';
            const t = document.createElement('strong');
            t.textContent = d.meta?.title ? d.meta.title : d.url;
            const excerpt = document.createElement('span');
            excerpt.className = 'site-search-excerpt';
            excerpt.innerHTML = d.excerpt; // Pagefind's excerpt: the page's own text, HTML-escaped, with <mark>
            a.append(t, excerpt);
            li.append(a);
            return li;
          }),
        );
        status.textContent = found.length === 0 ? words.none : '';
        box.dataset.ready = query;
      } catch (e) {
        if (n === asked) status.textContent = String(e);
      }
    });
    input.addEventListener(
      'keydown',
      (ev) => {
        if (ev.key !== 'Enter') return;
        const api = document.querySelector('#tsd-search-results li');
        const first = list.querySelector('a');
        // API names are never Chinese: a Chinese query opens the first page found, as does any query no API name matches.
        const chinese = /[\u3400-\u9fff]/.test(input.value);
        if ((api === null || chinese) && first !== null && box.dataset.ready === input.value.trim()) {
          ev.preventDefault();
          ev.stopImmediatePropagation();
          window.location.href = first.href;
        }
      },
      true,
    );
  }

  // A link to a folded section (the ledger's departments: <details id="ledger-…">) opens it.
  function openTarget() {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id === '' ? null : document.getElementById(id);
    if (target instanceof HTMLDetailsElement && !target.open) {
      target.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', openTarget);

  function start() {
    setup();
    openTarget();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
