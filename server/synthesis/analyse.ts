/**
 * Text -> content terms: normalise, drop stopwords, stem per language. Stems are interned as
 * integer ids so n-grams, vectors and clustering never hash strings again. Each distinct raw word
 * is analysed once per Analyser (a memo): suggestions repeat their vocabulary.
 *
 * A whole run's documents come out as one Corpus: flat typed arrays with per-document offsets.
 * Per-document arrays (three small objects for each of 100k suggestions, all long-lived) made the
 * garbage collector copy and mark hundreds of thousands of objects.
 */
import { forEachSpan, normalisePiece, type NormaliseLexicon } from './normalise.js';
import { stemToken } from './stem.js';

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

export class Analyser {
  /** stem id -> stem */
  readonly stems: string[] = [];
  /** stem ids that are acronyms (kept unstemmed, printed in capitals) */
  readonly acronymIds = new Set<number>();
  private readonly ids = new Map<string, number>();
  /** surface id -> normalised word */
  readonly surfaceWords: string[] = [];
  private readonly surfaceIds = new Map<string, number>();
  /**
   * Memo of analysed words: an open-addressing table keyed by a hash of the word's span, so a
   * word seen before costs a hash over its characters and one comparison, not a substring and a
   * Map lookup (1.5M tokens at 100k suggestions). Slot i holds raws[i], shouting bit, terms.
   */
  private hashes = new Int32Array(1 << 16);
  private raws: Array<string | undefined> = new Array<string | undefined>(1 << 16);
  private shouts = new Uint8Array(1 << 16);
  private terms: PieceTerms[] = new Array<PieceTerms>(1 << 16);
  private memoSize = 0;

  constructor(private readonly config: AnalyserConfig) {}

  private intern(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.stems.push(stem);
      this.ids.set(stem, id);
    }
    return id;
  }

  private internSurface(word: string): number {
    let id = this.surfaceIds.get(word);
    if (id === undefined) {
      id = this.surfaceWords.length;
      this.surfaceWords.push(word);
      this.surfaceIds.set(word, id);
    }
    return id;
  }

  /** The memoised terms of text[start, end). */
  private lookup(text: string, start: number, end: number, shouting: boolean): PieceTerms {
    let h = shouting ? 0x2f6b1c9d : 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = this.hashes.length - 1;
    const len = end - start;
    const flag = shouting ? 1 : 0;
    let slot = h & mask;
    for (let raw = this.raws[slot]; raw !== undefined; slot = (slot + 1) & mask, raw = this.raws[slot]) {
      if (this.hashes[slot] === h && raw.length === len && this.shouts[slot] === flag && text.startsWith(raw, start)) return this.terms[slot]!;
    }
    const raw = text.slice(start, end);
    const terms = this.piece(raw, shouting);
    if (this.memoSize >= 1_000_000) this.resetMemo(this.hashes.length);
    else if (2 * (this.memoSize + 1) > this.hashes.length) this.resetMemo(this.hashes.length * 2, true);
    this.store(h, raw, flag, terms);
    return terms;
  }

  private store(h: number, raw: string, flag: number, terms: PieceTerms): void {
    const mask = this.hashes.length - 1;
    let slot = h & mask;
    while (this.raws[slot] !== undefined) slot = (slot + 1) & mask;
    this.hashes[slot] = h;
    this.raws[slot] = raw;
    this.shouts[slot] = flag;
    this.terms[slot] = terms;
    this.memoSize++;
  }

  /** Empties the memo (huge runs) or rehashes it into a larger table. */
  private resetMemo(capacity: number, keep = false): void {
    const { hashes, raws, shouts, terms } = this;
    this.hashes = new Int32Array(capacity);
    this.raws = new Array<string | undefined>(capacity);
    this.shouts = new Uint8Array(capacity);
    this.terms = new Array<PieceTerms>(capacity);
    this.memoSize = 0;
    if (keep) for (let i = 0; i < raws.length; i++) if (raws[i] !== undefined) this.store(hashes[i]!, raws[i]!, shouts[i]!, terms[i]!);
  }

  /** Content terms of one raw word (not memoised: see lookup). */
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

  /** forEachSpan's callback for every document (one closure, state in fields). */
  private readonly onSpan = (clean: string, start: number, end: number, shouting: boolean): void => {
    if (start < 0) {
      this.pendingStart = true;
      return;
    }
    const terms = this.lookup(clean, start, end, shouting);
    for (let i = 0; i < terms.ids.length; i++) {
      if (this.len === this.stemBuf.length) this.grow();
      this.stemBuf[this.len] = terms.ids[i]!;
      this.surfaceBuf[this.len] = terms.surfaces[i]!;
      this.startBuf[this.len++] = this.pendingStart ? 1 : 0;
      this.pendingStart = false;
    }
  };

  /** Analyses every text into one Corpus; onDocument(i) after each (progress). */
  analyseAll(texts: ArrayLike<string>, onDocument?: (i: number) => void): Corpus {
    const n = texts.length;
    const offsets = new Int32Array(n + 1);
    this.len = 0;
    for (let d = 0; d < n; d++) {
      this.pendingStart = true;
      forEachSpan(texts[d]!, this.onSpan);
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
