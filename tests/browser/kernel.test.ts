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
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${csp}<link rel="icon" href="data:,"><title>aqiColumns</title></head><body></body></html>`;
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

/** In the page: three blocks and an odd row of daily columns, odd values in the second block, rated both ways. */
async function rate(pageName: string) {
  const { page, errors } = await watchedPage(browser.context);
  await page.goto(`${base}${pageName}`);
  const result = await page.evaluate(async () => {
    let wasm = 'compiles';
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    } catch {
      wasm = 'refused';
    }
    const air = await import(`${location.origin}/dist/air.js`);
    const n = 3 * 4096 + 3;
    const keys = ['so2_24h', 'no2_24h', 'pm10_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm25_24h'];
    const columns: Record<string, Float64Array> = {};
    keys.forEach((k, j) => {
      columns[k] = Float64Array.from({ length: n }, (_, i) => (k === 'co_24h' ? ((i * 3) % 50) / 10 : 1 + ((i * (7 + 2 * j)) % 300)));
    });
    columns.pm25_24h![5000] = 35.5; // IAQI 51 where 35 would give 50
    columns.co_24h![6000] = 0.1 + 0.2; // not a tenth: computed
    columns.o3_8h![7000] = Number.NaN;
    const records = Array.from({ length: n }, (_, i) => {
      const r: Record<string, number> = {};
      for (const k of keys) if (!Number.isNaN(columns[k]![i])) r[k] = columns[k]![i]!;
      return r;
    });
    const got = air.aqiColumns(columns, { edition: '2012' }).aqi as Uint16Array;
    const want = air.aqiValues(records, { edition: '2012' }) as number[];
    columns.no2_24h![9000] = -1;
    let refusal = '';
    try {
      air.aqiColumns(columns, { edition: '2012' });
    } catch (e) {
      refusal = (e as { issues: { code: string; field: string }[] }).issues.map((i) => `${i.code} ${i.field}`).join('; ');
    }
    return { wasm, same: got.length === n && want.every((v, i) => v === got[i]), at5000: got[5000], refusal };
  });
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
