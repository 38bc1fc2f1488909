// Prints the time zone in effect, the days left from Samoa's skipped day, and the digest of
// tests/robustness/digest.ts, as JSON (run in a child process).
import { deadlines } from '../../src/index.js';
import { digest } from './digest.js';

console.log(
  JSON.stringify({
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offsetJan: new Date(2024, 0, 1).getTimezoneOffset(),
    offsetJul: new Date(2024, 6, 1).getTimezoneOffset(),
    samoaDaysLeft: deadlines({ from: '2024-10-31', to: '2024-10-31', asOf: '2011-12-30' })[0]?.daysLeft,
    digest: digest(),
  }),
);
