/**
 * The one text analyser: everything in Rembuk that reads words (themes, the projector's keyword
 * cloud, the participant's duplicate hint) goes through it, so they agree on what a word is,
 * what is filler, and which forms are the same word.
 *
 * text -> normalise (normalise.ts, chat-text.ts) -> drop stopwords, filler and laughter -> stem per language (stem.ts)
 */
import { buildNormaliseLexicon, normaliseTokens, type NormaliseLexicon } from './normalise.js';
import { stemToken } from './stem.js';
import { isLaughter } from './chat-text.js';
import { DEFAULT_DOMAIN_STOPWORDS, DEFAULT_STOP_ROOTS, languageStopwords } from './lexicons/stopwords.js';
import { DEFAULT_PLACES } from './lexicons/places.js';

export interface AnalyserOptions {
  lexicons?: {
    /** informal spelling -> replacement, merged over the defaults ('' deletes a default) */
    informal?: Record<string, string>;
    /** extra acronyms kept unstemmed and printed in capitals */
    acronyms?: string[];
    /** place names (the forum's city...): never keywords (replaces the defaults) */
    places?: string[];
  };
  /** words added to or removed from the Indonesian + English + filler stopword lists */
  stopwords?: { add?: string[]; remove?: string[] };
}

/** One content word of a text. */
export interface Term {
  /** stem (Indonesian root, Porter stem, or the word itself): the key words are compared by */
  stem: string;
  /** the normalised word as written ("permodalan"), for readable labels */
  surface: string;
  /** an acronym: printed in capitals */
  acronym: boolean;
  /** first content word after punctuation: phrases (n-grams) never cross a phrase start */
  phraseStart: boolean;
}

export class TextAnalyser {
  private readonly lexicon: NormaliseLexicon;
  private readonly stopwords: ReadonlySet<string>;
  /** stems whose every derived form is filler too: the stop roots, the filler and place lists, added words */
  private readonly stopStems: ReadonlySet<string>;

  constructor(options: AnalyserOptions = {}) {
    this.lexicon = buildNormaliseLexicon(options.lexicons?.informal, options.lexicons?.acronyms);
    const stopwords = languageStopwords();
    for (const w of DEFAULT_DOMAIN_STOPWORDS) stopwords.add(w);
    for (const w of options.lexicons?.places ?? DEFAULT_PLACES) for (const part of w.toLowerCase().split(/\s+/)) stopwords.add(part);
    for (const w of options.stopwords?.add ?? []) stopwords.add(w.toLowerCase());
    const removed = new Set((options.stopwords?.remove ?? []).map((w) => w.toLowerCase()));
    for (const w of removed) stopwords.delete(w);
    this.stopwords = stopwords;
    // An Indonesian root in the stopword and filler lists often derives content words ("guna" ->
    // "pengguna", "ada" -> "pengadaan", "dapat" -> "pendapatan"): only the stop roots, places and
    // a forum's added words drop their derived forms.
    const stopStems = new Set([...DEFAULT_STOP_ROOTS, ...(options.lexicons?.places ?? DEFAULT_PLACES), ...(options.stopwords?.add ?? [])].map((w) => w.toLowerCase()));
    for (const w of removed) stopStems.delete(w);
    this.stopStems = stopStems;
  }

  /**
   * Texts read before, with their terms: a live session's themes are recomputed every few
   * seconds over the same approved suggestions (3k suggestions: ~90 of ~370 ms). Cleared when full.
   */
  private readonly memo = new Map<string, readonly Term[]>();

  /** The content words of a text, in order (do not modify: the array is shared). */
  terms(text: string): readonly Term[] {
    const known = this.memo.get(text);
    if (known) return known;
    if (this.memo.size >= MEMO_TEXTS) this.memo.clear();
    const out = this.read(text);
    this.memo.set(text, out);
    return out;
  }

  private read(text: string): Term[] {
    const out: Term[] = [];
    let phraseStart = true;
    for (const token of normaliseTokens(text, this.lexicon)) {
      phraseStart ||= token.phraseStart;
      if (!token.acronym && (token.text.length < 2 || this.stopwords.has(token.text) || isLaughter(token.text))) continue;
      const { stem, language } = token.acronym ? { stem: token.text, language: 'other' } : stemToken(token.text);
      if (!token.acronym && (stem.length < 2 || this.stopStems.has(stem) || (language !== 'id' && this.stopwords.has(stem)))) continue;
      out.push({ stem, surface: token.text, acronym: token.acronym, phraseStart });
      phraseStart = false;
    }
    return out;
  }

  /** The distinct stems of a text (duplicate hints compare these). */
  stems(text: string): string[] {
    return [...new Set(this.terms(text).map((t) => t.stem))];
  }
}

const MEMO_TEXTS = 200_000;

let shared: TextAnalyser | undefined;

/** The analyser with the default lists (one per process). */
export function defaultAnalyser(): TextAnalyser {
  shared ??= new TextAnalyser();
  return shared;
}

let last: { key: string; analyser: TextAnalyser } | undefined;

/** An analyser for these options, the same one as last time when they have not changed (its memo with it). */
export function analyserFor(options: AnalyserOptions): TextAnalyser {
  const key = JSON.stringify([options.lexicons?.informal, options.lexicons?.acronyms, options.lexicons?.places, options.stopwords]);
  if (last?.key !== key) last = { key, analyser: new TextAnalyser(options) };
  return last.analyser;
}
