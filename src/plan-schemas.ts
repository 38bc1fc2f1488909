/**
 * Where the model meets the plan's data. The model (src/model/) knows the forms of ids only: a clause
 * id, a city id, a county code. Here its schemas are narrowed to the plan's 59 clauses, 11 cities and
 * 117 counties, and a county given with a city must belong to it; `shanxi-air-plan/schemas` exports
 * the narrowed schemas (src/plan-schemas.generated.ts, one per model schema that holds such an id), so
 * that they refuse, as `assess` does, what the plan does not have.
 * @module
 */
import * as z from 'zod/mini';
import { CLAUSE_IDS, type ClauseId } from '../data/clauses.js';
import { CITIES, type CityId } from '../data/places.js';
import { COUNTIES, type CountyCode } from '../data/counties.js';
import { ClauseId as ClauseIdForm } from './model/citation.js';
import { CityIdForm, CountyCodeForm } from './model/ids.js';

/**
 * `T` with every `city` narrowed to `CityId`, every `county` to `CountyCode` and every `clause` to
 * `ClauseId`, at any depth (the types of the subjects and citations of `shanxi-air-plan/schemas`).
 */
export type OfPlan<T> = T extends readonly (infer E)[]
  ? OfPlan<E>[]
  : T extends object
    ? {
        [K in keyof T]: K extends 'city'
          ? undefined extends T[K]
            ? CityId | undefined
            : CityId
          : K extends 'county'
            ? undefined extends T[K]
              ? CountyCode | undefined
              : CountyCode
            : K extends 'clause'
              ? undefined extends T[K]
                ? ClauseId | undefined
                : ClauseId
              : OfPlan<T[K]>;
      }
    : T;

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  element?: AnySchema;
  options?: readonly AnySchema[];
}
type AnySchema = z.core.$ZodType & { _zod: { def: Def } };

/** The model's id forms and what they become. */
function swaps(): Map<unknown, AnySchema> {
  return new Map<unknown, AnySchema>([
    [ClauseIdForm, z.enum(CLAUSE_IDS as unknown as readonly [ClauseId, ...ClauseId[]]) as unknown as AnySchema],
    [CityIdForm, z.enum(CITIES.map((c) => c.id) as unknown as readonly [CityId, ...CityId[]]) as unknown as AnySchema],
    [CountyCodeForm, z.enum(COUNTIES.map((c) => c.code) as unknown as readonly [CountyCode, ...CountyCode[]]) as unknown as AnySchema],
  ]);
}

/** A county given with a city must be one of its counties. */
function pairCheck() {
  return z.refine(
    (v: unknown) => {
      const { city, county } = v as { city?: string; county?: string };
      return city === undefined || county === undefined || COUNTIES.find((c) => c.code === county)?.city === city;
    },
    { message: 'the county does not belong to the city', path: ['county'] },
  );
}

let SWAPS: Map<unknown, AnySchema> | undefined;
const DONE = /* @__PURE__ */ new WeakMap<object, AnySchema>();

/** `s` rebuilt with the ids narrowed; `s` itself when it holds none. Each schema is rebuilt once. */
function narrow(s: AnySchema): AnySchema {
  SWAPS ??= swaps();
  const swapped = SWAPS.get(s);
  if (swapped !== undefined) return swapped;
  const done = DONE.get(s);
  if (done !== undefined) return done;
  const def = s._zod.def;
  let next: Partial<Def> | undefined;
  switch (def.type) {
    case 'object': {
      const shape: Record<string, AnySchema> = {};
      let changed = false;
      for (const [k, v] of Object.entries(def.shape!)) {
        shape[k] = narrow(v);
        changed = shape[k] !== v || changed;
      }
      if (changed) next = { shape };
      break;
    }
    case 'optional':
    case 'nullable': {
      const inner = narrow(def.innerType!);
      if (inner !== def.innerType) next = { innerType: inner };
      break;
    }
    case 'array': {
      const element = narrow(def.element!);
      if (element !== def.element) next = { element };
      break;
    }
    case 'union': {
      const options = def.options!.map(narrow);
      if (options.some((o, i) => o !== def.options![i])) next = { options };
      break;
    }
  }
  let out = s;
  if (next !== undefined) {
    // What zod's own `clone` does (importing it from zod/v4/core would bring all of zod's core along).
    const Constr = (s._zod as unknown as { constr: new (def: unknown) => AnySchema }).constr;
    out = new Constr({ ...def, ...next });
    const shape = def.shape;
    if (shape !== undefined && 'city' in shape && 'county' in shape)
      out = (out as unknown as z.ZodMiniObject).check(pairCheck()) as unknown as AnySchema;
  }
  DONE.set(s, out);
  return out;
}

/**
 * A schema of the model narrowed to the plan's ids (the same schema when it holds none), typed as the
 * model's. @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function ofPlan<S>(schema: S): S {
  return narrow(schema as unknown as AnySchema) as unknown as S;
}
