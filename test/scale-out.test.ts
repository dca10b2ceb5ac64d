import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { createClient } from 'redis';
import { Forum } from '../server/forums/forum.model.js';
import { createSessionsService } from '../server/sessions/sessions.service.js';
import { createAuditService } from '../server/audit/audit.service.js';
import { DomainBus } from '../server/shared/bus.js';
import type { ModeratorView } from '../server/suggestions/suggestion.presenter.js';
import type { JoinResult } from '../server/realtime/events.js';
import { testDbUri, useDatabase } from './harness/db.js';
import { Agent } from './harness/http.js';
import { createStaff } from './harness/factories.js';
import { freePort, kill, startServerProcess } from './harness/process.js';
import { ackError, connectSocket, emitWithAck, waitForEvent, type ClientSocket } from './harness/socket.js';
import { clientId } from './harness/live.js';
import { FORUM_SUGGESTIONS } from './fixtures/forum-suggestions.js';
import type { OwnView } from '../server/suggestions/suggestion.presenter.js';

/**
 * Two real server processes sharing one database and one Redis (REDIS_URL), as behind a load
 * balancer: broadcasts cross instances, a staff sign-in made on one works on the other, and a
 * participant's quota is one quota whichever instance counts it. Redis is expected at
 * 127.0.0.1:6379 (REDIS_TEST_URL overrides); this run's keys carry a prefix of their own and are
 * deleted afterwards.
 */
describe('two instances on one Redis', function () {
  this.timeout(90_000);
  const db = useDatabase('scale-out');
  const redisUrl = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `rembuk-test-${randomBytes(4).toString('hex')}:`;
  const redis = createClient({ url: redisUrl, socket: { reconnectStrategy: false, connectTimeout: 2000 } });
  redis.on('error', () => undefined); // the connect() below reports it
  const servers: ChildProcess[] = [];
  const sockets: ClientSocket[] = [];
  let urlA = '';
  let urlB = '';

  before(async function () {
    try {
      await redis.connect();
    } catch (err) {
      console.log(`    SKIPPED: no Redis at ${redisUrl} (${err instanceof Error ? err.message : String(err)}); start one to run the scale-out test`);
      this.skip();
    }
    const base = testDbUri().replace(/\/?$/, '/');
    const shared = {
      HOST: '127.0.0.1',
      MONGODB_URI: `${base}${db.name}`,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      SUBMIT_LIMIT_PER_MINUTE: '3',
      LIVE_THEMES_DEBOUNCE_MS: '100',
    };
    const [portA, portB] = [await freePort(), await freePort()];
    servers.push(await startServerProcess({ ...shared, PORT: String(portA) }));
    servers.push(await startServerProcess({ ...shared, PORT: String(portB) }));
    urlA = `http://127.0.0.1:${portA}`;
    urlB = `http://127.0.0.1:${portB}`;
  });

  after(async () => {
    sockets.forEach((s) => s.disconnect());
    await Promise.all(servers.map((s) => kill(s, 'SIGTERM')));
    if (redis.isOpen) {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(keys);
      await redis.close();
    }
  });

  async function openSession() {
    const staff = await createStaff({ role: 'moderator' });
    const actor = { id: staff.id, name: 'Mod', email: staff.email, role: 'moderator' as const };
    const forum = await Forum.create({ title: 'Musrenbang Kelurahan', createdBy: staff.id });
    const sessions = createSessionsService({ bus: new DomainBus(), audit: createAuditService() });
    const session = await sessions.create(String(forum._id), { title: 'Dua instans', prompts: ['Usulan?'] }, actor);
    await sessions.control(String(session._id), 'open', actor);
    return { staff, forum, session };
  }

  async function signIn(url: string, staff: { email: string; password: string }): Promise<Agent> {
    const agent = new Agent(url);
    const res = await agent.postForm('/login', { email: staff.email, password: staff.password });
    expect(res.status, res.text.slice(0, 200)).to.equal(303);
    return agent;
  }

  const track = (s: ClientSocket) => (sockets.push(s), s);

  it('both instances report Redis up on /healthz and /readyz', async () => {
    for (const url of [urlA, urlB]) {
      for (const path of ['/healthz', '/readyz']) {
        const res = await fetch(url + path);
        expect(res.status, `${url}${path}`).to.equal(200);
        expect(await res.json()).to.deep.include({ status: 'ok', redis: 'up' });
      }
    }
  });

  it('a staff sign-in made on A works on B, over HTTP and on a socket', async () => {
    const { staff, forum, session } = await openSession();
    const onA = await signIn(urlA, staff);
    const onB = new Agent(urlB); // the same cookies the browser got from A
    onA.cookies.forEach((v, k) => onB.cookies.set(k, v));
    const page = await onB.get(`/forums/${String(forum._id)}`);
    expect(page.status).to.equal(200);
    expect((await new Agent(urlB).get(`/forums/${String(forum._id)}`)).status, 'signed out on B').to.not.equal(200);

    const mod = track(await connectSocket(urlB, onB.cookieHeader()));
    await emitWithAck(mod, 'mod:join', { sessionId: String(session._id) });
  });

  it('a moderator on A sees live what a participant on B submits', async () => {
    const { staff, session } = await openSession();
    const agent = await signIn(urlA, staff);
    const mod = track(await connectSocket(urlA, agent.cookieHeader()));
    await emitWithAck(mod, 'mod:join', { sessionId: String(session._id) });

    const phone = track(await connectSocket(urlB));
    await emitWithAck(phone, 'participant:join', { code: session.joinCode, consent: true });
    const seen = waitForEvent<ModeratorView>(mod, 'mod:upsert');
    await emitWithAck(phone, 'suggestion:submit', { clientId: clientId(), text: 'Perbaiki drainase di Jalan Merdeka' });
    expect((await seen).text).to.equal('Perbaiki drainase di Jalan Merdeka');
  });

  it("one participant's quota holds across instances (counted in Redis)", async () => {
    const { session } = await openSession();
    const onB = track(await connectSocket(urlB));
    const joined = await emitWithAck<JoinResult>(onB, 'participant:join', { code: session.joinCode, consent: true });
    for (let i = 0; i < 2; i++) await emitWithAck(onB, 'suggestion:submit', { clientId: clientId(), text: `Usulan dari B ${i}` });

    const onA = track(await connectSocket(urlA));
    await emitWithAck(onA, 'participant:join', { code: session.joinCode, consent: true, token: joined.token });
    await emitWithAck(onA, 'suggestion:submit', { clientId: clientId(), text: 'Usulan ketiga dari A' });
    const refused = await ackError(emitWithAck(onA, 'suggestion:submit', { clientId: clientId(), text: 'Usulan keempat dari A' }));
    expect(refused.id).to.equal('rate_limited');
  });

  it('live themes: one instance holds the lease and computes them; a console opening on either instance gets them', async () => {
    const { staff, session } = await openSession();
    const sessionId = String(session._id);
    const agent = await signIn(urlA, staff);
    const mod = track(await connectSocket(urlA, agent.cookieHeader()));
    await emitWithAck(mod, 'mod:join', { sessionId });
    const ids: string[] = [];
    // Both instances see changes (so both schedule runs): submissions on A and B, approvals on A.
    for (const [i, s] of FORUM_SUGGESTIONS.slice(0, 12).entries()) {
      const phone = track(await connectSocket(i % 2 ? urlA : urlB));
      await emitWithAck(phone, 'participant:join', { code: session.joinCode, consent: true });
      ids.push((await emitWithAck<{ suggestion: OwnView }>(phone, 'suggestion:submit', { clientId: clientId(), text: s.text })).suggestion.id);
    }
    const first = waitForEvent<{ id: string }[]>(mod, 'themes:live', 20_000);
    await emitWithAck(mod, 'mod:approve', { ids });
    const top = await first;
    expect(top.length).to.be.greaterThan(0);
    expect(await redis.keys(`${prefix}lease:live-themes:${sessionId}`), 'the lease').to.have.length(1);

    // One of the two is not the holder: it asks the other instances for their current themes.
    for (const url of [urlA, urlB]) {
      const opened = track(await connectSocket(url, agent.cookieHeader()));
      const sent = waitForEvent<{ id: string }[]>(opened, 'themes:live', 10_000);
      await emitWithAck(opened, 'mod:join', { sessionId });
      expect((await sent).map((t) => t.id), url).to.deep.equal(top.map((t) => t.id));
    }
  });
});
