import type { Concentrations } from '../../src/index.js';

/** The records of columns (as `aqiColumns` takes them): each row's measured values (not NaN, null or undefined) under their keys. */
export function recordsOf(columns: Record<string, ArrayLike<unknown>>, n: number): Concentrations[] {
  return Array.from({ length: n }, (_, i) => {
    const r: Record<string, unknown> = {};
    for (const [k, col] of Object.entries(columns)) {
      const v = col[i];
      if (v !== null && v !== undefined && !Number.isNaN(v)) r[k] = v;
    }
    return r as Concentrations;
  });
}
