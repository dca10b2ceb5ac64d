/**
 * Planner edits on a synthesis, replayed in order as a pure function over the engine's result.
 * An edit names themes by id, and records for each the suggestions it held then (an anchor, see
 * edit-anchors.rules.ts); in any run, the one it was made on or a later one with other themes and
 * more data, it lands on the theme now holding those suggestions. An edit that finds nothing to
 * act on is returned in `skipped` with its reason, so the planner sees it: never guessed, never
 * dropped silently.
 */
import { createHash } from 'node:crypto';
import type { SynthesisResult } from '../synthesis/types.js';
import { anchorOf, resolveHidden, resolveTheme, type Membership, type ThemeAnchor } from './edit-anchors.rules.js';
import { themeViews, type InputFacts, type ThemeView } from './theme-view.rules.js';

export type { InputFacts, ThemeView, ThemeAnchor };

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
  /** per theme id the edit names: that theme as it was when the edit was made (absent on older edits) */
  anchors?: Record<string, ThemeAnchor>;
}

/**
 * Why an edit does not apply to this run:
 * - theme_gone: no theme holds enough of the suggestions its theme held
 * - suggestion_gone: the suggestion it moves is not in this run
 * - members_gone: none of the suggestions it splits off are in this run
 * - already_together: the themes it merges are one theme in this run already
 * - superseded: its theme now also holds another renamed theme's suggestions, and that later name wins
 */
export type SkipReason = 'theme_gone' | 'suggestion_gone' | 'members_gone' | 'already_together' | 'superseded';

export interface SkippedEdit {
  id: string;
  type: ThemeEdit['type'];
  reason: SkipReason;
  at: string;
  by: string;
  /** the label of the theme the edit named, as it was then (its id for older edits) */
  theme: string;
  /** the name a rename or split gave */
  label?: string;
}

export interface EditedSynthesis {
  themes: ThemeView[];
  other: string[];
  /** edits that do not apply to this run, with the reason */
  skipped: SkippedEdit[];
}

/** A new theme id for a split: derived from its members so replaying the edit gives the same id. */
export function splitThemeId(memberIds: string[]): string {
  return `s-${createHash('sha256').update([...memberIds].sort().join(',')).digest('hex').slice(0, 10)}`;
}

/** Theme membership while edits are replayed: members per theme and the theme of each suggestion. */
class Replay implements Membership {
  readonly members = new Map<string, string[]>();
  readonly themeOf = new Map<string, string>();
  readonly order: string[];

  constructor(result: SynthesisResult) {
    this.order = result.themes.map((t) => t.id);
    for (const t of result.themes) this.members.set(t.id, []);
    for (const t of result.themes) for (const id of t.members) this.place(id, t.id);
  }

  /** Moves a suggestion to a theme (created after `after` in the order if new), or to other (null). */
  place(suggestionId: string, themeId: string | null, after?: string | null): void {
    const from = this.themeOf.get(suggestionId);
    if (from !== undefined) {
      const list = this.members.get(from) ?? [];
      list.splice(list.indexOf(suggestionId), 1);
      this.themeOf.delete(suggestionId);
    }
    if (themeId === null) return;
    if (!this.members.has(themeId)) {
      this.members.set(themeId, []);
      const at = after ? this.order.indexOf(after) : -1;
      this.order.splice(at >= 0 ? at + 1 : this.order.length, 0, themeId);
    }
    this.members.get(themeId)?.push(suggestionId);
    this.themeOf.set(suggestionId, themeId);
  }

  merge(targetId: string, otherId: string): void {
    for (const id of this.members.get(otherId) ?? []) {
      this.members.get(targetId)?.push(id);
      this.themeOf.set(id, targetId);
    }
    this.members.delete(otherId);
  }
}

/** The theme ids an edit names (the first is the one it is about). */
export function namedThemes(edit: ThemeEdit): string[] {
  switch (edit.type) {
    case 'merge':
      return [edit.themeId, ...edit.otherIds];
    case 'move':
      return edit.toThemeId === null ? [] : [edit.toThemeId];
    default:
      return [edit.themeId];
  }
}

export function applyEdits(result: SynthesisResult, inputs: readonly InputFacts[], edits: readonly StoredEdit[]): EditedSynthesis {
  const replay = new Replay(result);
  const createdAt = new Map(inputs.map((i) => [i.id, i.createdAt]));
  const labels = new Map<string, string>();
  const hidden = new Set<string>();
  const renamedBy = new Map<string, { stored: StoredEdit; origin: string }>();
  const skipped: SkippedEdit[] = [];
  const skip = (stored: StoredEdit, reason: SkipReason) => {
    const named = namedThemes(stored.edit)[0] ?? '';
    const label = 'label' in stored.edit ? { label: stored.edit.label } : {};
    skipped.push({ id: stored.id, type: stored.edit.type, reason, at: stored.at, by: stored.by, theme: stored.anchors?.[named]?.label ?? named, ...label });
  };

  for (const stored of edits) {
    const { edit } = stored;
    // Suggestions added after the edit are left out of the overlap: new data must not dilute it.
    const known = (id: string) => (createdAt.get(id) ?? '') <= stored.at;
    const resolve = (themeId: string) => resolveTheme(themeId, stored.anchors?.[themeId], replay, known);
    switch (edit.type) {
      case 'rename': {
        const target = resolve(edit.themeId);
        if (!target) {
          skip(stored, 'theme_gone');
          break;
        }
        const earlier = renamedBy.get(target);
        if (earlier && earlier.origin !== edit.themeId) skip(earlier.stored, 'superseded');
        labels.set(target, edit.label);
        renamedBy.set(target, { stored, origin: edit.themeId });
        break;
      }
      case 'hide':
      case 'unhide': {
        const targets = resolveHidden(edit.themeId, stored.anchors?.[edit.themeId], replay, known);
        if (!targets.length) skip(stored, 'theme_gone');
        for (const t of targets) {
          if (edit.type === 'hide') hidden.add(t);
          else hidden.delete(t);
        }
        break;
      }
      case 'merge': {
        const target = resolve(edit.themeId);
        const resolved = edit.otherIds.map(resolve);
        const others = [...new Set(resolved.filter((o): o is string => o !== null && o !== target))];
        if (!target || !others.length) {
          skip(stored, target && resolved.includes(target) ? 'already_together' : 'theme_gone');
          break;
        }
        for (const o of others) replay.merge(target, o);
        break;
      }
      case 'split': {
        // The planner said these suggestions form a theme of their own: wherever they are now.
        const moving = edit.memberIds.filter((id) => createdAt.has(id));
        if (!moving.length) {
          skip(stored, 'members_gone');
          break;
        }
        const newId = splitThemeId(edit.memberIds);
        const source = resolve(edit.themeId);
        for (const id of moving) replay.place(id, newId, source);
        labels.set(newId, edit.label);
        break;
      }
      case 'move': {
        const to = edit.toThemeId === null ? null : resolve(edit.toThemeId);
        if (!createdAt.has(edit.suggestionId)) skip(stored, 'suggestion_gone');
        else if (edit.toThemeId !== null && to === null) skip(stored, 'theme_gone');
        else replay.place(edit.suggestionId, to);
        break;
      }
    }
  }

  const themes = themeViews(result, inputs, { order: replay.order, members: replay.members, labels, hidden });
  const inTheme = new Set(themes.filter((t) => !t.hidden).flatMap((t) => t.members));
  const other = inputs.map((i) => i.id).filter((i) => !inTheme.has(i));
  return { themes, other, skipped };
}

/**
 * Why a new edit cannot be made on this view (null when it can): every theme and suggestion it
 * names must be in it. The message starts with `edit:` like other field errors.
 */
export function editProblem(view: EditedSynthesis, edit: ThemeEdit, version: number): string | null {
  const themes = new Map(view.themes.map((t) => [t.id, t]));
  const notIn = `edit: refers to a theme or suggestion not in version ${version}`;
  if (namedThemes(edit).some((id) => !themes.has(id))) return notIn;
  if (edit.type === 'merge' && edit.otherIds.every((o) => o === edit.themeId)) return 'edit: merge needs another theme';
  if (edit.type === 'move' && !view.themes.some((t) => t.members.includes(edit.suggestionId)) && !view.other.includes(edit.suggestionId)) return notIn;
  if (edit.type === 'split') {
    const members = new Set(themes.get(edit.themeId)?.members);
    if (!edit.memberIds.every((id) => members.has(id))) return 'edit: split members must belong to the theme';
  }
  return null;
}

/** The anchors a new edit records: each theme it names, as the planner sees it now. */
export function anchorsFor(view: EditedSynthesis, edit: ThemeEdit): Record<string, ThemeAnchor> {
  const themes = new Map(view.themes.map((t) => [t.id, t]));
  const anchors: Record<string, ThemeAnchor> = {};
  for (const id of namedThemes(edit)) {
    const t = themes.get(id);
    if (t) anchors[id] = anchorOf(t.label, t.members);
  }
  return anchors;
}
