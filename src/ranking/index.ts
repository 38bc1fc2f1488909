export { isInBottom, isInTop, exitsBottom, movedUp, type RankPlace } from './places.js';
export { rankCities } from './rank.js';
export type { RankEntry, RankedEntry } from '../model/air/index.js';
