import { AREA_MEMBERSHIP } from '../../data/area-membership.js';
import { COUNTIES } from '../../data/counties.js';

// The schemas accept a location whose area flag contradicts what AREA_MEMBERSHIP settles for its place
// (`{ city: 'datong', inTaiyuanBasin: true }`); `assess` refuses it (tests/rules/membership.test.ts). A
// generator of valid subjects drops such a flag. Read from the data, not from the code under test.

const FLAGS = { 'taiyuan-basin': 'inTaiyuanBasin', 'fenhe-valley': 'inFenheValley' } as const;

/** The settled status of a place in an area: `'in'`, `'out'` or `undefined` (not settled). */
function settled(area: string, city: unknown, county: unknown): string | undefined {
  const t = AREA_MEMBERSHIP.find((a) => a.area === area)!.counties as Record<string, { status: string; settled?: boolean }>;
  if (typeof county === 'string') return t[county]?.settled === true ? t[county]!.status : undefined;
  if (typeof city !== 'string') return undefined;
  const ms = COUNTIES.filter((c) => c.city === city).map((c) => t[c.code]!);
  if (ms.length === 0 || ms.some((m) => m.settled !== true || m.status !== ms[0]!.status)) return undefined;
  return ms[0]!.status;
}

/** The subject with every area flag that contradicts its place's settled membership left out. */
export function consistentLocation<T>(s: T): T {
  const loc = (s as { location?: Record<string, unknown> } | null)?.location;
  if (loc === undefined || loc === null || typeof loc !== 'object') return s;
  let out: Record<string, unknown> | undefined;
  for (const [area, flag] of Object.entries(FLAGS)) {
    const st = settled(area, loc.city, loc.county);
    if (st !== undefined && typeof loc[flag] === 'boolean' && loc[flag] !== (st === 'in')) {
      out ??= { ...loc };
      delete out[flag];
    }
  }
  return out === undefined ? s : ({ ...(s as object), location: out } as T);
}
