// Smoke test of the packed tarball, CommonJS side: run by scripts/package/check.sh inside a temporary
// project where the tarball is installed. Loads every entry point with require() and checks real values.
'use strict';
const assert = require('node:assert/strict');

const lib = require('shanxi-air-plan');
const schemas = require('shanxi-air-plan/schemas');
const source = require('shanxi-air-plan/source');
const air = require('shanxi-air-plan/air');
const plan = require('shanxi-air-plan/plan.json');
const schema = require('shanxi-air-plan/schema.json');
const pkg = require('shanxi-air-plan/package.json');

assert.equal(lib.TASKS.length, 38);
assert.equal(lib.getTask(26).title.zh, '实施城市空气质量达标管理');
assert.equal(lib.CITIES.length, 11);
assert.ok(Object.isFrozen(lib.TASKS[0]), 'bundled data is deep-frozen');
assert.equal(schemas.Task.parse(lib.TASKS[25]).number, 26);
assert.match(source.textOf('三(七)26'), /^26\.实施城市空气质量达标管理/);
// One PlanInputError class across entry points (shared chunk), so instanceof works between them.
assert.throws(() => source.textOf('no-such-clause'), lib.PlanInputError);
assert.throws(() => air.iaqi('pm25_24h', -1, { date: '2025-01-15' }), lib.PlanInputError);
assert.equal(air.aqi, lib.aqi);
assert.equal(air.aqi({ pm25_24h: 80, pm10_24h: 120 }, { date: '2025-01-15' }).aqi, 107);
assert.equal(plan.tasks.length, 38);
assert.deepEqual(plan.tasks, JSON.parse(JSON.stringify(lib.TASKS)));
assert.equal(plan.plan.docNumber, '晋政发〔2024〕7号');
assert.equal(typeof schema.$schema, 'string');
assert.equal(typeof pkg.version, 'string');

// plan.json validates against schema.json as installed (Ajv from the repository's devDependencies).
const { Ajv2020 } = require(require.resolve('ajv/dist/2020.js', { paths: [process.env.REPO_DIR] }));
const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);
assert.ok(validate(plan), `plan.json does not validate against schema.json: ${JSON.stringify(validate.errors?.slice(0, 5))}`);

console.log(`require: ok (shanxi-air-plan ${pkg.version}: ${lib.TASKS.length} tasks, plan.json keys ${Object.keys(plan).join(', ')})`);
