/**
 * Writes data/sentences.ts: every sentence of 二、工作目标 and 三、重点任务 with the items that encode it (derived
 * from the bundled data's citations) or the reason it is context (data/sentence-reasons.ts). See
 * scripts/generate/sentence-table.ts for how sentences are cut and items found. tests/data/sentences.test.ts fails when the
 * committed file is stale.
 *
 * Run: npx tsx scripts/generate/sentences.ts
 */
import { writeFileSync } from 'node:fs';
import { renderSentencesModule } from './sentence-table.js';

writeFileSync(new URL('../../data/sentences.ts', import.meta.url), renderSentencesModule());
