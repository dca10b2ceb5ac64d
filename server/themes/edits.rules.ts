/**
 * Planner edits on a synthesis, applied as a pure function over the engine's result. Edits are
 * keyed by theme ids (stable across re-runs) and suggestion ids, so they survive a re-run on new
 * data: an edit whose theme no longer exists is skipped and reported, never guessed.
 */
import { createHash } from 'node:crypto';
import type { SynthesisInput, SynthesisResult, Theme } from '../synthesis/types.js';

export type ThemeEdit =
  | { type: 'rename'; themeId: string; label: string }
  | { type: 'merge'; themeId: string; otherIds: string[] }
  | { type: 'split'; themeId: string; memberIds: string[]; label: string }
  | { type: 'move'; suggestionId: string; toThemeId: string | null }
  | { type: 'hide'; themeId: string }
  | { type: 'unhide'; themeId: string };

export interface StoredEdit {
  id: string;
  at: string;
  by: string;
  edit: ThemeEdit;
}

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
}

/** A theme as planners see it: the engine's fields, recomputed after edits, plus the edit marks. */
export interface ThemeView
  extends Pick<Theme, 'id' | 'label' | 'keyphrases' | 'keywords' | 'members' | 'size' | 'votes' | 'participants' | 'participantShare' | 'roles' | 'sessions' | 'subsectors' | 'issues'> {
  labelByPlanner: boolean;
  hidden: boolean;
  representatives: { id: string; text: string; votes: number }[];
}

export interface EditedSynthesis {
  themes: ThemeView[];
  other: string[];
  /** edits that referred to themes or suggestions not in this run */
  skipped: string[];
}

/** A new theme id for a split: derived from its members so replaying the edit gives the same id. */
export function splitThemeId(memberIds: string[]): string {
  return `s-${createHash('sha256').update([...memberIds].sort().join(',')).digest('hex').slice(0, 10)}`;
}

export function applyEdits(result: SynthesisResult, inputs: InputFacts[], edits: StoredEdit[]): EditedSynthesis {
  const facts = new Map(inputs.map((i) => [i.id, i]));
  const itemTags = new Map(result.items.map((i) => [i.id, i]));
  const labels = new Map<string, string>();
  const hidden = new Set<string>();
  const base = new Map(result.themes.map((t) => [t.id, t]));
  const members = new Map<string, string[]>(result.themes.map((t) => [t.id, [...t.members]]));
  const order = result.themes.map((t) => t.id);
  const skipped: string[] = [];
  const remove = (sid: string) => members.forEach((m, k) => members.set(k, m.filter((x) => x !== sid)));

  for (const { id, edit } of edits) {
    const exists = (tid: string) => members.has(tid);
    switch (edit.type) {
      case 'rename':
        if (!exists(edit.themeId)) skipped.push(id);
        else labels.set(edit.themeId, edit.label);
        break;
      case 'hide':
      case 'unhide':
        if (!exists(edit.themeId)) skipped.push(id);
        else if (edit.type === 'hide') hidden.add(edit.themeId);
        else hidden.delete(edit.themeId);
        break;
      case 'merge': {
        const others = edit.otherIds.filter((o) => o !== edit.themeId && exists(o));
        if (!exists(edit.themeId) || !others.length) {
          skipped.push(id);
          break;
        }
        for (const o of others) {
          members.get(edit.themeId)!.push(...members.get(o)!);
          members.delete(o);
        }
        break;
      }
      case 'split': {
        const moving = edit.memberIds.filter((m) => members.get(edit.themeId)?.includes(m));
        if (!moving.length) {
          skipped.push(id);
          break;
        }
        const newId = splitThemeId(edit.memberIds);
        moving.forEach(remove);
        members.set(newId, moving);
        labels.set(newId, edit.label);
        order.splice(order.indexOf(edit.themeId) + 1, 0, newId);
        break;
      }
      case 'move': {
        if (!facts.has(edit.suggestionId) || (edit.toThemeId !== null && !exists(edit.toThemeId))) {
          skipped.push(id);
          break;
        }
        remove(edit.suggestionId);
        if (edit.toThemeId) members.get(edit.toThemeId)!.push(edit.suggestionId);
        break;
      }
    }
  }

  const allParticipants = new Set(inputs.map((i) => i.participantId).filter(Boolean)).size;
  const themes: ThemeView[] = [];
  for (const id of order) {
    const m = members.get(id);
    if (!m || !m.length) continue;
    const t = base.get(id);
    const memberFacts = m.map((x) => facts.get(x)).filter((f): f is InputFacts => !!f);
    const count = (key: 'role' | 'sessionId') =>
      memberFacts.reduce<Record<string, number>>((acc, f) => ((acc[f[key] ?? 'unknown'] = (acc[f[key] ?? 'unknown'] ?? 0) + 1), acc), {});
    const participants = new Set(memberFacts.map((f) => f.participantId).filter(Boolean)).size;
    const reps = (t?.representatives ?? []).filter((r) => m.includes(r.id)).map((r) => ({ id: r.id, text: r.text, votes: r.votes }));
    if (reps.length < 3) {
      for (const f of [...memberFacts].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0))) {
        if (reps.length >= 3) break;
        if (!reps.some((r) => r.id === f.id)) reps.push({ id: f.id, text: f.text, votes: f.votes ?? 0 });
      }
    }
    const tagCounts = (kind: 'subsectors' | 'issues', known: Theme['subsectors']) => {
      const counts = new Map<string, number>();
      for (const x of m) for (const tag of itemTags.get(x)?.[kind] ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      const labelOf = new Map(known.map((k) => [k.id, k.label]));
      return [...counts]
        .map(([tid, c]) => ({ id: tid, label: labelOf.get(tid) ?? tid, count: c, share: c / m.length }))
        .sort((a, b) => b.count - a.count);
    };
    const allTags = (kind: 'subsectors' | 'issues') => result.themes.flatMap((x) => x[kind]);
    themes.push({
      id,
      label: labels.get(id) ?? t?.label ?? id,
      labelByPlanner: labels.has(id),
      hidden: hidden.has(id),
      keyphrases: t?.keyphrases ?? [],
      keywords: t?.keywords ?? [],
      members: m,
      representatives: reps,
      size: m.length,
      votes: memberFacts.reduce((s, f) => s + (f.votes ?? 0), 0),
      participants,
      participantShare: allParticipants ? participants / allParticipants : 0,
      roles: count('role'),
      sessions: count('sessionId'),
      subsectors: tagCounts('subsectors', allTags('subsectors')),
      issues: tagCounts('issues', allTags('issues')),
    });
  }
  const inTheme = new Set(themes.filter((t) => !t.hidden).flatMap((t) => t.members));
  const other = inputs.map((i) => i.id).filter((i) => !inTheme.has(i));
  return { themes, other, skipped };
}
