import { expect } from 'chai';
import { synthesise } from '../../server/synthesis/index.js';
import { foldIn, type FoldInFit } from '../../server/synthesis/fold-in.js';
import type { SynthesisResult } from '../../server/synthesis/types.js';
import { HELDOUT_FORUM } from './fixtures/forum-heldout.js';

const fitOf = (r: SynthesisResult): FoldInFit => ({ themes: r.themes, other: r.other.members });
const themeOf = (result: ReturnType<typeof foldIn>, id: string): string => result.themes.find((t) => t.members.includes(id))?.id ?? 'other';

describe('synthesis: fold-in (new suggestions joined to the last clustering)', () => {
  const items = HELDOUT_FORUM.map((s, i) => ({ id: String(i), text: s.text }));
  /** every fourth suggestion arrives after the clustering */
  const late = new Set(items.filter((_, i) => i % 4 === 3).map((it) => it.id));
  const fit = synthesise(
    items.filter((it) => !late.has(it.id)),
    { k: 8, seed: 1 },
  );

  it('files new suggestions under the strategic issue they ask for, as well as clustering them all again does', () => {
    const folded = foldIn(fitOf(fit), items);
    expect(folded.added).to.equal(late.size);
    const lateItems = items.filter((it) => late.has(it.id));
    const truth = lateItems.map((it) => HELDOUT_FORUM[Number(it.id)]!.issue);
    const issueOf = (themeId: string): string => fit.themes.find((t) => t.id === themeId)?.issue ?? 'other';
    const foldedIssues = lateItems.map((it) => issueOf(themeOf(folded, it.id)));
    const again = synthesise(items, { k: 8, seed: 1 });
    const againIssues = lateItems.map((it) => again.themes.find((t) => t.members.includes(it.id))?.issue ?? 'other');
    const right = (issues: string[]): number => issues.filter((issue, i) => issue === truth[i]).length;
    // 9 of 12 here; clustering all again files 10.
    expect(right(foldedIssues)).to.be.at.least(Math.max(0.7 * truth.length, right(againIssues) - 1));
  });

  it('keeps every earlier placement, labels and ids; suggestions that are gone leave their theme', () => {
    const gone = fit.themes[0]!.members.slice(0, 2);
    const folded = foldIn(
      fitOf(fit),
      items.filter((it) => !gone.includes(it.id)),
    );
    expect(folded.removed).to.equal(2);
    expect(folded.themes.map((t) => [t.id, t.label])).to.deep.equal(fit.themes.map((t) => [t.id, t.label]));
    for (const t of fit.themes) expect(folded.themes.find((f) => f.id === t.id)?.members).to.include.members(t.members.filter((id) => !gone.includes(id)));
    for (const id of gone) expect(folded.themes.flatMap((t) => t.members)).not.to.include(id);
  });

  it('leaves in "other" what the clustering put there, and a new text near no theme and naming no issue', () => {
    const fitWithOther: FoldInFit = { themes: fit.themes, other: [items[0]!.id] };
    const stranger = { id: 'x', text: 'Zebra quokka platypus wombat' };
    const folded = foldIn(fitWithOther, [...items, stranger]);
    expect(folded.other).to.include.members([items[0]!.id, 'x']);
    expect(folded.themes.flatMap((t) => t.members)).not.to.include(items[0]!.id);
  });

  it('joins open themes (no strategic issue) by their centres', () => {
    const topics = [
      ['recipe', 'soup', 'garlic', 'oven', 'bake'],
      ['football', 'goal', 'referee', 'league', 'striker'],
      ['compiler', 'bug', 'javascript', 'function', 'server'],
    ];
    const texts = topics.flatMap((words, t) => Array.from({ length: 10 }, (_, i) => ({ id: `${t}-${i}`, text: `${words[i % 5]} ${words[(i + 1) % 5]} ${words[(i + 2) % 5]}` })));
    const first = synthesise(
      texts.filter((x) => !x.id.endsWith('-9')),
      { k: 3, seed: 1 },
    );
    expect(first.mode).to.equal('open');
    const folded = foldIn(fitOf(first), texts);
    for (let t = 0; t < 3; t++) expect(themeOf(folded, `${t}-9`)).to.equal(themeOf(folded, `${t}-0`));
  });
});
