/**
 * A city scorecard: the 11 cities' 2025 PM2.5 annual means against the ceilings of task 26
 * (三(七)26), as a dashboard would show them in January 2026.
 *
 * ⚠ EXAMPLE DATA: the observed means below are made up (plausible, not measured). Replace them with
 * the published 2025 figures.
 *
 * Run: npm run example   (or: npx tsx docs/examples/city-scorecard.ts)
 */
import { getCity, scorecard, type Observations, type ScorecardRow, type TargetStatus } from 'shanxi-air-plan';

/** 2025 PM2.5 annual means, µg/m³ — EXAMPLE DATA, not real measurements. */
const observed2025: Observations = {
  'pm25-2025-taiyuan': 39.2,
  'pm25-2025-datong': 24.1,
  'pm25-2025-yangquan': 36.1,
  'pm25-2025-changzhi': 34.6,
  'pm25-2025-jincheng': 35.4,
  'pm25-2025-shuozhou': 30.0,
  'pm25-2025-jinzhong': 37.9,
  'pm25-2025-yuncheng': 45.6,
  'pm25-2025-xinzhou': 33.5,
  'pm25-2025-linfen': 43.0,
  'pm25-2025-lvliang': 28.4,
};

const card = scorecard(observed2025, { asOf: '2026-01-20' });

// --- a plain-text table (CJK characters take two columns in a terminal) --------------------------

const width = (s: string) =>
  [...s].reduce(
    (w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1),
    0,
  );
const pad = (s: string, n: number, right = false) =>
  right ? ' '.repeat(Math.max(0, n - width(s))) + s : s + ' '.repeat(Math.max(0, n - width(s)));

const STATUS: Record<TargetStatus, string> = {
  met: '达成 met',
  'not-met': '未达成 not met',
  pending: '待定 pending',
  'not-assessable': '无法评估 not assessable',
};
const STRENGTH: Partial<Record<ScorecardRow['strength'], string>> = { stable: '稳定 hold', strive: '力争 strive' };

const cityOf = (row: ScorecardRow) => {
  const scope = row.evaluation.target.scope;
  return scope.kind === 'city' ? getCity(scope.city).name : row.name;
};

const columns = [
  { head: '城市 City', right: false, cell: (r: ScorecardRow) => `${cityOf(r).zh} ${cityOf(r).en}` },
  { head: '上限 Ceiling', right: true, cell: (r: ScorecardRow) => `≤ ${r.threshold}` },
  { head: '要求 Wording', right: false, cell: (r: ScorecardRow) => STRENGTH[r.strength] ?? r.strength },
  { head: '实测 Observed', right: true, cell: (r: ScorecardRow) => (r.observed ?? NaN).toFixed(1) },
  { head: '余量 Margin', right: true, cell: (r: ScorecardRow) => (r.margin! > 0 ? '+' : '') + r.margin!.toFixed(1) },
  { head: '结果 Status', right: false, cell: (r: ScorecardRow) => STATUS[r.status] },
];
const widths = columns.map((c) => Math.max(width(c.head), ...card.rows.map((r) => width(c.cell(r)))));
const line = (cells: string[]) =>
  cells
    .map((s, i) => pad(s, widths[i]!, columns[i]!.right))
    .join('  ')
    .trimEnd();

console.log('山西省 2025 年 PM2.5 年均浓度目标完成情况 / Shanxi cities, 2025 PM2.5 annual mean against the plan');
console.log(`示例数据，非实测 / EXAMPLE DATA, not measurements · µg/m³ · 截至 as of ${card.asOf} · 依据 source 三(七)26`);
console.log('');
console.log(line(columns.map((c) => c.head)));
console.log(line(widths.map((w) => '-'.repeat(w))));
// Strictest ceiling first (the plan's order among equal ceilings). A margin of 0.0 meets the target: 以下 includes the figure.
const rows = [...card.rows].sort((a, b) => a.threshold! - b.threshold!);
for (const row of rows) console.log(line(columns.map((c) => c.cell(row))));
console.log('');

const c = card.counts;
console.log(
  `达成 met: ${c.met} · 未达成 not met: ${c['not-met']} · 待定 pending: ${c.pending} · 无法评估 not assessable: ${c['not-assessable']} · 合计 total: ${c.total}`,
);

// Every row explains itself, in both languages, with its clause.
const worst = [...card.rows].sort((a, b) => a.margin! - b.margin!)[0]!;
console.log('');
console.log(`最大差距 Largest gap: ${worst.explanation.en}`);
console.log(`  ${worst.explanation.zh}`);

// The same figures before the year is out are only an interim reading: the target is pending.
const midYear = scorecard(observed2025, { asOf: '2025-06-30' });
const soFar = midYear.rows.filter((r) => r.interim === 'met').length;
console.log('');
console.log(
  `截至 2025-06-30：待定 ${midYear.counts.pending} 项，其中目前达标 ${soFar} 项 / As of 2025-06-30: ${midYear.counts.pending} pending, ${soFar} met so far`,
);
