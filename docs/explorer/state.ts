/**
 * The explorer's state and the pure steps from it to the library's calls, kept apart from the page so that
 * the browser test (tests/browser/) can make the very same calls in Node and compare.
 *
 * The state lives in the URL hash as URL-encoded JSON, one key per mode — `#aqi=…`, `#target=…`,
 * `#assess=…` — and optionally `lang=en`, joined by `&`: any answer can be shared as a link.
 */

export type Mode = 'aqi' | 'target' | 'assess';
export type Lang = 'zh' | 'en';

/** A verdict's obligation in words (named after the plan's verbs): the explorer's badges and the rules guide (scripts/generate/docs.ts). */
export const OBLIGATION_WORDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  'phase-out': { zh: '淘汰', en: 'phase-out' },
  prohibited: { zh: '禁止', en: 'prohibited' },
  required: { zh: '要求', en: 'required' },
  preferred: { zh: '优先', en: 'preferred' },
  encouraged: { zh: '鼓励', en: 'encouraged' },
  exempt: { zh: '可豁免', en: 'exempt' },
  excluded: { zh: '不纳入', en: 'excluded' },
};
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type State = Record<string, Json>;

export const MODES: readonly Mode[] = ['aqi', 'target', 'assess'];

/** Why a hash could not be read. */
export interface HashProblem {
  readonly key: string;
  readonly reason: 'encoding' | 'json' | 'object';
  readonly detail: string;
}

/** What the hash says: the mode, its state and the language (zh when not given). */
export interface Parsed {
  readonly mode: Mode;
  readonly state: State;
  readonly lang: Lang;
  /**
   * Set when the hash could not be read: which part (`aqi`, `target`, `assess`), why (`'encoding'`: not
   * URL-encoded; `'json'`: not JSON; `'object'`: JSON but not an object) and the parser's own words. Shown to the
   * reader in the page's language, never a blank page.
   */
  readonly problem?: HashProblem;
}

/** The examples each mode opens with. */
export const DEFAULTS: Readonly<Record<Mode, State>> = {
  aqi: { pm25_24h: 160, pm10_24h: 210, no2_24h: 60, date: '2025-01-15' },
  target: { id: 'pm25-2025-taiyuan', observed: 39.2, asOf: '2026-01-20' },
  assess: { kind: 'coal-boiler', capacityTph: 20 },
};

export function parseHash(hash: string): Parsed {
  let mode: Mode = 'aqi';
  let state: State | undefined;
  let lang: Lang = 'zh';
  let problem: HashProblem | undefined;
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1));
    } catch (e) {
      problem = { key, reason: 'encoding', detail: e instanceof Error ? e.message : String(e) };
      continue;
    }
    if (key === 'lang') {
      if (value === 'en' || value === 'zh') lang = value;
    } else if ((MODES as readonly string[]).includes(key)) {
      mode = key as Mode;
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch (e) {
        problem = { key, reason: 'json', detail: e instanceof Error ? e.message : String(e) };
        continue;
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        problem = { key, reason: 'object', detail: JSON.stringify(parsed) };
      else state = parsed as State;
    }
  }
  return { mode, state: state ?? { ...DEFAULTS[mode] }, lang, ...(problem === undefined ? {} : { problem }) };
}

export function formatHash(mode: Mode, state: State, lang: Lang): string {
  return `#${mode}=${encodeURIComponent(JSON.stringify(state))}${lang === 'en' ? '&lang=en' : ''}`;
}

/**
 * The call of an AQI state: its concentrations (every key but `date` and `report`, as given: a bad value is the
 * library's to refuse) and its options, `{ date }` with the `report` when the state names one (an hourly
 * report takes `pm10_1h` / `pm25_1h`, under HJ 633-2012 as the national platform has rated them since 2014).
 */
export function aqiCall(state: State): { concentrations: Record<string, unknown>; options: { date: unknown; report?: unknown } } {
  const concentrations: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(state)) if (k !== 'date' && k !== 'report' && v !== null && v !== '') concentrations[k] = v;
  const report = state.report;
  return {
    concentrations,
    options: report === undefined || report === null || report === '' ? { date: state.date } : { date: state.date, report },
  };
}

/** The kind of a target, as far as the observation's shape goes. */
export type TargetKindLike = { readonly kind: string; readonly baseline?: { readonly change?: string } };

/** Whether a target's observation is a rank: a ranking target, or a change counted in places risen. */
export const byRank = (t: TargetKindLike): boolean =>
  t.kind === 'ranking' || (t.kind === 'change' && t.baseline?.change === 'places-risen');

/**
 * The observation of a target state, shaped for the target's kind: a ranking target takes `{ rank, of }`
 * (`observed` is the rank; a rise in places also `baselineRank`), a milestone `{ done, on? }`, a change target `{ baseline, value }` when a baseline
 * is given, any other a number; `undefined` when nothing was observed.
 */
export function observationOf(target: TargetKindLike, state: State): unknown {
  const has = (k: string) => state[k] !== undefined && state[k] !== null && state[k] !== '';
  if (target.kind === 'milestone') {
    if (!has('done')) return undefined;
    return has('on') ? { done: state.done, on: state.on } : { done: state.done };
  }
  if (!has('observed')) return undefined;
  if (byRank(target)) {
    const o: Record<string, unknown> = { rank: state.observed, of: state.of };
    if (has('rankFromBottom')) o.rankFromBottom = state.rankFromBottom;
    if (has('baselineRank')) o.baselineRank = state.baselineRank;
    return o;
  }
  if (target.kind === 'change' && has('baseline')) return { baseline: state.baseline, value: state.observed };
  return state.observed;
}

/** The subject of an assess state: the state itself (it is the subject, `kind` and all), less `asOf`. */
export function subjectOf(state: State): unknown {
  const { asOf: _, ...subject } = state;
  return subject;
}

/** The options of an assess state: `{ asOf }` when a day is given (it marks the deadlines passed), else none. */
export function assessOptionsOf(state: State): { asOf: unknown } | undefined {
  return state.asOf === undefined || state.asOf === null || state.asOf === '' ? undefined : { asOf: state.asOf };
}

/** The kind of verdict the summary groups by: a prohibition, an overdue duty, a dated duty, or the rest. */
export type VerdictGroup = 'prohibited' | 'overdue' | 'dated' | 'other';

/** What of a verdict the order needs (any version of the library: `overdue` is read where it exists). */
export interface VerdictLike {
  readonly obligation: string;
  readonly deadline?: string;
  readonly compliance?: string;
  readonly overdue?: unknown;
  readonly facts: Readonly<Record<string, unknown>>;
}

/**
 * The group of a verdict: a prohibition (禁止); an overdue duty (its deadline passed on `asOf` and not shown met:
 * the verdict's `overdue` where the library gives it, else `facts.deadlinePassed`); a dated duty; the rest.
 */
export function groupOf(v: VerdictLike): VerdictGroup {
  if (v.obligation === 'prohibited') return 'prohibited';
  const overdue = v.overdue !== undefined ? v.overdue === true : v.facts.deadlinePassed === true && v.compliance !== 'complies';
  if (overdue) return 'overdue';
  return v.deadline !== undefined ? 'dated' : 'other';
}

const GROUP_ORDER: readonly VerdictGroup[] = ['prohibited', 'overdue', 'dated', 'other'];

/** Verdicts as the summary reads them: prohibitions, then overdue duties, then dated duties by date, then the rest (each group in the library's order). */
export function orderVerdicts<V extends VerdictLike>(verdicts: readonly V[]): V[] {
  return verdicts
    .map((v, i) => ({ v, i, g: GROUP_ORDER.indexOf(groupOf(v)) }))
    .sort((a, b) => a.g - b.g || (a.g <= 2 ? (a.v.deadline ?? '').localeCompare(b.v.deadline ?? '') : 0) || a.i - b.i)
    .map((x) => x.v);
}

/** The `assess({…})` call that gives the same answer as the page, as code to copy. */
export function assessCode(state: State): string {
  const options = assessOptionsOf(state);
  const args = [JSON.stringify(subjectOf(state), null, 2)];
  if (options !== undefined) args.push(JSON.stringify(options));
  return `import { assess } from 'shanxi-air-plan';\n\nconst verdicts = assess(${args.join(', ')});`;
}

/**
 * The form field a `PlanInputError`'s path points at: `subject.capacityTph` → `capacityTph`,
 * `concentrations.pm25_24h` → `pm25_24h`, `options.date` → `date`, `observation` → `observed`.
 */
export function fieldOf(path: string): string {
  if (path === 'target') return 'id';
  if (path === 'observation' || path.startsWith('observation.')) {
    const rest = path.slice('observation.'.length);
    return rest === 'rank' || rest === 'value' || rest === '' ? 'observed' : rest;
  }
  for (const prefix of ['subject.', 'concentrations.', 'options.']) if (path.startsWith(prefix)) return path.slice(prefix.length);
  return path;
}
