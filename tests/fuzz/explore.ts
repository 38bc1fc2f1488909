/**
 * Not a test: a tool for reading fuzz failures. Where the test stops at the first counterexample of a
 * property, this samples every generator of the fuzz table and prints each distinct kind of failure once,
 * with an example: `npx tsx tests/fuzz/explore.ts [fn,fn…] [runs per generator]`.
 */
import fc from 'fast-check';
import { holdsContract, junkArgs, nearlyValid } from './harness.js';
import { TABLE } from './table.js';
const only = process.argv[2];
const N = Number(process.argv[3] ?? 3000);
for (const [name, row] of Object.entries(TABLE)) {
  if (only && !only.split(',').includes(name)) continue;
  const kinds = new Map<string, string>();
  const gens: [string, fc.Arbitrary<unknown[]>][] = [
    ['valid', row.valid],
    ['junk', junkArgs(row.arity)],
    ['nearly', nearlyValid(row.valid).map((x) => x.args)],
    ...(row.edge ? [['edge', row.edge] as [string, fc.Arbitrary<unknown[]>]] : []),
  ];
  for (const [g, arb] of gens) {
    for (const args of fc.sample(arb, { numRuns: N, seed: 42 })) {
      try {
        const o = holdsContract(name, row, args);
        if (g === 'valid' && o !== 'ok') {
          try {
            (row.fn as any)(...args);
          } catch (e) {
            throw new Error(`valid refused: ${(e as Error).message}`);
          }
        }
      } catch (e) {
        const msg = (e as Error).message;
        const key = `${g}: ${msg
          .replace(/\(\{.*?\) (threw|returned)/s, '(…) $1')
          .replace(/result: .*/s, '')
          .replace(/\$[.\w]*/g, '$')
          .replace(/[\d.e+-]{3,}/g, '#')
          .replace(/(; \$ = [-\w#]+)+/g, '')
          .slice(0, 160)}`;
        if (!kinds.has(key)) kinds.set(key, msg.slice(0, 900));
      }
    }
  }
  if (kinds.size) {
    console.log(`\n=== ${name}: ${kinds.size} kinds`);
    for (const [k, v] of kinds) console.log(' -', k, '\n     e.g.', v.replace(/\n/g, ' ').slice(0, 700));
  }
}
