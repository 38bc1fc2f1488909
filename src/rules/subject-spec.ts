/**
 * The form of the validation specs of `assess` (src/rules/subject-specs.generated.ts, generated from the
 * zod schemas of the subjects by scripts/generate/subjects.ts): one spec per subject kind, one field
 * type per field. Shared by the generator, the generated specs and the validator.
 * @internal
 * @module
 */

/** A finite number ≥ 0. @internal */
export const NUM = 0;
/** A finite number from 0 to 100. @internal */
export const PCT = 1;
/** @internal */
export const BOOL = 2;
/** One of `values`. @internal */
export const ENUM = 3;
/** An array of `values`. @internal */
export const ENUM_ARRAY = 4;
/** A `Location` (checked by the location's own spec). @internal */
export const LOCATION = 5;
/** A `ProvincialRank`. @internal */
export const RANK = 6;
/** The id of one of the plan's cities. @internal */
export const CITY = 7;
/** The code of one of the plan's counties. @internal */
export const COUNTY = 8;

/** One field: its type (above) and, for the enums, its values. @internal */
export interface Field {
  readonly t: number;
  readonly values?: readonly string[];
}

/**
 * One object: its required fields, every field it may have, and `pair`: whether it has both a `city` and
 * a `county`, which must then agree.
 * @internal
 */
export interface Spec {
  readonly required: readonly string[];
  /** Fields of which exactly one must be given (a coal boiler's capacityTph or capacityMw), or `null`. */
  readonly one: readonly string[] | null;
  readonly fields: Readonly<Record<string, Field>>;
  readonly pair: boolean;
}
