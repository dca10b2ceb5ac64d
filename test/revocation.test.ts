import { expect } from 'chai';
import { io as connectClient } from 'socket.io-client';
import { User } from '../server/auth/user.model.js';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import type { ModeratorView } from '../server/suggestions/suggestion.presenter.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { ackError, emitWithAck, waitForEvent, type ClientSocket } from './harness/socket.js';
import { signedInAgent } from './harness/factories.js';
import { clientId, liveSession } from './harness/live.js';

/** Resolves when the socket is disconnected (at once if it already is). */
const disconnected = (s: ClientSocket) =>
  s.disconnected ? Promise.resolve('already') : new Promise<string>((resolve) => s.once('disconnect', (reason) => resolve(reason)));

/** Collects events of one name, to assert later that none arrived. */
function collect<T>(s: ClientSocket, event: string): T[] {
  const seen: T[] = [];
  (s as unknown as { on(e: string, l: (d: T) => void): void }).on(event, (d) => seen.push(d));
  return seen;
}

describe('revocation reaches open sockets', () => {
  useDatabase('revocation');
  let srv: TestServer;
  let cleanups: (() => void)[] = [];
  before(async () => {
    srv = await startTestServer();
  });
  afterEach(() => {
    cleanups.forEach((c) => c());
    cleanups = [];
  });
  after(() => srv.close());

  /** A live session, its moderator's console socket, a phone, and one pending suggestion. */
  async function setup() {
    const live = await liveSession(srv);
    cleanups.push(() => live.close());
    const phone = await live.participant();
    const pending = waitForEvent<ModeratorView>(live.moderator, 'mod:upsert');
    await emitWithAck(phone.socket, 'suggestion:submit', { clientId: clientId(), text: 'Pelatihan pemasaran digital untuk UMKM kuliner' });
    const view = await pending;
    const admin = (await signedInAgent(srv.url, 'admin')).agent;
    const moderatorId = live.actor.id;
    return { live, phone, view, admin, moderatorId };
  }

  const statusOf = async (id: string) => (await Suggestion.findById(id).lean())?.status;

  it('disabling a moderator closes their open socket at once; the old cookie is anonymous afterwards', async () => {
    const { live, view, admin, moderatorId } = await setup();
    const closed = disconnected(live.moderator);
    expect((await admin.sendJson('PATCH', `/api/admin/users/${moderatorId}`, { disabled: true })).status).to.equal(200);
    expect(await closed).to.equal('io server disconnect');
    const again = await live.socket(live.agent.cookieHeader());
    expect((await ackError(emitWithAck(again, 'staff:whoami', {}))).id).to.equal('unauthenticated');
    expect((await ackError(emitWithAck(again, 'mod:approve', { ids: [view.id], versions: [view.version] }))).id).to.equal('unauthenticated');
    expect(await statusOf(view.id)).to.equal('pending');
  });

  it('a disable that reaches only the database (another instance) still stops the next action: nothing is done under the disabled account', async () => {
    const { live, view, moderatorId } = await setup();
    await User.updateOne({ _id: moderatorId }, { $set: { disabled: true } });
    const closed = disconnected(live.moderator);
    live.moderator.emit('mod:approve', { ids: [view.id], versions: [view.version] }, () => undefined);
    expect(await closed).to.equal('io server disconnect');
    expect(await statusOf(view.id)).to.equal('pending');
  });

  it('a role lowered in the database only (another instance) applies from the next event: whoami tells the truth, moderation is refused', async () => {
    const { live, phone, view, moderatorId } = await setup();
    await User.updateOne({ _id: moderatorId }, { $set: { role: 'planner' } });
    expect((await emitWithAck<{ role: string }>(live.moderator, 'staff:whoami', {})).role).to.equal('planner');
    expect((await ackError(emitWithAck(live.moderator, 'mod:approve', { ids: [view.id], versions: [view.version] }))).id).to.equal('forbidden');
    expect(await statusOf(view.id)).to.equal('pending');
    const upserts = collect<ModeratorView>(live.moderator, 'mod:upsert');
    await emitWithAck(phone.socket, 'suggestion:submit', { clientId: clientId(), text: 'Galeri seni rupa keliling' });
    await emitWithAck(live.moderator, 'system:ping', {}); // a later event: any broadcast would have arrived first
    expect(upserts).to.have.length(0);
  });

  it('signing out closes that browser\'s sockets; moderator broadcasts stop reaching it', async () => {
    const { live, phone } = await setup();
    const upserts = collect<ModeratorView>(live.moderator, 'mod:upsert');
    const closed = disconnected(live.moderator);
    expect((await live.agent.postForm('/logout', {})).status).to.equal(303);
    await closed;
    await emitWithAck(phone.socket, 'suggestion:submit', { clientId: clientId(), text: 'Ruang kreatif bersama di setiap kecamatan' });
    expect(upserts).to.have.length(0);
  });

  it('lowering a moderator to planner ends their moderator socket; signed in again, whoami says planner and mod:join is refused', async () => {
    const { live, admin, moderatorId } = await setup();
    const closed = disconnected(live.moderator);
    expect((await admin.sendJson('PATCH', `/api/admin/users/${moderatorId}`, { role: 'planner' })).status).to.equal(200);
    await closed;
    const email = (await User.findById(moderatorId).lean())!.email;
    expect((await live.agent.postForm('/login', { email, password: 'kata-sandi-rahasia-1' })).status).to.equal(303);
    const s = await live.socket(live.agent.cookieHeader());
    expect((await emitWithAck<{ role: string }>(s, 'staff:whoami', {})).role).to.equal('planner');
    expect((await ackError(emitWithAck(s, 'mod:join', { sessionId: live.id }))).id).to.equal('forbidden');
  });

  /** A socket that can be dropped at the transport and reconnected with its recovery state. */
  async function recoverable(cookie: string): Promise<ClientSocket> {
    const s: ClientSocket = connectClient(srv.url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { cookie } });
    cleanups.push(() => s.disconnect());
    await new Promise<void>((resolve, reject) => {
      s.once('connect', () => resolve());
      s.once('connect_error', reject);
    });
    return s;
  }
  /** Joins the console and receives one broadcast: recovery needs the offset of a received broadcast. */
  async function primeRecovery(s: ClientSocket, sessionId: string, phone: ClientSocket): Promise<void> {
    await emitWithAck(s, 'mod:join', { sessionId });
    const got = waitForEvent(s, 'mod:upsert');
    await emitWithAck(phone, 'suggestion:submit', { clientId: clientId(), text: 'Kurasi pasar kriya daring' });
    await got;
  }
  async function dropAndReconnect(s: ClientSocket, whileDown: () => Promise<void>): Promise<void> {
    const down = disconnected(s);
    s.io.engine.close(); // a network drop: the server sees "transport close" and keeps the state for recovery
    await down;
    await whileDown();
    const up = new Promise<void>((resolve, reject) => {
      s.once('connect', () => resolve());
      s.once('connect_error', reject);
    });
    s.connect();
    await up;
  }

  it('connection-state recovery restores a moderator after a drop (control case)', async () => {
    const { live, phone } = await setup();
    const s = await recoverable(live.agent.cookieHeader());
    await primeRecovery(s, live.id, phone.socket);
    await dropAndReconnect(s, async () => {
      await emitWithAck(phone.socket, 'suggestion:submit', { clientId: clientId(), text: 'Festival film pendek tahunan' });
    });
    expect(s.recovered).to.equal(true);
    expect((await emitWithAck<{ role: string }>(s, 'staff:whoami', {})).role).to.equal('moderator');
  });

  it('connection-state recovery never restores a revoked moderator: no missed broadcasts, no powers', async () => {
    const { live, phone, view, moderatorId } = await setup();
    const s = await recoverable(live.agent.cookieHeader());
    await primeRecovery(s, live.id, phone.socket);
    const upserts = collect<ModeratorView>(s, 'mod:upsert');
    await dropAndReconnect(s, async () => {
      await User.updateOne({ _id: moderatorId }, { $set: { disabled: true } });
      await emitWithAck(phone.socket, 'suggestion:submit', { clientId: clientId(), text: 'Inkubator startup gim lokal' });
    });
    expect(s.recovered).to.equal(false);
    expect((await ackError(emitWithAck(s, 'staff:whoami', {}))).id).to.equal('unauthenticated');
    expect((await ackError(emitWithAck(s, 'mod:approve', { ids: [view.id], versions: [view.version] }))).id).to.equal('unauthenticated');
    expect(upserts).to.have.length(0);
    expect(await statusOf(view.id)).to.equal('pending');
  });
});
