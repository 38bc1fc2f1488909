import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Rule } from '../../src/model/rules.js';
import type { ClauseId } from '../clauses.js';
import type { ThresholdId } from '../thresholds.js';

// What the rule files of data/rules/ share: the form of a rule as written, and words several rules use.

/** A rule as the data files write it: the model's `Rule`, its ids narrowed to the bundled ones. @internal */
export type RuleInput = DeepReadonly<Rule> & {
  readonly thresholds: readonly ThresholdId[];
  readonly source: { readonly clause: ClauseId; readonly quote: string };
};

/** @internal */
export const IN_PRINCIPLE_ZH = '方案用语为“原则上”，即一般情形下的要求。';
/** @internal */
export const IN_PRINCIPLE_EN = 'The plan says 原则上 (in principle): the rule as it stands in the ordinary case.';
/** The note of the rules the plan states 原则上 (in principle). @internal */
export const IN_PRINCIPLE = { zh: IN_PRINCIPLE_ZH, en: IN_PRINCIPLE_EN } as const;

/** @internal */
export const STEEL_EQUIPMENT_QUOTE =
  '加快推动1200立方米以下高炉、100吨以下转炉、100吨以下电炉(合金钢50吨)等限制类工艺装备淘汰退出,重点区域率先淘汰退出';
/** @internal */
export const CHP_RADIUS_QUOTE =
  '充分发挥30万千瓦及以上热电联产电厂、大型工业企业的供热能力,对其供热半径30公里范围内的燃煤锅炉和落后燃煤小热电机组(含自备电厂)进行关停或整合';
/** @internal */
export const COAL_CAP_QUOTE = '2025年,重点区域城市煤炭消费量较2020年实现负增长,其他城市合理控制煤炭消费总量增长';
/** @internal */
export const TRUCK_QUOTE = '推动国四及以下排放标准柴油货车和采用稀薄燃烧技术的燃气货车淘汰';
/** @internal */
export const AMMONIA_QUOTE = '推广氮肥机械深施和低蛋白日粮技术';
