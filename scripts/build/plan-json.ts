/**
 * The data of `shanxi-air-plan` as one JSON document (`shanxi-air-plan/plan.json`) and its JSON Schema
 * (`shanxi-air-plan/schema.json`), made from the TypeScript data and the zod schemas.
 *
 * Used by `scripts/build/json.ts` (which writes dist/plan.json and dist/schema.json at build time) and by
 * `tests/package/json.test.ts` (which proves the document validates against the schema).
 *
 * - {@link ENTRIES} lists every data export of the main entry (a SCREAMING_CASE export whose value is an
 *   object or an array), its key in the document (`TASKS` → `tasks`) and its model schema in
 *   `shanxi-air-plan/schemas`. A data export that is in neither ENTRIES nor {@link SKIPPED} stops the
 *   build, so a new table cannot be left out of plan.json, or put in without a schema, by accident.
 * - Functions inside the data (a rule's predicate, say) are code, not data: they are left out of the JSON
 *   and counted in `droppedFunctions`. Anything else JSON cannot carry faithfully (`NaN`, `Infinity`, a
 *   `Date`, a `Map`, a class instance…) is an error naming its path.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import * as z from 'zod/mini';

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Schema = z.core.$ZodType;
type SchemaModule = Record<string, unknown>;

/**
 * How a data export maps to the document: its key, whether it is an array, and the model schema of one
 * element (arrays) or of the whole value, named as `shanxi-air-plan/schemas` exports it or built here.
 */
export interface Entry {
  readonly key: string;
  readonly array: boolean;
  readonly schema: string | ((schemas: SchemaModule) => Schema);
}

/** Every data export of the main entry, in the order of plan.json. */
export const ENTRIES: Readonly<Record<string, Entry>> = {
  PLAN: { key: 'plan', array: false, schema: 'Plan' },
  SECTIONS: { key: 'sections', array: true, schema: 'Section' },
  TASKS: { key: 'tasks', array: true, schema: 'Task' },
  DEPARTMENTS: { key: 'departments', array: true, schema: 'Department' },
  CITIES: { key: 'cities', array: true, schema: 'City' },
  // A city id: the `id` of the City schema.
  KEY_REGION_CITIES: {
    key: 'keyRegionCities',
    array: true,
    schema: (s) => (model(s, 'City') as unknown as { shape: { id: Schema } }).shape.id,
  },
  COUNTIES: { key: 'counties', array: true, schema: 'County' },
  FUNCTIONAL_ZONES: { key: 'functionalZones', array: true, schema: 'FunctionalZone' },
  REGIONS: { key: 'regions', array: true, schema: 'Region' },
  INDUSTRY_CLUSTERS: { key: 'industryClusters', array: true, schema: 'CityClusters' },
  TAIYUAN_BASIN_PARKS: { key: 'taiyuanBasinParks', array: true, schema: 'ParkGroup' },
  CROSS_BORDER_PAIRS: { key: 'crossBorderPairs', array: true, schema: 'CrossBorderPair' },
  TARGETS: { key: 'targets', array: true, schema: 'Target' },
  THRESHOLDS: { key: 'thresholds', array: true, schema: 'Threshold' },
  // A rule carries its logic as functions; plan.json keeps what is data (see toJson).
  RULES: { key: 'rules', array: true, schema: 'Rule' },
  CLAUSE_IDS: { key: 'clauseIds', array: true, schema: 'ClauseId' },
  HJ633_EDITIONS: { key: 'hj633Editions', array: false, schema: (s) => recordOf(s, ['2012', '2026'], 'Hj633Edition') },
  GB3095_LIMITS: {
    key: 'gb3095Limits',
    array: false,
    schema: (s) => recordOf(s, ['2012', '2026-transition', '2026-final'], 'Gb3095LimitSetSchema'),
  },
  IAQI_BREAKPOINTS: { key: 'iaqiBreakpoints', array: false, schema: 'IaqiBreakpoints' },
  IAQI_LEVELS: { key: 'iaqiLevels', array: true, schema: () => z.number().check(z.int(), z.gte(0)) },
  AQI_LEVELS: { key: 'aqiLevels', array: true, schema: 'AqiLevel' },
  TARGET_METRICS: { key: 'targetMetrics', array: true, schema: 'TargetMetric' },
  COMMITMENTS: { key: 'commitments', array: true, schema: 'Commitment' },
  AREA_MEMBERSHIP: { key: 'areaMembership', array: true, schema: 'AreaMembership' },
};

/** Data exports left out of plan.json, with the reason: each is another view of a key already there. */
export const SKIPPED: Readonly<Record<string, string>> = {
  THRESHOLD_TABLE: 'the thresholds of THRESHOLDS, keyed by id',
  ISSUE_CODES: 'the catalogue of input-problem codes: about the library, not the plan',
  PRIMARY_POLLUTANT_BITS:
    "a code of aqiColumns' output (the bit of each indicator in its primary-pollutant column), not a fact of the plan or the standards",
};

/** Whether an export of the main entry goes into plan.json (see the module's notes). */
export function isDataExport(name: string, value: unknown): boolean {
  return isDataName(name) && typeof value === 'object' && value !== null && !(name in SKIPPED);
}

/** An object with the given keys, each holding a value of the named schema. */
function recordOf(s: SchemaModule, keys: readonly string[], value: string): Schema {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, model(s, value)]))) as unknown as Schema;
}

/** The schema `name` of the schemas module; an error when it has none (fix ENTRIES). */
function model(s: SchemaModule, name: string): Schema {
  const v = s[name];
  if (!isSchema(v))
    throw new Error(`plan.json: shanxi-air-plan/schemas exports no schema ${name} (fix ENTRIES in scripts/build/plan-json.ts)`);
  return v;
}

/** Whether a value is a zod schema (classic or mini). */
export function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Whether an export name is SCREAMING_CASE (`TASKS`, `KEY_REGION_CITIES`). */
export const isDataName = (name: string): boolean => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(name);

/** `KEY_REGION_CITIES` → `keyRegionCities`. */
export const camelCase = (name: string): string => name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Where a value cannot go into JSON unchanged. */
export class JsonDataError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`plan.json: ${path} ${reason}`);
    this.name = 'JsonDataError';
  }
}

/**
 * The JSON form of a data value: plain objects, arrays, strings, finite numbers, booleans and `null`
 * pass through; properties whose value is `undefined` are left out (as `JSON.stringify` would);
 * function-valued properties are left out and recorded in `dropped`. Everything else throws a
 * {@link JsonDataError} naming the path, rather than being turned silently into `null` or `{}`.
 */
export function toJson(value: unknown, path: string, dropped: string[] = []): Json {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new JsonDataError(path, `is ${value}, which JSON cannot hold (use null or leave the field out)`);
      return Object.is(value, -0) ? 0 : value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        return value.map((item, i) => {
          if (typeof item === 'function' || item === undefined) {
            throw new JsonDataError(`${path}[${i}]`, `is ${typeof item}, which a JSON array cannot hold`);
          }
          return toJson(item, `${path}[${i}]`, dropped);
        });
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        const kind = (value as object).constructor?.name ?? 'a non-plain object';
        throw new JsonDataError(path, `is ${kind}, not a plain object: give it a JSON form in the data`);
      }
      const out: { [key: string]: Json } = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined) continue;
        if (typeof v === 'function') {
          dropped.push(`${path}.${k}`);
          continue;
        }
        out[k] = toJson(v, `${path}.${k}`, dropped);
      }
      return out;
    }
    default:
      throw new JsonDataError(path, `is a ${typeof value}, which JSON cannot hold`);
  }
}

/** One key of the document: where it comes from and what validates it. */
export interface DocumentKey {
  /** The export of the main entry, e.g. `'TASKS'`. */
  readonly exportName: string;
  /** The key in plan.json, e.g. `'tasks'`. */
  readonly key: string;
  /** The name of the model schema used (`'(built in scripts/build/plan-json.ts)'` for a composed one). */
  readonly schemaName: string;
  /** The zod schema of the key's value. */
  readonly schema: Schema;
}

/** The document, its zod schema and what the build should say about them. */
export interface PlanDocument {
  /** plan.json's content. */
  readonly document: { [key: string]: Json };
  /** The zod schema of the whole document (model schemas where they exist). */
  readonly schema: Schema;
  readonly keys: readonly DocumentKey[];
  /** Paths of function-valued properties left out of the JSON. */
  readonly droppedFunctions: readonly string[];
  /** Every model schema of `shanxi-air-plan/schemas`, by export name (they become `$defs`). */
  readonly models: ReadonlyMap<string, Schema>;
}

/**
 * Builds plan.json's content and its zod schema from the main entry and the schemas entry.
 *
 * @param lib - the main entry's module namespace (`import * as lib from 'src/index.ts'`)
 * @param schemas - the schemas entry's module namespace (`import * as schemas from 'src/entries/schemas.ts'`)
 */
export function planDocument(lib: Record<string, unknown>, schemas: SchemaModule): PlanDocument {
  const models = new Map<string, Schema>();
  for (const [name, value] of Object.entries(schemas)) if (isSchema(value)) models.set(name, value);

  const unlisted = Object.keys(lib).filter((name) => isDataExport(name, lib[name]) && !(name in ENTRIES));
  if (unlisted.length > 0) {
    throw new Error(`plan.json: data exports not in ENTRIES or SKIPPED of scripts/build/plan-json.ts: ${unlisted.join(', ')}`);
  }

  const document: { [key: string]: Json } = {};
  const keys: DocumentKey[] = [];
  const droppedFunctions: string[] = [];
  const shape: Record<string, Schema> = {};
  for (const [exportName, entry] of Object.entries(ENTRIES)) {
    if (!(exportName in lib)) throw new Error(`plan.json: ENTRIES lists ${exportName}, which the main entry does not export`);
    const json = toJson(lib[exportName], entry.key, droppedFunctions);
    if (entry.array !== Array.isArray(json)) {
      throw new JsonDataError(entry.key, `is ${Array.isArray(json) ? 'an array' : 'not an array'}, but ENTRIES says otherwise`);
    }
    const element = typeof entry.schema === 'function' ? entry.schema(schemas) : model(schemas, entry.schema);
    const schemaName = typeof entry.schema === 'string' ? entry.schema : '(built in scripts/build/plan-json.ts)';
    const schema = entry.array ? (z.array(element) as unknown as Schema) : element;
    document[entry.key] = json;
    shape[entry.key] = schema;
    keys.push({ exportName, key: entry.key, schemaName, schema });
  }
  return { document, schema: z.object(shape as Record<string, z.ZodMiniType>), keys, droppedFunctions, models };
}

/**
 * The JSON Schema (draft 2020-12) of plan.json: `z.toJSONSchema` over the document's zod schema, with
 * every model schema of `shanxi-air-plan/schemas` it uses extracted into `$defs` under its export name
 * (`#/$defs/Task`, `#/$defs/Citation` …), so other tools can generate types with the library's names.
 */
export function planJsonSchema(doc: PlanDocument, meta: { version: string }): Record<string, unknown> {
  const registry = z.registry<{ id?: string; title?: string; description?: string }>();
  for (const [name, schema] of doc.models) {
    if (registry.has(schema)) continue; // the same schema exported under two names: keep the first
    registry.add(schema, { ...(z.globalRegistry.get(schema) ?? {}), id: name });
  }
  registry.add(doc.schema, {
    title: 'shanxi-air-plan data',
    description:
      `The data of shanxi-air-plan ${meta.version} (晋政发〔2024〕7号, Shanxi's plan for continuous ` +
      'improvement of air quality) as one document; generated from the TypeScript data at build time.',
  });
  return z.toJSONSchema(doc.schema, { target: 'draft-2020-12', metadata: registry, unrepresentable: 'throw' }) as Record<string, unknown>;
}

/** The problems a JSON Schema validator (Ajv, draft 2020-12) finds in a document; empty when it is valid. */
export function validateWithJsonSchema(schema: Record<string, unknown>, document: unknown): ErrorObject[] {
  // `strict` makes Ajv reject keywords it does not know, so a schema.json that other validators would
  // half-ignore fails here. Formats are not checked (Ajv needs a plugin for them; zod writes a `pattern`
  // beside every string format it emits).
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);
  return validate(document) ? [] : [...(validate.errors ?? [])];
}

/** The problems zod finds when it parses the document with the model schemas; empty when it is valid. */
export function validateWithZod(doc: PlanDocument, document: unknown = doc.document): string[] {
  const result = z.safeParse(doc.schema, document);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
}

/** A short, readable list of Ajv errors. */
export const formatAjvErrors = (errors: readonly ErrorObject[]): string[] =>
  errors.map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
