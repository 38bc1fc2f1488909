/**
 * Writes dist/plan.json (all the bundled data as one JSON document) and dist/schema.json (its JSON
 * Schema, from the zod schemas), exported as `shanxi-air-plan/plan.json` and `shanxi-air-plan/schema.json`.
 * Runs after tsup in `npm run build`; see scripts/build/plan-json.ts for what goes in.
 *
 * The build fails rather than ship a pair that disagree: the document must parse with the zod schemas
 * and validate against the generated JSON Schema (Ajv, draft 2020-12).
 *
 * Usage: tsx scripts/build/json.ts [outDir=dist]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lib from '../../src/index.js';
import * as schemas from '../../src/entries/schemas.js';
import { formatAjvErrors, planDocument, planJsonSchema, validateWithJsonSchema, validateWithZod } from './plan-json.js';

const root = new URL('../..', import.meta.url);
const outDir = join(fileURLToPath(root), process.argv[2] ?? 'dist');
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };

function fail(title: string, lines: readonly string[]): never {
  console.error(`build-json: ${title}`);
  for (const line of lines.slice(0, 30)) console.error(`  ${line}`);
  if (lines.length > 30) console.error(`  … and ${lines.length - 30} more`);
  process.exit(1);
}

let doc: ReturnType<typeof planDocument>;
try {
  doc = planDocument(lib, schemas);
} catch (e) {
  fail('the data cannot be written as JSON', [(e as Error).message]);
}
const zodProblems = validateWithZod(doc);
if (zodProblems.length > 0) fail('the data does not parse with its model schemas', zodProblems);

let schema: ReturnType<typeof planJsonSchema>;
try {
  schema = planJsonSchema(doc, { version });
} catch (e) {
  fail('z.toJSONSchema cannot express a model schema (give that key a JSON-able schema in scripts/build/plan-json.ts)', [
    (e as Error).message,
  ]);
}
const ajvProblems = validateWithJsonSchema(schema, doc.document);
if (ajvProblems.length > 0) fail('plan.json does not validate against schema.json', formatAjvErrors(ajvProblems));

mkdirSync(outDir, { recursive: true });
const write = (name: string, value: unknown) => {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(outDir, name), text);
  return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`;
};
const planSize = write('plan.json', doc.document);
const schemaSize = write('schema.json', schema);

console.log(`build-json: wrote ${join(outDir, 'plan.json')} (${planSize}) and schema.json (${schemaSize})`);
console.log(`  keys: ${doc.keys.map((k) => k.key).join(', ')}`);
if (doc.droppedFunctions.length > 0) {
  console.log(`  left out ${doc.droppedFunctions.length} function-valued properties (code, not data), e.g. ${doc.droppedFunctions[0]}`);
}
