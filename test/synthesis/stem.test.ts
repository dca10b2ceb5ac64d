import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { clearStemCache, englishStems, indonesianRoots, stemToken } from '../../server/synthesis/stem.js';
import { ENGLISH_STEMS } from '../../server/synthesis/lexicons/english.js';

describe('synthesis: stemming per token (stem.ts)', () => {
  const stems = (text: string): string[] => text.split(' ').map((w) => stemToken(w).stem);

  it('stems code-mixed text with the right stemmer for each word', () => {
    expect(stems('pelatihan developer game')).to.deep.equal(['latih', 'developer', 'game']);
    expect(stems('pelatihan developers games')).to.deep.equal(['latih', 'developer', 'game']);
    expect(stems('akses permodalan untuk startups')).to.deep.equal(['akses', 'modal', 'untuk', 'startup']);
    expect(stems('mempromosikan produk via marketing campaigns')).to.deep.equal(['promosi', 'produk', 'via', 'market', 'campaign']);
  });

  it("has every lowercase word of natural's English lexicon with its Porter stem (lexicons/english.ts; UPDATE_ENGLISH=1 rewrites it)", () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
    const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
    const words = Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object).filter((w) => /^[a-z]+$/.test(w)).sort();
    expect(words.length).to.be.greaterThan(40_000);
    const table = words.map((w) => (porter.stem(w) === w ? w : `${w} ${porter.stem(w)}`)).join('\n');
    if (process.env.UPDATE_ENGLISH && table !== ENGLISH_STEMS) {
      const header = readFileSync(new URL('../../server/synthesis/lexicons/english.ts', import.meta.url), 'utf8').split('export const')[0];
      writeFileSync(new URL('../../server/synthesis/lexicons/english.ts', import.meta.url), header + 'export const ENGLISH_STEMS = `' + table + '`;\n');
    }
    expect(table === ENGLISH_STEMS, 'lexicons/english.ts is out of date: UPDATE_ENGLISH=1 rewrites it').to.equal(true);
    expect([...englishStems()].every(([w, stem]) => stem === porter.stem(w))).to.equal(true);
  });

  it('decides the language per token', () => {
    expect(stemToken('pengembangan')).to.deep.equal({ stem: 'kembang', language: 'id' });
    expect(stemToken('training')).to.deep.equal({ stem: 'train', language: 'en' });
    expect(stemToken('kota-kota')).to.deep.equal({ stem: 'kota', language: 'id' });
    expect(stemToken('jakarta').language).to.equal('other');
  });

  it('leaves Indonesian roots and loanword roots alone (no Porter damage)', () => {
    expect(stems('digital festival kreatif desain')).to.deep.equal(['digital', 'festival', 'kreatif', 'desain']);
    for (const root of ['kota', 'modal', 'pasar', 'budaya', 'musik']) {
      expect(indonesianRoots().has(root), root).to.equal(true);
      expect(stemToken(root)).to.deep.equal({ stem: root, language: 'id' });
    }
  });

  it('keeps names, slang, numbers-with-letters and short tokens verbatim', () => {
    for (const w of ['tiktok', 'c++', 'b2b', 'ui', 'wkwkwk']) expect(stemToken(w).stem, w).to.equal(w);
  });

  it('is memoised, and forgets on request with the same answers', () => {
    const first = stemToken('perizinan');
    expect(stemToken('perizinan')).to.equal(first);
    clearStemCache();
    const again = stemToken('perizinan');
    expect(again).not.to.equal(first);
    expect(again).to.deep.equal(first);
  });
});
