import { deepFreeze } from '../src/freeze.js';
import type { Plan } from '../src/model/plan.js';
import type { DeepReadonly } from '../src/model/readonly.js';

/**
 * The plan as a document: 山西省落实《空气质量持续改善行动计划》实施方案, issued by the Shanxi
 * Provincial People's Government as 晋政发〔2024〕7号 (signed 2024-03-08, printed 2024-03-13), carrying
 * out the State Council's 国发〔2023〕24号.
 *
 * The binding indicators' values (二(一)) are set by the State and not stated in the plan. `generalRequirements`
 * quotes the core of 一、总体要求; its full text is `textOf('一')` in `shanxi-air-plan/source`.
 * `implements.issuedOn` (2023-11-30) is not in the plan: it is the State Council plan's date as published
 * on its official page.
 *
 * `implementation` models, once, the note after task 1: every task is also for the city governments
 * (各市人民政府) to carry out, though the notes no longer list them.
 *
 * @example
 * ```ts
 * PLAN.docNumber; //=> '晋政发〔2024〕7号'
 * PLAN.implements.docNumber; //=> '国发〔2023〕24号'
 * PLAN.implementation.by.zh; //=> '各市人民政府'
 * ```
 * @see header, notice, 一, 二
 * @category Plan
 */
export const PLAN = /* @__PURE__ */ deepFreeze({
  docNumber: '晋政发〔2024〕7号',
  title: {
    zh: '山西省落实《空气质量持续改善行动计划》实施方案',
    en: "Shanxi Province's Implementation Plan for the Action Plan for Continuous Improvement of Air Quality",
  },
  notice: {
    text: {
      zh: '山西省人民政府关于印发山西省落实《空气质量持续改善行动计划》实施方案的通知',
      en: "Notice of the Shanxi Provincial People's Government on Issuing Shanxi Province's Implementation Plan for the Action Plan for Continuous Improvement of Air Quality",
    },
    source: { clause: 'notice', quote: '山西省人民政府关于印发山西省落实《空气质量持续改善行动计划》实施方案的通知' },
  },
  issuer: { zh: '山西省人民政府', en: "Shanxi Provincial People's Government" },
  signedOn: '2024-03-08',
  printedOn: '2024-03-13',
  printedBy: { zh: '山西省人民政府办公厅', en: "General Office of the Shanxi Provincial People's Government" },
  publicRelease: { public: true, source: { clause: 'notice', quote: '(此件公开发布)' } },
  addressees: {
    recipients: [
      { zh: '各市、县人民政府', en: "the people's governments of every city and county" },
      { zh: '省人民政府各委、办、厅、局', en: "every commission, office, department and bureau of the provincial people's government" },
    ],
    source: { clause: 'notice', quote: '各市、县人民政府,省人民政府各委、办、厅、局:' },
  },
  copyTo: {
    recipients: [
      { zh: '省委各部门', en: 'the departments of the provincial Party committee' },
      { zh: '省人大常委会办公厅', en: "the General Office of the Standing Committee of the Provincial People's Congress" },
      { zh: '省政协办公厅', en: 'the General Office of the Provincial CPPCC Committee' },
      { zh: '省监委', en: 'the Provincial Supervisory Commission' },
      { zh: '省法院', en: "the Provincial High People's Court" },
      { zh: '省检察院', en: "the Provincial People's Procuratorate" },
      { zh: '各人民团体', en: "every people's organisation" },
      { zh: '各新闻单位', en: 'every news organisation' },
      { zh: '各民主党派山西省委', en: 'the Shanxi committees of the democratic parties' },
    ],
    source: {
      clause: 'copy-to',
      quote: '抄送:省委各部门,省人大常委会办公厅,省政协办公厅,省监委,省法院,省检察院,各人民团体,各新闻单位。各民主党派山西省委。',
    },
  },
  implements: {
    docNumber: '国发〔2023〕24号',
    title: { zh: '空气质量持续改善行动计划', en: 'Action Plan for Continuous Improvement of Air Quality' },
    issuer: { zh: '国务院', en: 'State Council' },
    issuedOn: '2023-11-30',
    source: { clause: 'preface', quote: '为贯彻落实国务院《空气质量持续改善行动计划》(国发〔2023〕24号)' },
  },
  preface: {
    text: {
      zh: '为贯彻落实国务院《空气质量持续改善行动计划》(国发〔2023〕24号),深入打好蓝天保卫战,推动空气质量持续改善,切实保障人民群众身体健康,以生态环境高水平保护推动经济高质量发展,制定本方案。',
      en: "This plan is made to carry out the State Council's Action Plan for Continuous Improvement of Air Quality (国发〔2023〕24号), to fight the battle for blue skies in depth, to keep improving air quality, to protect people's health, and to drive high-quality economic development through a high level of environmental protection.",
    },
    source: {
      clause: 'preface',
      quote:
        '为贯彻落实国务院《空气质量持续改善行动计划》(国发〔2023〕24号),深入打好蓝天保卫战,推动空气质量持续改善,切实保障人民群众身体健康,以生态环境高水平保护推动经济高质量发展,制定本方案。',
    },
  },
  generalRequirements: {
    text: {
      zh: '以改善空气质量为核心,以减少重污染天气和解决人民群众身边的突出大气环境问题为重点,以降低细颗粒物(PM2.5)浓度为主线,大力推动氮氧化物和挥发性有机物(VOCs)减排',
      en: 'Improving air quality is the core; reducing heavy-pollution weather and solving the prominent air problems around people is the focus; lowering fine-particle (PM2.5) concentrations is the main line; and emissions of nitrogen oxides and volatile organic compounds (VOCs) are to be cut vigorously.',
    },
    source: {
      clause: '一',
      quote:
        '以改善空气质量为核心,以减少重污染天气和解决人民群众身边的突出大气环境问题为重点,以降低细颗粒物(PM2.5)浓度为主线,大力推动氮氧化物和挥发性有机物(VOCs)减排',
    },
  },
  workGoals: [
    {
      id: 'binding',
      title: { zh: '约束性指标', en: 'Binding indicators' },
      text: {
        zh: '坚决完成国家下达我省的环境空气质量和大气污染物总量2024年、2025年约束性指标。',
        en: 'Fully meet the binding 2024 and 2025 indicators for ambient air quality and total air-pollutant emissions that the State hands down to the province.',
      },
      source: { clause: '二(一)', quote: '坚决完成国家下达我省的环境空气质量和大气污染物总量2024年、2025年约束性指标。' },
    },
    {
      id: 'striving',
      title: { zh: '力争性指标', en: 'Striving indicators' },
      text: {
        zh: '太原市、运城市2024年环境空气质量综合指数退出全国168个重点城市后10位;临汾市2025年环境空气质量综合指数退出全国168个重点城市后10位;其他设区城市排名稳定前移。',
        en: "Taiyuan and Yuncheng leave the bottom 10 of the national 168 key cities' ranking by composite air-quality index in 2024, Linfen in 2025; the other cities move steadily up the ranking.",
      },
      source: {
        clause: '二(二)',
        quote:
          '太原市、运城市2024年环境空气质量综合指数退出全国168个重点城市后10位;临汾市2025年环境空气质量综合指数退出全国168个重点城市后10位;其他设区城市排名稳定前移。',
      },
    },
    {
      id: 'annual-breakdown',
      title: { zh: '年度目标', en: 'Annual targets' },
      text: {
        zh: '各设区城市年度目标根据国家下达的任务另行分解。',
        en: "Each city's annual targets are set separately, by breaking down the tasks the State hands down.",
      },
      source: { clause: '二', quote: '各设区城市年度目标根据国家下达的任务另行分解。' },
    },
  ],
  implementation: {
    by: { zh: '各市人民政府', en: "the city people's governments" },
    appliesTo: 'every-task',
    source: { clause: '三(一)1', quote: '以下均需各市人民政府负责落实,不再列出' },
  },
} as const satisfies DeepReadonly<Plan>);
