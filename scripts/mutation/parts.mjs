/**
 * The parts of each mutation-tested module (scripts/mutation/run.mjs runs them, scripts/mutation/recheck.mjs
 * rechecks their survivors): the files mutated and the tests that judge them.
 */

/** The node arguments that judge one mutant: a fresh `vitest run` of the given tests. */
export const vitestArgs = (...tests) => ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.mutation.config.ts', ...tests];

/** The same as one shell command (Stryker's command runner takes a string). */
export const vitest = (...tests) => ['node', ...vitestArgs(...tests)].join(' ');

/**
 * Each part: the files mutated and the tests that judge them, named by module (tests/<module>/), narrowed
 * where a file has a test file of its own (tests/air/aqi for src/air/aqi.ts), together with the test files
 * of the units that call it (iaqi's mutants are also judged by the tests of aqi and the composite index).
 * A vitest filter matches by substring: tests/air/aqi takes aqi.test.ts and aqi-values-table.test.ts.
 */
const RULE_TESTS = ['tests/rules/', 'tests/data/rules'];

export const PARTS = {
  ranking: [{ name: 'ranking', mutate: ['src/ranking/**/*.ts', '!src/ranking/index.ts'], tests: ['tests/ranking/'] }],
  air: [
    {
      name: 'air-iaqi',
      mutate: ['src/air/iaqi.ts', 'src/air/dates.ts'],
      tests: ['tests/air/iaqi', 'tests/air/aqi', 'tests/air/composite', 'tests/air/limits'],
    },
    { name: 'air-aqi', mutate: ['src/air/aqi.ts', 'src/air/batch.ts'], tests: ['tests/air/aqi'] },
    { name: 'air-rounding', mutate: ['src/air/rounding.ts'], tests: ['tests/air/rounding', 'tests/air/iaqi', 'tests/air/aqi'] },
    { name: 'air-stats', mutate: ['src/air/stats.ts'], tests: ['tests/air/stats'] },
    { name: 'air-composite', mutate: ['src/air/composite.ts', 'src/air/limits.ts'], tests: ['tests/air/composite', 'tests/air/limits'] },
    { name: 'air-tables', mutate: ['src/air/tables.ts', 'src/air/pollutants.ts'], tests: ['tests/air/'] },
  ],
  targets: [{ name: 'targets', mutate: ['src/targets/**/*.ts', '!src/targets/index.ts'], tests: ['tests/targets/', 'tests/data/targets'] }],
  // Rules in three parts of about equal size, so that each leaves its report as it finishes.
  rules: [
    {
      name: 'rules-core',
      mutate: [
        'src/rules/validate.ts',
        'src/rules/subject-specs.generated.ts',
        'src/rules/assess.ts',
        'src/rules/shared.ts',
        'src/rules/index.ts',
      ],
      tests: RULE_TESTS,
    },
    { name: 'rules-area', mutate: ['src/rules/area.ts', 'src/rules/boilers.ts', 'src/rules/enterprises.ts'], tests: RULE_TESTS },
    {
      name: 'rules-sectors',
      mutate: [
        'src/rules/**/*.ts',
        '!src/rules/{validate,assess,shared,index,area,boilers,enterprises,subject-spec}.ts',
        '!src/rules/*.generated.ts',
      ],
      tests: RULE_TESTS,
    },
  ],
};

/** Mutant statuses that count as caught, and as missed, in a module's score (the others are left out). */
export const DETECTED = new Set(['Killed', 'Timeout']);
export const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** A report's mutants counted: caught, missed, and the missed ones with their file. */
export function tally(report) {
  let detected = 0;
  const missed = [];
  for (const [file, f] of Object.entries(report.files)) {
    for (const m of f.mutants) {
      if (DETECTED.has(m.status)) detected++;
      else if (UNDETECTED.has(m.status)) missed.push({ file, m });
    }
  }
  return { detected, undetected: missed.length, missed };
}
