/**
 * The PDF's road-map chapter (landscape): the shaded count grid with totals, actors per strategic
 * issue, and one row per non-empty cell with its actors and themes.
 */
import type { ReportData } from '../report.schema.js';
import { fmtNumber, shadeColours, texts } from './format.js';
import { MUTED, type Cell, type Column, type PdfWriter } from './pdf.layout.js';
import { roadmapView } from './roadmap.js';

const TOTAL_FILL = 'F1F4F7';

export async function roadmapChapter(w: PdfWriter, data: ReportData, matrix: NonNullable<ReportData['roadmap']>): Promise<void> {
  const { tx } = texts(data.lang);
  const n = (x: number) => fmtNumber(data.lang, x);
  const v = roadmapView(data, matrix);
  const g = v.grid;
  w.para(tx.roadmapIntro, { size: 9.5 });
  w.para(tx.roadmapRules, { size: 8.5, color: MUTED });
  if (g.columns.length) {
    const labelW = Math.min(150, w.width * 0.2);
    const cw = (w.width - labelW) / (g.columns.length + 1);
    const columns: Column[] = [{ header: `${tx.issue} / ${tx.subsector}`, width: labelW }, ...g.columns.map((c) => ({ header: c.label, width: cw, align: 'center' as const })), { header: tx.total, width: cw, align: 'center' }];
    const rows: Cell[][] = g.rows.map((r) => [
      { text: r.label },
      ...r.cells.map((cell) => {
        const c = shadeColours(cell.intensity);
        return { text: n(cell.count), fill: c.fill, color: c.text };
      }),
      { text: n(r.total), fill: TOTAL_FILL },
    ]);
    rows.push([{ text: tx.total, fill: TOTAL_FILL }, ...g.columns.map((c) => ({ text: n(c.total), fill: TOTAL_FILL })), { text: n(g.total), fill: TOTAL_FILL }]);
    await w.table(columns, rows, { size: 7 });
  } else w.para(tx.noSuggestions);
  if (g.emptyNote) w.para(g.emptyNote, { size: 8.5, color: MUTED });

  w.heading(2, tx.roadmapByRole);
  const r = v.byRole;
  const rw = (w.width * 0.7) / (r.roles.length + 1);
  await w.table(
    [{ header: tx.issue, width: w.width * 0.3 }, ...r.roles.map((role) => ({ header: role, width: rw, align: 'right' as const })), { header: tx.total, width: rw, align: 'right' }],
    [
      ...r.rows.map((row) => [{ text: row.label }, ...row.counts.map((x) => ({ text: n(x) })), { text: n(row.total) }]),
      [{ text: tx.total, fill: TOTAL_FILL }, ...r.total.counts.map((x) => ({ text: n(x), fill: TOTAL_FILL })), { text: n(r.total.total), fill: TOTAL_FILL }],
    ],
    { size: 8 },
  );

  if (!v.cells.length) return;
  w.heading(2, tx.roadmapCells);
  w.para(tx.roadmapCellsIntro, { size: 8.5, color: MUTED });
  const u = w.width / 100;
  await w.table(
    [{ header: tx.issue, width: u * 18 }, { header: tx.subsector, width: u * 16 }, { header: tx.suggestions, width: u * 8, align: 'right' }, { header: tx.role, width: u * 24 }, { header: tx.themes, width: u * 34 }],
    v.cells.map((c) => [{ text: c.issue }, { text: c.subsector }, { text: n(c.suggestions) }, { text: c.rolesText || '-' }, { text: c.themesText || '-' }]),
    { size: 7.5, zebra: true },
  );
}
