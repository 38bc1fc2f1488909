import { city, region, type CommitmentInput } from './shared.js';

/** The commitments of 三(六) 推动省会太原空气质量提升, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const TAIYUAN_COMMITMENTS = [
  // Task 24 --------------------------------------------------------------------------------------
  {
    id: 'taiyuan-basin-layout',
    task: 24,
    kind: 'priority',
    text: {
      zh: '以生态环境承载能力为基础,加强区域重大建设项目布局统筹,调整优化不符合生态环境功能定位的产业布局、规模和结构',
      en: "On the basis of the environment's carrying capacity, plan the siting of major projects in the basin as a whole and adjust industries whose location, size or structure does not fit the area's environmental function",
    },
    scope: /* @__PURE__ */ region('taiyuan-basin'),
    source: {
      clause: '三(六)24',
      quote: '以生态环境承载能力为基础,加强区域重大建设项目布局统筹,调整优化不符合生态环境功能定位的产业布局、规模和结构',
    },
  },
  {
    id: 'taiyuan-rail-road-logistics',
    task: 24,
    kind: 'priority',
    text: {
      zh: '加快提升货物清洁运输比例,太原市采取公铁联运等“外集内配”物流方式',
      en: 'Raise the clean share of freight faster; Taiyuan uses road–rail intermodal and other "collect outside, distribute inside" logistics',
    },
    scope: /* @__PURE__ */ city('taiyuan'),
    targets: ['clean-transport-share-2024', 'clean-transport-share-2025'],
    note: {
      zh: '“加快提升货物清洁运输比例”读作太原盆地（区域）的要求，其比例目标见第24条两项目标；“外集内配”为太原市的方式。',
      en: "Raising the clean share is read as the basin's (the region's) aim, whose figures are task 24's two targets; \"collect outside, distribute inside\" is Taiyuan city's means.",
    },
    source: { clause: '三(六)24', quote: '加快提升货物清洁运输比例,太原市采取公铁联运等“外集内配”物流方式' },
  },
  // Task 25 --------------------------------------------------------------------------------------
  {
    id: 'taiyuan-basin-policy-alignment',
    task: 25,
    kind: 'priority',
    text: {
      zh: '统一区域治污力度,强化区域环境政策协同',
      en: 'Apply one level of pollution control across the basin and align its environmental policies',
    },
    scope: /* @__PURE__ */ region('taiyuan-basin'),
    rules: ['taiyuan-basin-park-joint-treatment'],
    source: { clause: '三(六)25', quote: '统一区域治污力度,强化区域环境政策协同' },
  },
  {
    id: 'taiyuan-basin-joint-enforcement',
    task: 25,
    kind: 'recurring',
    frequency: 'continuous',
    text: {
      zh: '统一区域环境执法尺度,常态化开展区域交叉执法和部门联合执法',
      en: 'Enforce environmental law by one yardstick across the basin, with cross-jurisdiction and joint inter-department enforcement as a standing routine',
    },
    scope: /* @__PURE__ */ region('taiyuan-basin'),
    source: { clause: '三(六)25', quote: '统一区域环境执法尺度,常态化开展区域交叉执法和部门联合执法' },
  },
  {
    id: 'taiyuan-basin-emergency-standards',
    task: 25,
    kind: 'deliverable',
    text: {
      zh: '统一区域重污染天气预警和应急减排措施标准,建立高效快速的重污染天气应急响应指挥调度机制',
      en: 'Set one standard for heavy-pollution alerts and emergency reduction measures across the basin, and establish a fast, effective command and dispatch mechanism for the emergency response',
    },
    scope: /* @__PURE__ */ region('taiyuan-basin'),
    source: { clause: '三(六)25', quote: '统一区域重污染天气预警和应急减排措施标准,建立高效快速的重污染天气应急响应指挥调度机制' },
  },
] as const satisfies readonly CommitmentInput[];
