/**
 * Per-token language decision and stemming. Suggestions mix Indonesian and English inside one
 * sentence ("pelatihan developer game"), so the stemmer is chosen for every token:
 *   1. an Indonesian root word (Sastrawi's dictionary, shipped with natural) stays as it is;
 *   2. a word in natural's English lexicon goes to Porter ("developers" -> "develop");
 *   3. otherwise the Indonesian stemmer is tried; it only answers when it reaches a dictionary
 *      root ("permodalan" -> "modal");
 *      (plurals of loanword roots join the root: "developers" -> "developer");
 *   4. otherwise English inflection shapes (-ing, -tion, -ed, -s...) go to Porter, and anything
 *      else (names, slang) is kept verbatim.
 * Stems are memoised: stemming is the hot path and suggestions repeat their vocabulary.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { derivedBytes, fileStamp } from './derived-cache.js';
import { WordTable } from './word-table.js';

export type Language = 'id' | 'en' | 'other';

export interface Stemmed {
  stem: string;
  language: Language;
}

const require = createRequire(import.meta.url);
const ENGLISH_LEXICON = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
const INDONESIAN_ROOTS = 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json';
// Sastrawi builds two more copies of its dictionary when imported (~30 ms): load it on first use.
let idStemmer: { stem(token: string): string } | undefined;
const sastrawi = (): { stem(token: string): string } =>
  (idStemmer ??= require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { stem(token: string): string });
const stemIndonesian = (token: string): string => sastrawi().stem(token);
// Porter too (~10 ms to load): a run whose words are stemmed on a helper thread never needs it here.
let enStemmer: { stem(token: string): string } | undefined;
const porter = (): { stem(token: string): string } =>
  (enStemmer ??= require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(token: string): string });
let idRoots: ReadonlySet<string> | undefined;
let enStems: WordTable | undefined;

/** Sastrawi's Indonesian root words (about 28k), loaded on first use. */
export function indonesianRoots(): ReadonlySet<string> {
  idRoots ??= new Set((require(INDONESIAN_ROOTS) as string[]).filter(Boolean));
  return idRoots;
}

/** The lowercase words of natural's English POS lexicon (about 43k of its 90k entries). */
function lexiconWords(): string[] {
  // Only the keys are wanted: a scan for `"word":` instead of JSON.parse of every tag array.
  const text = readFileSync(require.resolve(ENGLISH_LEXICON), 'latin1');
  const words: string[] = [];
  const key = /"([a-z]+)":/g;
  for (let m = key.exec(text); m; m = key.exec(text)) words.push(m[1]!);
  return words;
}

/** english() of every lexicon word, as a WordTable. */
function deriveEnglishStems(): Uint8Array {
  const roots = indonesianRoots();
  return WordTable.encode([...new Set(lexiconWords())].map((w) => [w, english(w, roots)] as const));
}

/**
 * Every word of natural's English lexicon with its stem (english()), loaded on first use. Both
 * depend only on installed files and this code, so they are derived once and kept on disk
 * (derived-cache.ts) as a WordTable: reading the lexicon's 4 MB and running Porter on its 43k
 * words took ~0.1 s of every cold run; the table loads in ~1 ms.
 */
export function englishStems(): WordTable {
  if (!enStems) {
    const key = [fileStamp(ENGLISH_LEXICON), fileStamp(INDONESIAN_ROOTS), fileStamp('natural/package.json'), lexiconWords.toString(), deriveEnglishStems.toString(), english.toString(), ENGLISH_PLURAL.source];
    enStems = new WordTable(derivedBytes('english-stems', key, deriveEnglishStems, WordTable.isTable));
  }
  return enStems;
}

/** Loads the dictionaries and Sastrawi now (a helper thread does while it waits for words). */
export function preloadStemmer(): void {
  indonesianRoots();
  englishStems();
  sastrawi();
  porter();
}

const ENGLISH_SHAPE = /(?:ing|ings|tion|tions|sion|ment|ments|ness|ity|ies|ed|ers|er|ly|ous|ive|able|ible|ize|ise|s)$/;

const cache = new Map<string, Stemmed>();

/** Decides the language of one lowercase token and stems it (memoised). */
export function stemToken(token: string): Stemmed {
  const hit = cache.get(token);
  if (hit) return hit;
  const result = decide(token);
  if (cache.size > 500_000) cache.clear();
  cache.set(token, result);
  return result;
}

function decide(token: string): Stemmed {
  // One pass over the characters instead of two regexes (every distinct word comes here once).
  let hyphen = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 45) hyphen = true;
    else if (c < 97 || c > 122) return { stem: token, language: 'other' };
  }
  if (token.length < 3) return { stem: token, language: 'other' };
  const roots = indonesianRoots();
  if (roots.has(token)) return { stem: token, language: 'id' };
  const en = hyphen ? undefined : englishStems().get(token);
  if (en !== undefined) return { stem: en, language: 'en' };
  if (mayBeDerived(token, roots, hyphen) && mayReachRoot(token, roots)) {
    const id = stemIndonesian(token);
    if (id !== token && roots.has(id)) return { stem: id, language: 'id' };
  }
  if (hyphen) return { stem: token, language: 'other' };
  if (token.length > 4 && ENGLISH_SHAPE.test(token)) return { stem: english(token, roots), language: 'en' };
  return { stem: token, language: 'other' };
}

const PREFIX = /^(?:di|ke|se|be|te|me|pe)/;
// Sastrawi's inflectional suffixes: particles, then possessive pronouns (outermost first).
const PARTICLE_ENDINGS = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVE_ENDINGS = ['ku', 'mu', 'nya'];
// Each possibly absent, for mayBeDerived.
const PARTICLES = ['', ...PARTICLE_ENDINGS];
const POSSESSIVES = ['', ...POSSESSIVE_ENDINGS];
const DERIVATIONAL = ['', 'i', 'kan', 'an'];

/**
 * Cheap test before the (slow, ~50 us) Sastrawi stemmer: it can only reach a root through an
 * Indonesian prefix, or by stripping suffixes down to a dictionary root.
 */
function mayBeDerived(word: string, roots: ReadonlySet<string>, hyphen: boolean): boolean {
  if (hyphen || PREFIX.test(word)) return true;
  // word = root + derivational + possessive + particle suffixes (each possibly empty), compared
  // in place (endsWith at an end position): only a candidate root is sliced.
  for (const p of PARTICLES) {
    if (!word.endsWith(p)) continue;
    const e1 = word.length - p.length;
    for (const q of POSSESSIVES) {
      if (!word.endsWith(q, e1)) continue;
      const e2 = e1 - q.length;
      for (const d of DERIVATIONAL) {
        if (!word.endsWith(d, e2)) continue;
        const e3 = e2 - d.length;
        if (e3 >= 2 && e3 < word.length && roots.has(word.slice(0, e3))) return true;
      }
    }
  }
  return false;
}

// What Sastrawi's rules (natural/lib/natural/stemmers/indonesian) can do to a word: remove a chain
// of suffixes (derivational, possessive, particle; "-kan" may come back as "-k"), then up to three
// times remove a prefix from PREFIX_LINKS (a nasal prefix before a vowel may restore the root's
// first letter: mem-/pem- -> m/p, men-/pen- -> t, meng-/peng- -> k, meny-/peny- -> s), remove an
// infix (-in-, -er-, -em-, -el-) after the first consonant, or cut the word after a "be"/"ber"
// anywhere (two of its rules are not anchored at the start).
const PREFIX_LINKS = ['di', 'ke', 'se', 'ku', 'kau', 'be', 'ber', 'bel', 'te', 'ter', 'me', 'mem', 'men', 'meng', 'menge', 'meny', 'pe', 'per', 'pem', 'pen', 'peng', 'penge', 'peny', 'pel'];
const RESTORED: Readonly<Record<string, readonly string[]>> = { mem: ['m', 'p'], pem: ['m', 'p'], men: ['t'], pen: ['t'], meng: ['k'], peng: ['k'], meny: ['s'], peny: ['s'] };
const INFIXES = ['in', 'er', 'em', 'el'];
const VOWELS = 'aiueo';

/** Every string one prefix step of Sastrawi can make from s (a superset: see above). */
function prefixSteps(s: string, out: Set<string>): void {
  for (const link of PREFIX_LINKS) {
    if (s.length <= link.length || !s.startsWith(link)) continue;
    const rest = s.slice(link.length);
    out.add(rest);
    if (VOWELS.includes(rest[0]!)) for (const x of RESTORED[link] ?? []) out.add(x + rest);
  }
  if (s.length > 3 && !VOWELS.includes(s[0]!) && INFIXES.includes(s.slice(1, 3))) out.add(s[0] + s.slice(3));
  for (let p = s.indexOf('be', 1); p > 0; p = s.indexOf('be', p + 1)) {
    if (p + 2 < s.length) out.add(s.slice(p + 2));
    if (s[p + 2] === 'r' && p + 3 < s.length) out.add(s.slice(p + 3));
  }
}

/**
 * False only when Sastrawi cannot reach a dictionary root from the word: its answer is one of the
 * strings its rules can make (see above), so when none of those is a root it would fail. Sastrawi
 * costs ~50 us a call (a hyphenated word, stemmed as two, ~150 us) and fails on most unknown words
 * that merely start like a prefix (names, English, jargon, "non-zero"); this check is a few set
 * lookups. test/synthesis/stem.test.ts holds it to Sastrawi's own answers on derived forms of
 * every root, plain and hyphenated.
 */
export function mayReachRoot(word: string, roots: ReadonlySet<string>): boolean {
  const parts = word.includes('-') ? pluralParts(word) : undefined;
  if (!parts) return singularMayReach(word, roots);
  // A plural form gives its first part's stem (when its second part agrees: not checked, as
  // natural's stemmer keeps the first part's removals while it stems the second).
  return singularMayReach(parts[0], roots);
}

/** An inflectional suffix written as a word of its own after a hyphen ("buku-nya"). */
const isSuffixWord = (s: string): boolean => PARTICLE_ENDINGS.includes(s) || POSSESSIVE_ENDINGS.includes(s);

/**
 * The two words Sastrawi stems a plural form as ("kota-kota", "berbalas-balasan"; the suffix of
 * "malaikat-malaikat-nya" stays with the second), or undefined when it stems the word as one
 * ("buku-nya"): natural's isPlural and stemPluralWord.
 */
function pluralParts(word: string): [string, string] | undefined {
  const cut = word.lastIndexOf('-');
  let first = word.slice(0, cut);
  let second = word.slice(cut + 1);
  if (!isSuffixWord(second)) return [first, second];
  const inner = first.lastIndexOf('-');
  if (inner < 0) return undefined;
  second = `${first.slice(inner + 1)}-${second}`;
  first = first.slice(0, inner);
  return [first, second];
}

const DERIVATIONAL_ENDINGS = ['is', 'isme', 'isasi', 'i', 'kan', 'an'];

/** Whether Sastrawi's stemming of one word (no plural split) may end on a root. */
function singularMayReach(word: string, roots: ReadonlySet<string>): boolean {
  let states = suffixStates(word);
  for (let step = 0; ; step++) {
    for (const s of states) if (roots.has(s)) return true;
    if (step === 3) return false;
    const next = new Set<string>();
    for (const s of states) prefixSteps(s, next);
    if (next.size === 0) return false;
    states = next;
  }
}

/**
 * The word and what removing a particle, then a possessive (each with any hyphens before it:
 * "buku-nya"), then a derivational suffix can leave of it ("-kan" may come back as "-k").
 */
function suffixStates(word: string): Set<string> {
  const states = new Set([word]);
  for (const endings of [PARTICLE_ENDINGS, POSSESSIVE_ENDINGS]) {
    for (const s of [...states]) {
      for (const e of endings) {
        if (!s.endsWith(e)) continue;
        let end = s.length - e.length;
        while (end > 0 && s.charCodeAt(end - 1) === 45) end--;
        if (end > 0) states.add(s.slice(0, end));
      }
    }
  }
  for (const s of [...states]) {
    for (const d of DERIVATIONAL_ENDINGS) {
      if (s.length <= d.length || !s.endsWith(d)) continue;
      states.add(s.slice(0, s.length - d.length));
      if (d === 'kan') states.add(s.slice(0, s.length - 2));
    }
  }
  return states;
}

const ENGLISH_PLURAL = /(?:s|x|z|ch|sh)$/;

/** Porter, except that an English plural of a loanword root joins the root ("developers"). */
function english(token: string, roots: ReadonlySet<string>): string {
  if (token.endsWith('s')) {
    if (roots.has(token.slice(0, -1))) return token.slice(0, -1);
    const es = token.slice(0, -2);
    if (token.endsWith('es') && ENGLISH_PLURAL.test(es) && roots.has(es)) return es;
  }
  return porter().stem(token);
}

/** Forgets memoised stems (tests; long-lived workers after huge runs). */
export function clearStemCache(): void {
  cache.clear();
}
