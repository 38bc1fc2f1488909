/**
 * Generates the pages of docs/guides that are made from the data (so they cannot drift from it):
 * the plan at a glance, in Chinese and English. tests/docs/generated.test.ts fails when a committed
 * page is stale.
 *
 * Run: npx tsx scripts/docs.ts
 */
import { writeFileSync } from 'node:fs';
import { DEPARTMENTS, SECTIONS, TASKS } from '../src/index.js';

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

export const GENERATED_PAGES: Record<string, () => string> = {
  'docs/guides/plan-at-a-glance.zh.md': () => planAtAGlance('zh'),
  'docs/guides/plan-at-a-glance.en.md': () => planAtAGlance('en'),
};

if (process.argv[1]?.endsWith('docs.ts')) {
  for (const [path, render] of Object.entries(GENERATED_PAGES)) {
    writeFileSync(new URL(`../${path}`, import.meta.url), render());
  }
}
