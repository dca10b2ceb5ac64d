import { expect } from 'chai';
import { assignThemeIds, synthesise, type PreviousTheme } from '../../server/synthesis/index.js';
import { FORUM } from './fixtures/forum.js';

describe('synthesis: stable theme identity', () => {
  it('keeps theme ids across a re-run with more suggestions', () => {
    const first = synthesise(FORUM.slice(0, 40), { k: 6, seed: 1 });
    const previous: PreviousTheme[] = first.themes.map((t) => ({ id: t.id, keywords: t.keywords, members: t.members }));
    const second = synthesise(
      [...FORUM, { id: 'n1', text: 'Festival musik untuk musisi muda di taman kota' }, { id: 'n2', text: 'Pelatihan SDM animasi' }],
      { k: 6, seed: 7, previousThemes: previous },
    );
    const idOf = (r: typeof first, issue: string): string | undefined => r.themes.find((t) => t.issue === issue)?.id;
    for (const issue of ['sdm', 'pembiayaan', 'infrastruktur', 'pemasaran']) {
      expect(idOf(first, issue), issue).to.be.a('string');
      expect(idOf(second, issue), issue).to.equal(idOf(first, issue));
    }
    expect(second.themes.filter((t) => t.carriedOver).length).to.be.at.least(4);
    expect(new Set(second.themes.map((t) => t.id)).size).to.equal(second.themes.length);
  });

  it('matches one-to-one above the threshold and mints fresh, unique ids otherwise', () => {
    const kw = (...keys: string[]): Array<{ key: string; weight: number }> => keys.map((key) => ({ key, weight: 1 }));
    const previous: PreviousTheme[] = [
      { id: 'keep-modal', keywords: kw('akses modal', 'umkm') },
      { id: 'keep-sdm', keywords: kw('latih sdm', 'kreatif') },
      { id: 'gone', keywords: kw('pajak') },
    ];
    const ids = assignThemeIds(previous, [
      { keywords: kw('latih sdm', 'skill'), members: ['a'] },
      { keywords: kw('akses modal', 'umkm', 'bank'), members: ['b'] },
      { keywords: kw('festival musik'), members: ['c'] },
    ]);
    expect(ids.map((i) => i.id).slice(0, 2)).to.deep.equal(['keep-sdm', 'keep-modal']);
    expect(ids[2]!.carriedOver).to.equal(false);
    expect(ids[2]!.id).to.match(/^th-/);
    expect(['keep-modal', 'keep-sdm', 'gone']).to.not.include(ids[2]!.id);
  });

  it('prefers member overlap when both runs carry members', () => {
    const ids = assignThemeIds(
      [
        { id: 'A', members: ['1', '2', '3'] },
        { id: 'B', members: ['4', '5', '6'] },
      ],
      [
        { keywords: [], members: ['4', '5', '6', '7'] },
        { keywords: [], members: ['1', '2'] },
      ],
    );
    expect(ids.map((i) => i.id)).to.deep.equal(['B', 'A']);
  });
});
