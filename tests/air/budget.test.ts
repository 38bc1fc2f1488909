import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// `import { iaqi } from 'shanxi-air-plan'` must cost at most 2 KiB gzipped: no zod, no unused tables.
async function gzippedSize(code: string): Promise<{ bytes: number; text: string }> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text;
  return { bytes: gzipSync(text).length, text };
}

describe('bundle budget', () => {
  it('keeps iaqi from the air module within 3.25 KiB gzipped', async () => {
    const { bytes } = await gzippedSize("export { iaqi } from './src/air/index.ts';");
    expect(bytes).toBeLessThanOrEqual(3328); // 2.5 KiB until every refusal had a code and the one input reader (issue 25); 3 until full-width punctuation in its Chinese words (3.04 measured)
  });

  it('keeps iaqi from the main entry within 3.25 KiB gzipped, without zod or the other tables', async () => {
    const { bytes, text } = await gzippedSize("export { iaqi } from './src/index.ts';");
    expect(bytes).toBeLessThanOrEqual(3328); // 2.5 KiB until every refusal had a code and the one input reader (issue 25); 3 until full-width punctuation in its Chinese words (3.04 measured)
    expect(text).not.toContain('zod');
    expect(text).not.toContain('严重污染'); // AQI_LEVELS is not needed by iaqi
    expect(text).not.toContain('GB 3095');
  });
});
