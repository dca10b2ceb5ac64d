/**
 * Audit entries as a planner reads them: when (in the forum's zone), who (name and role), what (a
 * verb in the UI language, with its reason or target), on which suggestion (its text; before ->
 * after for edits). Pure: the service fetched everything, the view and the CSV only lay it out.
 */
import { t, type Lang } from '../i18n/index.js';
import { timeFormatter } from '../shared/time.js';
import type { AuditEntryData, AuditLogData } from './audit.query.js';

export interface AuditRow {
  id: string;
  /** UTC, for the <time> element. */
  iso: string;
  when: string;
  /** Sortable local time for the CSV ("2026-03-10 14:05:09"). */
  stamp: string;
  who: string;
  role: string;
  participant: boolean;
  what: string;
  suggestionId: string | null;
  suggestion: string | null;
  before: string | null;
  after: string | null;
}

export interface AuditOption {
  value: string;
  label: string;
  selected: boolean;
}

export interface AuditPage {
  session: { id: string; title: string };
  /** Where "back" goes: the console for those who may run it, else the forum's session list. */
  backHref: string;
  zone: string;
  rows: AuditRow[];
  actors: AuditOption[];
  actions: AuditOption[];
  filtered: boolean;
  truncated: boolean;
  /** Query string of the current filter (without "?"), for the CSV link. */
  query: string;
}

/** The base verb of each known action; anything else shows its action name. */
const VERBS: Record<string, string> = {
  'suggestion.approve': 'a.v.approve',
  'suggestion.reject': 'a.v.reject',
  'suggestion.edit': 'a.v.edit',
  'suggestion.withdraw': 'a.v.withdraw',
  'suggestion.import': 'a.v.import',
  'import.create': 'a.v.import_create',
  'import.undo': 'a.v.import_undo',
  'suggestion.pin': 'a.v.pin',
  'suggestion.unpin': 'a.v.unpin',
  'suggestion.highlight': 'a.v.highlight',
  'suggestion.unhighlight': 'a.v.unhighlight',
  'suggestion.tag': 'a.v.tag',
  'suggestion.merge': 'a.v.merge',
  'suggestion.unmerge': 'a.v.unmerge',
  'session.create': 'a.v.session_create',
  'session.open': 'a.v.session_open',
  'session.pause': 'a.v.session_pause',
  'session.close': 'a.v.session_close',
  'session.prompt_add': 'a.v.prompt_add',
  'session.prompt_switch': 'a.v.prompt_switch',
  'session.settings': 'a.v.settings',
};

export const verb = (lang: Lang, action: string): string => (VERBS[action] ? t(lang, VERBS[action]) : action);

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function settingValue(lang: Lang, v: unknown): string {
  if (typeof v === 'boolean') return t(lang, v ? 'a.yes' : 'a.no');
  if (Array.isArray(v)) return v.map(String).join(', ');
  return v === null || v === undefined ? '—' : String(v);
}

/** "Dukungan (voting): ya → tidak; Panjang maksimum: 1000 → 280" */
function settingsChange(lang: Lang, e: AuditEntryData): string {
  return Object.entries(e.after ?? {})
    .map(([k, v]) => `${t(lang, `m.s.${k}`)}: ${settingValue(lang, e.before?.[k])} → ${settingValue(lang, v)}`)
    .join('; ');
}

/** The verb with what it needs to be understood on its own: a reason, a target, a question. */
function what(lang: Lang, e: AuditEntryData, data: AuditLogData): string {
  const after = e.after ?? {};
  const base = verb(lang, e.action);
  switch (e.action) {
    case 'suggestion.reject': {
      const reason = str(after.rejectReason);
      return reason ? t(lang, 'a.v.reject_reason', { reason }) : base;
    }
    case 'suggestion.merge': {
      const into = after.mergedInto ? data.suggestions[String(after.mergedInto)] : undefined;
      return into !== undefined ? t(lang, 'a.v.merge_into', { target: into }) : base;
    }
    case 'suggestion.tag': {
      const category = str(after.category);
      return category ? t(lang, 'a.v.tag_as', { category }) : t(lang, 'a.v.untag');
    }
    case 'session.create':
      return str(after.title) ? `${base}: ${str(after.title)}` : base;
    case 'session.prompt_add':
      return str(after.text) ? `${base}: ${str(after.text)}` : base;
    case 'session.prompt_switch': {
      const prompt = data.session.prompts.find((p) => p.id === String(after.promptId));
      return prompt ? `${base}: ${prompt.text}` : base;
    }
    case 'import.create':
    case 'import.undo': {
      // Which files, and what came of them: the audit trail of an import without opening it.
      const files = Array.isArray(after.fileNames) ? after.fileNames.map(String).join(', ') : Array.isArray(e.before?.fileNames) ? e.before.fileNames.map(String).join(', ') : '';
      const key = e.action === 'import.create' ? 'a.v.import_create_detail' : 'a.v.import_undo_detail';
      return t(lang, key, { files, read: Number(after.read ?? 0), imported: Number(after.imported ?? 0), n: Number(after.suggestions ?? 0) });
    }
    case 'session.settings': {
      const change = settingsChange(lang, e);
      return change ? `${base}: ${change}` : base;
    }
    default:
      return base;
  }
}

function who(lang: Lang, e: Pick<AuditEntryData, 'actorKind' | 'actorName' | 'actorRole'>): { who: string; role: string } {
  if (e.actorKind === 'participant') {
    const role = e.actorRole ? `${t(lang, 'a.participant')} · ${t(lang, `p.role.${e.actorRole}`)}` : t(lang, 'a.participant');
    return { who: e.actorName || t(lang, 'a.anonymous'), role };
  }
  return { who: e.actorName || '—', role: e.actorRole ? t(lang, `role.${e.actorRole}`) : '' };
}

export function toAuditRows(data: AuditLogData, lang: Lang): AuditRow[] {
  const time = timeFormatter(lang, data.timeZone);
  return data.entries.map((e) => {
    // An edit shows the words it replaced and the words it wrote, whatever the text is now.
    const edit = e.action === 'suggestion.edit' && str(e.before?.text) !== null && str(e.after?.text) !== null;
    return {
      id: e.id,
      iso: e.at.toISOString(),
      when: time.human(e.at),
      stamp: time.sortable(e.at),
      ...who(lang, e),
      participant: e.actorKind === 'participant',
      what: what(lang, e, data),
      suggestionId: e.targetId,
      suggestion: e.targetId && !edit ? (data.suggestions[e.targetId] ?? null) : null,
      before: edit ? str(e.before?.text) : null,
      after: edit ? str(e.after?.text) : null,
    };
  });
}

export function toAuditPage(data: AuditLogData, lang: Lang, mayRunConsole: boolean): AuditPage {
  const query = new URLSearchParams();
  if (data.filter.actor) query.set('actor', data.filter.actor);
  if (data.filter.action) query.set('action', data.filter.action);
  const actorLabel = (a: AuditLogData['actors'][number]) => {
    const w = who(lang, { actorKind: a.kind, actorName: a.name, actorRole: a.role });
    // Anonymous phones all read "Peserta anonim": the id's tail tells them apart in the list.
    const name = a.kind === 'participant' && !a.name ? `${w.who} #${a.id.slice(-4)}` : w.who;
    return w.role ? `${name} (${w.role})` : name;
  };
  return {
    session: { id: data.session.id, title: data.session.title },
    backHref: mayRunConsole ? `/sessions/${data.session.id}` : `/forums/${data.session.forumId}`,
    zone: timeFormatter(lang, data.timeZone).label,
    rows: toAuditRows(data, lang),
    actors: data.actors
      .map((a) => ({ value: a.id, label: actorLabel(a), selected: a.id === data.filter.actor }))
      .sort((x, y) => x.label.localeCompare(y.label, lang)),
    actions: data.actions
      .map((a) => ({ value: a, label: verb(lang, a), selected: a === data.filter.action }))
      .sort((x, y) => x.label.localeCompare(y.label, lang)),
    filtered: !!(data.filter.actor || data.filter.action),
    truncated: data.truncated,
    query: query.toString(),
  };
}
