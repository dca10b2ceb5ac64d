import { expect } from 'chai';
import { ANCHOR_SAMPLE, anchorOf, matchAnchor } from '../server/themes/edit-anchors.rules.js';
import { anchorsFor, applyEdits, editProblem, type EditedSynthesis, type InputFacts, type StoredEdit, type ThemeEdit } from '../server/themes/edits.rules.js';
import type { SynthesisResult, Theme } from '../server/synthesis/types.js';

/** Fields newer engine versions add; spread so the fixture fits the engine's types before and after. */
const ENGINE_EXTRAS = { issue: null, mode: 'issues' as const, language: 'id' as const };

function result(themes: Record<string, string[]>, all: string[]): SynthesisResult {
  const list: Theme[] = Object.entries(themes).map(([id, members]) => ({
    ...ENGINE_EXTRAS,
    id,
    carriedOver: false,
    label: `engine ${id}`,
    keyphrases: [],
    keywords: [],
    members,
    representatives: [],
    size: members.length,
    votes: 0,
    participants: 0,
    participantShare: 0,
    cohesion: 0.5,
    roles: {},
    sessions: {},
    subsectors: [],
    issues: [],
  }));
  const inTheme = new Set(list.flatMap((t) => t.members));
  const other = all.filter((id) => !inTheme.has(id));
  return {
    ...ENGINE_EXTRAS,
    version: 1,
    seed: 1,
    k: list.length,
    kMode: 'fixed',
    kScores: [],
    themes: list,
    other: { members: other, size: other.length },
    items: all.map((id) => ({ id, themeId: list.find((t) => t.members.includes(id))?.id ?? null, nearestThemeId: null, similarity: 0, subsectors: [], issues: [] })),
    duplicates: [],
    stats: { items: all.length, empty: 0, vocabulary: 0, participants: 0 },
  };
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const EDIT_AT = '2026-11-28T10:00:00.000Z';
const facts = (list: string[], createdAt = '2026-11-28T09:00:00.000Z'): InputFacts[] => list.map((id) => ({ id, text: `text ${id}`, createdAt }));

/** Makes edits the way the service does: each on the view of the edits before it, with anchors. */
function edit(r: SynthesisResult, inputs: InputFacts[], edits: ThemeEdit[]): StoredEdit[] {
  const stored: StoredEdit[] = [];
  for (const [i, e] of edits.entries()) {
    const view = applyEdits(r, inputs, stored);
    expect(editProblem(view, e, 1), JSON.stringify(e)).to.equal(null);
    stored.push({ id: `e${i + 1}`, at: EDIT_AT, by: 'Ani', edit: e, anchors: anchorsFor(view, e) });
  }
  return stored;
}
const byLabel = (v: EditedSynthesis, label: string) => v.themes.find((t) => t.label === label);

// Run 1: four themes of ten.
const A = ids('a', 10);
const B = ids('b', 10);
const C = ids('c', 10);
const D = ids('d', 10);
const ALL = [...A, ...B, ...C, ...D];
const run1 = result({ T1: A, T2: B, T3: C, T4: D }, ALL);

describe('planner edits follow the suggestions into other runs (pure)', () => {
  it('anchors keep a small theme whole and sample a large one evenly, enough to estimate the overlap', () => {
    expect(anchorOf('x', A).sample).to.deep.equal(A);
    const big = ids('m', 2000);
    const anchor = anchorOf('big', big);
    expect(anchor.sample).to.have.length(ANCHOR_SAMPLE);
    expect(anchorOf('big', [...big].reverse()).sample).to.have.members(anchor.sample); // order does not matter
    const half = big.slice(0, 1000);
    const [match] = matchAnchor(anchor, 'x', { members: new Map([['h', half]]), themeOf: new Map(half.map((id) => [id, 'h'])) }, () => true);
    expect(match!.score).to.be.closeTo(0.5, 0.1);
    expect(match!.share).to.be.closeTo(1, 0.2);
  });

  it('a re-run with new ids and more themes: each edit lands on the theme holding the same suggestions', () => {
    const inputs = facts(ALL);
    const edits = edit(run1, inputs, [
      { type: 'rename', themeId: 'T1', label: 'Pelatihan SDM' },
      { type: 'hide', themeId: 'T4' },
      { type: 'move', suggestionId: 'c0', toThemeId: 'T2' },
      { type: 'merge', themeId: 'T2', otherIds: ['T3'] },
      { type: 'split', themeId: 'T1', memberIds: ['a8', 'a9'], label: 'Bootcamp' },
    ]);
    const mine = applyEdits(run1, inputs, edits);
    expect(mine.skipped).to.deep.equal([]);

    // Run 2 (more themes): T1 keeps most of A under a new id, D splits in two, B and C come apart.
    const run2 = result({ N1: A.slice(0, 8), N2: A.slice(8), N3: B, N4: C, N5: D.slice(0, 6), N6: D.slice(6) }, ALL);
    const v = applyEdits(run2, inputs, edits);
    expect(v.skipped).to.deep.equal([]);
    expect(byLabel(v, 'Pelatihan SDM')!.members).to.have.members(A.slice(0, 8));
    expect(byLabel(v, 'Bootcamp')!.members).to.have.members(['a8', 'a9']);
    // the hidden theme stays hidden in both of its parts
    expect(v.themes.filter((t) => t.hidden).flatMap((t) => t.members)).to.have.members(D);
    expect(v.other).to.include.members(D);
    // merge and move: B, C (c0 included) are one theme again
    expect(v.themes.find((t) => t.members.includes('b0'))!.members).to.have.members([...B, ...C]);
  });

  it('new suggestions added after an edit do not dilute the overlap', () => {
    const inputs = facts(ALL);
    const edits = edit(run1, inputs, [{ type: 'rename', themeId: 'T1', label: 'Pelatihan SDM' }]);
    // 30 new suggestions, written after the edit, all joining the theme that holds A (and 3 of A gone to other)
    const fresh = ids('n', 30);
    const more = [...inputs, ...facts(fresh, '2026-11-29T09:00:00.000Z')];
    const run3 = result({ X: [...A.slice(3), ...fresh], Y: [...B, ...C], Z: D }, [...ALL, ...fresh]);
    const v = applyEdits(run3, more, edits);
    expect(v.skipped).to.deep.equal([]);
    expect(byLabel(v, 'Pelatihan SDM')!.id).to.equal('X');
  });

  it('lists every edit that no longer applies, with its reason, instead of dropping it', () => {
    const inputs = facts(ALL);
    const edits = edit(run1, inputs, [
      { type: 'rename', themeId: 'T1', label: 'Pelatihan SDM' },
      { type: 'rename', themeId: 'T2', label: 'Permodalan' },
      { type: 'merge', themeId: 'T3', otherIds: ['T4'] },
      { type: 'move', suggestionId: 'b1', toThemeId: 'T1' },
      { type: 'split', themeId: 'T3', memberIds: ['d0', 'd1'], label: 'Festival' },
    ]);
    // Run 2: A's suggestions are withdrawn, B and C are one theme, C and D already together, d0/d1/b1 gone.
    const left = ALL.filter((id) => !A.includes(id) && !['d0', 'd1', 'b1'].includes(id));
    const run2 = result({ BC: [...B.filter((id) => id !== 'b1'), ...C.slice(0, 2)], CD: [...C.slice(2), ...D.slice(2)] }, left);
    const v = applyEdits(run2, facts(left), edits);
    const reasons = Object.fromEntries(v.skipped.map((s) => [s.id, [s.reason, s.theme, s.label]]));
    expect(reasons).to.deep.equal({
      e1: ['theme_gone', 'engine T1', 'Pelatihan SDM'],
      e3: ['already_together', 'engine T3', undefined],
      e4: ['suggestion_gone', 'Pelatihan SDM', undefined], // the name the planner saw then
      e5: ['members_gone', 'engine T3', 'Festival'],
    });
    expect(byLabel(v, 'Permodalan')!.id).to.equal('BC');
  });

  it('when the engine joins two renamed themes, the later name wins and the earlier rename is listed', () => {
    const inputs = facts(ALL);
    const edits = edit(run1, inputs, [
      { type: 'rename', themeId: 'T1', label: 'Pelatihan' },
      { type: 'rename', themeId: 'T2', label: 'Permodalan' },
      { type: 'rename', themeId: 'T2', label: 'Akses permodalan' },
    ]);
    expect(applyEdits(run1, inputs, edits).skipped).to.deep.equal([]); // renaming a theme twice is no conflict
    const v = applyEdits(result({ AB: [...A, ...B], C, D }, ALL), inputs, edits);
    expect(v.themes.find((t) => t.id === 'AB')!.label).to.equal('Akses permodalan');
    expect(v.skipped.map((s) => [s.id, s.reason])).to.deep.equal([['e1', 'superseded']]);
  });

  it('edits stored before anchors existed still apply by theme id', () => {
    const legacy: StoredEdit[] = [
      { id: 'old1', at: EDIT_AT, by: 'Ani', edit: { type: 'rename', themeId: 'T3', label: 'Lama' } },
      { id: 'old2', at: EDIT_AT, by: 'Ani', edit: { type: 'hide', themeId: 'GONE' } },
    ];
    const v = applyEdits(run1, facts(ALL), legacy);
    expect(v.themes.find((t) => t.id === 'T3')!.label).to.equal('Lama');
    expect(v.skipped.map((s) => [s.id, s.reason, s.theme])).to.deep.equal([['old2', 'theme_gone', 'GONE']]);
  });

  it('refuses new edits naming themes or suggestions the planner cannot see', () => {
    const view = applyEdits(run1, facts(ALL), []);
    expect(editProblem(view, { type: 'rename', themeId: 'nope', label: 'x' }, 3)).to.equal('edit: refers to a theme or suggestion not in version 3');
    expect(editProblem(view, { type: 'move', suggestionId: 'zz', toThemeId: 'T1' }, 3)).to.match(/^edit: refers/);
    expect(editProblem(view, { type: 'merge', themeId: 'T1', otherIds: ['T1'] }, 3)).to.equal('edit: merge needs another theme');
    expect(editProblem(view, { type: 'split', themeId: 'T1', memberIds: ['b0'], label: 'x' }, 3)).to.equal('edit: split members must belong to the theme');
    expect(anchorsFor(view, { type: 'merge', themeId: 'T1', otherIds: ['T2'] })).to.have.keys(['T1', 'T2']);
  });
});
