import { CITIES } from '../../data/places.js';
import { PlanInputError } from '../errors.js';
import type { Subject } from '../model/subject.js';
import * as V from '../model/subject-values.js';
import { countyCity } from './shared.js';

// Hand-written validation for the hot path of `assess` (the zod schemas in `shanxi-air-plan/schemas`
// accept and refuse exactly the same subjects; a test holds them to it).

const NUM = 0; // a finite number ≥ 0
const PCT = 1; // a finite number from 0 to 100
const BOOL = 2;
const ENUM = 3;
const ENUM_ARRAY = 4;
const LOCATION = 5;
const RANK = 6;
const CITY = 7;
const COUNTY = 8;

interface Field {
  readonly t: number;
  readonly values?: readonly string[];
}
interface Spec {
  readonly required: readonly string[];
  readonly fields: Readonly<Record<string, Field>>;
}

const num: Field = { t: NUM };
const pct: Field = { t: PCT };
const bool: Field = { t: BOOL };
const loc: Field = { t: LOCATION };
const oneOf = (values: readonly string[]): Field => ({ t: ENUM, values });

/** Whether `x` is the id of one of the 11 cities. */
function isCity(x: unknown): x is string {
  for (let i = 0; i < CITIES.length; i++) if (CITIES[i]!.id === x) return true;
  return false;
}

const SPECS: Readonly<Record<string, Spec>> = {
  project: {
    required: ['sector', 'action'],
    fields: {
      sector: oneOf(V.SECTORS),
      action: oneOf(V.PROJECT_ACTIONS),
      addsCapacity: bool,
      usesCoal: bool,
      capacityReplacement: bool,
      independent: bool,
      supportsPowerSecurity: bool,
      majorRegionalImpact: bool,
      highVocsMaterials: bool,
      location: loc,
    },
  },
  'vocs-material': {
    required: ['vocsContentPct'],
    fields: {
      vocsContentPct: pct,
      lowVocsCompliant: bool,
      emissionsCompliant: bool,
      use: oneOf(V.VOCS_USES),
      specialFunction: bool,
      governmentPurchase: bool,
    },
  },
  enterprise: {
    required: ['sector'],
    fields: {
      sector: oneOf(V.SECTORS),
      keyEnterprise: bool,
      keyDischarger: bool,
      steelRoute: oneOf(V.STEEL_ROUTES),
      hasBypass: bool,
      bypassNeededForSafety: bool,
      ammoniaInjection: bool,
      odourComplaints: bool,
      handlesVocs: bool,
      inBuiltUpArea: bool,
      location: loc,
    },
  },
  'industry-cluster': {
    required: ['city', 'industry'],
    fields: { city: { t: CITY }, industry: oneOf(V.CLUSTER_INDUSTRIES), characteristic: bool },
  },
  'coal-power-unit': {
    required: ['capacityMw'],
    fields: {
      capacityMw: num,
      captive: bool,
      isNew: bool,
      chp: bool,
      distanceToLargeChpKm: num,
      largeChpCapacityMw: num,
      location: loc,
    },
  },
  'blast-furnace': { required: ['volumeM3'], fields: { volumeM3: num, location: loc } },
  converter: { required: ['capacityT'], fields: { capacityT: num, location: loc } },
  'electric-arc-furnace': { required: ['capacityT'], fields: { capacityT: num, alloySteel: bool, location: loc } },
  'sinter-machine': { required: ['type'], fields: { type: oneOf(V.SINTER_TYPES), location: loc } },
  'pellet-furnace': { required: ['type'], fields: { type: oneOf(V.PELLET_FURNACE_TYPES), location: loc } },
  'ferroalloy-furnace': {
    required: ['product', 'enclosure'],
    fields: { product: oneOf(V.FERROALLOY_PRODUCTS), enclosure: oneOf(V.FERROALLOY_ENCLOSURES), location: loc },
  },
  'gas-demand': { required: ['use'], fields: { use: oneOf(V.GAS_USES) } },
  'coal-substitute': { required: ['fuel'], fields: { fuel: oneOf(V.COAL_SUBSTITUTE_FUELS) } },
  'coal-use': { required: ['type'], fields: { type: oneOf(V.COAL_USE_TYPES) } },
  'coal-boiler': {
    required: ['capacityTph'],
    fields: {
      capacityTph: num,
      use: oneOf(V.BOILER_USES),
      isNew: bool,
      distanceToLargeChpKm: num,
      largeChpCapacityMw: num,
      inBuiltUpArea: bool,
      withinHeatNetwork: bool,
      inefficientTreatment: bool,
      location: loc,
    },
  },
  'small-coal-facility': { required: ['type'], fields: { type: oneOf(V.SMALL_COAL_FACILITY_TYPES), location: loc } },
  'gas-boiler': { required: [], fields: { inefficientTreatment: bool, location: loc } },
  'biomass-boiler': {
    required: [],
    fields: {
      dedicated: bool,
      coFiring: { t: ENUM_ARRAY, values: V.CO_FIRING_MATERIALS },
      bagFilter: bool,
      small: bool,
      inefficientTreatment: bool,
      location: loc,
    },
  },
  'gas-producer': {
    required: ['purpose'],
    fields: { purpose: oneOf(V.GAS_PRODUCER_PURPOSES), bed: oneOf(V.GAS_PRODUCER_BEDS), isNew: bool, location: loc },
  },
  'industrial-furnace': {
    required: ['type'],
    fields: { type: oneOf(V.FURNACE_TYPES), isNew: bool, fuel: oneOf(V.FURNACE_FUELS), inefficientTreatment: bool, location: loc },
  },
  area: {
    required: [],
    fields: {
      city: { t: CITY },
      county: { t: COUNTY },
      pm25AnnualMean: num,
      provincialRank: { t: RANK },
      cleanHeating: oneOf(V.CLEAN_HEATING_COVERAGE),
      attainsStandard: bool,
      traditionalSmeCluster: bool,
    },
  },
  'scenic-area': { required: ['grade'], fields: { grade: oneOf(V.SCENIC_GRADES), location: loc } },
  'bulk-freight': { required: ['distanceKm'], fields: { distanceKm: num } },
  'freight-site': {
    required: ['type', 'annualBulkMt', 'action'],
    fields: { type: oneOf(V.FREIGHT_SITE_TYPES), annualBulkMt: num, action: oneOf(V.FREIGHT_SITE_ACTIONS) },
  },
  mine: { required: ['isNew'], fields: { isNew: bool, failedRectification: bool, location: loc } },
  truck: {
    required: ['fuel', 'emissionStage'],
    fields: { fuel: oneOf(V.TRUCK_FUELS), emissionStage: oneOf(V.TRUCK_STAGES), leanBurn: bool },
  },
  'non-road-machinery': {
    required: ['emissionStage'],
    fields: { emissionStage: oneOf(V.NON_ROAD_STAGES), blackSmoke: bool, site: oneOf(V.MACHINERY_SITES) },
  },
  locomotive: { required: [], fields: { blackSmoke: bool } },
  'fuel-outlet': { required: ['type'], fields: { type: oneOf(V.FUEL_OUTLET_TYPES) } },
  'construction-site': { required: ['areaM2'], fields: { areaM2: num, linear: bool, location: loc } },
  stockyard: { required: ['type'], fields: { type: oneOf(V.STOCKYARD_TYPES), permitted: bool } },
  farmland: { required: [], fields: { usesLooseCoal: bool } },
  'livestock-farm': { required: [], fields: { usesLooseCoal: bool } },
  'industrial-park': {
    required: [],
    fields: { type: oneOf(V.PARK_TYPES), park: oneOf(V.TAIYUAN_BASIN_PARKS), odourComplaints: bool, location: loc },
  },
  'vocs-facility': { required: ['type'], fields: { type: oneOf(V.VOCS_FACILITY_TYPES) } },
  'catering-building': { required: [], fields: { location: loc } },
};

const hasOwn = Object.prototype.hasOwnProperty;
const KINDS_TEXT = 'a subject kind (see SubjectKind), e.g. \'coal-boiler\'';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

function expected(f: Field): string {
  switch (f.t) {
    case NUM:
      return 'a finite number ≥ 0';
    case PCT:
      return 'a finite number from 0 to 100 (per cent)';
    case BOOL:
      return 'true or false';
    case ENUM:
      return `one of ${list(f.values!)}`;
    case ENUM_ARRAY:
      return `an array of ${list(f.values!)}`;
    case CITY:
      return 'a city id such as \'taiyuan\' (see CITIES)';
    case COUNTY:
      return 'a 6-digit county code of Shanxi such as \'140121\' (see COUNTIES)';
    // Stryker disable next-line ConditionalExpression: unreachable: every field kind has its own case, so emptying default changes nothing
    default:
      return 'an object';
  }
}

function checkLocation(v: unknown, path: string): void {
  if (!isObject(v)) throw new PlanInputError(path, v, 'an object { city?, county?, inTaiyuanBasin?, inFenheValley? }');
  let city: string | undefined;
  let county: string | undefined;
  for (const key in v) {
    const x = v[key];
    switch (key) {
      case 'city':
        if (x === undefined) break;
        if (!isCity(x)) throw new PlanInputError(`${path}.city`, x, expected({ t: CITY }));
        city = x;
        break;
      case 'county':
        if (x === undefined) break;
        // Stryker disable next-line ConditionalExpression: countyCity finds no county for a non-string, so the typeof guard set to false refuses the same values
        if (typeof x !== 'string' || countyCity(x) === undefined) throw new PlanInputError(`${path}.county`, x, expected({ t: COUNTY }));
        county = x;
        break;
      case 'inTaiyuanBasin':
      case 'inFenheValley':
        if (x !== undefined && typeof x !== 'boolean') throw new PlanInputError(`${path}.${key}`, x, 'true or false');
        break;
      default:
        throw new PlanInputError(`${path}.${key}`, x, 'no such field (a location has city, county, inTaiyuanBasin, inFenheValley)');
    }
  }
  if (city !== undefined && county !== undefined && countyCity(county) !== city) {
    throw new PlanInputError(`${path}.county`, county, `a county of ${city}`);
  }
}

function checkRank(v: unknown, path: string): void {
  if (!isObject(v)) throw new PlanInputError(path, v, 'an object { rank, of }');
  for (const key in v) {
    if (key !== 'rank' && key !== 'of') {
      throw new PlanInputError(`${path}.${key}`, v[key], 'no such field (a provincial rank has rank and of)');
    }
  }
  const { rank, of } = v;
  if (!Number.isSafeInteger(of) || (of as number) < 1) throw new PlanInputError(`${path}.of`, of, 'a whole number ≥ 1');
  if (!Number.isSafeInteger(rank) || (rank as number) < 1 || (rank as number) > (of as number)) {
    throw new PlanInputError(`${path}.rank`, rank, `a whole number from 1 to ${of as number}`);
  }
}

function checkField(f: Field, v: unknown, path: string): void {
  switch (f.t) {
    case NUM:
      if (typeof v !== 'number' || !(v >= 0) || v === Infinity) throw new PlanInputError(path, v, expected(f));
      return;
    case PCT:
      if (typeof v !== 'number' || !(v >= 0 && v <= 100)) throw new PlanInputError(path, v, expected(f));
      return;
    case BOOL:
      if (typeof v !== 'boolean') throw new PlanInputError(path, v, expected(f));
      return;
    case ENUM:
      // Stryker disable next-line ConditionalExpression: values.includes refuses every non-string already, so the typeof guard set to false refuses the same values
      if (typeof v !== 'string' || !f.values!.includes(v)) throw new PlanInputError(path, v, expected(f));
      return;
    case ENUM_ARRAY: {
      if (!Array.isArray(v)) throw new PlanInputError(path, v, expected(f));
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        // Stryker disable next-line ConditionalExpression: values.includes refuses every non-string already, so the typeof guard set to false refuses the same values
        if (typeof x !== 'string' || !f.values!.includes(x)) throw new PlanInputError(`${path}[${i}]`, x, `one of ${list(f.values!)}`);
      }
      return;
    }
    case LOCATION:
      checkLocation(v, path);
      return;
    case RANK:
      checkRank(v, path);
      return;
    case CITY:
      if (!isCity(v)) throw new PlanInputError(path, v, expected(f));
      return;
    case COUNTY:
      // Stryker disable next-line ConditionalExpression: countyCity finds no county for a non-string, so the typeof guard set to false refuses the same values
      if (typeof v !== 'string' || countyCity(v) === undefined) throw new PlanInputError(path, v, expected(f));
      return;
  }
}

/**
 * Checks that a value is a subject `assess` can judge, without zod (fast enough for `assess`'s hot
 * path) and exactly as strictly as the `Subject` schema: a known `kind`, its required fields present,
 * no unknown field, numbers finite and ≥ 0 (a VOCs content at most 100), enums and ids known, a
 * county within the given city.
 *
 * @param value - anything
 * @returns the same value, typed as a `Subject`
 * @throws {PlanInputError} naming the first bad field, e.g. `'subject.capacityTph'`
 * @example
 * ```ts
 * validateSubject({ kind: 'coal-boiler', capacityTph: 20 }).kind; //=> 'coal-boiler'
 * validateSubject({ kind: 'coal-boiler', capacityTph: '20' });
 * //=> throws PlanInputError { field: 'subject.capacityTph', expected: 'a finite number ≥ 0' }
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export function validateSubject(value: unknown): Subject {
  if (!isObject(value)) throw new PlanInputError('subject', value, `an object with a kind: ${KINDS_TEXT}`);
  const kind = value.kind;
  const spec = typeof kind === 'string' && hasOwn.call(SPECS, kind) ? SPECS[kind] : undefined;
  if (spec === undefined) throw new PlanInputError('subject.kind', kind, KINDS_TEXT);
  const fields = spec.fields;
  for (const key in value) {
    if (key === 'kind') continue;
    const v = value[key];
    const f = hasOwn.call(fields, key) ? fields[key] : undefined;
    if (f === undefined) {
      throw new PlanInputError(`subject.${key}`, v, `no such field for kind '${kind as string}' (fields: ${Object.keys(fields).join(', ')})`);
    }
    if (v !== undefined) checkField(f, v, `subject.${key}`);
  }
  const required = spec.required;
  for (let i = 0; i < required.length; i++) {
    const key = required[i]!;
    if (value[key] === undefined) throw new PlanInputError(`subject.${key}`, undefined, expected(fields[key]!));
  }
  if (kind === 'area' && typeof value.city === 'string' && typeof value.county === 'string' && countyCity(value.county) !== value.city) {
    throw new PlanInputError('subject.county', value.county, `a county of ${value.city}`);
  }
  return value as unknown as Subject;
}
