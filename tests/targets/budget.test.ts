/**
 * The time budget of evaluateTarget, in the test suite so that a slow change fails `npm test` (the bench
 * prints the figures: `npm run bench`). Left out of mutation runs (vitest.mutation.config.ts): instrumented
 * code is slower and measures nothing about behaviour.
 */
import { expect, it } from 'vitest';
import { evaluateTarget } from '../../src/index.js';
import { SAMPLES } from './samples.js';

const AFTER_2027 = { asOf: '2028-03-01' };

it('evaluates all 79 targets in well under a millisecond', () => {
  const run = () => {
    for (const [id, o] of SAMPLES) evaluateTarget(id, o as never, AFTER_2027);
  };
  for (let i = 0; i < 200; i++) run();
  const rounds = 200;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) run();
  const perRound = (performance.now() - start) / rounds;
  expect(SAMPLES).toHaveLength(79);
  expect(perRound).toBeLessThan(1);
});
