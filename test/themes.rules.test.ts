import { expect } from 'chai';
import { applyEdits, splitThemeId, type InputFacts, type StoredEdit, type ThemeEdit } from '../server/themes/edits.rules.js';
import type { SynthesisResult, Theme } from '../server/synthesis/types.js';

function theme(id: string, label: string, members: string[]): Theme {
  return {
    id,
    carriedOver: false,
    label,
    keyphrases: [{ key: label.toLowerCase(), text: label.toLowerCase(), weight: 1 }],
    keywords: [],
    members,
    representatives: members.slice(0, 2).map((m) => ({ id: m, text: `text ${m}`, similarity: 0.9, votes: 0 })),
    size: members.length,
    votes: 0,
    participants: 0,
    participantShare: 0,
    cohesion: 0.5,
    roles: {},
    sessions: {},
    subsectors: [{ id: 'musik', label: 'Musik', count: 1, share: 0.5 }],
    issues: [],
  };
}

const result: SynthesisResult = {
  version: 1,
  seed: 1,
  k: 3,
  kMode: 'auto',
  kScores: [],
  themes: [theme('A', 'Pelatihan', ['1', '2', '3']), theme('B', 'Permodalan', ['4', '5']), theme('C', 'Festival', ['6', '7'])],
  other: { members: ['8'], size: 1 },
  items: ['1', '2', '3', '4', '5', '6', '7', '8'].map((id) => ({ id, themeId: null, nearestThemeId: null, similarity: 0, subsectors: id === '6' || id === '7' ? ['musik'] : [], issues: [] })),
  duplicates: [],
  stats: { items: 8, empty: 0, vocabulary: 10, participants: 4 },
};
const inputs: InputFacts[] = ['1', '2', '3', '4', '5', '6', '7', '8'].map((id, i) => ({
  id,
  text: `text ${id}`,
  participantId: `p${i % 4}`,
  role: i % 2 ? 'bisnis' : 'komunitas',
  sessionId: 's1',
  votes: i,
}));
let n = 0;
const e = (edit: ThemeEdit): StoredEdit => ({ id: `e${++n}`, at: '2026-11-28T00:00:00Z', by: 'Ani', edit });

describe('planner edits on themes (pure)', () => {
  it('without edits, shows the engine themes with statistics recomputed from the inputs', () => {
    const v = applyEdits(result, inputs, []);
    expect(v.themes.map((t) => [t.id, t.label, t.size])).to.deep.equal([['A', 'Pelatihan', 3], ['B', 'Permodalan', 2], ['C', 'Festival', 2]]);
    expect(v.themes[0]).to.deep.include({ votes: 0 + 1 + 2, participants: 3, roles: { komunitas: 2, bisnis: 1 } });
    expect(v.themes[2]!.subsectors).to.deep.equal([{ id: 'musik', label: 'Musik', count: 2, share: 1 }]);
    expect(v.other).to.deep.equal(['8']);
  });

  it('renames, hides, moves, merges and splits, in order', () => {
    const v = applyEdits(result, inputs, [
      e({ type: 'rename', themeId: 'A', label: 'SDM Kreatif' }),
      e({ type: 'move', suggestionId: '8', toThemeId: 'B' }),
      e({ type: 'merge', themeId: 'B', otherIds: ['C'] }),
      e({ type: 'split', themeId: 'A', memberIds: ['2', '3'], label: 'Pelatihan Desain' }),
      e({ type: 'hide', themeId: 'A' }),
    ]);
    const byId = Object.fromEntries(v.themes.map((t) => [t.id, t]));
    expect(byId.A).to.deep.include({ label: 'SDM Kreatif', labelByPlanner: true, hidden: true, members: ['1'] });
    expect(byId.B!.members).to.deep.equal(['4', '5', '8', '6', '7']);
    expect(byId.C).to.equal(undefined);
    const split = byId[splitThemeId(['2', '3'])]!;
    expect(split).to.deep.include({ label: 'Pelatihan Desain', members: ['2', '3'] });
    expect(v.themes.map((t) => t.id).indexOf(split.id)).to.equal(1); // right after the theme it came from
    expect(v.other).to.deep.equal(['1']); // a hidden theme's members count as other
    expect(v.skipped).to.deep.equal([]);
  });

  it('skips edits that name themes or suggestions not in this run, instead of guessing', () => {
    const v = applyEdits(result, inputs, [e({ type: 'rename', themeId: 'Z', label: 'x' }), e({ type: 'move', suggestionId: '99', toThemeId: 'A' }), e({ type: 'merge', themeId: 'A', otherIds: ['A'] })]);
    expect(v.skipped).to.have.length(3);
    expect(v.themes.map((t) => t.label)).to.deep.equal(['Pelatihan', 'Permodalan', 'Festival']);
  });

  it('gives a split the same id every time it is replayed, and moving to null sends to other', () => {
    expect(splitThemeId(['3', '2'])).to.equal(splitThemeId(['2', '3']));
    const v = applyEdits(result, inputs, [e({ type: 'move', suggestionId: '1', toThemeId: null })]);
    expect(v.other).to.have.members(['1', '8']);
    expect(v.themes[0]!.representatives.map((r) => r.id)).to.deep.equal(['2', '3', ]);
  });
});
