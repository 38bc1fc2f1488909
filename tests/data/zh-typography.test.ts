/**
 * The library's own Chinese is set in Chinese typography: no half-width , ; : ( ) ! ? next to a Chinese
 * character. What is quoted from the plan keeps the plan's text as extracted (its half-width punctuation
 * included): a `quote`, a sentence's text, a commitment's or the plan's `text` (its statements in its own
 * words) found verbatim in data/source.zh.txt, and a “…” span found there (a quote inside a note or an
 * explanation). Code inside Chinese stays ASCII:
 * clause ids (`三(七)26`), quoted values (`'2025-12-31'`), object shapes (`{ pm25_24h: 35 }`), URLs.
 *
 * Checked: every `zh`, `…Zh` and `help` string of every export of the main entry, /source and /schemas
 * (data, field labels and help, the catalogue of codes, the sentences' reasons), the Chinese of one refusal of each code (the wording snapshot), the verdicts of every
 * rule's compliance example and the explanation of every target.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as schemas from '../../src/entries/schemas.js';
import * as source_ from '../../src/entries/source.js';
import * as lib from '../../src/index.js';
import { assess, evaluateTarget, RULES, TARGETS } from '../../src/index.js';
import { halfWidthInChinese, inPlan } from '../zh.js';

/** The offending strings: path and text. */
function offences(strings: Iterable<readonly [string, string]>): string[] {
  const out: string[] = [];
  for (const [path, s] of strings) {
    // A statement of the plan in its own words (a commitment's or the plan's `text`) keeps the plan's punctuation.
    if (path.endsWith('.text.zh') && inPlan(s)) continue;
    if (halfWidthInChinese(s)) out.push(`${path}: ${s}`);
  }
  return out;
}

const CHINESE_KEY = /^(zh|.+Zh|help)$/;

/** Every Chinese string under `value`: at a key `zh`, `…Zh` or `help`, never under a `quote`. */
function* chinese(value: unknown, path: string, seen = new Set<unknown>()): Generator<readonly [string, string]> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    if (k === 'quote' || k === 'source' || k === 'text') {
      // A citation's quote, a sentence's text: the plan's. A `text` object ({ zh, en }) is still walked.
      if (k !== 'text' || typeof v !== 'object') continue;
    }
    if (typeof v === 'string') {
      if (CHINESE_KEY.test(k)) yield [`${path}.${k}`, v];
    } else yield* chinese(v, `${path}.${k}`, seen);
  }
}

describe("the library's Chinese uses full-width punctuation", () => {
  it('in every export of the main entry, /source and /schemas: data, labels, notes, readings, reasons, the catalogue of codes', () => {
    const all: (readonly [string, string])[] = [];
    for (const [name, value] of Object.entries({ ...lib, ...source_, ...schemas }))
      if (typeof value === 'object') all.push(...chinese(value, name));
    expect(all.length).toBeGreaterThan(700);
    const walked = new Set(all.map(([path]) => path.slice(0, path.indexOf('.'))));
    for (const name of ['RULES', 'COMMITMENTS', 'TARGETS', 'THRESHOLDS', 'AREA_MEMBERSHIP', 'SENTENCES', 'FIELD_LABELS', 'ISSUE_CODES'])
      expect(walked.has(name), name).toBe(true);
    expect(offences(all)).toEqual([]);
  });

  it("in the refusals' Chinese messages (one of each code, as the wording snapshot pins them)", () => {
    const snap = readFileSync(new URL('../__snapshots__/issue-codes.test.ts.snap', import.meta.url), 'utf8');
    const zh = [...snap.matchAll(/"zh": "(.*)",?$/gm)].map((m, i) => [`refusal ${i}`, m[1]!] as const);
    expect(zh.length).toBeGreaterThanOrEqual(16);
    expect(offences(zh)).toEqual([]);
  });

  it("in assess's verdicts on every rule's compliance example", () => {
    const all: (readonly [string, string])[] = [];
    for (const rule of RULES) {
      const example = (rule as { complianceExample?: { subject: unknown } }).complianceExample;
      if (example === undefined) continue;
      for (const v of assess(example.subject as never, { asOf: '2025-06-30' })) all.push(...chinese(v, `${rule.id}→${v.rule}`));
    }
    expect(all.length).toBeGreaterThan(100);
    expect(offences(all)).toEqual([]);
  });

  it("in every target's explanation, with and without an observation", () => {
    const all: (readonly [string, string])[] = [];
    for (const t of TARGETS) {
      all.push(...chinese(evaluateTarget(t.id, undefined, { asOf: '2026-06-30' }), t.id));
      all.push(...chinese(evaluateTarget(t.id, undefined, { asOf: '2024-01-31' }), t.id));
    }
    expect(all.length).toBeGreaterThan(TARGETS.length);
    expect(offences(all)).toEqual([]);
  });

  it('tells the plan’s own text from the library’s', () => {
    expect(offences([['a library note', '方案未写期限,不设期限。']])).toHaveLength(1);
    expect(offences([['a library label', '锅炉容量(蒸吨/小时)']])).toHaveLength(1);
    expect(offences([['COMMITMENTS.0.text.zh', '2025年底前,全省装配式建筑占新建建筑面积比例达30%']])).toEqual([]);
    expect(offences([['COMMITMENTS.0.text.zh', '2025年底前,全省装配式建筑']])).toEqual([]);
    expect(offences([['COMMITMENTS.0.text.zh', '2025年底前,全省装配式建筑比例达30%']])).toHaveLength(1);
    expect(offences([['FIELD_LABELS.inBuiltUpArea.zh', '位于城市(含县城)建成区']])).toHaveLength(1);
    expect(offences([['a quote inside a note', '依据三(四)16：“2025年底前,全省装配式建筑占新建建筑面积比例达30%”。']])).toEqual([]);
    expect(offences([['code in Chinese', "按污染物给出浓度的普通对象，如 { pm25_24h: 35 }，或 '2025-12-31'"]])).toEqual([]);
  });
});
