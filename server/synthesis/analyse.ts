/**
 * Text -> content terms: normalise, drop stopwords, stem per language. Stems are interned as
 * integer ids so n-grams, vectors and clustering never hash strings again. Each distinct raw word
 * is analysed once per Analyser (a memo): suggestions repeat their vocabulary.
 *
 * A whole run's documents come out as one Corpus: flat typed arrays with per-document offsets.
 * Per-document arrays (three small objects for each of 100k suggestions, all long-lived) made the
 * garbage collector copy and mark hundreds of thousands of objects.
 */
import { forEachNonAsciiSpan, normalisePiece, prepareText, scanAscii, type NormaliseLexicon } from './normalise.js';
import { stemToken } from './stem.js';
import { WordMemo } from './memo.js';

/** Every document's content tokens, flat: document d is tokens [offsets[d], offsets[d + 1]). */
export interface Corpus {
  n: number;
  offsets: Int32Array;
  /** stem id of each token */
  stems: Int32Array;
  /** surface id of each token: the normalised word it came from (Analyser.surfaceWords) */
  surfaces: Int32Array;
  /** 1 where a phrase starts (after punctuation): n-grams do not cross it */
  phraseStart: Uint8Array;
}

/** One analysed text (taxonomy keywords, tests). */
export interface AnalysedDoc {
  /** stem id of each content token, in order */
  stems: Int32Array;
  /** the normalised word each stem came from (for readable labels) */
  surfaces: string[];
  /** 1 where a phrase starts (after punctuation): n-grams do not cross it */
  phraseStart: Uint8Array;
}

export interface AnalyserConfig {
  lexicon: NormaliseLexicon;
  /** words dropped when the normalised word is listed */
  stopwords: ReadonlySet<string>;
  /** stems dropped with all their derived forms ("mengusulkan" -> "usul") */
  stopStems: ReadonlySet<string>;
}

/** Content words of one raw piece: stem id and surface id; empty when all are stopwords. */
interface PieceTerms {
  ids: number[];
  surfaces: number[];
}

// FNV-1a over a word's char codes (a different seed for words in shouted texts).
const HASH_SEED = 0x811c9dc5;
const SHOUT_SEED = 0x2f6b1c9d;
const HASH_PRIME = 0x01000193;

/** The id of value in list (appended, with its id in ids, when new). */
function internIn(ids: Map<string, number>, list: string[], value: string): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = list.length;
    list.push(value);
    ids.set(value, id);
  }
  return id;
}

export class Analyser {
  /** stem id -> stem */
  readonly stems: string[] = [];
  /** stem ids that are acronyms (kept unstemmed, printed in capitals) */
  readonly acronymIds = new Set<number>();
  private readonly ids = new Map<string, number>();
  /** surface id -> normalised word */
  readonly surfaceWords: string[] = [];
  private readonly surfaceIds = new Map<string, number>();
  /** Every word seen, as written -> its terms (memo.ts). */
  private readonly memo = new WordMemo();

  constructor(private readonly config: AnalyserConfig) {}

  private intern(stem: string): number {
    return internIn(this.ids, this.stems, stem);
  }

  private internSurface(word: string): number {
    return internIn(this.surfaceIds, this.surfaceWords, word);
  }

  /** Offset in memo.terms of the terms of text[start, end). */
  private lookup(text: string, start: number, end: number, shouting: boolean): number {
    let h = shouting ? SHOUT_SEED : HASH_SEED;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
    const flag = shouting ? 1 : 0;
    const found = this.memo.find(text, start, end, flag, h);
    if (found >= 0) return found;
    const terms = this.piece(text.slice(start, end), shouting);
    return this.memo.add(text, start, end, flag, h, terms.ids, terms.surfaces);
  }

  /** Content terms of one raw word (memoised by lookup). */
  private piece(raw: string, shouting: boolean): PieceTerms {
    const { lexicon, stopwords, stopStems } = this.config;
    const terms: PieceTerms = { ids: [], surfaces: [] };
    for (const w of normalisePiece(raw, shouting, lexicon)) {
      if (!w.acronym && (w.text.length < 2 || stopwords.has(w.text))) continue;
      const stem = w.acronym ? w.text : stemToken(w.text).stem;
      if (!w.acronym && (stem.length < 2 || stopStems.has(stem))) continue;
      const id = this.intern(stem);
      if (w.acronym) this.acronymIds.add(id);
      terms.ids.push(id);
      terms.surfaces.push(this.internSurface(w.text));
    }
    return terms;
  }

  // Output buffers of analyseAll(), grown by doubling; `len` tokens are filled.
  private stemBuf = new Int32Array(1024);
  private surfaceBuf = new Int32Array(1024);
  private startBuf = new Uint8Array(1024);
  private len = 0;
  private pendingStart = true;

  private grow(): void {
    const size = this.stemBuf.length * 2;
    const stems = new Int32Array(size);
    stems.set(this.stemBuf);
    this.stemBuf = stems;
    const surfaces = new Int32Array(size);
    surfaces.set(this.surfaceBuf);
    this.surfaceBuf = surfaces;
    const starts = new Uint8Array(size);
    starts.set(this.startBuf);
    this.startBuf = starts;
  }

  /** Appends one word's terms (an offset in memo.terms) to the output buffers. */
  private emit(at: number): void {
    const pool = this.memo.terms;
    const count = pool[at]!;
    for (let q = 0; q < count; q++) {
      if (this.len === this.stemBuf.length) this.grow();
      this.stemBuf[this.len] = pool[at + 1 + 2 * q]!;
      this.surfaceBuf[this.len] = pool[at + 2 + 2 * q]!;
      this.startBuf[this.len++] = this.pendingStart ? 1 : 0;
      this.pendingStart = false;
    }
  }

  /** Analyses every text into one Corpus; onDocument(i) after each (progress). */
  analyseAll(texts: ArrayLike<string>, onDocument?: (i: number) => void): Corpus {
    const n = texts.length;
    const offsets = new Int32Array(n + 1);
    this.len = 0;
    for (let d = 0; d < n; d++) {
      this.pendingStart = true;
      const { text, ascii, shouting } = prepareText(texts[d]!);
      const onSpan = (start: number, end: number): void => {
        if (start < 0) this.pendingStart = true;
        else this.emit(this.lookup(text, start, end, shouting));
      };
      if (ascii) scanAscii(text, onSpan);
      else forEachNonAsciiSpan(text, onSpan);
      offsets[d + 1] = this.len;
      onDocument?.(d);
    }
    const corpus: Corpus = {
      n,
      offsets,
      stems: this.stemBuf.slice(0, this.len),
      surfaces: this.surfaceBuf.slice(0, this.len),
      phraseStart: this.startBuf.slice(0, this.len),
    };
    this.len = 0;
    return corpus;
  }

  /** One text's content terms. */
  analyse(text: string): AnalysedDoc {
    const c = this.analyseAll([text]);
    return { stems: c.stems, surfaces: Array.from(c.surfaces, (id) => this.surfaceWords[id]!), phraseStart: c.phraseStart };
  }
}
