/**
 * `shanxi-air-plan/schemas`: the zod (`zod/mini`) schema of every model type, named as the type (`Task`,
 * `Target`, `Subject`, …), to validate your own data or to build forms from.
 *
 * @example
 * ```ts
 * import { Citation } from 'shanxi-air-plan/schemas';
 * Citation.safeParse({ clause: '三(七)26', quote: '省生态环境厅负责' }).success; //=> true
 * ```
 * @module shanxi-air-plan/schemas
 */
export * from '../plan-schemas.generated.js';
export type { OfPlan } from '../plan-schemas.js';
// The words for people beside the subject schemas: to build forms from them.
export { FIELD_LABELS, KIND_LABELS, VALUE_LABELS, type FieldLabel, type NameLabel } from '../model/subjects/labels.js';
