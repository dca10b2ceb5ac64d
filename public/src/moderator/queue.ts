import type { ModeratorView } from '../../../server/suggestions/suggestion.presenter.js';

/** Statuses each action may start from (mirrors the server's rules; the server still decides). */
export const CAN = {
  approve: ['pending', 'rejected', 'hidden'],
  reject: ['pending', 'approved', 'hidden'],
  /** may be the target of a merge, or be merged */
  merge: ['pending', 'approved', 'hidden'],
} as const satisfies Record<string, readonly string[]>;

export const can = (action: keyof typeof CAN, s: ModeratorView | undefined): s is ModeratorView =>
  Boolean(s && (CAN[action] as readonly string[]).includes(s.status));

export interface Filter {
  status: string;
  prompt: string;
  role: string;
  category: string;
  q: string;
  newestFirst: boolean;
}

/** What the console lists for a filter: pinned first, then by time (newest first unless turned off). */
export function visibleItems(items: Iterable<ModeratorView>, f: Filter): ModeratorView[] {
  const q = f.q.trim().toLowerCase();
  const dir = f.newestFirst ? -1 : 1;
  return [...items]
    .filter((s) => (!f.status || s.status === f.status) && (!f.prompt || s.promptId === f.prompt) && (!f.role || s.role === f.role))
    .filter((s) => (!f.category || s.category === f.category) && (!q || s.text.toLowerCase().includes(q)))
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || dir * a.createdAt.localeCompare(b.createdAt));
}

/**
 * What a bulk action acts on: suggestions both selected and shown now, that the action applies
 * to. Selections hidden by the filter never count, so a bulk reject cannot hit unseen ones.
 */
export function bulkTargets(list: readonly ModeratorView[], selected: ReadonlySet<string>, action: 'approve' | 'reject'): ModeratorView[] {
  return list.filter((s) => selected.has(s.id) && can(action, s));
}
