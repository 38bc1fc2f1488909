// The stricter doors, checked against the packed tarball (scripts/package/check.sh): the built files refuse
// what the sources refuse, with every issue in English and Chinese, and an error from the CommonJS build is
// instanceof the ES module's class.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as lib from 'shanxi-air-plan';

const cjs = createRequire(import.meta.url)('shanxi-air-plan');
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();

function refuses(f, field) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof lib.PlanInputError && e instanceof cjs.PlanInputError, `${field}: ${e}`);
    assert.equal(e.field, field);
    assert.ok(e.issues.length >= 1 && e.messageZh.length > 0);
    return e;
  }
  assert.fail(`expected a PlanInputError naming ${field}`);
}

refuses(() => lib.aqi({ o3_8h: Infinity }, { edition: '2026' }), 'concentrations.o3_8h');
refuses(() => lib.aqi(proxy, { edition: '2012' }), 'concentrations');
// A revoked Proxy in every argument of every function: a PlanInputError, never a TypeError from inside.
for (const [name, fn] of Object.entries(lib)) {
  if (typeof fn !== 'function' || name === 'PlanInputError') continue;
  assert.throws(
    () => fn(proxy, proxy, proxy),
    (err) => err instanceof lib.PlanInputError,
    name,
  );
}
refuses(() => lib.targetsFor({ cty: 'taiyuan' }), 'filter.cty');
refuses(() => lib.deadlines(new Date()), 'range');
refuses(
  () => lib.compositeIndex({ pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 }, { edition: '2012', weights: new Map() }),
  'options.weights',
);
refuses(() => cjs.scorecard({}, { asOf: '2026-01-20', all: 'false' }), 'options.all');
refuses(() => lib.aqi({ o3_1h: 250 }, { edition: '2026', report: 'daily' }), 'concentrations.o3_1h');
const e = refuses(() => lib.assess({ kind: 'biomass-boiler', dedicated: 'yes', location: { city: '西安市' } }), 'subject.dedicated');
assert.equal(e.issues.length, 2);
assert.deepEqual([e.issues[1].code, e.issues[1].field], ['unknown-id', 'subject.location.city']);
// A Shanxi city's name where its id goes is taken, as the lookups take it (运城市 is yuncheng).
assert.deepEqual(lib.validateSubject({ kind: 'gas-boiler', location: { city: '运城市' } }).location, { city: 'yuncheng' });
assert.equal(lib.deadlines({ from: '2024-10-31', to: '2024-10-31', asOf: '2011-12-30' })[0].daysLeft, 4689);
const verdicts = lib.assess({
  kind: 'biomass-boiler',
  dedicated: true,
  bagFilter: true,
  coFiring: [],
  small: false,
  inefficientTreatment: false,
});
assert.deepEqual(
  verdicts.map((v) => v.compliance),
  ['complies', 'complies', 'complies'],
);
assert.equal(lib.aqi({ pm25_1h: 80 }, { edition: '2026', report: 'hourly' }).aqi, 119);
console.log('doors: ok');
