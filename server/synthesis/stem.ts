/**
 * Per-token language decision and stemming. Suggestions mix Indonesian and English inside one
 * sentence ("pelatihan developer game"), so the stemmer is chosen for every token:
 *   1. an Indonesian root word (Sastrawi's dictionary, shipped with natural) stays as it is;
 *   2. a word in natural's English lexicon goes to Porter ("developers" -> "develop"; a plural of
 *      a loanword root joins the root: "developers" -> "developer");
 *   3. otherwise the Indonesian stemmer is tried where it may apply; it only answers when it
 *      reaches a dictionary root ("permodalan" -> "modal");
 *   4. otherwise English inflection shapes (-ing, -tion, -ed, -s...) go to Porter, and anything
 *      else (names, slang) is kept verbatim.
 * Stems are memoised: suggestions repeat their vocabulary.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type Language = 'id' | 'en' | 'other';

export interface Stemmed {
  stem: string;
  language: Language;
}

interface Stemmer {
  stem(token: string): string;
}

const require = createRequire(import.meta.url);
const ENGLISH_LEXICON = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
const INDONESIAN_ROOTS = 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json';

let sastrawi: Stemmer | undefined;
let porter: Stemmer | undefined;
let idRoots: ReadonlySet<string> | undefined;
let enWords: ReadonlySet<string> | undefined;

/** Sastrawi's Indonesian root words (about 28k), loaded on first use. */
export function indonesianRoots(): ReadonlySet<string> {
  idRoots ??= new Set((require(INDONESIAN_ROOTS) as string[]).filter(Boolean));
  return idRoots;
}

/** The lowercase words of natural's English POS lexicon (about 43k), loaded on first use. */
export function englishWords(): ReadonlySet<string> {
  if (!enWords) {
    // Its keys, one per line ("word": [tags]): read by a pattern, 2-3x faster than parsing the 4 MB of JSON.
    const lexicon = readFileSync(require.resolve(ENGLISH_LEXICON), 'utf8');
    enWords = new Set(Array.from(lexicon.matchAll(/^\s*"([a-z]+)": \[/gm), (m) => m[1]!));
  }
  return enWords;
}

const stemIndonesian = (token: string): string =>
  (sastrawi ??= require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as Stemmer).stem(token);
const stemPorter = (token: string): string => (porter ??= require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer).stem(token);

const ENGLISH_SHAPE = /(?:ing|ings|tion|tions|sion|ment|ments|ness|ity|ies|ed|ers|er|ly|ous|ive|able|ible|ize|ise|s)$/;
const LOWER_WORD = /^[a-z]+(?:-[a-z]+)*$/;

const cache = new Map<string, Stemmed>();

/** Decides the language of one lowercase token and stems it (memoised). */
export function stemToken(token: string): Stemmed {
  let hit = cache.get(token);
  if (!hit) {
    if (cache.size > 500_000) cache.clear();
    hit = decide(token);
    cache.set(token, hit);
  }
  return hit;
}

function decide(token: string): Stemmed {
  if (token.length < 3 || !LOWER_WORD.test(token)) return { stem: token, language: 'other' };
  const roots = indonesianRoots();
  const hyphen = token.includes('-');
  if (roots.has(token)) return { stem: token, language: 'id' };
  if (!hyphen && englishWords().has(token)) return { stem: english(token, roots), language: 'en' };
  if (mayBeDerived(token, roots, hyphen)) {
    const id = stemIndonesian(token);
    if (id !== token && roots.has(id)) return { stem: id, language: 'id' };
  }
  if (!hyphen && token.length > 4 && ENGLISH_SHAPE.test(token)) return { stem: english(token, roots), language: 'en' };
  return { stem: token, language: 'other' };
}

const PREFIX = /^(?:di|ke|se|be|te|me|pe)/;
// root + derivational + possessive + particle suffixes, each possibly absent
const SUFFIXES = /^(?:i|kan|an)?(?:ku|mu|nya)?(?:lah|kah|tah|pun)?$/;

/**
 * Sastrawi costs ~50 us a call and fails on most unknown words (names, English, jargon): try it
 * only on words with an Indonesian prefix, or whose suffixes peel off to a dictionary root.
 */
function mayBeDerived(word: string, roots: ReadonlySet<string>, hyphen: boolean): boolean {
  if (hyphen || PREFIX.test(word)) return true;
  for (let end = word.length - 1; end >= 2; end--) {
    if (roots.has(word.slice(0, end)) && SUFFIXES.test(word.slice(end))) return true;
  }
  return false;
}

const ENGLISH_PLURAL = /(?:s|x|z|ch|sh)$/;

/** Porter, except that an English plural of a loanword root joins the root ("developers"). */
function english(token: string, roots: ReadonlySet<string>): string {
  if (token.endsWith('s')) {
    if (roots.has(token.slice(0, -1))) return token.slice(0, -1);
    const es = token.slice(0, -2);
    if (token.endsWith('es') && ENGLISH_PLURAL.test(es) && roots.has(es)) return es;
  }
  return stemPorter(token);
}

/** Forgets memoised stems (tests; long-lived workers after huge runs). */
export function clearStemCache(): void {
  cache.clear();
}
