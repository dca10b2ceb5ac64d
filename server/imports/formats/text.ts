/**
 * Bytes to text: limits, binary files, encodings. Exports come as UTF-8 (WhatsApp, Zoom, Google
 * Forms with a BOM), UTF-16 ("Unicode text" from Excel) or a Windows code page (Excel's CSV on an
 * Indonesian Windows): strict UTF-8 first, then chardet's guess decoded by iconv-lite.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { AppError } from '../../errors.js';

export const MAX_BYTES = 20 * 1024 * 1024;
export const MAX_LINES = 200_000;

/** Magic numbers of files people pick by mistake (images, PDF, archives, old Office). */
const BINARY_MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: .xls, .doc
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // EXE
];

const startsWith = (file: Buffer, bytes: readonly number[]): boolean => bytes.every((b, i) => file[i] === b);

export const isZip = (file: Buffer): boolean => startsWith(file, [0x50, 0x4b, 0x03, 0x04]);

export function checkSize(file: Buffer): void {
  if (file.length > MAX_BYTES) throw new AppError('import_too_large', `${file.length} bytes`);
}

export function assertNotBinary(file: Buffer): void {
  if (BINARY_MAGIC.some((magic) => startsWith(file, magic))) throw new AppError('import_binary', 'known binary signature');
}

export interface DecodedText {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Control characters other than tab, newlines and form feed: text files have none. */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g;

export function decodeText(file: Buffer): DecodedText {
  checkSize(file);
  assertNotBinary(file);
  let decoded: DecodedText;
  if (startsWith(file, [0xef, 0xbb, 0xbf])) decoded = { text: file.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  else if (startsWith(file, [0xff, 0xfe])) decoded = { text: iconv.decode(file.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  else if (startsWith(file, [0xfe, 0xff])) decoded = { text: iconv.decode(file.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  else decoded = decodeUnmarked(file);
  const sample = decoded.text.slice(0, 64 * 1024);
  const controls = sample.match(CONTROL_RE)?.length ?? 0;
  if (controls > 0 && controls > sample.length / 1000) throw new AppError('import_binary', `${controls} control characters`);
  if (!decoded.text.trim()) throw new AppError('import_empty');
  return decoded;
}

function decodeUnmarked(file: Buffer): DecodedText {
  if (!file.length) throw new AppError('import_empty');
  try {
    return { text: utf8.decode(file), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: a legacy code page, or something that is no text at all
  }
  const nul = file.subarray(0, 4096).indexOf(0);
  if (nul >= 0) {
    // UTF-16 without a BOM has a NUL in every other byte of Latin text
    const guess = chardet.detect(file.subarray(0, 64 * 1024));
    if (guess === 'UTF-16LE' || guess === 'UTF-16BE') return { text: iconv.decode(file, guess), encoding: guess };
    throw new AppError('import_binary', 'NUL bytes');
  }
  // Valid UTF-8 sequences next to invalid bytes: two encodings pasted together; reading it either way loses text.
  if (VALID_UTF8_MULTIBYTE_RE.test(file.subarray(0, 1024 * 1024).toString('latin1'))) {
    throw new AppError('import_encoding', 'UTF-8 mixed with another encoding');
  }
  const guess = chardet.detect(file.subarray(0, 256 * 1024));
  const encoding = legacyEncoding(guess);
  if (!encoding) throw new AppError('import_encoding', `detected ${guess ?? 'nothing'}`);
  const text = iconv.decode(file, encoding);
  // A byte the code page does not define was lost in decoding: refuse rather than import damaged text.
  if (text.includes('\ufffd')) throw new AppError('import_encoding', `bytes ${encoding} does not define`);
  return { text, encoding };
}

/**
 * A forum export that is not UTF-8 comes from Excel on a Windows in Indonesia (or anywhere in
 * the Latin-script world), i.e. Windows-1252: chardet's Latin guesses on short files wander
 * between 1252, 1254 and Latin-1, so any Latin guess reads as 1252. Any other guess (CJK,
 * Cyrillic...) is no forum export in Bahasa Indonesia: refused, with "save as UTF-8".
 */
function legacyEncoding(guess: string | null): string | null {
  if (!guess || /^(windows-125[0-8]|ISO-8859-(1|2|3|4|9|10|13|14|15|16))$/i.test(guess)) return 'windows-1252';
  return null;
}

/** A two- to four-byte UTF-8 sequence, as Latin-1 characters. */
const VALID_UTF8_MULTIBYTE_RE = /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/;

/** Lines without their ends; throws past the line limit. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r|\u2028/);
  if (lines.length > MAX_LINES) throw new AppError('import_too_large', `${lines.length} lines`);
  return lines;
}
