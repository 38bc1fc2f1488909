/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The explorer (docs-site/explorer.html): the library's own ES module build, running in the page. Three
 * modes — a day's AQI, a target evaluated, what the plan requires of a subject — whose state lives in the
 * URL hash (docs/explorer/state.ts). Bundled from dist/ by scripts/site/build.ts; nothing is fetched.
 */
import {
  CITIES,
  COMMITMENTS,
  COUNTIES,
  IAQI_BREAKPOINTS,
  PlanInputError,
  type PlanInputIssue,
  REGIONS,
  TARGETS,
  aqi,
  assess,
  evaluateTarget,
  getDepartment,
  targetName,
} from 'shanxi-air-plan';
import * as schemas from 'shanxi-air-plan/schemas';
import type { Commitment } from 'shanxi-air-plan';
import { SOURCE_PARAGRAPHS, findQuote, textOf } from 'shanxi-air-plan/source';
import {
  DEFAULTS,
  MODES,
  aqiCall,
  assessCode,
  assessOptionsOf,
  groupOf,
  orderVerdicts,
  type HashProblem,
  type VerdictGroup,
  fieldOf,
  formatHash,
  byRank,
  observationOf,
  parseHash,
  subjectOf,
  type Json,
  type Lang,
  type Mode,
  OBLIGATION_WORDS,
  type State,
} from './state.js';

// ---------------------------------------------------------------------------------------------------
// Words

const WORDS = {
  home: { zh: 'shanxi-air-plan 文档', en: 'shanxi-air-plan docs' },
  title: { zh: '晋政发〔2024〕7号 · 在浏览器中试用', en: '晋政发〔2024〕7号 · Explorer' },
  intro: {
    zh: '本页在浏览器中运行本库自身的 ES 模块构建，不连接任何服务器。每个答案都保存在地址栏中，可复制链接分享。',
    en: "This page runs the library's own ES module build in your browser; nothing is sent anywhere. Every answer is kept in the address bar: copy the link to share it.",
  },
  footer: {
    zh: '数据与函数：shanxi-air-plan。结果仅供参考，以方案原文为准。',
    en: "Data and functions: shanxi-air-plan. For reference: the plan's own text prevails.",
  },
  'mode-aqi': { zh: 'AQI', en: 'AQI' },
  'mode-target': { zh: '目标评估', en: 'Target' },
  'mode-assess': { zh: '对象义务', en: 'Subject' },
  compute: { zh: '计算', en: 'Compute' },
  share: { zh: '分享链接：', en: 'Link to this answer:' },
  date: { zh: '日期', en: 'Date' },
  dateHint: { zh: '按当日施行的 HJ 633 版本计算', en: 'the edition of HJ 633 in force that day is used' },
  aqiHint: { zh: '浓度单位 µg/m³（CO 为 mg/m³），留空表示未监测', en: 'µg/m³ (CO mg/m³); leave empty when not measured' },
  category: { zh: '类别', en: 'Category' },
  level: { zh: '级别', en: 'Level' },
  primary: { zh: '首要污染物', en: 'Primary pollutants' },
  exceeding: { zh: '超标污染物', en: 'Exceeding pollutants' },
  edition: { zh: '所用标准', en: 'Edition used' },
  iaqi: { zh: '分指数 IAQI', en: 'Individual indexes (IAQI)' },
  pollutant: { zh: '污染物', en: 'Pollutant' },
  concentration: { zh: '浓度', en: 'Concentration' },
  none: { zh: '无', en: 'none' },
  notApplicable: { zh: '不适用（该版本取消此概念）', en: 'n/a (this edition drops it)' },
  target: { zh: '目标', en: 'Target' },
  commitments: { zh: '承诺', en: 'Commitments' },
  lead: { zh: '牵头单位', en: 'Lead' },
  departments: { zh: '责任单位', en: 'Responsible bodies' },
  targets: { zh: '目标', en: 'Targets' },
  observed: { zh: '实测值', en: 'Observed value' },
  observedRank: { zh: '名次（实测）', en: 'Observed rank' },
  of: { zh: '参与排名城市数', en: 'Out of (cities ranked)' },
  rankFromBottom: { zh: '倒数名次（可选）', en: 'Place from the bottom (optional)' },
  baselineRank: { zh: '基准年名次', en: 'Rank in the baseline year' },
  baseline: { zh: '基准年数值', en: 'Baseline-year value' },
  done: { zh: '是否完成', en: 'Done?' },
  on: { zh: '完成日期（可选）', en: 'Done on (optional)' },
  asOf: { zh: '评估日期', en: 'As of' },
  status: { zh: '状态', en: 'Status' },
  margin: { zh: '差距', en: 'Margin' },
  due: { zh: '期限', en: 'Due' },
  explanation: { zh: '说明', en: 'Explanation' },
  source: { zh: '出处', en: 'Source' },
  wholeClause: { zh: '条款全文', en: 'The whole clause' },
  kind: { zh: '对象类型', en: 'Kind of subject' },
  optional: { zh: '可选', en: 'optional' },
  unknown: { zh: '— 未知 —', en: '— unknown —' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  location: { zh: '位置', en: 'Location' },
  verdicts: { zh: '适用的义务', en: 'What the plan requires' },
  noVerdicts: { zh: '方案对该对象没有规定义务。', en: 'The plan attaches no obligation to this subject.' },
  task: { zh: '任务', en: 'task' },
  noDeadline: { zh: '方案未定期限', en: 'no date in the plan' },
  deadline: { zh: '期限', en: 'deadline' },
  condition: { zh: '条件', en: 'only if' },
  unconditional: { zh: '无条件', en: 'unconditional' },
  compliance: { zh: '是否符合', en: 'Compliance' },
  facts: { zh: '比较的事实', en: 'Facts compared' },
  error: { zh: '输入有误', en: 'Bad input' },
  hashProblem: { zh: '链接中的状态无法读取，已改用示例。', en: "The link's state could not be read; showing the example instead." },
  hashEncoding: { zh: '链接中“{key}=”之后的内容不是有效的网址编码。', en: 'The part after “{key}=” is not URL-encoded.' },
  hashJson: {
    zh: '链接中“{key}=”之后的内容不是有效的 JSON（可能复制不完整）。',
    en: 'The part after “{key}=” is not valid JSON (perhaps copied in part).',
  },
  hashObject: { zh: '链接中“{key}=”之后应为一个对象 {…}。', en: 'The part after “{key}=” should be an object {…}.' },
  report: { zh: '报告类型', en: 'Report' },
  reportHint: { zh: '日报用日均值；实时报用 1 小时值', en: 'daily: daily means; real-time: 1-hour values' },
  daily: { zh: '日报', en: 'daily report' },
  hourly: { zh: '实时报', en: 'real-time (hourly) report' },
  summary: { zh: '概要', en: 'Summary' },
  prohibitedGroup: { zh: '禁止事项', en: 'Prohibited' },
  overdueGroup: { zh: '已逾期', en: 'Overdue' },
  datedGroup: { zh: '有期限的义务（按期限排序）', en: 'Dated duties (by date)' },
  otherGroup: { zh: '其他义务', en: 'Other duties' },
  overdue: { zh: '已逾期', en: 'overdue' },
  assessAsOf: { zh: '评估日期（可选）', en: 'As of (optional)' },
  assessAsOfHint: { zh: '填写后标出已过期限的义务', en: 'marks the duties whose deadline has passed' },
  factsList: { zh: '比较的事实', en: 'Facts compared' },
  notGiven: { zh: '未提供', en: 'not given' },
  note: { zh: '解读说明', en: 'Reading' },
  code: { zh: '以代码复现', en: 'The same as code' },
  copy: { zh: '复制代码', en: 'Copy code' },
  copied: { zh: '已复制', en: 'Copied' },
  marginUnit: { zh: '差距', en: 'Margin' },
  marginMet: { zh: '正数表示优于目标，负数表示未达到', en: 'positive: better than the target; negative: short of it' },
  commitmentKind: { zh: '承诺类型', en: 'Kind of commitment' },
  field: { zh: '字段', en: 'field' },
  unexpected: { zh: '意外错误', en: 'Unexpected error' },
  pick: { zh: '— 请选择 —', en: '— choose —' },
} as const satisfies Record<string, Record<Lang, string>>;
type Word = keyof typeof WORDS;

const STATUS: Record<string, Record<Lang, string>> = {
  met: { zh: '达成', en: 'met' },
  'not-met': { zh: '未达成', en: 'not met' },
  pending: { zh: '待定', en: 'pending' },
  'not-assessable': { zh: '无法评估', en: 'not assessable' },
};
const POLLUTANT: Record<string, string> = {
  so2_24h: 'SO₂ 24 h',
  so2_1h: 'SO₂ 1 h',
  no2_24h: 'NO₂ 24 h',
  no2_1h: 'NO₂ 1 h',
  pm10_24h: 'PM10 24 h',
  co_24h: 'CO 24 h',
  co_1h: 'CO 1 h',
  o3_1h: 'O₃ 1 h',
  o3_8h: 'O₃ 8 h',
  pm25_24h: 'PM2.5 24 h',
  pm10_1h: 'PM10 1 h',
  pm25_1h: 'PM2.5 1 h',
};
const COMPLIANCE: Record<string, Record<Lang, string>> = {
  complies: { zh: '符合', en: 'complies' },
  'does-not-comply': { zh: '不符合', en: 'does not comply' },
  unknown: { zh: '无法判断', en: 'cannot tell' },
};
const COMMITMENT_KINDS: Record<string, Record<Lang, string>> = {
  deliverable: { zh: '成果', en: 'deliverables' },
  recurring: { zh: '定期工作', en: 'recurring duties' },
  coverage: { zh: '覆盖面', en: 'coverage' },
  programme: { zh: '专项行动', en: 'programmes' },
  priority: { zh: '优先事项', en: 'priorities' },
  enforcement: { zh: '执法监管', en: 'enforcement' },
};
/** The words of the facts a verdict compares that are not subject fields (the thresholds and places it resolved). */
const FACT_WORDS: Record<string, Record<Lang, string>> = {
  threshold: { zh: '阈值', en: 'threshold' },
  inclusive: { zh: '含阈值本身', en: 'threshold included' },
  lower: { zh: '下限', en: 'lower bound' },
  lowerInclusive: { zh: '含下限', en: 'lower bound included' },
  upper: { zh: '上限', en: 'upper bound' },
  upperInclusive: { zh: '含上限', en: 'upper bound included' },
  radiusKm: { zh: '半径（公里）', en: 'radius (km)' },
  radiusInclusive: { zh: '含半径本身', en: 'radius included' },
  minCapacityMw: { zh: '最低容量（兆瓦）', en: 'minimum capacity (MW)' },
  capacityInclusive: { zh: '含该容量', en: 'that capacity included' },
  rankInclusive: { zh: '含该名次', en: 'that rank included' },
  inKeyRegion: { zh: '位于重点区域', en: 'in the key region' },
  asOf: { zh: '评估日期', en: 'as of' },
  deadlinePassed: { zh: '已过期限', en: 'deadline passed' },
  complies: { zh: '已满足', en: 'met' },
};
/** The words for each subject field, kind and value: the library's one table (shanxi-air-plan/schemas). */
const FIELD_LABELS = (schemas as { FIELD_LABELS?: Record<string, FieldWords> }).FIELD_LABELS ?? {};
const KIND_LABELS = (schemas as { KIND_LABELS?: Record<string, Record<Lang, string>> }).KIND_LABELS ?? {};
const VALUE_LABELS = (schemas as { VALUE_LABELS?: Record<string, Record<Lang, string>> }).VALUE_LABELS ?? {};
interface FieldWords {
  zh: string;
  en: string;
  unit?: string;
  unitEn?: string;
  help?: string;
  helpEn?: string;
}
/** A field's words: the kind's own first, then the plain name's (the last name of a path). */
function wordsOf(path: string, kind?: string): FieldWords | undefined {
  const name = path.slice(path.lastIndexOf('.') + 1);
  return (kind === undefined ? undefined : FIELD_LABELS[`${kind}.${name}`]) ?? FIELD_LABELS[name];
}
const labelOf = (path: string, kind?: string): string => wordsOf(path, kind)?.[lang] ?? path.slice(path.lastIndexOf('.') + 1);
const unitWord = (path: string, kind?: string): string | undefined => {
  const l = wordsOf(path, kind);
  return lang === 'zh' ? l?.unit : l?.unitEn;
};
const helpOf = (path: string, kind?: string): string | undefined => {
  const l = wordsOf(path, kind);
  return lang === 'zh' ? l?.help : l?.helpEn;
};
const valueWord = (value: string, kind?: string, field?: string): string =>
  (kind !== undefined && field !== undefined ? VALUE_LABELS[`${kind}.${field}:${value}`] : undefined)?.[lang] ??
  VALUE_LABELS[value]?.[lang] ??
  value;
const kindWord = (kind: string): string => KIND_LABELS[kind]?.[lang] ?? kind;

/** An export that only some versions of the library have (looked up by name: a missing one is undefined). */

let lang: Lang = 'zh';
const w = (word: Word) => WORDS[word][lang];

// ---------------------------------------------------------------------------------------------------
// DOM helpers

type Child = Node | string | number | null | undefined | false;
function h(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}
const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel)!;

let fieldCounter = 0;
interface FieldSpec {
  name: string;
  label: string;
  /** The unit, shown beside the label. */
  unit?: string;
  hint?: string;
  type: 'text' | 'number' | 'date' | 'select' | 'bool' | 'multi';
  options?: { value: string; label: string }[];
  groups?: { label: string; options: { value: string; label: string }[] }[];
  value?: Json;
  required?: boolean;
  wide?: boolean;
}

/** One labelled form field, with room for its error beside it. */
function field(spec: FieldSpec): HTMLElement {
  const id = `f${++fieldCounter}`;
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  let control: HTMLElement;
  const common = { id, name: spec.name, 'data-field': spec.name, 'aria-describedby': `${spec.hint ? hintId : ''} ${errId}`.trim() };
  if (spec.type === 'select' || spec.type === 'bool' || spec.type === 'multi') {
    const select = h('select', { ...common, multiple: spec.type === 'multi' }) as HTMLSelectElement;
    const opts =
      spec.type === 'bool'
        ? [
            { value: '', label: w('unknown') },
            { value: 'true', label: w('yes') },
            { value: 'false', label: w('no') },
          ]
        : spec.options;
    if (spec.type === 'select' && !spec.required) select.append(h('option', { value: '' }, spec.required ? w('pick') : w('unknown')));
    for (const o of opts ?? []) select.append(h('option', { value: o.value }, o.label));
    for (const g of spec.groups ?? []) {
      const og = h('optgroup', { label: g.label });
      for (const o of g.options) og.append(h('option', { value: o.value }, o.label));
      select.append(og);
    }
    const v = spec.value;
    if (spec.type === 'multi' && Array.isArray(v)) for (const o of select.options) o.selected = v.map(String).includes(o.value);
    else if (v !== undefined && v !== null) select.value = String(v);
    control = select;
  } else {
    const input = h('input', {
      ...common,
      type: spec.type === 'date' ? 'text' : 'text',
      inputmode: spec.type === 'number' ? 'decimal' : undefined,
      placeholder: spec.type === 'date' ? 'YYYY-MM-DD' : undefined,
      autocomplete: 'off',
    }) as HTMLInputElement;
    if (spec.value !== undefined && spec.value !== null)
      input.value = typeof spec.value === 'object' ? JSON.stringify(spec.value) : String(spec.value);
    control = input;
  }
  return h(
    'div',
    { class: `field${spec.wide ? ' wide' : ''}` },
    h(
      'label',
      { for: id },
      spec.label,
      spec.unit ? h('span', { class: 'unit' }, lang === 'zh' ? `（${spec.unit}）` : `(${spec.unit})`) : null,
    ),
    spec.hint ? h('span', { class: 'hint', id: hintId }, spec.hint) : null,
    control,
    h('span', { class: 'error', id: errId, 'data-error-for': spec.name, role: 'alert' }),
  );
}

/** A field's value, as the state keeps it: numbers as numbers, empty as absent, anything else as typed. */
function readValue(el: HTMLInputElement | HTMLSelectElement, kind: 'number' | 'bool' | 'text' | 'multi'): Json | undefined {
  if (kind === 'multi') {
    const picked = [...(el as HTMLSelectElement).selectedOptions].map((o) => o.value);
    return picked.length > 0 ? picked : undefined;
  }
  const raw = el.value.trim();
  if (raw === '') return undefined;
  if (kind === 'bool') return raw === 'true';
  if (kind === 'number') {
    const n = Number(raw);
    return Number.isFinite(n) ? n : raw;
  }
  return raw;
}

function shareLine(mode: Mode, state: State): HTMLElement {
  const href = formatHash(mode, state, lang);
  return h('p', { class: 'share' }, w('share'), ' ', h('a', { href, 'data-out': 'share' }, decodeURIComponent(href)));
}

/** An error's words in the page's language (`message` is English, `messageZh` Chinese). */
const said = (e: PlanInputError): string => (lang === 'zh' ? e.messageZh : e.message);
/** One issue of an error on its own, in the page's language, worded by PlanInputError itself. */
const issueSaid = (i: PlanInputIssue): string => said(new PlanInputError([i]));

function errorBox(e: unknown): HTMLElement {
  if (e instanceof PlanInputError) {
    return h(
      'div',
      { class: 'errorbox', role: 'alert', 'data-out': 'error' },
      h('strong', {}, `${w('error')}${lang === 'zh' ? '：' : ': '}`),
      said(e),
      e.issues.length > 1 ? h('ul', {}, ...e.issues.map((i) => h('li', {}, issueSaid(i)))) : null,
    );
  }
  return h(
    'div',
    { class: 'errorbox', role: 'alert', 'data-out': 'error' },
    h('strong', {}, `${w('unexpected')}${lang === 'zh' ? '：' : ': '}`),
    e instanceof Error ? e.message : String(e),
  );
}

/** Shows a PlanInputError beside the field it names (and every issue's beside its own field). */
function markFields(e: unknown): void {
  if (!(e instanceof PlanInputError)) return;
  for (const i of e.issues) {
    const name = fieldOf(i.field);
    const slot = document.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
    if (slot === null) continue;
    slot.textContent = issueSaid(i);
    slot.closest('.field')?.classList.add('invalid');
    slot.parentElement?.querySelector('input,select')?.setAttribute('aria-invalid', 'true');
  }
}

/** The clause's text with the quote marked: the paragraph that holds it in full, the whole clause on demand. */
function citation(source: { clause: string; quote: string }): HTMLElement {
  const box = h('div', { class: 'source', 'data-out': 'source' });
  box.append(h('p', {}, h('strong', {}, `${w('source')}${lang === 'zh' ? '：' : ': '}`), h('code', {}, source.clause)));
  const at = findQuote(source.quote).find((l) => l.clause === source.clause);
  if (at === undefined) {
    box.append(h('p', {}, h('mark', {}, source.quote)));
    return box;
  }
  const text = SOURCE_PARAGRAPHS[at.paragraph]!.text;
  box.append(
    h(
      'p',
      { lang: 'zh-CN' },
      text.slice(0, at.offset),
      h('mark', { 'data-out': 'quote' }, text.slice(at.offset, at.offset + source.quote.length)),
      text.slice(at.offset + source.quote.length),
    ),
  );
  const whole = textOf(source.clause as Parameters<typeof textOf>[0]);
  if (whole.trim() !== text.trim()) {
    box.append(
      h(
        'details',
        {},
        h('summary', {}, w('wholeClause')),
        ...whole
          .split('\n')
          .filter(Boolean)
          .map((p) => h('p', { class: 'other', lang: 'zh-CN' }, p)),
      ),
    );
  }
  return box;
}

function facts(rows: [string, Child, string?][]): HTMLElement {
  const dl = h('dl', { class: 'facts' });
  for (const [k, v, out] of rows) dl.append(h('dt', {}, k), h('dd', out ? { 'data-out': out } : {}, v));
  return dl;
}

// ---------------------------------------------------------------------------------------------------
// Mode: AQI

/** The order the fields are shown in: each pollutant's 24 h (daily) value, then its 1 h value. */
const POLLUTANT_ORDER = [
  'so2_24h',
  'so2_1h',
  'no2_24h',
  'no2_1h',
  'co_24h',
  'co_1h',
  'o3_1h',
  'o3_8h',
  'pm10_24h',
  'pm10_1h',
  'pm25_24h',
  'pm25_1h',
];

/**
 * The indicators a report takes on a day, asked of the library itself (each candidate tried alone at 0): the
 * 1-hour PM means appear wherever the edition (HJ 633-2026 4.2.3) or the library's reading of the platform's
 * practice (HJ 633-2012's real-time report) takes them, without this page knowing which.
 */
function pollutantsOf(date: unknown, report: unknown): string[] {
  const day = typeof date === 'string' && /^\d{4}-\d\d-\d\d$/.test(date) ? date : '2025-01-01';
  const edition = day >= '2026-03-01' ? '2026' : '2012';
  const candidates = [...new Set([...POLLUTANT_ORDER, ...Object.keys(IAQI_BREAKPOINTS[edition])])];
  const takes = (k: string) => {
    try {
      aqi(
        { [k]: 0 } as Parameters<typeof aqi>[0],
        { date: day, report: report === 'hourly' ? 'hourly' : 'daily' } as Parameters<typeof aqi>[1],
      );
      return true;
    } catch {
      return false;
    }
  };
  return candidates.filter(takes);
}

function aqiForm(state: State): HTMLElement[] {
  const report = state.report === 'hourly' ? 'hourly' : 'daily';
  const fields: HTMLElement[] = [
    field({ name: 'date', label: w('date'), hint: w('dateHint'), type: 'date', value: state.date }),
    field({
      name: 'report',
      label: w('report'),
      hint: w('reportHint'),
      type: 'select',
      options: [
        { value: 'daily', label: w('daily') },
        { value: 'hourly', label: w('hourly') },
      ],
      value: report,
      required: true,
    }),
  ];
  const shown = pollutantsOf(state.date, report);
  // A value the state holds for an indicator this report does not take is still shown, so that the library's refusal sits beside it.
  for (const k of Object.keys(state)) if (k !== 'date' && k !== 'report' && !shown.includes(k)) shown.push(k);
  for (const p of shown) {
    fields.push(
      field({ name: p, label: POLLUTANT[p] ?? p, unit: p.startsWith('co_') ? 'mg/m³' : 'µg/m³', type: 'number', value: state[p] }),
    );
  }
  fields.push(h('p', { class: 'hint wide' }, w('aqiHint')));
  return fields;
}

function aqiRead(form: HTMLFormElement): State {
  const s: State = {};
  for (const el of form.querySelectorAll<HTMLInputElement>('[data-field]')) {
    const v = readValue(el, el.name === 'date' || el.name === 'report' ? 'text' : 'number');
    if (v !== undefined) s[el.name] = v;
  }
  return s;
}

function aqiResult(state: State): HTMLElement {
  const { concentrations, options } = aqiCall(state);
  const r = aqi(concentrations as Parameters<typeof aqi>[0], options as Parameters<typeof aqi>[1]);
  const [red, green, blue] = r.colour.rgb;
  const list = (xs: readonly string[] | null) =>
    xs === null ? w('notApplicable') : xs.length === 0 ? w('none') : xs.map((x) => POLLUTANT[x] ?? x).join(lang === 'zh' ? '、' : ', ');
  const table = h(
    'table',
    {},
    h(
      'thead',
      {},
      h('tr', {}, h('th', {}, w('pollutant')), h('th', { class: 'num' }, w('concentration')), h('th', { class: 'num' }, 'IAQI')),
    ),
  );
  const body = h('tbody');
  for (const [p, v] of Object.entries(r.iaqis)) {
    body.append(
      h(
        'tr',
        { 'data-iaqi': p },
        h('td', {}, POLLUTANT[p] ?? p),
        h('td', { class: 'num' }, String(concentrations[p])),
        h('td', { class: 'num', 'data-out': `iaqi-${p}` }, v === null ? '—' : String(v)),
      ),
    );
  }
  table.append(body);
  return h(
    'div',
    { class: 'card' },
    h('h2', {}, 'AQI'),
    h('p', { class: 'big', 'data-out': 'aqi' }, String(r.aqi)),
    facts([
      [
        w('category'),
        h(
          'span',
          {},
          h('span', { class: 'swatch', style: `background: rgb(${red} ${green} ${blue})`, 'aria-hidden': 'true' }),
          r.category[lang],
        ),
        'category',
      ],
      [w('level'), String(r.level), 'level'],
      [w('primary'), list(r.primaryPollutants), 'primary'],
      [w('exceeding'), list(r.exceedingPollutants), 'exceeding'],
      [w('edition'), `HJ 633-${r.edition}`, 'edition'],
      ...(options.report === undefined
        ? []
        : [[w('report'), w(options.report === 'hourly' ? 'hourly' : 'daily'), 'report'] as [string, Child, string]]),
    ]),
    h('h3', {}, w('iaqi')),
    h('div', { class: 'table-wrap' }, table),
  );
}

// ---------------------------------------------------------------------------------------------------
// Mode: target (and the commitments, where the library has them)

type AnyTarget = {
  id: string;
  kind: string;
  task?: number;
  source: { clause: string; quote: string };
  due?: string;
  baseline?: { change?: string };
};

/** The register of commitments: chosen like a target, shown rather than evaluated (they carry no figure). */
function commitments(): readonly AnyTarget[] {
  return COMMITMENTS as unknown as readonly AnyTarget[];
}

const isCommitment = (t: AnyTarget | undefined): boolean => t !== undefined && !(TARGETS as readonly AnyTarget[]).includes(t);

function findTarget(id: unknown): AnyTarget | undefined {
  return (TARGETS as readonly AnyTarget[]).find((t) => t.id === id) ?? commitments().find((t) => t.id === id);
}

function nameOf(t: AnyTarget): string {
  try {
    return targetName(t as Parameters<typeof targetName>[0])[lang];
  } catch {
    const title =
      (t as { text?: Record<Lang, string> }).text ??
      (t as { title?: Record<Lang, string>; name?: Record<Lang, string> }).title ??
      (t as { name?: Record<Lang, string> }).name;
    return title?.[lang] ?? t.id;
  }
}

const TARGET_KINDS: Record<string, Record<Lang, string>> = {
  level: { zh: '数值', en: 'level' },
  change: { zh: '变化', en: 'change' },
  ranking: { zh: '排名', en: 'ranking' },
  milestone: { zh: '节点', en: 'milestone' },
  unquantified: { zh: '定性', en: 'unquantified' },
};

/** Where a target applies, as the picker groups it: the province, a city, a region, or a sector. */
function placeOf(t: AnyTarget): string {
  const scope = (t as { scope?: { kind: string; city?: string; region?: string } }).scope;
  if (scope?.kind === 'city') return CITIES.find((c) => c.id === scope.city)?.name[lang] ?? String(scope.city);
  if (scope?.kind === 'region') return REGIONS.find((r) => r.id === scope.region)?.name[lang] ?? String(scope.region);
  if (scope?.kind === 'sector') return lang === 'zh' ? '行业与领域' : 'Sectors';
  return lang === 'zh' ? '全省' : 'Province';
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The picker's groups: the targets by place (the province, then each city, region and sector), the commitments by kind. */
function targetGroups(): { label: string; options: { value: string; label: string }[] }[] {
  const groups = new Map<string, { value: string; label: string }[]>();
  const add = (group: string, value: string, label: string) => {
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push({ value, label });
  };
  for (const t of TARGETS as readonly AnyTarget[]) {
    const year = t.due === undefined ? '' : ` · ${t.due.slice(0, 4)}`;
    add(`${w('targets')} · ${placeOf(t)}`, t.id, `${clip(nameOf(t), 48)}（${TARGET_KINDS[t.kind]?.[lang] ?? t.kind}${year}）`);
  }
  for (const c of commitments()) add(`${w('commitments')} · ${COMMITMENT_KINDS[c.kind]?.[lang] ?? c.kind}`, c.id, clip(nameOf(c), 56));
  return [...groups].map(([label, options]) => ({ label, options }));
}

function targetForm(state: State): HTMLElement[] {
  const groups = targetGroups();
  const fields = [field({ name: 'id', label: w('target'), type: 'select', groups, value: state.id, required: true, wide: true })];
  const t = findTarget(state.id);
  if (isCommitment(t)) return fields;
  const kind = t?.kind ?? 'level';
  if (kind === 'milestone') {
    fields.push(
      field({ name: 'done', label: w('done'), type: 'bool', value: state.done }),
      field({ name: 'on', label: w('on'), type: 'date', value: state.on }),
    );
  } else if (t !== undefined && byRank(t)) {
    fields.push(
      field({ name: 'observed', label: w('observedRank'), type: 'number', value: state.observed }),
      field({ name: 'of', label: w('of'), type: 'number', value: state.of ?? 168 }),
      kind === 'ranking'
        ? field({ name: 'rankFromBottom', label: w('rankFromBottom'), type: 'number', value: state.rankFromBottom })
        : field({ name: 'baselineRank', label: w('baselineRank'), type: 'number', value: state.baselineRank }),
    );
  } else if (kind !== 'unquantified') {
    const unit = (t as { unit?: string } | undefined)?.unit;
    fields.push(
      field({ name: 'observed', label: w('observed'), hint: kind === 'change' ? undefined : unit, type: 'number', value: state.observed }),
    );
    if (kind === 'change') fields.push(field({ name: 'baseline', label: w('baseline'), type: 'number', value: state.baseline }));
  }
  fields.push(field({ name: 'asOf', label: w('asOf'), type: 'date', value: state.asOf }));
  return fields;
}

function targetRead(form: HTMLFormElement): State {
  const s: State = {};
  for (const el of form.querySelectorAll<HTMLInputElement>('[data-field]')) {
    const kind =
      el.name === 'done' ? 'bool' : ['observed', 'of', 'rankFromBottom', 'baseline', 'baselineRank'].includes(el.name) ? 'number' : 'text';
    const v = readValue(el, kind);
    if (v !== undefined) s[el.name] = v;
  }
  return s;
}

/** A commitment of the register: what it asks, of whom, how often or by when, and its sentence in the plan. */
function commitmentResult(t: AnyTarget): HTMLElement {
  const c = t as unknown as Commitment;
  const body = (id: string) => getDepartment(id).name[lang];
  return h(
    'div',
    { class: 'card' },
    h('h2', {}, c.text[lang]),
    h(
      'p',
      { class: 'big', 'data-out': 'status', 'data-status': 'commitment' },
      `${w('commitments')} · ${COMMITMENT_KINDS[c.kind]?.[lang] ?? c.kind}`,
    ),
    facts([
      [w('task'), c.task === undefined ? '—' : String(c.task), 'task'],
      [w('due'), h('span', { class: 'date' }, c.due ?? c.frequency ?? '—'), 'due'],
      [w('lead'), c.lead === undefined ? '—' : body(c.lead), 'lead'],
      [w('departments'), c.departments.length ? c.departments.map(body).join(lang === 'zh' ? '、' : ', ') : '—', 'departments'],
    ]),
    citation(c.source),
  );
}

function targetResult(state: State): HTMLElement {
  const t = findTarget(state.id);
  if (t !== undefined && isCommitment(t)) return commitmentResult(t);
  const r = evaluateTarget(
    (t ?? state.id) as Parameters<typeof evaluateTarget>[0],
    observationOf(t ?? { kind: 'level' }, state) as Parameters<typeof evaluateTarget>[1],
    { asOf: state.asOf } as Parameters<typeof evaluateTarget>[2],
  );
  const margin = 'margin' in r && typeof r.margin === 'number' ? (r.margin > 0 ? `+${r.margin}` : String(r.margin)) : '—';
  const unit = t !== undefined && byRank(t) ? (lang === 'zh' ? '名' : 'places') : (t as { unit?: string } | undefined)?.unit;
  const marginCell = h(
    'span',
    {},
    h('span', { 'data-out': 'margin' }, margin),
    margin !== '—' && unit ? h('span', { class: 'unit', 'data-out': 'margin-unit' }, ` ${unit}`) : null,
    margin !== '—' ? h('span', { class: 'hint', 'data-out': 'margin-sign' }, `（${w('marginMet')}）`) : null,
  );
  return h(
    'div',
    { class: 'card' },
    h('h2', {}, t ? nameOf(t) : String(state.id)),
    h('p', { class: `big status-${r.status}`, 'data-out': 'status', 'data-status': r.status }, STATUS[r.status]?.[lang] ?? r.status),
    facts([
      [w('margin'), marginCell],
      [w('due'), r.due, 'due'],
      [w('asOf'), r.asOf, 'asOf'],
    ]),
    h('h3', {}, w('explanation')),
    h('p', { lang: 'zh-CN', 'data-out': 'explanation-zh' }, r.explanation.zh),
    h('p', { lang: 'en', 'data-out': 'explanation-en' }, r.explanation.en),
    citation(r.source),
  );
}

// ---------------------------------------------------------------------------------------------------
// Mode: subject (assess), with the form generated from the kind's zod schema

interface ZodDef {
  type: string;
  innerType?: { _zod: { def: ZodDef } };
  element?: { _zod: { def: ZodDef } };
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  entries?: Record<string, string>;
  values?: readonly unknown[];
  options?: readonly { _zod: { def: ZodDef } }[];
  checks?: readonly { _zod: { def: { check?: string; value?: unknown; inclusive?: boolean } } }[];
}

const SUBJECT_OPTIONS = (schemas.Subject as unknown as { _zod: { def: ZodDef } })._zod.def.options ?? [];
const KINDS = new Map<string, ZodDef>(SUBJECT_OPTIONS.map((o) => [String(o._zod.def.shape!.kind!._zod.def.values![0]), o._zod.def]));

function choicesOf(name: string, def: ZodDef, kind?: string): { value: string; label: string }[] {
  const values = Object.values(def.entries ?? {});
  if (name === 'city') return values.map((v) => ({ value: v, label: CITIES.find((c) => c.id === v)?.name[lang] ?? v }));
  if (name === 'county')
    return values.map((v) => {
      const c = COUNTIES.find((x) => x.code === v);
      return { value: v, label: c ? `${c.name[lang]} (${v})` : v };
    });
  return values.map((v) => ({ value: v, label: valueWord(v, kind, name) }));
}

/** A number field's bounds from its checks, in words (e.g. `≥ 0`). */
function boundsOf(def: ZodDef): string | undefined {
  const words = (def.checks ?? []).flatMap((c) => {
    const d = c._zod.def;
    if (d.check === 'greater_than') return [`${d.inclusive ? '≥' : '>'} ${String(d.value)}`];
    if (d.check === 'less_than') return [`${d.inclusive ? '≤' : '<'} ${String(d.value)}`];
    return [];
  });
  return words.length > 0 ? words.join(', ') : undefined;
}

function schemaFields(shape: Record<string, { _zod: { def: ZodDef } }>, state: State, prefix: string, kind: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const [name, s] of Object.entries(shape)) {
    if (name === 'kind') continue;
    let def = s._zod.def;
    const optional = def.type === 'optional';
    if (optional) def = def.innerType!._zod.def;
    const path = prefix + name;
    const value = state[name];
    const unit = unitWord(name, kind);
    const hint = [helpOf(name, kind), def.type === 'number' ? boundsOf(def) : undefined, optional ? w('optional') : undefined]
      .filter(Boolean)
      .join(' · ');
    const label = labelOf(name, kind);
    if (def.type === 'object') {
      const inner = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as State) : {};
      out.push(
        h(
          'fieldset',
          { 'data-object': path },
          h('legend', {}, `${label}${optional ? (lang === 'zh' ? `（${w('optional')}）` : ` (${w('optional')})`) : ''}`),
          ...schemaFields(def.shape!, inner, `${path}.`, kind),
        ),
      );
    } else if (def.type === 'enum') {
      out.push(field({ name: path, label, unit, hint, type: 'select', options: choicesOf(name, def, kind), value, required: !optional }));
    } else if (def.type === 'literal') {
      out.push(
        field({
          name: path,
          label,
          hint,
          type: 'select',
          options: (def.values ?? []).map((v) => ({ value: String(v), label: String(v) })),
          value,
          required: !optional,
        }),
      );
    } else if (def.type === 'boolean') {
      out.push(field({ name: path, label, hint, type: 'bool', value }));
    } else if (def.type === 'number') {
      out.push(field({ name: path, label, unit, hint, type: 'number', value }));
    } else if (def.type === 'array' && def.element?._zod.def.type === 'enum') {
      out.push(field({ name: path, label, hint, type: 'multi', options: choicesOf(name, def.element._zod.def, kind), value }));
    } else {
      out.push(field({ name: path, label, hint, type: 'text', value }));
    }
  }
  return out;
}

function assessForm(state: State): HTMLElement[] {
  // In the order of the Subject union (the order of the tasks that first name each kind), by name.
  const kinds = [...KINDS.keys()];
  const kind = typeof state.kind === 'string' && KINDS.has(state.kind) ? state.kind : undefined;
  const fields = [
    field({
      name: 'kind',
      label: w('kind'),
      type: 'select',
      options: kinds.map((k) => ({ value: k, label: lang === 'zh' ? `${kindWord(k)}（${k}）` : `${kindWord(k)} (${k})` })),
      value: state.kind,
      required: true,
      wide: true,
    }),
  ];
  if (kind !== undefined) fields.push(...schemaFields(KINDS.get(kind)!.shape!, state, '', kind));
  fields.push(field({ name: 'asOf', label: w('assessAsOf'), hint: w('assessAsOfHint'), type: 'date', value: state.asOf }));
  return fields;
}

function assessRead(form: HTMLFormElement): State {
  const s: State = {};
  const kind = (form.querySelector<HTMLSelectElement>('[data-field="kind"]')?.value ?? '') || undefined;
  if (kind !== undefined) s.kind = kind;
  const def = kind === undefined ? undefined : KINDS.get(kind);
  const typeOf = (path: string): string => {
    let shape = def?.shape;
    let d: ZodDef | undefined;
    for (const part of path.split('.')) {
      d = shape?.[part]?._zod.def;
      if (d?.type === 'optional') d = d.innerType!._zod.def;
      shape = d?.shape;
    }
    return d?.type ?? 'text';
  };
  for (const el of form.querySelectorAll<HTMLInputElement>('[data-field]')) {
    if (el.name === 'kind') continue;
    if (el.name === 'asOf') {
      const v = readValue(el, 'text');
      if (v !== undefined) s.asOf = v;
      continue;
    }
    const t = typeOf(el.name);
    const v = readValue(el, t === 'number' ? 'number' : t === 'boolean' ? 'bool' : t === 'array' ? 'multi' : 'text');
    if (v === undefined) continue;
    const parts = el.name.split('.');
    let into: State = s;
    for (const p of parts.slice(0, -1)) {
      into[p] ??= {};
      into = into[p] as State;
    }
    into[parts[parts.length - 1]!] = v;
  }
  return s;
}

type AnyVerdict = ReturnType<typeof assess>[number] & { overdue?: unknown; note?: unknown; complianceReason?: Record<Lang, string> };

const GROUP_WORDS: Record<VerdictGroup, Word> = {
  prohibited: 'prohibitedGroup',
  overdue: 'overdueGroup',
  dated: 'datedGroup',
  other: 'otherGroup',
};

/** A fact's value in words: yes/no, a value by its name, a number with its unit, 未提供 for a fact left out. */
function factValue(key: string, value: unknown, kind: string): string {
  if (value === null || value === undefined) return w('notGiven');
  if (value === true) return w('yes');
  if (value === false) return w('no');
  if (Array.isArray(value)) return value.map((v) => valueWord(String(v), kind, key)).join(lang === 'zh' ? '、' : ', ');
  if (typeof value === 'number') {
    const unit = unitWord(key, kind);
    return unit === undefined ? String(value) : `${value} ${unit}`;
  }
  if (key === 'city') return CITIES.find((c) => c.id === value)?.name[lang] ?? String(value);
  if (key === 'county') return COUNTIES.find((c) => c.code === value)?.name[lang] ?? String(value);
  return valueWord(String(value), kind, key);
}

/** The facts a verdict compared, as a list a person reads: each by its label, its value in words. */
function factsList(facts: Readonly<Record<string, unknown>>, kind: string): HTMLElement {
  const dl = h('dl', { class: 'facts compared', 'data-out': 'facts' });
  for (const [key, value] of Object.entries(facts)) {
    const label = wordsOf(key, kind) !== undefined ? labelOf(key, kind) : (FACT_WORDS[key]?.[lang] ?? key);
    dl.append(h('dt', { 'data-fact': key }, label), h('dd', {}, factValue(key, value, kind)));
  }
  return dl;
}

/** A verdict's reading note (a later version adds it: a string or words in both languages). */
function noteOf(v: AnyVerdict): string | undefined {
  const n = v.note;
  if (typeof n === 'string') return n;
  if (n !== null && typeof n === 'object' && typeof (n as Record<string, unknown>)[lang] === 'string')
    return (n as Record<Lang, string>)[lang];
  return undefined;
}

function verdictCard(v: AnyVerdict, kind: string): HTMLElement {
  const group = groupOf(v as Parameters<typeof groupOf>[0]);
  const compliance = typeof v.compliance === 'string' ? v.compliance : undefined;
  const note = noteOf(v);
  return h(
    'article',
    { class: `verdict card group-${group}`, 'data-rule': v.rule, 'data-group': group },
    h(
      'h3',
      {},
      h('span', { class: `badge ${v.obligation}`, 'data-out': 'obligation' }, OBLIGATION_WORDS[v.obligation]?.[lang] ?? v.obligation),
      group === 'overdue' ? h('span', { class: 'badge overdue', 'data-out': 'overdue' }, w('overdue')) : null,
      ' ',
      v.reason[lang],
    ),
    h(
      'p',
      { class: 'meta' },
      h('span', {}, `${w('task')} `, h('span', { 'data-out': 'task' }, String(v.task))),
      h('code', { 'data-out': 'rule' }, v.rule),
      h(
        'span',
        { 'data-out': 'deadline' },
        v.deadline ? h('span', {}, `${w('deadline')} `, h('span', { class: 'date' }, v.deadline)) : w('noDeadline'),
      ),
    ),
    h(
      'p',
      { 'data-out': 'condition' },
      `${w('condition')}${lang === 'zh' ? '：' : ': '}`,
      v.condition ? v.condition.text[lang] : w('unconditional'),
    ),
    compliance === undefined
      ? null
      : h(
          'p',
          { 'data-out': 'compliance', 'data-compliance': compliance, class: `compliance ${compliance}` },
          `${w('compliance')}${lang === 'zh' ? '：' : ': '}`,
          h('strong', {}, COMPLIANCE[compliance]?.[lang] ?? compliance),
          v.complianceReason
            ? h('span', { 'data-out': 'compliance-reason' }, `${lang === 'zh' ? '，' : ' — '}${v.complianceReason[lang]}`)
            : null,
        ),
    note === undefined ? null : h('p', { class: 'note', 'data-out': 'note' }, `${w('note')}${lang === 'zh' ? '：' : ': '}`, note),
    h('details', {}, h('summary', {}, w('factsList')), factsList(v.facts, kind)),
    citation(v.source),
  );
}

/** The summary an official reads first: what is prohibited, what is overdue, what is due and when, and the rest. */
function summary(verdicts: readonly AnyVerdict[]): HTMLElement {
  const box = h('section', { class: 'summary', 'data-out': 'summary' }, h('h3', {}, w('summary')));
  for (const group of ['prohibited', 'overdue', 'dated', 'other'] as const) {
    const these = verdicts.filter((v) => groupOf(v as Parameters<typeof groupOf>[0]) === group);
    if (these.length === 0) continue;
    box.append(
      h(
        'div',
        { class: `summary-group group-${group}`, 'data-summary': group },
        h('h4', {}, `${w(GROUP_WORDS[group])}（${these.length}）`),
        h(
          'ul',
          {},
          ...these.map((v) =>
            h(
              'li',
              { 'data-rule': v.rule },
              v.deadline ? h('span', { class: 'date' }, v.deadline) : null,
              v.deadline ? ' ' : null,
              h('a', { href: `#verdict-${v.rule}`, 'data-jump': v.rule }, v.reason[lang]),
              v.condition ? h('span', { class: 'hint' }, `（${v.condition.text[lang]}）`) : null,
            ),
          ),
        ),
      ),
    );
  }
  return box;
}

/** The `assess({…})` call that gives this answer, to copy. */
function codeBlock(state: State): HTMLElement {
  const code = assessCode(state);
  const button = h('button', { type: 'button', class: 'copy', 'data-out': 'copy' }, w('copy'));
  button.addEventListener('click', () => {
    void navigator.clipboard?.writeText(code).then(
      () => {
        button.textContent = w('copied');
      },
      () => undefined,
    );
  });
  return h(
    'details',
    { class: 'code', 'data-out': 'code-block' },
    h('summary', {}, w('code')),
    h('pre', {}, h('code', { 'data-out': 'code' }, code)),
    button,
  );
}

function assessResult(state: State): HTMLElement {
  const subject = subjectOf(state) as Parameters<typeof assess>[0];
  const options = assessOptionsOf(state) as Parameters<typeof assess>[1];
  const verdicts = orderVerdicts(assess(subject, options) as AnyVerdict[]);
  const kind = String(state.kind);
  const card = h('div', { class: 'card' }, h('h2', {}, `${kindWord(kind)} · ${w('verdicts')}（${verdicts.length}）`));
  if (verdicts.length === 0) card.append(h('p', { 'data-out': 'no-verdicts' }, w('noVerdicts')));
  else card.append(summary(verdicts));
  card.append(codeBlock(state));
  for (const v of verdicts) {
    const article = verdictCard(v, kind);
    article.id = `verdict-${v.rule}`;
    card.append(article);
  }
  return card;
}

// ---------------------------------------------------------------------------------------------------
// The page

const MODE_IMPL: Record<
  Mode,
  { form: (s: State) => HTMLElement[]; read: (f: HTMLFormElement) => State; result: (s: State) => HTMLElement }
> = {
  aqi: { form: aqiForm, read: aqiRead, result: aqiResult },
  target: { form: targetForm, read: targetRead, result: targetResult },
  assess: { form: assessForm, read: assessRead, result: assessResult },
};

let current: { mode: Mode; state: State } = { mode: 'aqi', state: { ...DEFAULTS.aqi } };

function applyWords(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `shanxi-air-plan · ${w('title')}`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n as Word;
    if (key in WORDS) el.textContent = w(key);
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]'))
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}

function render(): void {
  const { mode, state } = current;
  applyWords();
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-mode]')) {
    const on = b.dataset.mode === mode;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
  }
  $('#panel').setAttribute('aria-labelledby', `tab-${mode}`);
  const form = $<HTMLFormElement>('#form');
  const result = $<HTMLElement>('#result');
  form.replaceChildren();
  result.replaceChildren();
  try {
    form.append(...MODE_IMPL[mode].form(state));
  } catch (e) {
    result.append(errorBox(e));
  }
  form.append(h('div', { class: 'actions' }, h('button', { type: 'submit' }, w('compute'))));
  try {
    result.append(MODE_IMPL[mode].result(state));
  } catch (e) {
    result.append(errorBox(e));
    markFields(e);
  }
  result.append(shareLine(mode, state));
}

function go(mode: Mode, state: State): void {
  const hash = formatHash(mode, state, lang);
  current = { mode, state };
  if (location.hash !== hash) history.pushState(null, '', hash);
  render();
}

/** A link whose state could not be read, said in the page's language (the parser's own words only in a details line). */
function hashProblemBox(p: HashProblem): HTMLElement {
  const why = w(p.reason === 'encoding' ? 'hashEncoding' : p.reason === 'json' ? 'hashJson' : 'hashObject').replace('{key}', p.key);
  return h(
    'div',
    { class: 'errorbox', role: 'alert', 'data-out': 'hash-problem' },
    h('strong', {}, why),
    ' ',
    w('hashProblem'),
    h('details', {}, h('summary', {}, lang === 'zh' ? '技术细节' : 'Details'), h('code', { lang: 'en' }, p.detail)),
  );
}

function fromHash(): void {
  const parsed = parseHash(location.hash);
  lang = parsed.lang;
  current = { mode: parsed.mode, state: parsed.state };
  render();
  if (parsed.problem !== undefined) $('#result').prepend(hashProblemBox(parsed.problem));
}

function start(): void {
  const form = $<HTMLFormElement>('#form');
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(current.mode, MODE_IMPL[current.mode].read(form));
  });
  // A choice that changes the form itself (the kind, the target, the date's edition) redraws it at once.
  form.addEventListener('change', (ev) => {
    const name = (ev.target as HTMLElement).getAttribute('name');
    if (name === 'date' || name === 'report') {
      go(current.mode, MODE_IMPL[current.mode].read(form));
      return;
    }
    if (name === 'kind' || name === 'id') {
      const state = MODE_IMPL[current.mode].read(form);
      const keep: State =
        name === 'kind' ? { kind: state.kind ?? null, asOf: state.asOf ?? null } : { id: state.id ?? null, asOf: state.asOf ?? null };
      for (const k of Object.keys(keep)) if (keep[k] === null) delete keep[k];
      go(current.mode, keep);
    }
  });
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[data-mode]')];
  for (const b of tabs) {
    b.addEventListener('click', () => {
      const mode = b.dataset.mode as Mode;
      if (mode !== current.mode) go(mode, { ...DEFAULTS[mode] });
    });
    b.addEventListener('keydown', (ev) => {
      const i = tabs.indexOf(b);
      const to = ev.key === 'ArrowRight' ? (i + 1) % tabs.length : ev.key === 'ArrowLeft' ? (i + tabs.length - 1) % tabs.length : -1;
      if (to < 0) return;
      ev.preventDefault();
      tabs[to]!.focus();
      tabs[to]!.click();
    });
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    b.addEventListener('click', () => {
      lang = b.dataset.lang === 'en' ? 'en' : 'zh';
      go(current.mode, current.state);
    });
  }
  window.addEventListener('hashchange', fromHash);
  window.addEventListener('popstate', fromHash);
  fromHash();
}

void MODES;
start();
