/**
 * The road-map matrix as every renderer shows it, already worked out once: the count grid (subsector
 * columns holding no suggestion are left out and named in a note, so the grid fits a landscape
 * page), actors per strategic issue, and one line per non-empty cell with its actors and themes.
 */
import type { RoadmapMatrix } from '../../themes/roadmap-matrix.rules.js';
import { CROSS_SUBSECTOR, OTHER_ISSUE } from '../../themes/roadmap-matrix.rules.js';
import type { ReportData } from '../report.schema.js';
import { fmtNumber, shade, texts } from './format.js';

export interface RoadmapGrid {
  columns: { label: string; total: number }[];
  rows: { label: string; total: number; cells: { count: number; intensity: number }[] }[];
  total: number;
  /** the note naming the subsectors left out, or '' */
  emptyNote: string;
}

export interface RoadmapRoleTable {
  roles: string[];
  rows: { label: string; counts: number[]; total: number }[];
  total: { counts: number[]; total: number };
}

export interface RoadmapCellLine {
  issue: string;
  subsector: string;
  suggestions: number;
  roles: number[];
  /** "Akademisi 2 · Bisnis 1" (roles with none left out) */
  rolesText: string;
  /** "Akses modal (2); Pelatihan (1)" */
  themesText: string;
}

export interface RoadmapView {
  grid: RoadmapGrid;
  byRole: RoadmapRoleTable;
  cells: RoadmapCellLine[];
}

export function roadmapView(data: ReportData, m: RoadmapMatrix): RoadmapView {
  const { text } = texts(data.lang);
  const shown = m.subsectors.map((_, c) => c).filter((c) => m.columnTotals[c]!.suggestions > 0);
  const empty = m.subsectors.filter((s, c) => s.id !== CROSS_SUBSECTOR && m.columnTotals[c]!.suggestions === 0).map((s) => s.label);
  // Every listed issue stays, even at zero (nobody raising an issue is a finding); an empty "other" row goes.
  const rows = m.rows.filter((r) => r.issue.id !== OTHER_ISSUE || r.total.suggestions > 0);
  const lines: RoadmapCellLine[] = [];
  for (const row of rows) {
    row.cells.forEach((cell, c) => {
      if (!cell.suggestions) return;
      lines.push({
        issue: row.issue.label,
        subsector: m.subsectors[c]!.label,
        suggestions: cell.suggestions,
        roles: cell.roles,
        rolesText: m.roles.flatMap((r, i) => (cell.roles[i] ? [`${r.label} ${fmtNumber(data.lang, cell.roles[i])}`] : [])).join(' · '),
        themesText: cell.themes.map((th) => `${th.label} (${fmtNumber(data.lang, th.count)})`).join('; '),
      });
    });
  }
  return {
    grid: {
      columns: shown.map((c) => ({ label: m.subsectors[c]!.label, total: m.columnTotals[c]!.suggestions })),
      rows: rows.map((r) => ({ label: r.issue.label, total: r.total.suggestions, cells: shown.map((c) => ({ count: r.cells[c]!.suggestions, intensity: shade(r.cells[c]!.suggestions, m.max) })) })),
      total: m.total.suggestions,
      emptyNote: empty.length ? text('roadmapEmptyColumns', { list: empty.join(', ') }) : '',
    },
    byRole: {
      roles: m.roles.map((r) => r.label),
      rows: rows.map((r) => ({ label: r.issue.label, counts: r.total.roles, total: r.total.suggestions })),
      total: { counts: m.total.roles, total: m.total.suggestions },
    },
    cells: lines,
  };
}
