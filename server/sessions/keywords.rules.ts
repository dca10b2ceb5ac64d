import { defaultAnalyser, type TextAnalyser } from '../synthesis/analyser.js';

/** The projector's keyword cloud reads the latest this many approved suggestions (the room now, at a bounded cost). */
export const KEYWORDS_WINDOW = 1000;

/**
 * The most frequent words of a set of texts (counted once per text), for the projector's live
 * keyword cloud. Words are read by the synthesis engine's analyser, so the cloud and the themes
 * agree: no filler (bgt, biar, doang...), no place names, and inflected forms counted as one
 * word ("pelatihan", "dilatih"), shown in their most frequent wording.
 */
export function topKeywords(texts: string[], limit = 30, analyser: TextAnalyser = defaultAnalyser()): { word: string; count: number }[] {
  const counts = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const term of analyser.terms(text)) {
      if (term.surface.length <= 2 && !term.acronym) continue;
      const entry = counts.get(term.stem) ?? { count: 0, forms: new Map<string, number>() };
      if (!seen.has(term.stem)) entry.count++;
      seen.add(term.stem);
      const form = term.acronym ? term.surface.toUpperCase() : term.surface;
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      counts.set(term.stem, entry);
    }
  }
  return [...counts.values()]
    .map(({ count, forms }) => ({ word: [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0], count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, limit);
}
