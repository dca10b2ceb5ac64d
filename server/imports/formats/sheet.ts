/**
 * Sheets of answers: Google Forms CSV (UTF-8 with BOM, comma), the same sheet saved by Excel on an
 * Indonesian Windows (semicolon, Windows-1252: decoded in text.ts), and .xlsx (exceljs). One row
 * is one message; the column mapping is guessed (mapping.ts) unless the planner gives it.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.js';
import type { ColumnMapping } from '../import.types.js';
import { dayOrderOf, fromSheetDate, parseDateTime } from './datetime.js';
import { guessMapping, roleOf, type Cell } from './mapping.js';
import type { RawMessage } from './raw.js';
import { MAX_LINES } from './text.js';

export interface SheetResult {
  rows: RawMessage[];
  columns: string[];
  mapping: ColumnMapping;
}

/** The delimiter used most, outside quotes, on the first lines. */
function delimiterOf(text: string): string {
  const head = text.slice(0, 16 * 1024).split(/\r?\n/u).slice(0, 5).join('\n').replace(/"[^"]*"/gu, '');
  let best = ',';
  let count = 0;
  for (const d of [',', ';', '\t', '|']) {
    const n = head.split(d).length - 1;
    if (n > count) {
      best = d;
      count = n;
    }
  }
  return best;
}

/** CSV rows; a file csv-parse cannot read (an unclosed quote at the end...) is no sheet. */
export function csvRows(text: string, delimiter: string, skipEmptyLines: boolean): string[][] {
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: skipEmptyLines, bom: true }) as string[][];
  } catch (e) {
    throw new AppError('import_unknown_format', `not readable as CSV: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function readCsvSheet(text: string, mapping: ColumnMapping | undefined, timeZone: string): SheetResult {
  return fromRows(csvRows(text, delimiterOf(text), false), mapping, timeZone);
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellOf((value.result ?? null) as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export async function readXlsxSheet(file: Buffer, mapping: ColumnMapping | undefined, timeZone: string): Promise<SheetResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError('import_unknown_format', 'a zip archive that is no .xlsx workbook');
  }
  // The sheet with the most rows (Google Forms' download has one; a planner's may add a summary).
  const sheet = [...workbook.worksheets].sort((a, b) => b.actualRowCount - a.actualRowCount)[0];
  if (!sheet || sheet.actualRowCount === 0) throw new AppError('import_empty', 'no rows in the workbook');
  if (sheet.rowCount > MAX_LINES) throw new AppError('import_too_large', `${sheet.rowCount} rows`);
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    // Blank rows stay (as empty rows): they separate a title or a report preamble from the answers.
    while (rows.length < row.number - 1) rows.push([]);
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellOf(cell.value);
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return fromRows(rows, mapping, timeZone);
}

const text = (c: Cell | undefined): string => (c instanceof Date ? c.toISOString() : (c ?? '').trim());

/**
 * The header: the first row, among those filling at least half as many cells as the widest, that
 * has two or more rows under it before a blank row. A title, a report preamble (a Zoom Q&A report
 * saved as a sheet: "Topic, Webinar ID, ..." and one row of values) or a note above is skipped;
 * blank rows further down do not end the answers.
 */
function headerIndex(rows: readonly Cell[][]): number {
  const filled = (r: readonly Cell[] | undefined): number => (r ?? []).filter((c) => text(c)).length;
  const widest = Math.max(0, ...rows.slice(0, 200).map(filled));
  const wide = (i: number): boolean => filled(rows[i]) >= Math.max(1, widest / 2);
  let first = -1;
  for (let i = 0; i < Math.min(rows.length, 60); i++) {
    if (!wide(i)) continue;
    if (first < 0) first = i;
    if (filled(rows[i + 1]) > 0 && filled(rows[i + 2]) > 0) return i;
  }
  return Math.max(0, first);
}

function fromRows(all: readonly Cell[][], given: ColumnMapping | undefined, timeZone: string): SheetResult {
  const isFilled = (r: readonly Cell[]): boolean => r.some((c) => text(c));
  if (!all.some(isFilled)) throw new AppError('import_empty', 'no rows');
  const h = headerIndex(all);
  const width = Math.max(...all.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, i) => text(all[h]?.[i]) || `#${i + 1}`);
  const body = all.slice(h + 1).filter(isFilled);
  if (!body.length) throw new AppError('import_empty', 'a header and no answers');
  const mapping = given ?? guessMapping(columns, body);
  if (mapping.text < 0 || mapping.text >= width) throw new AppError('import_no_text_column', columns.join(', '));
  const timeCol = mapping.time;
  const order = timeCol === null ? 'dmy' : dayOrderOf(body.map((r) => (r[timeCol] instanceof Date ? '' : text(r[timeCol]))));
  const get = (row: readonly Cell[], i: number | null): string | null => (i === null ? null : text(row[i]) || null);
  const rows = body.map((row): RawMessage => {
    const t = timeCol === null ? undefined : row[timeCol];
    const when = t instanceof Date ? fromSheetDate(t, timeZone) : t ? parseDateTime(t, timeZone, order) : null;
    const role = get(row, mapping.role);
    return {
      at: when,
      author: get(row, mapping.author),
      organisation: get(row, mapping.organisation),
      role: role === null ? null : roleOf(role),
      subsector: get(row, mapping.subsector),
      text: text(row[mapping.text]).replace(/\r\n?/gu, '\n'),
    };
  });
  return { rows, columns, mapping };
}
