/**
 * Text for the PDF report: the standard Helvetica fonts hold only WinAnsi characters, so emoji are
 * drawn in Noto Emoji (SIL OFL, embedded as a subset of the glyphs used), switching font mid-line;
 * and a table cell's font shrinks until its longest word fits, since pdfkit otherwise breaks a word
 * that is wider than its column in the middle ("Pengemban g").
 */
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';
import { pdfRuns } from './safe.js';

type Doc = InstanceType<typeof PDFDocument>;
type TextOptions = PDFKit.Mixins.TextOptions;

export const EMOJI = 'NotoEmoji';
const EMOJI_FONT_FILE = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf');

/** Smallest size a cell's font shrinks to so that its longest word fits. */
const MIN_CELL_SIZE = 5;

export function registerEmojiFont(doc: Doc): void {
  doc.registerFont(EMOJI, EMOJI_FONT_FILE);
}

/**
 * Draws `text` at (x, y) (or where the last text left off) in `font`, with emoji in the emoji
 * font; the font is `font` again afterwards.
 */
export function drawText(doc: Doc, text: string, font: string, at: { x: number; y: number } | null, opts: TextOptions = {}): void {
  const runs = pdfRuns(text);
  runs.forEach((run, i) => {
    doc.font(run.emoji ? EMOJI : font);
    const o = { ...opts, continued: i < runs.length - 1 || opts.continued === true };
    if (i === 0 && at) doc.text(run.text, at.x, at.y, o);
    else doc.text(run.text, o);
  });
  doc.font(font);
}

/** The text as the standard font measures it: each emoji counted as a wide letter. */
export function measurable(text: string): string {
  return pdfRuns(text).map((r) => (r.emoji ? 'W'.repeat([...r.text].length) : r.text)).join('');
}

/** The font size, at most `size`, at which the widest word of `text` fits in `width` (current font). */
export function sizeToFit(doc: Doc, text: string, size: number, width: number): number {
  let longest = '';
  for (const word of text.split(/\s+/)) if (word.length > longest.length) longest = word;
  // Helvetica's widest letters are about one em: a word this short fits without measuring.
  if (longest.length * size <= width) return size;
  const w = doc.fontSize(size).widthOfString(longest);
  return w <= width ? size : Math.max(MIN_CELL_SIZE, Math.floor(((size * width) / w) * 10) / 10);
}
