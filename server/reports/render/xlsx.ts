/**
 * XLSX (exceljs, streaming writer): sheets for the suggestions, themes, the road-map matrix and
 * its cells, and participation, with localised names, a bold frozen header row and column widths.
 * Cells are only ever strings or numbers (never formulas); texts are formula-neutralised.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReportData } from '../report.schema.js';
import type { Progress } from './index.js';
import { appendixColumns, fmtDate, shade, shadeColours, texts } from './format.js';
import { cellValue } from './safe.js';
import { roadmapView } from './roadmap.js';

type Sheet = ExcelJS.Worksheet;
type Value = string | number;

const CHUNK = 2000;

function sheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, widths: number[]): Sheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

function header(ws: Sheet, values: string[]): void {
  const row = ws.addRow(values.map(cellValue));
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.commit();
}

const add = (ws: Sheet, values: Value[]) => ws.addRow(values.map(cellValue)).commit();

const shadeCell = (cell: ExcelJS.Cell, intensity: number) => {
  const c = shadeColours(intensity);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.fill}` } };
  cell.font = { color: { argb: `FF${c.text}` } };
};

/** "Matriks": the shaded count grid with totals, then actors per issue; "Sel matriks": one row per non-empty cell. */
function roadmapSheets(wb: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, matrix: NonNullable<ReportData['roadmap']>): void {
  const { tx } = texts(data.lang);
  const v = roadmapView(data, matrix);
  const g = v.grid;
  const grid = sheet(wb, tx.sheetMatrix, [34, ...g.columns.map(() => 14), 10]);
  header(grid, [`${tx.issue} / ${tx.subsector}`, ...g.columns.map((c) => c.label), tx.total]);
  for (const r of g.rows) {
    const row = grid.addRow([cellValue(r.label), ...r.cells.map((c) => c.count), r.total]);
    r.cells.forEach((c, j) => shadeCell(row.getCell(j + 2), c.intensity));
    row.getCell(g.columns.length + 2).font = { bold: true };
    row.commit();
  }
  const totals = grid.addRow([cellValue(tx.total), ...g.columns.map((c) => c.total), g.total]);
  totals.font = { bold: true };
  totals.commit();
  if (g.emptyNote) add(grid, [g.emptyNote]);
  add(grid, []);
  header(grid, [tx.roadmapByRole, ...v.byRole.roles, tx.total]);
  for (const r of v.byRole.rows) add(grid, [r.label, ...r.counts, r.total]);
  const roleTotals = grid.addRow([cellValue(tx.total), ...v.byRole.total.counts, v.byRole.total.total]);
  roleTotals.font = { bold: true };
  roleTotals.commit();
  grid.commit();

  const cells = sheet(wb, tx.sheetRoadmapCells, [30, 26, 11, ...v.byRole.roles.map(() => 12), 70]);
  header(cells, [tx.issue, tx.subsector, tx.suggestions, ...v.byRole.roles, tx.themes]);
  for (const c of v.cells) add(cells, [c.issue, c.subsector, c.suggestions, ...c.roles, c.themesText]);
  cells.commit();
}

/** Reports published before the road-map matrix: subsector x issue counts. */
function legacyMatrixSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, m: NonNullable<ReportData['matrix']>): void {
  const { tx } = texts(data.lang);
  const matrix = sheet(wb, tx.sheetMatrix, [30, ...m.issues.map(() => 16)]);
  header(matrix, [`${tx.subsector} / ${tx.issue}`, ...m.issues.map((i) => i.label)]);
  m.subsectors.forEach((s, i) => {
    const counts = m.issues.map((_, j) => m.counts[i]?.[j] ?? 0);
    const row = matrix.addRow([cellValue(s.label), ...counts]);
    counts.forEach((count, j) => shadeCell(row.getCell(j + 2), shade(count, m.max)));
    row.commit();
  });
  matrix.commit();
}

export async function renderXlsx(data: ReportData, progress: Progress): Promise<Buffer> {
  const { tx } = texts(data.lang);
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Rembuk';
  wb.title = data.title;
  wb.created = wb.modified = Number.isNaN(Date.parse(data.generatedAt)) ? new Date(0) : new Date(data.generatedAt);

  // Suggestions: the appendix, one row per suggestion.
  const cols = appendixColumns(data);
  const ws = sheet(wb, tx.sheetSuggestions, cols.map((c) => c.width));
  header(ws, cols.map((c) => c.header));
  const rows = data.appendix;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    add(ws, cols.map((c) => c.value(row, i)));
    if ((i + 1) % CHUNK === 0) await progress((0.8 * (i + 1)) / rows.length);
  }
  ws.commit();

  const themes = sheet(wb, tx.sheetThemes, [10, 36, 36, 11, 11, 11, 9, 36, 36, 36, 70]);
  header(themes, [tx.rank, tx.theme, tx.keywords, tx.suggestions, tx.participants, tx.votes, tx.share, tx.themeByRole, tx.subsectors, tx.issues, tx.quotes]);
  for (const th of data.themes) {
    const row = themes.addRow(
      [
        th.rank, th.label, th.keywords.join(', '), th.suggestions, th.participants, th.votes, th.share,
        th.byRole.map((r) => `${r.label} ${r.count}`).join('; '),
        th.subsectors.map((s) => `${s.label} ${s.count}`).join('; '),
        th.issues.map((s) => `${s.label} ${s.count}`).join('; '),
        th.quotes.map((q) => `“${q.text}”`).join('\n'),
      ].map(cellValue),
    );
    row.getCell(7).numFmt = '0%';
    row.alignment = { vertical: 'top', wrapText: true };
    row.commit();
  }
  themes.commit();

  if (data.roadmap) roadmapSheets(wb, data, data.roadmap);
  else if (data.matrix) legacyMatrixSheet(wb, data, data.matrix);

  const part = sheet(wb, tx.sheetParticipation, [36, 18, 12, 12, 12]);
  header(part, [tx.session, tx.date, tx.participants, tx.suggestions, tx.votes]);
  for (const s of data.sessions) add(part, [s.title, fmtDate(data.lang, s.date), s.participants, s.suggestions, s.votes]);
  add(part, []);
  header(part, [tx.role, '', tx.participants, tx.suggestions]);
  for (const r of data.participationByRole) add(part, [r.label, '', r.participants, r.suggestions]);
  part.commit();

  await progress(0.9);
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
