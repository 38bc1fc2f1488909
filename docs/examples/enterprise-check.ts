/**
 * An enterprise checks its equipment list against the plan: for each item, `assess` returns every
 * obligation the plan attaches to it — what is asked, by when, on what it still depends (a fact the
 * list leaves out is never guessed) and the clause it rests on.
 *
 * The equipment list is an EXAMPLE (a made-up group with works in Taiyuan and Jiexiu).
 *
 * Run: npx tsx docs/examples/enterprise-check.ts
 */
import { assess, getCounty, type Obligation, type Subject, type Verdict } from 'shanxi-air-plan';

/** The day of the check: before the 2024-10-31 deadlines of tasks 21 and 24. */
const asOf = '2024-09-01';

/** The group's equipment — EXAMPLE DATA. Give what you know; leave out what you do not. */
const equipment: { label: string; subject: Subject }[] = [
  {
    label: '1号燃煤锅炉 20 t/h（太原） / boiler no. 1, coal, 20 t/h (Taiyuan)',
    subject: {
      kind: 'coal-boiler',
      capacityTph: 20,
      isNew: false,
      use: 'other',
      inBuiltUpArea: false,
      withinHeatNetwork: false,
      distanceToLargeChpKm: 45,
      inefficientTreatment: false,
      location: { city: 'taiyuan' },
    },
  },
  {
    label: '2号燃煤锅炉 50 t/h（太原） / boiler no. 2, coal, 50 t/h (Taiyuan)',
    subject: {
      kind: 'coal-boiler',
      capacityTph: 50,
      isNew: false,
      use: 'other',
      inBuiltUpArea: false,
      withinHeatNetwork: false,
      distanceToLargeChpKm: 22, // a CHP plant 22 km away, of a capacity we have not looked up
      inefficientTreatment: false,
      location: { city: 'taiyuan' },
    },
  },
  {
    label: '80吨转炉（太原） / 80 t converter (Taiyuan)',
    subject: { kind: 'converter', capacityT: 80, location: { city: 'taiyuan' } },
  },
  {
    label: `步进式烧结机（${getCounty('140781').name.zh}） / stepping sinter machine (${getCounty('140781').name.en})`,
    subject: { kind: 'sinter-machine', type: 'stepping', location: { county: '140781' } },
  },
  {
    label: '迁建物流园区，年运量200万吨 / logistics park being relocated, 2 Mt a year',
    subject: { kind: 'freight-site', type: 'logistics-park', annualBulkMt: 2, action: 'relocated' },
  },
  {
    label: '国四柴油货车 / China IV diesel truck',
    subject: { kind: 'truck', fuel: 'diesel', emissionStage: 'china-4' },
  },
];

const OBLIGATION: Record<Obligation, string> = {
  'phase-out': '淘汰 phase-out',
  prohibited: '禁止 prohibited',
  required: '要求 required',
  preferred: '优先 preferred',
  encouraged: '鼓励 encouraged',
  exempt: '豁免 exempt',
  excluded: '不纳入 excluded',
};

/** Calendar days from `from` to `to` (ISO dates). */
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

function describe(v: Verdict): string[] {
  const deadline = v.deadline
    ? `期限 deadline ${v.deadline}(${v.facts.deadlinePassed ? '已过 passed' : `还剩 ${daysBetween(asOf, v.deadline)} 天 days left`})`
    : '方案未定期限 no date in the plan';
  const condition = v.condition ? `条件 only ${v.condition.text.en}(${v.condition.text.zh})` : '无条件 unconditional';
  return [
    `  ▸ ${OBLIGATION[v.obligation]} · 任务 task ${v.task} · ${v.rule}`,
    `    ${deadline} · ${condition}`,
    `    ${v.reason.zh} / ${v.reason.en}`,
    `    依据 clause ${v.source.clause}:“${v.source.quote}”`,
  ];
}

console.log(`设备自查 / Equipment check against 晋政发〔2024〕7号 · as of ${asOf} · EXAMPLE equipment list`);
const all: { label: string; verdict: Verdict }[] = [];
for (const { label, subject } of equipment) {
  const verdicts = assess(subject, { asOf });
  console.log('');
  console.log(label);
  if (verdicts.length === 0) console.log('  （方案对此无要求） / (nothing in the plan applies)');
  for (const v of verdicts) {
    console.log(describe(v).join('\n'));
    all.push({ label, verdict: v });
  }
}

// What to do first: the dated obligations, earliest first.
const dated = all.filter((x) => x.verdict.deadline !== undefined).sort((a, b) => (a.verdict.deadline! < b.verdict.deadline! ? -1 : 1));
console.log('');
console.log('有期限的义务 / Dated obligations:');
for (const { label, verdict } of dated)
  console.log(`  ${verdict.deadline}  ${OBLIGATION[verdict.obligation]}  ${label.split(' / ')[1]}  (${verdict.rule})`);
const open = all.filter((x) => x.verdict.condition !== undefined);
console.log(`待核实的条件 / Conditions still to check: ${open.length}`);
for (const { label, verdict } of open) console.log(`  ${label.split(' / ')[1]}: ${verdict.condition!.text.en}`);
