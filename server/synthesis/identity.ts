/**
 * Stable theme identity across runs. Planner edits are keyed by theme id, so a re-run must give
 * the "same" theme the same id: previous and new themes are matched one-to-one (Hungarian, on a
 * blend of member-Jaccard and keyword-cosine) and a match above the threshold keeps the old id.
 */
import { maxWeightMatching } from './hungarian.js';
import type { PreviousTheme } from './types.js';

export interface ThemeSignature {
  keywords: ReadonlyArray<{ key: string; weight: number }>;
  members: readonly string[];
}

function cosine(a: ReadonlyArray<{ key: string; weight: number }>, b: ReadonlyArray<{ key: string; weight: number }>): number {
  const map = new Map(a.map((t) => [t.key, t.weight]));
  let dot = 0;
  for (const t of b) dot += (map.get(t.key) ?? 0) * t.weight;
  const na = Math.sqrt(a.reduce((s, t) => s + t.weight * t.weight, 0));
  const nb = Math.sqrt(b.reduce((s, t) => s + t.weight * t.weight, 0));
  return na > 0 && nb > 0 ? dot / (na * nb) : 0;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let inter = 0;
  for (const x of new Set(b)) if (set.has(x)) inter++;
  return inter / (set.size + new Set(b).size - inter);
}

/** Similarity of a previous theme and a new one: both signals when both exist, else the one. */
export function themeSimilarity(prev: PreviousTheme, next: ThemeSignature): number {
  const hasMembers = (prev.members?.length ?? 0) > 0 && next.members.length > 0;
  const hasKeywords = (prev.keywords?.length ?? 0) > 0 && next.keywords.length > 0;
  const j = hasMembers ? jaccard(prev.members!, next.members) : 0;
  const c = hasKeywords ? cosine(prev.keywords!, next.keywords) : 0;
  if (hasMembers && hasKeywords) return 0.5 * j + 0.5 * c;
  return hasMembers ? j : c;
}

/** FNV-1a, for short deterministic ids. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/**
 * Ids for new themes: the matched previous id, or a fresh id derived from the theme's content
 * (deterministic, never colliding with previous ids). Returns ids and whether each was carried.
 */
export function assignThemeIds(
  previous: readonly PreviousTheme[],
  next: readonly ThemeSignature[],
  threshold = 0.3,
): Array<{ id: string; carriedOver: boolean; score: number }> {
  const weights = new Float64Array(next.length * previous.length);
  next.forEach((t, i) => previous.forEach((p, j) => (weights[i * previous.length + j] = themeSimilarity(p, t))));
  const match = maxWeightMatching(weights, next.length, previous.length);
  const taken = new Set(previous.map((p) => p.id));
  return next.map((t, i) => {
    const j = match[i]!;
    const score = j >= 0 ? weights[i * previous.length + j]! : 0;
    if (j >= 0 && score >= threshold) return { id: previous[j]!.id, carriedOver: true, score };
    const base = `th-${hash(t.keywords.slice(0, 5).map((k) => k.key).join('|') + '#' + (t.members[0] ?? ''))}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { id, carriedOver: false, score };
  });
}
