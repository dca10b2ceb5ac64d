/**
 * Fold-in: new suggestions joined to the themes of an earlier synthesis without clustering again
 * (a live session between full runs). Each new text goes to the theme whose centre (the mean
 * TF-IDF row of its members from the earlier run) is nearest by cosine, plus the issue prior of
 * the issue-led clustering (guided.ts) for a theme led by an issue the text's words name. A text
 * sharing no word with its nearest theme and naming none of its issue is "other". Labels stay
 * those of the full run; members that are gone leave their theme.
 */
import { analyserFor } from './analyser.js';
import { compileTaxonomy, evidence } from './taxonomy.js';
import { DEFAULT_ISSUES } from './lexicons/taxonomy.js';
import { vectorise, type Csr } from './vectorise.js';
import type { SynthesisInput, SynthesisOptions } from './types.js';

/** What fold-in needs of a theme of the earlier run (a Theme has all of it). */
export interface FoldInTheme {
  id: string;
  label: string;
  /** strategic issue id the theme is led by (none: an open theme) */
  issue?: string | null;
  members: readonly string[];
}

/** The earlier run: its themes and the suggestions it left in "other" (they stay there). */
export interface FoldInFit {
  themes: readonly FoldInTheme[];
  other: readonly string[];
}

export interface FoldInResult {
  /** the earlier themes in their order, their members (in input order) updated */
  themes: Array<{ id: string; label: string; size: number; members: string[] }>;
  other: string[];
  /** new suggestions placed in this fold-in */
  added: number;
  /** suggestions of the earlier run (themes and "other") no longer among the items */
  removed: number;
}

const NEW = -1;
const OTHER = -2;

export type FoldInOptions = Pick<SynthesisOptions, 'lexicons' | 'stopwords' | 'issuePrior'>;

export function foldIn(fit: FoldInFit, items: readonly SynthesisInput[], options: FoldInOptions = {}): FoldInResult {
  const { themes } = fit;
  const analyser = analyserFor(options);
  const issues = options.lexicons?.issues ?? DEFAULT_ISSUES;
  const taxonomy = compileTaxonomy(issues, analyser);
  const issueIndex = themes.map((t) => (t.issue ? issues.findIndex((e) => e.id === t.issue) : -1));
  const prior = options.issuePrior ?? 0.5;

  const docs = items.map((item) => analyser.terms(item.text ?? ''));
  const { matrix } = vectorise(docs);
  const themeOf = new Map<string, number>();
  themes.forEach((t, c) => t.members.forEach((id) => themeOf.set(id, c)));
  for (const id of fit.other) themeOf.set(id, OTHER);
  const known = items.map((item) => themeOf.get(item.id) ?? NEW);
  const centres = centroids(matrix, known, themes.length);

  const members = themes.map((): string[] => []);
  const other: string[] = [];
  let added = 0;
  items.forEach((item, i) => {
    if (known[i] === OTHER) return void other.push(item.id);
    if (known[i]! >= 0) return void members[known[i]!]!.push(item.id);
    added++;
    const e = evidence(docs[i]!, taxonomy);
    const total = e.reduce((a, b) => a + b, 0);
    let best = -1;
    let bestScore = -Infinity;
    let bestCosine = 0;
    for (let c = 0; c < themes.length; c++) {
      let cosine = 0;
      for (let p = matrix.indptr[i]!; p < matrix.indptr[i + 1]!; p++) cosine += matrix.data[p]! * centres[c * matrix.cols + matrix.indices[p]!]!;
      const issue = issueIndex[c]!;
      const score = cosine + (issue >= 0 && total > 0 ? (prior * e[issue]!) / total : 0);
      if (score > bestScore) [best, bestScore, bestCosine] = [c, score, cosine];
    }
    const named = best >= 0 && issueIndex[best]! >= 0 && e[issueIndex[best]!]! > 0;
    if (best >= 0 && (bestCosine > 0 || named)) members[best]!.push(item.id);
    else other.push(item.id);
  });
  const present = new Set(items.map((item) => item.id));
  return {
    themes: themes.map((t, c) => ({ id: t.id, label: t.label, size: members[c]!.length, members: members[c]! })),
    other,
    added,
    removed: [...themeOf.keys()].filter((id) => !present.has(id)).length,
  };
}

/** Each theme's centre: the sum of its known members' TF-IDF rows, unit length; dense, theme c at c * cols. */
function centroids(m: Csr, themeOfRow: readonly number[], k: number): Float64Array {
  const centres = new Float64Array(k * m.cols);
  themeOfRow.forEach((c, i) => {
    if (c >= 0) for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) centres[c * m.cols + m.indices[p]!]! += m.data[p]!;
  });
  for (let c = 0; c < k; c++) {
    const centre = centres.subarray(c * m.cols, (c + 1) * m.cols);
    const norm = Math.sqrt(centre.reduce((s, w) => s + w * w, 0)) || 1;
    for (let f = 0; f < m.cols; f++) centre[f]! /= norm;
  }
  return centres;
}
