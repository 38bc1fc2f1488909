// Smoke test of the packed tarball, ESM side: run by scripts/package/check.sh inside a temporary project
// where the tarball is installed. Loads every entry point with import and checks real values.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as lib from 'shanxi-air-plan';
import { TASKS, getTask, PlanInputError } from 'shanxi-air-plan';
import { Task } from 'shanxi-air-plan/schemas';
import { textOf, SOURCE_TEXT } from 'shanxi-air-plan/source';
import * as air from 'shanxi-air-plan/air';
import * as planEntry from 'shanxi-air-plan/plan';
import * as targetsEntry from 'shanxi-air-plan/targets';
import * as rulesEntry from 'shanxi-air-plan/rules';
import plan from 'shanxi-air-plan/plan.json' with { type: 'json' };
import schema from 'shanxi-air-plan/schema.json' with { type: 'json' };

assert.equal(TASKS.length, 38);
assert.equal(getTask(26).title.zh, '实施城市空气质量达标管理');
assert.equal(Task.parse(TASKS[25]).number, 26);
assert.match(textOf('三(七)26'), /^26\.实施城市空气质量达标管理/);
assert.ok(SOURCE_TEXT.startsWith('山西省人民政府文件\n'));
assert.throws(() => textOf('no-such-clause'), PlanInputError);
assert.equal(plan.tasks.length, 38);
assert.deepEqual(plan.tasks, JSON.parse(JSON.stringify(TASKS)));
assert.equal(schema.title, 'shanxi-air-plan data');

// shanxi-air-plan/air: the arithmetic alone, the same objects as the main entry (shared chunks).
// PM2.5 80 µg/m³: IAQI 100 + (80 - 75) x 50 / 40 = 106.25, rounded up (HJ 633-2012 §6.2) to 107.
assert.equal(air.aqi({ pm25_24h: 80, pm10_24h: 120 }, { date: '2025-01-15' }).aqi, 107);
assert.equal(air.aqi, lib.aqi);
assert.equal(air.rankCities, lib.rankCities);
assert.equal(air.PlanInputError, PlanInputError);
assert.throws(() => air.iaqi('pm25_24h', -1, { date: '2025-01-15' }), PlanInputError);
assert.equal('TASKS' in air, false);

// The ESM and CJS builds hold the same data (no divergence between the two formats).
const cjs = createRequire(import.meta.url)('shanxi-air-plan');
assert.deepEqual(
  Object.keys(cjs).sort(),
  Object.keys(lib)
    .filter((k) => k !== 'default')
    .sort(),
);
assert.deepEqual(JSON.parse(JSON.stringify(cjs.TASKS)), JSON.parse(JSON.stringify(TASKS)));
const cjsAir = createRequire(import.meta.url)('shanxi-air-plan/air');
assert.deepEqual(
  Object.keys(cjsAir).sort(),
  Object.keys(air)
    .filter((k) => k !== 'default')
    .sort(),
);

// The domain entries: together exactly the main entry, each export the very same object.
const domains = { plan: planEntry, targets: targetsEntry, rules: rulesEntry, air };
const union = new Set(Object.values(domains).flatMap((d) => Object.keys(d)));
assert.deepEqual([...union].sort(), Object.keys(lib).sort());
const main = { ...lib };
for (const [entry, d] of Object.entries(domains)) for (const [k, v] of Object.entries(d)) assert.equal(v, main[k], `${entry}.${k}`);
assert.equal(targetsEntry.evaluateTarget('pm25-2025-taiyuan', 39.2, { asOf: '2026-01-20' }).status, 'not-met');
assert.ok(rulesEntry.assess({ kind: 'coal-boiler', capacityTph: 20 }).some((v) => v.task === 9));

// Every exported datum of every entry, as built (ESM and CJS), deep-frozen: the build shares frozen parts
// between constants and builds some frozen, so the source's tests alone do not prove what ships.
const sourceEntry = await import('shanxi-air-plan/source');
const schemasEntry = await import('shanxi-air-plan/schemas');
const require = createRequire(import.meta.url);
const builds = { lib, air, plan: planEntry, targets: targetsEntry, rules: rulesEntry, source: sourceEntry };
for (const e of ['', '/air', '/plan', '/targets', '/rules', '/source']) builds[`cjs${e}`] = require(`shanxi-air-plan${e}`);
let frozenObjects = 0;
for (const [entry, mod] of Object.entries(builds)) {
  const seen = new Set();
  const stack = Object.entries(mod).filter(([, v]) => typeof v === 'object' && v !== null);
  while (stack.length > 0) {
    const [path, o] = stack.pop();
    if (seen.has(o)) continue;
    seen.add(o);
    assert.ok(Object.isFrozen(o), `${entry}: ${path} is frozen`);
    frozenObjects++;
    for (const k of Reflect.ownKeys(o)) {
      const v = o[k];
      if (typeof v === 'object' && v !== null) stack.push([`${path}.${String(k)}`, v]);
    }
  }
}
assert.ok(frozenObjects > 10000, `${frozenObjects} exported objects checked`);
assert.ok(Object.keys(schemasEntry).length > 0);

// One error class across builds: an error thrown by the CJS build is instanceof the ESM class, and the reverse.
let fromCjs;
try {
  cjs.getCity('xian');
} catch (e) {
  fromCjs = e;
}
assert.notEqual(cjs.PlanInputError, PlanInputError);
assert.ok(fromCjs instanceof PlanInputError, 'a CJS error is instanceof the ESM PlanInputError');
let fromEsm;
try {
  planEntry.getCity('xian');
} catch (e) {
  fromEsm = e;
}
assert.ok(fromEsm instanceof cjs.PlanInputError, 'an ESM error is instanceof the CJS PlanInputError');
assert.ok(fromEsm instanceof createRequire(import.meta.url)('shanxi-air-plan/rules').PlanInputError);

console.log(`import: ok (${Object.keys(lib).length} exports, plan.json ${plan.tasks.length} tasks)`);
