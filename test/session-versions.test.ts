import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { Types } from 'mongoose';
import { createClient } from 'redis';
import { createAuditService } from '../server/audit/audit.service.js';
import { Forum } from '../server/forums/forum.model.js';
import { Session, type SessionDoc } from '../server/sessions/session.model.js';
import { createSessionsService } from '../server/sessions/sessions.service.js';
import { memoryVersions, SESSION_COPY_MAX_AGE_MS, sessionCopies, type SessionVersions } from '../server/sessions/session-versions.js';
import { DomainBus } from '../server/shared/bus.js';
import { redisSessionVersions } from '../server/shared/redis.js';
import { useDatabase } from './harness/db.js';
import { createStaff } from './harness/factories.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { ackError, emitWithAck } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';

/** Two sessions services over one database and one versions store: two instances on one Redis. */
async function twoInstances(versions: SessionVersions) {
  const staff = await createStaff({ role: 'moderator' });
  const actor = { id: staff.id, name: 'Mod', email: staff.email, role: 'moderator' as const };
  const a = createSessionsService({ bus: new DomainBus(), audit: createAuditService(), versions });
  const b = createSessionsService({ bus: new DomainBus(), audit: createAuditService(), versions });
  const forum = await Forum.create({ title: 'Musrenbang', createdBy: staff.id });
  const created = await a.create(String(forum._id), { title: 'Sesi', prompts: ['Usulan?'] }, actor);
  const id = String(created._id);
  await a.control(id, 'open', actor);
  return { a, b, id, actor };
}

describe('session copies for participant events', () => {
  useDatabase('session-versions');

  it('serve the copy until the session is changed through the service, then the change at once', async () => {
    const { a, id, actor } = await twoInstances(memoryVersions());
    expect((await a.current(id)).status).to.equal('live');
    // Behind the service's back (nothing in the app writes sessions this way): the copy stays.
    await Session.updateOne({ _id: id }, { $set: { title: 'diubah langsung' } });
    expect((await a.current(id)).title).to.equal('Sesi');
    expect((await a.load(id)).title, 'load reads the database').to.equal('diubah langsung');
    await a.control(id, 'pause', actor);
    const now = await a.current(id);
    expect(now.status).to.equal('paused');
    expect(now.title, 'read afresh after the change').to.equal('diubah langsung');
  });

  it('see a change made on another instance on their next read (shared versions)', async () => {
    const { a, b, id, actor } = await twoInstances(memoryVersions());
    expect((await b.current(id)).status).to.equal('live');
    await a.control(id, 'close', actor);
    expect((await b.current(id)).status).to.equal('closed');
    await a.updateSettings(id, { maxLength: 120 }, actor);
    expect((await b.current(id)).settings.maxLength).to.equal(120);
  });

  it('an unknown session is not_found', async () => {
    const { a } = await twoInstances(memoryVersions());
    const err = await a.current(new Types.ObjectId()).catch((e: unknown) => e);
    expect(err).to.have.property('id', 'not_found');
  });
});

describe('session copies (rules)', () => {
  const doc = (title: string) => ({ title }) as SessionDoc;

  it('read the database again once a copy is older than the maximum age, or when the version cannot be known', async () => {
    let reads = 0;
    let clock = 0;
    let known = true;
    const versions: SessionVersions = { get: async () => (known ? '7' : null), bump: async () => undefined };
    const copies = sessionCopies(async () => doc(`read ${++reads}`), versions, () => clock);
    expect((await copies.get('s'))?.title).to.equal('read 1');
    clock = SESSION_COPY_MAX_AGE_MS - 1;
    expect((await copies.get('s'))?.title).to.equal('read 1');
    clock = SESSION_COPY_MAX_AGE_MS;
    expect((await copies.get('s'))?.title).to.equal('read 2');
    known = false;
    expect((await copies.get('s'))?.title).to.equal('read 3');
    expect((await copies.get('s'))?.title).to.equal('read 4');
  });

  it('a read that overlaps a bump is not served after it', async () => {
    const versions = memoryVersions();
    let state = 'open';
    let release: () => void = () => undefined;
    let slow = false;
    const copies = sessionCopies(
      async () => {
        const seen = state;
        if (slow) await new Promise<void>((r) => (release = r));
        return doc(seen);
      },
      versions,
    );
    slow = true;
    const pending = copies.get('s'); // reads "open" at version 0, answers late
    await new Promise((r) => setImmediate(r));
    state = 'closed';
    await versions.bump('s'); // the change: written, then bumped
    release();
    expect((await pending)?.title).to.equal('open');
    slow = false;
    expect((await copies.get('s'))?.title, 'the copy made at version 0 is not used at version 1').to.equal('closed');
  });
});

describe('session versions (Redis)', function () {
  const redisUrl = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `rembuk-test-${randomBytes(4).toString('hex')}:`;
  const clients = [0, 1].map(() => createClient({ url: redisUrl, socket: { reconnectStrategy: false, connectTimeout: 2000 } }));
  clients.forEach((c) => c.on('error', () => undefined)); // connect() below reports it

  before(async function () {
    try {
      for (const c of clients) await c.connect();
    } catch (err) {
      console.log(`    SKIPPED: no Redis at ${redisUrl} (${err instanceof Error ? err.message : String(err)})`);
      this.skip();
    }
  });
  after(async () => {
    const [first] = clients;
    if (first?.isOpen) {
      const keys = await first.keys(`${prefix}*`);
      if (keys.length) await first.del(keys);
    }
    for (const c of clients) if (c.isOpen) await c.close();
  });

  it("one instance's bump is another's new version; a closed connection knows none, a reopened one a new one", async () => {
    const [onA, onB] = clients.map((c) => redisSessionVersions(c, prefix)) as [SessionVersions, SessionVersions];
    const before = await onB.get('s1');
    await onA.bump('s1');
    const after = await onB.get('s1');
    expect(after).to.be.a('string').and.not.equal(before);
    expect(await onA.get('s1')).to.equal(after);
    expect(await onB.get('s2'), 'another session is untouched').to.equal(before);
    await clients[1]!.close();
    expect(await onB.get('s1')).to.equal(null);
    await clients[1]!.connect();
    expect(await onB.get('s1'), 'a version read after a reconnect never matches one read before').to.be.a('string').and.not.equal(after);
  });
});

describe('participant events see session changes at once', () => {
  useDatabase('session-versions-live');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer();
  });
  after(() => srv.close());

  it('a submit right after the moderator closes the session is refused, and after reopening accepted', async () => {
    const live = await liveSession(srv);
    const { socket } = await live.participant();
    await emitWithAck(socket, 'suggestion:submit', { clientId: clientId(), text: 'Ruang kreatif di kecamatan' });
    await emitWithAck(live.moderator, 'session:control', { action: 'close' });
    const refused = await ackError(emitWithAck(socket, 'suggestion:submit', { clientId: clientId(), text: 'Usulan setelah ditutup' }));
    expect(refused.id).to.equal('session_not_open');
    await srv.services.sessions.control(live.id, 'open', live.actor);
    await emitWithAck(socket, 'suggestion:submit', { clientId: clientId(), text: 'Usulan setelah dibuka lagi' });
    live.close();
  });
});
