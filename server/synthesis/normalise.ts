/**
 * Text normalisation for forum suggestions: NFKC, case, URLs/e-mails/emoji/numbers removed,
 * stretched letters squeezed ("bangettt" -> "banget"), chat spellings expanded ("yg" -> "yang"),
 * acronyms (SDM, UMKM, HKI) kept as stable tokens.
 */
import { cleanChatText } from './chat-text.js';
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

// Markup pasted or typed into a suggestion (shown escaped, as written) is no part of its words.
const TAG_RE = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/giu;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|(?:^|\s)@\w+/giu;
const EMOJI_RE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;
// A word (letters/digits, inner - . ' _ joins, trailing # or + for c#, c++) or a phrase break.
const TOKEN_RE = /([\p{L}\p{N}]+(?:[-_.'’][\p{L}\p{N}]+)*[#+]*)|([.,;:!?()[\]{}"“”|\n\r•]+)/gu;
const SQUEEZE_RE = /(\p{L})\1{2,}/gu;
const NUMERIC_RE = /^[\p{N}.,_'’-]+$/u;
const REDUP_DIGIT_RE = /^(\p{L}{3,})2$/u;
const ACRONYM_SHAPE_RE = /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u;

function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < 12) return false;
  return text.replace(/[^\p{Lu}]/gu, '').length / letters > 0.6;
}

/** Splits a hyphenated word unless it is a reduplication ("kota-kota", "buku-bukunya"). */
function splitHyphen(word: string): string[] {
  if (!word.includes('-')) return [word];
  const parts = word.split('-').filter(Boolean);
  if (parts.length === 2 && parts[1]!.startsWith(parts[0]!)) return [word];
  return parts;
}

/** Each word of the raw text as written (null: a phrase break), after chat clutter, URL and emoji removal. */
export function forEachPiece(raw: string, fn: (piece: string | null, shouting: boolean) => void): void {
  const text = cleanChatText(raw.normalize('NFKC')).replace(TAG_RE, ' . ').replace(URL_RE, ' . ').replace(EMOJI_RE, ' ');
  const shouting = isShouting(text);
  for (const m of text.matchAll(TOKEN_RE)) fn(m[2] !== undefined ? null : m[0], shouting);
}

export interface NormalisedWord {
  text: string;
  acronym: boolean;
}

const PLAIN_WORD_RE = /^[a-z]+$/;
const TRIPLE_RE = /(.)\1\1/;

/** Normalises one raw word: case, squeezing, numbers, informal spellings, hyphens, acronyms. */
export function normalisePiece(raw: string, shouting: boolean, lexicon: NormaliseLexicon): NormalisedWord[] {
  // Most words are plain lowercase words no rule below changes (about twice as fast to analyse).
  if (PLAIN_WORD_RE.test(raw) && !TRIPLE_RE.test(raw) && !lexicon.informal.has(raw)) return [{ text: raw, acronym: lexicon.acronyms.has(raw) }];
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
