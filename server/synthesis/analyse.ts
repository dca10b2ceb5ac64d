/**
 * Text -> content terms: normalise, drop stopwords, stem per language. Stems are interned as
 * integer ids so n-grams, vectors and clustering never hash strings again.
 */
import { normaliseTokens, type NormaliseLexicon } from './normalise.js';
import { stemToken } from './stem.js';

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
  /** words dropped when the surface word is listed */
  stopwords: ReadonlySet<string>;
  /** stems dropped (stems of the domain filler list: "mengusulkan" -> "usul") */
  stopStems: ReadonlySet<string>;
}

export class Analyser {
  /** stem id -> stem */
  readonly stems: string[] = [];
  /** stem ids that are acronyms (kept unstemmed, printed in capitals) */
  readonly acronymIds = new Set<number>();
  private readonly ids = new Map<string, number>();

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

  analyse(text: string): AnalysedDoc {
    const { lexicon, stopwords, stopStems } = this.config;
    const stems: number[] = [];
    const surfaces: string[] = [];
    const starts: number[] = [];
    let pendingStart = true;
    for (const token of normaliseTokens(text, lexicon)) {
      if (token.phraseStart) pendingStart = true;
      const word = token.text;
      if (!token.acronym && (word.length < 2 || stopwords.has(word))) continue;
      const stem = token.acronym ? word : stemToken(word).stem;
      if (!token.acronym && (stem.length < 2 || stopStems.has(stem))) continue;
      const id = this.intern(stem);
      if (token.acronym) this.acronymIds.add(id);
      stems.push(id);
      surfaces.push(word);
      starts.push(pendingStart ? 1 : 0);
      pendingStart = false;
    }
    return { stems: Int32Array.from(stems), surfaces, phraseStart: Uint8Array.from(starts) };
  }
}
