import { expect } from 'chai';
import { AuditEntry } from '../server/audit/audit.model.js';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import type { ModeratorView, OwnView, FeedView } from '../server/suggestions/suggestion.presenter.js';
import type { FeedChanges, ModeratorState, ProjectorState } from '../server/realtime/events.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { ackError, connectSocket, emitWithAck, waitForEvent } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';
import { signedInAgent } from './harness/factories.js';

type Submitted = { suggestion: OwnView };

describe('moderation over Socket.IO', () => {
  useDatabase('moderation');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer();
  });
  after(() => srv.close());

  it('approving reaches the author, the room, the projector and every other moderator at once', async () => {
    const live = await liveSession(srv);
    const other = await live.socket(live.agent.cookieHeader());
    await emitWithAck(other, 'mod:join', { sessionId: live.id });
    const projector = await live.socket(live.agent.cookieHeader());
    const pState = await emitWithAck<ProjectorState>(projector, 'projector:join', { sessionId: live.id });
    expect(pState.session.joinCode).to.equal(live.code);
    const author = await live.participant();
    const watcher = await live.participant();
    const res = await emitWithAck<Submitted>(author.socket, 'suggestion:submit', { clientId: clientId(), text: 'Ruang kreatif gratis untuk komunitas musik' });

    const own = waitForEvent<OwnView>(author.socket, 'own:upsert');
    const feed = waitForEvent<FeedChanges>(watcher.socket, 'feed:changes').then((c) => c.upserts[0]!);
    const proj = waitForEvent<FeedChanges>(projector, 'feed:changes').then((c) => c.upserts[0]!);
    const otherMod = waitForEvent<ModeratorView>(other, 'mod:upsert');
    const stats = waitForEvent<{ approved: number; participants: number }>(projector, 'session:stats');
    const keywords = waitForEvent<{ word: string }[]>(projector, 'projector:keywords', 4000);
    await emitWithAck(live.moderator, 'mod:approve', { ids: [res.suggestion.id] });
    expect((await own).status).to.equal('shown');
    expect((await feed).text).to.equal('Ruang kreatif gratis untuk komunitas musik');
    expect(await feed).not.to.have.property('participantId');
    expect((await proj).id).to.equal(res.suggestion.id);
    expect((await otherMod).status).to.equal('approved');
    expect(await stats).to.deep.include({ approved: 1, participants: 2 });
    // Filler (gratis) and forum-context words (kreatif) are no keywords: the synthesis analyser reads them.
    expect((await keywords).map((k) => k.word)).to.have.members(['ruang', 'komunitas', 'musik']);

    const removed = waitForEvent<FeedChanges>(watcher.socket, 'feed:changes');
    await emitWithAck(live.moderator, 'mod:reject', { ids: [res.suggestion.id], reason: 'Di luar topik' });
    expect(await removed).to.deep.equal({ upserts: [], removed: [res.suggestion.id] });
    expect((await Suggestion.findById(res.suggestion.id))?.rejectReason).to.equal('Di luar topik');
    live.close();
  });

  it("sends the room's feed changes of a moment together: a bulk approval is one message per phone, each suggestion once", async () => {
    const live = await liveSession(srv);
    const author = await live.participant();
    const watcher = await live.participant();
    const ids: string[] = [];
    for (const text of ['Galeri seni di stasiun', 'Pasar kreatif malam minggu', 'Kelas animasi untuk SMK', 'Hibah film pendek']) {
      ids.push((await emitWithAck<Submitted>(author.socket, 'suggestion:submit', { clientId: clientId(), text })).suggestion.id);
    }
    const messages: FeedChanges[] = [];
    watcher.socket.on('feed:changes', (c: FeedChanges) => messages.push(c));
    await emitWithAck(live.moderator, 'mod:approve', { ids });
    const [first] = await emitWithAck<ModeratorView[]>(live.moderator, 'mod:reject', { ids: [ids[0]!] }); // within the same moment
    expect(first?.status).to.equal('rejected');
    await new Promise((r) => setTimeout(r, 800));
    expect(messages).to.have.length(1);
    expect(messages[0]!.upserts.map((f) => f.id)).to.have.members(ids.slice(1));
    expect(messages[0]!.removed).to.deep.equal([ids[0]]);
    live.close();
  });

  it('keeps the original on edit, pins, highlights, tags, bulk-approves, and logs every action with before/after', async () => {
    const live = await liveSession(srv);
    const p = await live.participant();
    const ids: string[] = [];
    for (const text of ['hki utk desainer', 'Pelatihan fotografi produk', 'Pameran seni rupa']) {
      ids.push((await emitWithAck<Submitted>(p.socket, 'suggestion:submit', { clientId: clientId(), text })).suggestion.id);
    }
    const [edited] = await emitWithAck<ModeratorView[]>(live.moderator, 'mod:edit', { id: ids[0], text: 'Pendampingan HKI untuk desainer' });
    expect(edited).to.deep.include({ text: 'Pendampingan HKI untuk desainer', originalText: 'hki utk desainer' });
    await emitWithAck(live.moderator, 'mod:edit', { id: ids[0], text: 'Pendampingan HKI bagi desainer' });
    expect((await Suggestion.findById(ids[0]))?.originalText).to.equal('hki utk desainer');
    expect((await emitWithAck<ModeratorView[]>(live.moderator, 'mod:pin', { id: ids[1], on: true }))[0]!.pinned).to.equal(true);
    expect((await emitWithAck<ModeratorView[]>(live.moderator, 'mod:highlight', { id: ids[1], on: true }))[0]!.highlighted).to.equal(true);
    const tagged = await emitWithAck<ModeratorView[]>(live.moderator, 'mod:tag', { ids: [ids[1], ids[2]], category: 'Fotografi' });
    expect(tagged.map((t) => t.category)).to.deep.equal(['Fotografi', 'Fotografi']);
    expect((await ackError(emitWithAck(live.moderator, 'mod:tag', { ids: [ids[1]], category: 'Astrologi' }))).detail).to.match(/^category:/);
    const approved = await emitWithAck<ModeratorView[]>(live.moderator, 'mod:approve', { ids });
    expect(approved.map((a) => a.status)).to.deep.equal(['approved', 'approved', 'approved']);
    expect((await ackError(emitWithAck(live.moderator, 'mod:approve', { ids: [ids[0]] }))).id).to.equal('conflict');

    const log = await AuditEntry.find({ sessionId: live.session._id }).sort({ at: 1 }).lean();
    const actions = log.map((l) => l.action);
    expect(actions).to.include.members(['session.create', 'session.open', 'suggestion.edit', 'suggestion.pin', 'suggestion.highlight', 'suggestion.tag', 'suggestion.approve']);
    const editEntry = log.find((l) => l.action === 'suggestion.edit')!;
    expect(editEntry.before).to.deep.include({ text: 'hki utk desainer' });
    expect(editEntry.after).to.deep.include({ text: 'Pendampingan HKI untuk desainer' });
    expect(editEntry.actorName).to.equal('Staf Uji');

    const page = await live.agent.get(`/sessions/${live.id}/audit`);
    expect(page.status).to.equal(200);
    expect(page.text).to.contain('mengedit').and.contain('hki utk desainer');
    live.close();
  });

  it('merges a duplicate: its supporters count for the target, and undo restores both', async () => {
    const live = await liveSession(srv, { settings: { preModeration: false } });
    const [a, b, c] = [await live.participant(), await live.participant(), await live.participant()];
    const target = (await emitWithAck<Submitted>(a.socket, 'suggestion:submit', { clientId: clientId(), text: 'Coworking space untuk startup' })).suggestion.id;
    const dup = (await emitWithAck<Submitted>(b.socket, 'suggestion:submit', { clientId: clientId(), text: 'Bikin co-working buat startup' })).suggestion.id;
    await emitWithAck(c.socket, 'suggestion:vote', { id: dup, on: true });
    await emitWithAck(b.socket, 'suggestion:vote', { id: target, on: true });
    await emitWithAck(c.socket, 'suggestion:vote', { id: target, on: true });

    const authorSees = waitForEvent<OwnView>(b.socket, 'own:upsert');
    const merged = await emitWithAck<ModeratorView[]>(live.moderator, 'mod:merge', { id: dup, into: target });
    expect(merged.find((m) => m.id === dup)).to.deep.include({ status: 'merged', mergedInto: target });
    expect(merged.find((m) => m.id === target)?.votes).to.equal(2); // b and c, c counted once
    expect((await authorSees).status).to.equal('merged');
    // A vote on the merged one counts for its target.
    const d = await live.participant();
    const viaMerged = await emitWithAck<FeedView>(d.socket, 'suggestion:vote', { id: dup, on: true });
    expect(viaMerged).to.deep.include({ id: target, votes: 3 });
    expect((await ackError(emitWithAck(live.moderator, 'mod:merge', { id: target, into: target }))).detail).to.match(/itself/);

    const undone = await emitWithAck<ModeratorView[]>(live.moderator, 'mod:unmerge', { id: dup });
    expect(undone.find((m) => m.id === dup)).to.deep.include({ status: 'approved', mergedInto: null, votes: 1 });
    expect(undone.find((m) => m.id === target)?.votes).to.equal(3);
    live.close();
  });

  it('keeps moderators to their session and roles: other sessions\u2019 ids and planners are refused', async () => {
    const one = await liveSession(srv);
    const two = await liveSession(srv);
    const p = await two.participant();
    const foreign = (await emitWithAck<Submitted>(p.socket, 'suggestion:submit', { clientId: clientId(), text: 'di sesi dua' })).suggestion.id;
    expect((await ackError(emitWithAck(one.moderator, 'mod:approve', { ids: [foreign] }))).id).to.equal('not_found');
    expect((await Suggestion.findById(foreign))?.status).to.equal('pending');
    const { agent } = await signedInAgent(srv.url, 'planner');
    const planner = await connectSocket(srv.url, agent.cookieHeader());
    expect((await ackError(emitWithAck(planner, 'mod:join', { sessionId: two.id }))).id).to.equal('forbidden');
    expect((await emitWithAck<ProjectorState>(planner, 'projector:join', { sessionId: two.id })).stats.pending).to.equal(1);
    expect((await ackError(emitWithAck(planner, 'mod:approve', { ids: [foreign] }))).id).to.equal('forbidden');
    const fresh = await connectSocket(srv.url, one.agent.cookieHeader());
    expect((await ackError(emitWithAck(fresh, 'mod:approve', { ids: [foreign] }))).detail).to.match(/join a session first/);
    expect((await ackError(emitWithAck(fresh, 'mod:join', { sessionId: '0123456789abcdef01234567' }))).id).to.equal('not_found');
    [planner, fresh].forEach((s) => s.disconnect());
    one.close();
    two.close();
  });

  it('switches the active prompt, adds prompts and changes settings live for everyone', async () => {
    const live = await liveSession(srv);
    const p = await live.participant();
    const second = live.state.session.prompts[1]!.id;
    const seen = waitForEvent<{ activePromptId: string }>(p.socket, 'session:state');
    await emitWithAck(live.moderator, 'session:prompt', { promptId: second });
    expect((await seen).activePromptId).to.equal(second);
    const res = await emitWithAck<Submitted>(p.socket, 'suggestion:submit', { clientId: clientId(), text: 'untuk pertanyaan kedua' });
    expect(res.suggestion.promptId).to.equal(second);
    const added = await emitWithAck<{ prompts: unknown[] }>(live.moderator, 'session:add-prompt', { text: 'Program apa yang paling mendesak?' });
    expect(added.prompts).to.have.length(3);
    const settings = await emitWithAck<{ settings: { preModeration: boolean; maxLength: number } }>(live.moderator, 'session:settings', { preModeration: false, maxLength: 280 });
    expect(settings.settings).to.deep.include({ preModeration: false, maxLength: 280 });
    expect((await ackError(emitWithAck(live.moderator, 'session:settings', { maxLength: 5 }))).detail).to.match(/^maxLength:/);
    expect((await ackError(emitWithAck(live.moderator, 'session:prompt', { promptId: '0123456789abcdef01234567' }))).detail).to.match(/^promptId:/);
    const state = await emitWithAck<ModeratorState>(live.moderator, 'mod:join', { sessionId: live.id });
    expect(state.suggestions.map((s) => s.text)).to.deep.equal(['untuk pertanyaan kedua']);
    live.close();
  });
});
