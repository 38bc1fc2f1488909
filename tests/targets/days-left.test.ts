/**
 * Day counts are calendar-day arithmetic, the same in every time zone.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const _STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

describe('daysLeft counts calendar days, in every time zone', () => {
  it('is 4689 days from 2011-12-30 to 2024-10-31 (Samoa skipped 2011-12-30: a local-time Date said 4688)', () => {
    const script =
      "import { deadlines } from './src/index.ts'; process.stdout.write(String(deadlines({ from: '2024-10-31', to: '2024-10-31', asOf: '2011-12-30' })[0].daysLeft));";
    for (const tz of ['Pacific/Apia', 'UTC', 'America/Los_Angeles']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: root,
        env: { ...process.env, TZ: tz, NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
      });
      expect(r.stdout.trim(), `${tz}: ${r.stderr}`).toBe('4689');
    }
  });
});
