/** Sheets (Google Forms CSV, Excel CSV, .xlsx): filled in the next step. */
import { AppError } from '../../errors.js';
import type { ColumnMapping } from '../import.types.js';
import type { RawMessage } from './raw.js';

export interface SheetResult {
  rows: RawMessage[];
  columns: string[];
  mapping: ColumnMapping;
}

export function readCsvSheet(text: string, mapping: ColumnMapping | undefined, timeZone: string): SheetResult {
  void text;
  void mapping;
  void timeZone;
  throw new AppError('import_unknown_format', 'csv not read yet');
}

export async function readXlsxSheet(file: Buffer, mapping: ColumnMapping | undefined, timeZone: string): Promise<SheetResult> {
  await Promise.resolve();
  void file;
  void mapping;
  void timeZone;
  throw new AppError('import_unknown_format', 'xlsx not read yet');
}
