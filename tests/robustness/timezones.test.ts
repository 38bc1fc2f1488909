/**
 * Determinism across time zones: the date-dependent answers (targets, calendar, scorecards, assess with
 * asOf, editions by date) computed here and in child processes under TZ=UTC, Asia/Shanghai,
 * America/Los_Angeles and Pacific/Apia are identical. (`npm test` also reruns the date-dependent suites under each zone:
 * scripts/test/tz.mjs.)
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { digest } from './digest.js';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('./digest-cli.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

const ZONES = [
  { tz: 'UTC', offsetJan: 0, offsetJul: 0 },
  { tz: 'Asia/Shanghai', offsetJan: -480, offsetJul: -480 },
  { tz: 'America/Los_Angeles', offsetJan: 480, offsetJul: 420 },
  // Samoa: UTC+13 since it skipped 2011-12-30 (no daylight saving since 2021), a day ahead of most of the world.
  { tz: 'Pacific/Apia', offsetJan: -780, offsetJul: -780 },
];

describe('results across time zones', () => {
  it('are identical under UTC, Asia/Shanghai, America/Los_Angeles and Pacific/Apia (child processes) and here', async () => {
    const pending = Promise.all(
      ZONES.map(async ({ tz }) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', cli], { cwd: root, env: { ...process.env, TZ: tz } });
        return JSON.parse(stdout.trim().split('\n').pop()!) as { zone: string; offsetJan: number; offsetJul: number; digest: string };
      }),
    );
    const here = digest(); // while the children run
    const children = await pending;
    children.forEach((child, i) => {
      // The zone really was in effect in the child (offsets in minutes west of UTC, DST in July for Los Angeles).
      expect([child.offsetJan, child.offsetJul]).toEqual([ZONES[i]!.offsetJan, ZONES[i]!.offsetJul]);
      expect(child.digest, `digest under TZ=${ZONES[i]!.tz}`).toBe(here);
    });
  }, 60_000);
});
