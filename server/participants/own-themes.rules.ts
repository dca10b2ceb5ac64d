/** Where a participant's input went: the theme each of their suggestions is in. Pure. */

export interface ThemedView {
  edited: { themes: readonly { label: string; hidden: boolean; members: readonly string[] }[] };
}

/** Suggestion id -> label of the (visible) theme holding it, after the planners' edits. */
export function themeLabels(view: ThemedView | null): Map<string, string> {
  const labels = new Map<string, string>();
  for (const theme of view?.edited.themes ?? []) {
    if (theme.hidden) continue;
    for (const id of theme.members) labels.set(id, theme.label);
  }
  return labels;
}

/**
 * The theme of each of one's own suggestions, by suggestion id. A duplicate merged into another
 * suggestion went where that one went.
 */
export function themesOfOwn(own: readonly { id: string; mergedInto?: string | null }[], labels: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of own) {
    const label = labels.get(s.id) ?? (s.mergedInto ? labels.get(s.mergedInto) : undefined);
    if (label) out[s.id] = label;
  }
  return out;
}
