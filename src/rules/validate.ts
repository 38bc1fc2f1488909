import { CITIES } from '../../data/places.js';
import { PlanInputError } from '../errors.js';
import type { Subject } from '../plan-schemas.generated.js';
import { countyCity } from './shared.js';
import { BOOL, CITY, COUNTY, ENUM, ENUM_ARRAY, LOCATION, NUM, PCT, RANK, type Field, type Spec } from './subject-spec.js';
import { LOCATION_SPEC, SPECS } from './subject-specs.generated.js';

// Validation for the hot path of `assess`, without zod: the specs are generated from the subjects' zod
// schemas (scripts/generate/subjects.ts), which accept and refuse exactly the same subjects (a test holds
// them to it); the checks that a city or county exists in the plan are made here, against the data.

/** Whether `x` is the id of one of the 11 cities. */
function isCity(x: unknown): x is string {
  for (let i = 0; i < CITIES.length; i++) if (CITIES[i]!.id === x) return true;
  return false;
}

const hasOwn = Object.prototype.hasOwnProperty;
const KINDS_TEXT = "a subject kind (see SubjectKind), e.g. 'coal-boiler'";

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

function expected(f: Field): string {
  switch (f.t) {
    case NUM:
      return 'a finite number ≥ 0';
    case PCT:
      return 'a finite number from 0 to 100 (per cent)';
    case BOOL:
      return 'true or false';
    case ENUM:
      return `one of ${list(f.values!)}`;
    case ENUM_ARRAY:
      return `an array of ${list(f.values!)}`;
    case CITY:
      return "a city id such as 'taiyuan' (see CITIES)";
    case COUNTY:
      return "a 6-digit county code of Shanxi such as '140121' (see COUNTIES)";
    default:
      return 'an object';
  }
}

/** What a location is, in words: `an object { city?, county?, … }` (from its spec). */
function locationShape(): string {
  const fields = LOCATION_SPEC.fields;
  return `an object { ${Object.keys(fields)
    .map((k) => (LOCATION_SPEC.required.includes(k) ? k : `${k}?`))
    .join(', ')} }`;
}

function checkLocation(v: unknown, path: string): void {
  if (!isObject(v)) throw new PlanInputError(path, v, locationShape());
  checkFields(LOCATION_SPEC, v, path, null);
}

/**
 * Checks the fields of `value` against `spec`: no unknown field, each field of its type, the required
 * fields present, and a county within its city. `kind` is the subject's kind (its `kind` field is then
 * skipped), or `null` for a location.
 */
function checkFields(spec: Spec, value: Record<string, unknown>, path: string, kind: string | null): void {
  const fields = spec.fields;
  for (const key in value) {
    if (key === 'kind' && kind !== null) continue;
    const v = value[key];
    const f = hasOwn.call(fields, key) ? fields[key] : undefined;
    if (f === undefined) {
      const names = Object.keys(fields).join(', ');
      throw new PlanInputError(
        `${path}.${key}`,
        v,
        kind === null ? `no such field (a location has ${names})` : `no such field for kind '${kind}' (fields: ${names})`,
      );
    }
    if (v !== undefined) checkField(f, v, `${path}.${key}`);
  }
  const required = spec.required;
  for (let i = 0; i < required.length; i++) {
    const key = required[i]!;
    if (value[key] === undefined) throw new PlanInputError(`${path}.${key}`, undefined, expected(fields[key]!));
  }
  if (spec.pair === true && typeof value.city === 'string' && typeof value.county === 'string' && countyCity(value.county) !== value.city) {
    throw new PlanInputError(`${path}.county`, value.county, `a county of ${value.city}`);
  }
}

function checkRank(v: unknown, path: string): void {
  if (!isObject(v)) throw new PlanInputError(path, v, 'an object { rank, of }');
  for (const key in v) {
    if (key !== 'rank' && key !== 'of') {
      throw new PlanInputError(`${path}.${key}`, v[key], 'no such field (a provincial rank has rank and of)');
    }
  }
  const { rank, of } = v;
  if (!Number.isSafeInteger(of) || (of as number) < 1) throw new PlanInputError(`${path}.of`, of, 'a whole number ≥ 1');
  if (!Number.isSafeInteger(rank) || (rank as number) < 1 || (rank as number) > (of as number)) {
    throw new PlanInputError(`${path}.rank`, rank, `a whole number from 1 to ${of as number}`);
  }
}

function checkField(f: Field, v: unknown, path: string): void {
  switch (f.t) {
    case NUM:
      if (typeof v !== 'number' || !(v >= 0) || v === Infinity) throw new PlanInputError(path, v, expected(f));
      return;
    case PCT:
      if (typeof v !== 'number' || !(v >= 0 && v <= 100)) throw new PlanInputError(path, v, expected(f));
      return;
    case BOOL:
      if (typeof v !== 'boolean') throw new PlanInputError(path, v, expected(f));
      return;
    case ENUM:
      if (typeof v !== 'string' || !f.values!.includes(v)) throw new PlanInputError(path, v, expected(f));
      return;
    case ENUM_ARRAY: {
      if (!Array.isArray(v)) throw new PlanInputError(path, v, expected(f));
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x !== 'string' || !f.values!.includes(x)) throw new PlanInputError(`${path}[${i}]`, x, `one of ${list(f.values!)}`);
      }
      return;
    }
    case LOCATION:
      checkLocation(v, path);
      return;
    case RANK:
      checkRank(v, path);
      return;
    case CITY:
      if (!isCity(v)) throw new PlanInputError(path, v, expected(f));
      return;
    case COUNTY:
      if (typeof v !== 'string' || countyCity(v) === undefined) throw new PlanInputError(path, v, expected(f));
      return;
  }
}

/**
 * Checks that a value is a subject `assess` can judge, without zod (fast enough for `assess`'s hot
 * path) and exactly as strictly as the `Subject` schema: a known `kind`, its required fields present,
 * no unknown field, numbers finite and ≥ 0 (a VOCs content at most 100), enums and ids known, a
 * county within the given city.
 *
 * @param value - anything
 * @returns the same value, typed as a `Subject`
 * @throws {PlanInputError} naming the first bad field, e.g. `'subject.capacityTph'`
 * @example
 * ```ts
 * validateSubject({ kind: 'coal-boiler', capacityTph: 20 }).kind; //=> 'coal-boiler'
 * try {
 *   validateSubject({ kind: 'coal-boiler', capacityTph: '20' });
 * } catch (e) {
 *   e.field; //=> 'subject.capacityTph'
 *   e.expected; //=> 'a finite number ≥ 0'
 * }
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export function validateSubject(value: unknown): Subject {
  if (!isObject(value)) throw new PlanInputError('subject', value, `an object with a kind: ${KINDS_TEXT}`);
  const kind = value.kind;
  const spec = typeof kind === 'string' && hasOwn.call(SPECS, kind) ? SPECS[kind] : undefined;
  if (spec === undefined) throw new PlanInputError('subject.kind', kind, KINDS_TEXT);
  // The loop of checkFields, written out for the hot path of `assess` (one call less per subject).
  const fields = spec.fields;
  for (const key in value) {
    if (key === 'kind') continue;
    const v = value[key];
    const f = hasOwn.call(fields, key) ? fields[key] : undefined;
    if (f === undefined) {
      throw new PlanInputError(
        `subject.${key}`,
        v,
        `no such field for kind '${kind as string}' (fields: ${Object.keys(fields).join(', ')})`,
      );
    }
    if (v !== undefined) checkField(f, v, `subject.${key}`);
  }
  const required = spec.required;
  for (let i = 0; i < required.length; i++) {
    const key = required[i]!;
    if (value[key] === undefined) throw new PlanInputError(`subject.${key}`, undefined, expected(fields[key]!));
  }
  if (spec.pair === true && typeof value.city === 'string' && typeof value.county === 'string' && countyCity(value.county) !== value.city) {
    throw new PlanInputError('subject.county', value.county, `a county of ${value.city}`);
  }
  return value as unknown as Subject;
}
