/**
 * The road-map matrix: strategic issue (rows) x creative-economy subsector (columns), each cell
 * with its suggestion count, the count per pentahelix role and the themes found in it. Pure: the
 * themes page and every report format show the same numbers from the same function.
 *
 * Where a suggestion goes:
 * - Row (strategic issue): the lead issue of its theme when the theme has one (the synthesis names
 *   the issue a theme is led by; a planner reads the theme as a whole), otherwise every issue the
 *   suggestion itself is tagged with; with neither, the "Other" row.
 * - Column: every subsector it is tagged with; with none, the "Cross-subsector" column.
 * - So a suggestion naming two subsectors is counted in both cells of its row. Row, column and
 *   grand totals count each suggestion once, which is why they can be less than the sum of cells.
 * - Role: the suggestion's pentahelix role; missing, or not one of the listed roles, is "unknown".
 * - Themes: the visible themes with members in the cell, and how many of their members are in it.
 *   Hidden themes' suggestions still count (they are in the report) but name no theme.
 * Issue and subsector ids come from the taxonomy passed in, never from this file. A tag or lead
 * issue the taxonomy no longer lists (it was edited after the synthesis ran) gets a row or column
 * of its own after the listed ones, named by `knownLabels` or its id, so no suggestion is lost.
 */
import { z } from 'zod';

/** Ids of the row and column for suggestions with no issue / no subsector, and of the unknown role. */
export const OTHER_ISSUE = '_other';
export const CROSS_SUBSECTOR = '_cross';
export const UNKNOWN_ROLE = 'unknown';

const count = z.number().int().min(0);
const entrySchema = z.object({ id: z.string(), label: z.string() });
const tallySchema = z.object({
  suggestions: count,
  /** aligned with the matrix's `roles` */
  roles: z.array(count),
});

export const roadmapMatrixSchema = z.object({
  /** role columns of every `roles` array; the last is the unknown role */
  roles: z.array(entrySchema),
  /** columns: the taxonomy's subsectors in order, unlisted tags, then cross-subsector */
  subsectors: z.array(entrySchema),
  /** rows: the taxonomy's issues in order, unlisted issues, then other */
  rows: z.array(
    z.object({
      issue: entrySchema,
      /** aligned with `subsectors` */
      cells: z.array(tallySchema.extend({ themes: z.array(entrySchema.extend({ count })) })),
      total: tallySchema,
    }),
  ),
  columnTotals: z.array(tallySchema),
  total: tallySchema,
  /** the largest cell count (for shading) */
  max: count,
});

export type RoadmapMatrix = z.infer<typeof roadmapMatrixSchema>;
export type RoadmapCell = RoadmapMatrix['rows'][number]['cells'][number];
export type RoadmapTally = RoadmapMatrix['total'];

export interface TaxonomyLabel {
  id: string;
  label: string;
}

export interface RoadmapInput {
  /** the included suggestions; `role` missing or null is the unknown role */
  suggestions: readonly { id: string; role?: string | null }[];
  /** the edited themes; `issue` is the strategic issue id the theme is led by, when the synthesis set one */
  themes: readonly { id: string; label: string; members: readonly string[]; hidden?: boolean; issue?: string | null }[];
  /** per-suggestion taxonomy tags (the synthesis result's items) */
  tags: Readonly<Record<string, { subsectors: readonly string[]; issues: readonly string[] } | undefined>>;
  taxonomy: { issues: readonly TaxonomyLabel[]; subsectors: readonly TaxonomyLabel[] };
  /** the pentahelix roles in column order, with their display names (unknown is added last) */
  roles: readonly TaxonomyLabel[];
  labels: { otherIssue: string; crossSubsector: string; unknownRole: string };
  /** display names for ids the taxonomy does not list (e.g. the tags of the synthesis' own themes) */
  knownLabels?: ReadonlyMap<string, string>;
}

export interface Placement {
  /** row ids (issue ids, or OTHER_ISSUE) */
  issues: string[];
  /** column ids (subsector ids, or CROSS_SUBSECTOR) */
  subsectors: string[];
  /** the visible theme the suggestion is in, if any */
  themeId: string | null;
}

/** The lead issue of a theme: the synthesis' optional `issue` field (absent on older results). */
export function leadIssueOf(theme: object): string | null {
  return 'issue' in theme && typeof theme.issue === 'string' && theme.issue ? theme.issue : null;
}

const unique = (xs: readonly string[]) => [...new Set(xs)];

/** Where each suggestion is counted (see the file comment); also the appendix's "road-map issue". */
export function roadmapPlacements(input: Pick<RoadmapInput, 'suggestions' | 'themes' | 'tags'>): Map<string, Placement> {
  const themeOf = new Map<string, { id: string; issue: string | null; hidden: boolean }>();
  for (const th of input.themes) for (const m of th.members) themeOf.set(m, { id: th.id, issue: leadIssueOf(th), hidden: th.hidden ?? false });
  const out = new Map<string, Placement>();
  for (const s of input.suggestions) {
    const theme = themeOf.get(s.id);
    const tags = input.tags[s.id];
    const lead = theme && !theme.hidden ? theme.issue : null;
    const issues = lead ? [lead] : unique(tags?.issues ?? []);
    const subsectors = unique(tags?.subsectors ?? []);
    out.set(s.id, {
      issues: issues.length ? issues : [OTHER_ISSUE],
      subsectors: subsectors.length ? subsectors : [CROSS_SUBSECTOR],
      themeId: theme && !theme.hidden ? theme.id : null,
    });
  }
  return out;
}

/** Listed entries first, then ids seen but not listed, then the catch-all. */
function axis(listed: readonly TaxonomyLabel[], seen: Iterable<string>, catchAll: TaxonomyLabel, known?: ReadonlyMap<string, string>): TaxonomyLabel[] {
  const ids = new Set(listed.map((e) => e.id));
  const extra = [...new Set(seen)].filter((id) => !ids.has(id) && id !== catchAll.id).sort();
  return [...listed.map(({ id, label }) => ({ id, label })), ...extra.map((id) => ({ id, label: known?.get(id) ?? id })), catchAll];
}

export function buildRoadmapMatrix(input: RoadmapInput): RoadmapMatrix {
  const placements = roadmapPlacements(input);
  const all = [...placements.values()];
  const rowsAxis = axis(input.taxonomy.issues, all.flatMap((p) => p.issues), { id: OTHER_ISSUE, label: input.labels.otherIssue }, input.knownLabels);
  const colsAxis = axis(input.taxonomy.subsectors, all.flatMap((p) => p.subsectors), { id: CROSS_SUBSECTOR, label: input.labels.crossSubsector }, input.knownLabels);
  const roles = [...input.roles.filter((r) => r.id !== UNKNOWN_ROLE).map(({ id, label }) => ({ id, label })), { id: UNKNOWN_ROLE, label: input.labels.unknownRole }];
  const rowIndex = new Map(rowsAxis.map((e, i) => [e.id, i]));
  const colIndex = new Map(colsAxis.map((e, i) => [e.id, i]));
  const roleIndex = new Map(roles.map((e, i) => [e.id, i]));
  const themeLabel = new Map(input.themes.map((th) => [th.id, th.label]));

  const tally = (): RoadmapTally => ({ suggestions: 0, roles: roles.map(() => 0) });
  const add = (t: RoadmapTally, role: number) => {
    t.suggestions++;
    t.roles[role]!++;
  };
  const cells = rowsAxis.map(() => colsAxis.map(() => ({ ...tally(), themeCounts: new Map<string, number>() })));
  const rowTotals = rowsAxis.map(tally);
  const columnTotals = colsAxis.map(tally);
  const total = tally();

  for (const s of input.suggestions) {
    const p = placements.get(s.id);
    if (!p) continue;
    const role = roleIndex.get(s.role ?? UNKNOWN_ROLE) ?? roleIndex.get(UNKNOWN_ROLE)!;
    const rows = p.issues.map((id) => rowIndex.get(id)!);
    const cols = p.subsectors.map((id) => colIndex.get(id)!);
    add(total, role);
    for (const r of rows) add(rowTotals[r]!, role);
    for (const c of cols) add(columnTotals[c]!, role);
    for (const r of rows) {
      for (const c of cols) {
        const cell = cells[r]![c]!;
        add(cell, role);
        if (p.themeId) cell.themeCounts.set(p.themeId, (cell.themeCounts.get(p.themeId) ?? 0) + 1);
      }
    }
  }

  const rows = rowsAxis.map((issue, r) => ({
    issue,
    cells: cells[r]!.map(({ themeCounts, ...t }) => ({
      ...t,
      themes: [...themeCounts]
        .map(([id, n]) => ({ id, label: themeLabel.get(id) ?? id, count: n }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    })),
    total: rowTotals[r]!,
  }));
  const max = Math.max(0, ...rows.flatMap((row) => row.cells.map((c) => c.suggestions)));
  return { roles, subsectors: colsAxis, rows, columnTotals, total, max };
}

/** A taxonomy entry's name in the reader's language: the English name when it has one, else its own. */
export function localLabel(entry: TaxonomyLabel, lang: 'id' | 'en'): string {
  return lang === 'en' && 'labelEn' in entry && typeof entry.labelEn === 'string' && entry.labelEn ? entry.labelEn : entry.label;
}

export const localTaxonomy = (entries: readonly TaxonomyLabel[], lang: 'id' | 'en'): TaxonomyLabel[] => entries.map((e) => ({ id: e.id, label: localLabel(e, lang) }));
