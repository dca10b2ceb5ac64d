/**
 * Escaping per output format. Report data is plain, unescaped user text (suggestions, theme labels
 * named by planners), so every renderer passes each text through one of these before writing it.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values in HTML and SVG. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/** Drops characters XML 1.0 cannot hold at all (control characters, lone surrogates). */
export function stripInvalidXml(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Text for XML documents (DOCX/XLSX libraries escape markup themselves; this also strips). */
export function escapeXml(s: string): string {
  return escapeHtml(stripInvalidXml(s));
}

/**
 * Inline Markdown text: emphasis, links, code, HTML, table pipes and line-start block markers all
 * become literal. Newlines collapse to spaces (callers render one text per paragraph or cell).
 */
export function escapeMarkdown(s: string): string {
  return stripInvalidXml(s)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]{}()|~!#]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** One CSV field per RFC 4180, formula-neutralised; numbers stay numbers. */
export function csvField(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const s = neutraliseFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A spreadsheet cell value: numbers as numbers, text as neutralised XML-safe strings. */
export function cellValue(v: string | number): string | number {
  return typeof v === 'number' ? v : neutraliseFormula(stripInvalidXml(v));
}

// Characters the PDF standard fonts (WinAnsiEncoding) hold beyond Latin-1.
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

const NEAREST: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2015': '-', '\u2212': '-', '\u2043': '-',
  '\u201b': "'", '\u2032': "'", '\u201f': '"', '\u2033': '"', '\u2190': '<-', '\u2192': '->', '\u2194': '<->',
  '\u21d2': '=>', '\u2264': '<=', '\u2265': '>=', '\u2260': '!=', '\u2248': '~', '\u2713': 'v', '\u2714': 'v',
  '\u2717': 'x', '\u2718': 'x', '\u25cf': '\u2022', '\u25aa': '\u2022', '\u2027': '\u00b7', '\u2044': '/',
};

const isWinAnsi = (c: number) => (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(c);

/**
 * Text the PDF standard fonts can draw: WinAnsi characters pass, others become their nearest
 * ASCII (accents stripped, arrows, dashes) or '?'; invisible marks and control characters go.
 */
export function toWinAnsi(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  let out = '';
  for (const ch of s.replace(/\r\n?/g, '\n')) {
    const c = ch.codePointAt(0)!;
    if (c === 10 || isWinAnsi(c)) out += ch;
    else if (c === 9) out += ' ';
    else if (NEAREST[ch] !== undefined) out += NEAREST[ch];
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || /[\p{Mn}\p{Me}\p{Cf}]/u.test(ch)) continue;
    else {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base && [...base].every((b) => isWinAnsi(b.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}

/** A stretch of text for the PDF: standard-font text (already through toWinAnsi) or emoji. */
export interface PdfRun {
  text: string;
  emoji: boolean;
}

const EMOJI_PART = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}]$/u;

/**
 * Splits text into runs the PDF draws in the standard font or the emoji font. Pictographs the
 * standard font holds (©, ®, ™) stay text; joiners and variation selectors are dropped, so a
 * joined sequence shows its parts side by side.
 */
export function pdfRuns(s: string): PdfRun[] {
  if (/^[\x20-\x7e]*$/.test(s)) return [{ text: s, emoji: false }];
  const runs: PdfRun[] = [];
  let plain = '';
  let emoji = '';
  const flush = () => {
    if (plain) runs.push({ text: toWinAnsi(plain), emoji: false });
    if (emoji) runs.push({ text: emoji, emoji: true });
    plain = emoji = '';
  };
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const isEmoji = EMOJI_PART.test(ch) && !isWinAnsi(c);
    if (isEmoji) {
      if (plain) flush();
      emoji += ch;
    } else if (emoji && (c === 0x200d || c === 0xfe0f || c === 0xfe0e)) continue;
    else {
      if (emoji) flush();
      plain += ch;
    }
  }
  flush();
  return runs.length ? runs : [{ text: '', emoji: false }];
}
