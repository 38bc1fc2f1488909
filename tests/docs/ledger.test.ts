import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMITMENTS } from '../../data/commitments/index.js';
import { SENTENCES } from '../../data/sentences.js';
import { CSV_COLUMNS, csvField, LEDGER_FILES, ledgerRows } from '../../scripts/generate/ledger.js';
import { DEPARTMENTS, RULES, TARGETS, TASKS } from '../../src/index.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** A minimal RFC 4180 reader: records of fields, quotes honoured, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

describe('the generated ledger and sentence guides', () => {
  it.each(Object.entries(LEDGER_FILES))('%s is up to date with the data (run `npx tsx scripts/generate/ledger.ts`)', (path, render) => {
    expect(read(path)).toBe(render());
  });
});

describe('docs/ledger.csv', () => {
  const text = read('docs/ledger.csv');
  const records = parseCsv(text.slice(1));

  it('is UTF-8 with a byte-order mark and CRLF line ends, with no bare LF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the header and one row per commitment, target and rule, each with every column', () => {
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(1 + COMMITMENTS.length + TARGETS.length + RULES.length);
    for (const r of records) expect(r).toHaveLength(CSV_COLUMNS.length);
    const ids = records.slice(1).map((r) => `${r[0]}:${r[1]}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("quotes fields with commas and quotes, and reads back the plan's quotes exactly", () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(undefined)).toBe('');
    const quote = CSV_COLUMNS.indexOf('quote');
    const byId = new Map(records.slice(1).map((r) => [`${r[0]}:${r[1]}`, r]));
    for (const c of COMMITMENTS) expect(byId.get(`commitment:${c.id}`)![quote]).toBe(c.source.quote);
  });

  it("gives task 36's monthly publication its lead-less note and its frequency, and task 21's second note its lead", () => {
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const row = (id: string) => records.find((r) => r[1] === id)!;
    expect(row('monthly-ranking-publication')[col('frequency')]).toBe('monthly');
    expect(row('monthly-ranking-publication')[col('lead')]).toBe('');
    expect(row('monthly-ranking-publication')[col('other_departments')]).toBe('ecology-environment;development-reform;market-regulation');
    expect(row('treatment-facility-operation')[col('lead')]).toBe('ecology-environment');
    expect(row('treatment-facility-operation')[col('other_departments')]).toBe('industry-it;market-regulation');
    expect(row('pm25-2025-datong')[col('deadline')]).toBe('2025-12-31');
  });
});

describe('ledgerRows', () => {
  it("takes each row's bodies from a note of its own task", () => {
    for (const r of ledgerRows()) {
      if (r.task === undefined) {
        expect(r.others).toEqual([]);
        continue;
      }
      const all = [...(r.lead ? [r.lead] : []), ...r.others];
      expect(
        TASKS[r.task - 1]!.duties.some((d) => [...d.departments].sort().join() === [...all].sort().join()),
        r.id,
      ).toBe(true);
    }
  });

  it('puts every row under a department or under 二 (no body named), in the guides', () => {
    const page = read('docs/guides/ledger.en.md');
    for (const d of DEPARTMENTS.filter((x) => ledgerRows().some((r) => r.lead === x.id || r.others.includes(x.id)))) {
      expect(page).toContain(`<details class="ledger" id="ledger-${d.id}">\n<summary>${d.name.en} (${d.name.zh})`);
      expect(page).toContain(`- [${d.name.en} (${d.name.zh})](#ledger-${d.id})`);
    }
  });

  it('links the CSV for download from both pages', () => {
    expect(read('docs/guides/ledger.zh.md')).toContain('[下载 ledger.csv](../ledger.csv)');
    expect(read('docs/guides/ledger.en.md')).toContain('[ledger.csv](../ledger.csv)');
  });
});

describe('the sentence guides', () => {
  it('show every sentence once, in each language', () => {
    for (const lang of ['zh', 'en']) {
      const page = read(`docs/guides/sentences.${lang}.md`);
      for (const s of SENTENCES) expect(page.split(`| \`${s.id}\` |`).length - 1, s.id).toBe(1);
    }
  });
});
