/**
 * Screenshots of the built site for a person to look at (npm run docs:shots, which builds it first):
 * the home page, a guide in each language, the API index, and the explorer in each mode in each language
 * (and on a phone), as PNG files in reports/shots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatHash } from '../../docs/explorer/state.js';
import { ROOT, launch, serve, watchedPage } from './harness.js';

const OUT = join(ROOT, 'reports', 'shots');

const SHOTS: [file: string, path: string, full: boolean][] = [
  ['home.png', 'index.html', false],
  ['guide-zh-targets.png', 'documents/目标与期限.html', true],
  ['guide-en-targets.png', 'documents/Targets_and_deadlines.html', true],
  ['guide-zh-getting-started.png', 'documents/快速上手.html', false],
  ['api-index.png', 'modules/shanxi-air-plan.html', false],
  [
    'explorer-aqi-zh.png',
    `explorer.html${formatHash('aqi', { pm25_24h: 160, pm10_24h: 210, no2_24h: 60, date: '2025-01-15' }, 'zh')}`,
    true,
  ],
  [
    'explorer-target-en.png',
    `explorer.html${formatHash('target', { id: 'pm25-2025-taiyuan', observed: 39.2, asOf: '2026-01-20' }, 'en')}`,
    true,
  ],
  [
    'explorer-assess-zh.png',
    `explorer.html${formatHash('assess', { kind: 'coal-boiler', capacityTph: 50, location: { city: 'taiyuan' }, asOf: '2025-01-01' }, 'zh')}`,
    true,
  ],
  [
    'explorer-aqi-hourly-zh.png',
    `explorer.html${formatHash('aqi', { date: '2026-05-01', report: 'hourly', pm25_1h: 80, pm10_1h: 120 }, 'zh')}`,
    false,
  ],
  [
    'explorer-target-picker-zh.png',
    `explorer.html${formatHash('target', { id: 'pm25-2025-taiyuan', observed: 39.2, asOf: '2026-01-20' }, 'zh')}`,
    false,
  ],
  ['explorer-broken-link-zh.png', 'explorer.html#assess=%7B%22kind%22', false],
  ['ledger-zh.png', 'documents/任务分工台账.html#ledger-ecology-environment', false],
  ['rules-zh.png', 'documents/规则与对象类型.html', false],
  ['explorer-assess-error-en.png', `explorer.html${formatHash('assess', { kind: 'coal-boiler', capacityTph: -5 }, 'en')}`, false],
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const { server, base } = await serve();
  const desktop = await launch({ width: 1280, height: 900 });
  const phone = await launch({ width: 390, height: 844 });
  try {
    for (const [b, suffix] of [
      [desktop, ''],
      [phone, '-phone'],
    ] as const) {
      const { page, errors } = await watchedPage(b.context);
      for (const [file, path, full] of SHOTS) {
        if (suffix && !file.startsWith('explorer') && !['home.png', 'ledger-zh.png', 'rules-zh.png'].includes(file)) continue;
        await page.goto(
          base + path.split('#')[0]!.split('/').map(encodeURIComponent).join('/') + (path.includes('#') ? `#${path.split('#')[1]}` : ''),
          { waitUntil: 'load' },
        );
        if (path.startsWith('explorer')) await page.waitForSelector('[data-out="share"]');
        await page.waitForTimeout(300);
        const name = file.replace('.png', `${suffix}.png`);
        await page.screenshot({ path: join(OUT, name), fullPage: full });
        console.log(`reports/shots/${name}`);
      }
      if (errors.length > 0) throw new Error(errors.join('\n'));
    }
  } finally {
    await desktop.close();
    await phone.close();
    server.close();
  }
}

await main();
