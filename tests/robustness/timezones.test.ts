/**
 * Determinism across time zones, the one test that runs the date functions under other zones: the
 * date-dependent answers (deadlines and days left, targets evaluated with asOf, scorecards, assess with asOf,
 * editions by date) computed in child processes under TZ=Pacific/Apia (UTC+13, and it skipped 2011-12-30),
 * Asia/Shanghai (the plan's own calendar) and America/Los_Angeles (far west, with daylight saving time) are
 * identical to each other and to this process's. `src/` cannot read a clock or a zone at all (biome.json
 * forbids `Date`, `Intl`, `performance` and `process` there), so the rest of the suite runs once, in any zone.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { digest } from './digest.js';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('./digest-cli.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

// Offsets in minutes west of UTC, in January and July 2024.
const ZONES = [
  { tz: 'Pacific/Apia', offsetJan: -780, offsetJul: -780 },
  { tz: 'Asia/Shanghai', offsetJan: -480, offsetJul: -480 },
  { tz: 'America/Los_Angeles', offsetJan: 480, offsetJul: 420 },
];

interface Child {
  zone: string;
  offsetJan: number;
  offsetJul: number;
  samoaDaysLeft: number;
  digest: string;
}

describe('results across time zones', () => {
  it('are identical under Pacific/Apia, Asia/Shanghai and America/Los_Angeles (child processes) and here', async () => {
    const pending = Promise.all(
      ZONES.map(async ({ tz }) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', cli], { cwd: root, env: { ...process.env, TZ: tz } });
        return JSON.parse(stdout.trim().split('\n').pop()!) as Child;
      }),
    );
    const here = digest(); // while the children run
    const children = await pending;
    children.forEach((child, i) => {
      // The zone really was in effect in the child.
      expect([child.zone, child.offsetJan, child.offsetJul]).toEqual([ZONES[i]!.tz, ZONES[i]!.offsetJan, ZONES[i]!.offsetJul]);
      // 4689 calendar days from 2011-12-30 to 2024-10-31, though Samoa skipped 2011-12-30 (a local-time Date says 4688).
      expect(child.samoaDaysLeft, `days left under TZ=${ZONES[i]!.tz}`).toBe(4689);
      expect(child.digest, `digest under TZ=${ZONES[i]!.tz}`).toBe(here);
    });
  }, 120_000);
});
