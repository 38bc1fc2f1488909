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
          ? { zh: `（${cities.map((c) => shortCity(c).zh).join('、')}）`, en: ` (${cities.map((c) => shortCity(c).en).join(', ')})` }
          : { zh: `（${cities.length}市）`, en: ` (${cities.length} cities)` };
    } else if (group.length === 1 && t.scope.kind === 'region') {
      const r = regionName(t.scope.region);
      where = { zh: `（${r.zh}）`, en: ` (${r.en})` };
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
        { badge: '', zh: `${hj.standard}（AQI）施行`, en: `${hj.standard} (AQI) in force` },
      ],
    });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const DEADLINE_COLOURS = ['#c2410c', '#7c3aed', '#0369a1', '#15803d', '#be185d', '#4d7c0f'];

/**
 * The width the pictures are drawn at: no wider than the docs column (about 608 px at a 1280 px window), so
 * that the browser never scales them down and no text falls under 11 px (tests/browser checks it).
 */
export const CHART_WIDTH = 600;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** A text broken into lines of at most `max` px: between Latin words, or between CJK characters. */
export function wrap(s: string, size: number, max: number): string[] {
  if (textWidth(s, size) <= max) return [s];
  const tokens = s.match(
    /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g,
  ) ?? [s];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    // A closing mark (。,、) stays on the line it closes.
    const closing = CJK.test(t) && /[。,、;:)」”]/.test(t);
    if (line.trim() !== '' && !closing && textWidth(`${line}${t}`.trimEnd(), size) > max) {
      lines.push(line.trimEnd());
      line = t.trimStart();
    } else line += t;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Lines of text from `y` down, `step` apart; returns the y after the last line. */
function lines(out: string[], x: number, y: number, step: number, ls: string[], o: TextOptions): number {
  for (const [i, l] of ls.entries()) out.push(text(x, y + i * step, l, o));
  return y + ls.length * step;
}

/**
 * The timeline of the plan's dated targets, as an SVG document: a card for each due date, in order, and on
 * the left an axis cut into years, each year's segment (and its label) as tall as that year's cards, so
 * that a year's label stands beside its own cards; a dot on the axis ties each card to its date.
 */
export function timelineSvg(): string {
  const events = timelineEvents();
  const W = CHART_WIDTH;
  const M = 16; // outer margin
  const HEAD = 36; // height of a card's header
  const PAD = 12; // card padding
  const BADGE = 26; // width of a task badge
  const CARD_GAP = 12; // between cards of a year
  const YEAR_GAP = 26; // between years
  const AXIS_X = 66;
  const CARD_X = 90;
  const ZH = 13;
  const EN = 11.5;
  const LINE_ZH = 17;
  const LINE_EN = 15;
  const cardW = W - CARD_X - M;
  const textW = cardW - 2 * PAD - BADGE - 10;

  const out: string[] = [];
  let y = 30;
  out.push(text(M, y, `${PLAN.docNumber} 目标与期限时间轴`, { size: 18, weight: 'bold' }));
  y += 23;
  out.push(text(M, y, "Timeline of the plan's dated targets", { size: 15, weight: 'bold', fill: '#3e4c59' }));
  y += 22;
  y = lines(out, M, y, 16, wrap('每行：任务号与到期内容（“二”为工作目标）；† 方案未写日期，到期日为本库的读法。', 12, W - 2 * M), {
    size: 12,
    fill: '#52606d',
  });
  y = lines(
    out,
    M,
    y,
    15,
    wrap(
      "Each row: the task number and what falls due (二: the work goals); † no date in the plan, the due date is the library's reading.",
      EN,
      W - 2 * M,
    ),
    { size: EN, fill: '#52606d' },
  );
  const TOP = y + 14;

  // Cards, one after another; a wider gap where the year changes.
  let deadlineIndex = 0;
  let next = TOP;
  let year = '';
  const cards = events.map((e) => {
    const colour = e.kind === 'deadline' ? DEADLINE_COLOURS[deadlineIndex++ % DEADLINE_COLOURS.length]! : '#6b7280';
    const rows = e.rows.map((r) => {
      const w = r.badge ? textW : textW + BADGE + 10;
      return { r, zh: wrap(r.zh, ZH, w), en: wrap(r.en, EN, w) };
    });
    const rowH = rows.map((row) => row.zh.length * LINE_ZH + row.en.length * LINE_EN + 6);
    const height = HEAD + rowH.reduce((a, b) => a + b, 0) + PAD - 8;
    if (year !== '' && e.date.slice(0, 4) !== year) next += YEAR_GAP - CARD_GAP;
    year = e.date.slice(0, 4);
    const card = { e, colour, rows, rowH, height, y: next };
    next += height + CARD_GAP;
    return card;
  });
  const bottom = next - CARD_GAP;

  // The axis, cut into years: each segment spans its year's cards.
  out.push(`<line x1="${AXIS_X}" y1="${r1(TOP - 10)}" x2="${AXIS_X}" y2="${r1(bottom + 10)}" stroke="#3e4c59" stroke-width="2"/>`);
  const years = [...new Set(cards.map((c) => c.e.date.slice(0, 4)))];
  years.forEach((yr, i) => {
    const mine = cards.filter((c) => c.e.date.startsWith(yr));
    const y0 = i === 0 ? TOP - 10 : mine[0]!.y - YEAR_GAP / 2;
    const y1 = i === years.length - 1 ? bottom + 10 : mine[mine.length - 1]!.y + mine[mine.length - 1]!.height + YEAR_GAP / 2;
    for (const yy of i === 0 ? [y0, y1] : [y1]) {
      out.push(`<line x1="${AXIS_X - 12}" y1="${r1(yy)}" x2="${AXIS_X}" y2="${r1(yy)}" stroke="#3e4c59" stroke-width="1.5"/>`);
    }
    out.push(text(AXIS_X - 14, (y0 + y1) / 2 + 5, yr, { size: 15, weight: 'bold', anchor: 'end', fill: '#3e4c59' }));
  });

  // Each card tied to its dot on the axis, then the cards.
  for (const c of cards) {
    const dash = c.e.kind === 'standard' ? ' stroke-dasharray="4 3"' : '';
    const ty = c.y + 22;
    out.push(`<path d="M${AXIS_X} ${r1(ty)} H${CARD_X}" stroke="${c.colour}" stroke-width="1.5" fill="none"${dash}/>`);
    out.push(
      `<circle cx="${AXIS_X}" cy="${r1(ty)}" r="6" fill="${c.e.kind === 'standard' ? '#ffffff' : c.colour}" stroke="${c.colour}" stroke-width="2"/>`,
    );
  }
  for (const c of cards) {
    const dash = c.e.kind === 'standard' ? ' stroke-dasharray="5 3"' : '';
    out.push(
      `<rect x="${CARD_X}" y="${r1(c.y)}" width="${cardW}" height="${r1(c.height)}" rx="8" fill="#ffffff" stroke="${c.colour}" stroke-width="1.5"${dash}/>`,
    );
    out.push(`<rect x="${CARD_X}" y="${r1(c.y)}" width="6" height="${r1(c.height)}" rx="3" fill="${c.colour}"/>`);
    out.push(
      `<text x="${CARD_X + PAD + 2}" y="${r1(c.y + 26)}" font-size="14"><tspan font-weight="bold" fill="${c.colour}">${esc(c.e.date)}</tspan>` +
        `<tspan dx="10" fill="#3e4c59">${esc(`${c.e.head.zh} · ${c.e.head.en}`)}</tspan></text>`,
    );
    let ry = c.y + HEAD;
    c.rows.forEach((row, j) => {
      const x = CARD_X + PAD + 2;
      let tx = x;
      if (row.r.badge) {
        out.push(`<rect x="${r1(x)}" y="${r1(ry + 1)}" width="${BADGE}" height="18" rx="9" fill="${c.colour}" fill-opacity="0.14"/>`);
        out.push(text(x + BADGE / 2, ry + 14, row.r.badge, { size: 11.5, weight: 'bold', anchor: 'middle', fill: c.colour }));
        tx = x + BADGE + 10;
      }
      const ly = lines(out, tx, ry + 14, LINE_ZH, row.zh, { size: ZH });
      lines(out, tx, ly - 2, LINE_EN, row.en, { size: EN, fill: '#52606d' });
      ry += c.rowH[j]!;
    });
  }

  let fy = bottom + 34;
  fy = lines(
    out,
    M,
    fy,
    15,
    wrap(`数据：TARGETS（${TARGETS.length} 项目标）、GB3095_LIMITS、HJ633_EDITIONS；由 scripts/generate/charts.ts 生成。`, 11, W - 2 * M),
    { size: 11, fill: '#7b8794' },
  );
  fy = lines(
    out,
    M,
    fy,
    15,
    wrap(`Data: TARGETS (${TARGETS.length} targets), GB3095_LIMITS, HJ633_EDITIONS; drawn by scripts/generate/charts.ts.`, 11, W - 2 * M),
    { size: 11, fill: '#7b8794' },
  );
  const height = Math.ceil(fy + 4);

  const desc = cards.map((c) => `${c.e.date}: ${c.e.rows.map((r) => (r.badge ? `${r.badge} ${r.en}` : r.en)).join('; ')}`).join('. ');
  return svgDocument(W, height, { zh: '目标与期限时间轴', en: "Timeline of the plan's dated targets" }, desc, out);
}

// ---------------------------------------------------------------------------------------------------
// The 2025 PM2.5 ceilings

const STABLE = '#2f7d6d';
const STRIVE = '#d9822b';

/** The 11 cities' 2025 PM2.5 ceilings (task 26), as an SVG bar chart: a bar per city, the limit across them. */
export function pm25CeilingsSvg(): string {
  const bars = TARGETS.filter((t) => t.metric === 'pm25-annual-mean' && t.due === '2025-12-31' && 'value' in t)
    .map((t) => ({ city: (t.scope as { city: string }).city, value: t.value as number, strength: t.strength, clause: t.source.clause }))
    .sort((a, b) => a.value - b.value);
  const limit = GB3095_LIMITS['2012'].limits.pm25_annual;
  const clause = bars[0]!.clause;

  const W = CHART_WIDTH;
  const M = 16;
  const ROW = 36;
  const left = 112; // the bars start here; the city names stand to their left
  const right = W - 44; // room for the value beyond the longest bar
  const xMax = Math.ceil((Math.max(limit, ...bars.map((b) => b.value)) + 4) / 10) * 10;
  const xOf = (v: number) => left + (v / xMax) * (right - left);

  const out: string[] = [];
  out.push(
    '<defs>',
    `<pattern id="strive-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">`,
    `<rect width="8" height="8" fill="${STRIVE}"/><line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" stroke-opacity="0.55" stroke-width="3"/>`,
    '</pattern>',
    '</defs>',
  );
  let y = 30;
  out.push(text(M, y, '2025年各设区市PM2.5年均浓度目标上限', { size: 18, weight: 'bold' }));
  y += 23;
  out.push(text(M, y, '2025 PM2.5 annual-mean ceilings of the 11 cities', { size: 15, weight: 'bold', fill: '#3e4c59' }));
  y += 22;
  y = lines(out, M, y, 16, wrap(`单位 µg/m³；“以下”含本数（≤）；依据 ${PLAN.docNumber} ${clause}。`, 12, W - 2 * M), {
    size: 12,
    fill: '#52606d',
  });
  y = lines(out, M, y, 15, wrap(`In µg/m³; 以下 includes the figure (≤). Source: ${clause} of the plan.`, 11.5, W - 2 * M), {
    size: 11.5,
    fill: '#52606d',
  });

  // Legend (zh and en), two rows.
  const ly = y + 14;
  out.push(`<rect x="${M}" y="${ly - 11}" width="16" height="12" fill="${STABLE}"/>`);
  out.push(text(M + 22, ly, '稳定控制 · hold (stable)', { size: 12 }));
  out.push(`<rect x="${M + 200}" y="${ly - 11}" width="16" height="12" fill="url(#strive-hatch)"/>`);
  out.push(text(M + 222, ly, '力争控制 · strive', { size: 12 }));
  out.push(`<line x1="${M}" y1="${ly + 15}" x2="${M + 28}" y2="${ly + 15}" stroke="#c62828" stroke-width="2" stroke-dasharray="6 4"/>`);
  out.push(text(M + 34, ly + 20, `GB 3095-2012 二级年均限值 ${limit} · grade II annual limit`, { size: 12 }));

  const top = ly + 46;
  const bottom = top + bars.length * ROW;

  // Grid and x axis.
  for (let v = 0; v <= xMax; v += 10) {
    const x = xOf(v);
    out.push(
      `<line x1="${r1(x)}" y1="${top - 6}" x2="${r1(x)}" y2="${bottom}" stroke="${v === 0 ? '#3e4c59' : '#e4e7eb'}"${v === 0 ? ' stroke-width="1.5"' : ''}/>`,
    );
    out.push(text(x, bottom + 17, String(v), { size: 11.5, anchor: 'middle', fill: '#52606d' }));
  }
  out.push(text(right + 8, bottom + 17, 'µg/m³', { size: 11.5, fill: '#52606d' }));

  // Bars, values and city names.
  bars.forEach((b, i) => {
    const y0 = top + i * ROW;
    const fill = b.strength === 'stable' ? STABLE : 'url(#strive-hatch)';
    out.push(
      `<rect class="bar-${b.strength}" x="${left}" y="${r1(y0 + 7)}" width="${r1(xOf(b.value) - left)}" height="${ROW - 14}" fill="${fill}"/>`,
    );
    out.push(text(xOf(b.value) + 6, y0 + ROW / 2 + 5, String(b.value), { size: 13, weight: 'bold' }));
    const name = cityName(b.city);
    out.push(text(left - 10, y0 + 16, name.zh, { size: 13, anchor: 'end' }));
    out.push(text(left - 10, y0 + 30, name.en, { size: 11, anchor: 'end', fill: '#52606d' }));
  });

  // The standard's limit, drawn over the bars.
  const xl = xOf(limit);
  out.push(
    `<line x1="${r1(xl)}" y1="${top - 12}" x2="${r1(xl)}" y2="${bottom}" stroke="#c62828" stroke-width="2" stroke-dasharray="6 4"/>`,
  );
  const over = bars.filter((b) => b.value > limit).length;
  out.push(text(xl, top - 16, `${limit}`, { size: 12, weight: 'bold', anchor: 'middle', fill: '#c62828' }));

  const atLimit = bars.filter((b) => b.value === limit).length;
  let fy = bottom + 44;
  fy = lines(
    out,
    M,
    fy,
    15,
    wrap(
      `${bars.length - over - atLimit} 市目标低于限值、${atLimit} 市等于限值、${over} 市高于限值（2025 年尚不要求达标）。数据：TARGETS；由 scripts/generate/charts.ts 生成。`,
      11,
      W - 2 * M,
    ),
    { size: 11, fill: '#7b8794' },
  );
  fy = lines(
    out,
    M,
    fy,
    15,
    wrap(
      `Ceilings: ${bars.length - over - atLimit} below the limit, ${atLimit} at it, ${over} above it (attainment not yet required in 2025). Data: TARGETS; drawn by scripts/generate/charts.ts.`,
      11,
      W - 2 * M,
    ),
    { size: 11, fill: '#7b8794' },
  );
  const H = Math.ceil(fy + 4);

  const desc = `${bars.map((b) => `${cityName(b.city).en} ${b.value} (${b.strength})`).join(', ')}; GB 3095-2012 limit ${limit} µg/m³.`;
  return svgDocument(W, H, { zh: '2025年各市PM2.5年均浓度目标上限', en: '2025 PM2.5 ceilings of the 11 cities' }, desc, out);
}

/** The pictures and how to draw each; tests/docs/charts.test.ts compares them with the committed files. */
export const CHARTS: Record<string, () => string> = {
  'docs/guides/deadlines-timeline.svg': timelineSvg,
  'docs/guides/pm25-ceilings-2025.svg': pm25CeilingsSvg,
};

if (process.argv[1]?.endsWith('generate/charts.ts')) {
  for (const [path, draw] of Object.entries(CHARTS)) {
    writeFileSync(new URL(`../../${path}`, import.meta.url), draw());
  }
}
