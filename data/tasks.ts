import { deepFreeze } from '../src/freeze.js';
import type { DeepReadonly } from '../src/model/readonly.js';
import type { Task } from '../src/model/task.js';
import type { DepartmentId } from './departments.js';

type TaskInput = DeepReadonly<Task> & {
  readonly duties: readonly (DeepReadonly<Task['duties'][number]> & {
    readonly departments: readonly DepartmentId[];
    readonly lead?: DepartmentId;
  })[];
};

/**
 * The plan's 38 key tasks (三、重点任务), in order. `title.zh` is the plan's own heading; `duties` holds
 * one entry per responsibility note (the parenthesis after the task's text: tasks 12, 13, 21 and 29 have
 * two, 42 in all), each with the bodies it names, its lead (only where the note says 牵头) and its
 * verbatim text. Every task is also the city governments' to carry out: see `PLAN.implementation`.
 *
 * @example
 * ```ts
 * TASKS[25].title.zh; //=> '实施城市空气质量达标管理'
 * TASKS[20].duties[1].lead; //=> 'ecology-environment'
 * ```
 * @see 三、重点任务
 * @category Plan
 */
export const TASKS = /* @__PURE__ */ deepFreeze([
  {
    number: 1,
    section: 1,
    title: { zh: '严格高耗能、高排放项目准入', en: 'Strictly control the entry of energy-intensive, high-emission projects' },
    duties: [
      {
        departments: ['development-reform', 'industry-it', 'ecology-environment', 'energy', 'approval-services'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)1', quote: '省发展改革委、省工信厅、省生态环境厅、省能源局、省审批服务管理局等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)1', quote: '1.严格高耗能、高排放项目准入。' },
  },
  {
    number: 2,
    section: 1,
    title: { zh: '持续推进重点行业优化升级', en: 'Keep optimising and upgrading key industries' },
    duties: [
      {
        departments: ['industry-it', 'energy', 'development-reform', 'ecology-environment'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)2', quote: '省工信厅、省能源局、省发展改革委、省生态环境厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)2', quote: '2.持续推进重点行业优化升级。' },
  },
  {
    number: 3,
    section: 1,
    title: { zh: '加快重点行业落后产能淘汰', en: 'Speed up the phase-out of backward capacity in key industries' },
    duties: [
      {
        departments: ['industry-it', 'energy', 'development-reform', 'ecology-environment', 'emergency-management', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)3', quote: '省工信厅、省能源局、省发展改革委、省生态环境厅、省应急厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)3', quote: '3.加快重点行业落后产能淘汰。' },
  },
  {
    number: 4,
    section: 1,
    title: { zh: '推进传统产业集群绿色发展', en: 'Promote the green development of traditional industrial clusters' },
    duties: [
      {
        departments: ['ecology-environment', 'industry-it'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)4', quote: '省生态环境厅、省工信厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)4', quote: '4.推进传统产业集群绿色发展。' },
  },
  {
    number: 5,
    section: 1,
    title: { zh: '实施含VOCs原辅材料源头替代', en: 'Replace VOCs-containing raw and auxiliary materials at source' },
    duties: [
      {
        departments: ['ecology-environment', 'industry-it', 'taiyuan-customs', 'market-regulation', 'housing-urban-rural'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)5', quote: '省生态环境厅、省工信厅、太原海关、省市场监管局、省住建厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)5', quote: '5.实施含VOCs原辅材料源头替代。' },
  },
  {
    number: 6,
    section: 1,
    title: { zh: '大力培育绿色环保产业', en: 'Vigorously foster the green environmental-protection industry' },
    duties: [
      {
        departments: ['ecology-environment', 'development-reform', 'science-technology', 'industry-it', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(一)6', quote: '省生态环境厅、省发展改革委、省科技厅、省工信厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(一)6', quote: '6.大力培育绿色环保产业。' },
  },
  {
    number: 7,
    section: 2,
    title: { zh: '提高新能源和清洁能源消费比重', en: 'Raise the share of new and clean energy in energy consumption' },
    duties: [
      {
        departments: ['development-reform', 'energy', 'industry-it', 'ecology-environment', 'housing-urban-rural', 'agriculture-rural'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(二)7', quote: '省发展改革委、省能源局、省工信厅、省生态环境厅、省住建厅、省农业农村厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(二)7', quote: '7.提高新能源和清洁能源消费比重。' },
  },
  {
    number: 8,
    section: 2,
    title: { zh: '严格控制煤炭消费总量', en: 'Strictly control total coal consumption' },
    duties: [
      {
        departments: ['energy', 'ecology-environment'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(二)8', quote: '省能源局、省生态环境厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(二)8', quote: '8.严格控制煤炭消费总量。' },
  },
  {
    number: 9,
    section: 2,
    title: { zh: '积极推进燃煤锅炉关停整合', en: 'Actively close and consolidate coal-fired boilers' },
    duties: [
      {
        departments: ['energy', 'ecology-environment', 'housing-urban-rural', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(二)9', quote: '省能源局、省生态环境厅、省住建厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(二)9', quote: '9.积极推进燃煤锅炉关停整合。' },
  },
  {
    number: 10,
    section: 2,
    title: { zh: '实施工业炉窑清洁能源替代', en: 'Replace the fuels of industrial furnaces and kilns with clean energy' },
    duties: [
      {
        departments: ['ecology-environment', 'industry-it', 'energy'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(二)10', quote: '省生态环境厅、省工信厅、省能源局等按职责分工负责' },
      },
    ],
    source: { clause: '三(二)10', quote: '10.实施工业炉窑清洁能源替代。' },
  },
  {
    number: 11,
    section: 2,
    title: { zh: '持续推进清洁取暖改造', en: 'Keep converting heating to clean heating' },
    duties: [
      {
        departments: [
          'energy',
          'ecology-environment',
          'development-reform',
          'finance',
          'housing-urban-rural',
          'agriculture-rural',
          'market-regulation',
        ],
        allRelevant: false,
        mode: 'shared',
        source: {
          clause: '三(二)11',
          quote: '省能源局、省生态环境厅、省发展改革委、省财政厅、省住建厅、省农业农村厅、省市场监管局等按职责分工负责',
        },
      },
    ],
    source: { clause: '三(二)11', quote: '11.持续推进清洁取暖改造。' },
  },
  {
    number: 12,
    section: 3,
    title: { zh: '提高货物铁路运输比例', en: 'Raise the share of freight carried by rail' },
    duties: [
      {
        departments: ['transport', 'development-reform', 'ecology-environment', 'china-railway-taiyuan'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(三)12', quote: '省交通厅、省发展改革委、省生态环境厅、中国铁路太原局集团有限公司等按职责分工负责' },
      },
      {
        departments: [
          'transport',
          'development-reform',
          'china-railway-taiyuan',
          'industry-it',
          'natural-resources',
          'ecology-environment',
        ],
        allRelevant: false,
        mode: 'shared',
        source: {
          clause: '三(三)12',
          quote: '省交通厅、省发展改革委、中国铁路太原局集团有限公司、省工信厅、省自然资源厅、省生态环境厅等按职责分工负责',
        },
      },
    ],
    source: { clause: '三(三)12', quote: '12.提高货物铁路运输比例。' },
  },
  {
    number: 13,
    section: 3,
    title: { zh: '加快机动车结构升级', en: 'Speed up the upgrading of the motor-vehicle fleet' },
    duties: [
      {
        departments: ['industry-it', 'public-security', 'ecology-environment', 'transport', 'energy', 'postal'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(三)13', quote: '省工信厅、省公安厅、省生态环境厅、省交通厅、省能源局、省邮政管理局等按职责分工负责' },
      },
      {
        departments: ['ecology-environment', 'transport', 'public-security', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(三)13', quote: '省生态环境厅、省交通厅、省公安厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(三)13', quote: '13.加快机动车结构升级。' },
  },
  {
    number: 14,
    section: 3,
    title: { zh: '强化非道路移动源综合治理', en: 'Strengthen the comprehensive control of non-road mobile sources' },
    duties: [
      {
        departments: ['ecology-environment', 'transport', 'china-railway-taiyuan'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(三)14', quote: '省生态环境厅、省交通厅、中国铁路太原局集团有限公司等按职责分工负责' },
      },
    ],
    source: { clause: '三(三)14', quote: '14.强化非道路移动源综合治理。' },
  },
  {
    number: 15,
    section: 3,
    title: { zh: '全面加强油品质量监管', en: 'Strengthen the supervision of fuel quality across the board' },
    duties: [
      {
        departments: [
          'development-reform',
          'public-security',
          'ecology-environment',
          'transport',
          'commerce',
          'taiyuan-customs',
          'market-regulation',
        ],
        allRelevant: false,
        mode: 'shared',
        source: {
          clause: '三(三)15',
          quote: '省发展改革委、省公安厅、省生态环境厅、省交通厅、省商务厅、太原海关、省市场监管局等按职责分工负责',
        },
      },
    ],
    source: { clause: '三(三)15', quote: '15.全面加强油品质量监管。' },
  },
  {
    number: 16,
    section: 4,
    title: { zh: '深化扬尘污染综合治理', en: 'Deepen the comprehensive control of dust pollution' },
    duties: [
      {
        departments: ['housing-urban-rural', 'ecology-environment', 'transport', 'water-resources'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(四)16', quote: '省住建厅、省生态环境厅、省交通厅、省水利厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(四)16', quote: '16.深化扬尘污染综合治理。' },
  },
  {
    number: 17,
    section: 4,
    title: { zh: '推进矿山生态环境综合整治', en: 'Advance the comprehensive ecological and environmental remediation of mines' },
    duties: [
      {
        departments: ['natural-resources', 'ecology-environment', 'water-resources', 'forestry-grassland', 'mine-safety'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(四)17', quote: '省自然资源厅、省生态环境厅、省水利厅、省林草局、国家矿山安监局山西局等按职责分工负责' },
      },
    ],
    source: { clause: '三(四)17', quote: '17.推进矿山生态环境综合整治。' },
  },
  {
    number: 18,
    section: 4,
    title: { zh: '加强秸秆综合利用和禁烧', en: 'Strengthen the comprehensive use of straw and the ban on burning it' },
    duties: [
      {
        departments: ['ecology-environment', 'agriculture-rural', 'development-reform', 'meteorology'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(四)18', quote: '省生态环境厅、省农业农村厅、省发展改革委、省气象局等按职责分工负责' },
      },
    ],
    source: { clause: '三(四)18', quote: '18.加强秸秆综合利用和禁烧。' },
  },
  {
    number: 19,
    section: 5,
    title: { zh: '强化工业园区环境污染综合治理', en: 'Strengthen the comprehensive control of pollution in industrial parks' },
    duties: [
      {
        departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'commerce'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(五)19', quote: '省生态环境厅、省发展改革委、省工信厅、省交通厅、省商务厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(五)19', quote: '19.强化工业园区环境污染综合治理。' },
  },
  {
    number: 20,
    section: 5,
    title: { zh: '强化VOCs全流程、全环节综合治理', en: 'Strengthen VOCs control over the whole process and every link' },
    duties: [
      {
        departments: ['ecology-environment'],
        allRelevant: false,
        mode: 'sole',
        source: { clause: '三(五)20', quote: '省生态环境厅负责' },
      },
    ],
    source: { clause: '三(五)20', quote: '20.强化VOCs全流程、全环节综合治理。' },
  },
  {
    number: 21,
    section: 5,
    title: { zh: '加快重点行业污染深度治理', en: 'Speed up deep pollution control in key industries' },
    duties: [
      {
        departments: ['ecology-environment'],
        allRelevant: false,
        mode: 'sole',
        source: { clause: '三(五)21', quote: '省生态环境厅负责' },
      },
      {
        departments: ['ecology-environment', 'industry-it', 'market-regulation'],
        lead: 'ecology-environment',
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(五)21', quote: '省生态环境厅牵头,省工信厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(五)21', quote: '21.加快重点行业污染深度治理。' },
  },
  {
    number: 22,
    section: 5,
    title: { zh: '加强餐饮油烟、恶臭异味污染治理', en: 'Strengthen the control of cooking fumes and odours' },
    duties: [
      {
        departments: ['ecology-environment', 'housing-urban-rural'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(五)22', quote: '省生态环境厅、省住建厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(五)22', quote: '22.加强餐饮油烟、恶臭异味污染治理。' },
  },
  {
    number: 23,
    section: 5,
    title: { zh: '稳步推进大气氨排放控制', en: 'Steadily advance the control of atmospheric ammonia emissions' },
    duties: [
      {
        departments: ['ecology-environment', 'agriculture-rural'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(五)23', quote: '省生态环境厅、省农业农村厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(五)23', quote: '23.稳步推进大气氨排放控制。' },
  },
  {
    number: 24,
    section: 6,
    title: { zh: '加快太原盆地结构优化调整', en: 'Speed up structural optimisation in the Taiyuan basin' },
    duties: [
      {
        departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'china-railway-taiyuan'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(六)24', quote: '省生态环境厅、省发展改革委、省工信厅、省交通厅、中国铁路太原局集团有限公司等按职责分工负责' },
      },
    ],
    source: { clause: '三(六)24', quote: '24.加快太原盆地结构优化调整。' },
  },
  {
    number: 25,
    section: 6,
    title: { zh: '加强太原盆地大气污染联防联控', en: 'Strengthen joint air-pollution prevention and control in the Taiyuan basin' },
    duties: [
      {
        departments: ['ecology-environment', 'development-reform', 'industry-it', 'transport', 'commerce'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(六)25', quote: '省生态环境厅、省发展改革委、省工信厅、省交通厅、省商务厅等按职责分工负责' },
      },
    ],
    source: { clause: '三(六)25', quote: '25.加强太原盆地大气污染联防联控。' },
  },
  {
    number: 26,
    section: 7,
    title: { zh: '实施城市空气质量达标管理', en: 'Manage cities towards air-quality attainment' },
    duties: [
      {
        departments: ['ecology-environment'],
        allRelevant: false,
        mode: 'sole',
        source: { clause: '三(七)26', quote: '省生态环境厅负责' },
      },
    ],
    source: { clause: '三(七)26', quote: '26.实施城市空气质量达标管理。' },
  },
  {
    number: 27,
    section: 7,
    title: { zh: '完善区域大气污染联防联控机制', en: 'Improve the mechanism of regional joint air-pollution prevention and control' },
    duties: [
      {
        departments: ['ecology-environment'],
        allRelevant: false,
        mode: 'sole',
        source: { clause: '三(七)27', quote: '省生态环境厅负责' },
      },
    ],
    source: { clause: '三(七)27', quote: '27.完善区域大气污染联防联控机制。' },
  },
  {
    number: 28,
    section: 7,
    title: { zh: '完善重污染天气应对机制', en: 'Improve the mechanism for responding to heavy-pollution weather' },
    duties: [
      {
        departments: ['ecology-environment', 'meteorology'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(七)28', quote: '省生态环境厅、省气象局等部门按职责分工负责' },
      },
    ],
    source: { clause: '三(七)28', quote: '28.完善重污染天气应对机制。' },
  },
  {
    number: 29,
    section: 8,
    title: { zh: '完善大气环境监测监控体系', en: 'Improve the air-environment monitoring system' },
    duties: [
      {
        departments: ['ecology-environment'],
        allRelevant: false,
        mode: 'sole',
        source: { clause: '三(八)29', quote: '省生态环境厅负责' },
      },
      {
        departments: ['ecology-environment', 'transport'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(八)29', quote: '省生态环境厅、省交通厅等部门按职责分工负责' },
      },
    ],
    source: { clause: '三(八)29', quote: '29.完善大气环境监测监控体系。' },
  },
  {
    number: 30,
    section: 8,
    title: { zh: '强化大气环境监管执法', en: 'Strengthen air-environment supervision and law enforcement' },
    duties: [
      {
        departments: ['ecology-environment', 'public-security', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(八)30', quote: '省生态环境厅、省公安厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(八)30', quote: '30.强化大气环境监管执法。' },
  },
  {
    number: 31,
    section: 8,
    title: { zh: '加强决策科技支撑', en: 'Strengthen scientific support for decision-making' },
    duties: [
      {
        departments: ['ecology-environment', 'science-technology', 'meteorology'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(八)31', quote: '省生态环境厅、省科技厅、省气象局等按职责分工负责' },
      },
    ],
    source: { clause: '三(八)31', quote: '31.加强决策科技支撑。' },
  },
  {
    number: 32,
    section: 9,
    title: { zh: '完善地方性法规标准体系', en: 'Improve the system of local regulations and standards' },
    duties: [
      {
        departments: ['ecology-environment', 'justice', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(九)32', quote: '省生态环境厅、省司法厅、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(九)32', quote: '32.完善地方性法规标准体系。' },
  },
  {
    number: 33,
    section: 9,
    title: { zh: '完善环境经济政策', en: 'Improve environmental-economic policies' },
    duties: [
      {
        departments: ['development-reform', 'finance', 'ecology-environment', 'energy', 'taxation', 'pboc-shanxi'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(九)33', quote: '省发展改革委、省财政厅、省生态环境厅、省能源局、省税务局、人行山西省分行等按职责分工负责' },
      },
    ],
    source: { clause: '三(九)33', quote: '33.完善环境经济政策。' },
  },
  {
    number: 34,
    section: 10,
    title: { zh: '加强组织领导', en: 'Strengthen organisation and leadership' },
    duties: [
      {
        departments: ['ecology-environment'],
        lead: 'ecology-environment',
        allRelevant: true,
        mode: 'shared',
        source: { clause: '三(十)34', quote: '省生态环境厅牵头,各有关部门按职责分工负责' },
      },
    ],
    source: { clause: '三(十)34', quote: '34.加强组织领导。' },
  },
  {
    number: 35,
    section: 10,
    title: { zh: '加强考核督察', en: 'Strengthen assessment and inspection' },
    duties: [
      {
        departments: ['ecology-environment'],
        lead: 'ecology-environment',
        allRelevant: true,
        mode: 'shared',
        source: { clause: '三(十)35', quote: '省生态环境厅牵头,各有关部门按职责分工负责' },
      },
    ],
    source: { clause: '三(十)35', quote: '35.加强考核督察。' },
  },
  {
    number: 36,
    section: 10,
    title: { zh: '加大信息公开', en: 'Increase information disclosure' },
    duties: [
      {
        departments: ['ecology-environment', 'development-reform', 'market-regulation'],
        allRelevant: false,
        mode: 'shared',
        source: { clause: '三(十)36', quote: '省生态环境厅、省发展改革委、省市场监管局等按职责分工负责' },
      },
    ],
    source: { clause: '三(十)36', quote: '36.加大信息公开。' },
  },
  {
    number: 37,
    section: 10,
    title: { zh: '加强宣传引导', en: 'Strengthen publicity and guidance' },
    duties: [
      {
        departments: ['ecology-environment'],
        lead: 'ecology-environment',
        allRelevant: true,
        mode: 'shared',
        source: { clause: '三(十)37', quote: '省生态环境厅牵头,各有关部门按职责分工负责' },
      },
    ],
    source: { clause: '三(十)37', quote: '37.加强宣传引导。' },
  },
  {
    number: 38,
    section: 10,
    title: { zh: '开展全民行动', en: 'Launch action by the whole of society' },
    duties: [
      {
        departments: ['ecology-environment'],
        lead: 'ecology-environment',
        allRelevant: true,
        mode: 'shared',
        source: { clause: '三(十)38', quote: '省生态环境厅牵头,各有关部门按职责分工负责' },
      },
    ],
    source: { clause: '三(十)38', quote: '38.开展全民行动。' },
  },
] as const satisfies readonly TaskInput[]);

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * The number of one of the plan's 38 tasks (1–38).
 * @category Plan
 */
export type TaskNumber = (typeof TASKS)[number]['number'] | never;
