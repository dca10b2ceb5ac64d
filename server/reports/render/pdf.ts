/**
 * PDF (pdfkit, standard Helvetica fonts, no browser): cover, executive summary, participation
 * charts and tables, themes with quotes, the shaded road-map matrix (pdf.roadmap.ts), one part per
 * strategic issue, and the appendix table over as many landscape pages as it needs.
 */
import PDFDocument from 'pdfkit';
import type { ReportData } from '../report.schema.js';
import type { Progress } from './index.js';
import { reportCharts } from './charts.js';
import { appendixColumns, type AppendixColumn, fmtDate, fmtNumber, fmtPeriod, fmtShare, keyFigures, reportZone, shade, shadeColours, tally, texts, themeFigures } from './format.js';
import { BLUE, BOLD, FONT, MUTED, PdfWriter, type Column } from './pdf.layout.js';
import { toWinAnsi } from './safe.js';
import { roadmapChapter } from './pdf.roadmap.js';
import { drawText, registerEmojiFont } from './pdf.text.js';

const APPENDIX_PROGRESS_EVERY = 500;
const MARGINS = { top: 50, bottom: 56, left: 50, right: 50 };

function cover(w: PdfWriter, data: ReportData): void {
  const { doc } = w;
  const { tx, text } = texts(data.lang);
  doc.y = 200;
  doc.fontSize(11).fillColor(MUTED);
  drawText(doc, tx.docType.toUpperCase(), FONT, { x: w.left, y: doc.y }, { width: w.width, characterSpacing: 1 });
  doc.moveDown(0.6);
  doc.fontSize(24).fillColor(BLUE);
  drawText(doc, data.title, BOLD, null, { width: w.width });
  doc.moveDown(1.2);
  const lines: [string, string][] = [
    [tx.forum, data.forum.title],
    [tx.reportVersion, String(data.reportVersion)],
    [tx.generatedAt, fmtDate(data.lang, data.generatedAt, true, reportZone(data))],
    [tx.synthesisVersion, String(data.synthesis.version)],
    [tx.period, fmtPeriod(data.lang, data.summary.from, data.summary.to, reportZone(data)) || '-'],
  ];
  for (const [k, v] of lines) w.fact(k, v);
  doc.moveDown(1);
  w.para(text('methodNote', { v: data.synthesis.version }), { size: 9, color: MUTED });
  if (data.filters.includePersonalData) w.para(tx.personalData, { font: BOLD, size: 9 });
}

function chapter(w: PdfWriter, title: string, layout: 'portrait' | 'landscape' = 'portrait'): void {
  w.newPage(layout);
  w.doc.outline.addItem(toWinAnsi(title));
  w.heading(1, title);
}

async function summaryAndParticipation(w: PdfWriter, data: ReportData): Promise<void> {
  const { tx } = texts(data.lang);
  const n = (x: number) => fmtNumber(data.lang, x);
  chapter(w, `1. ${tx.ch1}`);
  if (data.executiveSummary.length === 0) w.para(tx.noSummary);
  for (const p of data.executiveSummary) w.para(p.paragraph, { gap: 0.7 });
  w.heading(2, tx.keyFigures);
  await w.table([{ header: tx.keyFigures, width: w.width * 0.6 }, { header: '', width: w.width * 0.4, align: 'right' }], keyFigures(data).map((f) => [{ text: f.label }, { text: f.value }]));

  const charts = reportCharts(data);
  chapter(w, `2. ${tx.ch2}`);
  w.heading(2, tx.bySession);
  w.bars(charts.sessions);
  const u = w.width / 7;
  await w.table(
    [{ header: tx.session, width: u * 3 }, { header: tx.date, width: u }, { header: tx.participants, width: u, align: 'right' }, { header: tx.suggestions, width: u, align: 'right' }, { header: tx.votes, width: w.width - 6 * u, align: 'right' }],
    data.sessions.map((s) => [{ text: s.title }, { text: fmtDate(data.lang, s.date) }, { text: n(s.participants) }, { text: n(s.suggestions) }, { text: n(s.votes) }]),
  );
  w.heading(2, tx.byRole);
  w.bars(charts.roles);
  await w.table(
    [{ header: tx.role, width: w.width * 0.5 }, { header: tx.participants, width: w.width * 0.25, align: 'right' }, { header: tx.suggestions, width: w.width * 0.25, align: 'right' }],
    data.participationByRole.map((r) => [{ text: r.label }, { text: n(r.participants) }, { text: n(r.suggestions) }]),
  );
}

async function themes(w: PdfWriter, data: ReportData): Promise<void> {
  const { tx, text } = texts(data.lang);
  chapter(w, `3. ${tx.ch3}`);
  w.para(tx.ch3Intro);
  if (data.themes.length === 0) return w.para(tx.noThemes);
  w.bars(reportCharts(data).themes);
  const u = w.width / 10;
  await w.table(
    [{ header: tx.rank, width: u }, { header: tx.theme, width: u * 4 }, { header: tx.suggestions, width: u * 1.25, align: 'right' }, { header: tx.participants, width: u * 1.25, align: 'right' }, { header: tx.votes, width: u * 1.25, align: 'right' }, { header: tx.share, width: u * 1.25, align: 'right' }],
    data.themes.map((th) => [{ text: String(th.rank) }, { text: th.label }, { text: String(th.suggestions) }, { text: String(th.participants) }, { text: String(th.votes) }, { text: fmtShare(th.share) }]),
  );
  for (const th of data.themes) {
    w.heading(2, `3.${th.rank} ${th.label}`);
    w.para(themeFigures(data.lang, th), { size: 9.5 });
    if (th.keywords.length) w.fact(tx.keywords, th.keywords.join(', '));
    for (const q of th.quotes) w.quote(q.text, [q.session, text('quoteVotes', { n: q.votes })].filter(Boolean).join(' · '));
    w.fact(tx.themeByRole, tally(th.byRole));
    w.fact(tx.themeBySession, th.bySession.map((s) => `${s.title} ${s.count}`).join(' · '));
    w.fact(tx.subsectors, tally(th.subsectors));
    w.fact(tx.issues, tally(th.issues));
  }
}

async function matrixAndIssues(w: PdfWriter, data: ReportData): Promise<void> {
  const { tx, text } = texts(data.lang);
  const m = data.matrix;
  if (data.roadmap) {
    chapter(w, `4. ${tx.ch4Roadmap}`, 'landscape');
    await roadmapChapter(w, data, data.roadmap);
  } else {
    chapter(w, `4. ${tx.ch4}`, 'landscape');
    w.para(tx.ch4Intro, { size: 9.5 });
  }
  if (!data.roadmap && m && m.issues.length && m.subsectors.length) {
    const labelW = Math.min(170, w.width * 0.25);
    const cw = (w.width - labelW) / m.issues.length;
    const columns: Column[] = [{ header: `${tx.subsector} / ${tx.issue}`, width: labelW }, ...m.issues.map((i) => ({ header: i.label, width: cw, align: 'center' as const }))];
    await w.table(columns, m.subsectors.map((s, i) => [
      { text: s.label },
      ...m.issues.map((_, j) => {
        const count = m.counts[i]?.[j] ?? 0;
        const c = shadeColours(shade(count, m.max));
        return { text: String(count), fill: c.fill, color: c.text };
      }),
    ]), { size: 8 });
  }
  chapter(w, `5. ${tx.ch5}`);
  w.para(tx.ch5Intro);
  data.chapters.forEach((ch, i) => {
    w.heading(2, `5.${i + 1} ${ch.label}`);
    w.para(text('issueFigures', { n: fmtNumber(data.lang, ch.suggestions) }), { size: 9.5 });
    if (ch.themes.length === 0) w.para(tx.noThemesForIssue, { size: 9.5, color: MUTED });
    for (const th of ch.themes) {
      w.heading(3, `${th.label} (${th.suggestions})`);
      for (const q of th.quotes) w.quote(q.text, [q.session, text('quoteVotes', { n: q.votes })].filter(Boolean).join(' · '));
    }
  });
}

async function appendix(w: PdfWriter, data: ReportData, progress: Progress): Promise<void> {
  const { tx, text } = texts(data.lang);
  chapter(w, tx.appendix, 'landscape');
  w.para(text('appendixIntro', { n: fmtNumber(data.lang, data.appendix.length) }), { size: 9.5 });
  if (data.appendix.length === 0) return w.para(tx.noSuggestions);
  const fixed: Partial<Record<AppendixColumn['key'], number>> = { no: 30, session: 95, prompt: 115, role: 72, votes: 44, theme: 115, name: 70, organisation: 80 };
  const cols = appendixColumns(data).filter((c) => c.key === 'text' || fixed[c.key] !== undefined);
  const rest = w.width - cols.reduce((s, c) => s + (fixed[c.key] ?? 0), 0);
  const columns: Column[] = cols.map((c) => ({ header: c.header, width: fixed[c.key] ?? rest, align: c.key === 'votes' || c.key === 'no' ? 'right' : 'left' }));
  const rows = data.appendix;
  function* cells() {
    for (let i = 0; i < rows.length; i++) yield cols.map((c) => ({ text: String(c.value(rows[i]!, i)) }));
  }
  await w.table(columns, cells(), {
    size: 7.5,
    zebra: true,
    onRow: async (i) => {
      if ((i + 1) % APPENDIX_PROGRESS_EVERY === 0) await progress(0.3 + (0.65 * (i + 1)) / rows.length);
    },
  });
}

export async function renderPdf(data: ReportData, progress: Progress): Promise<Buffer> {
  const { tx, text } = texts(data.lang);
  // The report's own date, not the clock: the same version renders to the same bytes.
  const created = Number.isNaN(Date.parse(data.generatedAt)) ? new Date(0) : new Date(data.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    autoFirstPage: false,
    lang: data.lang === 'id' ? 'id-ID' : 'en-GB',
    displayTitle: true,
    info: { Title: toWinAnsi(data.title), Author: 'Rembuk', Subject: toWinAnsi(`${tx.docType}: ${data.forum.title}`), Creator: 'Rembuk', CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  registerEmojiFont(doc);
  const w = new PdfWriter(doc, { left: data.title, right: (n) => text('pageNumber', { n }) });
  doc.addPage({ size: 'A4', margins: MARGINS });
  cover(w, data);
  await summaryAndParticipation(w, data);
  await progress(0.1);
  await themes(w, data);
  await progress(0.2);
  await matrixAndIssues(w, data);
  await progress(0.3);
  await appendix(w, data, progress);
  w.flush();
  await progress(0.97);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
