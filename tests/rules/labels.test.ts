// The words for people (src/model/subjects/labels.ts): every field of every subject kind, every kind and every
// closed value has them, in both languages, so that the explorer, the rules guide and the error messages never
// fall back to an English field name.
import { describe, expect, it } from 'vitest';
import { Subject } from '../../src/model/subjects/index.js';
import { FIELD_LABELS, KIND_LABELS, fieldLabel, fieldLabelOf, valueLabel } from '../../src/model/subjects/labels.js';

interface Def {
  type: string;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  shape?: Record<string, { _zod: { def: Def } }>;
  entries?: Record<string, string>;
}
const unwrap = (d: Def): Def => (d.type === 'optional' ? unwrap(d.innerType!._zod.def) : d);
const options = (Subject as unknown as { _zod: { def: { options: { _zod: { def: Def } }[] } } })._zod.def.options;

/** Every field of every kind: [kind, path, def]. */
function fields(): [string, string, Def][] {
  const out: [string, string, Def][] = [];
  const walk = (kind: string, shape: Record<string, { _zod: { def: Def } }>, prefix: string) => {
    for (const [name, s] of Object.entries(shape)) {
      const d = unwrap(s._zod.def);
      out.push([kind, prefix + name, d]);
      if (d.type === 'object') walk(kind, d.shape!, `${prefix}${name}.`);
    }
  };
  for (const o of options) {
    const shape = o._zod.def.shape!;
    walk(kindOf(o), shape, '');
  }
  return out;
}
const kindOf = (o: { _zod: { def: Def } }) => (o._zod.def.shape!.kind!._zod.def as unknown as { values: string[] }).values[0]!;

const CJK = /[\u4e00-\u9fff]/;

describe('FIELD_LABELS', () => {
  it('labels every field of every subject kind in Chinese and English, with a one-line help in both', () => {
    const missing: string[] = [];
    for (const o of options) {
      const kind = kindOf(o);
      const walk = (shape: Record<string, { _zod: { def: Def } }>, prefix: string) => {
        for (const [name, s] of Object.entries(shape)) {
          const d = unwrap(s._zod.def);
          const l = fieldLabelOf(prefix + name, kind);
          if (l === undefined || !CJK.test(l.zh) || l.en === '' || !l.help || !l.helpEn) missing.push(`${kind}.${prefix}${name}`);
          if (d.type === 'object') walk(d.shape!, `${prefix}${name}.`);
        }
      };
      walk(o._zod.def.shape!, '');
    }
    expect(missing).toEqual([]);
  });

  it('gives every quantity its unit in both languages', () => {
    const noUnit: string[] = [];
    for (const o of options) {
      const kind = kindOf(o);
      for (const [name, s] of Object.entries(o._zod.def.shape!)) {
        if (unwrap(s._zod.def).type !== 'number') continue;
        const l = fieldLabelOf(name, kind);
        if (!l?.unit || !l.unitEn) noUnit.push(`${kind}.${name}`);
      }
    }
    expect(noUnit).toEqual([]);
  });

  it('reads a path with its unit, the kind-specific label first', () => {
    expect(fieldLabel('subject.capacityTph', 'zh')).toBe('锅炉容量（蒸吨/小时）');
    expect(fieldLabel('subject.capacityTph', 'en')).toBe('boiler capacity (t/h)');
    expect(fieldLabel('subject.type', 'zh', 'sinter-machine')).toBe('烧结机类型');
    expect(fieldLabel('subject.inBuiltUpArea', 'zh', 'coal-boiler')).toBe('位于城市建成区');
    expect(fieldLabel('subject.inBuiltUpArea', 'zh', 'enterprise')).toBe('位于城市（含县城）建成区');
    expect(fieldLabel('subject.annualBulkMt', 'zh')).toBe('大宗货物年运量（百万吨）');
    expect(fieldLabel('subject.noSuchField', 'zh')).toBe('subject.noSuchField');
  });

  it('uses only keys that are fields of some kind (no stale label)', () => {
    const names = new Set(
      fields()
        .map(([, path]) => path.slice(path.lastIndexOf('.') + 1))
        .concat(['type', 'use', 'fuel']),
    );
    const kinds = new Set(options.map(kindOf));
    for (const key of Object.keys(FIELD_LABELS)) {
      const dot = key.indexOf('.');
      if (dot < 0) expect(names, key).toContain(key);
      else {
        expect(kinds, key).toContain(key.slice(0, dot));
        expect(names, key).toContain(key.slice(dot + 1));
      }
    }
  });
});

describe('KIND_LABELS and VALUE_LABELS', () => {
  it('names each of the 37 kinds in Chinese and English, the boiler as the plan does', () => {
    const kinds = options.map(kindOf);
    expect(kinds.length).toBeGreaterThanOrEqual(37);
    for (const k of kinds) {
      expect(KIND_LABELS[k]?.zh, k).toMatch(CJK);
      expect(KIND_LABELS[k]?.en, k).toBeTruthy();
    }
    expect(KIND_LABELS['coal-boiler']).toEqual({ zh: '燃煤锅炉', en: 'coal-fired boiler' });
  });

  it('names every closed value of every field in Chinese', () => {
    const missing: string[] = [];
    for (const [kind, path, d] of fields()) {
      const values =
        d.type === 'enum'
          ? Object.values(d.entries!)
          : d.type === 'array' && unwrap(d.element!._zod.def).type === 'enum'
            ? Object.values(unwrap(d.element!._zod.def).entries!)
            : [];
      for (const v of values) if (!CJK.test(valueLabel(v, 'zh', kind, path))) missing.push(`${kind}.${path}: ${v}`);
    }
    expect(missing).toEqual([]);
    expect(valueLabel('coking', 'zh')).toBe('焦化');
    expect(valueLabel('new', 'zh')).toBe('新建');
    expect(valueLabel('coal-chemical', 'zh', 'industrial-park', 'type')).toBe('煤化工类');
    expect(valueLabel('coal-chemical', 'zh', 'project', 'sector')).toBe('煤化工');
    expect(valueLabel('no-such-value', 'en')).toBe('no-such-value');
  });
});
