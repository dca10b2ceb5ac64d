import { expect } from 'chai';
import mongoose, { Types } from 'mongoose';
import { DomainBus } from '../server/shared/bus.js';
import { Suggestion, type SuggestionDoc } from '../server/suggestions/suggestion.model.js';
import type { SuggestionStatus } from '../server/suggestions/suggestions.rules.js';
import { createRecentWindow, type LoadRecent, type WindowOptions } from '../server/suggestions/recent-window.js';
import { queryRecent, recountVotes } from '../server/suggestions/suggestions.service.js';
import { Vote } from '../server/suggestions/vote.model.js';
import { fromWire, toWire } from '../server/suggestions/window-relay.js';
import type { FeedView, OwnView } from '../server/suggestions/suggestion.presenter.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { emitWithAck } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';

const T0 = Date.parse('2026-05-01T02:00:00Z');
const ids = (docs: SuggestionDoc[]) => docs.map((d) => `${String(d._id)}:${d.status}:${d.text}`);
const READS: [SuggestionStatus[], number][] = [
  [['approved'], 5],
  [['approved'], 20],
  [['pending'], 20],
  [['approved', 'pending'], 20],
  [['approved', 'pending'], 7],
];

/**
 * A window over a real database: every change is written to the database first and then emitted on
 * the bus, as the services do, and each read must equal the database query (recent() before the window).
 */
function rig(options: Partial<WindowOptions> = {}) {
  const bus = new DomainBus();
  const sessionId = new Types.ObjectId();
  let loads = 0;
  const load: LoadRecent = (sid, statuses, limit) => {
    loads++;
    return queryRecent(sid, statuses, limit);
  };
  const window = createRecentWindow({ bus, load }, { size: 20, slack: 5, ...options });
  let n = 0;
  return {
    bus,
    sessionId,
    window,
    loads: () => loads,
    /** Stores a suggestion created `minute` minutes after T0 (the bus hears of it unless `quiet`). */
    async add(status: SuggestionStatus, minute: number, quiet = false): Promise<SuggestionDoc> {
      const at = new Date(T0 + minute * 60_000 + n);
      const doc = (
        await Suggestion.create({ sessionId, participantId: new Types.ObjectId(), clientId: `c${n++}`, text: `usulan ${n}`, status, createdAt: at, updatedAt: at })
      ).toObject() as SuggestionDoc;
      if (!quiet) bus.emit('suggestion.changed', { suggestion: doc, from: null });
      return doc;
    },
    async set(doc: SuggestionDoc, set: Partial<SuggestionDoc>): Promise<SuggestionDoc> {
      const after = (await Suggestion.findOneAndUpdate({ _id: doc._id }, { $set: set, $inc: { version: 1 } }, { returnDocument: 'after' }).lean<SuggestionDoc>())!;
      bus.emit('suggestion.changed', { suggestion: after, from: doc.status });
      return after;
    },
    async same(reads = READS): Promise<void> {
      for (const [statuses, limit] of reads) {
        expect(ids(await window.recent(sessionId, statuses, limit)), `${statuses.join('+')} ${limit}`).to.deep.equal(ids(await queryRecent(sessionId, statuses, limit)));
      }
    },
  };
}

describe('recent window', () => {
  useDatabase('recent-window');

  it('loads once on first read and then answers from memory, as the database would', async () => {
    const r = rig();
    for (let i = 0; i < 12; i++) await r.add(i % 3 ? 'approved' : 'pending', i * 2, true);
    await r.add('rejected', 30, true);
    await r.same();
    expect(r.loads()).to.equal(1);
    await r.same();
    expect(r.loads()).to.equal(1);
    expect(r.window.held()).to.deep.equal({ sessions: 1, suggestions: 12 });
  });

  it('inserts new suggestions at their createdAt place; other statuses and other sessions stay out', async () => {
    const r = rig();
    for (let i = 0; i < 6; i++) await r.add('approved', i * 10, true);
    await r.same();
    await r.add('approved', 25); // between two held ones
    await r.add('pending', 100);
    await r.add('approved', -5); // older than all: still inside, the session has fewer than the window
    await r.add('rejected', 50);
    const other = rig();
    await other.add('approved', 60);
    r.bus.emit('suggestion.changed', { suggestion: (await Suggestion.findOne({ sessionId: other.sessionId }).lean<SuggestionDoc>())!, from: null });
    await r.same();
    expect(r.loads()).to.equal(1);
  });

  it('follows status changes in and out of the window, edits and votes', async () => {
    const r = rig();
    const docs: SuggestionDoc[] = [];
    for (let i = 0; i < 10; i++) docs.push(await r.add('pending', i, true));
    await r.same();
    await r.set(docs[0]!, { status: 'approved' });
    await r.set(docs[1]!, { status: 'rejected' });
    const hidden = await r.set(docs[2]!, { status: 'approved' });
    await r.same();
    await r.set(hidden, { status: 'hidden' });
    await r.set(docs[3]!, { status: 'merged' });
    await r.set(docs[4]!, { status: 'withdrawn' });
    await r.set(docs[5]!, { text: 'teks baru' });
    await r.same();
    const back = await r.set((await Suggestion.findById(docs[1]!._id).lean<SuggestionDoc>())!, { status: 'approved' }); // rejected, then approved after all
    await Suggestion.updateOne({ _id: back._id }, { $set: { votes: 3 } });
    r.bus.emit('suggestion.changed', { suggestion: { ...back, votes: 3 } }); // a vote: same version, no status move
    await r.same();
    expect((await r.window.recent(r.sessionId, ['approved'], 20)).find((d) => d._id.equals(back._id))?.votes).to.equal(3);
    expect(r.loads()).to.equal(1);
  });

  it('ignores a late copy of an older change (a relayed event after the local one)', async () => {
    const r = rig();
    const doc = await r.add('pending', 1);
    await r.same();
    const rejected = await r.set(doc, { status: 'rejected' });
    r.bus.emit('suggestion.changed', { suggestion: doc, from: null }); // the submission's event, arriving last
    await r.same();
    await r.set(rejected, { status: 'approved' });
    r.bus.emit('suggestion.changed', { suggestion: rejected }); // and the rejection's, late too
    await r.same();
  });

  it('keeps the later of two vote counts that arrive out of order (recounts relayed from two instances)', async () => {
    const r = rig();
    const doc = await r.set(await r.add('pending', 1), { status: 'approved' });
    await r.same();
    // Two phones vote on two instances; each instance recounts and relays what it counted.
    const vote = async () => {
      await Vote.create({ suggestionId: doc._id, participantId: new Types.ObjectId(), sessionId: r.sessionId, createdAt: new Date() });
      return (await recountVotes(doc._id))!;
    };
    const first = await vote();
    const second = await vote();
    expect([first.votes, second.votes]).to.deep.equal([1, 2]);
    r.bus.emit('suggestion.changed', { suggestion: second });
    r.bus.emit('suggestion.changed', { suggestion: first }); // the older count, arriving last
    await r.same();
    expect((await r.window.recent(r.sessionId, ['approved'], 20))[0]?.votes).to.equal(2);
  });

  it('keeps at most size + slack per status, and stays exact through trims, limits and leavers', async () => {
    const r = rig({ size: 20, slack: 5 });
    const docs: SuggestionDoc[] = [];
    for (let i = 0; i < 40; i++) docs.push(await r.add('approved', i, true));
    await r.same();
    for (let i = 40; i < 60; i++) docs.push(await r.add(i % 4 ? 'approved' : 'pending', i));
    await r.same();
    expect(r.window.held().suggestions).to.be.at.most(50);
    const loads = r.loads();
    for (const d of docs.slice(-5)) await r.set(d, { status: 'rejected' }); // five leave: the slack absorbs them
    await r.same();
    expect(r.loads(), 'no reload within the slack').to.equal(loads);
    for (const d of docs.slice(-12, -5)) await r.set(d, { status: 'rejected' }); // more: a read of 20 loads once more
    await r.same();
    expect(r.loads()).to.equal(loads + 1);
    await r.same([[['approved'], 21]]); // more than the window: straight to the database
    expect(r.loads()).to.equal(loads + 2);
    await r.same([[['approved', 'rejected'], 10]]);
  });

  it('reads approved ones from behind a flood of waiting ones (a status loaded alone)', async () => {
    const r = rig({ size: 20, slack: 5 });
    for (let i = 0; i < 30; i++) await r.add('approved', i, true);
    for (let i = 30; i < 80; i++) await r.add('pending', i, true);
    await r.same([[['approved', 'pending'], 20]]);
    expect(r.loads()).to.equal(1);
    await r.same([[['approved'], 20]]); // none of the first load's 25 was approved
    expect(r.loads()).to.equal(2);
    await r.same();
    expect(r.loads()).to.equal(2);
  });

  it('drops a session on a bulk change and loads it again at the next read', async () => {
    const r = rig();
    for (let i = 0; i < 5; i++) await r.add('approved', i, true);
    await r.same();
    for (let i = 5; i < 10; i++) await r.add('approved', i, true); // an import: stored, then one event
    r.bus.emit('suggestions.bulk', { sessionId: String(r.sessionId), count: 5, approved: true });
    expect(r.window.held().sessions).to.equal(0);
    await r.same();
    expect(r.loads()).to.equal(2);
  });

  it('applies changes that arrive while it loads, over what the load read', async () => {
    const bus = new DomainBus();
    const sessionId = new Types.ObjectId();
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const window = createRecentWindow({ bus, load: async (sid, statuses, limit) => {
      const docs = await queryRecent(sid, statuses, limit);
      await gate;
      return docs;
    } }, { size: 20, slack: 5 });
    const at = new Date(T0);
    const doc = (await Suggestion.create({ sessionId, participantId: new Types.ObjectId(), clientId: 'load1', text: 'lama', status: 'pending', createdAt: at, updatedAt: at })).toObject() as SuggestionDoc;
    const reading = window.recent(sessionId, ['approved', 'pending'], 20);
    await new Promise((r) => setTimeout(r, 50)); // the load has read the database, not returned yet
    const approved = (await Suggestion.findOneAndUpdate({ _id: doc._id }, { $set: { status: 'approved' }, $inc: { version: 1 } }, { returnDocument: 'after' }).lean<SuggestionDoc>())!;
    bus.emit('suggestion.changed', { suggestion: approved, from: 'pending' });
    release();
    expect((await reading).map((d) => d.status)).to.deep.equal(['approved']);
  });

  it('a suggestion relayed to another instance (JSON through the adapter) arrives as the same lean document', async () => {
    const r = rig();
    const doc = await r.set(await r.add('pending', 1, true), { status: 'merged', mergedInto: new Types.ObjectId(), personId: new Types.ObjectId() });
    const relayed = fromWire(JSON.parse(JSON.stringify(toWire(doc))) as ReturnType<typeof toWire>);
    expect(relayed).to.deep.equal(doc);
    expect(relayed.createdAt).to.be.instanceOf(Date);
    expect(relayed.sessionId).to.be.instanceOf(Types.ObjectId);
  });

  it('evicts sessions not read for the idle time', async () => {
    let now = Date.now();
    const r = rig({ idleMs: 60_000, now: () => now });
    await r.add('approved', 1, true);
    await r.same();
    now += 30_000;
    r.window.evictIdle();
    expect(r.window.held().sessions).to.equal(1);
    now += 61_000;
    r.window.evictIdle();
    expect(r.window.held().sessions).to.equal(0);
    await r.same();
    expect(r.loads()).to.equal(2);
  });
});

describe('recent window behind the real services', () => {
  useDatabase('recent-window-live');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer();
  });
  after(() => srv.close());

  it('after submissions, approvals, rejections, edits, withdrawals, votes and merges, recent() equals the database query', async () => {
    const live = await liveSession(srv, { settings: { preModeration: true, voting: true } });
    const sid = live.session._id;
    const reads: [SuggestionStatus[], number][] = [[['approved'], 200], [['approved'], 1000], [['approved', 'pending'], 3000], [['pending'], 5]];
    const same = async (when: string) => {
      for (const [statuses, limit] of reads) {
        const [held, db] = [await srv.services.suggestions.recent(sid, statuses, limit), await queryRecent(sid, statuses, limit)];
        expect(ids(held), `${when}: ${statuses.join('+')} ${limit}`).to.deep.equal(ids(db));
      }
    };
    await same('empty');
    const phones = [await live.participant(), await live.participant(), await live.participant()];
    const sent: OwnView[] = [];
    for (let i = 0; i < 24; i++) {
      const phone = phones[i % 3]!;
      sent.push((await emitWithAck<{ suggestion: OwnView }>(phone.socket, 'suggestion:submit', { clientId: clientId(), text: `Usulan nomor ${i} soal ruang kreatif` })).suggestion);
    }
    await same('submitted');
    await emitWithAck(live.moderator, 'mod:approve', { ids: sent.slice(0, 16).map((s) => s.id) });
    await emitWithAck(live.moderator, 'mod:reject', { ids: sent.slice(16, 19).map((s) => s.id), reason: 'di luar topik' });
    await same('moderated');
    await emitWithAck(phones[1]!.socket, 'suggestion:edit', { id: sent[22]!.id, text: 'Usulan diperbaiki' });
    await emitWithAck(phones[2]!.socket, 'suggestion:withdraw', { id: sent[23]!.id });
    const voted = await emitWithAck<FeedView>(phones[1]!.socket, 'suggestion:vote', { id: sent[0]!.id, on: true });
    expect(voted.votes).to.equal(1);
    await emitWithAck(live.moderator, 'mod:reject', { ids: [sent[3]!.id] }); // approved, then rejected
    await emitWithAck(live.moderator, 'mod:merge', { id: sent[4]!.id, into: sent[5]!.id });
    await same('edited, withdrawn, voted, merged');
    await emitWithAck(live.moderator, 'mod:unmerge', { id: sent[4]!.id });
    await emitWithAck(live.moderator, 'mod:approve', { ids: [sent[16]!.id] }); // rejected, then approved
    await same('unmerged, approved again');
    expect((await srv.services.suggestions.recent(sid, ['approved'], 200)).find((d) => String(d._id) === sent[0]!.id)?.votes).to.equal(1);

    // What the live views read no longer queries the suggestions collection (each query is a full scan on FerretDB).
    let queried = 0;
    mongoose.set('debug', (collection: string, method: string) => {
      if (collection === 'suggestions' && method === 'find') queried++;
    });
    try {
      for (const [statuses, limit] of reads) await srv.services.suggestions.recent(sid, statuses, limit);
      await emitWithAck(phones[0]!.socket, 'suggestion:similar', { text: 'usulan ruang kreatif nomor' });
      await live.participant(); // a phone joining reads the feed
    } finally {
      mongoose.set('debug', false);
    }
    expect(queried).to.equal(0);
    live.close();
  });
});
