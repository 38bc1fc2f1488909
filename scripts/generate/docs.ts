/**
 * Generates the pages of docs/guides that are made from the data (so they cannot drift from it):
 * the plan at a glance, the rules by subject kind, and the targets-and-deadlines calendar, in Chinese
 * and English. The calendar embeds the pictures scripts/generate/charts.ts draws. tests/docs/generated.test.ts fails when a committed
 * page is stale.
 *
 * Run: npx tsx scripts/generate/docs.ts
 */
import { writeFileSync } from 'node:fs';
import { OBLIGATION_WORDS } from '../../docs/explorer/state.js';
// @ts-expect-error: plain JavaScript, shared with scripts/site/zhlint.mjs
import { zhTypography } from '../site/zh-typography.mjs';
import {
  CITIES,
  deadlines,
  DEPARTMENTS,
  PLAN,
  REGIONS,
  RULES,
  SECTIONS,
  TARGET_METRICS,
  TARGETS,
  TASKS,
  type Deadline,
  type DeepReadonly,
  type Target,
} from '../../src/index.js';
import * as schemas from '../../src/entries/schemas.js';
import { FIELD_LABELS, KIND_LABELS, fieldLabelOf, valueLabel } from '../../src/model/subjects/labels.js';

type Lang = 'zh' | 'en';

/** The frontmatter line that puts a page in its language's group of the site's navigation (typedoc.json's groupOrder). */
const GROUP: Record<Lang, string> = { zh: 'group: 中文', en: 'group: English' };

const deptName = (id: string, lang: Lang) => DEPARTMENTS.find((d) => d.id === id)!.name[lang];

function dutyCell(task: (typeof TASKS)[number], lang: Lang): string {
  return task.duties
    .map((d) => {
      const lead = 'lead' in d ? d.lead : undefined;
      const names = d.departments.map((id) => (id === lead ? `**${deptName(id, lang)}**` : deptName(id, lang)));
      if (d.allRelevant) names.push(lang === 'zh' ? '各有关部门' : 'all relevant departments');
      return names.join(lang === 'zh' ? '、' : ', ');
    })
    .join(lang === 'zh' ? ';' : '; ');
}

/** The plan at a glance: the 38 tasks by section, with the bodies of each note (the lead in bold). */
export function planAtAGlance(lang: Lang): string {
  const zh = lang === 'zh';
  const lines: string[] = [
    '---',
    `title: ${zh ? '方案概览' : 'The plan at a glance'}`,
    GROUP[lang],
    '---',
    '',
    `# ${zh ? '方案概览' : 'The plan at a glance'}`,
    '',
    zh
      ? '<!-- 本页由 scripts/generate/docs.ts 根据数据生成,请勿手改。 -->\n\n三、重点任务的 10 个部分、38 项任务及其责任单位(加粗为牵头单位;条款号可用于 `textOf`)。每项任务均需各市人民政府负责落实。'
      : "<!-- Generated from the data by scripts/generate/docs.ts: do not edit by hand. -->\n\nThe 10 sections and 38 tasks of 三、重点任务 with the bodies each responsibility note names (the lead in bold; the clause is what `textOf` takes). Every task is also the city governments' to carry out.",
    '',
  ];
  for (const section of SECTIONS) {
    lines.push(`## (${'一二三四五六七八九十'[section.number - 1]}) ${section.title[lang]}`, '');
    lines.push(zh ? '| 任务 | 条款 | 标题 | 责任单位 |' : '| task | clause | title | responsible bodies |');
    lines.push('| ---: | --- | --- | --- |');
    for (const n of section.tasks) {
      const task = TASKS[n - 1]!;
      const title = zh ? task.title.zh : `${task.title.en} (${task.title.zh})`;
      lines.push(`| ${n} | \`${task.source.clause}\` | ${title} | ${dutyCell(task, lang)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

interface ZodLike {
  _zod: { def: { type: string; values?: readonly unknown[]; entries?: Record<string, string>; innerType?: ZodLike; element?: ZodLike } };
  shape?: Record<string, ZodLike>;
}

/** A field's type in words: `number`, `boolean`, `'a' | 'b'`, `Location`, with `?` when optional. */
function fieldType(schema: ZodLike): string {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
      return fieldType(def.innerType!);
    case 'enum': {
      const values = Object.values(def.entries!).map((v) => `'${v}'`);
      return values.length > 12 ? `one of ${values.length} codes (${values.slice(0, 2).join(', ')}, …)` : values.join(' \\| ');
    }
    case 'literal':
      return def.values!.map((v) => JSON.stringify(v)).join(' \\| ');
    case 'array':
      return `(${fieldType(def.element!)})[]`;
    case 'object':
      return 'object';
    default:
      return def.type;
  }
}

/**
 * The compliance facts of a rule as the guide lists them: the fields that record its duty done or breached,
 * or, where no fact can, why (its `complianceNote`).
 */
function complianceCell(rule: (typeof RULES)[number], lang: Lang): string {
  const facts = rule.complianceFacts as readonly string[];
  if (facts.length > 0) return facts.map((f) => `\`${f}\``).join(', ');
  const why = (rule as { complianceNote?: Record<Lang, string> }).complianceNote;
  return `${lang === 'zh' ? '无:' : 'none: '}${why?.[lang] ?? ''}`;
}

/** Every subject kind `assess` takes: its fields and the rules that can answer for it. */
export function rulesBySubject(lang: Lang): string {
  const zh = lang === 'zh';
  const kinds = Object.values(schemas as unknown as Record<string, ZodLike>).filter(
    (s) => s && typeof s === 'object' && '_zod' in s && s.shape?.kind?._zod.def.type === 'literal',
  );
  const lines: string[] = [
    '---',
    `title: ${zh ? '规则与对象类型' : 'Rules by subject kind'}`,
    GROUP[lang],
    '---',
    '',
    `# ${zh ? '规则与对象类型' : 'Rules by subject kind'}`,
    '',
    zh
      ? '<!-- 本页由 scripts/generate/docs.ts 根据数据生成,请勿手改。 -->\n\n`assess(subject)` 接受的每类对象、其字段(带 `?` 为可选;缺少某一事实时,结论带 `condition` 而不作假定),以及可能适用的规则。“合规事实”是记录该项义务已完成或已违反的字段(规则的 `complianceFacts`):给出时结论的 `compliance` 为 `complies` 或 `does-not-comply`,缺少时为 `unknown`;禁止性规则列出的若是描述对象本身的字段(如 `isNew`、`use`),对象正属所禁止之列时即为 `does-not-comply`。'
      : '<!-- Generated from the data by scripts/generate/docs.ts: do not edit by hand. -->\n\nEvery kind of subject `assess(subject)` takes, its fields (`?` marks an optional one: when a fact the rule needs is missing, the verdict comes back with a `condition` instead of a guess) and the rules that can apply to it. "Compliance facts" are the fields that record the duty done or breached (the rule\'s `complianceFacts`): given, the verdict\'s `compliance` is `complies` or `does-not-comply`; missing, `unknown`. Where a prohibition lists fields that say what the subject is (`isNew`, `use`), a subject that is what it prohibits `does-not-comply`.',
    '',
  ];
  const kindOf = (schema: ZodLike) => String(schema.shape!.kind!._zod.def.values![0]);
  // In the order of the Subject union: the order of the tasks that first name each kind.
  const order = (schemas.SubjectKind as unknown as { options: readonly string[] }).options;
  kinds.sort((a, b) => order.indexOf(kindOf(a)) - order.indexOf(kindOf(b)));
  const sep = zh ? '、' : ', ';
  const values = (kind: string, name: string, f: ZodLike): string => {
    let def = f._zod.def;
    if (def.type === 'optional') def = def.innerType!._zod.def;
    if (def.type === 'array') def = def.element!._zod.def;
    if (def.type === 'boolean') return zh ? '是 `true`、否 `false`' : 'yes `true`, no `false`';
    if (def.type === 'number') return zh ? '数值' : 'number';
    if (def.type !== 'enum') return fieldType(f);
    const vs = Object.values(def.entries!);
    if (name === 'city' || name === 'county') return zh ? `${vs.length} 个代码之一` : `one of ${vs.length} codes`;
    return vs.map((v) => `${valueLabel(v, lang, kind, name)} \`${v}\``).join(sep);
  };
  for (const schema of kinds) {
    const kind = kindOf(schema);
    const name = KIND_LABELS[kind];
    lines.push(`## ${name ? (zh ? `${name.zh} \`${kind}\`` : `${name.en} (${name.zh}) \`${kind}\``) : `\`${kind}\``}`, '');
    const fields = Object.entries(schema.shape!).filter(([n]) => n !== 'kind');
    if (fields.length === 0) lines.push(zh ? '(无其他字段)' : '(no other fields)', '');
    else {
      lines.push(zh ? '| 字段 | 名称 | 单位 | 取值 | 说明 |' : '| field | name | unit | values | what |');
      lines.push('| --- | --- | --- | --- | --- |');
      for (const [n, f] of fields) {
        const label = fieldLabelOf(n, kind);
        const optional = f._zod.def.type === 'optional' ? '?' : '';
        const unit = (zh ? label?.unit : label?.unitEn) ?? '';
        const help = (zh ? label?.help : label?.helpEn) ?? '';
        const nested =
          n === 'location' || n === 'provincialRank'
            ? Object.keys((f._zod.def.innerType ?? f).shape ?? {})
                .map((k) => `${(zh ? FIELD_LABELS[k]?.zh : FIELD_LABELS[k]?.en) ?? k} \`${k}\``)
                .join(sep)
            : values(kind, n, f);
        lines.push(`| \`${n}${optional}\` | ${(zh ? label?.zh : label?.en) ?? n} | ${unit} | ${nested} | ${help} |`);
      }
      lines.push('');
    }
    lines.push(
      zh ? '| 规则 | 任务 | 义务 | 期限 | 内容 | 合规事实 |' : '| rule | task | obligation | deadline | what | compliance facts |',
    );
    lines.push('| --- | ---: | --- | --- | --- | --- |');
    for (const rule of RULES.filter((r) => (r.appliesTo as readonly string[]).includes(kind))) {
      const deadline = 'deadline' in rule && rule.deadline ? rule.deadline : '';
      const obligation = OBLIGATION_WORDS[rule.obligation]?.[lang] ?? rule.obligation;
      lines.push(`| \`${rule.id}\` | ${rule.task} | ${obligation} | ${deadline} | ${rule.title[lang]} | ${complianceCell(rule, lang)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const CMP = { lte: '≤', gte: '≥', lt: '<', gt: '>' } as const;

const STRENGTH_WORDS: Record<string, Record<Lang, string>> = {
  binding: { zh: '约束性', en: 'binding' },
  strive: { zh: '力争', en: 'strive (力争)' },
  stable: { zh: '稳定', en: 'hold (稳定)' },
  approximate: { zh: '左右', en: 'about (左右)' },
  basic: { zh: '基本', en: 'substantially (基本)' },
  plain: { zh: '—', en: '—' },
};

/** A target seen through its schema's type, where every optional field can be read. */
type CalendarTarget = DeepReadonly<Target>;

/** Where a target applies, in words. */
function scopeCell(t: CalendarTarget, lang: Lang): string {
  const s = t.scope;
  if (s.kind === 'city') return CITIES.find((c) => c.id === s.city)!.name[lang];
  if (s.kind === 'region') return REGIONS.find((r) => r.id === s.region)!.name[lang];
  if (s.kind === 'sector') return s.name[lang];
  return lang === 'zh' ? '全省' : 'Shanxi';
}

/** What the target asks: the comparator, value and unit (or the kind of commitment where there is no figure). */
function requirementCell(t: CalendarTarget, lang: Lang): string {
  const zh = lang === 'zh';
  if (t.kind === 'milestone') return zh ? '按期完成' : 'done by the date';
  if (t.kind === 'unquantified') return zh ? '无数值(不评估)' : 'no figure (not assessed)';
  const sym = CMP[t.comparator as keyof typeof CMP];
  const about = t.strength === 'approximate' ? (zh ? '(左右)' : ' (about)') : '';
  if (t.kind === 'ranking') {
    const of = t.of ?? '';
    return zh ? `倒数名次 ${sym} ${t.value}(共${of}市)` : `place from the bottom ${sym} ${t.value} (of ${of})`;
  }
  if (t.kind === 'change' && t.baseline) {
    if (t.baseline.change === 'places-risen') {
      return zh ? `较${t.baseline.year}年前移 ${sym} ${t.value} 位` : `places up on ${t.baseline.year} ${sym} ${t.value}`;
    }
    const v = t.value! > 0 ? `+${t.value}` : `${t.value}`;
    return zh ? `较${t.baseline.year}年变化 ${sym} ${v}%${about}` : `change on ${t.baseline.year} ${sym} ${v}%${about}`;
  }
  if (t.standard) return zh ? `${sym} ${t.standard} 二级限值` : `${sym} the ${t.standard} grade II limit`;
  const unit = t.unit === 'count' || t.unit === undefined ? '' : t.unit === '%' ? '%' : ` ${t.unit}`;
  return `${sym} ${t.value}${unit}${about}`;
}

/** The lead body (or bodies) of the note under which the target stands. */
function leadCell(d: Deadline, lang: Lang): string {
  const zh = lang === 'zh';
  const sep = zh ? '、' : ', ';
  if (d.task === undefined) return PLAN.implementation.by[lang];
  const names = (ids: readonly string[]) => ids.map((id) => deptName(id, lang)).join(sep);
  const extra = d.duty.allRelevant ? (zh ? '、各有关部门' : ', all relevant departments') : '';
  if (d.duty.lead.length > 0) return names(d.duty.lead);
  return (zh ? '(分工负责)' : '(shared, no lead) ') + names(d.duty.departments) + extra;
}

/**
 * The targets and deadlines: every target of the plan sorted by due date, with its task, scope, metric,
 * figure, strength, lead department(s) and clause; the timeline and the PM2.5 chart drawn by
 * scripts/generate/charts.ts.
 */
export function targetsCalendar(lang: Lang): string {
  const zh = lang === 'zh';
  const entries = deadlines();
  const byId = new Map<string, CalendarTarget>(TARGETS.map((t) => [t.id, t]));
  const dates = [...new Set(entries.map((d) => d.due))];
  const horizon = entries.filter((d) => d.dueBasis === 'horizon').length;
  const title = zh ? '目标与期限' : 'Targets and deadlines';
  const lines: string[] = [
    '---',
    `title: ${title}`,
    GROUP[lang],
    '---',
    '',
    `# ${title}`,
    '',
    zh
      ? `<!-- 本页由 scripts/generate/docs.ts 根据数据生成,请勿手改。 -->\n\n方案的全部 ${entries.length} 项目标(\`TARGETS\`)按到期日排列,与 \`deadlines()\` 的次序相同。每项目标列出任务、范围、指标、要求(比较符、数值与单位)、力度、牵头单位和条款;牵头单位取该目标所在任务的第一条责任分工(“二、工作目标”不属于任何任务,由各市人民政府负责落实;每项任务也都需各市人民政府负责落实)。标 † 的 ${horizon} 项目标方案未写日期,到期日为本库的读法(见目标的 \`note\`)。`
      : `<!-- Generated from the data by scripts/generate/docs.ts: do not edit by hand. -->\n\nAll ${entries.length} targets of the plan (\`TARGETS\`) by due date, in the order \`deadlines()\` returns them. Each row gives the task, scope, metric, requirement (comparator, figure and unit), strength, lead department(s) and clause; the lead comes from the first responsibility note of the target's task (the goals of 二、工作目标 belong to no task and fall to the city governments, as every task also does). The ${horizon} targets marked † have no date in the plan: their due date is the library's reading (see the target's \`note\`).`,
    '',
    zh ? '![方案目标与期限时间轴](./deadlines-timeline.svg)' : "![Timeline of the plan's dated targets](./deadlines-timeline.svg)",
    '',
    zh ? '| 到期日 | 目标数 | 任务 |' : '| due | targets | tasks |',
    '| --- | ---: | --- |',
  ];
  for (const date of dates) {
    const here = entries.filter((d) => d.due === date);
    const tasks = [...new Set(here.map((d) => (d.task === undefined ? (zh ? '二(工作目标)' : '二 (goals)') : String(d.task))))];
    lines.push(`| [${date}](#${date}) | ${here.length} | ${tasks.join(zh ? '、' : ', ')} |`);
  }
  lines.push('');
  for (const date of dates) {
    const here = entries.filter((d) => d.due === date);
    lines.push(`## ${date}`, '');
    if (here.some((d) => byId.get(d.target)!.metric === 'pm25-annual-mean' && byId.get(d.target)!.standard === undefined)) {
      lines.push(
        zh
          ? '![2025年各设区市PM2.5年均浓度目标上限](./pm25-ceilings-2025.svg)'
          : '![2025 PM2.5 annual-mean ceilings of the 11 cities](./pm25-ceilings-2025.svg)',
        '',
      );
    }
    lines.push(
      zh
        ? '| 目标 | 任务 | 范围 | 指标 | 要求 | 力度 | 牵头单位 | 条款 |'
        : '| target | task | scope | metric | requirement | strength | lead | clause |',
      '| --- | ---: | --- | --- | --- | --- | --- | --- |',
    );
    for (const d of here) {
      const t = byId.get(d.target)!;
      const metric = TARGET_METRICS.find((m) => m.id === t.metric)!.name[lang];
      const dagger = d.dueBasis === 'horizon' ? ' †' : '';
      lines.push(
        `| \`${d.target}\`${dagger} | ${d.task ?? '二'} | ${scopeCell(t, lang)} | ${metric} | ${requirementCell(t, lang)} | ${STRENGTH_WORDS[t.strength]![lang]} | ${leadCell(d, lang)} | \`${d.source.clause}\` |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

export const GENERATED_PAGES: Record<string, () => string> = {
  'docs/guides/plan-at-a-glance.zh.md': () => zhTypography(planAtAGlance('zh')),
  'docs/guides/plan-at-a-glance.en.md': () => planAtAGlance('en'),
  'docs/guides/rules-by-subject.zh.md': () => zhTypography(rulesBySubject('zh')),
  'docs/guides/rules-by-subject.en.md': () => rulesBySubject('en'),
  'docs/guides/targets-calendar.zh.md': () => zhTypography(targetsCalendar('zh')),
  'docs/guides/targets-calendar.en.md': () => targetsCalendar('en'),
};

if (process.argv[1]?.endsWith('generate/docs.ts')) {
  for (const [path, render] of Object.entries(GENERATED_PAGES)) {
    writeFileSync(new URL(`../../${path}`, import.meta.url), render());
  }
}
