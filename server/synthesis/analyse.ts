/**
 * Text -> content terms: normalise, drop stopwords, stem per language. Stems are interned as
 * integer ids so n-grams, vectors and clustering never hash strings again. Each distinct raw word
 * is analysed once per Analyser (a memo): suggestions repeat their vocabulary.
 */
import { forEachPiece, normalisePiece, type NormaliseLexicon } from './normalise.js';
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
  /** words dropped when the normalised word is listed */
  stopwords: ReadonlySet<string>;
  /** stems dropped with all their derived forms ("mengusulkan" -> "usul") */
  stopStems: ReadonlySet<string>;
}

/** Content words of one raw piece: stem id and normalised surface; empty when all are stopwords. */
interface PieceTerms {
  ids: number[];
  surfaces: string[];
}

export class Analyser {
  /** stem id -> stem */
  readonly stems: string[] = [];
  /** stem ids that are acronyms (kept unstemmed, printed in capitals) */
  readonly acronymIds = new Set<number>();
  private readonly ids = new Map<string, number>();
  private readonly memo = [new Map<string, PieceTerms>(), new Map<string, PieceTerms>()];

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

  private piece(raw: string, shouting: boolean): PieceTerms {
    const memo = this.memo[shouting ? 1 : 0]!;
    const hit = memo.get(raw);
    if (hit) return hit;
    const { lexicon, stopwords, stopStems } = this.config;
    const terms: PieceTerms = { ids: [], surfaces: [] };
    for (const w of normalisePiece(raw, shouting, lexicon)) {
      if (!w.acronym && (w.text.length < 2 || stopwords.has(w.text))) continue;
      const stem = w.acronym ? w.text : stemToken(w.text).stem;
      if (!w.acronym && (stem.length < 2 || stopStems.has(stem))) continue;
      const id = this.intern(stem);
      if (w.acronym) this.acronymIds.add(id);
      terms.ids.push(id);
      terms.surfaces.push(w.text);
    }
    if (memo.size > 1_000_000) memo.clear();
    memo.set(raw, terms);
    return terms;
  }

  analyse(text: string): AnalysedDoc {
    const stems: number[] = [];
    const surfaces: string[] = [];
    const starts: number[] = [];
    let pendingStart = true;
    forEachPiece(text, (raw, shouting) => {
      if (raw === null) {
        pendingStart = true;
        return;
      }
      const terms = this.piece(raw, shouting);
      for (let i = 0; i < terms.ids.length; i++) {
        stems.push(terms.ids[i]!);
        surfaces.push(terms.surfaces[i]!);
        starts.push(pendingStart ? 1 : 0);
        pendingStart = false;
      }
    });
    return { stems: Int32Array.from(stems), surfaces, phraseStart: Uint8Array.from(starts) };
  }
}
