import type { RuleInput } from './shared.js';

/**
 * The obligation rules of 三(七) 完善大气环境管理体系 (Improve the air-environment management system), keyed by id, in the order of its tasks. Assembled into
 * `RULES` by ./index.ts.
 * @internal
 */
export const MANAGEMENT_SYSTEM_RULES = {
  // Task 26 --------------------------------------------------------------------------------------
  'attainment-plan': {
    id: 'attainment-plan',
    task: 26,
    title: {
      zh: '未达标设区城市编制实施限期达标规划并向社会公开',
      en: 'Cities that do not meet the air-quality standard draw up, carry out and publish a time-bound attainment plan',
    },
    obligation: 'required',
    appliesTo: ['area'],
    thresholds: [],
    complianceFacts: ['attainmentPlanPublished'],
    note: {
      zh: '适用于设区城市（不适用于县）；大同市另有“巩固改善”要求，不在此列。',
      en: 'Applies to prefecture-level cities (not counties); Datong is asked to consolidate instead and is outside this rule.',
    },
    source: {
      clause: '三(七)26',
      quote: '其他空气质量未达标的设区城市编制实施大气环境质量限期达标规划,明确达标路线图及重点任务,并向社会公开',
    },
  },
  // Task 27 --------------------------------------------------------------------------------------
  'major-project-eia-consultation': {
    id: 'major-project-eia-consultation',
    task: 27,
    title: {
      zh: '排放量大、影响突出的重大项目开展环评一致性会商',
      en: 'Major projects with large emissions affecting neighbours go through joint EIA consultation',
    },
    obligation: 'required',
    appliesTo: ['project'],
    thresholds: [],
    complianceFacts: ['eiaConsultationDone'],
    source: { clause: '三(七)27', quote: '对大气污染物排放量较大、对周边地区空气质量影响突出的重大项目,开展环评一致性会商' },
  },
  // Task 28 --------------------------------------------------------------------------------------
  'emergency-reduction-list': {
    id: 'emergency-reduction-list',
    task: 28,
    title: { zh: '应急减排清单覆盖所有涉气企业', en: 'Every air-emitting enterprise is on the heavy-pollution emergency reduction list' },
    obligation: 'required',
    appliesTo: ['enterprise'],
    thresholds: [],
    complianceFacts: ['onEmergencyList'],
    source: { clause: '三(七)28', quote: '确保应急减排清单覆盖所有涉气企业' },
  },
} as const satisfies Record<string, RuleInput>;
