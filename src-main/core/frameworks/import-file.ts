// Custom frameworks from a file: CSV (one competency per row; the name and scale are typed beside
// it) or JSON (the whole definition). Every problem is named by row and column (or by competency
// and field), so the supervisor can fix the file; nothing is written until the whole file is good.
import Papa from 'papaparse';
import { z } from 'zod';
import { AppError, invalid, issue, type ErrorIssue } from '../../contract/errors';
import { csvSettings, frameworkDefinition, type FrameworkDefinition } from '../../contract/frameworks';

export type CsvSettings = z.output<typeof csvSettings>;

const MAX_PROBLEMS = 10;
const COLUMNS = { code: ['code'], name: ['competency', 'name'], group: ['group', 'domain'] } as const;

const atFile = (message: string): ErrorIssue => issue(['file'], message);

function fail(problems: string[]): never {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - shown.length;
  if (more > 0) shown.push(`…and ${more} more.`);
  throw invalid(...shown.map(atFile));
}

export function parseFrameworkCsv(text: string, settings: CsvSettings): FrameworkDefinition {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const headers = parsed.meta.fields ?? [];
  const column = (names: readonly string[]) => names.find((n) => headers.includes(n));
  const code = column(COLUMNS.code);
  const name = column(COLUMNS.name);
  const group = column(COLUMNS.group);
  if (!code || !name)
    fail([
      `Row 1 (the header) needs the columns “code” and “competency”` +
        `${group ? '' : ' (and “group” if you use groups)'}; ` +
        `it has ${headers.length ? headers.map((h) => `“${h}”`).join(', ') : 'none'}.`,
    ]);
  const problems: string[] = [];
  // papaparse counts data rows from 0; the file's row is that plus the header's.
  for (const e of parsed.errors) problems.push(`Row ${(e.row ?? 0) + 2}: ${e.message}.`);
  const seen = new Map<string, number>();
  const competencies = parsed.data.map((r, i) => {
    const row = i + 2;
    const value = { code: (r[code] ?? '').trim(), name: (r[name] ?? '').trim(), group: (r[group ?? ''] ?? '').trim() };
    const one = frameworkDefinition.safeParse({ ...settings, levelLabels: [], competencies: [value] });
    if (!one.success) {
      // The first problem of each cell is enough to fix it.
      const told = new Set<string>();
      for (const p of one.error.issues.filter((x) => x.path[0] === 'competencies')) {
        const field = p.path[2] as keyof typeof value;
        if (told.has(field)) continue;
        told.add(field);
        problems.push(
          `Row ${row}, column “${field === 'code' ? code : field === 'name' ? name : group}”: ${p.message}`,
        );
      }
    }
    const key = value.code.toLowerCase();
    if (key && seen.has(key))
      problems.push(`Row ${row}, column “${code}”: the code ${value.code} is also on row ${seen.get(key)}.`);
    else if (key) seen.set(key, row);
    return value;
  });
  if (!competencies.length) problems.push('The file has a header but no competencies under it.');
  if (problems.length) fail(problems);
  const def = frameworkDefinition.safeParse({ ...settings, levelLabels: [], competencies });
  if (!def.success) fail(def.error.issues.map((p) => `${String(p.path[0] ?? 'File')}: ${p.message}`));
  return def.data;
}

export function parseFrameworkJson(text: string): FrameworkDefinition {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    fail([`The file is not valid JSON (${(e as Error).message.replace(/\s+/g, ' ').slice(0, 120)}).`]);
  }
  const def = frameworkDefinition.safeParse(value);
  if (def.success) return def.data;
  fail(
    def.error.issues.map((p) => {
      const [head, index, field] = p.path;
      if (head === 'competencies' && typeof index === 'number')
        return `Competency ${index + 1}${field ? `, “${String(field)}”` : ''}: ${p.message}`;
      if (head === 'levelLabels' && typeof index === 'number')
        return `Level label ${index + 1}${field ? `, “${String(field)}”` : ''}: ${p.message}`;
      return `${head === undefined ? 'The file' : `“${String(head)}”`}: ${p.message}`;
    }),
  );
}

export function parseFrameworkFile(fileName: string, text: string, settings: CsvSettings): FrameworkDefinition {
  if (/\.json$/i.test(fileName)) return parseFrameworkJson(text);
  if (/\.csv$/i.test(fileName)) return parseFrameworkCsv(text, settings);
  throw new AppError('validation', 'Choose a .csv or .json file.', [atFile('Choose a .csv or .json file.')]);
}

// The sample files offered beside the import, written from one definition so they agree.
const SAMPLE: FrameworkDefinition = {
  name: 'Our practicum competencies',
  scaleMin: 1,
  scaleMax: 4,
  halfLevels: true,
  targetLevel: 3,
  levelLabels: [
    { level: 1, label: 'Needs close guidance' },
    { level: 2, label: 'Growing' },
    { level: 3, label: 'Competent' },
    { level: 4, label: 'Beyond expected' },
  ],
  competencies: [
    { code: 'REL-1', name: 'Builds a working relationship with clients', group: 'Relationship' },
    { code: 'REL-2', name: 'Repairs ruptures in the relationship', group: 'Relationship' },
    { code: 'ASM-1', name: 'Gathers a thorough intake', group: 'Assessment' },
    { code: 'ASM-2', name: 'Screens for risk and acts on it', group: 'Assessment' },
    { code: 'ETH-1', name: 'Recognises ethical dilemmas and seeks consultation', group: 'Ethics' },
  ],
};

export function sampleFile(format: 'csv' | 'json'): { name: string; text: string } {
  if (format === 'json') return { name: 'framework-sample.json', text: `${JSON.stringify(SAMPLE, null, 2)}\n` };
  const rows = SAMPLE.competencies.map((c) => ({ code: c.code, competency: c.name, group: c.group }));
  return { name: 'framework-sample.csv', text: `${Papa.unparse(rows, { newline: '\n' })}\n` };
}
