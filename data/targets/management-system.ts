import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Target } from '../../src/model/target.js';
import { pm25, attain2027 } from './shared.js';

/** The targets of 三(七) 完善大气环境管理体系 (task 26), in order. Assembled into `TARGETS` by ./index.ts. */
export const MANAGEMENT_SYSTEM_TARGETS = [
  // Task 26
  /* @__PURE__ */ pm25('datong', 25, 'stable', '大同市PM2.5浓度稳定控制在25微克/立方米以下'),
  /* @__PURE__ */ pm25('lvliang', 28, 'stable', '吕梁市稳定控制在28微克/立方米以下'),
  /* @__PURE__ */ pm25('shuozhou', 30, 'stable', '朔州市稳定控制在30微克/立方米以下'),
  /* @__PURE__ */ pm25('xinzhou', 35, 'stable', '忻州市、长治市、晋城市稳定控制在35微克/立方米以下'),
  /* @__PURE__ */ pm25('changzhi', 35, 'stable', '忻州市、长治市、晋城市稳定控制在35微克/立方米以下'),
  /* @__PURE__ */ pm25('jincheng', 35, 'stable', '忻州市、长治市、晋城市稳定控制在35微克/立方米以下'),
  /* @__PURE__ */ pm25('jinzhong', 35, 'strive', '晋中市、阳泉市力争控制在35微克/立方米以下'),
  /* @__PURE__ */ pm25('yangquan', 35, 'strive', '晋中市、阳泉市力争控制在35微克/立方米以下'),
  /* @__PURE__ */ pm25('taiyuan', 38, 'strive', '太原市力争控制在38微克/立方米以下'),
  /* @__PURE__ */ pm25('linfen', 44, 'strive', '临汾市、运城市力争控制在44微克/立方米以下'),
  /* @__PURE__ */ pm25('yuncheng', 44, 'strive', '临汾市、运城市力争控制在44微克/立方米以下'),
  /* @__PURE__ */ attain2027('taiyuan'),
  /* @__PURE__ */ attain2027('datong'),
  /* @__PURE__ */ attain2027('yangquan'),
  /* @__PURE__ */ attain2027('changzhi'),
  /* @__PURE__ */ attain2027('jincheng'),
  /* @__PURE__ */ attain2027('shuozhou'),
  /* @__PURE__ */ attain2027('jinzhong'),
  /* @__PURE__ */ attain2027('yuncheng'),
  /* @__PURE__ */ attain2027('xinzhou'),
  /* @__PURE__ */ attain2027('linfen'),
  /* @__PURE__ */ attain2027('lvliang'),
] as const satisfies readonly DeepReadonly<Target>[];
