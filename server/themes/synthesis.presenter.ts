import type { Lang } from '../i18n/index.js';
import { DEFAULT_ISSUES, DEFAULT_SUBSECTORS } from '../synthesis/lexicons/taxonomy.js';
import type { TagCount } from '../synthesis/types.js';
import { localTaxonomy } from './roadmap-matrix.rules.js';
import type { ThemesState } from '../realtime/events.js';
import type { SynthesisView } from './themes.service.js';

const names = (lang: Lang) => ({
  subsectors: new Map(localTaxonomy(DEFAULT_SUBSECTORS, lang).map((e) => [e.id, e.label])),
  issues: new Map(localTaxonomy(DEFAULT_ISSUES, lang).map((e) => [e.id, e.label])),
});

/**
 * A synthesis as the planner's page shows it: subsector and strategic-issue tags named in the page's
 * language (the engine named them in the forum's). Theme labels stay as the engine or the planner
 * wrote them. Tags the taxonomy does not know keep their own name, never their id.
 */
export function synthesisForPage(view: SynthesisView, lang: Lang): SynthesisView {
  const known = names(lang);
  const relabel = (tags: TagCount[], map: Map<string, string>): TagCount[] => tags.map((t) => ({ ...t, label: map.get(t.id) ?? t.label }));
  return {
    ...view,
    edited: {
      ...view.edited,
      themes: view.edited.themes.map((th) => ({ ...th, subsectors: relabel(th.subsectors, known.subsectors), issues: relabel(th.issues, known.issues) })),
    },
  };
}

export function themesStateForPage(state: ThemesState, lang: Lang): ThemesState {
  return { ...state, latest: state.latest ? synthesisForPage(state.latest, lang) : null };
}
