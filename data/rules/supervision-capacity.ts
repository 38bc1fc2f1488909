import type { RuleInput } from './shared.js';

/**
 * The obligation rules of 三(八) 加强环境监管能力建设 (Build up environmental supervision capacity), keyed by id, in the order of its tasks. Assembled into
 * `RULES` by ./index.ts.
 * @internal
 */
export const SUPERVISION_CAPACITY_RULES = {
  // Task 29 --------------------------------------------------------------------------------------
  'park-monitoring-station': {
    id: 'park-monitoring-station',
    task: 29,
    title: { zh: '加快推进工业园区空气质量监测站点建设', en: 'Industrial parks get air-quality monitoring stations' },
    obligation: 'required',
    appliesTo: ['industrial-park'],
    thresholds: [],
    complianceFacts: ['monitoringStationBuilt'],
    source: { clause: '三(八)29', quote: '加快推进乡镇、工业园区等空气质量监测站点建设' },
  },
  'fenhe-valley-park-monitoring': {
    id: 'fenhe-valley-park-monitoring',
    task: 29,
    title: {
      zh: '2025年底前汾河谷地工业园区空气质量监测站点全覆盖',
      en: 'By the end of 2025, every industrial park in the Fen River valley has a monitoring station',
    },
    obligation: 'required',
    appliesTo: ['industrial-park'],
    thresholds: [],
    complianceFacts: ['monitoringStationBuilt'],
    deadline: '2025-12-31',
    note: {
      zh: '方案未列明汾河谷地范围，只依 location.inFenheValley 判断；在谷地内时取代无期限的 park-monitoring-station。',
      en: 'The plan does not list the Fen River valley; only location.inFenheValley decides it. Inside the valley this replaces the undated park-monitoring-station.',
    },
    source: { clause: '三(八)29', quote: '加快推进乡镇、工业园区等空气质量监测站点建设,2025年底前,汾河谷地实现全覆盖' },
  },
  'enterprise-monitoring-installation': {
    id: 'enterprise-monitoring-installation',
    task: 29,
    title: {
      zh: '企业安装工况监控、用电（用能）监控、视频监控',
      en: 'Enterprises install process-condition, power (energy) and video monitoring',
    },
    obligation: 'required',
    appliesTo: ['enterprise'],
    thresholds: [],
    complianceFacts: ['conditionMonitoringInstalled', 'powerMonitoringInstalled', 'videoInstalled'],
    source: { clause: '三(八)29', quote: '加快推进企业安装工况监控、用电(用能)监控、视频监控等' },
  },
  // Task 30 --------------------------------------------------------------------------------------
  'environmental-offences-prohibited': {
    id: 'environmental-offences-prohibited',
    task: 30,
    title: {
      zh: '排污单位不得偷排偷放、超标排放、自行监测数据弄虚作假、不正常运行治理设施',
      en: 'Dischargers do not discharge in secret, emit over the limits, falsify self-monitoring data or leave treatment facilities not running properly',
    },
    obligation: 'prohibited',
    appliesTo: ['enterprise'],
    thresholds: [],
    complianceFacts: ['environmentalOffence'],
    note: {
      zh: '方案的动词“严厉打击”针对执法部门（见承诺 violations-crackdown）；被打击的行为是环境违法行为，对排污单位即为禁止。“等”字之后的其他违法行为未列出。',
      en: "The plan's verb, 严厉打击 (crack down on), addresses the enforcement bodies (commitment violations-crackdown); the acts cracked down on are environmental offences, so for the discharger they are prohibited. Offences behind the 等 (etc.) are not listed.",
    },
    source: {
      clause: '三(八)30',
      quote: '严厉打击偷排偷放、超标排放、自行监测数据弄虚作假、不正常运行治理设施等环境违法行为',
    },
  },
  'falsification-liability': {
    id: 'falsification-liability',
    task: 30,
    title: {
      zh: '参与弄虚作假的排污单位和第三方机构、人员依法追究责任，涉嫌犯罪的移送司法机关',
      en: 'Dischargers, third-party bodies and persons taking part in falsification are held liable by law; suspected crimes go to the judicial authorities',
    },
    obligation: 'prohibited',
    appliesTo: ['enterprise', 'third-party-body'],
    thresholds: [],
    complianceFacts: ['falsification'],
    note: {
      zh: '读作：排污单位和第三方机构不得参与弄虚作假，参与者依法追究责任。第36条另将排污单位和第三方治理、运维、检测机构的弄虚作假行为纳入信用记录（承诺 fraud-credit-records）。',
      en: 'Read as: dischargers and third-party bodies must not take part in falsification; those who do are held liable by law. Task 36 also enters the falsification of dischargers and third-party treatment, operation and testing bodies in their credit records (commitment fraud-credit-records).',
    },
    source: {
      clause: '三(八)30',
      quote: '对参与弄虚作假的排污单位和第三方机构、人员依法追究责任,涉嫌犯罪的依法移送司法机关',
    },
  },
} as const satisfies Record<string, RuleInput>;
