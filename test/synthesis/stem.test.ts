import { expect } from 'chai';
import { stemToken } from '../../server/synthesis/index.js';

describe('synthesis: stemming per token', () => {
  const stems = (text: string): string[] => text.split(' ').map((w) => stemToken(w).stem);

  it('stems code-mixed text with the right stemmer for each word', () => {
    expect(stems('pelatihan developer game')).to.deep.equal(['latih', 'developer', 'game']);
    expect(stems('pelatihan developers games')).to.deep.equal(['latih', 'developer', 'game']);
    expect(stems('akses permodalan untuk startups')).to.deep.equal(['akses', 'modal', 'untuk', 'startup']);
    expect(stems('mempromosikan produk via marketing campaigns')).to.deep.equal(['promosi', 'produk', 'via', 'market', 'campaign']);
  });

  it('decides the language per token', () => {
    expect(stemToken('pengembangan')).to.deep.equal({ stem: 'kembang', language: 'id' });
    expect(stemToken('training')).to.deep.equal({ stem: 'train', language: 'en' });
    expect(stemToken('kota-kota')).to.deep.equal({ stem: 'kota', language: 'id' });
    expect(stemToken('jakarta').language).to.equal('other');
  });

  it('leaves loanword roots alone (no Porter damage to Indonesian roots)', () => {
    expect(stems('digital festival kreatif desain')).to.deep.equal(['digital', 'festival', 'kreatif', 'desain']);
  });

  it('is memoised (same object for the same word)', () => {
    expect(stemToken('perizinan')).to.equal(stemToken('perizinan'));
  });
});
