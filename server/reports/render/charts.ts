/**
 * Charts drawn on the server: chart specs from the report data (shared by HTML and PDF) and inline
 * SVG for HTML. The SVG builder escapes every text it draws, so its output can be injected as is.
 */
import type { ReportData } from '../report.schema.js';
import { escapeHtml } from './safe.js';
import { fmtNumber, texts } from './format.js';

export interface BarRow {
  label: string;
  value: number;
  /** the text shown after the bar; defaults to the value */
  note?: string;
}

export interface BarChart {
  id: string;
  title: string;
  rows: BarRow[];
}

export interface ReportCharts {
  sessions: BarChart;
  roles: BarChart;
  themes: BarChart;
}

/** Participation by session and by pentahelix role, and theme support (participants per theme). */
export function reportCharts(data: ReportData): ReportCharts {
  const { tx } = texts(data.lang);
  const n = (x: number) => fmtNumber(data.lang, x);
  return {
    sessions: {
      id: 'chart-sessions',
      title: tx.chartSessions,
      rows: data.sessions.map((s) => ({ label: s.title, value: s.participants, note: `${n(s.participants)} · ${n(s.suggestions)} ${tx.suggestions.toLowerCase()}` })),
    },
    roles: {
      id: 'chart-roles',
      title: tx.chartRoles,
      rows: data.participationByRole.map((r) => ({ label: r.label, value: r.participants, note: `${n(r.participants)} · ${n(r.suggestions)} ${tx.suggestions.toLowerCase()}` })),
    },
    themes: {
      id: 'chart-themes',
      title: tx.chartThemes,
      rows: data.themes.map((th) => ({ label: `${th.rank}. ${th.label}`, value: th.participants })),
    },
  };
}

const WIDTH = 680;
const LABEL_W = 230;
const NOTE_W = 130;
const ROW_H = 22;
const TOP = 30;
const MAX_LABEL = 36;

export const truncate = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** A horizontal bar chart as an accessible inline SVG (role img, title, one text per bar). */
export function barChartSvg(chart: BarChart): string {
  const max = Math.max(1, ...chart.rows.map((r) => r.value));
  const barArea = WIDTH - LABEL_W - NOTE_W;
  const height = TOP + Math.max(1, chart.rows.length) * ROW_H + 8;
  const titleId = `${chart.id}-title`;
  const parts = [
    `<svg class="chart" role="img" aria-labelledby="${escapeHtml(titleId)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<title id="${escapeHtml(titleId)}">${escapeHtml(chart.title)}</title>`,
    `<text x="0" y="16" font-weight="bold" font-size="13" fill="#1a1a1a">${escapeHtml(chart.title)}</text>`,
  ];
  chart.rows.forEach((row, i) => {
    const y = TOP + i * ROW_H;
    const w = Math.max(row.value > 0 ? 2 : 0, Math.round((row.value / max) * barArea));
    parts.push(
      `<g><title>${escapeHtml(`${row.label}: ${row.note ?? row.value}`)}</title>`,
      `<text x="${LABEL_W - 8}" y="${y + 15}" text-anchor="end" fill="#1a1a1a">${escapeHtml(truncate(row.label, MAX_LABEL))}</text>`,
      `<rect x="${LABEL_W}" y="${y + 3}" width="${w}" height="${ROW_H - 6}" fill="#18568c"></rect>`,
      `<text x="${LABEL_W + w + 6}" y="${y + 15}" fill="#333">${escapeHtml(row.note ?? String(row.value))}</text></g>`,
    );
  });
  if (chart.rows.length === 0) parts.push(`<text x="0" y="${TOP + 15}" fill="#666">–</text>`);
  parts.push('</svg>');
  return parts.join('');
}
