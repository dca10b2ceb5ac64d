/**
 * Rembuk synthesis engine: suggestions -> themes for planners. Pure and deterministic for a seed;
 * the result is plain JSON (worker threads post it, MongoDB stores it).
 *
 *   const result = synthesise(items, { k: 'auto', seed: 1, previousThemes });
 *
 * Stages, each a module with its own tests:
 *   analyse (analyser.ts: normalise, stopwords, stem)  -> vectorise (TF-IDF of stems and bigrams)
 *   -> embed (lsa.ts) -> cluster (cluster.ts: issue-led or open, k chosen or given)
 *   -> describe (describe.ts: labels, keyphrases, representatives) -> tag (taxonomy.ts)
 *   -> near-duplicates -> stable theme ids (identity.ts)
 */
import { analyserFor } from './analyser.js';
import { stemToken } from './stem.js';
import { compileTaxonomy, evidence, tagGroup, tags, tagsOf } from './taxonomy.js';
import { DEFAULT_ISSUES, DEFAULT_SUBSECTORS } from './lexicons/taxonomy.js';
import { selectRows, vectorise, type Vectors } from './vectorise.js';
import { clusterRows } from './cluster.js';
import type { Rows } from './kmeans.js';
import { breakdown, keyphrases, labelFrom, phraseDf, representatives, themeKeywords, type DescribeContext } from './describe.js';
import { nearDuplicates } from './duplicates.js';
import { assignThemeIds } from './identity.js';
import { createRng } from './prng.js';
import type { DuplicateGroup, ItemResult, SynthesisInput, SynthesisOptions, SynthesisResult, SynthesisStage, Theme } from './types.js';

export * from './types.js';
export { TextAnalyser, defaultAnalyser, type Term } from './analyser.js';
export { normalise, normaliseTokens, buildNormaliseLexicon } from './normalise.js';
export { stemToken } from './stem.js';
export { DEFAULT_INFORMAL, DEFAULT_ACRONYMS } from './lexicons/informal.js';
export { DEFAULT_DOMAIN_STOPWORDS, DEFAULT_STOP_ROOTS } from './lexicons/stopwords.js';
export { DEFAULT_SUBSECTORS, DEFAULT_ISSUES } from './lexicons/taxonomy.js';
export { DEFAULT_PLACES } from './lexicons/places.js';
export { assignThemeIds, themeSimilarity } from './identity.js';

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The input's main language, by its words' language decisions. */
function mainLanguage(docs: ReadonlyArray<ReadonlyArray<{ surface: string }>>): 'id' | 'en' {
  let id = 0;
  let en = 0;
  for (const terms of docs.slice(0, 5000)) {
    for (const t of terms) {
      const lang = stemToken(t.surface).language;
      if (lang === 'id') id++;
      else if (lang === 'en') en++;
    }
  }
  return en > 1.5 * id ? 'en' : 'id';
}

/** Synthesises suggestions into themes. See SynthesisOptions for every knob. */
export function synthesise(items: readonly SynthesisInput[], options: SynthesisOptions = {}): SynthesisResult {
  const seed = options.seed ?? 1;
  const rng = createRng(seed);
  const progress = (f: number, stage: SynthesisStage): void => options.onProgress?.(Math.min(1, Math.max(0, f)), stage);
  const n = items.length;

  progress(0, 'analyse');
  const analyser = analyserFor(options);
  const docs = items.map((item) => analyser.terms(item.text ?? ''));
  const issueTaxonomy = compileTaxonomy(options.lexicons?.issues ?? DEFAULT_ISSUES, analyser);
  const subsectorTaxonomy = compileTaxonomy(options.lexicons?.subsectors ?? DEFAULT_SUBSECTORS, analyser);
  const issueEvidence = docs.map((terms) => evidence(terms, issueTaxonomy));
  const issueTags = issueEvidence.map(tagsOf);
  const subsectorTags = docs.map((terms) => tags(terms, subsectorTaxonomy));
  const language = mainLanguage(docs);

  progress(0.2, 'vectorise');
  const vectors = vectorise(docs);
  // Every text with content words is clustered, even one whose words no other text shares (an
  // empty row): issue-led, its keywords still place it ("royalti" said once is still HKI).
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (docs[i]!.length > 0) rows.push(i);
  const m = rows.length;

  progress(0.3, 'cluster');
  const matrix = selectRows(vectors.matrix, rows);
  const requestedK = options.k === undefined || options.k === 'auto' ? 'auto' : Math.max(1, Math.floor(options.k));
  const plan = m > 0 ? clusterRows(matrix, { k: requestedK, rng, evidence: rows.map((i) => issueEvidence[i]!), issuePrior: options.issuePrior ?? 0.5 }) : undefined;

  progress(0.7, 'themes');
  const similarity = new Float32Array(n);
  const cluster = new Int32Array(n).fill(-1);
  rows.forEach((i, r) => {
    cluster[i] = plan!.labels[r]!;
    similarity[i] = plan!.similarity[r]!;
  });
  const otherThreshold = options.otherThreshold ?? 0.1;
  const minThemeSize = options.minThemeSize ?? (n < 10 ? 1 : 2);
  const ctx: DescribeContext = { items, docs, vectors, similarity };
  const dfOf = phraseDf(vectors, new Map(vectors.features.map((f, i) => [f, i])));
  const allParticipants = new Set(items.map((it) => it.participantId).filter(Boolean)).size;
  const inTheme = new Uint8Array(n);
  const subsectorStems = new Set(subsectorTaxonomy.keywordStems.flatMap((stems) => [...stems]));
  const drafts: Array<Omit<Theme, 'id' | 'carriedOver'>> = [];
  /** the cluster each draft theme came from */
  const draftCluster: number[] = [];
  for (let c = 0; c < (plan?.k ?? 0); c++) {
    const issue = plan!.issueOf[c]!;
    // A suggestion no issue keyword speaks for, far from its theme's centre, is "other".
    const members = rows
      .filter((i) => cluster[i] === c && (similarity[i]! >= otherThreshold || (issue >= 0 && issueEvidence[i]![issue]! > 0)))
      .sort((a, b) => similarity[b]! - similarity[a]! || a - b);
    if (members.length < minThemeSize || members.length === 0) continue;
    for (const i of members) inTheme[i] = 1;
    const entry = issue >= 0 ? issueTaxonomy.entries[issue]! : undefined;
    const issueName = entry ? (language === 'en' ? (entry.labelEn ?? entry.label) : entry.label) : null;
    const issueStems = new Set(entry ? [entry.label, entry.labelEn ?? ''].flatMap((k) => analyser.terms(k).map((t) => t.stem)) : []);
    const prefer = new Set([...(issueTaxonomy.keywordStems[issue] ?? [])].filter((w) => !issueStems.has(w)));
    const phrases = keyphrases(ctx, members, dfOf, { prefer, avoid: subsectorStems });
    const participants = new Set(members.map((i) => items[i]!.participantId).filter(Boolean)).size;
    draftCluster.push(c);
    drafts.push({
      issue: entry?.id ?? null,
      label: labelFrom(issueName, phrases, issueStems) || `Tema ${c + 1}`,
      keyphrases: phrases,
      keywords: themeKeywords(ctx, members),
      members: members.map((i) => items[i]!.id),
      representatives: representatives(ctx, members),
      size: members.length,
      votes: members.reduce((s, i) => s + (items[i]!.votes ?? 0), 0),
      participants,
      participantShare: allParticipants > 0 ? round4(participants / allParticipants) : 0,
      cohesion: round4(members.reduce((s, i) => s + similarity[i]!, 0) / members.length),
      roles: breakdown(members.map((i) => items[i]!.role)),
      sessions: breakdown(members.map((i) => items[i]!.sessionId)),
      subsectors: tagGroup(subsectorTags, members, subsectorTaxonomy),
      issues: tagGroup(issueTags, members, issueTaxonomy),
    });
  }

  progress(0.85, 'identity');
  const ids = assignThemeIds(options.previousThemes ?? [], drafts, options.identityThreshold);
  const themes: Theme[] = drafts.map((d, t) => ({ id: ids[t]!.id, carriedOver: ids[t]!.carriedOver, ...d }));
  const themeIdOfCluster = new Map(themes.map((t, d) => [draftCluster[d]!, t.id]));
  const rowOf = new Int32Array(n).fill(-1);
  rows.forEach((i, r) => (rowOf[i] = r));

  const itemResults: ItemResult[] = items.map((item, i) => {
    const nearest = cluster[i]! >= 0 ? (themeIdOfCluster.get(cluster[i]!) ?? nearestTheme(plan?.rows, rowOf[i]!, plan?.centroids, themeIdOfCluster)) : null;
    return {
      id: item.id,
      themeId: inTheme[i] ? (themeIdOfCluster.get(cluster[i]!) ?? null) : null,
      nearestThemeId: nearest,
      similarity: round4(similarity[i]!),
      subsectors: subsectorTags[i]!.map((e) => subsectorTaxonomy.entries[e]!.id),
      issues: issueTags[i]!.map((e) => issueTaxonomy.entries[e]!.id),
    };
  });
  const otherMembers = items.filter((_, i) => !inTheme[i]).map((it) => it.id);

  progress(0.9, 'duplicates');
  const duplicates = duplicateGroups(items, vectors, options.duplicateThreshold);

  themes.sort((a, b) => b.size - a.size || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  progress(1, 'done');
  return {
    version: 1,
    seed,
    k: plan?.k ?? 0,
    kMode: requestedK === 'auto' ? 'auto' : 'fixed',
    mode: plan?.mode ?? 'open',
    language,
    kScores: (plan?.kScores ?? []).map((s) => ({ k: s.k, score: round4(s.score) })),
    themes,
    other: { members: otherMembers, size: otherMembers.length },
    items: itemResults,
    duplicates,
    stats: { items: n, empty: n - m, vocabulary: vectors.matrix.cols, participants: allParticipants },
  };
}

/**
 * Near-duplicate groups alone (merge candidates for moderators): analyse and vectorise, no
 * clustering. The same groups as synthesise() finds for the same items and options.
 */
export function findDuplicates(items: readonly SynthesisInput[], options: Pick<SynthesisOptions, 'lexicons' | 'stopwords' | 'duplicateThreshold'> = {}): DuplicateGroup[] {
  const analyser = analyserFor(options);
  return duplicateGroups(items, vectorise(items.map((item) => analyser.terms(item.text ?? ''))), options.duplicateThreshold);
}

function duplicateGroups(items: readonly SynthesisInput[], vectors: Vectors, threshold = 0.8): DuplicateGroup[] {
  const votes = items.map((it) => it.votes ?? 0);
  // Rows scaled to their share of the whole text: words only one suggestion uses (below minDf) set it apart.
  const whole = Float64Array.from(vectors.matrix.data);
  for (let i = 0; i < items.length; i++) for (let p = vectors.matrix.indptr[i]!; p < vectors.matrix.indptr[i + 1]!; p++) whole[p]! *= vectors.kept[i]!;
  return nearDuplicates({ ...vectors.matrix, data: whole }, vectors.df, threshold).map((g) => ({
    ids: [...g.rows].sort((a, b) => votes[b]! - votes[a]! || a - b).map((r) => items[r]!.id),
    similarity: g.similarity,
  }));
}

/** The theme whose centre is nearest to an embedded row (its own cluster was dropped as too small). */
function nearestTheme(e: Rows | undefined, row: number, centroids: Float32Array | undefined, themeOf: ReadonlyMap<number, string>): string | null {
  if (!e || !centroids || row < 0) return null;
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const [c, id] of themeOf) {
    const s = e.dot(row, centroids, c);
    if (s > bestScore) {
      bestScore = s;
      best = id;
    }
  }
  return best;
}
