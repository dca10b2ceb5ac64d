import { expect } from 'chai';
import { TextAnalyser } from '../../server/synthesis/analyser.js';
import { DEFAULT_ISSUES, DEFAULT_SUBSECTORS, type TaxonomyEntry } from '../../server/synthesis/lexicons/taxonomy.js';
import { compileTaxonomy, evidence, tagGroup, tags } from '../../server/synthesis/taxonomy.js';
import { synthesise } from '../../server/synthesis/index.js';

const analyser = new TextAnalyser();

describe('synthesis: taxonomy tags (taxonomy.ts, lexicons/taxonomy.ts)', () => {
  it('ships the 17 subsectors and the strategic issues as data, each named in both languages', () => {
    expect(DEFAULT_SUBSECTORS).to.have.length(17);
    expect(DEFAULT_ISSUES.length).to.be.at.least(2);
    for (const list of [DEFAULT_SUBSECTORS, DEFAULT_ISSUES]) {
      expect(new Set(list.map((e) => e.id)).size).to.equal(list.length);
      for (const e of list) {
        expect(e.label, e.id).to.match(/\S/);
        expect(e.labelEn, e.id).to.be.a('string').and.match(/\S/);
        expect(e.keywords.length, e.id).to.be.greaterThan(0);
      }
    }
  });

  it('counts the words of matched keywords as evidence; a phrase only in sequence, overlaps once', () => {
    const entries: TaxonomyEntry[] = [
      { id: 'modal', label: 'Permodalan', keywords: ['akses modal', 'modal', 'investor', 'bunga pinjaman'] },
      { id: 'sdm', label: 'SDM', keywords: ['pelatihan'] },
    ];
    const t = compileTaxonomy(entries, analyser);
    const ev = (text: string): number[] => Array.from(evidence(analyser.terms(text), t));
    // "akses modal" (2 words) and "modal" overlap: modal's position counts once.
    expect(ev('akses permodalan dari investor')).to.deep.equal([3, 0]);
    expect(ev('bunga pinjaman')).to.deep.equal([2, 0]);
    expect(ev('pinjaman bunga')).to.deep.equal([0, 0]);
    // Through stems: "dilatih" matches "pelatihan".
    expect(ev('warga dilatih, investor datang')).to.deep.equal([1, 1]);
    expect(ev('tidak ada kaitannya')).to.deep.equal([0, 0]);
  });

  it('tags strongest first, in either language', () => {
    const issues = compileTaxonomy(DEFAULT_ISSUES, analyser);
    const subsectors = compileTaxonomy(DEFAULT_SUBSECTORS, analyser);
    const idsOf = (text: string, taxonomy: typeof issues): string[] => tags(analyser.terms(text), taxonomy).map((e) => taxonomy.entries[e]!.id);
    expect(idsOf('Pelatihan animasi dan film pendek untuk pelajar', subsectors)).to.include('film-animasi-video');
    expect(idsOf('Pelatihan animasi dan film pendek untuk pelajar', issues)[0]).to.equal('sdm');
    expect(idsOf('Trainings for game developers', subsectors)).to.include('pengembang-permainan');
    expect(idsOf('Trainings for game developers', issues)).to.include('sdm');
    expect(idsOf('Pendaftaran hak cipta dan merek untuk produk kriya', issues)[0]).to.equal('hki');
    expect(idsOf('Pendaftaran hak cipta dan merek untuk produk kriya', subsectors)).to.include('kriya');
    expect(idsOf('Kafe dan kuliner lokal perlu promosi di marketplace', issues)).to.include('pemasaran');
    expect(idsOf('Hibah dan kredit usaha bunga rendah untuk studio', issues)[0]).to.equal('pembiayaan');
  });

  it('summarises a group by the tags covering at least a share of it', () => {
    const t = compileTaxonomy([
      { id: 'x', label: 'X', keywords: ['x'] },
      { id: 'y', label: 'Y', keywords: ['y'] },
      { id: 'z', label: 'Z', keywords: ['z'] },
    ], analyser);
    const docTags = [[0], [0, 1], [0], [2], [1]];
    expect(tagGroup(docTags, [0, 1, 2, 3], t)).to.deep.equal([
      { id: 'x', label: 'X', count: 3, share: 0.75 },
      { id: 'y', label: 'Y', count: 1, share: 0.25 },
      { id: 'z', label: 'Z', count: 1, share: 0.25 },
    ]);
    expect(tagGroup(docTags, [0, 1, 2, 3], t, 0.5).map((g) => g.id)).to.deep.equal(['x']);
  });

  it('tags every suggestion of a run, and accepts replacement lexicons', () => {
    const r = synthesise([{ id: 'a', text: 'Perlu dukungan wisata desa' }], {
      lexicons: { subsectors: [{ id: 'wisata', label: 'Pariwisata', keywords: ['wisata', 'tourism'] }], issues: [] },
    });
    expect(r.items[0]!.subsectors).to.deep.equal(['wisata']);
    expect(r.items[0]!.issues).to.deep.equal([]);
    expect(r.themes[0]!.subsectors[0]).to.include({ id: 'wisata', count: 1, share: 1 });
  });
});
