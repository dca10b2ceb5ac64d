import { expect } from 'chai';
import { DEFAULT_ISSUES, synthesise, type SynthesisInput, type SynthesisResult } from '../../server/synthesis/index.js';
import { FORUM } from './fixtures/forum.js';
import { FORUM_EN } from './fixtures/forum-en.js';

/** Every input is in exactly one theme or in "other", and the item results say the same. */
function expectPartition(r: SynthesisResult, items: readonly SynthesisInput[]): void {
  const owner = new Map<string, string>();
  for (const t of r.themes) {
    expect(t.size, t.label).to.equal(t.members.length);
    for (const id of t.members) {
      expect(owner.has(id), `${id} in two themes`).to.equal(false);
      owner.set(id, t.id);
    }
  }
  for (const id of r.other.members) {
    expect(owner.has(id), `${id} in a theme and in other`).to.equal(false);
    owner.set(id, 'other');
  }
  expect(r.other.size).to.equal(r.other.members.length);
  expect([...owner.keys()].sort()).to.deep.equal(items.map((i) => i.id).sort());
  expect(r.items.map((i) => i.id)).to.deep.equal(items.map((i) => i.id));
  for (const item of r.items) expect(item.themeId ?? 'other', item.id).to.equal(owner.get(item.id));
  expect(new Set(r.themes.map((t) => t.id)).size).to.equal(r.themes.length);
}

/** The theme holding most suggestions of each planted issue. */
function majorityTheme(r: SynthesisResult, items: ReadonlyArray<SynthesisInput & { expected: string }>, issue: string): string | null | undefined {
  const counts = new Map<string, number>();
  for (const it of items.filter((i) => i.expected === issue)) {
    const t = r.items.find((x) => x.id === it.id)?.themeId;
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return r.themes.find((t) => t.id === best)?.issue;
}

describe('synthesis: the pipeline end to end (index.ts)', () => {
  let auto: SynthesisResult;
  before(() => {
    auto = synthesise(FORUM, { seed: 1 });
  });

  it('leads the themes of a forum by its strategic issues, each planted issue in a theme of its own', () => {
    expect(auto.mode).to.equal('issues');
    expect(auto.kMode).to.equal('auto');
    expect(auto.language).to.equal('id');
    const ids = new Set(DEFAULT_ISSUES.map((e) => e.id));
    for (const t of auto.themes) {
      expect(t.issue === null || ids.has(t.issue ?? ''), `${t.label}: ${t.issue}`).to.equal(true);
      if (t.issue) expect(t.label.startsWith(DEFAULT_ISSUES.find((e) => e.id === t.issue)!.label), t.label).to.equal(true);
    }
    for (const issue of new Set(FORUM.map((f) => f.expected))) expect(majorityTheme(auto, FORUM, issue), issue).to.equal(issue);
  });

  it('puts every suggestion in exactly one theme or in "other"', () => {
    expectPartition(auto, FORUM);
    for (const k of [2, 4, 9]) expectPartition(synthesise(FORUM, { k, seed: 3 }), FORUM);
  });

  it('honours a planner override of k', () => {
    for (const k of [3, 8]) {
      const r = synthesise(FORUM, { k, seed: 1 });
      expect(r.kMode).to.equal('fixed');
      expect(r.k).to.equal(k);
      expect(r.themes.length).to.be.within(1, k);
    }
  });

  it('is deterministic for a seed and survives a JSON round trip', () => {
    const again = synthesise(FORUM, { seed: 1 });
    expect(JSON.stringify(again)).to.equal(JSON.stringify(auto));
    expect(JSON.parse(JSON.stringify(auto))).to.deep.equal(auto);
    expect(synthesise(FORUM, { seed: 2 }).seed).to.equal(2);
  });

  it('names the issues in English for English input', () => {
    const r = synthesise(FORUM_EN, { seed: 1 });
    expect(r.language).to.equal('en');
    expect(r.mode).to.equal('issues');
    expectPartition(r, FORUM_EN);
    const led = r.themes.filter((t) => t.issue);
    expect(led.length).to.be.at.least(2);
    for (const t of led) {
      const entry = DEFAULT_ISSUES.find((e) => e.id === t.issue)!;
      expect(t.label.startsWith(entry.labelEn!), t.label).to.equal(true);
    }
    for (const issue of new Set(FORUM_EN.map((f) => f.expected))) expect(majorityTheme(r, FORUM_EN, issue), issue).to.equal(issue);
  });

  it('describes each theme consistently with its members', () => {
    const byId = new Map(FORUM.map((f) => [f.id, f]));
    const participants = new Set(FORUM.map((f) => f.participantId)).size;
    for (const t of auto.themes) {
      const members = t.members.map((id) => byId.get(id)!);
      expect(t.votes).to.equal(members.reduce((s, m) => s + (m.votes ?? 0), 0));
      expect(t.participants).to.equal(new Set(members.map((m) => m.participantId)).size);
      expect(t.participantShare).to.be.closeTo(t.participants / participants, 1e-4);
      expect(Object.values(t.roles).reduce((a, b) => a + b, 0)).to.equal(t.size);
      expect(Object.values(t.sessions).reduce((a, b) => a + b, 0)).to.equal(t.size);
      expect(t.representatives.length).to.be.within(1, 3);
      for (const rep of t.representatives) expect(t.members).to.include(rep.id);
      expect(t.keywords.length).to.be.greaterThan(0);
      expect(t.cohesion).to.be.within(-1, 1);
    }
    expect(auto.stats).to.deep.include({ items: FORUM.length, empty: 0, participants });
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
    const pair = [
      { id: 'a', text: 'Pelatihan SDM kreatif' },
      { id: 'b', text: 'Akses permodalan UMKM' },
    ];
    expect(synthesise(pair).items.every((i) => i.nearestThemeId !== null)).to.equal(true);
    expect(synthesise(pair, { k: 2 }).themes).to.have.length(2);
  });

  it('reports progress by stage, ending at 1', () => {
    const seen: Array<[number, string]> = [];
    synthesise(FORUM.slice(0, 10), { onProgress: (f, s) => seen.push([f, s]) });
    expect(seen[0]).to.deep.equal([0, 'analyse']);
    expect(seen[seen.length - 1]).to.deep.equal([1, 'done']);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).to.be.at.least(seen[i - 1]![0]);
  });
});
