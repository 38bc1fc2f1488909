/**
 * The words a person reads for each field of a subject: a Chinese and an English label, the unit, and a
 * one-line help, defined once here beside the subject schemas and used by the explorer, the rules guide's
 * tables and the error messages (`锅炉容量（蒸吨/小时）无效：…`). Beside them, the names of the subject kinds
 * (`KIND_LABELS`: 燃煤锅炉 …) and of the closed values the fields take (`VALUE_LABELS`: 焦化, 新建 …).
 * The Chinese keeps the plan's own wording where the plan has one.
 * @module
 */

import { deepFreeze } from '../../freeze.js';
import { COMPLIANCE_FIELDS } from './field-labels-compliance.js';
import { EQUIPMENT_FIELDS } from './field-labels-equipment.js';
import { INVENTORY_FIELDS } from './field-labels-inventory.js';
import { PLACE_AND_INDUSTRY_FIELDS } from './field-labels.js';
import { KIND_LABELS, VALUE_LABELS } from './names.js';

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

/** A name in both languages (a kind's or a value's). @category Rules */
export interface NameLabel {
  /** In Chinese, in the plan's wording where it has one. */
  readonly zh: string;
  /** In English. */
  readonly en: string;
}

/**
 * Every subject field's label, keyed by the field's name (`capacityTph`). A field whose meaning differs
 * between kinds is keyed `kind.field` (`'coal-boiler.use'`), looked up before the plain name. Nested
 * fields (`location.city`, `provincialRank.rank`) are keyed by their last name.
 *
 * @example
 * ```ts
 * FIELD_LABELS.capacityTph?.zh; //=> '锅炉容量'
 * FIELD_LABELS.capacityTph?.unit; //=> '蒸吨/小时'
 * ```
 * @see 三、重点任务
 * @category Rules
 */
export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ Object.assign({}, PLACE_AND_INDUSTRY_FIELDS, EQUIPMENT_FIELDS, COMPLIANCE_FIELDS, INVENTORY_FIELDS),
);

export { KIND_LABELS, VALUE_LABELS };

/**
 * The label of a field path as a person reads it in `lang` (`'subject.capacityTph'` → `'锅炉容量（蒸吨/小时）'`),
 * or the path itself where no label is defined.
 * @internal
 */
export function fieldLabel(path: string, lang: 'zh' | 'en', kind?: string): string {
  const label = fieldLabelOf(path, kind);
  if (label === undefined) return path;
  const unit = lang === 'zh' ? label.unit : label.unitEn;
  const text = lang === 'zh' ? label.zh : label.en;
  return unit === undefined ? text : lang === 'zh' ? `${text}（${unit}）` : `${text} (${unit})`;
}

/** The label record of a field path (its last name; a kind's own label first), if any. @internal */
export function fieldLabelOf(path: string, kind?: string): FieldLabel | undefined {
  const name = path.slice(path.lastIndexOf('.') + 1);
  return (kind !== undefined ? FIELD_LABELS[`${kind}.${name}`] : undefined) ?? FIELD_LABELS[name];
}

/** The name of a field's value in `lang` (`'coking'` → `'焦化'`), or the value itself. @internal */
export function valueLabel(value: string, lang: 'zh' | 'en', kind?: string, field?: string): string {
  const own = kind !== undefined && field !== undefined ? VALUE_LABELS[`${kind}.${field}:${value}`] : undefined;
  return (own ?? VALUE_LABELS[value])?.[lang] ?? value;
}
