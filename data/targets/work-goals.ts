import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Target } from '../../src/model/target.js';
import { binding, exitBottom10, rise } from './shared.js';

/** The targets of 二、工作目标 (二(一) and 二(二)), in order. Assembled into `TARGETS` by ./index.ts. */
export const WORK_GOAL_TARGETS = [
  // Section 2 (1): the binding indicators
  /* @__PURE__ */ binding('air-quality', 2024),
  /* @__PURE__ */ binding('air-quality', 2025),
  /* @__PURE__ */ binding('emission-total', 2024),
  /* @__PURE__ */ binding('emission-total', 2025),
  // Section 2 (2): the indicators to strive for
  /* @__PURE__ */ exitBottom10('taiyuan', 2024, '太原市、运城市2024年环境空气质量综合指数退出全国168个重点城市后10位'),
  /* @__PURE__ */ exitBottom10('yuncheng', 2024, '太原市、运城市2024年环境空气质量综合指数退出全国168个重点城市后10位'),
  /* @__PURE__ */ exitBottom10('linfen', 2025, '临汾市2025年环境空气质量综合指数退出全国168个重点城市后10位'),
  /* @__PURE__ */ rise('datong', 2024),
  /* @__PURE__ */ rise('yangquan', 2024),
  /* @__PURE__ */ rise('changzhi', 2024),
  /* @__PURE__ */ rise('jincheng', 2024),
  /* @__PURE__ */ rise('shuozhou', 2024),
  /* @__PURE__ */ rise('jinzhong', 2024),
  /* @__PURE__ */ rise('xinzhou', 2024),
  /* @__PURE__ */ rise('lvliang', 2024),
  /* @__PURE__ */ rise('datong', 2025),
  /* @__PURE__ */ rise('yangquan', 2025),
  /* @__PURE__ */ rise('changzhi', 2025),
  /* @__PURE__ */ rise('jincheng', 2025),
  /* @__PURE__ */ rise('shuozhou', 2025),
  /* @__PURE__ */ rise('jinzhong', 2025),
  /* @__PURE__ */ rise('xinzhou', 2025),
  /* @__PURE__ */ rise('lvliang', 2025),
] as const satisfies readonly DeepReadonly<Target>[];
