// Prints the time zone in effect and the digest of tests/robustness/digest.ts, as JSON (run in a child process).
import { digest } from './digest.js';

console.log(
  JSON.stringify({
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offsetJan: new Date(2024, 0, 1).getTimezoneOffset(),
    offsetJul: new Date(2024, 6, 1).getTimezoneOffset(),
    digest: digest(),
  }),
);
