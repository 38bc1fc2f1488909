import { deepFreeze } from '../src/freeze.js';
import type { DeepReadonly } from '../src/model/readonly.js';
import type { Section } from '../src/model/task.js';

/**
 * The 10 sections (一)…(十) of 三、重点任务, each with the numbers of its tasks.
 *
 * @example
 * ```ts
 * SECTIONS[5].title.zh; //=> '推动省会太原空气质量提升'
 * SECTIONS[5].tasks; //=> [24, 25]
 * ```
 * @see 三、重点任务
 * @category Plan
 */
export const SECTIONS = /* @__PURE__ */ deepFreeze([
  {
    number: 1,
    title: { zh: '深入推进产业结构优化调整', en: 'Further optimise and adjust the industrial structure' },
    tasks: [1, 2, 3, 4, 5, 6],
    source: { clause: '三(一)', quote: '(一)深入推进产业结构优化调整' },
  },
  {
    number: 2,
    title: { zh: '深入推进能源结构优化调整', en: 'Further optimise and adjust the energy structure' },
    tasks: [7, 8, 9, 10, 11],
    source: { clause: '三(二)', quote: '(二)深入推进能源结构优化调整' },
  },
  {
    number: 3,
    title: { zh: '深入推进交通结构优化调整', en: 'Further optimise and adjust the transport structure' },
    tasks: [12, 13, 14, 15],
    source: { clause: '三(三)', quote: '(三)深入推进交通结构优化调整' },
  },
  {
    number: 4,
    title: { zh: '全面加强面源污染治理', en: 'Strengthen the control of area-source pollution across the board' },
    tasks: [16, 17, 18],
    source: { clause: '三(四)', quote: '(四)全面加强面源污染治理' },
  },
  {
    number: 5,
    title: { zh: '强化多污染物协同减排', en: 'Strengthen the coordinated reduction of multiple pollutants' },
    tasks: [19, 20, 21, 22, 23],
    source: { clause: '三(五)', quote: '(五)强化多污染物协同减排' },
  },
  {
    number: 6,
    title: { zh: '推动省会太原空气质量提升', en: 'Improve the air quality of Taiyuan, the provincial capital' },
    tasks: [24, 25],
    source: { clause: '三(六)', quote: '(六)推动省会太原空气质量提升' },
  },
  {
    number: 7,
    title: { zh: '完善大气环境管理体系', en: 'Improve the air-environment management system' },
    tasks: [26, 27, 28],
    source: { clause: '三(七)', quote: '(七)完善大气环境管理体系' },
  },
  {
    number: 8,
    title: { zh: '加强环境监管能力建设', en: 'Build up environmental supervision capacity' },
    tasks: [29, 30, 31],
    source: { clause: '三(八)', quote: '(八)加强环境监管能力建设' },
  },
  {
    number: 9,
    title: { zh: '完善配套支持政策', en: 'Improve supporting policies' },
    tasks: [32, 33],
    source: { clause: '三(九)', quote: '(九)完善配套支持政策' },
  },
  {
    number: 10,
    title: { zh: '压实各方治污责任', en: 'Hold every party to its pollution-control responsibilities' },
    tasks: [34, 35, 36, 37, 38],
    source: { clause: '三(十)', quote: '(十)压实各方治污责任' },
  },
] as const satisfies readonly DeepReadonly<Section>[]);

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * The number (1–10) of a section of 三、重点任务.
 * @category Plan
 */
export type SectionNumber = (typeof SECTIONS)[number]['number'] | never;
