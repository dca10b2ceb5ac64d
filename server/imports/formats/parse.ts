/**
 * The one entry point of the file readers: bytes + options -> messages with keep/skip, for the
 * upload page's preview and `npm run import`. Async because .xlsx is read by exceljs.
 *
 * bytes -> limits, binary check -> format (options.format, else name + first bytes/lines)
 *       -> text (encoding detected) -> the format's reader -> keep/skip rules (chatter.rules.ts)
 */
import { AppError } from '../../errors.js';
import { classifyMessage } from '../chatter.rules.js';
import type { ImportedMessage, ImportFormat, ParseOptions, ParseResult } from '../import.types.js';
import { detectBinaryFormat, detectTextFormat } from './detect.js';
import type { RawMessage } from './raw.js';
import { readCsvSheet, readXlsxSheet, type SheetResult } from './sheet.js';
import { assertNotBinary, checkSize, decodeText, splitLines } from './text.js';
import { DEFAULT_TIME_ZONE } from '../../shared/time.js';
import { assertTimeZone } from './time.js';
import { readWhatsApp } from './whatsapp.js';
import { readZoomChat } from './zoom-chat.js';
import { readZoomQa } from './zoom-qa.js';

export async function parseImport(file: Buffer, options: ParseOptions): Promise<ParseResult> {
  checkSize(file);
  if (file.length === 0) throw new AppError('import_empty');
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  try {
    assertTimeZone(timeZone);
  } catch {
    throw new AppError('validation_failed', `unknown time zone ${timeZone}`);
  }
  const asked = options.format && options.format !== 'auto' ? options.format : null;
  if (asked === 'xlsx' || (!asked && detectBinaryFormat(file) === 'xlsx')) {
    assertNotBinary(file);
    return sheetResult('xlsx', await readXlsxSheet(file, options.mapping, timeZone));
  }
  const { text, encoding } = decodeText(file);
  const lines = splitLines(text);
  const format = asked ?? detectTextFormat(lines, options.fileName);
  if (!format) throw new AppError('import_unknown_format', options.fileName);
  let result: ParseResult;
  switch (format) {
    case 'whatsapp':
      result = finish('whatsapp', readWhatsApp(lines, timeZone));
      break;
    case 'zoom-chat':
      result = finish('zoom-chat', readZoomChat(lines, timeZone, options.date, options.fileName));
      break;
    case 'zoom-qa':
      result = finish('zoom-qa', readZoomQa(text, timeZone));
      break;
    case 'csv':
      result = sheetResult('csv', readCsvSheet(text, options.mapping, timeZone));
      break;
    default:
      throw new AppError('import_binary', 'not a spreadsheet');
  }
  if (!result.messages.length) throw new AppError('import_empty', `no ${format} messages found`);
  return { ...result, encoding };
}

function sheetResult(format: ImportFormat, sheet: SheetResult): ParseResult {
  const result = finish(format, sheet.rows);
  if (!result.messages.length) throw new AppError('import_empty', 'no answer rows');
  return { ...result, columns: sheet.columns, mapping: sheet.mapping };
}

/** Applies the keep/skip rules; a reason the reader already knows (system, private) wins. */
export function finish(format: ImportFormat, raws: readonly RawMessage[]): ParseResult {
  const messages = raws.map((r, index): ImportedMessage => {
    const verdict = r.why ? { keep: false, why: r.why } : classifyMessage(r.text);
    return {
      index,
      at: r.at,
      author: r.author,
      organisation: r.organisation ?? null,
      role: r.role ?? null,
      subsector: r.subsector ?? null,
      text: r.text,
      keep: verdict.keep,
      why: verdict.why,
    };
  });
  return { format, messages };
}
