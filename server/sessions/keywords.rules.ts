import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

/** Forum filler that says nothing about the topic, in both languages. */
const DOMAIN_STOPWORDS = [
  'usul', 'usulan', 'saran', 'mohon', 'sebaiknya', 'perlu', 'harus', 'agar', 'supaya', 'bisa', 'lebih', 'banyak',
  'kota', 'please', 'should', 'need', 'more', 'yg', 'dgn', 'utk', 'tdk', 'gak', 'nggak', 'aja', 'sih', 'nya',
];

const STOP = new Set<string>([...(stopwords as Record<string, string[]>).id!, ...(stopwords as Record<string, string[]>).en!, ...DOMAIN_STOPWORDS]);

/**
 * The most frequent words of a set of texts (counted once per text), for the projector's live
 * keyword cloud. Deliberately simple and fast; themes come from the synthesis engine.
 */
export function topKeywords(texts: string[], limit = 30): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(text.toLowerCase().normalize('NFKC').replace(/https?:\/\/\S+/g, ' ').match(/\p{L}[\p{L}\p{N}-]*/gu) ?? []);
    for (const w of words) if (w.length > 2 && !STOP.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, limit);
}
