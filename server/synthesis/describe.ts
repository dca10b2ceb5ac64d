/**
 * Theme descriptions: keyword vector (mean TF-IDF of members), distinctive keyphrases in the
 * participants' own wording, a label a planner can keep (the strategic issue's name plus the
 * theme's most distinctive keyphrase), representative suggestions and support figures.
 */
import type { Term } from './analyser.js';
import { stemToken } from './stem.js';
import { PHRASE_ONLY_WORDS } from './lexicons/stopwords.js';
import type { Vectors } from './vectorise.js';
import type { Representative, SynthesisInput, WeightedTerm } from './types.js';

export interface DescribeContext {
  items: readonly SynthesisInput[];
  docs: ReadonlyArray<readonly Term[]>;
  vectors: Vectors;
  /** cosine of each item to its theme centre */
  similarity: Float32Array;
}

/** A phrase (1-3 words inside a phrase) of a text: its stem key and its wording. */
interface Phrase {
  key: string;
  surface: string;
}

/** Each text's phrases, made once per run (keyphrases and keyword wording both read them). */
const phraseCache = new WeakMap<readonly Term[], Phrase[]>();

function phrasesOf(terms: readonly Term[]): Phrase[] {
  const cached = phraseCache.get(terms);
  if (cached) return cached;
  const out: Phrase[] = [];
  phraseCache.set(terms, out);
  for (let i = 0; i < terms.length; i++) {
    for (let len = 1; len <= 3 && i + len <= terms.length; len++) {
      const span = terms.slice(i, i + len);
      if (len > 1 && span.slice(1).some((t) => t.phraseStart)) break;
      if (new Set(span.map((t) => t.stem)).size < len) continue;
      out.push({ key: span.map((t) => t.stem).join(' '), surface: span.map((t) => (t.acronym ? t.surface.toUpperCase() : t.surface)).join(' ') });
    }
  }
  return out;
}

/**
 * Documents holding a phrase, over the whole input: a word's or a two-word phrase's from the
 * vectors (below minDf: at most minDf - 1, at least its count in the theme); a three-word phrase
 * is taken as common as its rarer two-word part (an upper bound: never looks rarer than it is).
 */
export function phraseDf(vectors: Vectors, ids: ReadonlyMap<string, number>): (key: string, inTheme: number) => number {
  const of = (key: string, inTheme: number): number => {
    const id = ids.get(key);
    if (id !== undefined) return vectors.df[id]!;
    const words = key.split(' ');
    if (words.length === 3) return Math.max(inTheme, Math.min(of(`${words[0]} ${words[1]}`, inTheme), of(`${words[1]} ${words[2]}`, inTheme)));
    return inTheme;
  };
  return of;
}

/**
 * Distinctive keyphrases of a theme: the share of its members using a phrase, times how rare the
 * phrase is in the whole input; phrases found in most suggestions, and those used by a single
 * member of a larger theme, are never keyphrases. Longer phrases win ties (more readable).
 */
/** A theme's most central members: enough to tell its wording (keyphrases, keyword forms). */
const WORDING_SAMPLE = 600;

let phraseOnly: ReadonlySet<string> | undefined;
/** Stems that make a keyphrase only inside a longer phrase ("luar" alone says nothing); on first use, so importing loads no dictionary. */
const phraseOnlyStems = (): ReadonlySet<string> => (phraseOnly ??= new Set(PHRASE_ONLY_WORDS.map((w) => stemToken(w).stem)));

/** Best-scored phrases a theme's keyphrases are picked from. */
const CANDIDATES = 200;

export interface PhraseBias {
  /** stems of what the theme's issue is about: phrases with one weigh more */
  prefer: ReadonlySet<string>;
  /** stems that name subsectors: a phrase of only these names who, not what is asked */
  avoid: ReadonlySet<string>;
}

export function keyphrases(
  ctx: DescribeContext,
  members: readonly number[],
  dfOf: (key: string, inTheme: number) => number,
  bias: PhraseBias = { prefer: new Set(), avoid: new Set() },
  limit = 8,
): WeightedTerm[] {
  const n = ctx.items.length;
  const sample = members.slice(0, WORDING_SAMPLE);
  // Members using each phrase; wording is tallied afterwards for the candidates only.
  const inTheme = new Map<string, number>();
  for (const d of sample) for (const key of new Set(phrasesOf(ctx.docs[d]!).map((p) => p.key))) inTheme.set(key, (inTheme.get(key) ?? 0) + 1);
  const size = sample.length;
  const minCount = size >= 4 ? 2 : 1;
  const scored: WeightedTerm[] = [];
  for (const [key, count] of inTheme) {
    if (count < minCount || phraseOnlyStems().has(key)) continue;
    const df = dfOf(key, count);
    if (n >= 10 && partsOf(key).some((part) => dfOf(part, count) / n > 0.5)) continue;
    const stems = key.split(' ');
    const leaning = stems.some((w) => bias.prefer.has(w)) ? 1.5 : stems.every((w) => bias.avoid.has(w)) ? 0.5 : 1;
    const weight = (count / size) * Math.log(1 + n / df) * (1 + 0.5 * (stems.length - 1)) * leaning;
    scored.push({ key, text: key, weight: Math.round(weight * 1e4) / 1e4 });
  }
  scored.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
  scored.splice(CANDIDATES);
  const wording = usualWording(ctx, sample, new Set(scored.map((p) => p.key)));
  for (const p of scored) p.text = wording.get(p.key) ?? p.key;
  // A word mostly said inside a longer phrase reads better as that phrase ("luar" -> "luar negeri").
  const countOf = (key: string): number => inTheme.get(key) ?? 0;
  const words = new Map(scored.map((p) => [p.key, p.key.split(' ')]));
  const wordsOf = (p: WeightedTerm): string[] => words.get(p.key)!;
  const readable = scored.filter((p) => !scored.some((q) => q.key.length > p.key.length && contains(wordsOf(q), wordsOf(p)) && countOf(q.key) >= 0.6 * countOf(p.key)));
  // A phrase inside a better one adds nothing to read ("akses" after "akses modal").
  const kept: WeightedTerm[] = [];
  for (const p of readable) {
    if (kept.length >= limit) break;
    if (kept.some((k) => contains(wordsOf(k), wordsOf(p)) || contains(wordsOf(p), wordsOf(k)))) continue;
    kept.push(p);
  }
  return kept;
}

/** A phrase's words and two-word parts, and itself: none may be in most suggestions. */
const partsOf = (key: string): string[] => {
  const words = key.split(' ');
  return [...new Set([key, ...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)])];
};

const contains = (outer: string[], inner: string[]): boolean =>
  inner.length <= outer.length && outer.some((_, i) => inner.every((w, j) => outer[i + j] === w));

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A label in the forum's language: "<issue>: <keyphrase>, <keyphrase>" for an issue-led theme,
 * "<Keyphrase> & <keyphrase>" for a theme the taxonomy does not name.
 */
export function labelFrom(issueLabel: string | null, phrases: readonly WeightedTerm[], issueStems: ReadonlySet<string> = new Set()): string {
  // The issue's own words add nothing after its name ("Pembiayaan: modal").
  const telling = phrases.filter((p) => !p.key.split(' ').every((s) => issueStems.has(s)));
  const top = (telling.length > 0 ? telling : phrases).slice(0, 2).map((p) => p.text);
  if (issueLabel) return top.length > 0 ? `${issueLabel}: ${top.join(', ')}` : issueLabel;
  return top.length > 0 ? capitalise(top.join(' & ')) : '';
}

/** The theme's keyword vector: members' mean TF-IDF, best first, with their usual wording. */
export function themeKeywords(ctx: DescribeContext, members: readonly number[], limit = 15): WeightedTerm[] {
  const { matrix, features } = ctx.vectors;
  const sums = new Map<number, number>();
  for (const d of members) for (let p = matrix.indptr[d]!; p < matrix.indptr[d + 1]!; p++) sums.set(matrix.indices[p]!, (sums.get(matrix.indices[p]!) ?? 0) + matrix.data[p]!);
  const top = [...sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
  const wording = usualWording(ctx, members.slice(0, WORDING_SAMPLE), new Set(top.map(([f]) => features[f]!)));
  return top.map(([f, sum]) => {
    const key = features[f]!;
    return { key, text: wording.get(key) ?? key, weight: Math.round((sum / Math.max(1, members.length)) * 1e4) / 1e4 };
  });
}

/** The most frequent wording of each wanted phrase key in the given texts. */
function usualWording(ctx: DescribeContext, docs: readonly number[], wanted: ReadonlySet<string>): Map<string, string> {
  const forms = new Map<string, Map<string, number>>();
  for (const d of docs) {
    for (const p of phrasesOf(ctx.docs[d]!)) {
      if (!wanted.has(p.key)) continue;
      const f = forms.get(p.key) ?? new Map<string, number>();
      f.set(p.surface, (f.get(p.surface) ?? 0) + 1);
      forms.set(p.key, f);
    }
  }
  const out = new Map<string, string>();
  for (const [key, f] of forms) out.set(key, [...f].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  return out;
}

/**
 * Representative suggestions: central (cosine to the centre), well supported (votes) and whole
 * sentences of a readable length (a one-word or rambling text is a poor quote).
 */
export function representatives(ctx: DescribeContext, members: readonly number[], limit = 3): Representative[] {
  const scored = members.slice(0, 200).map((d) => {
    const item = ctx.items[d]!;
    const words = item.text.trim().split(/\s+/).length;
    const readable = words >= 5 && words <= 60 ? 1 : 0.7;
    const votes = item.votes ?? 0;
    return { d, score: ctx.similarity[d]! * readable + 0.05 * Math.log1p(votes), votes };
  });
  scored.sort((a, b) => b.score - a.score || a.d - b.d);
  return scored.slice(0, limit).map(({ d, votes }) => ({
    id: ctx.items[d]!.id,
    text: ctx.items[d]!.text.trim(),
    similarity: Math.round(ctx.similarity[d]! * 1e4) / 1e4,
    votes,
  }));
}

/** Counts of each value ('unknown' for a missing one). */
export function breakdown(values: ReadonlyArray<string | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v || 'unknown'] = (out[v || 'unknown'] ?? 0) + 1;
  return out;
}
