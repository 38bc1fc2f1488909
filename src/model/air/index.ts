// The schemas of the air-quality and ranking functions' inputs and results (src/air, src/ranking).
// The functions themselves validate with hand-written checks (so that `iaqi` stays small and fast);
// these schemas are for callers and tests that want to validate or describe the same shapes.

export * from './aqi.js';
export * from './composite.js';
export * from './stats.js';
export * from './ranking.js';
export * from './standards.js';
