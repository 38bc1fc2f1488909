/**
 * Generates the task-assignment ledger (任务分工台账) and the sentence-by-sentence guide from the data:
 *
 * - docs/ledger.csv: one row per commitment, target and rule — task, content (zh, en), lead, other bodies,
 *   deadline or frequency, scope and clause. UTF-8 with a byte-order mark (so that spreadsheet programs read
 *   the Chinese right), CRLF line ends and RFC 4180 quoting (a field with a comma, a quote or a line break is
 *   put in double quotes, its quotes doubled);
 * - docs/guides/ledger.zh.md, ledger.en.md: the same rows grouped by department;
 * - docs/guides/sentences.zh.md, sentences.en.md: task by task, each sentence of 二 and 三 beside what the
 *   library made of it (data/sentences.ts).
 *
 * tests/docs/ledger.test.ts fails when a committed file is stale.
 *
 * Run: npx tsx scripts/generate/ledger.ts
 */
import { writeFileSync } from 'node:fs';
// @ts-expect-error: plain JavaScript, shared with scripts/site/zhlint.mjs
import { zhTypography } from '../site/zh-typography.mjs';
import { COMMITMENTS } from '../../data/commitments/index.js';
import { SENTENCES } from '../../data/sentences.js';
import { CITIES, DEPARTMENTS, PLAN, REGIONS, RULES, SECTIONS, TARGETS, TASKS, THRESHOLDS, schedule, targetName } from '../../src/index.js';
import { SOURCE_PARAGRAPHS } from '../../src/entries/source.js';

type Lang = 'zh' | 'en';
type Bi = { readonly zh: string; readonly en: string };
type Duty = (typeof TASKS)[number]['duties'][number];

/** The ledger's calendar (时间节点): from the plan's signing to its last target (2027-12-31), by `schedule`. */
export const LEDGER_WINDOW = { from: PLAN.signedOn, to: '2027-12-31' } as const;

let DATES: Map<string, string[]> | undefined;
/** The dates `schedule` gives an item over LEDGER_WINDOW (key: type and id), earliest first. */
function datesOf(type: string, id: string): readonly string[] {
  if (DATES === undefined) {
    DATES = new Map();
    for (const item of schedule(LEDGER_WINDOW)) {
      const key = `${item.kind === 'recurring' ? 'commitment' : item.kind}:${item.id}`;
      DATES.set(key, [...(DATES.get(key) ?? []), item.date]);
    }
  }
  return DATES.get(`${type}:${id}`) ?? [];
}

/** One row of the ledger. */
export interface LedgerRow {
  readonly type: 'commitment' | 'target' | 'rule';
  readonly id: string;
  readonly task?: number;
  readonly kind: string;
  readonly content: Bi;
  /** The lead: the body the note says leads (牵头) or names alone (X负责); absent where the note shares the task. */
  readonly lead?: string;
  /** The other bodies of the note, in its order. */
  readonly others: readonly string[];
  /** `true` where the note adds 各有关部门. */
  readonly allRelevant: boolean;
  readonly deadline?: string;
  readonly frequency?: string;
  /** 时间节点: the dates `schedule` gives the item from the plan's signing to 2027-12-31. */
  readonly dates: readonly string[];
  readonly scope: Bi;
  readonly clause: string;
  readonly quote: string;
  /** Where the quote stands, for the plan's order. */
  readonly at: readonly [number, number];
}

const dept = (id: string): Bi => DEPARTMENTS.find((d) => d.id === id)!.name;

function position(clause: string, quote: string): [number, number] {
  const paragraph = SOURCE_PARAGRAPHS.findIndex((p) => p.clause === clause && p.text.includes(quote));
  return [paragraph, SOURCE_PARAGRAPHS[paragraph]!.text.indexOf(quote)];
}

/** The responsibility note of the task that covers a quote: the one in the same paragraph. */
function dutyOf(task: number | undefined, paragraph: number): Duty | undefined {
  if (task === undefined) return undefined;
  const text = SOURCE_PARAGRAPHS[paragraph]!.text;
  return TASKS[task - 1]!.duties.find((d) => text.includes(d.source.quote));
}

function bodies(duty: Duty | undefined): Pick<LedgerRow, 'lead' | 'others' | 'allRelevant'> {
  if (duty === undefined) return { others: [], allRelevant: false };
  const lead = 'lead' in duty && duty.lead !== undefined ? duty.lead : duty.mode === 'sole' ? duty.departments[0] : undefined;
  return { ...(lead ? { lead } : {}), others: duty.departments.filter((d) => d !== lead), allRelevant: duty.allRelevant };
}

type Scope = { readonly kind: string; readonly city?: string; readonly region?: string; readonly name?: Bi };
function scopeName(scopes: readonly Scope[]): Bi {
  const one = (s: Scope): Bi =>
    s.kind === 'province'
      ? { zh: '全省', en: 'Shanxi' }
      : s.kind === 'city'
        ? CITIES.find((c) => c.id === s.city)!.name
        : s.kind === 'region'
          ? REGIONS.find((r) => r.id === s.region)!.name
          : s.name!;
  return { zh: scopes.map((s) => one(s).zh).join('、'), en: scopes.map((s) => one(s).en).join('; ') };
}

const COMPARATOR: Record<string, string> = { lte: '≤', gte: '≥', lt: '<', gt: '>' };

/** Every row of the ledger: commitments, targets and rules, in the plan's order. */
export function ledgerRows(): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const c of COMMITMENTS) {
    const at = position(c.source.clause, c.source.quote);
    const task = 'task' in c ? c.task : undefined;
    rows.push({
      type: 'commitment',
      id: c.id,
      ...(task !== undefined ? { task } : {}),
      kind: c.kind,
      content: c.text,
      ...bodies(dutyOf(task, at[0])),
      ...('due' in c && typeof c.due === 'string' ? { deadline: c.due } : {}),
      ...('frequency' in c ? { frequency: c.frequency } : {}),
      dates: datesOf('commitment', c.id),
      scope: scopeName(c.scope),
      clause: c.source.clause,
      quote: c.source.quote,
      at,
    });
  }
  for (const t of TARGETS) {
    const at = position(t.source.clause, t.source.quote);
    const task = 'task' in t ? t.task : undefined;
    const name = targetName(t);
    const figure = 'value' in t && 'comparator' in t ? ` ${COMPARATOR[t.comparator]} ${t.value}${'unit' in t ? ` ${t.unit}` : ''}` : '';
    rows.push({
      type: 'target',
      id: t.id,
      ...(task !== undefined ? { task } : {}),
      kind: t.kind,
      content: { zh: name.zh + figure, en: name.en + figure },
      ...bodies(dutyOf(task, at[0])),
      deadline: t.due,
      dates: datesOf('target', t.id),
      scope: scopeName([t.scope]),
      clause: t.source.clause,
      quote: t.source.quote,
      at,
    });
  }
  for (const r of RULES) {
    const at = position(r.source.clause, r.source.quote);
    rows.push({
      type: 'rule',
      id: r.id,
      task: r.task,
      kind: r.obligation,
      content: r.title,
      ...bodies(dutyOf(r.task, at[0])),
      ...('deadline' in r && typeof r.deadline === 'string' ? { deadline: r.deadline } : {}),
      dates: datesOf('rule', r.id),
      scope: { zh: `对象：${r.appliesTo.join('、')}`, en: `subjects: ${r.appliesTo.join(', ')}` },
      clause: r.source.clause,
      quote: r.source.quote,
      at,
    });
  }
  const TYPE_ORDER = ['target', 'rule', 'commitment'];
  return rows.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
}

const FREQUENCY: Record<string, Bi> = {
  daily: { zh: '每日', en: 'daily' },
  monthly: { zh: '每月', en: 'monthly' },
  quarterly: { zh: '每季度', en: 'quarterly' },
  annual: { zh: '每年', en: 'annual' },
  seasonal: { zh: '重点时段', en: 'in the key periods' },
  regular: { zh: '定期', en: 'at regular intervals' },
  continuous: { zh: '常态化/持续', en: 'continuous' },
  'event-driven': { zh: '及时（随事发生）', en: 'as occasion arises' },
};

const othersText = (r: LedgerRow, lang: Lang) =>
  [...r.others.map((d) => dept(d)[lang]), ...(r.allRelevant ? [lang === 'zh' ? '各有关部门' : 'all relevant departments'] : [])].join(
    lang === 'zh' ? '、' : '; ',
  );

/** One CSV field, quoted where RFC 4180 requires it. */
export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'type',
  'id',
  'task',
  'kind',
  'content_zh',
  'content_en',
  'lead',
  'lead_zh',
  'other_departments',
  'other_departments_zh',
  'deadline',
  'frequency',
  'time_points',
  'scope_zh',
  'scope_en',
  'clause',
  'quote',
] as const;

/** docs/ledger.csv: UTF-8 with BOM, CRLF line ends, a header row and one row per item. */
export function ledgerCsv(): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of ledgerRows()) {
    const fields = [
      r.type,
      r.id,
      r.task,
      r.kind,
      r.content.zh,
      r.content.en,
      r.lead,
      r.lead ? dept(r.lead).zh : undefined,
      [...r.others, ...(r.allRelevant ? ['all-relevant'] : [])].join(';'),
      othersText(r, 'zh'),
      r.deadline,
      r.frequency,
      r.dates.join(';'),
      r.scope.zh,
      r.scope.en,
      r.clause,
      r.quote,
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');
const TYPE_NAME: Record<LedgerRow['type'], Bi> = {
  commitment: { zh: '承诺', en: 'commitment' },
  target: { zh: '目标', en: 'target' },
  rule: { zh: '规则', en: 'rule' },
};

/** 时间节点 in a guide: the one date, or the first and last of several with their count; — when none. */
function timePoints(r: LedgerRow, lang: Lang): string {
  const d = r.dates;
  if (d.length === 0) return '—';
  if (d.length === 1) return d[0]!;
  return lang === 'zh' ? `${d[0]} 至 ${d[d.length - 1]}，共 ${d.length} 次` : `${d[0]} to ${d[d.length - 1]}, ${d.length} times`;
}

function when(r: LedgerRow, lang: Lang): string {
  if (r.frequency) return FREQUENCY[r.frequency]![lang];
  return r.deadline ?? '—';
}

/** The ledger grouped by department: every row whose note names the body, lead first. */
export function ledgerGuide(lang: Lang): string {
  const zh = lang === 'zh';
  const rows = ledgerRows();
  const title = zh ? '任务分工台账' : 'Task assignment ledger';
  const out: string[] = [
    '---',
    `title: ${title}`,
    `group: ${zh ? '中文' : 'English'}`,
    '---',
    '',
    `# ${title}`,
    '',
    zh
      ? `<!-- 本页由 scripts/generate/ledger.ts 根据数据生成,请勿手改。 -->\n\n方案的每项承诺、目标和规则(共 ${rows.length} 项:承诺 ${COMMITMENTS.length}、目标 ${TARGETS.length}、规则 ${RULES.length}),按责任单位分组;责任单位取自所在段落的责任分工说明。“角色”:牵头(说明写“牵头”或仅列该单位“负责”)、参与(按职责分工负责)。“时间节点”由 \`schedule\` 算出(自方案印发 ${LEDGER_WINDOW.from} 至 ${LEDGER_WINDOW.to}):目标和规则的期限,经常性承诺的每次到期日(每月为月末、每年为年末;重点时段方案未定日期,按年计);定期、常态化、及时的承诺没有日历日期。同一表格也以 CSV 提供:[下载 ledger.csv](../ledger.csv)(UTF-8 带 BOM,CRLF 换行,可用 Excel 或 WPS 打开)。每项任务均需各市人民政府负责落实。`
      : `<!-- Generated from the data by scripts/generate/ledger.ts: do not edit by hand. -->\n\nEvery commitment, target and rule of the plan (${rows.length}: ${COMMITMENTS.length} commitments, ${TARGETS.length} targets, ${RULES.length} rules), grouped by the body responsible; the bodies are those of the responsibility note of the item's paragraph. "Role": lead (the note says 牵头, or names the body alone) or shared (按职责分工负责). "Time points" come from \`schedule\` (from the plan's signing, ${LEDGER_WINDOW.from}, to ${LEDGER_WINDOW.to}): the deadlines of targets and rules, and each due date of a recurring commitment (month ends for monthly ones, year ends for annual ones; the key periods the plan does not date count by year); commitments done at regular intervals, continuously or as occasion arises have no calendar dates. The same table is in [ledger.csv](../ledger.csv) (download; UTF-8 with BOM, CRLF line ends). Every task is also the city governments' to carry out.`,
    '',
  ];
  const table = (list: readonly LedgerRow[], withRole: string | undefined) => {
    out.push(
      zh
        ? '| 任务 | 类别 | 编号 | 内容 | 角色 | 期限/频次 | 时间节点 | 范围 | 条款 |'
        : '| task | type | id | content | role | deadline / frequency | time points | scope | clause |',
      '| ---: | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const r of list) {
      const role = withRole === undefined ? '—' : r.lead === withRole ? (zh ? '牵头' : 'lead') : zh ? '参与' : 'shared';
      out.push(
        `| ${r.task ?? '—'} | ${TYPE_NAME[r.type][lang]} | \`${r.id}\` | ${cell(r.content[lang])} | ${role} | ${cell(when(r, lang))} | ${cell(timePoints(r, lang))} | ${cell(r.scope[lang])} | \`${r.clause}\` |`,
      );
    }
    out.push('');
  };
  // A list of the departments first (each links to its section), then each department's items folded under
  // its heading: the page is as long as the list until a reader opens one (the site's CSS lays the rows out
  // as cards on a phone; scripts/site/build.ts labels each cell with its column).
  const bodies = DEPARTMENTS.map((d) => ({ d, list: rows.filter((r) => r.lead === d.id || r.others.includes(d.id)) })).filter(
    (b) => b.list.length > 0,
  );
  const heading = (d: (typeof DEPARTMENTS)[number]) => (zh ? d.name.zh : `${d.name.en} (${d.name.zh})`);
  const noneTitle = zh ? '未列责任单位（二、工作目标）' : 'No body named (二、工作目标)';
  out.push(`## ${zh ? '按责任单位' : 'By department'}`, '');
  for (const { d, list } of bodies) {
    const lead = list.filter((r) => r.lead === d.id).length;
    out.push(`- [${heading(d)}](#ledger-${d.id}): ${zh ? `${list.length} 项,牵头 ${lead} 项` : `${list.length} items, leading ${lead}`}`);
  }
  out.push(`- [${noneTitle}](#ledger-none)`, '');
  for (const { d, list } of bodies) {
    const lead = list.filter((r) => r.lead === d.id).length;
    out.push(
      `<details class="ledger" id="ledger-${d.id}">`,
      `<summary>${heading(d)}${zh ? `（${list.length} 项）` : ` (${list.length} items)`}</summary>`,
      '',
    );
    out.push(zh ? `共 ${list.length} 项,其中牵头 ${lead} 项。` : `${list.length} items, leading ${lead}.`, '');
    table(list, d.id);
    out.push('</details>', '');
  }
  const none = rows.filter((r) => r.lead === undefined && r.others.length === 0);
  out.push(`<details class="ledger" id="ledger-none">`, `<summary>${noneTitle}</summary>`, '');
  out.push(
    zh
      ? '二、工作目标没有责任分工说明,由各市人民政府负责落实。'
      : '二、工作目标 has no responsibility note; the city governments carry it out.',
    '',
  );
  table(none, undefined);
  out.push('</details>', '');
  return out.join('\n');
}

/** What a sentence item is, in a few words. */
function itemLabel(kind: string, id: string | number, lang: Lang): string {
  switch (kind) {
    case 'task':
      return `${lang === 'zh' ? '任务' : 'task'} ${id}`;
    case 'target':
      return `${lang === 'zh' ? '目标' : 'target'} \`${id}\`: ${targetName(id as never)[lang]}`;
    case 'threshold':
      return `${lang === 'zh' ? '阈值' : 'threshold'} \`${id}\`: ${THRESHOLDS.find((t) => t.id === id)!.wording}`;
    case 'rule':
      return `${lang === 'zh' ? '规则' : 'rule'} \`${id}\`: ${RULES.find((r) => r.id === id)!.title[lang]}`;
    case 'region':
      return `${lang === 'zh' ? '区域' : 'area'} \`${id}\`: ${REGIONS.find((r) => r.id === id)!.name[lang]}`;
    default: {
      const c = COMMITMENTS.find((x) => x.id === id)!;
      return `${lang === 'zh' ? '承诺' : 'commitment'} \`${id}\` (${c.kind}): ${c.text[lang]}`;
    }
  }
}

/** Task by task, each sentence beside what the library made of it. */
export function sentencesGuide(lang: Lang): string {
  const zh = lang === 'zh';
  const title = zh ? '逐句对照' : 'The plan, sentence by sentence';
  const encoded = SENTENCES.filter((s) => s.role === 'encoded').length;
  const out: string[] = [
    '---',
    `title: ${title}`,
    `group: ${zh ? '中文' : 'English'}`,
    '---',
    '',
    `# ${title}`,
    '',
    zh
      ? `<!-- 本页由 scripts/generate/ledger.ts 根据数据生成,请勿手改。 -->\n\n二、工作目标和三、重点任务的每一句(共 ${SENTENCES.length} 句:已编码 ${encoded},背景 ${SENTENCES.length - encoded}),旁列本库据以编码的任务、目标、阈值、规则、区域和承诺(引文与该句重叠者);背景句注明理由。句子在括号外的“。”和“;”之后切分;责任分工说明自成一句。数据见 \`SENTENCES\`(\`shanxi-air-plan/source\`)。`
      : `<!-- Generated from the data by scripts/generate/ledger.ts: do not edit by hand. -->\n\nEvery sentence of 二、工作目标 and 三、重点任务 (${SENTENCES.length}: ${encoded} encoded, ${SENTENCES.length - encoded} context) beside the tasks, targets, thresholds, rules, areas and commitments the library made of it (those whose quotes overlap it); a context sentence says why nothing encodes it. Sentences end after a 。 or ; outside parentheses; a responsibility note is a sentence of its own. The data are \`SENTENCES\` (\`shanxi-air-plan/source\`).`,
    '',
  ];
  let clause = '';
  for (const s of SENTENCES) {
    if (s.clause !== clause) {
      clause = s.clause;
      const task = TASKS.find((t) => t.source.clause === clause);
      const section = SECTIONS.find((x) => x.source.clause === clause);
      const heading = task
        ? `${zh ? '任务' : 'Task'} ${task.number}. ${task.title[lang]}`
        : section
          ? zh
            ? `（${'一二三四五六七八九十'[section.number - 1]}）${section.title[lang]}`
            : `(${'一二三四五六七八九十'[section.number - 1]}) ${section.title[lang]}`
          : s.text.replace(/。$/, '');
      out.push(
        `## \`${clause}\` ${heading}`,
        '',
        zh ? '| 句 | 原文 | 本库的编码 |' : '| sentence | text | what the library made of it |',
        '| --- | --- | --- |',
      );
    }
    const made =
      s.role === 'encoded'
        ? (s.items as readonly { kind: string; id: string | number }[]).map((i) => cell(itemLabel(i.kind, i.id, lang))).join('<br>')
        : `*${zh ? '背景' : 'context'}*: ${cell(s.reason[lang])}`;
    out.push(`| \`${s.id}\` | ${cell(s.text)} | ${made} |`);
    const next = SENTENCES[SENTENCES.indexOf(s) + 1];
    if (next === undefined || next.clause !== clause) out.push('');
  }
  return out.join('\n');
}

/** Every file this script writes, by path, with the function that renders it. */
export const LEDGER_FILES: Record<string, () => string> = {
  'docs/ledger.csv': ledgerCsv,
  'docs/guides/ledger.zh.md': () => zhTypography(ledgerGuide('zh')),
  'docs/guides/ledger.en.md': () => ledgerGuide('en'),
  'docs/guides/sentences.zh.md': () => zhTypography(sentencesGuide('zh')),
  'docs/guides/sentences.en.md': () => sentencesGuide('en'),
};

if (process.argv[1]?.endsWith('generate/ledger.ts')) {
  for (const [path, render] of Object.entries(LEDGER_FILES)) writeFileSync(new URL(`../../${path}`, import.meta.url), render());
}
