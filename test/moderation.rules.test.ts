import { expect } from 'chai';
import { atVersion, staleDocs, toTargets } from '../server/moderation/moderation.rules.js';
import { supporterCount } from '../server/suggestions/suggestions.rules.js';
import { bulkTargets, visibleItems, type Filter } from '../public/src/moderator/queue.js';
import type { ModeratorView } from '../server/suggestions/suggestion.presenter.js';

const view = (id: string, status: ModeratorView['status'], createdAt: string, extra: Partial<ModeratorView> = {}): ModeratorView => ({
  id, text: `usulan ${id}`, promptId: null, category: null, authorName: null, votes: 0, pinned: false, highlighted: false, createdAt,
  status, originalText: null, rejectReason: null, mergedInto: null, role: null, organisation: null, author: 'P-1', source: 'live', version: 0, updatedAt: createdAt, ...extra,
});
const all: Filter = { status: '', prompt: '', role: '', category: '', q: '', newestFirst: true };

describe('moderation rules (pure)', () => {
  it('pairs ids with the versions seen, and finds the ones that changed since', () => {
    expect(toTargets(['a', 'b'], [3, 0])).to.deep.equal([{ id: 'a', version: 3 }, { id: 'b', version: 0 }]);
    expect(toTargets(['a'])).to.deep.equal([{ id: 'a' }]);
    const docs = [{ _id: 'a', version: 4 }, { _id: 'b' }, { _id: 'c', version: 1 }];
    // a moved on (4 != 3); b has no version yet and counts as 0; c was sent without a version: unchecked.
    expect(staleDocs(docs, [{ id: 'a', version: 3 }, { id: 'b', version: 0 }, { id: 'c' }]).map((d) => d._id)).to.deep.equal(['a']);
    expect(atVersion(2)).to.deep.equal({ version: 2 });
    expect(atVersion(0)).to.have.property('$or');
  });

  it('counts supporters once each: voters and merged authors, never the author', () => {
    expect(supporterCount('a', ['b', 'c', 'b', 'a'], ['b', 'd'])).to.equal(3);
    expect(supporterCount('a', [], [])).to.equal(0);
  });

  it('lists newest first (pinned on top), or oldest first when turned round', () => {
    const items = [view('1', 'pending', '2026-01-01T10:00:00Z'), view('2', 'pending', '2026-01-01T10:05:00Z'), view('3', 'approved', '2026-01-01T10:01:00Z', { pinned: true })];
    expect(visibleItems(items, all).map((s) => s.id)).to.deep.equal(['3', '2', '1']);
    expect(visibleItems(items, { ...all, newestFirst: false }).map((s) => s.id)).to.deep.equal(['3', '1', '2']);
    expect(visibleItems(items, { ...all, status: 'pending' }).map((s) => s.id)).to.deep.equal(['2', '1']);
  });

  it('acts in bulk only on what is selected, shown and fit for the action', () => {
    const items = [view('1', 'pending', 't1'), view('2', 'approved', 't2'), view('3', 'rejected', 't3'), view('4', 'pending', 't4')];
    const shown = visibleItems(items, { ...all, status: 'pending' });
    const selected = new Set(['1', '2', '3', '4']);
    expect(bulkTargets(shown, selected, 'reject').map((s) => s.id).sort()).to.deep.equal(['1', '4']);
    expect(bulkTargets(visibleItems(items, all), selected, 'approve').map((s) => s.id).sort()).to.deep.equal(['1', '3', '4']);
  });
});
