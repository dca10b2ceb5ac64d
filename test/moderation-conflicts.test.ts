import { expect } from 'chai';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import type { FeedView, ModeratorView, OwnView } from '../server/suggestions/suggestion.presenter.js';
import type { ModeratorState } from '../server/realtime/events.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { ackError, connectSocket, emitWithAck, waitForEvent } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';
import { signedInAgent } from './harness/factories.js';
import { id as idTexts } from '../server/i18n/id.js';
import { en as enTexts } from '../server/i18n/en.js';

type Submitted = { suggestion: OwnView };

describe('moderation conflicts: two moderators, merges that keep every voice', () => {
  useDatabase('moderation_conflicts');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer();
  });
  after(() => srv.close());

  /** A second moderator (another staff account) in the same console, over a real socket. */
  async function secondModerator(sessionId: string) {
    const { agent } = await signedInAgent(srv.url, 'moderator');
    const socket = await connectSocket(srv.url, agent.cookieHeader());
    const state = await emitWithAck<ModeratorState>(socket, 'mod:join', { sessionId });
    return { socket, state };
  }

  it('refuses a stale edit from the second moderator, sends them the fresh state, and keeps the first edit', async () => {
    const live = await liveSession(srv);
    const p = await live.participant();
    const id = (await emitWithAck<Submitted>(p.socket, 'suggestion:submit', { clientId: clientId(), text: 'pelatihan animasi' })).suggestion.id;
    const ani = live.moderator;
    const budi = await secondModerator(live.id);
    const seen = (await emitWithAck<ModeratorState>(ani, 'mod:join', { sessionId: live.id })).suggestions.find((s) => s.id === id)!;
    expect(seen.version).to.equal(0);

    // Both saw version 0. Ani edits first; Budi's edit, made on what he saw, must not overwrite hers.
    const [edited] = await emitWithAck<ModeratorView[]>(ani, 'mod:edit', { id, version: seen.version, text: 'Pelatihan animasi 3D untuk SMK' });
    expect(edited!.version).to.equal(1);
    const fresh = waitForEvent<ModeratorView>(budi.socket, 'mod:upsert');
    const refused = await ackError(emitWithAck(budi.socket, 'mod:edit', { id, version: 0, text: 'Pelatihan animasi' }));
    expect(refused.id).to.equal('stale');
    expect(refused.message).to.match(/baru saja diubah/);
    expect(await fresh).to.deep.include({ id, text: 'Pelatihan animasi 3D untuk SMK', version: 1 });
    expect((await Suggestion.findById(id))?.text).to.equal('Pelatihan animasi 3D untuk SMK');

    // Budi rejects what he saw before Ani approved: refused too, the approval stands.
    await emitWithAck(ani, 'mod:approve', { ids: [id], versions: [1] });
    expect((await ackError(emitWithAck(budi.socket, 'mod:reject', { ids: [id], versions: [1], reason: 'di luar topik' }))).id).to.equal('stale');
    expect((await Suggestion.findById(id))?.status).to.equal('approved');
    // With the fresh version his action goes through.
    const [rejected] = await emitWithAck<ModeratorView[]>(budi.socket, 'mod:reject', { ids: [id], versions: [2] });
    expect(rejected).to.deep.include({ status: 'rejected', version: 3 });
    budi.socket.disconnect();
    live.close();
  });

  it('refuses a whole bulk action when one of its suggestions changed, and acts on none of them', async () => {
    const live = await liveSession(srv);
    const p = await live.participant();
    const ids: string[] = [];
    for (const text of ['Galeri seni rupa di balai kota', 'Kurasi pameran fotografi']) {
      ids.push((await emitWithAck<Submitted>(p.socket, 'suggestion:submit', { clientId: clientId(), text })).suggestion.id);
    }
    // The author withdraws one after the moderator saw it (version 0): approving both is refused.
    await emitWithAck(p.socket, 'suggestion:withdraw', { id: ids[1] });
    const refused = await ackError(emitWithAck(live.moderator, 'mod:approve', { ids, versions: [0, 0] }));
    expect(refused.id).to.equal('stale');
    expect(refused.detail).to.contain(ids[1]);
    expect((await Suggestion.find({ _id: { $in: ids } }).lean()).map((s) => s.status).sort()).to.deep.equal(['pending', 'withdrawn']);
    expect((await ackError(emitWithAck(live.moderator, 'mod:approve', { ids, versions: [0] }))).detail).to.match(/^versions:/);
    live.close();
  });

  it('merging a duplicate keeps its author and every vote, and its author in the role counts', async () => {
    const live = await liveSession(srv, { settings: { preModeration: false } });
    const a = await live.participant({ role: 'akademisi' });
    const b = await live.participant({ role: 'bisnis' });
    const c = await live.participant();
    const d = await live.participant();
    const target = (await emitWithAck<Submitted>(a.socket, 'suggestion:submit', { clientId: clientId(), text: 'Coworking space untuk startup' })).suggestion.id;
    const dup = (await emitWithAck<Submitted>(b.socket, 'suggestion:submit', { clientId: clientId(), text: 'Bikin co-working buat startup' })).suggestion.id;
    await emitWithAck(c.socket, 'suggestion:vote', { id: dup, on: true });
    await emitWithAck(d.socket, 'suggestion:vote', { id: dup, on: true });
    await emitWithAck(d.socket, 'suggestion:vote', { id: target, on: true });

    const merged = await emitWithAck<ModeratorView[]>(live.moderator, 'mod:merge', { id: dup, version: 0, into: target, intoVersion: 0 });
    // b (the duplicate's author), c and d (d counted once); never a, the target's own author.
    expect(merged.find((m) => m.id === target)?.votes).to.equal(3);
    const kept = merged.find((m) => m.id === dup)!;
    expect(kept).to.deep.include({ status: 'merged', mergedInto: target, role: 'bisnis' });
    const state = await emitWithAck<ModeratorState>(live.moderator, 'mod:join', { sessionId: live.id });
    expect(state.stats.participants).to.equal(4);
    expect(state.suggestions.map((s) => s.role).sort()).to.deep.equal(['akademisi', 'bisnis']);
    live.close();
  });

  it('shows in the feed exactly what the consent text says: the name given, never the organisation', async () => {
    expect(idTexts['p.consent']).to.match(/Nama yang saya isi tampil bersama usulan saya/).and.match(/organisasi tidak/);
    expect(enTexts['p.consent']).to.match(/name I give is shown with my suggestions/).and.match(/organisation is not/);
    const live = await liveSession(srv, { settings: { preModeration: false } });
    const named = await live.participant({ displayName: 'Rina', organisation: 'Dinas Kominfo' });
    const anonymous = await live.participant({ organisation: 'Komunitas Film' });
    const watcher = await live.participant();
    const seen: FeedView[] = [];
    const both = new Promise<void>((resolve) =>
      watcher.socket.on('feed:changes', ({ upserts }) => {
        if (seen.push(...upserts) >= 2) resolve();
      }),
    );
    await emitWithAck(named.socket, 'suggestion:submit', { clientId: clientId(), text: 'Bioskop alternatif di kampung' });
    await emitWithAck(anonymous.socket, 'suggestion:submit', { clientId: clientId(), text: 'Festival film pelajar' });
    await both;
    const again = await emitWithAck<{ feed: FeedView[] }>(watcher.socket, 'participant:join', { code: live.code, token: watcher.join.token });
    for (const feed of [again.feed, seen]) {
      expect(feed.map((f) => f.authorName).sort()).to.deep.equal(['Rina', null].sort());
      expect(JSON.stringify(feed)).not.to.contain('Dinas Kominfo').and.not.to.contain('Komunitas Film');
    }
    live.close();
  });
});
