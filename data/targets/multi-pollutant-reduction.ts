import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Target } from '../../src/model/target.js';

/** The targets of 三(五) 强化多污染物协同减排 (task 21), in order. Assembled into `TARGETS` by ./index.ts. */
export const MULTI_POLLUTANT_REDUCTION_TARGETS = [
  // Task 21
  {
    id: 'ultra-low-assessment-2024',
    kind: 'milestone',
    task: 21,
    metric: 'ultra-low-emission-assessment',
    scope: {
      kind: 'sector',
      sector: 'steel-coking-cement',
      name: { zh: '钢铁、焦化、水泥等重点行业', en: 'steel, coking, cement and other key industries' },
    },
    due: '2024-10-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: {
      clause: '三(五)21',
      quote: '高质量、全流程完成钢铁、焦化、水泥等重点行业超低排放改造,2024年10月底前,全面完成超低排放评估监测',
    },
  },
  {
    id: 'coal-boiler-ultra-low-2024',
    kind: 'milestone',
    task: 21,
    metric: 'coal-boiler-ultra-low-retrofit',
    scope: {
      kind: 'sector',
      sector: 'coal-boilers',
      name: { zh: '全省燃煤锅炉', en: "the province's coal-fired boilers" },
    },
    due: '2024-10-31',
    dueBasis: 'deadline',
    strength: 'plain',
    source: {
      clause: '三(五)21',
      quote: '推进35蒸吨/小时以上、65蒸吨/小时以下燃煤锅炉超低排放改造,2024年10月底前,全省燃煤锅炉全部完成超低排放改造',
    },
    note: {
      zh: '按字面读作全省所有保留的燃煤锅炉，不限于35—65蒸吨/小时。',
      en: 'Read as written: every remaining coal boiler, not only the 35–65 t/h band.',
    },
  },
] as const satisfies readonly DeepReadonly<Target>[];
