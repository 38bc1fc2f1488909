/**
 * The figures `npm run bench` measured, and the tables the README, docs/performance.md and
 * docs/guides/performance.zh.md quote from them (between `<!-- bench:… -->` marks).
 *
 * bench/figures.json holds the last published run with the fingerprint of the dist/ files it measured.
 * `node bench/figures.mjs --check` (run by `npm run check:package` after its build) fails when the quoted tables
 * differ from figures.json, or when figures.json was measured on other dist/ files than today's build: the
 * figures are then stale, and `npm run bench -- --update` (or `UPDATE_FIGURES=1 npm run bench`) measures and
 * writes them again. With UPDATE_FIGURES=1, `--check` rewrites the tables from figures.json when only they are
 * stale.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIGURES = join(ROOT, 'bench', 'figures.json');

/** A digest of the built ESM files (what the throughput and cold-import figures measure). */
export function distFingerprint(dir = join(ROOT, 'dist')) {
  const h = createHash('sha256');
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.js'))
    .sort()) {
    h.update(f);
    h.update(readFileSync(join(dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

const x = (v) => (v === undefined || v === null ? '—' : `${v.toFixed(2)}×`);

/** The README's table. */
function readmeTable(f) {
  const rows = [
    `Measured by \`npm run bench\` (${f.measured}, Node ${f.node}, ${f.cores} cores; baseline: ${f.baseline.version} at ${f.baseline.commit.slice(0, 7)}), as ratios in one run: above 1× the library is faster than the yardstick, and than the baseline.`,
    '',
    '| what | vs its yardstick | vs the baseline |',
    '| --- | --- | --- |',
  ];
  for (const t of f.throughput) rows.push(`| ${t.name} | ${x(t.vsYardstick)} ${t.yardstick} | ${x(t.vsBaseline)} |`);
  const main = f.coldImport.rows.find((r) => r.name === "'shanxi-air-plan'");
  const air = f.coldImport.rows.find((r) => r.name === "'shanxi-air-plan/air'");
  const zod = f.coldImport.rows.find((r) => r.name === "'zod' (yardstick)");
  rows.push(
    `| cold import, main entry · \`/air\` · zod (time ÷ a bare \`node -e ""\`, lower is faster) | ${x(main.ratio)} · ${x(air.ratio)} · ${x(zod.ratio)} | ${x(main.baselineRatio)} for the baseline's main entry |`,
  );
  return rows.join('\n');
}

/**
 * The Chinese of each figure's name (`{n}`: the count in the English name, which bench/run.ts sets), and of its
 * yardstick and goal as bench/run.ts words them, by figure id.
 */
const ZH = {
  aqiValues: { name: '`aqiValues`，{n} 条日均记录', 'plain loop': '手写最简循环', '≥ 4× plain loop': '≥ 最简循环的 4 倍' },
  aqiColumns: {
    name: '`aqiColumns`，同样的记录作为 7 列 Float64Array',
    'plain loop': '手写最简循环',
    '≥ 10× plain loop': '≥ 最简循环的 10 倍',
  },
  'aqiColumns-nan': { name: '`aqiColumns`，同样的列，1% 的值为 NaN（未监测）', 'every value measured': '各值均已监测' },
  'read-columns': { name: '上限：只读取每一列的循环', 'plain loop': '手写最简循环' },
  aqi: { name: '`aqi`，每条记录调用一次', 'plain loop': '手写最简循环', '≥ 0.5× plain loop': '≥ 最简循环的 0.5 倍' },
  iaqi: { name: '`iaqi`，每次调用', 'plain loop': '手写最简循环' },
  compositeIndexes: { name: '`compositeIndexes` + `rankCities`，168 个城市', 'plain loop': '手写最简循环' },
  compositeIndex: { name: '168 次 `compositeIndex`，再 `rankCities`', 'plain loop': '手写最简循环' },
  evaluateTarget: { name: '`evaluateTarget`，79 项目标（双语说明）', 'plain loop': '手写最简循环', '≥ 1× the baseline': '≥ 基线的 1 倍' },
  assess: { name: '`assess`，19 类共 {n} 个对象，无位置', 'zod/mini safeParse': 'zod/mini `safeParse`' },
  'assess-city': {
    name: '`assess`，同样的对象，带城市位置',
    'zod/mini safeParse': 'zod/mini `safeParse`',
    '≥ 1.5× the yardstick': '≥ 对照的 1.5 倍',
  },
  'assess-county': {
    name: '`assess`，同样的对象，带县级位置',
    'the same, no location': '同样的对象，无位置',
    '≥ 0.7× the yardstick': '≥ 对照的 0.7 倍',
  },
};

/** docs/performance.md's tables (English) or docs/guides/performance.zh.md's (Chinese). */
function perfTables(f, lang) {
  const zh = lang === 'zh';
  const out = [
    zh
      ? `\`npm run bench\` 于 ${f.measured} 测得（Node ${f.node}，${f.cores} 核，\`${f.machine}\`；基线：${f.baseline.version}，提交 ${f.baseline.commit.slice(0, 7)}；dist 指纹 ${f.fingerprint}）。`
      : `Measured by \`npm run bench\` on ${f.measured} (Node ${f.node}, ${f.cores} cores, ${f.machine}; baseline: ${f.baseline.version} at commit ${f.baseline.commit.slice(0, 7)}; dist fingerprint ${f.fingerprint}).`,
    '',
    zh ? '| 项目 | 对照 | 对照之比 | 基线之比 | 目标 |' : '| what | yardstick | ÷ yardstick | ÷ baseline | goal |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const t of f.throughput) {
    const w = zh ? ZH[t.id] : undefined;
    const words = (en) => w?.[en] ?? en;
    out.push(
      `| ${w?.name.replace('{n}', t.name.match(/\d[\d,]*/)?.[0] ?? '') ?? t.name} | ${words(t.yardstick)} | ${x(t.vsYardstick)} | ${x(t.vsBaseline)} | ${t.goal === undefined ? '—' : words(t.goal)} |`,
    );
  }
  out.push(
    '',
    zh
      ? `冷启动导入（安装打包后的 tarball，${f.coldImport.pairs} 轮交替，中位数；耗时 ÷ 空 \`node -e ""\`，越低越快）：`
      : `Cold import (the packed tarball installed in a fresh project; median of ${f.coldImport.pairs} alternating rounds; time ÷ a bare \`node -e ""\`, lower is faster):`,
    '',
    zh ? '| 导入 | 本版本 | 基线 |' : '| import | this build | baseline |',
    '| --- | --- | --- |',
  );
  for (const r of f.coldImport.rows) out.push(`| \`import(${r.name})\` | ${x(r.ratio)} | ${x(r.baselineRatio)} |`);
  return out.join('\n');
}

/** Each file with its blocks: [path, mark, render]. */
export const TARGETS = [
  ['README.md', 'bench:readme', (f) => readmeTable(f)],
  ['docs/performance.md', 'bench:tables', (f) => perfTables(f, 'en')],
  ['docs/guides/performance.zh.md', 'bench:tables', (f) => perfTables(f, 'zh')],
];

/** `text` with the block between `<!-- mark -->` and `<!-- /mark -->` replaced. */
function replaceBlock(text, mark, body, path) {
  const open = `<!-- ${mark} -->`;
  const close = `<!-- /${mark} -->`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a < 0 || b < a) throw new Error(`${path}: no ${open} … ${close} block`);
  return `${text.slice(0, a + open.length)}\n${body}\n${text.slice(b)}`;
}

/** Writes the quoted tables from `figures`; returns the files changed. */
export function writeTables(figures) {
  const changed = [];
  for (const [path, mark, render] of TARGETS) {
    const file = join(ROOT, path);
    const before = readFileSync(file, 'utf8');
    const after = replaceBlock(before, mark, render(figures), path);
    if (after !== before) {
      writeFileSync(file, after);
      changed.push(path);
    }
  }
  return changed;
}

/** What is stale: the quoted tables against figures.json, figures.json against today's dist/. */
export function stale(distDir) {
  const figures = JSON.parse(readFileSync(FIGURES, 'utf8'));
  const problems = [];
  const fp = distFingerprint(distDir);
  if (figures.fingerprint !== fp) {
    problems.push(
      `bench/figures.json was measured on other dist/ files (fingerprint ${figures.fingerprint}, today's build ${fp}): run \`npm run bench -- --update\``,
    );
  }
  const tables = [];
  for (const [path, mark, render] of TARGETS) {
    const text = readFileSync(join(ROOT, path), 'utf8');
    if (replaceBlock(text, mark, render(figures), path) !== text) tables.push(path);
  }
  return { figures, problems, tables };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--check')) {
  const { figures, problems, tables } = stale();
  if (tables.length > 0 && process.env.UPDATE_FIGURES) {
    console.log(`benchmark tables rewritten from bench/figures.json: ${writeTables(figures).join(', ')}`);
  } else {
    for (const t of tables) problems.push(`${t} does not quote bench/figures.json: UPDATE_FIGURES=1 node bench/figures.mjs --check`);
  }
  for (const p of problems) console.error(p);
  if (problems.length > 0) process.exit(1);
  console.log(`benchmark figures up to date (dist fingerprint ${figures.fingerprint})`);
}
