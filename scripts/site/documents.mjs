// The documentation site's reading order, read by typedoc.json ("extends"): 中文 and English, each in the same
// order. A page listed here that does not exist is skipped, so that TypeDoc, whose treatWarningsAsErrors fails on a pattern matching nothing, still builds. Each page
// names its group (中文 or English) in its frontmatter; typedoc.json's groupOrder puts the two groups first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The guides, in reading order; `{lang}` is zh or en. */
export const READING_ORDER = [
  'docs/guides/getting-started.{lang}.md',
  'docs/guides/plan-at-a-glance.{lang}.md',
  'docs/guides/targets-calendar.{lang}.md',
  'docs/guides/aqi-and-composite-index.{lang}.md',
  'docs/guides/rules-by-subject.{lang}.md',
  'docs/guides/ledger.{lang}.md',
  'docs/guides/sentences.{lang}.md',
  'docs/guides/citations.{lang}.md',
  'docs/guides/decisions.{lang}.md',
  'docs/guides/performance.{lang}.md',
];

/** The English performance page is the package's docs/performance.md (it ships in the package). */
const where = (path, lang) =>
  path === 'docs/guides/performance.{lang}.md' && lang === 'en' ? 'docs/performance.md' : path.replace('{lang}', lang);

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every page of the order that exists, 中文 first, then English. */
export const PROJECT_DOCUMENTS = ['zh', 'en']
  .flatMap((lang) => READING_ORDER.map((p) => where(p, lang)))
  .filter((p) => existsSync(root + p));

/**
 * The model types that `shanxi-air-plan/schemas` narrows to the plan's ids under the same name
 * (src/plan-schemas.generated.ts: `export type X = OfPlan<M.X>`) and whose narrowed definition TypeDoc shows: the
 * schemas entry documents the narrowed type; the model's own is documented by the main entry. TypeDoc warns (and
 * the build fails) when this list names one it no longer needs or misses one it does.
 */
const NARROWED = [
  'Area',
  'BiomassBoiler',
  'BlastFurnace',
  'CateringBuilding',
  'CoalBoiler',
  'CoalPowerUnit',
  'ConstructionSite',
  'Converter',
  'ElectricArcFurnace',
  'Enterprise',
  'FerroalloyFurnace',
  'GasBoiler',
  'GasProducer',
  'IndustrialFurnace',
  'IndustrialPark',
  'IndustryCluster',
  'Location',
  'Mine',
  'PelletFurnace',
  'Project',
  'Rule',
  'ScenicArea',
  'SinterMachine',
  'SmallCoalFacility',
  'Subject',
  'ThirdPartyBody',
  'Threshold',
  'Verdict',
  // Kinds that gained a location (narrowed like the others), and the compliance example of a rule.
  'ComplianceExample',
  'Farmland',
  'FreightSite',
  'FuelOutlet',
  'LivestockFarm',
  'NonRoadMachinery',
  'Stockyard',
  'Truck',
  'VocsFacility',
  // Data-side names the rule types are read from: RULE_TABLE (what assess reads; RULES is its documented
  // form) and the input type of the compliance examples.
  'RULE_TABLE',
  'ComplianceExampleInput',
];

export default { projectDocuments: PROJECT_DOCUMENTS.map((p) => `../../${p}`), intentionallyNotExported: NARROWED };
