import type { FieldLabel } from './labels.js';

/** The labels of the fields inventories carry (a boiler in MW, a truck's fuel, use and emission stage). */
export const INVENTORY_FIELDS: Readonly<Record<string, FieldLabel>> = {
  'coal-boiler.capacityMw': {
    zh: '锅炉额定热功率',
    en: 'boiler rated heat output',
    unit: 'MW',
    unitEn: 'MW',
    help: '热水锅炉按兆瓦标称；按 0.7 MW 折 1 蒸吨/小时（GB 13271-2014）换算。与锅炉容量（蒸吨/小时）只填其一。',
    helpEn: 'Hot-water boilers are rated in MW; converted at 0.7 MW per t/h (GB 13271-2014). Give this or the capacity in t/h, not both.',
  },
  'truck.fuel': {
    zh: '燃料',
    en: 'fuel',
    help: '柴油、燃气，或第13条所列新能源及清洁能源：电动、氢能、甲醇。',
    helpEn: 'Diesel, gas, or the new and clean energies task 13 names: electric, hydrogen, methanol.',
  },
  'truck.use': {
    zh: '用途',
    en: 'use',
    help: '第13条所列公共领域（公交、出租、环卫、邮政快递、物流配送、押运、渣土运输）或重点行业短驳运输、厂内运输；其他填 other。',
    helpEn:
      "Task 13's public-domain fleets (bus, taxi, sanitation, post and express, delivery, escort, muck haulage) or the key industries' short-haul and in-plant haulage; else other.",
  },
  'truck.emissionStage': {
    zh: '排放阶段',
    en: 'emission stage',
    help: '国一至国六；电动、氢燃料电池货车不填。',
    helpEn: 'China 1 to China 6; left out for electric and fuel-cell trucks.',
  },
};
