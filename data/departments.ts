import { deepFreeze } from '../src/freeze.js';
import type { Department } from '../src/model/department.js';
import type { DeepReadonly } from '../src/model/readonly.js';

/**
 * The 25 bodies the plan names in its responsibility notes, in the order they first appear.
 * `name.zh` is exactly as the plan writes it.
 *
 * English names: the bodies' customary English names as far as this library knows them; none
 * could be checked against the bodies' own sites when the data was written, so `enOfficial` is
 * `false` throughout (a correction is a patch release).
 *
 * @example
 * ```ts
 * DEPARTMENTS.length; //=> 25
 * DEPARTMENTS.find((d) => d.id === 'ecology-environment')?.name.zh; //=> '省生态环境厅'
 * ```
 * @category Plan
 */
export const DEPARTMENTS = /* @__PURE__ */ deepFreeze([
  /* @__PURE__ */ d(
    'development-reform',
    '省发展改革委',
    '山西省发展和改革委员会',
    'Provincial Development and Reform Commission',
    'Shanxi Provincial Development and Reform Commission',
  ),
  /* @__PURE__ */ d(
    'industry-it',
    '省工信厅',
    '山西省工业和信息化厅',
    'Provincial Department of Industry and IT',
    'Shanxi Provincial Department of Industry and Information Technology',
  ),
  /* @__PURE__ */ d(
    'ecology-environment',
    '省生态环境厅',
    '山西省生态环境厅',
    'Provincial Department of Ecology and Environment',
    'Shanxi Provincial Department of Ecology and Environment',
  ),
  /* @__PURE__ */ d('energy', '省能源局', '山西省能源局', 'Provincial Energy Administration', 'Shanxi Provincial Energy Administration'),
  /* @__PURE__ */ d(
    'approval-services',
    '省审批服务管理局',
    '山西省审批服务管理局',
    'Provincial Administrative Approval Services Administration',
    'Shanxi Provincial Administrative Approval Services Administration',
  ),
  /* @__PURE__ */ d(
    'emergency-management',
    '省应急厅',
    '山西省应急管理厅',
    'Provincial Department of Emergency Management',
    'Shanxi Provincial Department of Emergency Management',
  ),
  /* @__PURE__ */ d(
    'market-regulation',
    '省市场监管局',
    '山西省市场监督管理局',
    'Provincial Administration for Market Regulation',
    'Shanxi Provincial Administration for Market Regulation',
  ),
  /* @__PURE__ */ d(
    'taiyuan-customs',
    '太原海关',
    '中华人民共和国太原海关',
    'Taiyuan Customs',
    "Taiyuan Customs District of the People's Republic of China",
  ),
  /* @__PURE__ */ d(
    'housing-urban-rural',
    '省住建厅',
    '山西省住房和城乡建设厅',
    'Provincial Department of Housing and Urban-Rural Development',
    'Shanxi Provincial Department of Housing and Urban-Rural Development',
  ),
  /* @__PURE__ */ d(
    'science-technology',
    '省科技厅',
    '山西省科学技术厅',
    'Provincial Department of Science and Technology',
    'Shanxi Provincial Department of Science and Technology',
  ),
  /* @__PURE__ */ d(
    'agriculture-rural',
    '省农业农村厅',
    '山西省农业农村厅',
    'Provincial Department of Agriculture and Rural Affairs',
    'Shanxi Provincial Department of Agriculture and Rural Affairs',
  ),
  /* @__PURE__ */ d('finance', '省财政厅', '山西省财政厅', 'Provincial Department of Finance', 'Shanxi Provincial Department of Finance'),
  /* @__PURE__ */ d(
    'transport',
    '省交通厅',
    '山西省交通运输厅',
    'Provincial Department of Transport',
    'Shanxi Provincial Department of Transport',
  ),
  /* @__PURE__ */ d(
    'china-railway-taiyuan',
    '中国铁路太原局集团有限公司',
    '中国铁路太原局集团有限公司',
    'China Railway Taiyuan Group',
    'China Railway Taiyuan Group Co., Ltd.',
  ),
  /* @__PURE__ */ d(
    'natural-resources',
    '省自然资源厅',
    '山西省自然资源厅',
    'Provincial Department of Natural Resources',
    'Shanxi Provincial Department of Natural Resources',
  ),
  /* @__PURE__ */ d(
    'public-security',
    '省公安厅',
    '山西省公安厅',
    'Provincial Public Security Department',
    'Shanxi Provincial Public Security Department',
  ),
  /* @__PURE__ */ d(
    'postal',
    '省邮政管理局',
    '山西省邮政管理局',
    'Provincial Postal Administration',
    'Shanxi Provincial Postal Administration',
  ),
  /* @__PURE__ */ d(
    'commerce',
    '省商务厅',
    '山西省商务厅',
    'Provincial Department of Commerce',
    'Shanxi Provincial Department of Commerce',
  ),
  /* @__PURE__ */ d(
    'water-resources',
    '省水利厅',
    '山西省水利厅',
    'Provincial Department of Water Resources',
    'Shanxi Provincial Department of Water Resources',
  ),
  /* @__PURE__ */ d(
    'forestry-grassland',
    '省林草局',
    '山西省林业和草原局',
    'Provincial Forestry and Grassland Administration',
    'Shanxi Provincial Forestry and Grassland Administration',
  ),
  /* @__PURE__ */ d(
    'mine-safety',
    '国家矿山安监局山西局',
    '国家矿山安全监察局山西局',
    'Shanxi Bureau of the National Mine Safety Administration',
    'Shanxi Bureau of the National Mine Safety Administration',
  ),
  /* @__PURE__ */ d(
    'meteorology',
    '省气象局',
    '山西省气象局',
    'Provincial Meteorological Bureau',
    'Shanxi Provincial Meteorological Bureau',
  ),
  /* @__PURE__ */ d('justice', '省司法厅', '山西省司法厅', 'Provincial Department of Justice', 'Shanxi Provincial Department of Justice'),
  /* @__PURE__ */ d(
    'taxation',
    '省税务局',
    '国家税务总局山西省税务局',
    'Provincial Tax Service',
    'Shanxi Provincial Tax Service, State Taxation Administration',
  ),
  /* @__PURE__ */ d(
    'pboc-shanxi',
    '人行山西省分行',
    '中国人民银行山西省分行',
    'PBOC Shanxi Branch',
    "People's Bank of China Shanxi Provincial Branch",
  ),
] as const);

function d<const Id extends string, const Zh extends string>(
  id: Id,
  zh: Zh,
  fullZh: string,
  en: string,
  fullEn: string,
): DeepReadonly<Department> & { readonly id: Id; readonly name: { readonly zh: Zh; readonly en: string } } {
  return { id, name: { zh, en }, fullName: { zh: fullZh, en: fullEn }, enOfficial: false };
}

// `| never` gives the union a name of its own (TypeScript attaches the alias), so signatures and the docs show the name, not every member.
/**
 * The id of one of the plan's 25 bodies, e.g. `'ecology-environment'` (省生态环境厅).
 * @category Plan
 */
export type DepartmentId = (typeof DEPARTMENTS)[number]['id'] | never;
