/**
 * shanxi-air-plan/plan.json and shanxi-air-plan/schema.json, made here from the sources exactly as
 * `npm run build` makes them (scripts/build/json.ts): the document holds all the data, and validates
 * against its JSON Schema with a real JSON Schema validator (Ajv, draft 2020-12) as well as with zod.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import * as schemas from '../../src/entries/schemas.js';
import {
  camelCase,
  formatAjvErrors,
  isDataExport,
  isDataName,
  JsonDataError,
  planDocument,
  planJsonSchema,
  ENTRIES,
  toJson,
  validateWithJsonSchema,
  validateWithZod,
} from '../../scripts/build/plan-json.js';

const doc = planDocument(lib, schemas);
const schema = planJsonSchema(doc, { version: '0.0.0-test' });
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const dataExports = Object.keys(lib).filter((name) => isDataExport(name, (lib as Record<string, unknown>)[name]));

describe('plan.json', () => {
  it('holds the plan, its sections, tasks, departments and places under lower-case keys', () => {
    const d = doc.document as Record<string, unknown[]>;
    expect(Object.keys(d)).toEqual(expect.arrayContaining(['plan', 'sections', 'tasks', 'departments', 'cities', 'regions']));
    expect(d.sections).toHaveLength(10);
    expect(d.tasks).toHaveLength(38);
    expect(d.cities).toHaveLength(11);
    expect((d.plan as unknown as { docNumber: string }).docNumber).toBe('晋政发〔2024〕7号');
    for (const key of Object.keys(d)) expect(key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });

  it('holds every data export of the main entry (TARGETS, THRESHOLDS, RULES … as they appear)', () => {
    expect(doc.keys.map((k) => k.exportName).sort()).toEqual([...dataExports].sort());
    expect(doc.keys.map((k) => k.key)).toEqual(Object.keys(doc.document));
  });

  it.each(doc.keys.map((k) => [k.key, k.exportName] as const))('gives %s exactly the data of %s', (key, exportName) => {
    const value = (lib as Record<string, unknown>)[exportName];
    if (doc.droppedFunctions.some((p) => p.startsWith(`${key}.`) || p.startsWith(`${key}[`))) {
      // Functions are left out; everything else is the same.
      expect(doc.document[key]).toEqual(copy(value));
    } else {
      expect(doc.document[key]).toStrictEqual(copy(value));
    }
  });

  it('is plain JSON: it survives JSON.stringify and JSON.parse unchanged', () => {
    expect(copy(doc.document)).toStrictEqual(doc.document);
  });

  it('parses with the model schemas of shanxi-air-plan/schemas', () => {
    expect(validateWithZod(doc)).toEqual([]);
  });

  it('validates against schema.json (Ajv, JSON Schema draft 2020-12, strict mode)', () => {
    expect(formatAjvErrors(validateWithJsonSchema(schema, copy(doc.document)))).toEqual([]);
  });

  it('uses a model schema for the plan, sections, tasks, departments, cities, counties and regions', () => {
    const byKey = Object.fromEntries(doc.keys.map((k) => [k.key, k.schemaName]));
    expect(byKey).toMatchObject({
      plan: 'Plan',
      sections: 'Section',
      tasks: 'Task',
      departments: 'Department',
      cities: 'City',
      regions: 'Region',
    });
    expect(byKey.counties).toBe('County');
  });
});

describe('schema.json', () => {
  it('is a draft 2020-12 JSON Schema of an object with every key required and no other', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      additionalProperties: false,
      title: 'shanxi-air-plan data',
    });
    expect(schema.required).toEqual(Object.keys(doc.document));
  });

  it('names the model schemas it uses in $defs, as shanxi-air-plan/schemas names them', () => {
    expect(Object.keys(schema.$defs as object)).toEqual(expect.arrayContaining(['Plan', 'Task', 'Duty', 'Citation', 'Bilingual', 'City']));
    expect((schema.properties as Record<string, unknown>).tasks).toEqual({ type: 'array', items: { $ref: '#/$defs/Task' } });
  });

  it.each([
    ['a task number that is not a number', (d: any) => (d.tasks[0].number = 'one'), '/tasks/0/number', true],
    ['a clause the plan does not have', (d: any) => (d.tasks[1].source.clause = '三(十一)39'), '/tasks/1/source/clause', true],
    ['an empty English title', (d: any) => (d.sections[0].title.en = ''), '/sections/0/title/en', true],
    ['a missing key', (d: any) => delete d.departments, '', true],
    ['another document number', (d: any) => (d.plan.docNumber = '晋政发〔2024〕8号'), '/plan/docNumber', true],
    // zod's objects strip unknown keys when parsing; the JSON Schema (of zod's output) forbids them.
    ['a property no schema declares', (d: any) => (d.cities[0].population = 1), '/cities/0', false],
    ['an unknown key', (d: any) => (d.extra = []), '', false],
  ])('rejects %s', (_what, mutate, path, zodRejects) => {
    const broken = copy(doc.document);
    mutate(broken);
    expect(validateWithJsonSchema(schema, broken).map((e) => e.instancePath)).toContain(path);
    if (zodRejects) expect(validateWithZod(doc, broken)).not.toEqual([]);
  });
});

describe('toJson', () => {
  it('leaves functions out (code, not data) and says where', () => {
    const dropped: string[] = [];
    expect(toJson({ id: 'a', applies: () => true, nested: { test() {} } }, 'rules[0]', dropped)).toEqual({ id: 'a', nested: {} });
    expect(dropped).toEqual(['rules[0].applies', 'rules[0].nested.test']);
  });

  it('leaves undefined properties out, as JSON.stringify does', () => {
    expect(toJson({ a: 1, b: undefined }, 'x')).toStrictEqual({ a: 1 });
  });

  it.each([
    [Number.POSITIVE_INFINITY, 'x.v is Infinity'],
    [Number.NaN, 'x.v is NaN'],
    [new Date(0), 'x.v is Date'],
    [new Map(), 'x.v is Map'],
    [10n, 'x.v is a bigint'],
    [Symbol('s'), 'x.v is a symbol'],
  ])('rejects %s with the path, rather than writing null or {}', (v, message) => {
    expect(() => toJson({ v }, 'x')).toThrow(JsonDataError);
    expect(() => toJson({ v }, 'x')).toThrow(message);
  });

  it('rejects a function or undefined inside an array', () => {
    expect(() => toJson([1, () => 2], 'a')).toThrow('a[1] is function');
    expect(() => toJson([undefined], 'a')).toThrow('a[0] is undefined');
  });
});

describe('ENTRIES', () => {
  it('names each key after its export, in camelCase (KEY_REGION_CITIES → keyRegionCities)', () => {
    for (const [name, entry] of Object.entries(ENTRIES)) {
      expect(isDataName(name)).toBe(true);
      expect(entry.key).toBe(camelCase(name));
    }
  });

  it('treats only SCREAMING_CASE names as data', () => {
    expect(['getTask', 'Task', 'PlanInputError', 'TASKS_', '_TASKS'].filter(isDataName)).toEqual([]);
  });

  it('treats only objects and arrays as data: scalar constants are API', () => {
    expect(isDataExport('TASKS', [])).toBe(true);
    expect(isDataExport('PLAN', {})).toBe(true);
    expect(isDataExport('NOT_COMPUTED', -1)).toBe(false);
    expect(isDataExport('CONCENTRATION_EXPECTED', 'a finite number')).toBe(false);
    expect(isDataExport('THRESHOLD_TABLE', {})).toBe(false); // another view of THRESHOLDS
  });

  it('stops the build on a data export it does not list, or an export or schema that is gone', () => {
    expect(() => planDocument({ ...lib, WIDGETS: [] }, schemas)).toThrow(
      'data exports not in ENTRIES or SKIPPED of scripts/build/plan-json.ts: WIDGETS',
    );
    const { TARGETS: _, ...withoutTargets } = lib;
    expect(() => planDocument(withoutTargets, schemas)).toThrow('ENTRIES lists TARGETS, which the main entry does not export');
    const { Target: __, ...withoutTarget } = schemas;
    expect(() => planDocument(lib, withoutTarget)).toThrow('exports no schema Target');
  });
});
