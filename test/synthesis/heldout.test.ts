import { expect } from 'chai';
import { synthesise } from '../../server/synthesis/index.js';
import { nmi } from '../../server/synthesis/metrics.js';
import { HELDOUT_FORUM } from './fixtures/forum-heldout.js';

describe('synthesis: issue-led themes on a forum the lexicons were not written from', () => {
  const items = HELDOUT_FORUM.map((s, i) => ({ id: String(i), text: s.text }));
  const truth = HELDOUT_FORUM.map((s) => s.issue);

  for (const k of [8, 'auto'] as const) {
    it(`groups suggestions by the strategic issue they ask for (k = ${k}): NMI >= 50, one theme per issue`, () => {
      const r = synthesise(items, { k, seed: 1 });
      expect(r.mode).to.equal('issues');
      expect(100 * nmi(truth, r.items.map((it) => it.nearestThemeId ?? 'none'))).to.be.at.least(50);
      expect(new Set(r.themes.map((t) => t.issue)).size).to.equal(8);
    });
  }

  it('keeps a suggestion whose only issue word is its own (no other text shares it) in its issue’s theme', () => {
    const r = synthesise(items, { k: 8, seed: 1 });
    const royalty = HELDOUT_FORUM.findIndex((s) => s.text.includes('royalti'));
    const theme = r.themes.find((t) => t.members.includes(String(royalty)));
    expect(theme?.issue).to.equal('hki');
  });
});
