/**
 * HTML: a self-contained, print-ready document (inline CSS and SVG, no external resources, no
 * scripts) from views/reports/report.hbs. Handlebars escapes every value; the only unescaped output
 * is the chart helper, whose SVG builder escapes each text it draws.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { VIEWS_DIR } from '../../paths.js';
import type { ReportData, ReportTheme } from '../report.schema.js';
import type { Progress } from './index.js';
import { barChartSvg, reportCharts, type BarChart } from './charts.js';
import { roadmapView } from './roadmap.js';
import { appendixColumns, fmtDate, fmtNumber, fmtPeriod, fmtShare, keyFigures, reportZone, shade, shadeColours, tally, texts, themeFigures } from './format.js';

const REPORT_VIEWS = path.join(VIEWS_DIR, 'reports');

let compiled: Handlebars.TemplateDelegate | undefined;

function template(): Handlebars.TemplateDelegate {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  const read = (file: string) => readFileSync(path.join(REPORT_VIEWS, file), 'utf8');
  for (const name of ['report-styles', 'report-theme', 'report-appendix', 'report-roadmap']) hb.registerPartial(name, read(`partials/${name}.hbs`));
  hb.registerHelper('barChart', (chart: BarChart) => new hb.SafeString(barChartSvg(chart)));
  compiled = hb.compile(read('report.hbs'), { strict: false, preventIndent: true });
  return compiled;
}

const quoteView = (data: ReportData) => (q: { text: string; session: string; votes: number }) => ({
  text: q.text,
  meta: [q.session, texts(data.lang).text('quoteVotes', { n: fmtNumber(data.lang, q.votes) })].filter(Boolean).join(' · '),
});

function themeView(data: ReportData, th: ReportTheme) {
  const n = (x: number) => fmtNumber(data.lang, x);
  return {
    rank: th.rank,
    label: th.label,
    figures: themeFigures(data.lang, th),
    keywords: th.keywords.join(', '),
    quotes: th.quotes.map(quoteView(data)),
    byRole: tally(th.byRole) || '–',
    bySession: th.bySession.map((s) => `${s.title} ${s.count}`).join(' · ') || '–',
    subsectors: tally(th.subsectors) || '–',
    issues: tally(th.issues) || '–',
    suggestions: n(th.suggestions),
    participants: n(th.participants),
    votes: n(th.votes),
    share: fmtShare(th.share),
  };
}

/** The road-map chapter, formatted: shaded count grid, actors per issue, the cells' contents. */
function roadmapHtml(data: ReportData, matrix: NonNullable<ReportData['roadmap']>) {
  const n = (x: number) => fmtNumber(data.lang, x);
  const v = roadmapView(data, matrix);
  return {
    columns: v.grid.columns.map((c) => ({ label: c.label, total: n(c.total) })),
    rows: v.grid.rows.map((r) => ({
      label: r.label,
      total: n(r.total),
      cells: r.cells.map((cell) => {
        const c = shadeColours(cell.intensity);
        return { count: n(cell.count), style: `background:#${c.fill};color:#${c.text}` };
      }),
    })),
    total: n(v.grid.total),
    emptyNote: v.grid.emptyNote,
    roles: v.byRole.roles,
    byRole: v.byRole.rows.map((r) => ({ label: r.label, counts: r.counts.map(n), total: n(r.total) })),
    roleTotals: v.byRole.total.counts.map(n),
    cells: v.cells.map((c) => ({ ...c, suggestions: n(c.suggestions), themesText: c.themesText || '–', rolesText: c.rolesText })),
  };
}

/** Everything the template shows, already formatted as text. */
export function htmlView(data: ReportData) {
  const { lang } = data;
  const { tx, text } = texts(lang);
  const n = (x: number) => fmtNumber(lang, x);
  const cols = appendixColumns(data).filter((c) => c.key !== 'id' && c.key !== 'no');
  const m = data.matrix;
  return {
    lang,
    title: data.title,
    tx,
    cover: {
      forum: data.forum.title,
      version: String(data.reportVersion),
      generated: fmtDate(lang, data.generatedAt, true, reportZone(data)),
      synthesis: String(data.synthesis.version),
      period: fmtPeriod(lang, data.summary.from, data.summary.to, reportZone(data)) || '–',
    },
    methodNote: text('methodNote', { v: data.synthesis.version }),
    personalData: data.filters.includePersonalData,
    summary: data.executiveSummary.map((p) => p.paragraph),
    figures: keyFigures(data),
    charts: reportCharts(data),
    sessions: data.sessions.map((s) => ({ title: s.title, date: fmtDate(lang, s.date), participants: n(s.participants), suggestions: n(s.suggestions), votes: n(s.votes) })),
    roles: data.participationByRole.map((r) => ({ label: r.label, participants: n(r.participants), suggestions: n(r.suggestions) })),
    themes: data.themes.map((th) => themeView(data, th)),
    roadmap: data.roadmap ? roadmapHtml(data, data.roadmap) : null,
    matrix: m && {
      issues: m.issues.map((i) => i.label),
      rows: m.subsectors.map((s, i) => ({
        label: s.label,
        cells: m.issues.map((_, j) => {
          const count = m.counts[i]?.[j] ?? 0;
          const c = shadeColours(shade(count, m.max));
          return { count: n(count), style: `background:#${c.fill};color:#${c.text}` };
        }),
      })),
    },
    chapters: data.chapters.map((ch, i) => ({
      n: i + 1,
      label: ch.label,
      figures: text('issueFigures', { n: n(ch.suggestions) }),
      themes: ch.themes.map((th) => ({ label: th.label, suggestions: n(th.suggestions), quotes: th.quotes.map(quoteView(data)) })),
    })),
    appendix: {
      intro: text('appendixIntro', { n: n(data.appendix.length) }),
      headers: [tx.no, ...cols.map((c) => c.header)],
      rows: data.appendix.map((row, i) => ({ no: i + 1, cells: cols.map((c) => String(c.value(row, i))) })),
    },
  };
}

export async function renderHtml(data: ReportData, progress: Progress): Promise<Buffer> {
  const render = template();
  const view = htmlView(data);
  await progress(0.4);
  const html = render(view);
  await progress(0.9);
  return Buffer.from(html, 'utf8');
}
