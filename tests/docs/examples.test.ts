/**
 * The runnable examples of docs/examples work as written: each program is run with tsx (the package name
 * resolved to the sources by the `paths` of tsconfig.json), must exit with 0 and print what the plan says;
 * the example test suite runs under its own vitest config. An example added to docs/examples is run too.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = join(root, 'docs', 'examples');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/** The environment of a child process: no colours, and none of this vitest run's own variables. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_OPTIONS' || key === 'TEST') delete env[key];
  return env;
}

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: childEnv(), timeout: 120_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The programs: every .ts file of docs/examples but the config and the test suites. */
const programs = readdirSync(examples)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test-example.ts') && f !== 'vitest.config.ts')
  .sort();

/** The 2025 PM2.5 ceilings of 三(七)26, as the plan writes them (µg/m³). */
const CEILINGS_2025: [string, string, number][] = [
  ['大同市', 'Datong', 25],
  ['吕梁市', 'Lüliang', 28],
  ['朔州市', 'Shuozhou', 30],
  ['忻州市', 'Xinzhou', 35],
  ['长治市', 'Changzhi', 35],
  ['晋城市', 'Jincheng', 35],
  ['晋中市', 'Jinzhong', 35],
  ['阳泉市', 'Yangquan', 35],
  ['太原市', 'Taiyuan', 38],
  ['临汾市', 'Linfen', 44],
  ['运城市', 'Yuncheng', 44],
];

/** What each program must print: lines or fragments written from the plan, not from the library. */
const EXPECTED: Record<string, (out: string) => void> = {
  'city-scorecard.ts': (out) => {
    expect(out).toContain('EXAMPLE DATA');
    expect(out).toMatch(/城市 City\s+上限 Ceiling/);
    for (const [zh, en, ceiling] of CEILINGS_2025) {
      expect(out).toMatch(new RegExp(`^${zh} ${en}\\s+≤ ${ceiling}\\s`, 'm'));
    }
    // Datong at 24.1 under its 25, held (稳定); Taiyuan at 39.2 over its 38 (力争); Shuozhou exactly at 30 meets it (以下 includes the figure).
    expect(out).toMatch(/^大同市 Datong\s+≤ 25\s+稳定 hold\s+24\.1\s+\+0\.9\s+达成 met$/m);
    expect(out).toMatch(/^太原市 Taiyuan\s+≤ 38\s+力争 strive\s+39\.2\s+-1\.2\s+未达成 not met$/m);
    expect(out).toMatch(/^朔州市 Shuozhou\s+≤ 30\s+稳定 hold\s+30\.0\s+0\.0\s+达成 met$/m);
    expect(out).toContain('达成 met: 5 · 未达成 not met: 6 · 待定 pending: 0 · 无法评估 not assessable: 0 · 合计 total: 11');
    expect(out).toContain('依据三(七)26：“晋中市、阳泉市力争控制在35微克/立方米以下”');
    expect(out).toContain('As of 2025-06-30: 11 pending, 5 met so far');
  },
  'enterprise-check.ts': (out) => {
    // 20 t/h: cleared under task 9 (35 t/h and below), no deadline.
    expect(out).toMatch(
      /boiler no\. 1, coal, 20 t\/h \(Taiyuan\)\n {2}▸ 淘汰 phase-out · 任务 task 9 · coal-boiler-cleanup\n {4}方案未定期限 no date in the plan · 无条件 unconditional/,
    );
    // 50 t/h: the 35–65 t/h ultra-low retrofit of task 21 by 2024-10-31; the CHP rule only under a condition.
    expect(out).toContain('▸ 要求 required · 任务 task 21 · coal-boiler-ule-35-65\n    期限 deadline 2024-10-31(还剩 60 天 days left)');
    expect(out).toContain('条件 only if the nearby CHP plant has 300 MW or more');
    // 80 t converter: below 100 t, phased out (task 3).
    expect(out).toMatch(/▸ 淘汰 phase-out · 任务 task 3 · converter-restricted/);
    expect(out).toContain('100吨以下转炉');
    // Jiexiu's stepping sinter machine: the Taiyuan basin's 2024-10-31 (task 24).
    expect(out).toMatch(
      /stepping sinter machine \(Jiexiu City\)\n {2}▸ 淘汰 phase-out · 任务 task 24 · taiyuan-basin-outdated-equipment\n {4}期限 deadline 2024-10-31/,
    );
    expect(out).toContain('依据 clause 三(六)24:“2024年10月底前,全面淘汰退出步进式烧结机和球团竖炉');
    // 2 Mt a year ≥ 1.5 Mt: a rail siding (task 12).
    expect(out).toMatch(/▸ 要求 required · 任务 task 12 · freight-site-rail-siding/);
    expect(out).toContain('年运量150万吨以上');
    // China IV diesel: phased out (task 13).
    expect(out).toMatch(/▸ 淘汰 phase-out · 任务 task 13 · old-diesel-truck-phase-out/);
    expect(out).toContain('国四及以下排放标准柴油货车');
    // The 20 t/h boiler, unless it was cleared, owes task 21's retrofit of 全部 by the same date.
    expect(out).toMatch(
      /有期限的义务 \/ Dated obligations:\n {2}2024-10-31 .*boiler no\. 1.*coal-boiler-ule-all.*\n {2}2024-10-31 .*boiler no\. 2.*\n {2}2024-10-31 .*stepping sinter machine/,
    );
  },
  'arrow-columns.ts': (out) => {
    expect(out).toContain('EXAMPLE DATA');
    // HJ 633-2012 by hand: A: PM2.5 80 → 100 + ⌈50×5/40⌉ = 107; B: PM2.5 35, PM10 50, O3 8 h 100 → 50 each, no
    // primary pollutant at AQI ≤ 50; C (PM2.5 not measured): PM10 200 → 100 + ⌈50×50/100⌉ = 125; D: PM2.5 150 → 200.
    expect(out).toContain('station A: AQI 107 · 首要污染物 primary: pm25_24h');
    expect(out).toContain('station B: AQI 50 · 首要污染物 primary: —');
    expect(out).toContain('station C: AQI 125 · 首要污染物 primary: pm10_24h');
    expect(out).toContain('station D: AQI 200 · 首要污染物 primary: pm25_24h');
    expect(out).toContain('4 records → Uint16Array');
  },
  'monitoring.ts': (out) => {
    expect(out).toContain('EXAMPLE DATA');
    // PM10 150 µg/m³ is IAQI 100 (良) under HJ 633-2012, and above 100 under HJ 633-2026 (100 at 120).
    expect(out).toContain('HJ 633-2012: AQI 100 · 2级 良 Good');
    expect(out).toContain('HJ 633-2026: AQI 112 · 3级 轻度污染 Lightly polluted');
    expect(out).toContain('exceeding: n/a (HJ 633-2026 drops it)');
    expect(out).toContain('2026-02-28 uses HJ 633-2012; 2026-03-01 uses HJ 633-2026');
    expect(out).toMatch(/综合指数 composite index: \d+\.\d\d/);
    expect(out).toContain('全国168个重点城市排名');
    expect(out).toMatch(/临汾 Linfen: 第\d+名 \/ 倒数第\d+名/);
    expect(out).toMatch(/target rank-2025-linfen: (met|not-met) — .* Source: 二\(二\)\./);
  },
};

describe('docs/examples programs', () => {
  it('include the scorecard, the enterprise check, the monitoring and the Arrow examples', () => {
    expect(programs).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
  });

  it.each(programs)(
    '%s runs with exit code 0 and prints what the plan says',
    (file) => {
      const r = run(bin('tsx'), [join(examples, file)]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(/NaN|undefined|\[object Object\]/);
      EXPECTED[file]?.(r.stdout);
    },
    120_000,
  );
});

describe('docs/examples test suite', () => {
  it('policy-rules.test-example.ts passes under docs/examples/vitest.config.ts', () => {
    const r = run(bin('vitest'), ['run', '--config', join(examples, 'vitest.config.ts')]);
    const out = r.stdout + r.stderr;
    expect(out, out).toMatch(/Tests\s+\d+ passed/);
    expect(out).not.toMatch(/failed/);
    expect(r.status).toBe(0);
  }, 120_000);
});
