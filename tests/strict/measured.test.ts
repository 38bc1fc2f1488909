/**
 * The cases measured in the issue "Strict at every door, errors people can act on, and verdicts that say
 * whether you already comply": each failed before the change and passes after it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as schemas from '../../src/entries/schemas.js';
import {
  aqi,
  aqiValues,
  assess,
  compositeIndex,
  deadlines,
  evaluateTarget,
  getCity,
  iaqi,
  PlanInputError,
  rankCities,
  rulesFor,
  scorecard,
  targetsFor,
} from '../../src/index.js';
import { describe as describeValue } from '../../src/errors.js';
import { inputError } from '../errors.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe('Infinity is no concentration, whichever path reads it', () => {
  it('is refused by aqi under HJ 633-2026 (O3 8 h and SO2 1 h would count 300 and 200)', () => {
    expect(inputError(() => aqi({ o3_8h: Infinity }, { edition: '2026' })).field).toBe('concentrations.o3_8h');
    expect(inputError(() => aqi({ so2_1h: Infinity }, { date: '2026-06-01' })).field).toBe('concentrations.so2_1h');
  });
  it('is refused by aqiValues, small batches and tabulated ones alike', () => {
    expect(inputError(() => aqiValues([{ o3_8h: Infinity }], { edition: '2026' })).field).toBe('records[0].o3_8h');
    const many = Array.from({ length: 3000 }, () => ({ pm25_24h: 30 }) as Record<string, number>);
    many[2999] = { so2_1h: Infinity };
    expect(inputError(() => aqiValues(many, { edition: '2026' })).field).toBe('records[2999].so2_1h');
  });
  it('is refused by iaqi and by the 2012 edition, as before', () => {
    expect(inputError(() => iaqi('o3_8h', Infinity, { edition: '2026' })).field).toBe('concentration');
    expect(inputError(() => aqi({ o3_8h: Infinity }, { edition: '2012' })).field).toBe('concentrations.o3_8h');
  });
});

describe('options are checked as strictly as arguments', () => {
  it('refuses an unknown key of targetsFor, deadlines and evaluateTarget', () => {
    expect(inputError(() => targetsFor({ cty: 'taiyuan' } as never)).field).toBe('filter.cty');
    expect(inputError(() => deadlines({ form: '2025-01-01' } as never)).field).toBe('range.form');
    expect(inputError(() => evaluateTarget('pm25-2025-datong', 25, { asOf: '2026-01-15', tolerence: 1 } as never)).field).toBe(
      'options.tolerence',
    );
  });
  it('refuses an array, a Map or a Date as a filter', () => {
    for (const x of [[], new Map(), new Date()]) {
      expect(inputError(() => targetsFor(x as never)).field).toBe('filter');
      expect(inputError(() => deadlines(x as never)).field).toBe('range');
    }
  });
  it('still takes a null-prototype object and no filter at all', () => {
    const f = Object.assign(Object.create(null), { city: 'taiyuan' });
    expect(targetsFor(f).length).toBeGreaterThan(0);
    expect(targetsFor().length).toBe(79);
  });
  it('refuses weights given as a Map (compositeIndex used to ignore them)', () => {
    expect(inputError(() => compositeIndex(STATS, { edition: '2012', weights: new Map([['pm25', 3]]) } as never)).field).toBe(
      'options.weights',
    );
  });
  it('refuses a Map of observations and a string for all in scorecard', () => {
    expect(inputError(() => scorecard(new Map([['pm25-2025-datong', 24]]) as never, { asOf: '2026-01-20' })).field).toBe('observations');
    expect(inputError(() => scorecard({}, { asOf: '2026-01-20', all: 'false' } as never)).field).toBe('options.all');
  });
  it('refuses NaN, a Symbol or a string as the observation of a not-assessable target', () => {
    for (const x of [Number.NaN, Symbol('x'), 'abc']) {
      expect(inputError(() => evaluateTarget('binding-air-quality-2025', x as never, { asOf: '2026-01-01' })).field).toBe('observation');
    }
    expect(evaluateTarget('binding-air-quality-2025', 5, { asOf: '2026-01-01' }).observed).toEqual({ value: 5 });
  });
});

describe('daysLeft counts calendar days, in every time zone', () => {
  it('is 4689 days from 2011-12-30 to 2024-10-31 (Samoa skipped 2011-12-30: a local-time Date said 4688)', () => {
    const script =
      "import { deadlines } from './src/index.ts'; process.stdout.write(String(deadlines({ from: '2024-10-31', to: '2024-10-31', asOf: '2011-12-30' })[0].daysLeft));";
    for (const tz of ['Pacific/Apia', 'UTC', 'America/Los_Angeles']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: root,
        env: { ...process.env, TZ: tz, NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
      });
      expect(r.stdout.trim(), `${tz}: ${r.stderr}`).toBe('4689');
    }
  });
});

describe('a revoked Proxy', () => {
  it('is described, not thrown on, by the message helper', () => {
    expect(describeValue(revoked())).toBe('a revoked Proxy');
  });
  it('gets a PlanInputError from every kind of function', () => {
    const p = revoked();
    for (const f of [
      () => getCity(p as never),
      () => aqi(p as never, { edition: '2012' }),
      () => aqi({ pm25_24h: 1 }, p as never),
      () => targetsFor(p as never),
      () => rankCities([p] as never),
      () => assess(p as never),
      () => scorecard(p as never, { asOf: '2026-01-01' }),
    ]) {
      expect(inputError(f)).toBeInstanceOf(PlanInputError);
    }
  });
});

describe('rankCities reads each value once', () => {
  it('refuses an id of white space', () => {
    expect(inputError(() => rankCities([{ id: '   ', compositeIndex: 1 }])).field).toBe('entries[0].id');
  });
  it('keeps the id it checked, whatever a getter answers on a second read', () => {
    let reads = 0;
    const entry = {
      get id() {
        reads++;
        return reads === 1 ? 'taiyuan' : undefined;
      },
      compositeIndex: 4,
    };
    const [r] = rankCities([entry as never]);
    expect((r as unknown as { id: string }).id).toBe('taiyuan');
  });
});

describe('the schemas are as strict as the functions', () => {
  it('refuses 2025-02-30 in EditionOptions, LimitsOptions and AssessOptions', () => {
    expect(schemas.EditionOptions.safeParse({ date: '2025-02-30' }).success).toBe(false);
    expect(schemas.LimitsOptions.safeParse({ date: '2025-02-30' }).success).toBe(false);
    expect(schemas.AssessOptions.safeParse({ asOf: '2025-02-30' }).success).toBe(false);
    expect(schemas.EditionOptions.safeParse({ date: '2024-02-29' }).success).toBe(true);
  });
  it('refuses in the schema what the function refuses: an extra key, a date before 2016', () => {
    expect(schemas.EditionOptions.safeParse({ edition: '2012', foo: 1 }).success).toBe(false);
    expect(schemas.EditionOptions.safeParse({ date: '2015-12-31' }).success).toBe(false);
    expect(schemas.LimitsOptions.safeParse({ year: 2015 }).success).toBe(false);
  });
  it('refuses an unknown key of a Target, as targetName does', () => {
    const t = schemas.Target.parse(getTargetObject());
    expect(schemas.Target.safeParse({ ...t, colour: 'red' }).success).toBe(false);
  });
  it("writes a date pattern into schema.json that refuses '2025-02-30'", () => {
    const json = JSON.stringify(z.toJSONSchema(schemas.EditionOptions));
    const source = JSON.parse(json).anyOf[1].properties.date.pattern as string;
    const pattern = new RegExp(source);
    expect(pattern.test('2025-02-30')).toBe(false);
    expect(pattern.test('2100-02-29')).toBe(false);
    expect(pattern.test('2000-02-29')).toBe(true);
    expect(pattern.test('2024-02-29')).toBe(true);
  });
});

function getTargetObject(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(targetsFor({ city: 'datong' }).find((t) => t.id === 'pm25-2025-datong')));
}

describe('assess: errors people can act on', () => {
  it('reports every problem in one throw, in English and Chinese', () => {
    const e = inputError(() => assess({ kind: 'biomass-boiler', dedicated: 'yes', bagFilter: 1, colour: 'red' } as never));
    expect(e.issues.map((i) => i.field)).toEqual(['subject.dedicated', 'subject.bagFilter', 'subject.colour']);
    expect(e.field).toBe('subject.dedicated');
    expect(e.messageZh).toContain('3 处问题');
    expect(e.issues[0]!.expectedZh).toBe('true 或 false');
  });
  it('lists the valid kinds for an unknown kind', () => {
    const e = inputError(() => assess({ kind: 'boiler' } as never));
    expect(e.expected).toContain("'coal-boiler'");
    expect(e.expected).toContain("'biomass-boiler'");
    expect(e.expected).not.toContain('SubjectKind');
    expect(inputError(() => rulesFor('boiler' as never)).expected).not.toContain('SubjectKind');
  });
  it("answers a city's Chinese name where its id goes with the id meant", () => {
    const e = inputError(() => assess({ kind: 'gas-boiler', location: { city: '运城市' } } as never));
    expect(e.field).toBe('subject.location.city');
    expect(e.expected).toContain("did you mean 'yuncheng'?");
    expect(e.issues[0]!.expectedZh).toContain("是指 'yuncheng' 吗");
  });
  it('names in its messages nothing the main entry does not export', () => {
    expect(inputError(() => assess({ kind: 'x' } as never)).message).not.toMatch(/SubjectKind/);
  });
});

describe('verdicts say whether the subject complies', () => {
  it('a dedicated biomass boiler with bag filters and no co-firing complies with all three duties', () => {
    const vs = assess({
      kind: 'biomass-boiler',
      dedicated: true,
      bagFilter: true,
      coFiring: [],
      small: false,
      inefficientTreatment: false,
    });
    expect(vs.map((v) => v.compliance)).toEqual(['complies', 'complies', 'complies']);
    expect(vs.filter((v) => v.compliance !== 'complies')).toEqual([]);
    expect(vs[0]!.complianceReason.en).toBe('The facts given show this duty met.');
  });
  it('one that co-fires coal does not comply; one that says nothing is unknown', () => {
    const co = assess({ kind: 'biomass-boiler', coFiring: ['coal'] }).find((v) => v.rule === 'biomass-boiler-no-co-firing');
    expect(co!.compliance).toBe('does-not-comply');
    expect(co!.complianceReason.zh).toBe('所给事实表明尚未满足此项要求。');
    expect(assess({ kind: 'coal-boiler', capacityTph: 20 })[0]!.compliance).toBe('unknown');
  });
});

describe('fields that say what they mean', () => {
  it('takes a mine without isNew, as every other kind takes isNew optionally', () => {
    const vs = assess({ kind: 'mine' } as never);
    expect(vs.map((v) => [v.rule, v.condition?.text.en])).toEqual([
      ['new-mine-clean-transport', 'if it is a new mine'],
      ['mine-closure', 'if it is an existing mine and it is still substandard after the rectification deadline'],
    ]);
    expect(schemas.Mine.safeParse({ kind: 'mine' }).success).toBe(true);
  });
  it('documents inBuiltUpArea: 城市建成区 on a coal boiler, 城市(含县城)建成区 on an enterprise', () => {
    const boiler = assess({ kind: 'coal-boiler', capacityTph: 80, use: 'central-heating' }).find(
      (v) => v.rule === 'coal-boiler-built-up-area',
    );
    expect(boiler!.condition!.text.zh).toBe('若位于城市建成区');
    const firm = assess({ kind: 'enterprise', sector: 'coking', location: { county: '140121' } }).find(
      (v) => v.rule === 'taiyuan-basin-urban-relocation',
    );
    expect(firm!.condition!.text.zh).toBe('若位于城市(含县城)建成区');
  });
});
