/**
 * Texts -> the Corpus, in two halves that can run on two threads:
 *   1. CorpusScanner (here): splits every text into words and gives each distinct word (as
 *      written) an id, in order of first sight; the texts become a stream of word ids;
 *   2. WordAnalyser (words.ts): each distinct word once -> its content terms (normalised,
 *      stopwords dropped, stemmed, interned as stem and surface ids).
 * expand() then replaces each word id of the stream by its terms. Suggestions repeat their
 * vocabulary (1.1M tokens but 60k distinct words at 100k suggestions), so the costly half is
 * small and independent of the scan: synthesiseOffloaded (offload.ts) runs it on a helper thread
 * while this one scans; synthesise() runs both here.
 *
 * A whole run's documents are one Corpus: flat typed arrays with per-document offsets.
 * Per-document arrays (three small objects for each of 100k suggestions, all long-lived) made the
 * garbage collector copy and mark hundreds of thousands of objects.
 */
import { forEachNonAsciiSpan, prepareText, scanAscii } from './normalise.js';
import { WordMemo, foldAscii } from './memo.js';
import { IntList, sharedInt32 } from './pairs.js';

/** Every document's content tokens, flat: document d is tokens [offsets[d], offsets[d + 1]). */
export interface Corpus {
  n: number;
  offsets: Int32Array;
  /** stem id of each token */
  stems: Int32Array;
  /** surface id of each token: the normalised word it came from (Lexis.surfaceWords) */
  surfaces: Int32Array;
  /** 1 where a phrase starts (after punctuation): n-grams do not cross it */
  phraseStart: Uint8Array;
}

/**
 * Distinct words met for the first time, in order (their ids follow on from earlier batches), as
 * written, or lowercased where case cannot change their analysis (see CorpusScanner.wordId).
 */
export interface WordBatch {
  words: string[];
}

/**
 * Terms of words 0..count-1, flat and in word-id order: for each word its term count, then
 * (stem id, surface id) pairs. Words that are all stopwords have a count of 0.
 */
export interface WordTerms {
  count: number;
  terms: Int32Array;
}

// FNV-1a over a word's char codes (a different seed for case-folded words).
const HASH_SEED = 0x811c9dc5;
const FOLD_SEED = 0x2f6b1c9d;
const HASH_PRIME = 0x01000193;
/** In the word stream: a phrase break (punctuation) */
const BREAK = -1;

export class CorpusScanner {
  private readonly memo: WordMemo;
  private words = 0;
  /** word ids of every token so far, BREAK between phrases */
  private readonly stream: IntList;
  /** end of each scanned document in the stream */
  private readonly ends: Int32Array;
  private next = 0;
  // The batch being collected by scan().
  private batchWords: string[] = [];

  constructor(private readonly texts: ArrayLike<string>) {
    this.ends = new Int32Array(texts.length);
    // Sized for the texts (the memo and stream grow): one keyword must not allocate a megabyte.
    const size = Math.min(1 << 16, 16 << Math.ceil(Math.log2(texts.length + 1)));
    this.memo = new WordMemo(size);
    this.stream = new IntList(size);
  }

  /** Distinct words so far (ids 0..wordCount-1). */
  get wordCount(): number {
    return this.words;
  }

  /** Scans the next `count` texts; returns the words they hold that no earlier text did. */
  scan(count: number): WordBatch {
    const to = Math.min(this.texts.length, this.next + count);
    for (let d = this.next; d < to; d++) {
      const { text, ascii, shouting } = prepareText(this.texts[d]!);
      const stream = this.stream;
      const docStart = stream.length;
      const onSpan = (start: number, end: number): void => {
        if (start >= 0) stream.push(this.wordId(text, start, end, shouting));
        else if (stream.length > docStart && stream.values[stream.length - 1] !== BREAK) stream.push(BREAK);
      };
      if (ascii) scanAscii(text, onSpan);
      else forEachNonAsciiSpan(text, onSpan);
      this.ends[d] = stream.length;
    }
    this.next = to;
    const batch = { words: this.batchWords };
    this.batchWords = [];
    return batch;
  }

  /** Texts scanned so far. */
  get scanned(): number {
    return this.next;
  }

  /** True once every text is scanned. */
  get done(): boolean {
    return this.next === this.texts.length;
  }

  /**
   * The id of text[start, end). Case can only matter to a word's analysis through an acronym
   * written in capitals ("SDM"), which needs a capital second letter in a text not written all in
   * capitals (normalisePiece): every other word is looked up and analysed lowercased, so
   * "Pelatihan", "PELATIHAN" in a shouted text and "pelatihan" are one distinct word.
   */
  private wordId(text: string, start: number, end: number, shouting: boolean): number {
    const second = end - start > 1 ? text.charCodeAt(start + 1) : 97;
    const fold = shouting || (second >= 97 && second <= 122);
    let h = fold ? FOLD_SEED : HASH_SEED;
    if (fold) for (let i = start; i < end; i++) h = Math.imul(h ^ foldAscii(text.charCodeAt(i)), HASH_PRIME);
    else for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
    const flag = fold ? 1 : 0;
    const found = this.memo.find(text, start, end, flag, h);
    if (found >= 0) return found;
    const id = this.words++;
    this.memo.add(text, start, end, flag, h, id);
    const word = text.slice(start, end);
    this.batchWords.push(fold ? word.toLowerCase() : word);
    return id;
  }

  /** The Corpus: every scanned token's word replaced by its terms (all texts must be scanned). */
  expand({ count, terms }: WordTerms): Corpus {
    if (!this.done || count !== this.words) throw new Error(`expand needs every word's terms (${count} of ${this.words})`);
    const at = new Int32Array(count);
    for (let w = 0, p = 0; w < count; w++) {
      at[w] = p;
      p += 1 + 2 * terms[p]!;
    }
    const stream = this.stream.values;
    const len = this.stream.length;
    let total = 0;
    for (let i = 0; i < len; i++) if (stream[i]! !== BREAK) total += terms[at[stream[i]!]!]!;
    const n = this.texts.length;
    // Shared: they go to the near-duplicates job (a helper thread at 100k) without a copy.
    const offsets = sharedInt32(n + 1);
    const stems = sharedInt32(total);
    const surfaces = new Int32Array(total);
    const phraseStart = new Uint8Array(total);
    let o = 0;
    for (let d = 0, i = 0; d < n; d++) {
      let pending = 1;
      for (const end = this.ends[d]!; i < end; i++) {
        const w = stream[i]!;
        if (w === BREAK) {
          pending = 1;
          continue;
        }
        const p = at[w]!;
        for (let q = 0, c = terms[p]!; q < c; q++, o++) {
          stems[o] = terms[p + 1 + 2 * q]!;
          surfaces[o] = terms[p + 2 + 2 * q]!;
          phraseStart[o] = pending;
          pending = 0;
        }
      }
      offsets[d + 1] = o;
    }
    return { n, offsets, stems, surfaces, phraseStart };
  }
}
