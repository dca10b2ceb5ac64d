/**
 * Taxonomy tagging: subsectors and strategic issues from bilingual keyword lexicons. Keywords are
 * analysed like suggestions (normalised, stemmed), so matching is on stem sequences.
 */
import type { Corpus } from './analyse.js';
import type { WordAnalyser } from './words.js';
import type { TaxonomyEntry } from './lexicons/taxonomy.js';

interface Pattern {
  entry: number;
  stems: Int32Array;
}

export interface CompiledTaxonomy {
  entries: readonly TaxonomyEntry[];
  /** first stem id -> patterns starting with it */
  byFirst: Map<number, Pattern[]>;
}

export function compileTaxonomy(entries: readonly TaxonomyEntry[], analyser: WordAnalyser): CompiledTaxonomy {
  const byFirst = new Map<number, Pattern[]>();
  entries.forEach((entry, e) => {
    for (const keyword of [entry.label, ...entry.keywords]) {
      const stems = analyser.analyse(keyword).stems;
      if (stems.length === 0) continue;
      const list = byFirst.get(stems[0]!) ?? [];
      if (!list.some((p) => p.entry === e && p.stems.join() === stems.join())) list.push({ entry: e, stems });
      byFirst.set(stems[0]!, list);
    }
  });
  return { entries, byFirst };
}

const NO_TAGS: readonly number[] = Object.freeze([]);

/** Tags of every document of the corpus (see tagDoc). */
export function tagAll(corpus: Corpus, taxonomy: CompiledTaxonomy): Array<readonly number[]> {
  // Stem id -> its patterns, as a dense array: most tokens start no pattern, and a typed-array
  // read rejects them faster than a Map lookup (3M tokens at 100k suggestions, two taxonomies).
  let stems = 0;
  for (const first of taxonomy.byFirst.keys()) stems = Math.max(stems, first + 1);
  for (let t = 0; t < corpus.stems.length; t++) stems = Math.max(stems, corpus.stems[t]! + 1);
  const starts = new Uint8Array(stems);
  for (const first of taxonomy.byFirst.keys()) starts[first] = 1;
  const out = new Array<readonly number[]>(corpus.n);
  for (let d = 0; d < corpus.n; d++) out[d] = tagDoc(corpus, d, taxonomy, starts);
  return out;
}

/**
 * Indices of the entries document d matches, ascending (a shared empty array when none).
 * `starts`: 1 for the stem ids that begin some pattern.
 */
function tagDoc(corpus: Corpus, d: number, taxonomy: CompiledTaxonomy, starts: Uint8Array): readonly number[] {
  // A plain array, not a Set: a document matches a handful of entries at most, and most none.
  let hits: number[] | undefined;
  const s = corpus.stems;
  const end = corpus.offsets[d + 1]!;
  for (let i = corpus.offsets[d]!; i < end; i++) {
    if (!starts[s[i]!]) continue;
    const patterns = taxonomy.byFirst.get(s[i]!);
    if (!patterns) continue;
    for (const p of patterns) {
      if (hits?.includes(p.entry) || i + p.stems.length > end) continue;
      let ok = true;
      for (let j = 1; j < p.stems.length && ok; j++) ok = s[i + j] === p.stems[j];
      if (ok) (hits ??= []).push(p.entry);
    }
  }
  return hits ? hits.sort((a, b) => a - b) : NO_TAGS;
}

/** Tag counts of a group of documents: entries covering at least minShare of them, most first. */
export function tagGroup(
  tags: ReadonlyArray<readonly number[]>,
  members: ArrayLike<number>,
  taxonomy: CompiledTaxonomy,
  minShare = 0.2,
): Array<{ id: string; label: string; count: number; share: number }> {
  const counts = new Map<number, number>();
  for (let m = 0; m < members.length; m++) for (const e of tags[members[m]!]!) counts.set(e, (counts.get(e) ?? 0) + 1);
  const size = Math.max(1, members.length);
  return [...counts]
    .filter(([, c]) => c / size >= minShare)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([e, c]) => ({ id: taxonomy.entries[e]!.id, label: taxonomy.entries[e]!.label, count: c, share: c / size }));
}
