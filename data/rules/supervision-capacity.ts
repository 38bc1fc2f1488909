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
    deadline: '2025-12-31',
    note: {
      zh: '方案未列明汾河谷地范围,只依 location.inFenheValley 判断;在谷地内时取代无期限的 park-monitoring-station。',
      en: 'The plan does not list the Fen River valley; only location.inFenheValley decides it. Inside the valley this replaces the undated park-monitoring-station.',
    },
    source: { clause: '三(八)29', quote: '加快推进乡镇、工业园区等空气质量监测站点建设,2025年底前,汾河谷地实现全覆盖' },
  },
  'enterprise-monitoring-installation': {
    id: 'enterprise-monitoring-installation',
    task: 29,
    title: {
      zh: '企业安装工况监控、用电(用能)监控、视频监控',
      en: 'Enterprises install process-condition, power (energy) and video monitoring',
    },
    obligation: 'required',
    appliesTo: ['enterprise'],
    thresholds: [],
    source: { clause: '三(八)29', quote: '加快推进企业安装工况监控、用电(用能)监控、视频监控等' },
  },
} as const satisfies Record<string, RuleInput>;
