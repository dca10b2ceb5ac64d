import { expect } from 'chai';
import { synthesise, DEFAULT_SUBSECTORS, DEFAULT_ISSUES } from '../../server/synthesis/index.js';

describe('synthesis: taxonomy tags', () => {
  it('ships the 17 subsectors and 9 strategic issues as data', () => {
    expect(DEFAULT_SUBSECTORS).to.have.length(17);
    expect(DEFAULT_ISSUES).to.have.length(9);
  });

  it('tags suggestions in either language, through stemming', () => {
    const r = synthesise([
      { id: 'a', text: 'Pelatihan animasi dan film pendek untuk pelajar' },
      { id: 'b', text: 'Trainings for game developers' },
      { id: 'c', text: 'Pendaftaran hak cipta dan merek untuk produk kriya' },
      { id: 'd', text: 'Kafe dan kuliner lokal perlu promosi di marketplace' },
    ]);
    const tags = Object.fromEntries(r.items.map((i) => [i.id, i]));
    expect(tags.a!.subsectors).to.include('film-animasi-video');
    expect(tags.a!.issues).to.include('sdm');
    expect(tags.b!.subsectors).to.include('pengembang-permainan');
    expect(tags.b!.issues).to.include('sdm');
    expect(tags.c!.subsectors).to.include('kriya');
    expect(tags.c!.issues).to.include('kelembagaan-regulasi');
    expect(tags.d!.subsectors).to.include('kuliner');
    expect(tags.d!.issues).to.include('pemasaran');
  });

  it('accepts replacement lexicons', () => {
    const r = synthesise([{ id: 'a', text: 'Perlu dukungan wisata desa' }], {
      lexicons: { subsectors: [{ id: 'wisata', label: 'Pariwisata', keywords: ['wisata', 'tourism'] }], issues: [] },
    });
    expect(r.items[0]!.subsectors).to.deep.equal(['wisata']);
    expect(r.items[0]!.issues).to.deep.equal([]);
    expect(r.themes[0]!.subsectors[0]).to.include({ id: 'wisata', count: 1, share: 1 });
  });
});
