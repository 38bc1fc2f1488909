export { isInBottom } from './places.js';
