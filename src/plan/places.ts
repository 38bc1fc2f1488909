// How a place is found from what a caller gives: shared by the lookups (getCity, getCounty) and
// commitmentsFor. Internal: not re-exported by src/plan/index.ts.
import { COUNTIES } from '../../data/counties.js';
import { CITIES } from '../../data/places.js';

/** The city a key names: its id, its 6-digit code (or the 4-digit prefix), its Chinese name with or without 市, or its English name. */
export function findCity(key: unknown): (typeof CITIES)[number] | undefined {
  if (typeof key !== 'string') return undefined;
  return CITIES.find(
    (c) =>
      c.id === key ||
      c.code === key ||
      c.code === `${key}00` ||
      c.name.zh === key ||
      c.name.zh === `${key}市` ||
      c.name.en.toLowerCase() === key.toLowerCase(),
  );
}

/** The county-level divisions a key names: by 6-digit code (one), or by Chinese name (one, or several that share it). */
export function findCounties(key: unknown): (typeof COUNTIES)[number][] {
  return COUNTIES.filter((c) => c.code === key || c.name.zh === key);
}
