import { expect } from 'chai';
import type { ModeratorView, OwnView } from '../server/suggestions/suggestion.presenter.js';
import type { SessionStats } from '../server/realtime/events.js';
import { Session } from '../server/sessions/session.model.js';
import { objectId } from '../server/shared/ids.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { emitWithAck, waitForEvent } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';

/**
 * The console's and projector's counters are kept as changes happen (one document read per
 * refresh, however large the session). Through every kind of change they must equal a full count.
 */
describe('session counters kept as changes happen', () => {
  useDatabase('session_counters');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
  });
  after(() => srv.close());

  const stored = async (id: string) => (await Session.findById(id, { counts: 1 }).lean())?.counts;

  it('equal a full count after joins, submissions, moderation, a merge and its undo, and a withdrawal', async function () {
    this.timeout(30_000);
    const live = await liveSession(srv);
    const [a, b, c] = [await live.participant(), await live.participant(), await live.participant()];
    const submit = async (phone: typeof a, text: string) => (await emitWithAck<{ suggestion: OwnView }>(phone.socket, 'suggestion:submit', { clientId: clientId(), text })).suggestion;
    const s1 = await submit(a, 'Pelatihan animasi untuk pelajar SMK');
    const s2 = await submit(b, 'Pelatihan animasi buat anak SMK');
    const s3 = await submit(c, 'Festival kuliner tahunan di alun-alun');
    const s4 = await submit(c, 'Hibah untuk komunitas film');
    const s5 = await submit(a, 'Ruang kreatif di tiap kecamatan');
    // Versions from the actions' own answers (opening the console would recount and hide a drift).
    const versions = new Map<string, number>();
    const v = (id: string) => versions.get(id) ?? 0;
    const act = async (event: 'mod:approve' | 'mod:reject' | 'mod:merge' | 'mod:unmerge', payload: object) => {
      for (const m of await emitWithAck<ModeratorView[]>(live.moderator, event, payload)) versions.set(m.id, m.version);
    };
    await act('mod:approve', { ids: [s1.id, s2.id, s3.id], versions: [v(s1.id), v(s2.id), v(s3.id)] });
    await act('mod:reject', { ids: [s4.id], versions: [v(s4.id)], reason: 'Di luar topik' });
    await act('mod:merge', { id: s2.id, version: v(s2.id), into: s1.id, intoVersion: v(s1.id) });
    await act('mod:unmerge', { id: s2.id, version: v(s2.id) });
    await act('mod:merge', { id: s2.id, version: v(s2.id), into: s1.id, intoVersion: v(s1.id) });
    await emitWithAck(a.socket, 'suggestion:withdraw', { id: s5.id });

    const kept = await stored(live.id);
    expect(kept?.ready, 'kept, not recounted').to.equal(true);
    expect(kept).to.deep.include({ participants: 3, pending: 0, approved: 2, rejected: 1, merged: 1, withdrawn: 1 });
    const read = await srv.services.counters.read(objectId(live.id));
    expect(read).to.deep.equal(await srv.services.counters.recount(objectId(live.id)));
    expect(read).to.deep.equal({ participants: 3, suggestions: 4, approved: 2, pending: 0 });

    // What the console and projector receive is that read.
    const pushed = waitForEvent<SessionStats>(live.moderator, 'session:stats');
    await submit(b, 'Kurasi produk kriya untuk ekspor');
    expect(await pushed).to.deep.equal({ participants: 3, suggestions: 5, approved: 2, pending: 1 });
    live.close();
  });

  it('counts a session stored before counters (or marked stale by an import) once, on its next read', async () => {
    const live = await liveSession(srv, { settings: { preModeration: false } });
    const phone = await live.participant();
    await emitWithAck(phone.socket, 'suggestion:submit', { clientId: clientId(), text: 'Coworking space murah untuk freelancer' });
    await Session.updateOne({ _id: live.id }, { $unset: { counts: 1 } });
    await emitWithAck(phone.socket, 'suggestion:submit', { clientId: clientId(), text: 'Internet cepat di taman kota' });
    expect(await stored(live.id), 'no counters to add to').to.equal(undefined);
    expect(await srv.services.counters.read(objectId(live.id))).to.deep.equal({ participants: 1, suggestions: 2, approved: 2, pending: 0 });
    expect((await stored(live.id))?.ready).to.equal(true);
    await srv.services.counters.stale(objectId(live.id));
    expect((await stored(live.id))?.ready).to.equal(false);
    expect((await srv.services.counters.read(objectId(live.id))).suggestions).to.equal(2);
    live.close();
  });
});
