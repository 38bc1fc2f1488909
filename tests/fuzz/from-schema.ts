/**
 * Valid values from a zod/mini schema: enough of zod's schema kinds for the subjects of `assess`
 * (objects, literals, enums, booleans, bounded numbers, optionals, arrays, unions). Whatever the schema
 * refines (a county within its city, a rank within its field) is filtered by parsing.
 */
import fc from 'fast-check';

interface Check {
  check: string;
  value?: number;
  inclusive?: boolean;
  format?: string;
}
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  values?: unknown[];
  entries?: Record<string, string>;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
  checks?: { _zod: { def: Check } }[];
}
interface Schema {
  _zod: { def: Def };
  safeParse(v: unknown): { success: boolean };
}

/** Numbers as they come: ordinary, whole, tiny, and the enormous ones that overflow careless arithmetic. */
function number(checks: Check[]): fc.Arbitrary<number> {
  let min = -Number.MAX_VALUE;
  let max = Number.MAX_VALUE;
  let int = false;
  for (const c of checks) {
    if (c.check === 'greater_than') min = c.inclusive ? c.value! : c.value! + Number.EPSILON;
    if (c.check === 'less_than') max = c.inclusive ? c.value! : c.value! - Number.EPSILON;
    if (c.check === 'number_format' && /int/.test(c.format ?? '')) int = true;
  }
  if (int) {
    const lo = Math.max(min, Number.MIN_SAFE_INTEGER);
    const hi = Math.min(max, Number.MAX_SAFE_INTEGER);
    return fc.oneof(
      fc.integer({ min: Math.ceil(lo), max: Math.min(Math.ceil(lo) + 200, hi) }),
      fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }),
    );
  }
  const realistic = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10);
  return fc
    .oneof(
      { arbitrary: realistic, weight: 4 },
      { arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), weight: 2 },
      { arbitrary: fc.constantFrom(min, max, 0, -0, 1e300, Number.MAX_VALUE, Number.MIN_VALUE), weight: 1 },
    )
    .filter((n) => n >= min && n <= max && Number.isFinite(n));
}

export function fromSchema(schema: Schema): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  let arb: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'object': {
      const shape = def.shape!;
      const required = Object.keys(shape).filter((k) => shape[k]!._zod.def.type !== 'optional');
      const parts: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(shape)) parts[k] = fromSchema(s);
      arb = fc.record(parts, { requiredKeys: required as never[] });
      break;
    }
    case 'literal':
      arb = fc.constantFrom(...def.values!);
      break;
    case 'enum':
      arb = fc.constantFrom(...Object.values(def.entries!));
      break;
    case 'boolean':
      arb = fc.boolean();
      break;
    case 'number':
      arb = number(checks);
      break;
    case 'optional':
      arb = fromSchema(def.innerType!);
      break;
    case 'nullable':
      arb = fc.option(fromSchema(def.innerType!), { nil: null });
      break;
    case 'readonly':
      arb = fromSchema(def.innerType!);
      break;
    case 'array':
      arb = fc.array(fromSchema(def.element!), { maxLength: 4 });
      break;
    case 'union':
      arb = fc.oneof(...def.options!.map(fromSchema));
      break;
    default:
      throw new Error(`fromSchema: no arbitrary for a zod ${def.type}`);
  }
  return arb.filter((v) => schema.safeParse(v).success);
}
