import { expect } from 'chai';
import { synthesise, type SynthesisResult } from '../../server/synthesis/index.js';
import { nmi } from '../../server/synthesis/metrics.js';
import { FORUM } from './fixtures/forum.js';

describe('synthesis: the pipeline on a small forum', () => {
  let auto: SynthesisResult;
  before(() => {
    auto = synthesise(FORUM, { seed: 1 });
  });

  const themeOf = (r: SynthesisResult, id: string): string => r.items.find((i) => i.id === id)!.nearestThemeId ?? 'none';

  it('chooses the number of themes itself and separates the topics', () => {
    expect(auto.kMode).to.equal('auto');
    expect(auto.k).to.be.within(5, 8);
    const score = nmi(
      FORUM.map((f) => f.expected),
      FORUM.map((f) => themeOf(auto, f.id)),
    );
    expect(score).to.be.greaterThan(0.8);
  });

  it('labels themes with readable keyphrases in the participants’ wording', () => {
    const labels = auto.themes.map((t) => t.label);
    for (const phrase of ['Pelatihan SDM', 'Akses Permodalan UMKM', 'Ruang Kreatif', 'Promosi Digital', 'Festival Musik', 'HKI']) {
      expect(labels.some((l) => l.includes(phrase)), `${phrase} in ${labels.join(' | ')}`).to.equal(true);
    }
    // Stems never leak into labels.
    expect(labels.join(' ')).not.to.match(/\b(latih|modal\b|promosi digital produk)/i);
  });

  it('describes each theme: keywords, representatives, support and breakdowns', () => {
    const musik = auto.themes.find((t) => t.label.includes('Festival Musik'))!;
    expect(musik.keywords[0]!.weight).to.be.greaterThan(0);
    expect(musik.keywords.map((k) => k.text)).to.include('Festival Musik');
    expect(musik.representatives).to.have.length(3);
    expect(musik.representatives.every((r) => musik.members.includes(r.id))).to.equal(true);
    expect(musik.size).to.equal(musik.members.length);
    const votes = musik.members.reduce((s, id) => s + FORUM.find((f) => f.id === id)!.votes!, 0);
    expect(musik.votes).to.equal(votes);
    expect(Object.values(musik.roles).reduce((a, b) => a + b, 0)).to.equal(musik.size);
    expect(Object.keys(musik.sessions).sort()).to.deep.equal(['sesi-1', 'sesi-2']);
    expect(musik.participantShare).to.be.within(0, 1);
    expect(musik.subsectors.map((s) => s.id)).to.include('musik');
    const modal = auto.themes.find((t) => t.label.includes('Permodalan'))!;
    expect(modal.issues[0]!.id).to.equal('pembiayaan');
  });

  it('honours a planner override of k', () => {
    const r = synthesise(FORUM, { k: 3, seed: 1 });
    expect(r.kMode).to.equal('fixed');
    expect(r.k).to.equal(3);
    expect(r.themes.length).to.be.at.most(3);
  });

  it('is deterministic for a seed and JSON-serialisable', () => {
    const again = synthesise(FORUM, { seed: 1 });
    expect(JSON.stringify(again)).to.equal(JSON.stringify(auto));
    expect(JSON.parse(JSON.stringify(auto))).to.deep.equal(auto);
  });

  it('puts suggestions without content into "other"', () => {
    const r = synthesise([...FORUM, { id: 'x1', text: 'mohon 🙏🙏 terima kasih!!' }, { id: 'x2', text: 'https://bit.ly/abc 12345' }], { seed: 1 });
    expect(r.other.members).to.include.members(['x1', 'x2']);
    expect(r.items.find((i) => i.id === 'x1')).to.include({ themeId: null, nearestThemeId: null });
    expect(r.stats.empty).to.equal(2);
  });

  it('copes with 0, 1 and 2 suggestions', () => {
    const none = synthesise([]);
    expect(none).to.include({ k: 0 });
    expect(none.themes).to.deep.equal([]);
    const one = synthesise([{ id: 'a', text: 'Pelatihan SDM kreatif' }]);
    expect(one.themes).to.have.length(1);
    expect(one.themes[0]!.members).to.deep.equal(['a']);
    const two = synthesise([
      { id: 'a', text: 'Pelatihan SDM kreatif' },
      { id: 'b', text: 'Akses permodalan UMKM' },
    ]);
    expect(two.items.every((i) => i.nearestThemeId !== null)).to.equal(true);
    const twoFixed = synthesise(
      [
        { id: 'a', text: 'Pelatihan SDM kreatif' },
        { id: 'b', text: 'Akses permodalan UMKM' },
      ],
      { k: 2 },
    );
    expect(twoFixed.themes).to.have.length(2);
  });

  it('reports progress by stage, ending at 1', () => {
    const seen: Array<[number, string]> = [];
    synthesise(FORUM.slice(0, 10), { onProgress: (f, s) => seen.push([f, s]) });
    expect(seen[0]).to.deep.equal([0, 'analyse']);
    expect(seen[seen.length - 1]).to.deep.equal([1, 'done']);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).to.be.at.least(seen[i - 1]![0]);
  });
});
