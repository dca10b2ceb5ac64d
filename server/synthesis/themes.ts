/**
 * Theme descriptions: keyword vector (mean TF-IDF of members), distinctive keyphrases and a
 * readable label in the participants' own wording, representative suggestions, support figures.
 */
import type { Corpus } from './analyse.js';
import type { Lexis } from './words.js';
import type { Csr } from './sparse.js';
import { keyStems, ngramKey, type NgramDf, type NgramKey, type Vocabulary } from './vectorise.js';
import type { Representative, SynthesisInput, WeightedTerm } from './types.js';

export interface ThemeContext {
  items: readonly SynthesisInput[];
  corpus: Corpus;
  analyser: Lexis;
  matrix: Csr;
  vocabulary: Vocabulary;
  ngramDf: NgramDf;
  /** cosine of each item to its cluster centre */
  similarity: Float32Array;
}

/** Members scanned for keyphrases: the most central ones are enough to name a theme. */
const PHRASE_SAMPLE = 2000;

const ROW_BITS = 2 ** 21;

/**
 * rows sorted by similarity descending, then row ascending: sort((a, b) => sim[b] - sim[a] || a - b)
 * through one numeric sort of packed keys (a comparator call per comparison cost ~30 ms for a
 * 100k-member theme). The key is the similarity's float32 bits made order-preserving and flipped,
 * times 2^21, plus the row: exact in a double (32 + 21 bits).
 */
export function byCentrality(rows: readonly number[], similarity: Float32Array): number[] {
  if (rows.length < 64 || similarity.length >= ROW_BITS) return rows.slice().sort((a, b) => similarity[b]! - similarity[a]! || a - b);
  const f = new Float32Array(1);
  const bits = new Uint32Array(f.buffer);
  const keys = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    f[0] = similarity[rows[i]!]! + 0; // -0 as +0, as the comparator has them equal
    const b = bits[0]!;
    const ascending = b & 0x80000000 ? ~b >>> 0 : (b | 0x80000000) >>> 0;
    keys[i] = (0xffffffff - ascending) * ROW_BITS + rows[i]!;
  }
  keys.sort();
  return Array.from(keys, (key) => key % ROW_BITS);
}

/** The members (most central first) whose wording names a theme: keyphrases and keyword wording. */
export function scannedMembers(members: readonly number[]): readonly number[] {
  return members.slice(0, PHRASE_SAMPLE);
}

export function stemKey(ctx: ThemeContext, stems: ArrayLike<number>): string {
  return Array.from(stems, (s) => ctx.analyser.stems[s]!).join(' ');
}

/** Title case for labels; acronyms in capitals ("akses permodalan umkm" -> "Akses Permodalan UMKM"). */
export function displayPhrase(ctx: ThemeContext, stems: ArrayLike<number>, surface: string): string {
  const words = surface.split(' ');
  return words
    .map((w, i) => (ctx.analyser.acronymIds.has(stems[i]!) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** Scratch arrays of the theme steps, one set per run (per ThemeContext), made on first use. */
function perRun<T extends object>(cache: WeakMap<ThemeContext, T>, ctx: ThemeContext, make: () => T): T {
  let value = cache.get(ctx);
  if (!value) cache.set(ctx, (value = make()));
  return value;
}

const sumsOf = new WeakMap<ThemeContext, { sums: Float64Array; used: Int32Array }>();

/** Top centroid terms of the members (mean of their unit TF-IDF rows). */
export function centroidKeywords(ctx: ThemeContext, members: readonly number[], limit = 15): Array<{ column: number; weight: number }> {
  // Dense sums over the vocabulary (a Map per theme cost ~0.2 s at 100k suggestions), in scratch
  // arrays shared by a run's themes and cleared through the used list (not 10 x 228k doubles
  // allocated and zeroed at 100k suggestions).
  const { indptr, indices, data } = ctx.matrix;
  const { sums, used } = perRun(sumsOf, ctx, () => ({ sums: new Float64Array(ctx.matrix.cols), used: new Int32Array(ctx.matrix.cols) }));
  let usedCount = 0;
  for (const i of members) {
    for (let p = indptr[i]!; p < indptr[i + 1]!; p++) {
      const c = indices[p]!;
      if (sums[c] === 0) used[usedCount++] = c;
      sums[c]! += data[p]!;
    }
  }
  const size = Math.max(1, members.length);
  // The best `limit` by (weight desc, column asc), kept sorted while scanning (no sort of 100k+
  // used columns per theme at 100k suggestions).
  const best: Array<{ column: number; weight: number }> = [];
  for (let u = 0; u < usedCount; u++) {
    const column = used[u]!;
    const weight = sums[column]! / size;
    sums[column] = 0;
    const last = best[best.length - 1];
    if (best.length === limit && (weight < last!.weight || (weight === last!.weight && column > last!.column))) continue;
    if (best.length === limit) best.pop();
    let r = best.length;
    while (r > 0 && (best[r - 1]!.weight < weight || (best[r - 1]!.weight === weight && best[r - 1]!.column > column))) r--;
    best.splice(r, 0, { column, weight });
  }
  return best;
}

interface Candidate {
  key: NgramKey;
  stems: Int32Array;
  count: number;
  score: number;
}

const contains = (outer: Int32Array, inner: Int32Array): boolean => {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let ok = true;
    for (let j = 0; j < inner.length && ok; j++) ok = outer[i + j] === inner[j];
    if (ok) return true;
  }
  return false;
};

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * forEachNgram(doc, 3) with the dense NgramDf codes instead of keys (themes scan up to 2,000
 * members each, three times: no string or double key per position). Trigrams are coded in the
 * scanned members only (NgramDf.indexTrigrams).
 */
function forEachCode(ctx: ThemeContext, d: number, fn: (code: number, n: number, start: number) => void): void {
  const s = ctx.corpus.stems;
  const { bigramAt, trigramAt } = ctx.ngramDf;
  const end = ctx.corpus.offsets[d + 1]!;
  for (let i = ctx.corpus.offsets[d]!; i < end; i++) {
    fn(s[i]!, 1, i);
    // vectorise coded every n-gram of the corpus at its first token.
    const b = bigramAt[i]!;
    if (b < 0) continue;
    fn(b, 2, i);
    const t = trigramAt[i]!;
    if (t >= 0) fn(t, 3, i);
  }
}

/**
 * Indices of the `limit` best entries by score, descending (ties included), for a later exact
 * sort: everything scoring at least the limit-th best score. Sorting every candidate (tens of
 * thousands of n-grams per theme at 100k suggestions) only to keep a few hundred was a real cost.
 */
function topIndices(scores: Float64Array, limit: number): number[] {
  const threshold = scores.length <= limit ? -Infinity : Float64Array.from(scores).sort()[scores.length - limit]!;
  const out: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i]! >= threshold) out.push(i);
  return out;
}

/** Per-run scratch for counting phrases by code (allocated once, reset through touched lists). */
interface PhraseScratch {
  counts: Int32Array;
  /** last document stamp (from 1; 0 = none) that counted each code (counts documents, not occurrences) */
  last: Int32Array;
  stamp: number;
}
const scratchOf = new WeakMap<ThemeContext, PhraseScratch>();

/**
 * Distinctive keyphrases: how much more often a phrase occurs in the theme than outside
 * (coverage x log lift), longer phrases preferred when they cover most uses of a shorter one.
 */
export function keyphrases(ctx: ThemeContext, members: readonly number[], limit = 8): WeightedTerm[] {
  const n = ctx.corpus.n;
  const scanned = scannedMembers(members);
  // Stamps from 1: the zero-filled array needs no fill, and pages of codes never met stay untouched.
  const scratch = perRun(scratchOf, ctx, () => ({ counts: new Int32Array(ctx.ngramDf.size), last: new Int32Array(ctx.ngramDf.size), stamp: 1 }));
  const { counts, last } = scratch;
  const touched: number[] = [];
  for (const i of scanned) {
    const stamp = scratch.stamp++;
    forEachCode(ctx, i, (code) => {
      if (code < 0 || last[code] === stamp) return;
      last[code] = stamp;
      if (counts[code]!++ === 0) touched.push(code);
    });
  }
  const size = members.length;
  const scale = size / Math.max(1, scanned.length);
  const minCount = scanned.length >= 4 ? 2 : 1;
  // Scores first (from codes alone); keys and stems only for the best 200 of them.
  const codes: number[] = [];
  const found: number[] = [];
  const scoreList: number[] = [];
  for (const code of touched) {
    const c = counts[code]!;
    counts[code] = 0;
    if (c < minCount) continue;
    const inTheme = c * scale;
    const pIn = inTheme / size;
    const outside = Math.max(0.5, ctx.ngramDf.dfOf(code) - inTheme);
    const pOut = outside / Math.max(1, n - size);
    const lift = Math.log(Math.max(pIn / Math.max(pOut, 1e-9), 1.0001));
    codes.push(code);
    found.push(c);
    scoreList.push(pIn * lift * (1 + 0.25 * (ctx.ngramDf.lengthOf(code) - 1)));
  }
  const candidates: Candidate[] = topIndices(Float64Array.from(scoreList), 200).map((q) => {
    const key = ctx.ngramDf.keyOf(codes[q]!);
    return { key, stems: keyStems(key), count: found[q]!, score: scoreList[q]! };
  });
  // Keys are digits and commas, where code-point order is localeCompare's order (and far cheaper).
  candidates.sort((a, b) => b.score - a.score || b.count - a.count || compareKeys(String(a.key), String(b.key)));
  const chosen: Candidate[] = [];
  for (const cand of candidates.slice(0, 200)) {
    if (chosen.length >= limit) break;
    if (chosen.some((q) => contains(q.stems, cand.stems))) continue;
    // A longer phrase takes the place of the best shorter one it contains when it covers at
    // least half of that one's uses ("akses" -> "akses permodalan"); otherwise it is redundant.
    const inside = chosen.flatMap((q, idx) => (contains(cand.stems, q.stems) ? [idx] : []));
    if (inside.length === 0) chosen.push(cand);
    else if (cand.count >= 0.5 * chosen[inside[0]!]!.count) {
      chosen[inside[0]!] = { ...cand, score: chosen[inside[0]!]!.score };
      for (const idx of inside.slice(1).reverse()) chosen.splice(idx, 1);
    }
  }
  const surfaces = surfaceForms(ctx, scanned, new Set(chosen.map((c) => c.key)));
  return chosen.map((c) => ({
    key: stemKey(ctx, c.stems),
    text: displayPhrase(ctx, c.stems, surfaces.get(c.key) ?? stemKey(ctx, c.stems)),
    weight: Number(c.score.toFixed(6)),
  }));
}

const wantedMarks = new WeakMap<ThemeContext, Uint8Array>();

/** Most frequent original wording of each wanted n-gram among the given documents. */
export function surfaceForms(ctx: ThemeContext, docs: readonly number[], wantedKeys: ReadonlySet<NgramKey>): Map<NgramKey, string> {
  const tallies = new Map<NgramKey, Map<string, number>>();
  const wanted = new Map<number, NgramKey>();
  for (const key of wantedKeys) {
    const [a, b, c] = keyStems(key);
    const code = b === undefined ? a! : c === undefined ? ctx.ngramDf.bigram(a!, b) : ctx.ngramDf.trigram(a!, b, c);
    if (code >= 0) wanted.set(code, key);
  }
  const { surfaces } = ctx.corpus;
  const words = ctx.analyser.surfaceWords;
  // Most positions hold no wanted n-gram: a typed-array mark rejects them before any Map lookup.
  const marks = perRun(wantedMarks, ctx, () => new Uint8Array(ctx.ngramDf.size));
  for (const code of wanted.keys()) marks[code] = 1;
  const isWanted = marks;
  for (const i of docs) {
    forEachCode(ctx, i, (code, len, start) => {
      if (!isWanted[code]) return;
      const key = wanted.get(code)!;
      let text = words[surfaces[start]!]!;
      for (let q = 1; q < len; q++) text += ' ' + words[surfaces[start + q]!]!;
      const t = tallies.get(key) ?? new Map<string, number>();
      t.set(text, (t.get(text) ?? 0) + 1);
      tallies.set(key, t);
    });
  }
  for (const code of wanted.keys()) marks[code] = 0;
  const out = new Map<NgramKey, string>();
  for (const [key, t] of tallies) {
    const best = [...t].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) out.set(key, best[0]);
  }
  return out;
}

/** "A & B" from the top two keyphrases when the second is nearly as distinctive. */
export function labelFrom(phrases: readonly WeightedTerm[]): string {
  const [first, second] = phrases;
  if (!first) return '—';
  if (second && second.weight >= 0.5 * first.weight) return `${first.text} & ${second.text}`;
  return first.text;
}

/** Keyword vector of a theme with readable wording. */
export function themeKeywords(ctx: ThemeContext, members: readonly number[]): WeightedTerm[] {
  const top = centroidKeywords(ctx, members);
  const keys = top.map((t) => ngramKey(ctx.vocabulary.termOf(t.column)));
  const surfaces = surfaceForms(ctx, scannedMembers(members), new Set(keys));
  return top.map((t, i) => {
    const stems = ctx.vocabulary.termOf(t.column);
    return {
      key: stemKey(ctx, stems),
      text: displayPhrase(ctx, stems, surfaces.get(keys[i]!) ?? stemKey(ctx, stems)),
      weight: Number(t.weight.toFixed(6)),
    };
  });
}

/** Central and well-supported suggestions, distinct in content. */
export function representatives(ctx: ThemeContext, members: readonly number[], limit = 3): Representative[] {
  const scored = members.slice(0, 500).map((i) => {
    const votes = Math.max(0, ctx.items[i]!.votes ?? 0);
    return { i, votes, score: ctx.similarity[i]! * (1 + 0.15 * Math.log1p(votes)) };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const out: Representative[] = [];
  const seen = new Set<string>();
  for (const s of scored) {
    if (out.length >= limit) break;
    const sig = ctx.corpus.stems.subarray(ctx.corpus.offsets[s.i]!, ctx.corpus.offsets[s.i + 1]!).join(',');
    if (seen.has(sig)) continue;
    seen.add(sig);
    const item = ctx.items[s.i]!;
    out.push({ id: item.id, text: item.text, similarity: Number(ctx.similarity[s.i]!.toFixed(4)), votes: s.votes });
  }
  return out;
}

/** Counts per key with 'unknown' for missing values, keys sorted for stable JSON. */
export function breakdown(values: ReadonlyArray<string | undefined>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) {
    const key = v?.trim() ? v.trim().toLowerCase() : 'unknown';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort((a, b) => a[0].localeCompare(b[0])));
}
