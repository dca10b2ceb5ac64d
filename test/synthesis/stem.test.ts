import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { clearStemCache, englishWords, indonesianRoots, stemToken } from '../../server/synthesis/stem.js';

describe('synthesis: stemming per token (stem.ts)', () => {
  const stems = (text: string): string[] => text.split(' ').map((w) => stemToken(w).stem);

  it('stems code-mixed text with the right stemmer for each word', () => {
    expect(stems('pelatihan developer game')).to.deep.equal(['latih', 'developer', 'game']);
    expect(stems('pelatihan developers games')).to.deep.equal(['latih', 'developer', 'game']);
    expect(stems('akses permodalan untuk startups')).to.deep.equal(['akses', 'modal', 'untuk', 'startup']);
    expect(stems('mempromosikan produk via marketing campaigns')).to.deep.equal(['promosi', 'produk', 'via', 'market', 'campaign']);
  });

  it("knows every lowercase word of natural's English lexicon, read without parsing its JSON", () => {
    const file = createRequire(import.meta.url).resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
    const parsed = Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object).filter((w) => /^[a-z]+$/.test(w));
    expect(parsed.length).to.be.greaterThan(40_000);
    expect([...englishWords()].sort()).to.deep.equal(parsed.sort());
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
