/**
 * Generates the pages of docs/guides that are made from the data (so they cannot drift from it):
 * the plan at a glance, in Chinese and English. tests/docs/generated.test.ts fails when a committed
 * page is stale.
 *
 * Run: npx tsx scripts/docs.ts
 */
import { writeFileSync } from 'node:fs';
import { DEPARTMENTS, RULES, SECTIONS, TASKS } from '../src/index.js';
import * as schemas from '../src/schemas.js';

type Lang = 'zh' | 'en';

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
    '---',
    '',
    `# ${zh ? '方案概览' : 'The plan at a glance'}`,
    '',
    zh
      ? '<!-- 本页由 scripts/docs.ts 根据数据生成,请勿手改。 -->\n\n三、重点任务的 10 个部分、38 项任务及其责任单位(加粗为牵头单位;条款号可用于 `textOf`)。每项任务均需各市人民政府负责落实。'
      : "<!-- Generated from the data by scripts/docs.ts: do not edit by hand. -->\n\nThe 10 sections and 38 tasks of 三、重点任务 with the bodies each responsibility note names (the lead in bold; the clause is what `textOf` takes). Every task is also the city governments' to carry out.",
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

/** Every subject kind `assess` takes: its fields and the rules that can answer for it. */
export function rulesBySubject(lang: Lang): string {
  const zh = lang === 'zh';
  const kinds = Object.values(schemas as unknown as Record<string, ZodLike>).filter(
    (s) => s && typeof s === 'object' && '_zod' in s && s.shape?.kind?._zod.def.type === 'literal',
  );
  const lines: string[] = [
    '---',
    `title: ${zh ? '规则与对象类型' : 'Rules by subject kind'}`,
    '---',
    '',
    `# ${zh ? '规则与对象类型' : 'Rules by subject kind'}`,
    '',
    zh
      ? '<!-- 本页由 scripts/docs.ts 根据数据生成,请勿手改。 -->\n\n`assess(subject)` 接受的每类对象、其字段(带 `?` 为可选;缺少某一事实时,结论带 `condition` 而不作假定),以及可能适用的规则。'
      : '<!-- Generated from the data by scripts/docs.ts: do not edit by hand. -->\n\nEvery kind of subject `assess(subject)` takes, its fields (`?` marks an optional one: when a fact the rule needs is missing, the verdict comes back with a `condition` instead of a guess) and the rules that can apply to it.',
    '',
  ];
  const kindOf = (schema: ZodLike) => String(schema.shape!.kind!._zod.def.values![0]);
  kinds.sort((a, b) => (kindOf(a) < kindOf(b) ? -1 : 1));
  for (const schema of kinds) {
    const kind = kindOf(schema);
    const fields = Object.entries(schema.shape!)
      .filter(([name]) => name !== 'kind')
      .map(([name, f]) => `\`${name}${f._zod.def.type === 'optional' ? '?' : ''}\`: ${fieldType(f)}`);
    lines.push(`## \`${kind}\``, '');
    lines.push(fields.length > 0 ? fields.map((f) => `- ${f}`).join('\n') : zh ? '- (无其他字段)' : '- (no other fields)', '');
    lines.push(zh ? '| 规则 | 任务 | 义务 | 期限 | 内容 |' : '| rule | task | obligation | deadline | what |');
    lines.push('| --- | ---: | --- | --- | --- |');
    for (const rule of RULES.filter((r) => (r.appliesTo as readonly string[]).includes(kind))) {
      const deadline = 'deadline' in rule && rule.deadline ? rule.deadline : '';
      lines.push(`| \`${rule.id}\` | ${rule.task} | ${rule.obligation} | ${deadline} | ${rule.title[lang]} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export const GENERATED_PAGES: Record<string, () => string> = {
  'docs/guides/plan-at-a-glance.zh.md': () => planAtAGlance('zh'),
  'docs/guides/plan-at-a-glance.en.md': () => planAtAGlance('en'),
  'docs/guides/rules-by-subject.zh.md': () => rulesBySubject('zh'),
  'docs/guides/rules-by-subject.en.md': () => rulesBySubject('en'),
};

if (process.argv[1]?.endsWith('docs.ts')) {
  for (const [path, render] of Object.entries(GENERATED_PAGES)) {
    writeFileSync(new URL(`../${path}`, import.meta.url), render());
  }
}
