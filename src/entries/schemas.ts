export * from '../plan-schemas.generated.js';
