import { t, type Lang } from '../i18n/index.js';
import { timeFormatter } from '../shared/time.js';
import type { ImportDoc } from './import.model.js';
import type { StoredPreview } from './preview-cache.js';

/** One row of the preview table: time in the forum's zone, the reason translated. */
export interface PreviewRow {
  index: number;
  time: string | null;
  author: string | null;
  text: string;
  keep: boolean;
  why: string | null;
}

export interface PreviewView {
  previewId: string;
  format: string;
  formatLabel: string;
  fileNames: string[];
  encoding: string | null;
  columns: string[] | null;
  mapping: StoredPreview['mapping'] | null;
  summary: { read: number; kept: number; skipped: number };
  /** Messages whose day the file does not say (a Zoom chat without a date given): the page asks for one. */
  undated: number;
  rows: PreviewRow[];
}

export function toPreviewView(p: StoredPreview, lang: Lang): PreviewView {
  const fmt = timeFormatter(lang, p.timeZone);
  const kept = p.messages.filter((m) => m.keep).length;
  return {
    previewId: p.id,
    format: p.format,
    formatLabel: t(lang, `src.${p.format}`),
    fileNames: p.fileNames,
    encoding: p.encoding ?? null,
    columns: p.columns ?? null,
    mapping: p.mapping ?? null,
    summary: { read: p.messages.length, kept, skipped: p.messages.length - kept },
    undated: p.format === 'zoom-chat' ? p.messages.filter((m) => !m.at).length : 0,
    rows: p.messages.map((m) => ({
      index: m.index,
      time: m.at ? fmt.human(m.at) : null,
      author: m.author,
      text: m.text,
      keep: m.keep,
      why: m.why ? t(lang, `im.why.${m.why}`) : null,
    })),
  };
}

/** One line of the forum's past imports. */
export interface ImportListItem {
  id: string;
  sessionId: string;
  sessionTitle: string;
  when: string;
  files: string;
  source: string;
  read: number;
  kept: number;
  imported: number;
  /** Kept rows that were already in the session (an earlier import of the same messages). */
  existing: number;
  by: string;
  undone: string | null;
}

export function toImportList(docs: ImportDoc[], sessions: { id: string; title: string }[], lang: Lang, zone: string): ImportListItem[] {
  const fmt = timeFormatter(lang, zone);
  const titles = new Map(sessions.map((s) => [s.id, s.title]));
  return docs.map((d) => ({
    id: String(d._id),
    sessionId: String(d.sessionId),
    sessionTitle: titles.get(String(d.sessionId)) ?? '—',
    when: fmt.human(d.createdAt),
    files: d.fileNames.join(', '),
    source: t(lang, `src.${d.format}`),
    read: d.read,
    kept: d.kept,
    imported: d.imported,
    existing: d.kept - d.imported,
    by: d.createdByName ?? '—',
    undone: d.undoneAt ? fmt.human(d.undoneAt) : null,
  }));
}
