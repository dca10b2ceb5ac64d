import type { SuggestionDoc } from '../suggestions/suggestion.model.js';
import type { ThemesService } from '../themes/themes.service.js';
import { themeLabels, themesOfOwn } from './own-themes.rules.js';

/**
 * Which theme each of a participant's suggestions went to, from the forum's latest synthesis with
 * the planners' edits. Phones rejoin often, so the labels of a forum are cached briefly in memory
 * (a cache of what MongoDB holds, nothing more); only participants with approved or merged input ask.
 */
export function createOwnThemesService({ themes, ttlMs = 30_000 }: { themes: Pick<ThemesService, 'latest'>; ttlMs?: number }) {
  const cache = new Map<string, { at: number; labels: Promise<Map<string, string>> }>();

  function labelsOf(forumId: string): Promise<Map<string, string>> {
    const hit = cache.get(forumId);
    if (hit && Date.now() - hit.at < ttlMs) return hit.labels;
    const labels = themes.latest(forumId).then(themeLabels);
    cache.set(forumId, { at: Date.now(), labels });
    labels.catch(() => cache.delete(forumId));
    if (cache.size > 200) cache.delete(cache.keys().next().value ?? '');
    return labels;
  }

  return {
    async of(forumId: string, own: readonly SuggestionDoc[]): Promise<Record<string, string>> {
      const themed = own.filter((s) => s.status === 'approved' || s.status === 'merged');
      if (!themed.length) return {};
      const labels = await labelsOf(forumId);
      return themesOfOwn(
        themed.map((s) => ({ id: String(s._id), mergedInto: s.mergedInto ? String(s.mergedInto) : null })),
        labels,
      );
    },
  };
}

export type OwnThemesService = ReturnType<typeof createOwnThemesService>;
