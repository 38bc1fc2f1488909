/**
 * package.json, tsup.config.ts and the build agree on the entry points, so a new entry cannot ship half
 * wired (built but not exported, exported but untyped under node10 …). The packed tarball itself is
 * checked by `npm run check:package` (publint, attw, install-and-import smoke test).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tsup from '../../tsup.config.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  type: string;
  sideEffects: boolean;
  main: string;
  module: string;
  types: string;
  typesVersions: Record<string, Record<string, string[]>>;
  exports: Record<string, string | Record<string, Record<string, string>>>;
  files: string[];
  scripts: Record<string, string>;
};
const config = (Array.isArray(tsup) ? tsup[0] : tsup) as { entry: Record<string, string>; format: string[] };
const entries = Object.keys(config.entry);
const subpath = (entry: string) => (entry === 'index' ? '.' : `./${entry}`);

describe('package.json exports', () => {
  it.each(entries)('exports the %s entry for import and require, types first, from dist', (entry) => {
    expect(pkg.exports[subpath(entry)]).toEqual({
      import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
      require: { types: `./dist/${entry}.d.cts`, default: `./dist/${entry}.cjs` },
    });
    expect(Object.keys((pkg.exports[subpath(entry)] as Record<string, Record<string, string>>).import!)[0]).toBe('types');
  });

  it('exports nothing tsup does not build, apart from the JSON files and package.json', () => {
    const built = entries.map(subpath);
    const others = Object.keys(pkg.exports).filter((k) => !built.includes(k));
    expect(others.sort()).toEqual(['./package.json', './plan.json', './schema.json']);
    expect(pkg.exports['./plan.json']).toBe('./dist/plan.json');
    expect(pkg.exports['./schema.json']).toBe('./dist/schema.json');
  });

  it('builds ESM and CJS', () => {
    expect([...config.format].sort()).toEqual(['cjs', 'esm']);
  });

  it('keeps the legacy fields pointing at the main entry (CJS types for node10)', () => {
    expect(pkg).toMatchObject({
      main: './dist/index.cjs',
      module: './dist/index.js',
      types: './dist/index.d.cts',
      type: 'module',
      sideEffects: false,
    });
  });

  it('maps every subpath in typesVersions, so TypeScript with node10 resolution finds its types', () => {
    const subpaths = Object.keys(pkg.exports).filter((k) => k !== '.' && k !== './package.json');
    const mapped = pkg.typesVersions['*']!;
    expect(Object.keys(mapped).sort()).toEqual(subpaths.map((k) => k.slice(2)).sort());
    for (const k of subpaths) {
      const target = pkg.exports[k];
      const types = typeof target === 'string' ? target : target!.require!.types;
      expect(mapped[k.slice(2)]).toEqual([types]);
    }
  });

  it('ships dist with the readme, changelog, license and the guides it names, and no sources, tests or examples', () => {
    expect(pkg.files).toEqual(
      expect.arrayContaining(['dist', 'README.md', 'CHANGELOG.md', 'LICENSE', 'docs/guides/*.md', 'docs/performance.md']),
    );
    expect(pkg.files.filter((f) => /^(?:\.\/)?(?:src|data|tests|scripts|docs\/examples)\b/.test(f))).toEqual([]);
  });

  it('builds plan.json and schema.json with the library, and checks the package before publishing', () => {
    expect(pkg.scripts.build).toBe('tsup && tsx scripts/build/json.ts');
    expect(pkg.scripts['check:package']).toBe('bash scripts/package/check.sh');
    expect(pkg.scripts.prepublishOnly).toBe('npm run check:package');
  });
});

describe('shanxi-air-plan/air', () => {
  it('exports the main entry’s air-quality and ranking functions and PlanInputError, the very same objects', async () => {
    const [air, main, airModule, rankingModule] = await Promise.all([
      import('../../src/entries/air.js'),
      import('../../src/index.js'),
      import('../../src/air/index.js'),
      import('../../src/ranking/index.js'),
    ]);
    const expected = ['PlanInputError', 'ISSUE_CODES', ...Object.keys(airModule), ...Object.keys(rankingModule)].sort();
    expect(Object.keys(air).sort()).toEqual(expected);
    expect(expected).toEqual(
      expect.arrayContaining(['aqi', 'aqiValues', 'iaqi', 'compositeIndex', 'compositeIndexes', 'rankCities', 'isInBottom']),
    );
    for (const name of expected) expect((air as Record<string, unknown>)[name], name).toBe((main as Record<string, unknown>)[name]);
  });

  it('has none of the plan’s data, targets or rules', async () => {
    const air = (await import('../../src/entries/air.js')) as Record<string, unknown>;
    for (const name of ['TASKS', 'CITIES', 'TARGETS', 'RULES', 'THRESHOLDS', 'evaluateTarget', 'assess', 'getTask'])
      expect(air[name], name).toBeUndefined();
  });
});

describe('the domain entry points', () => {
  const load = () =>
    Promise.all([
      import('../../src/index.js'),
      import('../../src/entries/plan.js'),
      import('../../src/entries/targets.js'),
      import('../../src/entries/rules.js'),
      import('../../src/entries/air.js'),
    ]);

  it('together export exactly what the main entry exports, each the very same object', async () => {
    const [main, ...domains] = (await load()) as Record<string, unknown>[];
    const union = new Set(domains.flatMap((d) => Object.keys(d!)));
    expect([...union].sort()).toEqual(Object.keys(main!).sort());
    for (const d of domains) for (const [name, value] of Object.entries(d!)) expect(value, name).toBe(main![name]);
  });

  it('each export PlanInputError, and keep their domains apart', async () => {
    const [, plan, targets, rules] = (await load()) as Record<string, unknown>[];
    for (const d of [plan, targets, rules]) expect(d!.PlanInputError).toBeTypeOf('function');
    expect(Object.keys(plan!)).toEqual(expect.arrayContaining(['PLAN', 'TASKS', 'CITIES', 'COUNTIES', 'getTask', 'tasksOf']));
    for (const name of ['TARGETS', 'RULES', 'assess', 'evaluateTarget', 'aqi']) expect(plan![name], name).toBeUndefined();
    expect(Object.keys(targets!)).toEqual(expect.arrayContaining(['TARGETS', 'evaluateTarget', 'deadlines', 'scorecard']));
    for (const name of ['TASKS', 'RULES', 'assess', 'aqi']) expect(targets![name], name).toBeUndefined();
    expect(Object.keys(rules!)).toEqual(expect.arrayContaining(['RULES', 'THRESHOLDS', 'assess', 'validateSubject']));
    for (const name of ['TASKS', 'TARGETS', 'evaluateTarget', 'aqi']) expect(rules![name], name).toBeUndefined();
  });
});
