import { PROVINCE, type CommitmentInput } from './shared.js';

/** The commitments of 二、工作目标, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const WORK_GOAL_COMMITMENTS = [
  // Work goals ------------------------------------------------------------------------------------
  {
    id: 'city-annual-targets',
    kind: 'deliverable',
    text: {
      zh: '各设区城市年度目标根据国家下达的任务另行分解',
      en: "Each city's annual targets are set separately, by dividing up the tasks the State assigns",
    },
    scope: PROVINCE,
    note: {
      zh: '二、工作目标无责任分工说明，方案未写由谁分解、何时分解：不列部门，不设期限。',
      en: '二、工作目标 has no responsibility note and the plan says neither who divides the targets up nor when: no body and no date are given.',
    },
    source: { clause: '二', quote: '各设区城市年度目标根据国家下达的任务另行分解' },
  },
] as const satisfies readonly CommitmentInput[];
