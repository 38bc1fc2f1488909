import { CITIES } from '../../data/places.js';
import { type IssueInput, PlanInputError } from '../errors.js';
import { isPlain } from '../input.js';
import { findCity } from '../plan/places.js';
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
/** Every subject kind, in the words of an error. */
function kindsText(): string {
  return `a subject kind, one of ${list(Object.keys(SPECS))}`;
}
function kindsTextZh(): string {
  return `主体类别,${list(Object.keys(SPECS))} 之一`;
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
    // Stryker disable next-line all: a location or a rank reports its own issue: `issue` never words them
    default:
      // Stryker disable next-line StringLiteral: never returned (see default above)
      return 'an object';
  }
}

function expectedZh(f: Field): string {
  switch (f.t) {
    case NUM:
      return '≥ 0 的有限数';
    case PCT:
      return '0 到 100 的有限数(百分比)';
    case BOOL:
      return 'true 或 false';
    case ENUM:
      return `${list(f.values!)} 之一`;
    case ENUM_ARRAY:
      return `由 ${list(f.values!)} 组成的数组`;
    case CITY:
      return "城市 id,如 'taiyuan'(见 CITIES)";
    case COUNTY:
      return "山西的 6 位县级区划代码,如 '140121'(见 COUNTIES)";
    // Stryker disable next-line all: a location or a rank reports its own issue: `issue` never words them
    default:
      // Stryker disable next-line StringLiteral: never returned (see default above)
      return '对象';
  }
}

/** An issue for field `f` at `path`. */
function issue(issues: IssueInput[], path: string, v: unknown, f: Field): void {
  let en = expected(f);
  let zh = expectedZh(f);
  if (f.t === CITY) {
    // A city's name or code where its id goes: say which id is meant (the lookups take names; ids are ids).
    const city = findCity(v);
    if (city !== undefined) {
      en += `: did you mean '${city.id}'?`;
      zh += `:是指 '${city.id}' 吗?`;
    }
  }
  issues.push({ field: path, value: v, expected: en, expectedZh: zh });
}

/** What a location is, in words: `an object { city?, county?, … }` (from its spec). */
function locationShape(): string {
  const fields = LOCATION_SPEC.fields;
  return `an object { ${Object.keys(fields)
    .map((k) => (LOCATION_SPEC.required.includes(k) ? k : `${k}?`))
    .join(', ')} }`;
}

/**
 * A copy of the fields of `value` checked against `spec`: no unknown field, each field of its type, the
 * required fields present, and a county within its city. Each value is read once (the copy holds the
 * values checked). `kind` is the subject's kind (its `kind` field is then copied as is), or `null` for a
 * location. Every problem goes to `issues`.
 */
function checkFields(
  spec: Spec,
  value: Record<string, unknown>,
  path: string,
  kind: string | null,
  issues: IssueInput[],
): Record<string, unknown> {
  const fields = spec.fields;
  const out: Record<string, unknown> = {};
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    issues.push({ field: path, value, expected: 'an object', expectedZh: '对象' });
    return out;
  }
  for (const key of keys) {
    let v: unknown;
    try {
      v = value[key];
    } catch {
      issues.push({
        field: `${path}.${key}`,
        value: undefined,
        expected: 'a value that can be read (its getter threw)',
        expectedZh: '可读取的值(其 getter 抛出了异常)',
      });
      continue;
    }
    if (key === 'kind' && kind !== null) {
      out.kind = kind;
      continue;
    }
    const f = hasOwn.call(fields, key) ? fields[key] : undefined;
    if (f === undefined) {
      const names = Object.keys(fields).join(', ');
      issues.push({
        field: `${path}.${key}`,
        value: v,
        expected: kind === null ? `no such field (a location has ${names})` : `no such field for kind '${kind}' (fields: ${names})`,
        expectedZh: kind === null ? `无此字段(位置的字段为 ${names})` : `类别 '${kind}' 无此字段(字段为 ${names})`,
      });
      continue;
    }
    if (v === undefined) continue;
    const x = checkField(f, v, path, key, issues);
    // Stryker disable next-line ConditionalExpression: a field copied as undefined reads as one left out, and its issue is already listed
    if (x !== undefined) out[key] = x;
  }
  const required = spec.required;
  for (let i = 0; i < required.length; i++) {
    const key = required[i]!;
    if (out[key] === undefined && !issues.some((x) => x.field === `${path}.${key}`))
      issue(issues, `${path}.${key}`, undefined, fields[key]!);
  }
  // Stryker disable next-line ConditionalExpression: only a spec with both a city and a county field has both as strings here
  if (spec.pair === true && typeof out.city === 'string' && typeof out.county === 'string' && countyCity(out.county) !== out.city) {
    issues.push({ field: `${path}.county`, value: out.county, expected: `a county of ${out.city}`, expectedZh: `${out.city} 的县级区划` });
  }
  return out;
}

function checkRank(v: unknown, path: string, issues: IssueInput[]): unknown {
  if (!isPlain(v)) {
    issues.push({ field: path, value: v, expected: 'an object { rank, of }', expectedZh: '对象 { rank, of }' });
    return undefined;
  }
  const n = issues.length;
  const o: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    const x = v[key];
    if (key !== 'rank' && key !== 'of') {
      issues.push({
        field: `${path}.${key}`,
        value: x,
        expected: 'no such field (a provincial rank has rank and of)',
        expectedZh: '无此字段(省内排名只有 rank 和 of)',
      });
    } else o[key] = x;
  }
  const { rank, of } = o;
  if (!Number.isSafeInteger(of) || (of as number) < 1) {
    issues.push({ field: `${path}.of`, value: of, expected: 'a whole number ≥ 1', expectedZh: '≥ 1 的整数' });
  } else if (!Number.isSafeInteger(rank) || (rank as number) < 1 || (rank as number) > (of as number)) {
    issues.push({
      field: `${path}.rank`,
      value: rank,
      expected: `a whole number from 1 to ${of as number}`,
      expectedZh: `1 到 ${of as number} 的整数`,
    });
  }
  // Stryker disable next-line ConditionalExpression: with an issue listed, validateSubject throws, and what is returned is never used
  return issues.length === n ? o : undefined;
}

/**
 * The checked value of field `key` of the object at `parent` (a copy for an object or array), or `undefined`
 * with an issue. The field's path is built only when needed: on the hot path of `assess`, a string per field
 * was a tenth of the work.
 */
function checkField(f: Field, v: unknown, parent: string, key: string, issues: IssueInput[]): unknown {
  switch (f.t) {
    case NUM:
      if (typeof v !== 'number' || !(v >= 0) || v === Infinity) break;
      return v;
    case PCT:
      if (typeof v !== 'number' || !(v >= 0 && v <= 100)) break;
      return v;
    case BOOL:
      if (typeof v !== 'boolean') break;
      return v;
    case ENUM:
      if (!f.values!.includes(v as string)) break; // a list of strings includes no other value
      return v;
    case ENUM_ARRAY: {
      let ok = false;
      try {
        ok = Array.isArray(v);
      } catch {}
      if (!ok) break;
      const a = v as unknown[];
      const out: string[] = [];
      const n = issues.length;
      for (let i = 0; i < a.length; i++) {
        const x: unknown = a[i];
        if (!f.values!.includes(x as string)) {
          issues.push({
            field: `${parent}.${key}[${i}]`,
            value: x,
            expected: `one of ${list(f.values!)}`,
            expectedZh: `${list(f.values!)} 之一`,
          });
        } else out.push(x as string);
      }
      // Stryker disable next-line ConditionalExpression: with an issue listed, validateSubject throws, and what is returned is never used
      return issues.length === n ? out : undefined;
    }
    case LOCATION: {
      const path = `${parent}.${key}`;
      if (!isPlain(v)) {
        issues.push({ field: path, value: v, expected: locationShape(), expectedZh: `对象 ${locationShape().slice('an object '.length)}` });
        return undefined;
      }
      const n = issues.length;
      const out = checkFields(LOCATION_SPEC, v, path, null, issues);
      // Stryker disable next-line ConditionalExpression: with an issue listed, validateSubject throws, and what is returned is never used
      return issues.length === n ? out : undefined;
    }
    case RANK:
      return checkRank(v, `${parent}.${key}`, issues);
    case CITY:
      if (!isCity(v)) break;
      return v;
    case COUNTY:
      if (countyCity(v as string) === undefined) break; // compared by ===: only a string code is found
      return v;
  }
  issue(issues, `${parent}.${key}`, v, f);
  return undefined;
}

/**
 * Checks that a value is a subject `assess` can judge, without zod (fast enough for `assess`'s hot
 * path) and exactly as strictly as the `Subject` schema: a known `kind`, its required fields present,
 * no unknown field, numbers finite and ≥ 0 (a VOCs content at most 100), enums and ids known, a
 * county within the given city. Every problem is reported in one `PlanInputError` (its `issues`).
 * Each value is read once: the subject returned is a copy holding the values checked.
 *
 * @param value - anything
 * @returns a copy of the value, typed as a `Subject`
 * @throws {PlanInputError} naming every bad field, the first as `field`, e.g. `'subject.capacityTph'`
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
  if (!isPlain(value))
    throw new PlanInputError('subject', value, `an object with a kind: ${kindsText()}`, `带 kind 的对象:${kindsTextZh()}`);
  let kind: unknown;
  try {
    kind = value.kind;
  } catch {}
  const spec = typeof kind === 'string' && hasOwn.call(SPECS, kind) ? SPECS[kind] : undefined;
  if (spec === undefined) throw new PlanInputError('subject.kind', kind, kindsText(), kindsTextZh());
  const issues: IssueInput[] = [];
  const out = checkFields(spec, value, 'subject', kind as string, issues);
  if (issues.length > 0) throw new PlanInputError(issues);
  return out as unknown as Subject;
}
