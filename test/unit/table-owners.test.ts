// A feature's tables are its own: outside its folder (core/<feature>/) only the schema's gathering
// file, the contract (a channel declares the tables it reads, by name) and the places named below
// with their reason name them. A new use of
// another feature's table goes through a function the owner exports, or is added here with why.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SRC = ['src-main', 'src-renderer/src'];

// Which feature owns which table: read from the tables files themselves, so the test cannot drift.
function owners(): Map<string, { feature: string; ident: string }> {
  const out = new Map<string, { feature: string; ident: string }>();
  const core = join(ROOT, 'src-main/core');
  for (const feature of readdirSync(core)) {
    let text: string;
    try {
      text = readFileSync(join(core, feature, 'tables.ts'), 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/export const (\w+) = sqliteTable\(\s*'(\w+)'/g)) {
      out.set(m[2]!, { feature, ident: m[1]! });
    }
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

// Comments may talk about any table; code may not name one.
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

// Every record hangs from a supervisee: any read may join supervisees, as lists and search do to
// leave out the archived. Engines still may not (they are listed below when they must).
const ROOT_TABLE = 'supervisees';
const ENGINES = ['src-main/core/data-transfer/', 'src-main/core/derived/', 'src-main/core/sample-data/'];

// Folders that are one feature: the sessions feature keeps its hours (the day totals, the weeks'
// hours and the board's log, channels `hours.*`) in core/hours, beside core/sessions.
const ONE_FEATURE = [['sessions', 'hours']];
const foldersOf = (feature: string) => ONE_FEATURE.find((g) => g.includes(feature)) ?? [feature];

// Where a file may name a table it does not own, and why. Everything else is a finding.
const ALLOWED: Record<string, { tables: string[]; why: string }> = {
  'src-main/cli/bench/datasets.ts': { tables: ['*'], why: 'the benchmark builds its data and picks its inputs' },
};

function findings(): string[] {
  const tables = owners();
  const out: string[] = [];
  const used = new Set<string>();
  for (const dir of SRC) {
    for (const file of sources(join(ROOT, dir))) {
      const rel = relative(ROOT, file).replaceAll('\\', '/');
      // The schema gathers the tables; the contract names the tables each channel reads.
      if (rel === 'src-main/db/schema.ts' || rel.startsWith('src-main/contract/')) continue;
      const text = code(readFileSync(file, 'utf8'));
      const allowed = ALLOWED[rel];
      for (const [name, { feature, ident }] of tables) {
        if (foldersOf(feature).some((f) => rel.startsWith(`src-main/core/${f}/`))) continue;
        if (name === ROOT_TABLE && !ENGINES.some((e) => rel.startsWith(e))) continue;
        // A foreign key is declared with the table that holds it.
        if (/^src-main\/core\/[\w-]+\/tables\.ts$/.test(rel)) continue;
        // A one-word name ("goals") is also an ordinary word: only SQL or a quoted name counts.
        const sqlName = name.includes('_')
          ? new RegExp(`\\b${name}\\b`)
          : new RegExp(`\\b(from|join|into|update|table|FROM|JOIN|INTO|UPDATE|TABLE)\\s+${name}\\b`);
        const imported = new RegExp(`import[^;]*\\b${ident}\\b[^;]*from '[./]*(db/schema|[^']*/tables)'`);
        if (!sqlName.test(text) && !imported.test(text)) continue;
        if (allowed?.tables.includes('*')) used.add(`${rel}:*`);
        else if (allowed?.tables.includes(name)) used.add(`${rel}:${name}`);
        else out.push(`${rel} names ${name} (${feature})`);
      }
    }
  }
  // An exception nothing needs any more is taken out, so the list only shrinks.
  for (const [rel, a] of Object.entries(ALLOWED)) {
    for (const t of a.tables) if (!used.has(`${rel}:${t}`)) out.push(`${rel}: ${t} is allowed but not named`);
  }
  return out;
}

describe('table owners', () => {
  it('finds every table in a feature’s tables file', () => {
    // A table declared elsewhere would escape this test.
    expect(owners().size).toBe(34);
  });

  it('lets no file name another feature’s table unless it is listed with why', () => {
    expect(findings()).toEqual([]);
  });

  it('catches a file that names another feature’s table', () => {
    // The check itself can fail: a quoted name and an import both count.
    const probe = code(`const x = db.prepare("select * from case_notes");`);
    expect(/\bcase_notes\b/.test(probe)).toBe(true);
    expect(code('// case_notes in a comment only')).not.toMatch(/case_notes/);
  });
});
