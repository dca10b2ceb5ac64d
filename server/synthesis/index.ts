/**
 * Rembuk synthesis engine: suggestions -> themes for planners. Pure and deterministic for a seed;
 * the result is plain JSON (worker threads post it, MongoDB stores it).
 *
 *   const result = synthesise(items, { k: 'auto', seed: 1, previousThemes });
 *
 * normalise -> stem per language -> stopwords -> uni/bi/tri-gram keyphrases -> sublinear TF-IDF
 * -> LSA (randomized SVD) -> spherical k-means (k chosen by the silhouette knee, or given)
 * -> "other" group -> labels, keywords, representatives, support -> taxonomy tags
 * -> near-duplicate groups -> stable theme ids.
 */
import { CorpusScanner, type WordBatch } from './analyse.js';
import { WordStage, lexicalOptions, type AnalysedWords } from './words.js';
import { vectorise } from './vectorise.js';
import { nonEmptyRows, type Csr } from './sparse.js';
import { DEFAULT_TUNING, clusterEmbedding, clusterFromPartition, lsaEmbedding, type ClusterTuning, type Embedding } from './cluster.js';
import { chooseK, pathPartition, type SeedPartition } from './choose-k.js';
import type { KmeansResult } from './kmeans.js';
import { tagAll, tagGroup } from './taxonomy.js';
import { breakdown, byCentrality, keyphrases, labelFrom, representatives, scannedMembers, themeKeywords, type ThemeContext } from './themes.js';
import { groupRows, nearDuplicates, type DuplicateGroups, type RowStems } from './duplicates.js';
import { assignThemeIds } from './identity.js';
import type { ItemResult, SynthesisInput, SynthesisOptions, SynthesisResult, SynthesisStage, Theme } from './types.js';

export * from './types.js';
export { normalise, normaliseTokens, buildNormaliseLexicon } from './normalise.js';
export { stemToken } from './stem.js';
export { DEFAULT_INFORMAL, DEFAULT_ACRONYMS } from './lexicons/informal.js';
export { DEFAULT_DOMAIN_STOPWORDS, DEFAULT_STOP_ROOTS } from './lexicons/stopwords.js';
export { DEFAULT_SUBSECTORS, DEFAULT_ISSUES } from './lexicons/taxonomy.js';
export { assignThemeIds, themeSimilarity } from './identity.js';
export { DEFAULT_TUNING, type ClusterTuning } from './cluster.js';

/** x to 4 decimals (Number(x.toFixed(4)) for similarities, a few times faster on 100k items). */
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Raw TF-IDF rows as the embedding, for inputs too small for an SVD. */
function denseRows(m: Csr): Embedding {
  const x = new Float32Array(m.rows * m.cols);
  for (let i = 0; i < m.rows; i++) for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) x[i * m.cols + m.indices[p]!] = m.data[p]!;
  return { x, n: m.rows, dims: m.cols };
}

function nearestCentre(e: Embedding, row: number, centroids: Float32Array, allowed: readonly number[]): { c: number; s: number } {
  let best = { c: -1, s: -Infinity };
  for (const c of allowed) {
    let s = 0;
    for (let t = 0; t < e.dims; t++) s += e.x[row * e.dims + t]! * centroids[c * e.dims + t]!;
    if (s > best.s) best = { c, s };
  }
  return best;
}

/** The near-duplicate search's input: independent of clustering, so it can run alongside it. */
export interface DuplicatesJob {
  matrix: Csr;
  df: Int32Array;
  stems: RowStems;
  threshold: number;
}
export type { DuplicateGroups } from './duplicates.js';

export function runDuplicatesJob(job: DuplicatesJob): DuplicateGroups {
  return nearDuplicates(job.matrix, job.df, job.stems, { threshold: job.threshold });
}

/**
 * What the pipeline asks its driver, in this order: to analyse each batch of new distinct words
 * (answer: nothing), then for every word's terms (AnalysedWords); later to start the duplicates
 * job (as soon as the TF-IDF matrix exists), then for its groups. synthesise() does each where
 * asked; synthesiseOffloaded (offload.ts) can run the word analysis and the duplicates job on a
 * helper thread meanwhile. Either way the result is the same.
 */
export type PipelineRequest = { words: WordBatch } | { analysedWords: true } | { start: DuplicatesJob } | { collect: true };
/** The driver's answer to each request (see PipelineRequest). */
export type PipelineAnswer = AnalysedWords | DuplicateGroups | undefined;

/** Texts scanned between two word batches (the helper thread starts on the first batch). */
const SCAN_CHUNK = 2000;

/** Does in this thread what the pipeline asks (word analysis, duplicates); see PipelineRequest. */
export class InlineDriver {
  private words?: WordStage;
  private job?: DuplicatesJob;

  constructor(private readonly options: SynthesisOptions) {}

  answer(request: PipelineRequest): PipelineAnswer {
    if ('words' in request) (this.words ??= new WordStage(lexicalOptions(this.options))).add(request.words);
    else if ('analysedWords' in request) return (this.words ?? new WordStage(lexicalOptions(this.options))).finish();
    else if ('start' in request) this.job = request.start;
    else return runDuplicatesJob(this.job!);
    return undefined;
  }
}

/** Synthesises suggestions into themes. See SynthesisOptions for every knob. */
export function synthesise(items: readonly SynthesisInput[], options: SynthesisOptions = {}): SynthesisResult {
  const steps = synthesisSteps(items, options);
  const driver = new InlineDriver(options);
  let step = steps.next();
  while (!step.done) step = steps.next(driver.answer(step.value));
  return step.value;
}

/** The pipeline as steps (see PipelineRequest); the driver answers a collect with the groups. */
export function* synthesisSteps(
  items: readonly SynthesisInput[],
  options: SynthesisOptions = {},
): Generator<PipelineRequest, SynthesisResult, PipelineAnswer> {
  const seed = options.seed ?? 1;
  const progress = (f: number, stage: SynthesisStage): void => options.onProgress?.(Math.min(1, Math.max(0, f)), stage);
  const tuning: ClusterTuning = { ...DEFAULT_TUNING, ...options.tuning };
  const n = items.length;

  progress(0, 'analyse');
  const scanner = new CorpusScanner(items.map((item) => item.text ?? ''));
  while (!scanner.done) {
    const batch = scanner.scan(SCAN_CHUNK);
    if (batch.words.length > 0) yield { words: batch };
    progress(0.25 * (scanner.scanned / Math.max(1, n)), 'analyse');
  }
  const words = (yield { analysedWords: true }) as AnalysedWords;
  const corpus = scanner.expand(words);
  const analyser = { stems: words.stems, surfaceWords: words.surfaceWords, acronymIds: new Set(words.acronymIds) };
  const { subsectors, issues } = words;

  progress(0.3, 'vectorise');
  const { matrix, vocabulary, ngramDf } = vectorise(corpus, {
    ngramMax: 2,
    minDf: n >= 500 ? 2 : 1,
    minDfPhrase: 2,
    maxDfRatio: n >= 50 ? 0.5 : 1,
    phraseWeight: 1,
  });
  yield { start: { matrix, df: vocabulary.df, stems: { stems: corpus.stems, offsets: corpus.offsets }, threshold: options.duplicateThreshold ?? 0.8 } };
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (matrix.indptr[i + 1]! > matrix.indptr[i]!) rows.push(i);
  const content = rows.length === n ? matrix : nonEmptyRows(matrix, rows);
  const m = rows.length;

  progress(0.4, 'embed');
  const embedding = m === 0 ? { x: new Float32Array(0), n: 0, dims: 0 } : m < 3 || content.cols < 3 ? denseRows(content) : lsaEmbedding(content, seed, tuning);

  progress(0.55, 'choose-k');
  const auto = options.k === undefined || options.k === 'auto';
  const choice = auto && m >= 4 ? chooseK(embedding, { seed }) : undefined;
  const k = m === 0 ? 0 : Math.max(1, Math.min(m, auto ? (choice?.k ?? 1) : Math.floor(options.k as number)));

  progress(0.65, 'cluster');
  // Above the k-means sample size, k-means starts from choose-k's partition at k (for a planner's
  // k, the same merge path cut there) instead of restarts from k-means++ seeds, which cost most
  // there. Smaller inputs keep the restarts: cheap, and a little better on the small datasets.
  let seeds: SeedPartition | undefined;
  if (m > tuning.kmeansSample && k > 1) seeds = choice?.k === k ? choice.seeds : auto ? undefined : pathPartition(embedding, k, { seed });
  const clusters: KmeansResult | undefined =
    k === 0 ? undefined : seeds ? clusterFromPartition(embedding, k, seeds, seed, tuning) : clusterEmbedding(embedding, k, seed, tuning);
  const otherThreshold = options.otherThreshold ?? 0.2;
  const minThemeSize = options.minThemeSize ?? (m < 10 ? 1 : 2);
  const cluster = new Int32Array(n).fill(-1);
  const similarity = new Float32Array(n);
  const kept: number[][] = Array.from({ length: k }, () => []);
  const rowOf = new Int32Array(n).fill(-1);
  rows.forEach((row, r) => {
    rowOf[row] = r;
    cluster[row] = clusters!.assignment[r]!;
    similarity[row] = clusters!.similarity[r]!;
    if (clusters!.similarity[r]! >= otherThreshold || k === 1 || m < 3) kept[cluster[row]!]!.push(row);
  });
  const alive = kept.map((g, c) => (g.length >= minThemeSize ? c : -1)).filter((c) => c >= 0);

  progress(0.75, 'themes');
  const ctx: ThemeContext = { items, corpus, analyser, matrix, vocabulary, ngramDf, similarity };
  const tags = { subsectors: tagAll(corpus, subsectors), issues: tagAll(corpus, issues) };
  const membersOf = alive.map((c) => byCentrality(kept[c]!, similarity));
  // Trigrams are coded for the documents themes scan for phrases (ngramDf.indexTrigrams).
  const scanned = new Uint8Array(n);
  for (const members of membersOf) for (const i of scannedMembers(members)) scanned[i] = 1;
  ngramDf.indexTrigrams(scanned);
  const drafts = alive.map((c, q) => {
    const members = membersOf[q]!;
    const phrases = keyphrases(ctx, members);
    return { c, members, phrases, participants: participantsOf(items, members) };
  });
  const allParticipants = participantsOf(items).size;

  progress(0.85, 'identity');
  const keywordsOf = drafts.map((d) => themeKeywords(ctx, d.members));
  const memberIds = drafts.map((d) => d.members.map((x) => items[x]!.id));
  const ids = assignThemeIds(
    options.previousThemes ?? [],
    drafts.map((_, i) => ({ keywords: keywordsOf[i]!, members: memberIds[i]! })),
    options.identityThreshold ?? 0.3,
  );
  const themes: Theme[] = drafts.map((d, i) => ({
    id: ids[i]!.id,
    carriedOver: ids[i]!.carriedOver,
    label: labelFrom(d.phrases),
    keyphrases: d.phrases,
    keywords: keywordsOf[i]!,
    members: memberIds[i]!,
    representatives: representatives(ctx, d.members),
    size: d.members.length,
    votes: d.members.reduce((s, x) => s + Math.max(0, items[x]!.votes ?? 0), 0),
    participants: d.participants.size,
    participantShare: allParticipants ? Number((d.participants.size / allParticipants).toFixed(4)) : 0,
    cohesion: Number((d.members.reduce((s, x) => s + similarity[x]!, 0) / Math.max(1, d.members.length)).toFixed(4)),
    roles: breakdown(d.members.map((x) => items[x]!.role)),
    sessions: breakdown(d.members.map((x) => items[x]!.sessionId)),
    subsectors: tagGroup(tags.subsectors, d.members, subsectors),
    issues: tagGroup(tags.issues, d.members, issues),
  }));
  const themeOfCluster = new Map(drafts.map((d, i) => [d.c, themes[i]!.id]));
  const inTheme = new Uint8Array(n);
  for (const d of drafts) for (const x of d.members) inTheme[x] = 1;

  const itemResults: ItemResult[] = items.map((item, i) => {
    let nearest: string | null = null;
    let sim = 0;
    if (cluster[i]! >= 0) {
      nearest = themeOfCluster.get(cluster[i]!) ?? null;
      sim = similarity[i]!;
      if (nearest === null && alive.length > 0) {
        const best = nearestCentre(embedding, rowOf[i]!, clusters!.centroids, alive);
        nearest = themeOfCluster.get(best.c) ?? null;
        sim = best.s;
      }
    }
    return {
      id: item.id,
      themeId: inTheme[i] ? nearest : null,
      nearestThemeId: nearest,
      similarity: round4(sim),
      subsectors: tags.subsectors[i]!.map((e) => subsectors.entries[e]!.id),
      issues: tags.issues[i]!.map((e) => issues.entries[e]!.id),
    };
  });
  const otherMembers = items.filter((_, i) => !inTheme[i]).map((it) => it.id);

  progress(0.9, 'duplicates');
  const groups = (yield { collect: true }) as DuplicateGroups;
  // Most supported first: one comparator over a votes array for every group (29k groups at 100k).
  const votes = Float64Array.from(items, (it) => it.votes ?? 0);
  const byVotes = (a: number, b: number): number => votes[b]! - votes[a]! || a - b;
  const duplicates: SynthesisResult['duplicates'] = [];
  for (let g = 0; g < groups.similarity.length; g++) {
    const rows = groupRows(groups, g);
    // Most groups are pairs: no sort call for them.
    if (rows.length > 2) rows.sort(byVotes);
    else if (byVotes(rows[0]!, rows[1]!) > 0) rows.reverse();
    const ids: string[] = [];
    for (const x of rows) ids.push(items[x]!.id);
    duplicates.push({ ids, similarity: groups.similarity[g]! });
  }

  themes.sort((a, b) => b.size - a.size || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  progress(1, 'done');
  return {
    version: 1,
    seed,
    k,
    kMode: auto ? 'auto' : 'fixed',
    kScores: (choice?.scores ?? []).map((s) => ({ k: s.k, score: Number(s.score.toFixed(4)) })),
    themes,
    other: { members: otherMembers, size: otherMembers.length },
    items: itemResults,
    duplicates,
    stats: { items: n, empty: n - m, vocabulary: matrix.cols, participants: allParticipants },
  };
}

/** Distinct participant ids of the given rows (all items when omitted). */
function participantsOf(items: readonly SynthesisInput[], rows?: readonly number[]): Set<string> {
  const out = new Set<string>();
  const count = rows ? rows.length : items.length;
  for (let q = 0; q < count; q++) {
    const p = items[rows ? rows[q]! : q]!.participantId;
    if (p) out.add(p);
  }
  return out;
}
