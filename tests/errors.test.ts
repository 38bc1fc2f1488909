/**
 * PlanInputError is one class for the program, whichever build of the library threw it: a program that loads
 * both the ES module and the CommonJS files (the dual-package hazard) holds two copies of the class, and
 * `instanceof` must hold across them, both ways.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as esm from '../src/index.js';
import { revoked } from './errors.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The main entry built as CommonJS, as `require('shanxi-air-plan')` loads it: a second copy of every class. */
function loadCjs(): typeof esm {
  const out = join(mkdtempSync(join(tmpdir(), 'errors-cjs-')), 'index.cjs');
  buildSync({ entryPoints: [join(root, 'src/index.ts')], bundle: true, format: 'cjs', platform: 'node', outfile: out, logLevel: 'silent' });
  return createRequire(import.meta.url)(out) as typeof esm;
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('PlanInputError across builds', () => {
  const cjs = loadCjs();

  it('is two classes when both builds are loaded', () => {
    expect(cjs.PlanInputError).not.toBe(esm.PlanInputError);
  });

  it('an error from the CommonJS build is instanceof the ES module class', () => {
    const e = thrown(() => cjs.getCity('xian'));
    expect(e).toBeInstanceOf(esm.PlanInputError);
    expect(e instanceof esm.PlanInputError).toBe(true);
    expect((e as esm.PlanInputError).field).toBe('city');
  });

  it('an error from the ES module is instanceof the CommonJS class', () => {
    const e = thrown(() => esm.aqi({ pm25_24h: -1 }, { date: '2025-01-15' }));
    expect(e instanceof cjs.PlanInputError).toBe(true);
    expect(e instanceof Error).toBe(true);
  });

  it('is not claimed by other errors, plain objects, primitives or a revoked Proxy', () => {
    const proxy = revoked();
    for (const x of [new Error('x'), new TypeError('x'), { field: 'city' }, null, undefined, 'PlanInputError', 42, proxy]) {
      expect(x instanceof esm.PlanInputError).toBe(false);
      expect(x instanceof cjs.PlanInputError).toBe(false);
    }
  });

  it('still works for errors made with new', () => {
    const e = new esm.PlanInputError('x', 1, 'a string');
    expect(e instanceof esm.PlanInputError && e instanceof cjs.PlanInputError).toBe(true);
    expect(e.message).toBe('Invalid x: expected a string, received 1');
  });
});

describe('PlanInputError built by hand', () => {
  it('from a field alone: an invalid-value issue whose expected words are empty', () => {
    const e = new esm.PlanInputError('options.x', 3);
    expect({ code: e.issues[0]!.code, field: e.field, value: e.value, expected: e.expected }).toEqual({
      code: 'invalid-value',
      field: 'options.x',
      value: 3,
      expected: '',
    });
  });

  it('from an empty list of issues: no issue, an empty field and no value', () => {
    const e = new esm.PlanInputError([]);
    expect({ issues: e.issues, field: e.field, value: e.value }).toEqual({ issues: [], field: '', value: undefined });
  });
});
