/**
 * Which reader a file needs, from its name and first bytes/lines. The planner (or `--format`)
 * may override it; a file no reader recognises is refused with import_unknown_format.
 */
import type { ImportFormat } from '../import.types.js';
import { isZip } from './text.js';
import { isWhatsAppHeader } from './whatsapp.js';
import { isZoomChatLine } from './zoom-chat.js';
import { isZoomQaPreamble } from './zoom-qa.js';

export const extensionOf = (fileName: string): string => /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';

/** Workbooks are told from their bytes (a zip), not their name: a CSV renamed .xlsx is read as text. */
export function detectBinaryFormat(file: Buffer): ImportFormat | null {
  return isZip(file) ? 'xlsx' : null;
}

/** A text file: counts the lines each reader recognises among the first few hundred. */
export function detectTextFormat(lines: readonly string[], fileName: string): ImportFormat | null {
  const sample = lines.slice(0, 400).filter((l) => l.trim());
  if (!sample.length) return null;
  if (isZoomQaPreamble(sample)) return 'zoom-qa';
  const whatsapp = sample.filter(isWhatsAppHeader).length;
  const zoom = sample.filter(isZoomChatLine).length;
  const best = Math.max(whatsapp, zoom);
  const ext = extensionOf(fileName);
  const sheetName = ext === 'csv' || ext === 'tsv';
  if (best > 0 && (best >= 5 || best >= sample.length / 20) && !(sheetName && best < sample.length / 2)) {
    if (whatsapp >= zoom) return 'whatsapp';
    return 'zoom-chat';
  }
  if (sheetName || looksDelimited(sample)) return 'csv';
  return null;
}

/** Two or more lines with the same count (>= 1) of one delimiter outside quotes. */
function looksDelimited(sample: readonly string[]): boolean {
  const head = sample.slice(0, 20);
  if (head.length < 2) return false;
  return [',', ';', '\t'].some((d) => {
    const first = head[0]?.split(d).length ?? 0;
    return first > 1 && head.slice(1, 5).some((l) => l.split(d).length === first);
  });
}
