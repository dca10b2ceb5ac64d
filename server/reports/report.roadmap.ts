/**
 * The report's road-map matrix (strategic issue x subsector x pentahelix role, with the themes in
 * each cell): the pure matrix of server/themes/roadmap-matrix.rules.ts over the report's own
 * suggestions, with names in the report's language. Stored in the report's data, so a published
 * version shows the same matrix for ever, whatever the taxonomy or the code count later.
 */
import { t, type Lang } from '../i18n/index.js';
import { PARTICIPANT_ROLES } from '../sessions/defaults.js';
import { buildRoadmapMatrix, leadIssueOf, localTaxonomy, roadmapPlacements, type RoadmapInput, type RoadmapMatrix, type TaxonomyLabel } from '../themes/roadmap-matrix.rules.js';

export interface RoadmapSource {
  lang: Lang;
  suggestions: readonly { id: string; role: string | null }[];
  /** the edited themes (hidden ones included: their suggestions count, under no theme) */
  themes: readonly { id: string; label: string; members: readonly string[]; hidden: boolean }[];
  /** the lead issue of each theme of the synthesis result (theme id -> issue id or null) */
  leadIssues?: Readonly<Record<string, string | null>>;
  itemTags: RoadmapInput['tags'];
  taxonomy: { subsectors: readonly TaxonomyLabel[]; issues: readonly TaxonomyLabel[] };
  /** names of tag ids the synthesis used, for ids the taxonomy no longer lists */
  tagLabels?: Readonly<Record<string, string>>;
}

export interface ReportRoadmap {
  matrix: RoadmapMatrix;
  /** the names of the matrix rows a suggestion is counted in */
  issuesOf: (suggestionId: string) => string[];
}

export function reportRoadmap(src: RoadmapSource): ReportRoadmap {
  const input: RoadmapInput = {
    suggestions: src.suggestions,
    // A theme edited after the run (split) has an id the result never had: it has no lead issue.
    themes: src.themes.map((th) => ({ id: th.id, label: th.label, members: th.members, hidden: th.hidden, issue: leadIssueOf(th) ?? src.leadIssues?.[th.id] ?? null })),
    tags: src.itemTags,
    taxonomy: { issues: localTaxonomy(src.taxonomy.issues, src.lang), subsectors: localTaxonomy(src.taxonomy.subsectors, src.lang) },
    roles: PARTICIPANT_ROLES.map((id) => ({ id, label: t(src.lang, `p.role.${id}`) })),
    labels: { otherIssue: t(src.lang, 'r.roadmap.other_issue'), crossSubsector: t(src.lang, 'r.roadmap.cross_subsector'), unknownRole: t(src.lang, 'r.role_unknown') },
    knownLabels: new Map(Object.entries(src.tagLabels ?? {})),
  };
  const matrix = buildRoadmapMatrix(input);
  const placements = roadmapPlacements(input);
  const rowLabel = new Map(matrix.rows.map((r) => [r.issue.id, r.issue.label]));
  return { matrix, issuesOf: (id) => (placements.get(id)?.issues ?? []).map((issue) => rowLabel.get(issue) ?? issue) };
}
