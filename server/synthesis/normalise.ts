/**
 * Text normalisation for forum suggestions: NFKC, case, URLs/e-mails/emoji/numbers removed,
 * stretched letters squeezed ("bangettt" -> "banget"), chat spellings expanded ("yg" -> "yang"),
 * acronyms (SDM, UMKM, HKI) kept as stable tokens.
 */
import { DEFAULT_ACRONYMS, DEFAULT_INFORMAL } from './lexicons/informal.js';

export interface NormaliseLexicon {
  /** informal spelling -> replacement (may be several words) */
  informal: ReadonlyMap<string, string[]>;
  /** lowercase acronyms never stemmed nor dropped as stopwords */
  acronyms: ReadonlySet<string>;
}

export interface NormalisedToken {
  /** lowercase normalised word */
  text: string;
  /** an acronym: keep unstemmed, print in capitals */
  acronym: boolean;
  /** first token after punctuation: n-grams never span a phrase boundary */
  phraseStart: boolean;
}

/** Builds the lexicon from the defaults plus overrides (an empty replacement deletes an entry). */
export function buildNormaliseLexicon(
  informal: Readonly<Record<string, string>> = {},
  acronyms: readonly string[] = [],
): NormaliseLexicon {
  const map = new Map<string, string[]>();
  for (const [k, v] of Object.entries({ ...DEFAULT_INFORMAL, ...informal })) {
    if (v.trim()) map.set(k.toLowerCase(), v.toLowerCase().split(/\s+/));
  }
  return { informal: map, acronyms: new Set([...DEFAULT_ACRONYMS, ...acronyms].map((a) => a.toLowerCase())) };
}

let defaultLexicon: NormaliseLexicon | undefined;
export function defaultNormaliseLexicon(): NormaliseLexicon {
  defaultLexicon ??= buildNormaliseLexicon();
  return defaultLexicon;
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|(?:^|\s)@\w+/giu;
const EMOJI_RE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;
// A word (letters/digits, inner - . ' _ joins, trailing # or + for c#, c++) or a phrase break.
const TOKEN_RE = /([\p{L}\p{N}]+(?:[-_.'’][\p{L}\p{N}]+)*[#+]*)|([.,;:!?()[\]{}"“”|\n\r•]+)/gu;
const SQUEEZE_RE = /(\p{L})\1{2,}/gu;
const NUMERIC_RE = /^[\p{N}.,_'’-]+$/u;
const REDUP_DIGIT_RE = /^(\p{L}{3,})2$/u;
const ACRONYM_SHAPE_RE = /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u;

const NON_ASCII_RE = /[\u0080-\uffff]/;
// Cheap screen before URL_RE: every match contains one of these.
const URL_HINT_RE = /:\/\/|www\.|@/i;

function isShouting(text: string, ascii: boolean): boolean {
  let letters = 0;
  let upper = 0;
  if (ascii) {
    // Counted by char codes: two Unicode-class regex replaces per suggestion were a visible cost.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i) | 32;
      if (c >= 97 && c <= 122) {
        letters++;
        if (text.charCodeAt(i) < 97) upper++;
      }
    }
  } else {
    letters = text.replace(/[^\p{L}]/gu, '').length;
    upper = letters < 12 ? 0 : text.replace(/[^\p{Lu}]/gu, '').length;
  }
  if (letters < 12) return false;
  return upper / letters > 0.6;
}

/** Splits a hyphenated word unless it is a reduplication ("kota-kota", "buku-bukunya"). */
function splitHyphen(word: string): string[] {
  if (!word.includes('-')) return [word];
  const parts = word.split('-').filter(Boolean);
  if (parts.length === 2 && parts[1]!.startsWith(parts[0]!)) return [word];
  return parts;
}

/** A raw suggestion ready to split into words: URLs and emoji gone, NFKC (non-ASCII only). */
export interface PreparedText {
  text: string;
  /** plain ASCII: scanAscii's classes apply */
  ascii: boolean;
  /** written in capitals: capitals then mark no acronym */
  shouting: boolean;
}

export function prepareText(raw: string): PreparedText {
  // ASCII text is its own NFKC form and holds no emoji: skip both passes for it.
  const ascii = !NON_ASCII_RE.test(raw);
  let text = ascii ? raw : raw.normalize('NFKC');
  if (URL_HINT_RE.test(text)) text = text.replace(URL_RE, ' . ');
  if (!ascii) text = text.replace(EMOJI_RE, ' ');
  return { text, ascii, shouting: isShouting(text, ascii) };
}

/**
 * Each word of the raw text, after URL/emoji removal, as a span [start, end) of the cleaned text
 * (start < 0: a phrase break). Spans let the analyser look words up without slicing them.
 */
export function forEachSpan(raw: string, fn: (text: string, start: number, end: number, shouting: boolean) => void): void {
  const { text, ascii, shouting } = prepareText(raw);
  if (ascii) scanAscii(text, (start, end) => fn(text, start, end, shouting));
  else forEachNonAsciiSpan(text, (start, end) => fn(text, start, end, shouting));
}

/** TOKEN_RE's matches of a prepared non-ASCII text (start < 0: a phrase break). */
export function forEachNonAsciiSpan(text: string, fn: (start: number, end: number) => void): void {
  // Group 1 (a word) or group 2 (a break) is the whole match.
  for (const m of text.matchAll(TOKEN_RE)) fn(m[2] !== undefined ? -1 : m.index, m.index + m[0].length);
}

/** A word of the raw text (as written) or null for a phrase break, after URL/emoji removal. */
export function forEachPiece(raw: string, fn: (piece: string | null, shouting: boolean) => void): void {
  forEachSpan(raw, (text, start, end, shouting) => fn(start < 0 ? null : text.slice(start, end), shouting));
}

// ASCII classes of TOKEN_RE: word characters, inner joiners, phrase breaks, trailing # or +.
const ALNUM = 1;
const JOIN = 2;
const BREAK = 4;
const TAIL = 8;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[a-zA-Z0-9]/.test(ch)) ASCII_CLASS[c]! |= ALNUM;
  if ("-_.'".includes(ch)) ASCII_CLASS[c]! |= JOIN;
  if ('.,;:!?()[]{}"|\n\r'.includes(ch)) ASCII_CLASS[c]! |= BREAK;
  if ('#+'.includes(ch)) ASCII_CLASS[c]! |= TAIL;
}

/**
 * TOKEN_RE's matches for ASCII text, by a scan over char codes (the regex iterator and its match
 * arrays were the costliest part of analysing). Same leftmost, greedy semantics: a word is
 * alnum+ (joiner alnum+)* [#+]*, a break is a run of break characters; anything else is skipped.
 */
export function scanAscii(text: string, fn: (start: number, end: number) => void): void {
  const n = text.length;
  // Every read is bounds-checked: reading past the end (NaN, then an out-of-range typed-array
  // index) deoptimised this function again and again on a cold run.
  const at = (i: number): number => (i < n ? ASCII_CLASS[text.charCodeAt(i)]! : 0);
  let i = 0;
  while (i < n) {
    const c = at(i);
    if (c & ALNUM) {
      const start = i;
      do i++;
      while (at(i) & ALNUM);
      while (at(i) & JOIN && at(i + 1) & ALNUM) {
        i += 2;
        while (at(i) & ALNUM) i++;
      }
      while (at(i) & TAIL) i++;
      fn(start, i);
    } else if (c & BREAK) {
      do i++;
      while (at(i) & BREAK);
      fn(-1, i);
    } else i++;
  }
}

export interface NormalisedWord {
  text: string;
  acronym: boolean;
}

/** Only a-z, and no letter three times in a row: such a word is already normalised. */
function plainLowercase(raw: string): boolean {
  let prev = 0;
  let run = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 97 || c > 122) return false;
    run = c === prev ? run + 1 : 1;
    if (run === 3) return false;
    prev = c;
  }
  return true;
}

/**
 * Most words are plain lowercase and in no informal list: normalisePiece leaves them as they are
 * (one word, an acronym only when listed). Callers may skip it for them.
 */
export function isPlainWord(raw: string, lexicon: NormaliseLexicon): boolean {
  return plainLowercase(raw) && !lexicon.informal.has(raw);
}

/** Normalises one raw word: case, squeezing, numbers, informal spellings, hyphens, acronyms. */
export function normalisePiece(raw: string, shouting: boolean, lexicon: NormaliseLexicon): NormalisedWord[] {
  // Every rule below would leave a plain word as it is.
  if (isPlainWord(raw, lexicon)) return [{ text: raw, acronym: lexicon.acronyms.has(raw) }];
  // "user's" -> "user", "don't" -> "dont"
  const piece = raw.replace(/['’]s$/iu, '').replace(/['’]/gu, '');
  const capsAcronym = !shouting && ACRONYM_SHAPE_RE.test(piece);
  let word = piece.toLowerCase().replace(SQUEEZE_RE, '$1');
  if (NUMERIC_RE.test(word)) return [];
  const redup = REDUP_DIGIT_RE.exec(word);
  if (redup) word = `${redup[1]}-${redup[1]}`;
  const mapped = lexicon.informal.get(word);
  const words = mapped ?? splitHyphen(word);
  const out: NormalisedWord[] = [];
  for (const w of words) {
    if (!w || NUMERIC_RE.test(w)) continue;
    out.push({ text: w, acronym: (capsAcronym && words.length === 1) || lexicon.acronyms.has(w) });
  }
  return out;
}

/** Normalises a raw suggestion into tokens. */
export function normaliseTokens(raw: string, lexicon: NormaliseLexicon = defaultNormaliseLexicon()): NormalisedToken[] {
  const out: NormalisedToken[] = [];
  let phraseStart = true;
  forEachPiece(raw, (piece, shouting) => {
    if (piece === null) {
      phraseStart = true;
      return;
    }
    for (const w of normalisePiece(piece, shouting, lexicon)) {
      out.push({ text: w.text, acronym: w.acronym, phraseStart });
      phraseStart = false;
    }
  });
  return out;
}

/** Normalised text as one string (tokens joined by spaces). */
export function normalise(raw: string, lexicon?: NormaliseLexicon): string {
  return normaliseTokens(raw, lexicon)
    .map((t) => t.text)
    .join(' ');
}
