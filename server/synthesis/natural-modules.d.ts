// Deep imports of the few `natural` modules synthesis uses. The package's top-level entry loads
// storage adapters (dotenv, mongoose, pg, redis) and prints banners, so it is never imported.
declare module 'natural/lib/natural/stemmers/indonesian/stemmer_id.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json' {
  const words: string[];
  export default words;
}
declare module 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json' {
  const lexicon: Record<string, string[]>;
  export default lexicon;
}
declare module 'stopwords-iso' {
  const lists: Record<string, string[]>;
  export default lists;
}
