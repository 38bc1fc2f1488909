import { PROVINCE, type CommitmentInput } from './shared.js';

/** The commitments of 三(八) 加强环境监管能力建设, in the plan's order. Assembled into `COMMITMENTS` by ./index.ts. */
export const SUPERVISION_CAPACITY_COMMITMENTS = [
  // Task 29 --------------------------------------------------------------------------------------
  {
    id: 'vocs-photochemical-monitoring',
    task: 29,
    kind: 'recurring',
    frequency: 'continuous',
    text: {
      zh: '持续开展非甲烷总烃监测、光化学监测和颗粒物组分监测',
      en: 'Keep monitoring non-methane hydrocarbons, photochemistry and particle composition',
    },
    scope: PROVINCE,
    source: { clause: '三(八)29', quote: '持续开展非甲烷总烃监测、光化学监测和颗粒物组分监测' },
  },
  {
    id: 'industrial-monitoring-coverage',
    task: 29,
    duty: 2,
    kind: 'priority',
    text: {
      zh: '完善工业污染源自动监控体系，扩大工业污染源自动监控覆盖面',
      en: 'Complete the automatic monitoring of industrial sources and extend its coverage',
    },
    scope: PROVINCE,
    rules: ['enterprise-monitoring-installation'],
    source: {
      clause: '三(八)29',
      quote: '完善工业污染源自动监控体系,加快推进企业安装工况监控、用电(用能)监控、视频监控等,扩大工业污染源自动监控覆盖面',
    },
  },
  {
    id: 'key-discharger-list-update',
    task: 29,
    duty: 2,
    kind: 'recurring',
    frequency: 'regular',
    text: {
      zh: '设区城市生态环境部门定期更新大气环境重点排污单位名录',
      en: "The cities' ecology and environment bureaus update the list of key air dischargers at regular intervals",
    },
    scope: PROVINCE,
    note: {
      zh: '方案写明由设区城市生态环境部门更新名录；部门取自该段的责任分工说明。',
      en: "The plan has the cities' ecology and environment bureaus update the list; the departments are those of the paragraph's responsibility note.",
    },
    source: { clause: '三(八)29', quote: '设区城市生态环境部门定期更新大气环境重点排污单位名录' },
  },
  {
    id: 'key-discharger-list-coverage',
    task: 29,
    duty: 2,
    kind: 'coverage',
    text: { zh: '确保符合条件的企业全覆盖', en: 'Make sure every enterprise that qualifies is on the list of key dischargers' },
    scope: PROVINCE,
    source: { clause: '三(八)29', quote: '确保符合条件的企业全覆盖' },
  },
  {
    id: 'mobile-source-remote-monitoring',
    task: 29,
    duty: 2,
    kind: 'priority',
    text: {
      zh: '加强移动源环境监管能力建设,提升省级重型柴油车和非道路移动机械远程在线监控能力',
      en: "Build up the capacity to supervise mobile sources, and the province's remote online monitoring of heavy diesel vehicles and non-road machinery",
    },
    scope: PROVINCE,
    source: { clause: '三(八)29', quote: '加强移动源环境监管能力建设,提升省级重型柴油车和非道路移动机械远程在线监控能力' },
  },
  // Task 30 --------------------------------------------------------------------------------------
  {
    id: 'off-site-supervision',
    task: 30,
    kind: 'priority',
    text: {
      zh: '充分利用在线监测、走航监测、电量监控、视频监控等技术手段,提升非现场监管能力',
      en: 'Make full use of online monitoring, mobile monitoring, power-use monitoring, video and other technical means to supervise without site visits',
    },
    scope: PROVINCE,
    source: { clause: '三(八)30', quote: '充分利用在线监测、走航监测、电量监控、视频监控等技术手段,提升非现场监管能力' },
  },
  {
    id: 'monitoring-equipment-supervision',
    task: 30,
    kind: 'enforcement',
    text: {
      zh: '加强污染源自动监测设备运行监管,确保监测数据质量和稳定传输',
      en: 'Supervise how the automatic monitoring equipment of pollution sources runs, so that the data are sound and transmitted without break',
    },
    scope: PROVINCE,
    rules: ['environmental-offences-prohibited'],
    note: {
      zh: '监管设备运行是执法部门的职责，不是可识别对象的义务；排污单位一侧（自行监测数据弄虚作假、不正常运行治理设施）由规则 environmental-offences-prohibited 判断。',
      en: "Supervising how the equipment runs is the enforcement bodies' duty, not one of an identifiable subject; the discharger's side (falsified self-monitoring data, treatment facilities not run properly) is rule environmental-offences-prohibited.",
    },
    source: { clause: '三(八)30', quote: '加强污染源自动监测设备运行监管,确保监测数据质量和稳定传输' },
  },
  {
    id: 'enforcement-equipment',
    task: 30,
    kind: 'deliverable',
    text: {
      zh: '加强环境执法监测能力建设,加快市县生态环境部门红外热成像仪、便携式氢火焰离子检测仪、手持式光离子化检测仪等装备配备',
      en: 'Build up enforcement monitoring, equipping the city and county ecology and environment bureaus faster with infrared thermal imagers, portable flame-ionisation detectors, hand-held photo-ionisation detectors and similar instruments',
    },
    scope: PROVINCE,
    source: {
      clause: '三(八)30',
      quote: '加强环境执法监测能力建设,加快市县生态环境部门红外热成像仪、便携式氢火焰离子检测仪、手持式光离子化检测仪等装备配备',
    },
  },
  {
    id: 'violations-crackdown',
    task: 30,
    kind: 'enforcement',
    text: {
      zh: '坚持铁腕治污,严厉打击偷排偷放、超标排放、自行监测数据弄虚作假、不正常运行治理设施等环境违法行为',
      en: 'Control pollution with an iron hand, cracking down on secret discharges, emissions over the limits, falsified self-monitoring data, treatment facilities not run properly and other environmental offences',
    },
    scope: PROVINCE,
    rules: ['environmental-offences-prohibited'],
    note: {
      zh: '“严厉打击”是执法部门的职责，由本承诺记录；被打击的行为对排污单位是禁止，由规则 environmental-offences-prohibited 判断。',
      en: "Cracking down (严厉打击) is the enforcement bodies' duty, recorded here; the acts cracked down on are prohibited to dischargers, rule environmental-offences-prohibited.",
    },
    source: {
      clause: '三(八)30',
      quote: '坚持铁腕治污,严厉打击偷排偷放、超标排放、自行监测数据弄虚作假、不正常运行治理设施等环境违法行为',
    },
  },
  {
    id: 'fraud-liability',
    task: 30,
    kind: 'enforcement',
    text: {
      zh: '加强重点领域监督执法,对参与弄虚作假的排污单位和第三方机构、人员依法追究责任,涉嫌犯罪的依法移送司法机关',
      en: 'Enforce more strictly in key fields; dischargers, third-party bodies and persons taking part in falsification are held liable by law, and suspected crimes are referred to the judicial authorities',
    },
    scope: PROVINCE,
    rules: ['falsification-liability'],
    note: {
      zh: '追究责任、移送司法机关是执法部门的职责，由本承诺记录；排污单位和第三方机构不得参与弄虚作假，由规则 falsification-liability 判断。',
      en: "Holding to account and referring to the judicial authorities is the enforcement bodies' duty, recorded here; that dischargers and third-party bodies must not take part in falsification is rule falsification-liability.",
    },
    source: {
      clause: '三(八)30',
      quote: '加强重点领域监督执法,对参与弄虚作假的排污单位和第三方机构、人员依法追究责任,涉嫌犯罪的依法移送司法机关',
    },
  },
  // Task 31 --------------------------------------------------------------------------------------
  {
    id: 'co-control-research',
    task: 31,
    kind: 'priority',
    text: {
      zh: '组织优秀专家团队,加强颗粒物与臭氧协同控制、VOCs与氮氧化物协同减排、减污降碳协同增效等方面研究',
      en: 'Bring together leading experts to research the joint control of particles and ozone, joint reduction of VOCs and nitrogen oxides, and the synergy of pollution and carbon reduction',
    },
    scope: PROVINCE,
    source: { clause: '三(八)31', quote: '组织优秀专家团队,加强颗粒物与臭氧协同控制、VOCs与氮氧化物协同减排、减污降碳协同增效等方面研究' },
  },
  {
    id: 'forecast-accuracy',
    task: 31,
    kind: 'priority',
    text: {
      zh: '加强空气质量预测预报能力建设,提高未来7—10天区域污染过程预报精准性',
      en: 'Build up air-quality forecasting and forecast regional pollution episodes 7 to 10 days ahead more accurately',
    },
    scope: PROVINCE,
    note: {
      zh: '7—10天是预报时效，不是可检验的精度目标：方案未给精度数值。',
      en: '7–10 days is the forecast range, not a checkable accuracy target: the plan gives no accuracy figure.',
    },
    source: { clause: '三(八)31', quote: '加强空气质量预测预报能力建设,提高未来7—10天区域污染过程预报精准性' },
  },
  {
    id: 'emission-inventory-update',
    task: 31,
    kind: 'recurring',
    frequency: 'annual',
    text: {
      zh: '提高大气污染源排放清单编制工作规范性、时效性,实现每年及时动态更新',
      en: 'Compile the air-pollutant emission inventory to a higher standard and more promptly, updating it every year',
    },
    scope: PROVINCE,
    source: { clause: '三(八)31', quote: '提高大气污染源排放清单编制工作规范性、时效性,实现每年及时动态更新' },
  },
] as const satisfies readonly CommitmentInput[];
