/**
 * Builds the report's data from a synthesis (with planner edits) and the suggestions the planner
 * selected. Pure: no I/O, no clock (the caller passes generatedAt), so the same inputs always give
 * the same report, which is what makes a published version regenerable.
 */
import type { EditedSynthesis } from '../themes/edits.rules.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import type { ReportData, ReportTheme } from './report.schema.js';
import { localTaxonomy } from '../themes/roadmap-matrix.rules.js';
import { reportRoadmap } from './report.roadmap.js';
import { peopleOf, personKey, type CoAuthor } from '../themes/theme-view.rules.js';

export interface ReportSuggestion {
  id: string;
  text: string;
  sessionId: string;
  promptId: string | null;
  participantId: string;
  /** The author as a person across the forum's sessions; counts use it when present. */
  personId?: string;
  role: string | null;
  category: string | null;
  votes: number;
  createdAt: string;
  authorName: string | null;
  organisation: string | null;
  /** The kind of file an imported suggestion came from; absent for live input. */
  source?: string;
  /** authors of duplicates merged into it: counted among its people */
  coAuthors?: readonly CoAuthor[];
}

export interface BuildInput {
  lang: Lang;
  forum: { id: string; title: string; timeZone?: string };
  reportVersion: number;
  generatedAt: string;
  synthesis: {
    id: string;
    version: number;
    edited: EditedSynthesis;
    itemTags: Record<string, { subsectors: string[]; issues: string[] }>;
    /** the strategic issue each theme of the result is led by (absent on older results) */
    leadIssues?: Record<string, string | null>;
    /** names of the tag ids the synthesis used, for ids the taxonomy no longer lists */
    tagLabels?: Record<string, string>;
  };
  /** entries may carry `labelEn`, used in English reports */
  taxonomy: { subsectors: { id: string; label: string }[]; issues: { id: string; label: string }[] };
  sessions: { id: string; title: string; date: string | null }[];
  prompts: Record<string, string>;
  suggestions: ReportSuggestion[];
  filters: ReportData['filters'];
}

const QUOTES = 3;
const SUMMARY_THEMES = 3;
export const ROLE_ORDER = ['akademisi', 'bisnis', 'komunitas', 'pemerintah', 'media', 'lainnya', 'unknown'];

export function roleLabel(lang: Lang, role: string | null): string {
  return role && role !== 'unknown' ? t(lang, `p.role.${role}`) : t(lang, 'r.role_unknown');
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function buildReport(raw: BuildInput): ReportData {
  const { lang } = raw;
  const input = { ...raw, taxonomy: { subsectors: localTaxonomy(raw.taxonomy.subsectors, lang), issues: localTaxonomy(raw.taxonomy.issues, lang) } };
  const byId = new Map(input.suggestions.map((s) => [s.id, s]));
  const sessionTitle = new Map(input.sessions.map((s) => [s.id, s.title]));
  const total = input.suggestions.length;

  // Themes keep only included suggestions; hidden themes and empty ones drop out of the report.
  const themes: ReportTheme[] = input.synthesis.edited.themes
    .filter((th) => !th.hidden)
    .map((th) => ({ th, members: th.members.map((id) => byId.get(id)).filter((s): s is ReportSuggestion => !!s) }))
    .filter(({ members }) => members.length > 0)
    .map(({ th, members }) => {
      const participants = new Set(members.flatMap(peopleOf)).size;
      const votes = members.reduce((n, m) => n + m.votes, 0);
      const preferred = th.representatives.map((r) => byId.get(r.id)).filter((s): s is ReportSuggestion => !!s);
      const rest = [...members].sort((a, b) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt));
      const quotes = [...new Set([...preferred, ...rest])].slice(0, QUOTES).map((s) => ({ id: s.id, text: s.text, votes: s.votes, session: sessionTitle.get(s.sessionId) ?? '' }));
      const tally = (key: (s: ReportSuggestion) => string) => members.reduce((m, s) => m.set(key(s), (m.get(key(s)) ?? 0) + 1), new Map<string, number>());
      const tags = (kind: 'subsectors' | 'issues') => {
        const labels = new Map(input.taxonomy[kind].map((x) => [x.id, x.label]));
        const counts = new Map<string, number>();
        for (const m of members) for (const tag of input.synthesis.itemTags[m.id]?.[kind] ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
        return [...counts].map(([id, count]) => ({ id, label: labels.get(id) ?? id, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
      };
      return {
        id: th.id,
        rank: 0,
        label: th.label,
        keywords: th.keyphrases.slice(0, 6).map((k) => k.text),
        suggestions: members.length,
        participants,
        votes,
        share: total ? members.length / total : 0,
        quotes,
        byRole: [...tally((s) => s.role ?? 'unknown')]
          .sort((a, b) => ROLE_ORDER.indexOf(a[0]) - ROLE_ORDER.indexOf(b[0]))
          .map(([role, count]) => ({ role, label: roleLabel(lang, role), count })),
        bySession: [...tally((s) => s.sessionId)].map(([sessionId, count]) => ({ sessionId, title: sessionTitle.get(sessionId) ?? sessionId, count })),
        subsectors: tags('subsectors'),
        issues: tags('issues'),
      };
    })
    // Ranked by support: how many people raised it, then how often, then votes.
    .sort((a, b) => b.participants - a.participants || b.suggestions - a.suggestions || b.votes - a.votes || a.label.localeCompare(b.label))
    .map((th, i) => ({ ...th, rank: i + 1 }));

  const inTheme = new Set(themes.flatMap((th) => input.synthesis.edited.themes.find((x) => x.id === th.id)?.members ?? []).filter((id) => byId.has(id)));
  const themeOf = new Map<string, string>();
  for (const th of themes) for (const id of input.synthesis.edited.themes.find((x) => x.id === th.id)?.members ?? []) if (byId.has(id)) themeOf.set(id, th.label);

  const dates = input.suggestions.map((s) => s.createdAt).sort();
  const roadmap = reportRoadmap({
    lang,
    suggestions: input.suggestions,
    themes: input.synthesis.edited.themes,
    leadIssues: input.synthesis.leadIssues,
    itemTags: input.synthesis.itemTags,
    taxonomy: raw.taxonomy,
    tagLabels: input.synthesis.tagLabels,
  });

  const roles = new Map<string, { participants: Set<string>; suggestions: number }>();
  for (const s of input.suggestions) {
    const r = roles.get(s.role ?? 'unknown') ?? { participants: new Set(), suggestions: 0 };
    r.participants.add(personKey(s) ?? s.participantId);
    r.suggestions++;
    roles.set(s.role ?? 'unknown', r);
    for (const c of s.coAuthors ?? []) {
      const cr = roles.get(c.role ?? 'unknown') ?? { participants: new Set(), suggestions: 0 };
      cr.participants.add(personKey(c) ?? c.participantId);
      roles.set(c.role ?? 'unknown', cr);
    }
  }

  return {
    schemaVersion: 2,
    lang,
    title: `${t(lang, 'r.title')}: ${input.forum.title}`,
    forum: input.forum,
    reportVersion: input.reportVersion,
    generatedAt: input.generatedAt,
    synthesis: { id: input.synthesis.id, version: input.synthesis.version, themes: themes.length },
    filters: input.filters,
    summary: {
      sessions: input.sessions.length,
      participants: new Set(input.suggestions.flatMap(peopleOf)).size,
      suggestions: total,
      votes: input.suggestions.reduce((n, s) => n + s.votes, 0),
      from: dates[0] ?? null,
      to: dates[dates.length - 1] ?? null,
    },
    executiveSummary: themes.slice(0, SUMMARY_THEMES).map((th) => ({ themeId: th.id, paragraph: summaryParagraph(lang, th) })),
    sessions: input.sessions.map((s) => {
      const mine = input.suggestions.filter((x) => x.sessionId === s.id);
      return { ...s, participants: new Set(mine.flatMap(peopleOf)).size, suggestions: mine.length, votes: mine.reduce((n, m) => n + m.votes, 0) };
    }),
    participationByRole: [...roles]
      .sort((a, b) => ROLE_ORDER.indexOf(a[0]) - ROLE_ORDER.indexOf(b[0]))
      .map(([role, r]) => ({ role, label: roleLabel(lang, role), participants: r.participants.size, suggestions: r.suggestions })),
    themes,
    otherCount: total - inTheme.size,
    roadmap: roadmap.matrix,
    chapters: input.taxonomy.issues.map((issue) => {
      const tagged = themes.filter((th) => th.issues.some((i) => i.id === issue.id));
      return {
        issueId: issue.id,
        label: issue.label,
        suggestions: input.suggestions.filter((s) => input.synthesis.itemTags[s.id]?.issues.includes(issue.id)).length,
        themes: tagged.map((th) => ({ themeId: th.id, label: th.label, suggestions: th.issues.find((i) => i.id === issue.id)!.count, quotes: th.quotes })),
      };
    }),
    appendix: input.suggestions.map((s) => ({
      id: s.id,
      text: s.text,
      session: sessionTitle.get(s.sessionId) ?? '',
      prompt: s.promptId ? (input.prompts[s.promptId] ?? '') : '',
      role: roleLabel(lang, s.role),
      category: s.category ?? '',
      votes: s.votes,
      theme: themeOf.get(s.id) ?? t(lang, 'r.other'),
      subsectors: (input.synthesis.itemTags[s.id]?.subsectors ?? []).map((id) => input.taxonomy.subsectors.find((x) => x.id === id)?.label ?? id),
      issues: (input.synthesis.itemTags[s.id]?.issues ?? []).map((id) => input.taxonomy.issues.find((x) => x.id === id)?.label ?? id),
      roadmapIssues: roadmap.issuesOf(s.id),
      createdAt: s.createdAt,
      ...(s.source ? { source: t(lang, 'src.imported', { source: t(lang, `src.${s.source}`) }) } : {}),
      ...(input.filters.includePersonalData ? { name: s.authorName ?? '', organisation: s.organisation ?? '' } : {}),
    })),
  };
}

/** One paragraph per theme, stating only figures and words taken from the data. */
export function summaryParagraph(lang: Lang, th: ReportTheme): string {
  const topRole = [...th.byRole].filter((r) => r.role !== 'unknown').sort((a, b) => b.count - a.count)[0];
  const parts = [
    t(lang, 'r.summary.theme', { label: th.label, n: th.suggestions, p: th.participants, share: pct(th.share), v: th.votes }),
    th.keywords.length ? t(lang, 'r.summary.keywords', { k: th.keywords.slice(0, 3).join(', ') }) : '',
    topRole ? t(lang, 'r.summary.role', { role: topRole.label, n: topRole.count }) : '',
    th.quotes[0] ? t(lang, 'r.summary.quote', { q: th.quotes[0].text }) : '',
  ];
  return parts.filter(Boolean).join(' ');
}
