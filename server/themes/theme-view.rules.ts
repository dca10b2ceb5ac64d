/**
 * Themes as planners see them after edits moved suggestions around: the engine's descriptive
 * fields, with every statistic recomputed from the members the edits left. Pure.
 */
import type { SynthesisInput, SynthesisResult, Theme } from '../synthesis/types.js';

/**
 * Per-suggestion facts the statistics are recomputed from after edits move members around: what
 * the engine was given, plus what reports show.
 */
export interface InputFacts extends SynthesisInput {
  promptId?: string | null;
  category?: string | null;
  createdAt?: string;
  authorName?: string | null;
  organisation?: string | null;
  /** Where an imported suggestion came from (absent for live input): reports mark it. */
  source?: string;
  /** Authors of duplicates merged into this suggestion: they asked for the same thing and count as its people. */
  coAuthors?: readonly CoAuthor[];
  /** The author as a person across the forum's sessions (absent: the participant is the person). */
  personId?: string;
}

export interface CoAuthor {
  participantId: string;
  role: string | null;
  personId?: string;
}

/** Who to count: the person across the forum's sessions when known, else the session's participant. */
export const personKey = (f: { participantId?: string; personId?: string }): string | undefined => f.personId ?? f.participantId;

/** Everyone a suggestion speaks for (as people): its author and the authors of duplicates merged into it. */
export const peopleOf = (f: { participantId?: string; personId?: string; coAuthors?: readonly CoAuthor[] }): string[] =>
  [personKey(f), ...(f.coAuthors ?? []).map(personKey)].filter((id): id is string => !!id);

/** A theme as planners see it: the engine's fields, recomputed after edits, plus the edit marks. */
export interface ThemeView
  extends Pick<Theme, 'id' | 'label' | 'keyphrases' | 'keywords' | 'members' | 'size' | 'votes' | 'participants' | 'participantShare' | 'roles' | 'sessions' | 'subsectors' | 'issues'> {
  labelByPlanner: boolean;
  hidden: boolean;
  representatives: { id: string; text: string; votes: number }[];
}

export interface EditedThemes {
  /** theme ids in display order (the engine's, a split right after the theme it came from) */
  order: readonly string[];
  members: ReadonlyMap<string, readonly string[]>;
  labels: ReadonlyMap<string, string>;
  hidden: ReadonlySet<string>;
}

const REPRESENTATIVES = 3;

export function themeViews(result: SynthesisResult, inputs: readonly InputFacts[], edited: EditedThemes): ThemeView[] {
  const facts = new Map(inputs.map((i) => [i.id, i]));
  const itemTags = new Map(result.items.map((i) => [i.id, i]));
  const base = new Map(result.themes.map((t) => [t.id, t]));
  const allParticipants = new Set(inputs.flatMap(peopleOf)).size;
  const known = (kind: 'subsectors' | 'issues') => new Map(result.themes.flatMap((x) => x[kind]).map((k) => [k.id, k.label]));
  const tagLabels = { subsectors: known('subsectors'), issues: known('issues') };

  const views: ThemeView[] = [];
  for (const id of edited.order) {
    const m = edited.members.get(id);
    if (!m || !m.length) continue;
    const t = base.get(id);
    const memberSet = new Set(m);
    const memberFacts = m.map((x) => facts.get(x)).filter((f): f is InputFacts => !!f);
    const count = (key: 'role' | 'sessionId') =>
      memberFacts.reduce<Record<string, number>>((acc, f) => ((acc[f[key] ?? 'unknown'] = (acc[f[key] ?? 'unknown'] ?? 0) + 1), acc), {});
    const participants = new Set(memberFacts.flatMap(peopleOf)).size;
    const reps = (t?.representatives ?? []).filter((r) => memberSet.has(r.id)).map((r) => ({ id: r.id, text: r.text, votes: r.votes }));
    if (reps.length < REPRESENTATIVES) {
      for (const f of [...memberFacts].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0))) {
        if (reps.length >= REPRESENTATIVES) break;
        if (!reps.some((r) => r.id === f.id)) reps.push({ id: f.id, text: f.text, votes: f.votes ?? 0 });
      }
    }
    const tagCounts = (kind: 'subsectors' | 'issues') => {
      const counts = new Map<string, number>();
      for (const x of m) for (const tag of itemTags.get(x)?.[kind] ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      return [...counts]
        .map(([tid, c]) => ({ id: tid, label: tagLabels[kind].get(tid) ?? tid, count: c, share: c / m.length }))
        .sort((a, b) => b.count - a.count);
    };
    views.push({
      id,
      label: edited.labels.get(id) ?? t?.label ?? id,
      labelByPlanner: edited.labels.has(id),
      hidden: edited.hidden.has(id),
      keyphrases: t?.keyphrases ?? [],
      keywords: t?.keywords ?? [],
      members: [...m],
      representatives: reps,
      size: m.length,
      votes: memberFacts.reduce((s, f) => s + (f.votes ?? 0), 0),
      participants,
      participantShare: allParticipants ? participants / allParticipants : 0,
      roles: count('role'),
      sessions: count('sessionId'),
      subsectors: tagCounts('subsectors'),
      issues: tagCounts('issues'),
    });
  }
  return views;
}
