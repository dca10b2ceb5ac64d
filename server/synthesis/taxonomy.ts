/**
 * Taxonomy tagging: subsectors and strategic issues from bilingual keyword lexicons. Keywords go
 * through the same analyser as suggestions, so matching is on stem sequences.
 */
import type { Term, TextAnalyser } from './analyser.js';
import type { TaxonomyEntry } from './lexicons/taxonomy.js';

interface Pattern {
  entry: number;
  stems: string[];
}

export interface CompiledTaxonomy {
  entries: readonly TaxonomyEntry[];
  /** first stem -> patterns starting with it */
  byFirst: Map<string, Pattern[]>;
  /** per entry, the stems of its keywords (labels left out) */
  keywordStems: ReadonlyArray<ReadonlySet<string>>;
}

export function compileTaxonomy(entries: readonly TaxonomyEntry[], analyser: TextAnalyser): CompiledTaxonomy {
  const byFirst = new Map<string, Pattern[]>();
  const keywordStems = entries.map(() => new Set<string>());
  entries.forEach((entry, e) => {
    for (const keyword of [entry.label, ...entry.keywords]) {
      const stems = analyser.terms(keyword).map((t) => t.stem);
      if (keyword !== entry.label) for (const stem of stems) keywordStems[e]!.add(stem);
      const first = stems[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      if (!list.some((p) => p.entry === e && p.stems.join(' ') === stems.join(' '))) list.push({ entry: e, stems });
      byFirst.set(first, list);
    }
  });
  return { entries, byFirst, keywordStems };
}

/**
 * How strongly a text speaks of each entry: the words of its matched keywords (a phrase counts
 * its length; overlapping matches of one entry count once per position). Index = entry.
 */
export function evidence(terms: readonly Term[], taxonomy: CompiledTaxonomy): Float64Array {
  const out = new Float64Array(taxonomy.entries.length);
  // Where each entry's last match ended; made at the first word a keyword starts with (most have none).
  let coveredUntil: Int32Array | undefined;
  for (let i = 0; i < terms.length; i++) {
    const patterns = taxonomy.byFirst.get(terms[i]!.stem);
    if (!patterns) continue;
    coveredUntil ??= new Int32Array(taxonomy.entries.length);
    for (const p of patterns) {
      if (i + p.stems.length > terms.length) continue;
      let ok = true;
      for (let j = 1; j < p.stems.length && ok; j++) ok = terms[i + j]!.stem === p.stems[j];
      if (!ok) continue;
      const end = i + p.stems.length;
      const fresh = end - Math.max(i, coveredUntil[p.entry]!);
      if (fresh > 0) out[p.entry]! += fresh;
      coveredUntil[p.entry] = Math.max(coveredUntil[p.entry]!, end);
    }
  }
  return out;
}

/** Indices of the entries with evidence, strongest first. */
export function tagsOf(e: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < e.length; i++) if (e[i]! > 0) out.push(i);
  return out.sort((a, b) => e[b]! - e[a]! || a - b);
}

/** Indices of the entries a text matches, strongest first. */
export function tags(terms: readonly Term[], taxonomy: CompiledTaxonomy): number[] {
  return tagsOf(evidence(terms, taxonomy));
}

/** Tag counts of a group of documents: entries covering at least minShare of them, most first. */
export function tagGroup(
  docTags: ReadonlyArray<readonly number[]>,
  members: ArrayLike<number>,
  taxonomy: CompiledTaxonomy,
  minShare = 0.2,
): Array<{ id: string; label: string; count: number; share: number }> {
  const counts = new Map<number, number>();
  for (let m = 0; m < members.length; m++) for (const e of docTags[members[m]!] ?? []) counts.set(e, (counts.get(e) ?? 0) + 1);
  const size = Math.max(1, members.length);
  return [...counts]
    .filter(([, c]) => c / size >= minShare)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([e, c]) => ({ id: taxonomy.entries[e]!.id, label: taxonomy.entries[e]!.label, count: c, share: c / size }));
}
