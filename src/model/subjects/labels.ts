/**
 * The words a person reads for each field of a subject: a Chinese and an English label, the unit, and a
 * one-line help, defined once here beside the subject schemas and used by the explorer, the rules guide's
 * tables and the error messages (`锅炉容量(蒸吨/小时) 无效:…`).
 * @module
 */

/** How a field is shown to a person. @category Rules */
export interface FieldLabel {
  /** The label in Chinese, in the plan's wording where it has one (e.g. `'锅炉容量'`). */
  readonly zh: string;
  /** The label in English (e.g. `'boiler capacity'`). */
  readonly en: string;
  /** The unit, where the field is a quantity (e.g. `'蒸吨/小时'` with `unitEn` `'t/h'`). */
  readonly unit?: string;
  /** The unit in English. */
  readonly unitEn?: string;
  /** One line of help in Chinese. */
  readonly help?: string;
  /** One line of help in English. */
  readonly helpEn?: string;
}

/**
 * Every subject field's label, keyed by the field's name (`capacityTph`). A field whose meaning differs
 * between kinds is keyed `kind.field` (`'coal-boiler.use'`), looked up before the plain name.
 * (Being filled in by the site work: fields not listed yet fall back to their name.)
 * @category Rules
 */
export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  capacityTph: { zh: '锅炉容量', en: 'boiler capacity', unit: '蒸吨/小时', unitEn: 't/h' },
  // Inventories (issue 21): the fields added for inventories' rows.
  'coal-boiler.capacityMw': {
    zh: '锅炉额定热功率',
    en: 'boiler rated heat output',
    unit: 'MW',
    unitEn: 'MW',
    help: '热水锅炉按兆瓦标称;按 0.7 MW 折 1 蒸吨/小时(GB 13271-2014)换算。与锅炉容量(蒸吨/小时)只填其一。',
    helpEn: 'Hot-water boilers are rated in MW; converted at 0.7 MW per t/h (GB 13271-2014). Give this or the capacity in t/h, not both.',
  },
  'truck.fuel': {
    zh: '燃料',
    en: 'fuel',
    help: '柴油、燃气,或第13条所列新能源及清洁能源:电动、氢能、甲醇。',
    helpEn: 'Diesel, gas, or the new and clean energies task 13 names: electric, hydrogen, methanol.',
  },
  'truck.use': {
    zh: '用途',
    en: 'use',
    help: '第13条所列公共领域(公交、出租、环卫、邮政快递、物流配送、押运、渣土运输)或重点行业短驳运输、厂内运输;其他填 other。',
    helpEn:
      "Task 13's public-domain fleets (bus, taxi, sanitation, post and express, delivery, escort, muck haulage) or the key industries' short-haul and in-plant haulage; else other.",
  },
  'truck.emissionStage': {
    zh: '排放阶段',
    en: 'emission stage',
    help: '国一至国六;电动、氢燃料电池货车不填。',
    helpEn: 'China 1 to China 6; left out for electric and fuel-cell trucks.',
  },
};

/**
 * The label of a field path as a person reads it in `lang` (`'subject.capacityTph'` → `'锅炉容量(蒸吨/小时)'`),
 * or the path itself where no label is defined.
 * @internal
 */
export function fieldLabel(path: string, lang: 'zh' | 'en', kind?: string): string {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const label = (kind !== undefined ? FIELD_LABELS[`${kind}.${name}`] : undefined) ?? FIELD_LABELS[name];
  if (label === undefined) return path;
  const unit = lang === 'zh' ? label.unit : label.unitEn;
  const text = lang === 'zh' ? label.zh : label.en;
  return unit === undefined ? text : lang === 'zh' ? `${text}(${unit})` : `${text} (${unit})`;
}
