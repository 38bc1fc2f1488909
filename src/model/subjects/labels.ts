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
