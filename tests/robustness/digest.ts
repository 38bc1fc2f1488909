/**
 * A digest of the library's date-dependent answers over fixed inputs: every target evaluated on days
 * around deadlines and daylight-saving changes, the calendar with days left, scorecards, `assess` with
 * `asOf`, the air-quality editions chosen by date, and `schedule` (month, quarter and year ends). The same code runs in child processes under other
 * time zones (tests/robustness/timezones.test.ts): the digests must be identical.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import * as lib from '../../src/index.js';
import * as S from '../../src/entries/schemas.js';
import { fromSchema } from '../fuzz/from-schema.js';
import { snapshot } from '../fuzz/harness.js';

/** Days around the plan's deadlines, leap days, the 2026 editions and the DST changes of Los Angeles (2024-03-10, 2024-11-03) and Europe. */
export const DAYS = [
  '2016-01-01',
  '2024-02-29',
  '2024-03-10',
  '2024-03-31',
  '2024-10-27',
  '2024-10-31',
  '2024-11-01',
  '2024-11-03',
  '2024-12-31',
  '2025-01-01',
  '2025-03-09',
  '2025-12-31',
  '2026-01-01',
  '2026-02-28',
  '2026-03-01',
  '2026-03-08',
  '2027-12-31',
  '2028-01-01',
];

function observation(t: S.Target, i: number): unknown {
  switch (t.kind) {
    case 'unquantified':
      return undefined;
    case 'milestone':
      return i % 3 === 0 ? { done: true, on: t.due } : i % 3 === 1 ? { done: false } : { done: true };
    case 'ranking':
      return { rank: 150 + (i % 18), of: t.of ?? 168 };
    case 'change':
      return t.baseline?.change === 'places-risen'
        ? { rank: 100, of: t.of ?? 168, baselineRank: 99 + (i % 3) }
        : { value: 95 + (i % 10), baseline: 100 };
    default:
      return t.unit === '%' ? 40 + (i % 40) : t.unit === 'count' ? i % 2 : 20 + (i % 30);
  }
}

const safe = <T>(f: () => T): T | string => {
  try {
    return f();
  } catch (e) {
    return e instanceof lib.PlanInputError ? `PlanInputError ${e.field}` : `${(e as Error).name}: ${(e as Error).message}`;
  }
};

/** The answers, as one string (`snapshot` keeps undefined, −0 and NaN apart). */
export function answers(): string {
  const targets = lib.TARGETS as readonly S.Target[];
  const subjects = fc.sample(fromSchema(S.Subject as never), { seed: 20240308, numRuns: 300 });
  const out: unknown[] = [];
  for (const asOf of DAYS) {
    out.push(safe(() => lib.deadlines({ asOf })));
    out.push(safe(() => lib.deadlines({ from: asOf, asOf: '2024-03-10' })));
    out.push(safe(() => lib.targetsFor({ dueBy: asOf })));
    out.push(safe(() => lib.scorecard({}, { asOf, all: true })));
    targets.forEach((t, i) => {
      out.push(safe(() => lib.evaluateTarget(t.id as never, observation(t, i) as never, { asOf })));
      out.push(safe(() => lib.evaluateTarget(t.id as never, undefined, { asOf })));
    });
    for (const s of subjects) out.push(safe(() => lib.assess(s as never, { asOf })));
    out.push(safe(() => lib.aqi({ pm25_24h: 75, pm10_24h: 150, o3_8h: 160 }, { date: asOf })));
    out.push(safe(() => lib.iaqi('pm25_24h', 70, { date: asOf })));
    out.push(safe(() => lib.resolveEdition({ date: asOf })));
    out.push(safe(() => lib.gb3095Limits({ date: asOf })));
    out.push(safe(() => lib.pm25Attainment(32, { date: asOf })));
    out.push(
      safe(() => lib.compositeIndex({ so2: 9, no2: 30, pm10: 70, pm25: 33, co: 1.2, o3: 170 }, { date: asOf, singleIndexes: true })),
    );
  }
  for (let year = 2016; year <= 2032; year++) out.push(safe(() => lib.gb3095Limits({ year })));
  // The calendar: every dated item from the plan's signing to 2028, across each year end, and for a county.
  out.push(safe(() => lib.schedule({ from: '2024-03-08', to: '2028-12-31' })));
  out.push(safe(() => lib.schedule({ from: '2024-12-31', to: '2025-01-01', place: '清徐县' })));
  out.push(safe(() => lib.schedule({ from: '2011-12-29', to: '2012-01-02' })));
  return snapshot(out);
}

export function digest(): string {
  return createHash('sha256').update(answers()).digest('hex');
}
