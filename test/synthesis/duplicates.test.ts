import { expect } from 'chai';
import { synthesise } from '../../server/synthesis/index.js';
import { FORUM } from './fixtures/forum.js';

describe('synthesis: near-duplicates', () => {
  it('groups rewordings of the same suggestion as merge candidates, best supported first', () => {
    const r = synthesise(
      [
        ...FORUM,
        { id: 'd1', text: 'Adakan festival musik indie tahunan di alun-alun kota', votes: 1 },
        { id: 'd2', text: 'adakan FESTIVAL MUSIK indie tahunan di alun alun kota!!', votes: 9 },
        { id: 'd3', text: 'Festival musik indie tahunan di alun-alun kota yaa 🙏', votes: 0 },
      ],
      { seed: 1 },
    );
    const group = r.duplicates.find((g) => g.ids.includes('d1'));
    expect(group).to.not.equal(undefined);
    expect(group!.ids.slice(0, 3)).to.deep.equal(['d2', 'd1', 'd3']);
    expect(group!.similarity).to.be.at.least(0.8);
    // Different suggestions on the same topic are not duplicates.
    expect(r.duplicates.some((g) => g.ids.includes('s39') && g.ids.includes('s40'))).to.equal(false);
  });

  it('treats identical content words as duplicates whatever the spelling', () => {
    const r = synthesise([
      { id: 'a', text: 'Pelatihan SDM yg rutin' },
      { id: 'b', text: 'pelatihan sdm yang rutinnn!!!' },
      { id: 'c', text: 'Akses permodalan UMKM' },
    ]);
    expect(r.duplicates).to.deep.equal([{ ids: ['a', 'b'], similarity: 1 }]);
  });
});
