/**
 * aqiColumns in Chromium: the built `shanxi-air-plan/air` (dist/) loaded as ES modules by a page, once where
 * WebAssembly runs (the kernel rates the columns) and once under a Content Security Policy without
 * 'wasm-unsafe-eval', where compiling the kernel is refused and the JavaScript row pass rates every row. Both
 * must give aqiValues' answers record for record, and the same refusal.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch, ROOT, serve, watchedPage } from './harness.js';

let dir: string;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sap-kernel-'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  const page = (csp: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${csp}<link rel="icon" href="data:,"><title>aqiColumns</title><script type="module" src="run.js"></script></head><body></body></html>`;
  writeFileSync(join(dir, 'run.js'), RUN);
  writeFileSync(join(dir, 'open.html'), page(''));
  writeFileSync(join(dir, 'strict.html'), page(`<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`));
  ({ server, base } = await serve(dir));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The page's module (run.js): three blocks and an odd row of daily columns, odd values in the second block, rated
 * by aqiColumns and by aqiValues over the same records, then a negative value refused; the result on `window`.
 */
const RUN = `
let wasm = 'compiles';
try {
  new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
} catch {
  wasm = 'refused';
}
const air = await import('./dist/air.js');
const n = 3 * 4096 + 3;
const keys = ['so2_24h', 'no2_24h', 'pm10_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm25_24h'];
const columns = {};
keys.forEach((k, j) => {
  columns[k] = Float64Array.from({ length: n }, (_, i) => (k === 'co_24h' ? ((i * 3) % 50) / 10 : 1 + ((i * (7 + 2 * j)) % 300)));
});
for (const k of keys) columns[k][5000] = k === 'co_24h' ? 0.1 : 0;
columns.pm25_24h[5000] = 35.5; // alone decides the row: IAQI 51, where 35 would give 50
columns.co_24h[6000] = 0.1 + 0.2; // not a tenth: computed
columns.o3_8h[7000] = Number.NaN;
const records = Array.from({ length: n }, (_, i) => {
  const r = {};
  for (const k of keys) if (!Number.isNaN(columns[k][i])) r[k] = columns[k][i];
  return r;
});
const got = air.aqiColumns(columns, { edition: '2012' }).aqi;
const want = air.aqiValues(records, { edition: '2012' });
columns.no2_24h[9000] = -1;
let refusal = '';
try {
  air.aqiColumns(columns, { edition: '2012' });
} catch (e) {
  refusal = e.issues.map((i) => i.code + ' ' + i.field).join('; ');
}
window.result = { wasm, same: got.length === n && want.every((v, i) => v === got[i]), at5000: got[5000], refusal };
`;

async function rate(pageName: string) {
  const { page, errors } = await watchedPage(browser.context);
  await page.goto(`${base}${pageName}`);
  await page.waitForFunction(() => 'result' in window);
  const result = await page.evaluate(
    () => (window as unknown as { result: { wasm: string; same: boolean; at5000: number; refusal: string } }).result,
  );
  await page.close();
  return { ...result, errors };
}

describe('aqiColumns in Chromium', () => {
  it('rates with the WebAssembly kernel as aqiValues does', async () => {
    const r = await rate('open.html');
    expect(r).toEqual({ wasm: 'compiles', same: true, at5000: 51, refusal: 'out-of-range columns.no2_24h[9000]', errors: [] });
  });

  it('rates the same where a Content Security Policy forbids compiling WebAssembly', async () => {
    const r = await rate('strict.html');
    expect(r.wasm).toBe('refused');
    expect({ ...r, wasm: undefined, errors: undefined }).toEqual({
      wasm: undefined,
      same: true,
      at5000: 51,
      refusal: 'out-of-range columns.no2_24h[9000]',
      errors: undefined,
    });
  });
});
