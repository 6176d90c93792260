// A spreadsheet the user chose, read into memory as a header row and cells: CSV with Papa Parse,
// Excel (.xlsx) with ExcelJS, from a buffer, so nothing of it is written anywhere. Read with caps
// whatever the file claims, as every file a user brings in is (shared/user-file.ts).
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../contract/errors';
import { readBytesCapped, readTextCapped } from '../shared/user-file';

export type Cell = string | number | Date | null;
export interface Table {
  name: string;
  columns: string[];
  rows: Cell[][];
}

// Years of weekly hours are a few thousand rows; these bound a hostile or mistaken file.
const MAX_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;
const MAX_COLUMNS = 60;
const TOO_LARGE = 'That file is larger than an hour log can be (10 MB). Choose the spreadsheet of hours.';

export async function readTable(path: string, name: string): Promise<Table> {
  const ext = extname(name).toLowerCase();
  let grid: Cell[][];
  if (ext === '.csv') grid = csvGrid(readTextCapped(path, MAX_BYTES, TOO_LARGE));
  else if (ext === '.xlsx') grid = await xlsxGrid(readBytesCapped(path, MAX_BYTES, TOO_LARGE));
  else throw new AppError('validation', 'Choose a CSV file or an Excel workbook (.xlsx).');
  const [header, ...rows] = grid;
  if (!header || !header.some((c) => text(c) !== ''))
    throw new AppError('validation', 'The file has no header row: its first row should name the columns.');
  if (header.length > MAX_COLUMNS)
    throw new AppError('validation', `The file has more than ${MAX_COLUMNS} columns; keep only those with hours.`);
  if (rows.length > MAX_ROWS)
    throw new AppError('validation', `The file has more than ${MAX_ROWS.toLocaleString('en')} rows; split it.`);
  return { name, columns: columnNames(header), rows: rows.filter((r) => r.some((c) => text(c) !== '')) };
}

export function text(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

// Blank headers get a name and repeated ones a number, so every column can be chosen.
function columnNames(header: Cell[]): string[] {
  const seen = new Map<string, number>();
  return header.map((c, i) => {
    const base = text(c) || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

function csvGrid(source: string): Cell[][] {
  const parsed = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy' });
  if (parsed.errors.some((e) => e.type === 'Quotes'))
    throw new AppError('validation', 'The CSV has a quote that is never closed; save it again from the spreadsheet.');
  return parsed.data.slice(0, MAX_ROWS + 2);
}

async function xlsxGrid(bytes: Buffer): Promise<Cell[][]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError(
      'validation',
      'That is not an Excel workbook Alliance can read (.xlsx). Save it as .xlsx or CSV.',
    );
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new AppError('validation', 'The workbook has no sheet.');
  const grid: Cell[][] = [];
  const width = Math.min(sheet.columnCount, MAX_COLUMNS + 1);
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    if (n > MAX_ROWS + 2) return;
    grid[n - 1] = Array.from({ length: width }, (_, i) => cellValue(row.getCell(i + 1).value));
  });
  return Array.from(grid, (r) => r ?? []);
}

// ExcelJS's cell values: plain, a formula's result, rich text, a hyperlink, an error.
function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v;
  if ('result' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return String(v.text);
  return null;
}
