import type { Bilingual } from '../src/model/text.js';

/**
 * Why a sentence of 二 or 三 is context, not encoded: written by hand, keyed by sentence id (see
 * `SENTENCES`). scripts/generate/sentences.ts copies each reason into data/sentences.ts; a test fails when a
 * context sentence has no reason here, or a reason names a sentence that is encoded or does not exist.
 * @internal
 */
export const CONTEXT_REASONS = {
  '二.1': {
    zh: '章标题“二、工作目标”：本身不提出要求；其下各句的目标另行编码。',
    en: 'The heading of part 二 (work goals): it asks nothing itself; the goals under it are encoded one by one.',
  },
  '二(一).1': {
    zh: '小标题“约束性指标”：本身不提出要求；约束性指标见下一句所编码的目标。',
    en: 'The sub-heading "binding indicators": it asks nothing itself; the indicators are the targets encoding the next sentence.',
  },
  '二(二).1': {
    zh: '小标题“力争性指标”：本身不提出要求；力争性指标见其后各句所编码的目标。',
    en: 'The sub-heading "goals to strive for": it asks nothing itself; the goals are the targets encoding the sentences after it.',
  },
  '三.1': {
    zh: '章标题“三、重点任务”：本身不提出要求；38项任务逐项编码。',
    en: 'The heading of part 三 (key tasks): it asks nothing itself; the 38 tasks are encoded one by one.',
  },
  '三(一).1': {
    zh: '第（一）部分的标题：本身不提出要求，作为 SECTIONS[0].title 收录；其下各项任务逐项编码。',
    en: 'The heading of section (一) of part 三: it asks nothing itself and is kept as SECTIONS[0].title; the tasks under it are encoded one by one.',
  },
  '三(二).1': {
    zh: '第（二）部分的标题：本身不提出要求，作为 SECTIONS[1].title 收录；其下各项任务逐项编码。',
    en: 'The heading of section (二) of part 三: it asks nothing itself and is kept as SECTIONS[1].title; the tasks under it are encoded one by one.',
  },
  '三(三).1': {
    zh: '第（三）部分的标题：本身不提出要求，作为 SECTIONS[2].title 收录；其下各项任务逐项编码。',
    en: 'The heading of section (三) of part 三: it asks nothing itself and is kept as SECTIONS[2].title; the tasks under it are encoded one by one.',
  },
  '三(四).1': {
    zh: '第（四）部分的标题：本身不提出要求，作为 SECTIONS[3].title 收录；其下各项任务逐项编码。',
    en: 'The heading of section (四) of part 三: it asks nothing itself and is kept as SECTIONS[3].title; the tasks under it are encoded one by one.',
  },
  '三(五).1': {
    zh: '第（五）部分的标题：本身不提出要求，作为 SECTIONS[4].title 收录；其下各项任务逐项编码。',
    en: 'The heading of section (五) of part 三: it asks nothing itself and is kept as SECTIONS[4].title; the tasks under it are encoded one by one.',
  },
  '三(六).1': {
    zh: '第（六）部分的标题：本身不提出要求，作为 SECTIONS[5].title 收录；其下各项任务逐项编码。',
    en: 'The heading of section (六) of part 三: it asks nothing itself and is kept as SECTIONS[5].title; the tasks under it are encoded one by one.',
  },
  '三(七).1': {
    zh: '第（七）部分的标题：本身不提出要求，作为 SECTIONS[6].title 收录；其下各项任务逐项编码。',
    en: 'The heading of section (七) of part 三: it asks nothing itself and is kept as SECTIONS[6].title; the tasks under it are encoded one by one.',
  },
  '三(八).1': {
    zh: '第（八）部分的标题：本身不提出要求，作为 SECTIONS[7].title 收录；其下各项任务逐项编码。',
    en: 'The heading of section (八) of part 三: it asks nothing itself and is kept as SECTIONS[7].title; the tasks under it are encoded one by one.',
  },
  '三(九).1': {
    zh: '第（九）部分的标题：本身不提出要求，作为 SECTIONS[8].title 收录；其下各项任务逐项编码。',
    en: 'The heading of section (九) of part 三: it asks nothing itself and is kept as SECTIONS[8].title; the tasks under it are encoded one by one.',
  },
  '三(十).1': {
    zh: '第（十）部分的标题：本身不提出要求，作为 SECTIONS[9].title 收录；其下各项任务逐项编码。',
    en: 'The heading of section (十) of part 三: it asks nothing itself and is kept as SECTIONS[9].title; the tasks under it are encoded one by one.',
  },
  '三(十)34.2': {
    zh: '政治原则的表述（坚持和加强党的全面领导）：没有可据以检查的具体承诺、对象或期限。',
    en: "A statement of political principle (upholding the Party's overall leadership): no specific commitment, subject or date anyone could be checked against.",
  },
  '三(十)38.2': {
    zh: '面向全社会的倡导与动员口号：没有承担者，也没有可检查的行动。',
    en: 'An appeal to society as a whole ("breathe together, strive together"): no one bears it and there is no act to check.',
  },
  '三(十)38.6': {
    zh: '目的性表述（提升公民意识、推动形成绿色生活方式、共同改善空气质量）：没有承担者，也没有可检查的行动；面向公众的宣传教育见第37条的承诺。',
    en: "A statement of purpose (civic awareness, green lifestyles, better air together): no one bears it and there is no act to check; the public education that serves it is task 37's commitments.",
  },
} as const satisfies Readonly<Record<string, Bilingual>>;
