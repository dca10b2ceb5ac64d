/**
 * Formatting shared by the renderers: numbers, dates, shares, the report's fixed texts, the
 * appendix columns (personal data only when the rows carry it) and matrix shading.
 */
import type { Lang } from '../../i18n/index.js';
import type { AppendixRow, ReportData, ReportTheme } from '../report.schema.js';
import { reportTexts, rt, type ReportTextKey, type ReportTexts } from '../report.texts.js';
import { DEFAULT_TIME_ZONE, safeTimeZone, zoneLabel } from '../../shared/time.js';

/** The forum's time zone (reports stored before forums had one: Western Indonesia Time). */
export const reportZone = (data: Pick<ReportData, 'forum'>): string => safeTimeZone(data.forum.timeZone);

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function fmtNumber(lang: Lang, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(locale(lang))));
  return f.format(n);
}

export const fmtShare = (share: number) => `${Math.round(share * 100)}%`;

function dateFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = make()));
  return f;
}

/**
 * A date, or a date-time with its zone ("12 Maret 2026 pukul 15.30 WIB"), as people read it in the
 * forum's zone; unparsable input comes back as is.
 */
export function fmtDate(lang: Lang, iso: string | null | undefined, withTime = false, zone = DEFAULT_TIME_ZONE): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // A calendar day (a session's date) is already the forum's day: read it as it is written.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) zone = 'UTC';
  const f = dateFormat(`${lang}:${withTime}:${zone}`, () => new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: zone }));
  return withTime ? `${f.format(d)} ${zoneLabel(zone, d)}` : f.format(d);
}

/** Compact sortable date-time for table cells, in the forum's zone: 2026-03-10 14:05. */
export function fmtStamp(iso: string, zone = DEFAULT_TIME_ZONE): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const f = dateFormat(`stamp:${zone}`, () => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: zone }));
  return f.format(d);
}

export function fmtPeriod(lang: Lang, from: string | null, to: string | null, zone = DEFAULT_TIME_ZONE): string {
  const a = fmtDate(lang, from, false, zone);
  const b = fmtDate(lang, to, false, zone);
  return a === b ? a : `${a} – ${b}`;
}

/** The fixed texts plus `text(key, vars)` for texts with placeholders. */
export interface Texts {
  tx: ReportTexts;
  text: (key: ReportTextKey, vars?: Record<string, string | number>) => string;
}

export function texts(lang: Lang): Texts {
  return { tx: reportTexts(lang), text: (key, vars) => rt(lang, key, vars) };
}

/** Name and organisation columns appear only when the rows carry them (planner opted in). */
export function hasPersonalData(rows: readonly AppendixRow[]): boolean {
  return rows.some((r) => r.name !== undefined || r.organisation !== undefined);
}

/** The appendix columns, in order, with their header text and value; used by CSV, XLSX and others. */
export interface AppendixColumn {
  key: 'no' | 'id' | 'text' | 'session' | 'prompt' | 'role' | 'category' | 'votes' | 'theme' | 'subsectors' | 'issues' | 'roadmapIssues' | 'createdAt' | 'name' | 'organisation' | 'source';
  header: string;
  width: number;
  value: (row: AppendixRow, index: number) => string | number;
}

export function appendixColumns(data: ReportData): AppendixColumn[] {
  const { tx } = texts(data.lang);
  const cols: AppendixColumn[] = [
    { key: 'no', header: tx.no, width: 6, value: (_r, i) => i + 1 },
    { key: 'id', header: tx.idColumn, width: 14, value: (r) => r.id },
    { key: 'text', header: tx.text, width: 60, value: (r) => r.text },
    { key: 'session', header: tx.session, width: 24, value: (r) => r.session },
    { key: 'prompt', header: tx.prompt, width: 30, value: (r) => r.prompt },
    { key: 'role', header: tx.role, width: 16, value: (r) => r.role },
    { key: 'category', header: tx.category, width: 14, value: (r) => r.category },
    { key: 'votes', header: tx.votes, width: 10, value: (r) => r.votes },
    { key: 'theme', header: tx.theme, width: 30, value: (r) => r.theme },
    { key: 'subsectors', header: tx.subsectors, width: 28, value: (r) => r.subsectors.join('; ') },
    { key: 'issues', header: tx.issues, width: 28, value: (r) => r.issues.join('; ') },
  ];
  // The road-map matrix row(s) of each suggestion: with Subsektor, the matrix is this table's pivot.
  if (data.roadmap) cols.push({ key: 'roadmapIssues', header: tx.roadmapIssue, width: 28, value: (r) => (r.roadmapIssues ?? []).join('; ') });
  const zone = reportZone(data);
  cols.push({ key: 'createdAt', header: `${tx.createdAt} (${zoneLabel(zone)})`, width: 20, value: (r) => fmtStamp(r.createdAt, zone) });
  // Imported input is marked where the report has any: "impor: WhatsApp" beside "langsung".
  if (data.appendix.some((r) => r.source)) cols.push({ key: 'source', header: tx.source, width: 18, value: (r) => r.source ?? tx.sourceLive });
  if (hasPersonalData(data.appendix)) {
    cols.push({ key: 'name', header: tx.name, width: 20, value: (r) => r.name ?? '' }, { key: 'organisation', header: tx.organisation, width: 24, value: (r) => r.organisation ?? '' });
  }
  return cols;
}

/** Theme figures in one line: "12 usulan · 9 peserta · 30 dukungan · 14% dari semua usulan". */
export function themeFigures(lang: Lang, th: ReportTheme): string {
  return rt(lang, 'themeFigures', { n: fmtNumber(lang, th.suggestions), p: fmtNumber(lang, th.participants), v: fmtNumber(lang, th.votes), share: fmtShare(th.share) });
}

/** "Akademisi 3 · Bisnis 2" */
export const tally = (items: readonly { label: string; count: number }[]) => items.map((x) => `${x.label} ${x.count}`).join(' · ');

/** Matrix cell intensity 0..1 (count / max). */
export const shade = (count: number, max: number) => (max > 0 ? count / max : 0);

/** A cell's background as RGB hex from white to the report blue, with a readable text colour. */
export function shadeColours(intensity: number): { fill: string; text: string } {
  const from = [255, 255, 255];
  const to = [24, 86, 140];
  const c = from.map((f, i) => Math.round(f + (to[i]! - f) * intensity));
  return { fill: c.map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase(), text: intensity > 0.55 ? 'FFFFFF' : '1A1A1A' };
}

/** Key figures of the executive summary, as label/value pairs. */
export function keyFigures(data: ReportData): { label: string; value: string }[] {
  const { tx } = texts(data.lang);
  const n = (x: number) => fmtNumber(data.lang, x);
  return [
    { label: tx.sessions, value: n(data.summary.sessions) },
    { label: tx.dates, value: fmtPeriod(data.lang, data.summary.from, data.summary.to, reportZone(data)) || '–' },
    { label: tx.participants, value: n(data.summary.participants) },
    { label: tx.suggestions, value: n(data.summary.suggestions) },
    { label: tx.votes, value: n(data.summary.votes) },
    { label: tx.themes, value: n(data.themes.length) },
    { label: tx.otherCount, value: n(data.otherCount) },
  ];
}
