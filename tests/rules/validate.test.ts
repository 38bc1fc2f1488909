/**
 * validateSubject (src/rules/validate.ts), the hand-written validator behind `validateSubject` and
 * `assess`: every kind's required fields, the exact words of every error (they are shown to users:
 * "naming the field, the value received and what was expected"), and the edges of percentages, provincial
 * ranks and locations.
 *
 * The expected words are written out from src/rules/validate.ts and src/errors.ts; only the long enum
 * lists are spelt by `oneOf` from the value lists of src/model/subject-values.ts (their format is
 * pinned literally by the short lists).
 */
import { describe, expect, it } from 'vitest';
import { type PlanInputError, validateSubject } from '../../src/index.js';
import * as V from '../../src/model/subject-values.js';
import { SubjectKind } from '../../src/model/subjects/index.js';
import { SPECS } from '../../src/rules/subject-specs.generated.js';
import { expectCode, expectInputError, inputError, revoked } from '../errors.js';
import { ISSUE_CODES, type IssueCode } from '../../src/issue-codes.js';

// What the validator says it expected, per type of field.
const NUM = 'a finite number ≥ 0';
const PCT = 'a finite number from 0 to 100 (per cent)';
const BOOL = 'true or false';
const CITY = "a Shanxi city's id, code or name such as 'taiyuan', '140100' or '太原市' (see CITIES)";
const COUNTY = "the 6-digit code or Chinese name of a Shanxi county-level division such as '140121' or '清徐县' (see COUNTIES)";
const KINDS = `a subject kind, one of ${Object.keys(SPECS)
  .map((k) => `'${k}'`)
  .join(', ')}`;
const LOCATION = 'an object { city?, county?, inTaiyuanBasin?, inFenheValley? }';
const LOCATION_FIELD = 'unknown-key';
const RANK = 'an object { rank, of }';
const RANK_FIELD = 'unknown-key';
const CO_FIRING = "'coal', 'household-waste', 'other'";

/** `one of 'a', 'b'` for a long value list. */
const oneOf = (values: readonly string[]): string => `one of ${values.map((v) => `'${v}'`).join(', ')}`;

/** Expects `validateSubject(s)` to throw a PlanInputError naming `field`, `expected` and, when given, the value. */
const refuse = (s: unknown, field: string, expected: string, ...value: [unknown?]) =>
  Object.hasOwn(ISSUE_CODES, expected)
    ? expectCode(() => validateSubject(s as never), expected as IssueCode, field, ...value)
    : expectInputError(() => validateSubject(s as never), field, expected, ...value);

/** Expects `validateSubject(s)` to accept `s` and return it as is. */
const accept = (s: unknown): void => {
  expect(validateSubject(s as never)).toEqual(s);
};

/** Case row for the `it.each` tables of refused subjects: name, subject, field, expected, value. */
type Refusal = readonly [string, unknown, string, string, unknown];

describe('validateSubject: required fields', () => {
  /** Every kind with required fields: a minimal valid subject and what each required field expects. */
  const REQUIRED: readonly (readonly [string, Readonly<Record<string, unknown>>, Readonly<Record<string, string>>])[] = [
    [
      'project',
      { sector: 'coking', action: 'new' },
      { sector: oneOf(V.SECTORS), action: "one of 'new', 'rebuild', 'expansion', 'relocation'" },
    ],
    ['vocs-material', { vocsContentPct: 5 }, { vocsContentPct: PCT }],
    ['enterprise', { sector: 'steel' }, { sector: oneOf(V.SECTORS) }],
    ['industry-cluster', { city: 'jinzhong', industry: 'carbon' }, { city: CITY, industry: oneOf(V.CLUSTER_INDUSTRIES) }],
    ['coal-power-unit', { capacityMw: 200 }, { capacityMw: NUM }],
    ['blast-furnace', { volumeM3: 450 }, { volumeM3: NUM }],
    ['converter', { capacityT: 80 }, { capacityT: NUM }],
    ['electric-arc-furnace', { capacityT: 60 }, { capacityT: NUM }],
    ['sinter-machine', { type: 'stepping' }, { type: "one of 'stepping', 'other'" }],
    ['pellet-furnace', { type: 'shaft' }, { type: "one of 'shaft', 'other'" }],
    [
      'ferroalloy-furnace',
      { product: 'ferronickel', enclosure: 'semi-closed' },
      { product: oneOf(V.FERROALLOY_PRODUCTS), enclosure: "one of 'semi-closed', 'closed'" },
    ],
    ['gas-demand', { use: 'residential' }, { use: "one of 'residential', 'clean-heating', 'other'" }],
    ['coal-substitute', { fuel: 'semi-coke' }, { fuel: oneOf(V.COAL_SUBSTITUTE_FUELS) }],
    ['coal-use', { type: 'coal-gangue' }, { type: "one of 'coal-gangue', 'feedstock-coal', 'fuel-coal'" }],
    ['coal-boiler', { capacityTph: 20 }, { capacityTph: `one of capacityTph, capacityMw: ${NUM}` }],
    ['small-coal-facility', { type: 'tea-water-stove' }, { type: oneOf(V.SMALL_COAL_FACILITY_TYPES) }],
    ['gas-producer', { purpose: 'fuel' }, { purpose: "one of 'fuel', 'feedstock'" }],
    ['industrial-furnace', { type: 'melting' }, { type: "one of 'heating', 'heat-treatment', 'drying', 'melting', 'other'" }],
    ['scenic-area', { grade: '5A' }, { grade: "one of '5A', 'other'" }],
    ['bulk-freight', { distanceKm: 501 }, { distanceKm: NUM }],
    [
      'freight-site',
      { type: 'coal-storage-base', annualBulkMt: 2, action: 'new' },
      { type: oneOf(V.FREIGHT_SITE_TYPES), annualBulkMt: NUM, action: "one of 'new', 'relocated', 'existing'" },
    ],
    ['truck', { fuel: 'diesel' }, { fuel: oneOf(V.TRUCK_FUELS) }],
    ['non-road-machinery', { emissionStage: 'stage-1' }, { emissionStage: oneOf(V.NON_ROAD_STAGES) }],
    ['fuel-outlet', { type: 'unlicensed-station' }, { type: oneOf(V.FUEL_OUTLET_TYPES) }],
    ['construction-site', { areaM2: 8000 }, { areaM2: NUM }],
    ['stockyard', { type: 'large-dry-bulk-terminal' }, { type: "one of 'large-dry-bulk-terminal', 'other'" }],
    ['vocs-facility', { type: 'storage-tank' }, { type: oneOf(V.VOCS_FACILITY_TYPES) }],
  ];
  /** The kinds with no required field: `{ kind }` alone is a valid subject. */
  const OPTIONAL_ONLY = [
    'mine',
    'gas-boiler',
    'biomass-boiler',
    'area',
    'locomotive',
    'farmland',
    'livestock-farm',
    'industrial-park',
    'catering-building',
    'third-party-body',
  ] as const;
  /** One row per (kind, required field). */
  const MISSING = REQUIRED.flatMap(([kind, fields, wants]) =>
    Object.entries(wants).map(([field, expected]) => [kind, field, fields, expected] as const),
  );

  it('the two tables cover every subject kind exactly once', () => {
    const kinds = [...REQUIRED.map(([k]) => k), ...OPTIONAL_ONLY];
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual([...SubjectKind.options].sort());
    expect(MISSING).toHaveLength(32);
  });

  it.each(REQUIRED)('accepts a minimal %s', (kind, fields) => {
    accept({ kind, ...fields });
  });

  it.each(OPTIONAL_ONLY)('accepts a bare %s', (kind) => {
    accept({ kind });
  });

  it.each(MISSING)('refuses a %s without %s', (kind, field, fields, expected) => {
    const s: Record<string, unknown> = { kind, ...fields };
    delete s[field];
    const e = refuse(s, `subject.${field}`, expected, undefined);
    expect(e.message).toBe(`Invalid subject.${field}: expected ${expected}, received undefined`);
  });

  it.each(MISSING)('refuses a %s whose %s is given as undefined', (kind, field, fields, expected) => {
    refuse({ kind, ...fields, [field]: undefined }, `subject.${field}`, expected, undefined);
  });

  it('names the first missing required field, in the order of the spec', () => {
    refuse({ kind: 'project' }, 'subject.sector', oneOf(V.SECTORS), undefined);
    refuse({ kind: 'freight-site', action: 'new' }, 'subject.type', oneOf(V.FREIGHT_SITE_TYPES), undefined);
    refuse({ kind: 'truck' }, 'subject.fuel', oneOf(V.TRUCK_FUELS), undefined);
    refuse({ kind: 'industry-cluster' }, 'subject.city', CITY, undefined);
  });
});

describe('validateSubject: not an object, kind', () => {
  const NOT_SUBJECT = `an object with a kind: ${KINDS}`;

  it.each<Refusal>([
    ['a number', 42, 'subject', NOT_SUBJECT, 42],
    ['null', null, 'subject', NOT_SUBJECT, null],
    ['a string', 'coal-boiler', 'subject', NOT_SUBJECT, 'coal-boiler'],
    ['undefined', undefined, 'subject', NOT_SUBJECT, undefined],
    ['no kind', { capacityTph: 20 }, 'subject.kind', KINDS, undefined],
    ['an unknown kind', { kind: 'power-plant' }, 'subject.kind', KINDS, 'power-plant'],
    ['a kind that is not a string', { kind: 7 }, 'subject.kind', KINDS, 7],
    ['a kind that names an Object.prototype member', { kind: 'toString' }, 'subject.kind', KINDS, 'toString'],
    ['a kind in the wrong case', { kind: 'Coal-Boiler', capacityTph: 20 }, 'subject.kind', KINDS, 'Coal-Boiler'],
  ])('refuses %s', (_name, s, field, expected, value) => {
    refuse(s, field, expected, value);
  });

  it('refuses an array as not an object', () => {
    const a: unknown[] = [];
    refuse(a, 'subject', NOT_SUBJECT, a);
  });

  it('words the errors in full', () => {
    expect(refuse(null, 'subject', NOT_SUBJECT).message).toBe(`Invalid subject: expected an object with a kind: ${KINDS}, received null`);
    expect(refuse({ kind: 'power-plant' }, 'subject.kind', KINDS).message).toBe(
      `Invalid subject.kind: expected ${KINDS}, received "power-plant"`,
    );
  });
});

describe('validateSubject: unknown fields', () => {
  it.each<Refusal>([
    ['a field of another kind', { kind: 'converter', capacityT: 80, volumeM3: 450 }, 'subject.volumeM3', 'unknown-key', 450],
    ['a field of a one-field kind', { kind: 'locomotive', fuel: 'diesel' }, 'subject.fuel', 'unknown-key', 'diesel'],
    ['a misspelt field', { kind: 'coal-boiler', capacityTph: 20, capacityTPH: 20 }, 'subject.capacityTPH', 'unknown-key', 20],
    ['an unknown field left undefined', { kind: 'gas-boiler', colour: undefined }, 'subject.colour', 'unknown-key', undefined],
    [
      'a county on a non-area kind',
      { kind: 'industry-cluster', city: 'datong', industry: 'foundry', county: '140121' },
      'subject.county',
      'unknown-key',
      '140121',
    ],
  ])('refuses %s', (_name, s, field, expected, value) => {
    refuse(s, field, expected, value);
  });
});

describe('validateSubject: field types', () => {
  it.each<Refusal>([
    // a finite number ≥ 0
    ['a negative number', { kind: 'coal-boiler', capacityTph: -1 }, 'subject.capacityTph', NUM, -1],
    ['NaN', { kind: 'blast-furnace', volumeM3: Number.NaN }, 'subject.volumeM3', NUM, Number.NaN],
    ['Infinity', { kind: 'converter', capacityT: Number.POSITIVE_INFINITY }, 'subject.capacityT', NUM, Number.POSITIVE_INFINITY],
    ['a string for a number', { kind: 'bulk-freight', distanceKm: '20' }, 'subject.distanceKm', NUM, '20'],
    [
      'a negative optional number',
      { kind: 'coal-boiler', capacityTph: 20, distanceToLargeChpKm: -0.5 },
      'subject.distanceToLargeChpKm',
      NUM,
      -0.5,
    ],
    // a percentage, 0 to 100
    ['a percentage just below 0', { kind: 'vocs-material', vocsContentPct: -0.1 }, 'subject.vocsContentPct', PCT, -0.1],
    ['a percentage just above 100', { kind: 'vocs-material', vocsContentPct: 100.1 }, 'subject.vocsContentPct', PCT, 100.1],
    ['a NaN percentage', { kind: 'vocs-material', vocsContentPct: Number.NaN }, 'subject.vocsContentPct', PCT, Number.NaN],
    [
      'an infinite percentage',
      { kind: 'vocs-material', vocsContentPct: Number.POSITIVE_INFINITY },
      'subject.vocsContentPct',
      PCT,
      Number.POSITIVE_INFINITY,
    ],
    ['a string percentage', { kind: 'vocs-material', vocsContentPct: '5' }, 'subject.vocsContentPct', PCT, '5'],
    // a boolean
    ['a number for a boolean', { kind: 'coal-boiler', capacityTph: 20, isNew: 1 }, 'subject.isNew', BOOL, 1],
    ['null for a boolean', { kind: 'coal-boiler', capacityTph: 20, isNew: null }, 'subject.isNew', BOOL, null],
    ['a string for a required boolean', { kind: 'mine', isNew: 'yes' }, 'subject.isNew', BOOL, 'yes'],
    // one of a closed list
    ['an unknown enum value', { kind: 'sinter-machine', type: 'rotary' }, 'subject.type', "one of 'stepping', 'other'", 'rotary'],
    ['a number for an enum', { kind: 'sinter-machine', type: 5 }, 'subject.type', "one of 'stepping', 'other'", 5],
    [
      'an unknown optional enum value',
      { kind: 'coal-boiler', capacityTph: 20, use: 'heating' },
      'subject.use',
      "one of 'central-heating', 'other'",
      'heating',
    ],
    ['an enum value in the wrong case', { kind: 'scenic-area', grade: '5a' }, 'subject.grade', "one of '5A', 'other'", '5a'],
    // an array of a closed list
    ['a string for an enum array', { kind: 'biomass-boiler', coFiring: 'coal' }, 'subject.coFiring', `an array of ${CO_FIRING}`, 'coal'],
    [
      'an unknown second element',
      { kind: 'biomass-boiler', coFiring: ['coal', 'tyres'] },
      'subject.coFiring[1]',
      `one of ${CO_FIRING}`,
      'tyres',
    ],
    ['a number as first element', { kind: 'biomass-boiler', coFiring: [7, 'tyres'] }, 'subject.coFiring[0]', `one of ${CO_FIRING}`, 7],
    // a city id
    ['an unknown city', { kind: 'area', city: 'xian' }, 'subject.city', CITY, 'xian'],
    // a county code
    ['an unknown county', { kind: 'area', county: '610100' }, 'subject.county', COUNTY, '610100'],
    ['a city code for a county', { kind: 'area', county: '140100' }, 'subject.county', COUNTY, '140100'],
    ['a county code as a number', { kind: 'area', county: 140121 }, 'subject.county', COUNTY, 140121],
  ])('refuses %s', (_name, s, field, expected, value) => {
    refuse(s, field, expected, value);
  });

  it('an enum array object is not an array', () => {
    const coFiring = { 0: 'coal', length: 1 };
    refuse({ kind: 'biomass-boiler', coFiring }, 'subject.coFiring', `an array of ${CO_FIRING}`, coFiring);
  });

  it.each([
    ['a percentage of 0', { kind: 'vocs-material', vocsContentPct: 0 }],
    ['a percentage of 100', { kind: 'vocs-material', vocsContentPct: 100 }],
    ['a fractional percentage', { kind: 'vocs-material', vocsContentPct: 99.9 }],
    ['a number of 0', { kind: 'bulk-freight', distanceKm: 0 }],
    ['an empty enum array', { kind: 'biomass-boiler', coFiring: [] }],
    ['an enum array of every material', { kind: 'biomass-boiler', coFiring: ['coal', 'household-waste', 'other'] }],
    ['optional fields left undefined', { kind: 'coal-boiler', capacityTph: 20, use: undefined, isNew: undefined, location: undefined }],
    ['a known city and county', { kind: 'area', city: 'taiyuan', county: '140121' }],
  ])('accepts %s', (_name, s) => {
    accept(s);
  });

  it('words a type error in full', () => {
    expect(refuse({ kind: 'vocs-material', vocsContentPct: 100.1 }, 'subject.vocsContentPct', PCT).message).toBe(
      'Invalid subject.vocsContentPct: expected a finite number from 0 to 100 (per cent), received 100.1',
    );
    expect(refuse({ kind: 'biomass-boiler', coFiring: ['coal', 'tyres'] }, 'subject.coFiring[1]', `one of ${CO_FIRING}`).message).toBe(
      "Invalid subject.coFiring[1]: expected one of 'coal', 'household-waste', 'other', received \"tyres\"",
    );
  });
});

describe('validateSubject: places by name, as inventories carry them', () => {
  it('takes a city by its code, Chinese or English name and a county by its Chinese name, and the copy carries the id', () => {
    expect(validateSubject({ kind: 'area', city: '140100' } as never)).toMatchObject({ city: 'taiyuan' });
    expect(validateSubject({ kind: 'industry-cluster', city: 'Taiyuan', industry: 'foundry' } as never)).toMatchObject({ city: 'taiyuan' });
    expect((validateSubject({ kind: 'gas-boiler', location: { city: '运城市' } } as never) as { location?: unknown }).location).toEqual({
      city: 'yuncheng',
    });
    expect(
      (validateSubject({ kind: 'gas-boiler', location: { city: '太原', county: '清徐县' } } as never) as { location?: unknown }).location,
    ).toEqual({
      city: 'taiyuan',
      county: '140121',
    });
    expect((validateSubject({ kind: 'gas-boiler', location: { county: '清徐' } } as never) as { location?: unknown }).location).toEqual({
      county: '140121',
    });
  });

  it('refuses 城区, a name two districts share, listing both (ambiguous-name)', () => {
    const e = expectCode(
      () => validateSubject({ kind: 'gas-boiler', location: { county: '城区' } } as never),
      'ambiguous-name',
      'subject.location.county',
      '城区',
    );
    expect(e.issues[0]!.expected).toContain('140302');
    expect(e.issues[0]!.expected).toContain('140502');
  });

  it('still checks a county named by name against the city named by name', () => {
    expectCode(
      () => validateSubject({ kind: 'gas-boiler', location: { city: '大同市', county: '清徐县' } } as never),
      'conflict',
      'subject.location.county',
    );
  });
});

describe('validateSubject: an area county within its city', () => {
  it.each<Refusal>([
    [
      'a Taiyuan county given for Datong',
      { kind: 'area', city: 'datong', county: '140121' },
      'subject.county',
      'a county of datong',
      '140121',
    ],
    [
      'a Linfen county given (first) for Taiyuan',
      { kind: 'area', county: '141002', city: 'taiyuan' },
      'subject.county',
      'a county of taiyuan',
      '141002',
    ],
  ])('refuses %s', (_name, s, field, expected, value) => {
    refuse(s, field, expected, value);
  });

  it('words it in full', () => {
    expect(refuse({ kind: 'area', city: 'datong', county: '140121' }, 'subject.county', 'a county of datong').message).toBe(
      'Invalid subject.county: expected a county of datong, received "140121"',
    );
  });

  it.each([
    ['a county of its city', { kind: 'area', city: 'linfen', county: '141002' }],
    ['a county with the city left undefined', { kind: 'area', city: undefined, county: '140121' }],
    ['a city with the county left undefined', { kind: 'area', city: 'datong', county: undefined }],
  ])('accepts %s', (_name, s) => {
    accept(s);
  });

  it('is checked for area subjects only', () => {
    // A county no `for…in` sees (non-enumerable): only the kind can keep the area's check away.
    const s = { kind: 'industry-cluster', city: 'datong', industry: 'foundry' };
    Object.defineProperty(s, 'county', { value: '140121', enumerable: false });
    let error: unknown;
    try {
      validateSubject(s as never);
    } catch (e) {
      error = e;
    }
    expect(error).not.toMatchObject({ expected: 'a county of datong' });
  });
});

describe('validateSubject: locations', () => {
  /** A converter at `location`. */
  const at = (location: unknown) => ({ kind: 'converter', capacityT: 80, location });

  it.each<Refusal>([
    ['a string', at('taiyuan'), 'subject.location', LOCATION, 'taiyuan'],
    ['null', at(null), 'subject.location', LOCATION, null],
    ['an unknown city', at({ city: 'beijing' }), 'subject.location.city', CITY, 'beijing'],
    ['a city that is not a string', at({ city: 1 }), 'subject.location.city', CITY, 1],
    ['an unknown county', at({ county: '140199' }), 'subject.location.county', COUNTY, '140199'],
    ['a county code as a number', at({ county: 140105 }), 'subject.location.county', COUNTY, 140105],
    ['a string basin flag', at({ inTaiyuanBasin: 'yes' }), 'subject.location.inTaiyuanBasin', BOOL, 'yes'],
    ['a numeric valley flag', at({ inFenheValley: 0 }), 'subject.location.inFenheValley', BOOL, 0],
    ['a null valley flag', at({ inFenheValley: null }), 'subject.location.inFenheValley', BOOL, null],
    ['an unknown field', at({ province: 'shanxi' }), 'subject.location.province', LOCATION_FIELD, 'shanxi'],
    ['an unknown field left undefined', at({ district: undefined }), 'subject.location.district', LOCATION_FIELD, undefined],
    ['a county of another city', at({ city: 'linfen', county: '140121' }), 'subject.location.county', 'a county of linfen', '140121'],
    [
      'a county of another city, county first',
      at({ county: '141002', city: 'taiyuan' }),
      'subject.location.county',
      'a county of taiyuan',
      '141002',
    ],
  ])('refuses %s', (_name, s, field, expected, value) => {
    refuse(s, field, expected, value);
  });

  it('refuses an array as not an object', () => {
    const location: unknown[] = [];
    refuse(at(location), 'subject.location', LOCATION, location);
  });

  it.each([
    ['an empty location', {}],
    ['a city left undefined beside a county', { city: undefined, county: '140105' }],
    ['a county left undefined beside a city', { city: 'taiyuan', county: undefined }],
    ['a city alone, left undefined', { city: undefined }],
    ['a county alone, left undefined', { county: undefined }],
    ['flags left undefined', { inTaiyuanBasin: undefined, inFenheValley: undefined }],
    ['flags false and true', { inTaiyuanBasin: false, inFenheValley: true }],
    ['flags true and false', { inTaiyuanBasin: true, inFenheValley: false }],
    ['a county of its city', { city: 'taiyuan', county: '140121' }],
    ['everything', { city: 'linfen', county: '141002', inTaiyuanBasin: false, inFenheValley: true }],
  ])('accepts %s', (_name, location) => {
    accept(at(location));
  });

  it('words a location error in full', () => {
    expect(refuse(at({ city: 'linfen', county: '140121' }), 'subject.location.county', 'a county of linfen').message).toBe(
      'Invalid subject.location.county: expected a county of linfen, received "140121"',
    );
    expect(refuse(at({ province: 'shanxi' }), 'subject.location.province', LOCATION_FIELD).message).toBe(
      'Invalid subject.location.province: expected no such key (only city, county, inTaiyuanBasin, inFenheValley), received "shanxi"',
    );
  });
});

describe('validateSubject: provincial ranks', () => {
  /** An area with `provincialRank`. */
  const ranked = (provincialRank: unknown) => ({ kind: 'area', provincialRank });

  it.each<Refusal>([
    ['a number', ranked(5), 'subject.provincialRank', RANK, 5],
    ['null', ranked(null), 'subject.provincialRank', RANK, null],
    ['an unknown field', ranked({ rank: 1, of: 117, total: 117 }), 'subject.provincialRank.total', RANK_FIELD, 117],
    ['an unknown field before valid ones', ranked({ place: 3, rank: 1, of: 117 }), 'subject.provincialRank.place', RANK_FIELD, 3],
    ['an unknown field beside a bad rank', ranked({ rank: 0, of: 0, extra: 'x' }), 'subject.provincialRank.extra', RANK_FIELD, 'x'],
    ['a total of 0', ranked({ rank: 1, of: 0 }), 'subject.provincialRank.of', 'a whole number ≥ 1', 0],
    ['a negative total', ranked({ rank: 1, of: -1 }), 'subject.provincialRank.of', 'a whole number ≥ 1', -1],
    ['a fractional total', ranked({ rank: 1, of: 1.5 }), 'subject.provincialRank.of', 'a whole number ≥ 1', 1.5],
    ['no total', ranked({ rank: 1 }), 'subject.provincialRank.of', 'a whole number ≥ 1', undefined],
    ['a string total', ranked({ rank: 1, of: '117' }), 'subject.provincialRank.of', 'a whole number ≥ 1', '117'],
    ['a rank of 0', ranked({ rank: 0, of: 5 }), 'subject.provincialRank.rank', 'a whole number from 1 to 5', 0],
    ['a negative rank', ranked({ rank: -1, of: 5 }), 'subject.provincialRank.rank', 'a whole number from 1 to 5', -1],
    ['a rank just above its total', ranked({ rank: 6, of: 5 }), 'subject.provincialRank.rank', 'a whole number from 1 to 5', 6],
    ['a rank 2 of 1', ranked({ rank: 2, of: 1 }), 'subject.provincialRank.rank', 'a whole number from 1 to 1', 2],
    ['a fractional rank', ranked({ rank: 1.5, of: 117 }), 'subject.provincialRank.rank', 'a whole number from 1 to 117', 1.5],
    ['no rank', ranked({ of: 117 }), 'subject.provincialRank.rank', 'a whole number from 1 to 117', undefined],
  ])('refuses %s', (_name, s, field, expected, value) => {
    refuse(s, field, expected, value);
  });

  it.each([
    ['rank 1 of 1', { rank: 1, of: 1 }],
    ['rank 1 of 117', { rank: 1, of: 117 }],
    ['rank 117 of 117', { rank: 117, of: 117 }],
    ['rank 5 of 5, of first', { of: 5, rank: 5 }],
  ])('accepts %s', (_name, provincialRank) => {
    accept(ranked(provincialRank));
  });

  it('words a rank error in full', () => {
    expect(refuse(ranked({ rank: 6, of: 5 }), 'subject.provincialRank.rank', 'a whole number from 1 to 5').message).toBe(
      'Invalid subject.provincialRank.rank: expected a whole number from 1 to 5, received 6',
    );
    expect(refuse(ranked({ rank: 1, of: 117, total: 117 }), 'subject.provincialRank.total', RANK_FIELD).message).toBe(
      'Invalid subject.provincialRank.total: expected no such key (only rank, of), received 117',
    );
  });
});

describe('validateSubject: the words of every refusal, in English and Chinese', () => {
  const words = (subject: unknown) => {
    try {
      validateSubject(subject);
    } catch (e) {
      return (e as PlanInputError).issues.map((i) => [i.field, i.expected, i.expectedZh]);
    }
    throw new Error('expected a refusal');
  };
  const q = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
  const qZh = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join('、');

  it.each([
    ['a number', { kind: 'coal-boiler', capacityTph: -1 }, 'subject.capacityTph', 'a finite number ≥ 0', '≥ 0 的有限数'],
    [
      'a percentage',
      { kind: 'vocs-material', vocsContentPct: 101 },
      'subject.vocsContentPct',
      'a finite number from 0 to 100 (per cent)',
      '0 到 100 的有限数（百分比）',
    ],
    ['true or false', { kind: 'biomass-boiler', small: 'yes' }, 'subject.small', 'true or false', 'true 或 false'],
    [
      'a city id',
      { kind: 'area', city: 'xian' },
      'subject.city',
      CITY,
      "山西设区市的 id、区划代码或名称，如 'taiyuan'、'140100' 或 '太原市'（见 CITIES）",
    ],
    [
      'a county code',
      { kind: 'area', county: '110101' },
      'subject.county',
      COUNTY,
      "山西县级行政区的 6 位区划代码或中文名称，如 '140121' 或 '清徐县'（见 COUNTIES）",
    ],
    ['a provincial rank', { kind: 'area', provincialRank: 3 }, 'subject.provincialRank', 'an object { rank, of }', '对象 { rank, of }'],
  ])('%s', (_, subject, field, en, zh) => {
    expect(words(subject)).toEqual([[field, en, zh]]);
  });

  it('an enum and an array of enum values', () => {
    expect(words({ kind: 'project', sector: 'tea', action: 'new' })).toEqual([
      ['subject.sector', `one of ${q(V.SECTORS)}`, `${qZh(V.SECTORS)} 之一`],
    ]);
    expect(words({ kind: 'biomass-boiler', coFiring: 'coal' })).toEqual([
      ['subject.coFiring', `an array of ${q(V.CO_FIRING_MATERIALS)}`, `由 ${qZh(V.CO_FIRING_MATERIALS)} 组成的数组`],
    ]);
    expect(words({ kind: 'biomass-boiler', coFiring: [V.CO_FIRING_MATERIALS[0], 7, 'x'] })).toEqual([
      ['subject.coFiring[1]', `one of ${q(V.CO_FIRING_MATERIALS)}`, `${qZh(V.CO_FIRING_MATERIALS)} 之一`],
      ['subject.coFiring[2]', `one of ${q(V.CO_FIRING_MATERIALS)}`, `${qZh(V.CO_FIRING_MATERIALS)} 之一`],
    ]);
  });

  it('a location that is no object, a field no location has, a county outside its city', () => {
    const shape = '{ city?, county?, inTaiyuanBasin?, inFenheValley? }';
    expect(words({ kind: 'coal-boiler', capacityTph: 10, location: 'taiyuan' })).toEqual([
      ['subject.location', `an object ${shape}`, `对象 ${shape}`],
    ]);
    const names = 'city, county, inTaiyuanBasin, inFenheValley';
    expect(words({ kind: 'coal-boiler', capacityTph: 10, location: { city: 'taiyuan', kind: 'x' } })).toEqual([
      ['subject.location.kind', `no such key (only ${names})`, `无此键（只接受 ${names.replace(/, /g, '、')}）`],
    ]);
    expect(words({ kind: 'coal-boiler', capacityTph: 10, location: { city: 'datong', county: '140121' } })).toEqual([
      ['subject.location.county', 'a county of datong', 'datong 的县级区划'],
    ]);
    expect(words({ kind: 'area', city: 'datong', county: '140121' })).toEqual([
      ['subject.county', 'a county of datong', 'datong 的县级区划'],
    ]);
  });

  it('a field the kind does not have, and a kind it does not know', () => {
    const names = Object.keys(SPECS['gas-demand']!.fields).join(', ');
    expect(words({ kind: 'gas-demand', use: 'other', capacityTph: 1 })).toEqual([
      ['subject.capacityTph', `no such key (only ${names})`, `无此键（只接受 ${names.replace(/, /g, '、')}）`],
    ]);
    const kinds = q(Object.keys(SPECS));
    const kindsZh = qZh(Object.keys(SPECS));
    expect(words({ kind: 'teapot' })).toEqual([['subject.kind', `a subject kind, one of ${kinds}`, `主体类别，${kindsZh} 之一`]]);
    expect(words(7)).toEqual([
      ['subject', `an object with a kind: a subject kind, one of ${kinds}`, `带 kind 的对象：主体类别，${kindsZh} 之一`],
    ]);
  });

  it('a provincial rank: an unknown key, a bad field size, a place outside it', () => {
    expect(words({ kind: 'area', provincialRank: { rank: 1, of: 11, top: true } })).toEqual([
      ['subject.provincialRank.top', 'no such key (only rank, of)', '无此键（只接受 rank、of）'],
    ]);
    expect(words({ kind: 'area', provincialRank: { rank: 1, of: 0 } })).toEqual([
      ['subject.provincialRank.of', 'a whole number ≥ 1', '≥ 1 的整数'],
    ]);
    expect(words({ kind: 'area', provincialRank: { rank: 12, of: 11 } })).toEqual([
      ['subject.provincialRank.rank', 'a whole number from 1 to 11', '1 到 11 的整数'],
    ]);
  });

  it('a missing required field is listed beside the other problems', () => {
    expect(words({ kind: 'coal-boiler', isNew: 'yes' })).toEqual([
      ['subject.isNew', 'true or false', 'true 或 false'],
      ['subject.capacityTph', 'one of capacityTph, capacityMw: a finite number ≥ 0', 'capacityTph、capacityMw 之一：≥ 0 的有限数'],
    ]);
  });

  it('a required field given a bad value is one issue, not two', () => {
    expect(words({ kind: 'vocs-material', vocsContentPct: 'high' })).toEqual([
      ['subject.vocsContentPct', 'a finite number from 0 to 100 (per cent)', '0 到 100 的有限数（百分比）'],
    ]);
  });

  it('a county code given as a number is refused: codes are strings', () => {
    expect(words({ kind: 'area', county: 140121 })).toEqual([
      ['subject.county', COUNTY, "山西县级行政区的 6 位区划代码或中文名称，如 '140121' 或 '清徐县'（见 COUNTIES）"],
    ]);
  });

  it('a value that cannot be read: a getter that throws, keys that cannot be listed, an unreadable array', () => {
    const getter = {
      kind: 'coal-boiler',
      get capacityTph(): number {
        throw new Error('unreadable');
      },
    };
    const codes = (v: unknown) => inputError(() => validateSubject(v)).issues.map((i) => [i.field, i.code]);
    expect(codes(getter)).toEqual([['subject.capacityTph', 'unreadable']]);
    const keyless = new Proxy(
      { kind: 'coal-boiler' },
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(codes(keyless)).toEqual([['subject', 'unreadable']]);
    const proxy = revoked([]);
    expect(codes({ kind: 'biomass-boiler', coFiring: proxy })).toEqual([['subject.coFiring', 'unreadable']]);
  });
});
