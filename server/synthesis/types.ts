/**
 * Public types of the synthesis engine. Everything in SynthesisResult is plain JSON (strings,
 * numbers, arrays, records) so a worker thread can post it and MongoDB can store it as is.
 */
import type { TaxonomyEntry } from './lexicons/taxonomy.js';

export type { TaxonomyEntry };

/** One suggestion to synthesise. */
export interface SynthesisInput {
  /** stable id (the suggestion's _id as a string) */
  id: string;
  text: string;
  participantId?: string;
  /** pentahelix role: akademisi | bisnis | komunitas | pemerintah | media (free text is kept) */
  role?: string;
  sessionId?: string;
  /** votes received; favours well-supported suggestions as representatives */
  votes?: number;
}

/** A theme of an earlier run, so planner edits keyed by theme id survive a re-run. */
export interface PreviousTheme {
  id: string;
  /** the earlier theme's keywords (Theme.keywords); terms are compared by their stem key */
  keywords?: ReadonlyArray<{ key: string; weight: number }>;
  /** the earlier theme's member suggestion ids */
  members?: readonly string[];
}

export type SynthesisStage =
  | 'analyse'
  | 'vectorise'
  | 'embed'
  | 'choose-k'
  | 'cluster'
  | 'themes'
  | 'duplicates'
  | 'identity'
  | 'done';

export interface SynthesisOptions {
  /** number of themes, or 'auto' (default) to choose it in 2..min(30, sqrt(n)) */
  k?: number | 'auto';
  /** PRNG seed: the same input, options and seed give an identical result (default 1) */
  seed?: number;
  lexicons?: {
    /** informal spelling -> replacement, merged over the defaults ('' deletes a default) */
    informal?: Record<string, string>;
    /** extra acronyms kept unstemmed and printed in capitals */
    acronyms?: string[];
    /** subsector list (replaces the 17 defaults) */
    subsectors?: TaxonomyEntry[];
    /** strategic issue list (replaces the defaults): the issues that lead the themes */
    issues?: TaxonomyEntry[];
    /** place names never used as keywords (replaces the defaults; add the forum's own city) */
    places?: string[];
  };
  /** words added to or removed from the Indonesian + English + domain stopword lists */
  stopwords?: { add?: string[]; remove?: string[] };
  previousThemes?: readonly PreviousTheme[];
  /** called between stages and during long ones; fraction in 0..1 */
  onProgress?: (fraction: number, stage: SynthesisStage) => void;
  /** a suggestion no issue keyword speaks for joins "other" below this cosine to its theme centre (default 0.1) */
  otherThreshold?: number;
  /** themes smaller than this go to "other" (default 2, or 1 below 10 suggestions) */
  minThemeSize?: number;
  /** cosine on TF-IDF vectors above which two suggestions are merge candidates (default 0.8) */
  duplicateThreshold?: number;
  /** minimum match score to keep a previous theme id (default 0.3) */
  identityThreshold?: number;
  /** weight of the issue lexicons' prior against text similarity (default 0.5; 0 = not issue-led) */
  issuePrior?: number;
}

export interface WeightedTerm {
  /** stem key, stable across runs ("akses modal") */
  key: string;
  /** most frequent original wording ("akses permodalan") */
  text: string;
  weight: number;
}

export interface TagCount {
  id: string;
  label: string;
  /** member suggestions tagged with it */
  count: number;
  /** count / theme size */
  share: number;
}

export interface Representative {
  id: string;
  text: string;
  /** cosine to the theme centre */
  similarity: number;
  votes: number;
}

export interface Theme {
  /** stable across runs when matched to a previous theme */
  id: string;
  /** true when the id was carried over from previousThemes */
  carriedOver: boolean;
  /**
   * the strategic issue (taxonomy id) leading the theme; null for a theme the taxonomy does not
   * name (absent in results stored before issue-led themes)
   */
  issue?: string | null;
  /** readable label: the issue's name plus the most distinctive keyphrases ("Pembiayaan: modal usaha, investor") */
  label: string;
  /** distinctive uni/bi/tri-gram keyphrases, best first */
  keyphrases: WeightedTerm[];
  /** centroid keywords (mean TF-IDF), best first: the theme's keyword vector */
  keywords: WeightedTerm[];
  /** member suggestion ids, most central first */
  members: string[];
  representatives: Representative[];
  size: number;
  votes: number;
  /** distinct participants in the theme */
  participants: number;
  /** participants / distinct participants of the whole input (0 when none carry ids) */
  participantShare: number;
  /** mean cosine of members to the centre */
  cohesion: number;
  /** members per pentahelix role ('unknown' when missing) */
  roles: Record<string, number>;
  /** members per session ('unknown' when missing) */
  sessions: Record<string, number>;
  subsectors: TagCount[];
  issues: TagCount[];
}

export interface ItemResult {
  id: string;
  /** theme id, or null when in "other" */
  themeId: string | null;
  /** nearest theme even for "other" items (null when the text has no content words) */
  nearestThemeId: string | null;
  /** cosine to the nearest theme centre */
  similarity: number;
  subsectors: string[];
  issues: string[];
}

export interface DuplicateGroup {
  /** suggestion ids, the best-supported (votes, then earliest) first: a merge target */
  ids: string[];
  /** lowest pairwise cosine linking the group */
  similarity: number;
}

export interface SynthesisResult {
  version: 1;
  seed: number;
  /** number of themes clustered (before "other" was set aside) */
  k: number;
  kMode: 'auto' | 'fixed';
  /** 'issues': themes led by the strategic issues; 'open': plain clustering (the lexicons barely match) */
  mode?: 'issues' | 'open';
  /** the input's main language: labels use the taxonomy's names in it (absent in older results) */
  language?: 'id' | 'en';
  /** silhouette of each candidate k when chosen automatically */
  kScores: Array<{ k: number; score: number }>;
  themes: Theme[];
  other: { members: string[]; size: number };
  /** one per input, in input order */
  items: ItemResult[];
  duplicates: DuplicateGroup[];
  stats: {
    items: number;
    /** items with no content words after normalising and stopwords */
    empty: number;
    vocabulary: number;
    participants: number;
  };
}
