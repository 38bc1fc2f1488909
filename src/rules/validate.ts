import { CITIES } from '../../data/places.js';
import { type IssueInput, PlanInputError, refuse } from '../errors.js';
import { type IssueCode, keyWords, numberCode } from '../issue-codes.js';

import { FIELD_LABELS_ZH } from './field-labels-zh.generated.js';
import { Entries, isPlain, objectOf, read, readEntries, shapeWords } from '../input.js';
import { ambiguous, findCity, findCounties } from '../plan/places.js';
import type { Subject } from '../plan-schemas.generated.js';
import { checkLocation, countyCity } from './shared.js';
import { BOOL, CITY, COUNTY, ENUM, ENUM_ARRAY, LOCATION, NUM, PCT, RANK, type Field, type Spec } from './subject-spec.js';
import { LOCATION_SPEC, SPECS } from './subject-specs.generated.js';

// Validation for the hot path of `assess`, without zod: the specs are generated from the subjects' zod
// schemas (scripts/generate/subjects.ts), which accept and refuse exactly the same subjects (a test holds
// them to it); the checks that a city or county exists in the plan are made here, against the data.

/** The ids of the 11 cities. */
const CITY_IDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(/* @__PURE__ */ CITIES.map((c) => c.id));

/** Every subject kind, in the words of an error. */
function kindsText(): string {
  return `a subject kind, one of ${list(Object.keys(SPECS))}`;
}
function kindsTextZh(): string {
  return `主体类别，${listZh(Object.keys(SPECS))} 之一`;
}

function list(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}
function listZh(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join('、');
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
      return "a Shanxi city's id, code or name such as 'taiyuan', '140100' or '太原市' (see CITIES)";
    default: // COUNTY: a location or a rank reports its own problems, and none is required
      return "the 6-digit code or Chinese name of a Shanxi county-level division such as '140121' or '清徐县' (see COUNTIES)";
  }
}

function expectedZh(f: Field): string {
  switch (f.t) {
    case NUM:
      return '≥ 0 的有限数';
    case PCT:
      return '0 到 100 的有限数（百分比）';
    case BOOL:
      return 'true 或 false';
    case ENUM:
      return `${listZh(f.values!)} 之一`;
    case ENUM_ARRAY:
      return `由 ${listZh(f.values!)} 组成的数组`;
    case CITY:
      return "山西设区市的 id、区划代码或名称，如 'taiyuan'、'140100' 或 '太原市'（见 CITIES）";
    default: // COUNTY
      return "山西县级行政区的 6 位区划代码或中文名称，如 '140121' 或 '清徐县'（见 COUNTIES）";
  }
}

/** An issue for field `f` at `path`. */
function issue(issues: IssueInput[], path: string, v: unknown, f: Field): void {
  const en = expected(f);
  const zh = expectedZh(f);
  const code: IssueCode =
    v === undefined
      ? 'missing'
      : f.t === NUM || f.t === PCT
        ? numberCode(v)
        : f.t === CITY || f.t === COUNTY
          ? 'unknown-id'
          : f.t === ENUM
            ? 'invalid-value'
            : 'wrong-type';
  issues.push({ code, field: path, fieldZh: labelZh(path), value: v, expected: en, expectedZh: zh });
}

/** The field's Chinese label (`锅炉容量(蒸吨/小时)`): every field of the specs has one, generated beside them. */
const labelZh = (path: string): string => FIELD_LABELS_ZH[path.slice(path.lastIndexOf('.') + 1)]!;

/** A spec with its fields in a Map, for one lookup per field. */
interface Checker {
  /** The kind, as the library's own string (what the copy carries: the rules then compare it by identity). */
  readonly kind: string;
  readonly spec: Spec;
  readonly fields: ReadonlyMap<string, Field>;
}
const fieldMap = (spec: Spec): ReadonlyMap<string, Field> => new Map(Object.entries(spec.fields));
/** The spec of each subject kind, with its fields in a Map (built at load: `SPECS` in another form). */
const KINDS: ReadonlyMap<string, Checker> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Object.entries(SPECS).map(([kind, spec]): [string, Checker] => [kind, { kind, spec, fields: fieldMap(spec) }]),
);
const LOCATION_FIELDS = /* @__PURE__ */ fieldMap(LOCATION_SPEC);

/** What a location is, in words: `an object { city?, county?, … }` (from its spec). */
function locationShape(): string {
  return `an object ${shapeWords(Object.keys(LOCATION_SPEC.fields), LOCATION_SPEC.required)}`;
}

/**
 * A copy of the fields of an object, given as its keys and their values (read once, by src/input.ts), checked
 * against `spec`: no unknown field, each field of its type, the required fields present, and a county within
 * its city. The copy holds the values checked. `kind` is the subject's kind (its `kind` field is then copied
 * as is), or `null` for a location. Every problem goes to `issues`.
 */
function checkFields(
  spec: Spec,
  byKey: ReadonlyMap<string, Field>,
  keys: readonly string[],
  vals: readonly unknown[],
  path: string,
  kind: string | null,
  issues: IssueInput[],
): Record<string, unknown> {
  const fields = spec.fields;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const v = vals[i];
    if (key === 'kind' && kind !== null) {
      out.kind = kind;
      continue;
    }
    const f = byKey.get(key);
    if (f === undefined) {
      const [keyEn, keyZh] = keyWords(Object.keys(fields));
      issues.push({
        code: 'unknown-key',
        field: `${path}.${key}`,
        value: plain(v),
        expected: keyEn,
        expectedZh: keyZh,
      });
      continue;
    }
    if (v === undefined) continue;
    const x = checkField(f, v, path, key, issues);
    if (x !== undefined) out[key] = x;
  }
  const required = spec.required;
  for (let i = 0; i < required.length; i++) {
    const key = required[i]!;
    if (out[key] === undefined && !reported(issues, `${path}.${key}`)) issue(issues, `${path}.${key}`, undefined, fields[key]!);
  }
  const one = spec.one;
  if (one !== null) {
    const given: string[] = [];
    for (let i = 0; i < one.length; i++) {
      const k = one[i]!;
      if (out[k] !== undefined || reported(issues, `${path}.${k}`)) given.push(k);
    }
    if (given.length !== 1) {
      const both = given.length > 1;
      issues.push({
        code: both ? 'conflict' : 'missing',
        field: `${path}.${both ? given[1]! : one[0]!}`,
        value: both ? out[given[1]!] : undefined,
        expected: both ? `only one of ${one.join(', ')}` : `one of ${one.join(', ')}: a finite number ≥ 0`,
        expectedZh: both ? `${one.join('、')} 只能给出其一` : `${one.join('、')} 之一：≥ 0 的有限数`,
      });
    }
  }
  if (spec.pair === true && typeof out.city === 'string' && typeof out.county === 'string' && countyCity(out.county) !== out.city) {
    issues.push({
      code: 'conflict',
      field: `${path}.county`,
      value: out.county,
      expected: `a county of ${out.city}`,
      expectedZh: `${out.city} 的县级区划`,
    });
  }
  return out;
}

/** A value read by src/input.ts as the module's copy of it: an {@link Entries} built into its plain object. */
function plain(v: unknown): unknown {
  return v instanceof Entries ? objectOf(v.keys, v.vals) : v;
}

/** Whether an issue names `field` already. */
function reported(issues: readonly IssueInput[], field: string): boolean {
  for (let i = 0; i < issues.length; i++) if (issues[i]!.field === field) return true;
  return false;
}

function checkRank(v: unknown, path: string, issues: IssueInput[]): unknown {
  if (!isPlain(v)) {
    issues.push({ code: 'not-plain', field: path, value: v, expected: 'an object { rank, of }', expectedZh: '对象 { rank, of }' });
    return undefined;
  }
  const n = issues.length;
  const o: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    const x = v[key];
    if (key !== 'rank' && key !== 'of') {
      issues.push({
        code: 'unknown-key',
        field: `${path}.${key}`,
        value: x,
        expected: keyWords(['rank', 'of'])[0],
        expectedZh: keyWords(['rank', 'of'])[1],
      });
    } else o[key] = x;
  }
  const { rank, of } = o;
  if (!Number.isSafeInteger(of) || (of as number) < 1) {
    issues.push({
      code: of === undefined ? 'missing' : numberCode(of, true),
      field: `${path}.of`,
      value: of,
      expected: 'a whole number ≥ 1',
      expectedZh: '≥ 1 的整数',
    });
  } else if (!Number.isSafeInteger(rank) || (rank as number) < 1 || (rank as number) > (of as number)) {
    issues.push({
      code: rank === undefined ? 'missing' : numberCode(rank, true),
      field: `${path}.rank`,
      value: rank,
      expected: `a whole number from 1 to ${of as number}`,
      expectedZh: `1 到 ${of as number} 的整数`,
    });
  }
  return issues.length === n ? o : undefined;
}

/**
 * The checked value of field `key` of the object at `parent` (a copy for an object or array), or `undefined`
 * with an issue. The field's path is built only when needed: on the hot path of `assess`, a string per field
 * was a tenth of the work.
 */
function checkField(f: Field, v: unknown, parent: string, key: string, issues: IssueInput[]): unknown {
  if (v instanceof Entries) {
    // A plain object read but not built: a location is checked from its entries; anything else as the copy.
    if (f.t === LOCATION) {
      // The usual location, a city's id or a county's code alone, taken as it is.
      const k = v.keys.length === 1 ? v.keys[0] : undefined;
      const x = v.vals[0];
      if (k === 'city' ? CITY_IDS.has(x) : k === 'county' && countyCity(x as string) !== undefined) return objectOf(v.keys, v.vals);
      const n = issues.length;
      const out = checkFields(LOCATION_SPEC, LOCATION_FIELDS, v.keys, v.vals, `${parent}.${key}`, null, issues);
      return issues.length === n ? out : undefined;
    }
    v = plain(v);
  }
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
      if (!Array.isArray(v)) break; // plain data read by src/input.ts: no proxy
      const a = v as unknown[];
      const out: string[] = [];
      const n = issues.length;
      for (let i = 0; i < a.length; i++) {
        const x: unknown = a[i];
        if (!f.values!.includes(x as string)) {
          issues.push({
            code: 'invalid-value',
            field: `${parent}.${key}[${i}]`,
            value: x,
            expected: `one of ${list(f.values!)}`,
            expectedZh: `${listZh(f.values!)} 之一`,
          });
        } else out.push(x as string);
      }
      return issues.length === n ? out : undefined;
    }
    case LOCATION:
      // A plain object came as its entries (above): anything else is not a location.
      issues.push({
        code: 'not-plain',
        field: `${parent}.${key}`,
        value: v,
        expected: locationShape(),
        expectedZh: `对象 ${locationShape().slice('an object '.length)}`,
      });
      return undefined;
    case RANK:
      return checkRank(v, `${parent}.${key}`, issues);
    case CITY: {
      // An id, or what the lookups take (a code or a Chinese name): the copy carries the id.
      if (CITY_IDS.has(v)) return v;
      const city = findCity(v);
      if (city === undefined) break;
      return city.id;
    }
    case COUNTY: {
      if (countyCity(v as string) !== undefined) return v; // compared by ===: only a string code is found
      // A Chinese name, with or without its suffix (清徐县, 清徐): the copy carries the code; 城区 names two.
      const found = findCounties(v);
      if (found.length === 1) return found[0]!.code;
      if (found.length > 1) {
        issues.push(ambiguous(`${parent}.${key}`, v, found));
        return undefined;
      }
      break;
    }
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
  const out = readSubject(value);
  // The area flags against the settled membership: what `assess` refuses, `validateSubject` refuses too
  // (`assess` checks them in `locate`, where it looks the place up once).
  checkLocation((out as { location?: Parameters<typeof checkLocation>[0] }).location);
  return out;
}

/** {@link validateSubject} but the area flags, which `assess` checks as it locates the subject. @internal */
export function readSubject(value: unknown): Subject {
  if (!isPlain(value)) {
    // Read as anything else is (a revoked Proxy or what it holds refused as src/input.ts refuses it), then
    // refused: no copy of it is a plain object.
    read('subject', value);
    refuse('wrong-type', 'subject', value, [`an object with a kind: ${kindsText()}`, `带 kind 的对象：${kindsTextZh()}`]);
  }
  // One pass: each value read once (plain data only, a revoked Proxy or a getter that throws refused
  // anywhere) and then checked, without a copy of the whole subject in between.
  const vals: unknown[] = [];
  const issues: IssueInput[] = [];
  const keys = readEntries('subject', value, vals, issues);
  if (issues.length > 0) throw new PlanInputError(issues);
  const k = keys.indexOf('kind');
  const kind = k < 0 ? undefined : plain(vals[k]);
  const c = typeof kind === 'string' ? KINDS.get(kind) : undefined;
  if (c === undefined) refuse('invalid-value', 'subject.kind', kind, [kindsText(), kindsTextZh()]);
  const out = checkFields(c.spec, c.fields, keys, vals, 'subject', c.kind, issues);
  if (issues.length > 0) throw new PlanInputError(issues);
  return out as unknown as Subject;
}
