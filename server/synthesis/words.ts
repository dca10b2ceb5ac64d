/**
 * Distinct words -> content terms: normalise, drop stopwords, stem per language, intern stems and
 * surfaces as integer ids (so n-grams, vectors and clustering never hash strings again). The
 * CorpusScanner (analyse.ts) hands over each distinct word once, in order of first sight, so ids
 * are the same whichever thread runs this (see WordStage).
 */
import { buildNormaliseLexicon, isPlainWord, normalisePiece, type NormaliseLexicon } from './normalise.js';
import { CorpusScanner, type WordBatch, type WordTerms } from './analyse.js';
import { IntList } from './pairs.js';
import { stemToken } from './stem.js';
import { DEFAULT_DOMAIN_STOPWORDS, DEFAULT_STOP_ROOTS, languageStopwords } from './lexicons/stopwords.js';
import { DEFAULT_ISSUES, DEFAULT_SUBSECTORS } from './lexicons/taxonomy.js';
import { compileTaxonomy, type CompiledTaxonomy } from './taxonomy.js';
import type { SynthesisOptions } from './types.js';

export interface AnalyserConfig {
  lexicon: NormaliseLexicon;
  /** words dropped when the normalised word is listed */
  stopwords: ReadonlySet<string>;
  /** stems dropped with all their derived forms ("mengusulkan" -> "usul") */
  stopStems: ReadonlySet<string>;
}

/** What labels need of the analysis: the strings behind the ids. */
export interface Lexis {
  /** stem id -> stem */
  stems: readonly string[];
  /** surface id -> normalised word */
  surfaceWords: readonly string[];
  /** stem ids that are acronyms (kept unstemmed, printed in capitals) */
  acronymIds: ReadonlySet<number>;
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

export class WordAnalyser implements Lexis {
  readonly stems: string[] = [];
  readonly acronymIds = new Set<number>();
  private readonly ids = new Map<string, number>();
  readonly surfaceWords: string[] = [];
  private readonly surfaceIds = new Map<string, number>();

  constructor(readonly config: AnalyserConfig) {}

  /** Appends each word's term count and (stem id, surface id) pairs to out. */
  termsOf(batch: WordBatch, out: IntList): void {
    const { lexicon } = this.config;
    for (let i = 0; i < batch.words.length; i++) {
      const raw = batch.words[i]!;
      const countAt = out.length;
      out.push(0);
      // The common case without normalisePiece's arrays and objects.
      if (isPlainWord(raw, lexicon)) this.term(raw, lexicon.acronyms.has(raw), out, countAt);
      // A word from a text in capitals comes lowercased (CorpusScanner), so never as shouted.
      else for (const w of normalisePiece(raw, false, lexicon)) this.term(w.text, w.acronym, out, countAt);
    }
  }

  /** Appends one normalised word's (stem id, surface id) unless it is a stopword. */
  private term(text: string, acronym: boolean, out: IntList, countAt: number): void {
    const { stopwords, stopStems } = this.config;
    if (!acronym && (text.length < 2 || stopwords.has(text))) return;
    const stem = acronym ? text : stemToken(text).stem;
    if (!acronym && (stem.length < 2 || stopStems.has(stem))) return;
    const id = internIn(this.ids, this.stems, stem);
    if (acronym) this.acronymIds.add(id);
    out.push(id);
    out.push(internIn(this.surfaceIds, this.surfaceWords, text));
    out.values[countAt]!++;
  }

  /** One text's content terms (ids shared with every text analysed before). */
  analyse(text: string): AnalysedDoc {
    const scanner = new CorpusScanner([text]);
    const batch = scanner.scan(1);
    const out = new IntList(64);
    this.termsOf(batch, out);
    const c = scanner.expand({ count: batch.words.length, terms: out.view() });
    return { stems: c.stems, surfaces: Array.from(c.surfaces, (id) => this.surfaceWords[id]!), phraseStart: c.phraseStart };
  }
}

/** The options that shape word analysis and taxonomy tags (plain data: a helper thread gets them). */
export type LexicalOptions = Pick<SynthesisOptions, 'stopwords' | 'lexicons'>;

export function lexicalOptions(options: SynthesisOptions): LexicalOptions {
  return { stopwords: options.stopwords, lexicons: options.lexicons };
}

export function buildWordAnalyser(options: LexicalOptions): WordAnalyser {
  const stopwords = languageStopwords();
  for (const w of DEFAULT_DOMAIN_STOPWORDS) stopwords.add(w);
  for (const w of options.stopwords?.add ?? []) stopwords.add(w.toLowerCase());
  const removed = new Set((options.stopwords?.remove ?? []).map((w) => w.toLowerCase()));
  for (const w of removed) stopwords.delete(w);
  const stopStems = new Set([...DEFAULT_STOP_ROOTS].filter((w) => !removed.has(w)));
  return new WordAnalyser({
    lexicon: buildNormaliseLexicon(options.lexicons?.informal, options.lexicons?.acronyms),
    stopwords,
    stopStems,
  });
}

/** Everything the word half of the analysis gives the pipeline (plain data: structured-cloneable). */
export interface AnalysedWords extends WordTerms {
  stems: string[];
  surfaceWords: string[];
  acronymIds: number[];
  subsectors: CompiledTaxonomy;
  issues: CompiledTaxonomy;
}

/**
 * The word half of a run: takes the scanner's batches in order, then finish() adds the taxonomy
 * keywords (analysed after every suggestion word, so their new stems get the next ids).
 */
export class WordStage {
  private readonly analyser: WordAnalyser;
  private readonly out = new IntList();
  private count = 0;

  constructor(private readonly options: LexicalOptions) {
    this.analyser = buildWordAnalyser(options);
  }

  add(batch: WordBatch): void {
    this.analyser.termsOf(batch, this.out);
    this.count += batch.words.length;
  }

  finish(): AnalysedWords {
    const a = this.analyser;
    const subsectors = compileTaxonomy(this.options.lexicons?.subsectors ?? DEFAULT_SUBSECTORS, a);
    const issues = compileTaxonomy(this.options.lexicons?.issues ?? DEFAULT_ISSUES, a);
    return {
      count: this.count,
      terms: this.out.view().slice(),
      stems: a.stems,
      surfaceWords: a.surfaceWords,
      acronymIds: [...a.acronymIds],
      subsectors,
      issues,
    };
  }
}
