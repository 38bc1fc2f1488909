/**
 * Draws the pictures of docs/guides from the data, by hand (no chart library, no network):
 * - docs/guides/deadlines-timeline.svg: the plan's dated targets on a timeline, 2024-03 → 2027-12;
 * - docs/guides/pm25-ceilings-2025.svg: the 11 cities' 2025 PM2.5 ceilings of task 26 against the
 *   GB 3095-2012 grade II limit, stable (稳定) and strive (力争) told apart.
 * tests/docs/charts.test.ts fails when a committed picture is stale.
 *
 * Run: npx tsx scripts/generate/charts.ts
 */
import { writeFileSync } from 'node:fs';
import { CITIES, GB3095_LIMITS, HJ633_EDITIONS, PLAN, REGIONS, TARGETS, type Bilingual, type PlanTarget } from '../../src/index.js';

// ---------------------------------------------------------------------------------------------------
// Shared drawing helpers

/** Latin faces first, then CJK faces of each platform, then the generic family (fallback is per glyph). */
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', " +
  "'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

/** A conservative estimate of a text's width in px (no font metrics at hand): CJK 1 em, Latin ~0.56 em. */
export function textWidth(s: string, size: number): number {
  let em = 0;
  for (const ch of s) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch)) em += 1;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else if (/[mwMW@%]/.test(ch)) em += 0.86;
    else if (/[ .,;:!|iljtf'’()[\]]/.test(ch)) em += 0.32;
    else em += 0.57;
  }
  return em * size;
}

interface TextOptions {
  size?: number;
  weight?: 'normal' | 'bold';
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
}

function text(x: number, y: number, s: string, o: TextOptions = {}): string {
  const attrs = [`x="${r1(x)}"`, `y="${r1(y)}"`];
  if (o.size !== undefined) attrs.push(`font-size="${o.size}"`);
  if (o.weight === 'bold') attrs.push('font-weight="bold"');
  if (o.fill !== undefined) attrs.push(`fill="${o.fill}"`);
  if (o.anchor !== undefined && o.anchor !== 'start') attrs.push(`text-anchor="${o.anchor}"`);
  return `<text ${attrs.join(' ')}>${esc(s)}</text>`;
}

function svgDocument(width: number, height: number, title: Bilingual, desc: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc" font-family="${esc(FONT)}" font-size="12" fill="#1f2933">`,
    `<title id="title">${esc(`${title.zh} / ${title.en}`)}</title>`,
    `<desc id="desc">${esc(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

const cityName = (id: string): Bilingual => CITIES.find((c) => c.id === id)!.name;
const regionName = (id: string): Bilingual => REGIONS.find((r) => r.id === id)!.name;
const shortCity = (id: string): Bilingual => {
  const n = cityName(id);
  return { zh: n.zh.replace(/市$/, ''), en: n.en };
};

// ---------------------------------------------------------------------------------------------------
// The deadlines timeline

/**
 * Short labels of the metrics, for the timeline's narrow rows (the full names are in TARGET_METRICS).
 * A metric missing here falls back to its full name.
 */
export const SHORT_METRIC: Readonly<Record<string, Bilingual>> = {
  'national-air-quality-indicators': { zh: '国家下达空气质量约束性指标', en: 'binding national air-quality indicators' },
  'national-emission-total-indicators': { zh: '国家下达污染物总量约束性指标', en: 'binding national emission totals' },
  'composite-index-rank': { zh: '退出全国168城市后10位', en: "out of the 168 cities' bottom 10" },
  'composite-index-rank:change': { zh: '综合指数排名前移', en: 'move up the composite-index ranking' },
  'pm25-annual-mean': { zh: 'PM2.5年均浓度上限', en: 'PM2.5 annual-mean ceilings' },
  'pm25-annual-mean:standard': { zh: 'PM2.5力争全面达标', en: 'PM2.5 attainment (GB 3095)' },
  'short-process-steel-share': { zh: '短流程炼钢产量占比', en: 'short-process steel share' },
  'leading-low-carbon-groups': { zh: '培育引领型低碳环保集团', en: 'leading low-carbon groups' },
  'non-fossil-energy-share': { zh: '非化石能源消费比重', en: 'non-fossil energy share' },
  'electricity-final-energy-share': { zh: '电能占终端能源消费比重', en: 'electricity share of final energy' },
  'coal-consumption': { zh: '煤炭消费量控制', en: 'coal consumption control' },
  'small-coal-installations': { zh: '35蒸吨及以下燃煤锅炉清零', en: 'coal boilers ≤ 35 t/h cleared' },
  'rail-freight-volume': { zh: '铁路货运量增长', en: 'rail freight growth' },
  'rail-share-coal-coke': { zh: '煤炭焦炭铁路运输比例', en: 'rail share of coal and coke' },
  'clean-public-vehicles': { zh: '公共领域车辆清洁化', en: 'clean public-sector vehicles' },
  'clean-transport-firms': { zh: '培育清洁运输企业', en: 'clean-transport firms' },
  'black-smoke': { zh: '基本消除“冒黑烟”', en: 'black smoke eliminated' },
  'stage-1-machinery-phase-out': { zh: '淘汰第一阶段非道路机械', en: 'stage I machinery phased out' },
  'airport-apu-substitution': { zh: '机场APU替代应用尽用', en: 'airport APU substitution' },
  'prefabricated-building-share': { zh: '装配式建筑占比', en: 'prefabricated building share' },
  'road-mechanical-cleaning-rate': { zh: '道路机械化清扫率', en: 'mechanical road cleaning' },
  'straw-utilisation-rate': { zh: '秸秆综合利用率', en: 'straw utilisation rate' },
  'ultra-low-emission-assessment': { zh: '完成超低排放评估监测', en: 'ultra-low-emission assessment' },
  'coal-boiler-ultra-low-retrofit': { zh: '燃煤锅炉超低排放改造', en: 'coal-boiler ultra-low retrofit' },
  'restricted-furnace-phase-out': { zh: '淘汰步进式烧结机、球团竖炉等', en: 'stepping sinter machines etc. out' },
  'clean-transport-share': { zh: '清洁运输比例', en: 'clean-transport share' },
  'air-monitoring-coverage': { zh: '工业园区空气监测全覆盖', en: 'air monitoring in every park' },
};

const SYMBOL = { lte: '≤', gte: '≥', lt: '<', gt: '>' } as const;

interface Row {
  /** The task number, or '二' for the work goals of 二、工作目标. */
  badge: string;
  zh: string;
  en: string;
}

interface Event {
  date: string;
  kind: 'signed' | 'deadline' | 'standard';
  head: Bilingual;
  rows: Row[];
}

function variant(t: PlanTarget): string {
  if (t.metric === 'composite-index-rank' && t.kind === 'change') return 'composite-index-rank:change';
  if ('standard' in t && t.standard) return `${t.metric}:standard`;
  return t.metric;
}

/** The figure of a lone target, e.g. `≥ 5%`, `30%左右` / `about 30%`; empty when it has none worth showing. */
function figure(t: PlanTarget): Bilingual {
  if (!('value' in t) || t.value === undefined || !('unit' in t) || (t.unit !== '%' && t.unit !== 'µg/m³')) return { zh: '', en: '' };
  const unit = t.unit === '%' ? '%' : ' µg/m³';
  const since = 'baseline' in t && t.baseline ? { zh: `较${t.baseline.year}年`, en: ` vs ${t.baseline.year}` } : { zh: '', en: '' };
  const value = since.zh && t.value > 0 ? `+${t.value}` : `${t.value}`;
  if (t.strength === 'approximate') return { zh: ` ${since.zh}${value}${unit}左右`, en: ` about ${value}${unit}${since.en}` };
  const sym = SYMBOL[t.comparator as keyof typeof SYMBOL];
  return { zh: ` ${since.zh}${sym}${value}${unit}`, en: ` ${sym} ${value}${unit}${since.en}` };
}

/** The rows of one due date: one per (task, metric), goals of 二 first, then by task. */
function rowsOf(targets: readonly PlanTarget[]): Row[] {
  const groups = new Map<string, PlanTarget[]>();
  for (const t of targets) {
    const key = `${'task' in t ? String(t.task).padStart(2, '0') : '00'} ${variant(t)}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.keys()].sort().map((key) => {
    const group = groups.get(key)!;
    const t = group[0]!;
    const label = SHORT_METRIC[variant(t)] ?? { zh: t.metric, en: t.metric };
    const fig = group.length === 1 ? figure(t) : { zh: '', en: '' };
    let where = { zh: '', en: '' };
    const cities = group.flatMap((g) => (g.scope.kind === 'city' ? [g.scope.city] : []));
    if (cities.length === group.length && cities.length > 0) {
      where =
        cities.length <= 3
          ? { zh: `(${cities.map((c) => shortCity(c).zh).join('、')})`, en: ` (${cities.map((c) => shortCity(c).en).join(', ')})` }
          : { zh: `(${cities.length}市)`, en: ` (${cities.length} cities)` };
    } else if (group.length === 1 && t.scope.kind === 'region') {
      const r = regionName(t.scope.region);
      where = { zh: `(${r.zh})`, en: ` (${r.en})` };
    }
    const dagger = group.every((g) => g.dueBasis === 'horizon') ? ' †' : '';
    return {
      badge: 'task' in t ? String(t.task) : '二',
      zh: `${label.zh}${fig.zh}${where.zh}${dagger}`,
      en: `${label.en}${fig.en}${where.en}${dagger}`,
    };
  });
}

function timelineEvents(): Event[] {
  const byDate = new Map<string, PlanTarget[]>();
  for (const t of TARGETS) byDate.set(t.due, [...(byDate.get(t.due) ?? []), t]);
  const events: Event[] = [
    {
      date: PLAN.signedOn,
      kind: 'signed',
      head: { zh: '印发', en: 'signed' },
      rows: [{ badge: '', zh: `${PLAN.docNumber} 印发`, en: 'the plan is signed' }],
    },
  ];
  for (const [date, targets] of byDate) {
    events.push({
      date,
      kind: 'deadline',
      head: { zh: `${targets.length}项目标`, en: `${targets.length} target${targets.length === 1 ? '' : 's'}` },
      rows: rowsOf(targets),
    });
  }
  // The new editions of the standards the plan's air-quality targets are read against (not the plan's own dates).
  const gb = GB3095_LIMITS['2026-transition'];
  const hj = HJ633_EDITIONS['2026'];
  if (gb.inForce.from === hj.inForce.from) {
    events.push({
      date: gb.inForce.from,
      kind: 'standard',
      head: { zh: '新标准施行', en: 'new standards' },
      rows: [
        { badge: '', zh: `${gb.standard} 过渡阶段限值施行`, en: `${gb.standard} transition limits in force` },
        { badge: '', zh: `${hj.standard}(AQI)施行`, en: `${hj.standard} (AQI) in force` },
      ],
    });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const DEADLINE_COLOURS = ['#c2410c', '#7c3aed', '#0369a1', '#15803d', '#be185d', '#4d7c0f'];

/**
 * The timeline of the plan's dated targets, as an SVG document: time runs down a proportional axis on
 * the left; each date's card stands to the right, as near its date as the cards before it allow, tied
 * to its date by a line (cards and dates in the same order, so no two lines cross).
 */
export function timelineSvg(): string {
  const events = timelineEvents();
  const M = 24; // outer margin
  const ROW = 34; // height of a row (zh line + en line)
  const HEAD = 40; // height of a card's header
  const PAD = 12; // card padding
  const BADGE = 26; // width of a task badge
  const COL_GAP = 18; // between the two columns of a long card
  const CARD_GAP = 14; // between cards
  const MAX_ROWS = 12; // rows of a card before it splits into two columns
  const AXIS_X = 96;
  const CARD_X = 176;
  const TOP = 108; // the axis starts here
  const ZH = 12.5;
  const EN = 11;

  let deadlineIndex = 0;
  const cards = events.map((e) => {
    const colour = e.kind === 'deadline' ? DEADLINE_COLOURS[deadlineIndex++ % DEADLINE_COLOURS.length]! : '#6b7280';
    const split = e.rows.length > MAX_ROWS ? 2 : 1;
    const perCol = Math.ceil(e.rows.length / split);
    const cols = Array.from({ length: split }, (_, i) => e.rows.slice(i * perCol, (i + 1) * perCol));
    const colWidths = cols.map(
      (rows) =>
        Math.max(...rows.map((r) => Math.max(textWidth(r.zh, ZH), textWidth(r.en, EN)))) + (rows.some((r) => r.badge) ? BADGE + 8 : 0),
    );
    const head = `${e.date}  ${e.head.zh} · ${e.head.en}`;
    const width = Math.max(textWidth(head, 13) + 10, colWidths.reduce((a, b) => a + b, 0) + (split - 1) * COL_GAP) + 2 * PAD + 4;
    const height = HEAD + perCol * ROW + PAD - 6;
    return { e, colour, cols, colWidths, width, height, y: 0, yDate: 0 };
  });
  const cardW = Math.ceil(Math.max(...cards.map((c) => c.width)));
  const width = CARD_X + cardW + M;

  // The axis runs from the first event's month to the end of the last event's year. Its length is the
  // cards' total height, so that the cards, placed in order, end about where the axis ends.
  const first = Date.parse(`${events[0]!.date.slice(0, 7)}-01T00:00:00Z`);
  const lastYear = +events[events.length - 1]!.date.slice(0, 4);
  const end = Date.UTC(lastYear + 1, 0, 1);
  const axisLength = cards.reduce((h, c) => h + c.height + CARD_GAP, -CARD_GAP);
  const yOf = (t: number) => TOP + ((t - first) / (end - first)) * axisLength;
  const yOfIso = (iso: string) => yOf(Date.parse(`${iso}T00:00:00Z`));
  let next = TOP - 16;
  for (const c of cards) {
    c.yDate = yOfIso(c.e.date);
    c.y = Math.max(next, Math.min(c.yDate - 20, TOP + axisLength - c.height));
    next = c.y + c.height + CARD_GAP;
  }
  const bottom = Math.max(TOP + axisLength, next - CARD_GAP);
  const height = Math.ceil(bottom + 56);

  const out: string[] = [];
  out.push(
    text(M, 34, `${PLAN.docNumber} 目标与期限时间轴`, { size: 19, weight: 'bold' }),
    text(M + textWidth(`${PLAN.docNumber} 目标与期限时间轴`, 19) + 14, 34, "Timeline of the plan's dated targets", {
      size: 17,
      weight: 'bold',
      fill: '#3e4c59',
    }),
    text(M, 58, '每行:任务号与到期内容(“二”为工作目标);† 方案未写日期,到期日为本库的读法。', { size: 12, fill: '#52606d' }),
    text(
      M,
      76,
      "Each row: the task number and what falls due (二: the work goals); † no date in the plan, the due date is the library's reading.",
      { size: 11.5, fill: '#52606d' },
    ),
  );

  // The axis: a long tick between years, each year's label in the middle of its span, short ticks at months.
  out.push(`<line x1="${AXIS_X}" y1="${r1(TOP)}" x2="${AXIS_X}" y2="${r1(TOP + axisLength)}" stroke="#3e4c59" stroke-width="2"/>`);
  const firstYear = new Date(first).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++) {
    const y0 = yOf(Math.max(first, Date.UTC(year, 0, 1)));
    const y1 = yOf(Date.UTC(year + 1, 0, 1));
    out.push(`<line x1="${AXIS_X - 12}" y1="${r1(y0)}" x2="${AXIS_X}" y2="${r1(y0)}" stroke="#3e4c59" stroke-width="1.5"/>`);
    out.push(`<line x1="${AXIS_X - 12}" y1="${r1(y1)}" x2="${AXIS_X}" y2="${r1(y1)}" stroke="#3e4c59" stroke-width="1.5"/>`);
    out.push(text(AXIS_X - 18, (y0 + y1) / 2 + 5, String(year), { size: 15, weight: 'bold', anchor: 'end', fill: '#3e4c59' }));
    for (let m = year === firstYear ? new Date(first).getUTCMonth() + 1 : 1; m < 12; m++) {
      const y = yOf(Date.UTC(year, m, 1));
      out.push(`<line x1="${AXIS_X - 5}" y1="${r1(y)}" x2="${AXIS_X}" y2="${r1(y)}" stroke="#9aa5b1"/>`);
    }
  }

  // Lines from each date to its card, then the dots on the axis.
  for (const c of cards) {
    const dash = c.e.kind === 'standard' ? ' stroke-dasharray="4 3"' : '';
    const ty = c.y + 20;
    out.push(
      `<path d="M${AXIS_X} ${r1(c.yDate)} H${AXIS_X + 14} L${CARD_X - 14} ${r1(ty)} H${CARD_X}" stroke="${c.colour}" stroke-width="1.5" fill="none"${dash}/>`,
    );
  }
  for (const c of cards) {
    out.push(
      `<circle cx="${AXIS_X}" cy="${r1(c.yDate)}" r="6" fill="${c.e.kind === 'standard' ? '#ffffff' : c.colour}" stroke="${c.colour}" stroke-width="2"/>`,
    );
  }

  // The cards.
  for (const c of cards) {
    const dash = c.e.kind === 'standard' ? ' stroke-dasharray="5 3"' : '';
    const y0 = r1(c.y);
    out.push(
      `<rect x="${CARD_X}" y="${y0}" width="${cardW}" height="${c.height}" rx="8" fill="#ffffff" stroke="${c.colour}" stroke-width="1.5"${dash}/>`,
    );
    out.push(`<rect x="${CARD_X}" y="${y0}" width="6" height="${c.height}" rx="3" fill="${c.colour}"/>`);
    out.push(
      `<text x="${CARD_X + PAD + 2}" y="${r1(c.y + 25)}" font-size="13"><tspan font-weight="bold" fill="${c.colour}">${esc(c.e.date)}</tspan>` +
        `<tspan dx="10" fill="#3e4c59">${esc(`${c.e.head.zh} · ${c.e.head.en}`)}</tspan></text>`,
    );
    let cx = CARD_X + PAD + 2;
    c.cols.forEach((rows, k) => {
      rows.forEach((r, j) => {
        const y = c.y + HEAD + j * ROW;
        let tx = cx;
        if (r.badge) {
          out.push(`<rect x="${r1(cx)}" y="${r1(y)}" width="${BADGE}" height="18" rx="9" fill="${c.colour}" fill-opacity="0.14"/>`);
          out.push(text(cx + BADGE / 2, y + 13, r.badge, { size: 11, weight: 'bold', anchor: 'middle', fill: c.colour }));
          tx = cx + BADGE + 8;
        }
        out.push(text(tx, y + 13, r.zh, { size: ZH }));
        out.push(text(tx, y + 27, r.en, { size: EN, fill: '#52606d' }));
      });
      cx += c.colWidths[k]! + COL_GAP;
    });
  }

  out.push(
    text(M, height - 24, `数据:TARGETS(${TARGETS.length}项目标)、GB3095_LIMITS、HJ633_EDITIONS;由 scripts/generate/charts.ts 生成。`, {
      size: 11,
      fill: '#7b8794',
    }),
    text(M, height - 9, `Data: TARGETS (${TARGETS.length} targets), GB3095_LIMITS, HJ633_EDITIONS; drawn by scripts/generate/charts.ts.`, {
      size: 11,
      fill: '#7b8794',
    }),
  );

  const desc = cards.map((c) => `${c.e.date}: ${c.e.rows.map((r) => (r.badge ? `${r.badge} ${r.en}` : r.en)).join('; ')}`).join('. ');
  return svgDocument(width, height, { zh: '目标与期限时间轴', en: "Timeline of the plan's dated targets" }, desc, out);
}

// ---------------------------------------------------------------------------------------------------
// The 2025 PM2.5 ceilings

const STABLE = '#2f7d6d';
const STRIVE = '#d9822b';

/** The 11 cities' 2025 PM2.5 ceilings (task 26), as an SVG bar chart. */
export function pm25CeilingsSvg(): string {
  const bars = TARGETS.filter((t) => t.metric === 'pm25-annual-mean' && t.due === '2025-12-31' && 'value' in t)
    .map((t) => ({ city: (t.scope as { city: string }).city, value: t.value as number, strength: t.strength, clause: t.source.clause }))
    .sort((a, b) => a.value - b.value);
  const limit = GB3095_LIMITS['2012'].limits.pm25_annual;
  const clause = bars[0]!.clause;

  const W = 980;
  const H = 560;
  const left = 74;
  const right = 24;
  const top = 120;
  const bottom = 470;
  const yMax = Math.ceil((Math.max(limit, ...bars.map((b) => b.value)) + 6) / 10) * 10;
  const yOf = (v: number) => bottom - (v / yMax) * (bottom - top);
  const slot = (W - left - right) / bars.length;
  const barW = Math.min(52, slot * 0.62);

  const out: string[] = [];
  out.push(
    '<defs>',
    `<pattern id="strive-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">`,
    `<rect width="8" height="8" fill="${STRIVE}"/><line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" stroke-opacity="0.55" stroke-width="3"/>`,
    '</pattern>',
    '</defs>',
  );
  out.push(
    text(24, 36, '2025年各设区市PM2.5年均浓度目标上限 · 2025 PM2.5 annual-mean ceilings of the 11 cities', { size: 19, weight: 'bold' }),
    text(24, 58, `单位 µg/m³;“以下”含本数(≤);依据 ${PLAN.docNumber} ${clause}。`, { size: 12, fill: '#52606d' }),
    text(24, 75, `In µg/m³; 以下 includes the figure (≤). Source: ${clause} of the plan.`, { size: 11.5, fill: '#52606d' }),
  );

  // Legend (zh and en).
  const ly = 99;
  out.push(`<rect x="24" y="${ly - 11}" width="16" height="12" fill="${STABLE}"/>`);
  out.push(text(46, ly, '稳定控制 · hold (stable)', { size: 12 }));
  out.push(`<rect x="218" y="${ly - 11}" width="16" height="12" fill="url(#strive-hatch)"/>`);
  out.push(text(240, ly, '力争控制 · strive', { size: 12 }));
  out.push(`<line x1="372" y1="${ly - 5}" x2="400" y2="${ly - 5}" stroke="#c62828" stroke-width="2" stroke-dasharray="6 4"/>`);
  out.push(text(406, ly, `GB 3095-2012 二级年均限值 ${limit} · grade II annual limit`, { size: 12 }));

  // Grid and y axis.
  for (let v = 0; v <= yMax; v += 10) {
    const y = yOf(v);
    out.push(
      `<line x1="${left}" y1="${r1(y)}" x2="${W - right}" y2="${r1(y)}" stroke="${v === 0 ? '#3e4c59' : '#e4e7eb'}"${v === 0 ? ' stroke-width="1.5"' : ''}/>`,
    );
    out.push(text(left - 8, y + 4, String(v), { size: 11.5, anchor: 'end', fill: '#52606d' }));
  }
  out.push(
    `<text transform="translate(24 ${r1((top + bottom) / 2)}) rotate(-90)" text-anchor="middle" font-size="12" fill="#52606d">µg/m³</text>`,
  );

  // Bars, values and city names.
  bars.forEach((b, i) => {
    const cx = left + slot * (i + 0.5);
    const y = yOf(b.value);
    const fill = b.strength === 'stable' ? STABLE : 'url(#strive-hatch)';
    out.push(
      `<rect class="bar-${b.strength}" x="${r1(cx - barW / 2)}" y="${r1(y)}" width="${r1(barW)}" height="${r1(bottom - y)}" fill="${fill}"/>`,
    );
    out.push(text(cx, y - 7, String(b.value), { size: 13, weight: 'bold', anchor: 'middle' }));
    const name = cityName(b.city);
    out.push(text(cx, bottom + 20, name.zh, { size: 13, anchor: 'middle' }));
    out.push(text(cx, bottom + 37, name.en, { size: 11, anchor: 'middle', fill: '#52606d' }));
  });

  // The standard's limit, drawn over the bars.
  const yl = yOf(limit);
  out.push(`<line x1="${left}" y1="${r1(yl)}" x2="${W - right}" y2="${r1(yl)}" stroke="#c62828" stroke-width="2" stroke-dasharray="6 4"/>`);
  const over = bars.filter((b) => b.value > limit).length;
  out.push(text(left + 6, yl - 6, `${limit}`, { size: 12, weight: 'bold', fill: '#c62828' }));

  const atLimit = bars.filter((b) => b.value === limit).length;
  out.push(
    text(
      24,
      H - 30,
      `${bars.length - over - atLimit} 市目标低于限值、${atLimit} 市等于限值、${over} 市高于限值(2025年尚不要求达标)。数据:TARGETS;由 scripts/generate/charts.ts 生成。`,
      { size: 11, fill: '#7b8794' },
    ),
    text(
      24,
      H - 14,
      `Ceilings: ${bars.length - over - atLimit} below the limit, ${atLimit} at it, ${over} above it (attainment not yet required in 2025). Data: TARGETS; drawn by scripts/generate/charts.ts.`,
      { size: 11, fill: '#7b8794' },
    ),
  );

  const desc = `${bars.map((b) => `${cityName(b.city).en} ${b.value} (${b.strength})`).join(', ')}; GB 3095-2012 limit ${limit} µg/m³.`;
  return svgDocument(W, H, { zh: '2025年各市PM2.5年均浓度目标上限', en: '2025 PM2.5 ceilings of the 11 cities' }, desc, out);
}

/** The pictures and how to draw each; tests/docs/charts.test.ts compares them with the committed files. */
export const CHARTS: Record<string, () => string> = {
  'docs/guides/deadlines-timeline.svg': timelineSvg,
  'docs/guides/pm25-ceilings-2025.svg': pm25CeilingsSvg,
};

if (process.argv[1]?.endsWith('charts.ts')) {
  for (const [path, draw] of Object.entries(CHARTS)) {
    writeFileSync(new URL(`../../${path}`, import.meta.url), draw());
  }
}
