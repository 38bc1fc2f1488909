import type { RuleInput } from './shared.js';

/**
 * The obligation rules of 三(十) 压实各方治污责任 (Hold every party to its pollution-control responsibilities), keyed by id, in the order of its tasks. Assembled into
 * `RULES` by ./index.ts.
 * @internal
 */
export const RESPONSIBILITY_RULES = {
  // Task 34 --------------------------------------------------------------------------------------
  'local-implementation-plan': {
    id: 'local-implementation-plan',
    task: 34,
    title: { zh: '市、县人民政府制定本地实施方案', en: 'City and county governments draw up their own implementation plans' },
    obligation: 'required',
    appliesTo: ['area'],
    thresholds: [],
    complianceFacts: ['implementationPlanMade'],
    source: {
      clause: '三(十)34',
      quote: '市、县人民政府作为大气污染防治工作的责任主体,对行政区域内空气质量负总责,要结合实际制定本地实施方案',
    },
  },
  // Task 36 --------------------------------------------------------------------------------------
  'key-discharger-disclosure': {
    id: 'key-discharger-disclosure',
    task: 36,
    title: {
      zh: '重点排污单位及时公布自行监测、排放和治理等信息',
      en: 'Key dischargers publish their monitoring, emission, treatment and penalty information',
    },
    obligation: 'required',
    appliesTo: ['enterprise'],
    thresholds: [],
    complianceFacts: ['informationDisclosed'],
    source: { clause: '三(十)36', quote: '重点排污单位应及时公布自行监测和污染排放数据、污染治理措施、环保违法处罚及整改等信息' },
  },
  'vehicle-maker-disclosure': {
    id: 'vehicle-maker-disclosure',
    task: 36,
    title: {
      zh: '机动车和非道路移动机械生产、进口企业公开环保信息',
      en: 'Makers and importers of vehicles and non-road machinery disclose emission information',
    },
    obligation: 'required',
    appliesTo: ['enterprise'],
    thresholds: [],
    complianceFacts: ['informationDisclosed'],
    source: { clause: '三(十)36', quote: '机动车和非道路移动机械生产、进口企业依法公开排放检验、污染控制技术等环保信息' },
  },
  // Task 38 --------------------------------------------------------------------------------------
  'government-low-vocs-procurement': {
    id: 'government-low-vocs-procurement',
    task: 38,
    title: { zh: '政府绿色采购全面使用低（无）VOCs含量产品', en: 'Government purchases use low- or no-VOCs products throughout' },
    obligation: 'required',
    appliesTo: ['vocs-material'],
    thresholds: [],
    complianceFacts: ['lowVocsCompliant'],
    source: { clause: '三(十)38', quote: '政府带头开展绿色采购,全面使用低(无)VOCs含量产品' },
  },
} as const satisfies Record<string, RuleInput>;
