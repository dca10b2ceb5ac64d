import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { createClient } from 'redis';
import { Forum } from '../server/forums/forum.model.js';
import { createSessionsService } from '../server/sessions/sessions.service.js';
import { createAuditService } from '../server/audit/audit.service.js';
import { DomainBus } from '../server/shared/bus.js';
import type { ModeratorView } from '../server/suggestions/suggestion.presenter.js';
import type { Ack, JoinResult } from '../server/realtime/events.js';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
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
  /** The environment every instance of this run shares (set in `before`). */
  let shared: Record<string, string> = {};

  before(async function () {
    try {
      await redis.connect();
    } catch (err) {
      console.log(`    SKIPPED: no Redis at ${redisUrl} (${err instanceof Error ? err.message : String(err)}); start one to run the scale-out test`);
      this.skip();
    }
    const base = testDbUri().replace(/\/?$/, '/');
    shared = {
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

  it("A's window-backed reads see what is submitted and moderated on B (changes relayed between instances)", async () => {
    const { staff, session } = await openSession();
    const modB = track(await connectSocket(urlB, (await signIn(urlB, staff)).cookieHeader()));
    await emitWithAck(modB, 'mod:join', { sessionId: String(session._id) });
    const feedOnA = async () => {
      const phone = track(await connectSocket(urlA));
      return (await emitWithAck<JoinResult>(phone, 'participant:join', { code: session.joinCode, consent: true })).feed.map((f) => f.text);
    };
    /** A's answer once the relay has had time (it batches for 50 ms). */
    const settledFeedOnA = async (expected: string[]) => {
      let feed: string[] = [];
      for (let i = 0; i < 20 && JSON.stringify(feed) !== JSON.stringify(expected); i++) {
        await new Promise((r) => setTimeout(r, 100));
        feed = await feedOnA();
      }
      return feed;
    };
    expect(await feedOnA(), "A's window, loaded now").to.deep.equal([]);

    const phone = track(await connectSocket(urlB));
    await emitWithAck(phone, 'participant:join', { code: session.joinCode, consent: true });
    const texts = ['Ruang kreatif di tiap kecamatan', 'Pelatihan desain untuk UMKM'];
    const ids: string[] = [];
    for (const text of texts) ids.push((await emitWithAck<{ suggestion: OwnView }>(phone, 'suggestion:submit', { clientId: clientId(), text })).suggestion.id);
    await emitWithAck(modB, 'mod:approve', { ids });
    expect(await settledFeedOnA(texts), 'submitted and approved on B').to.deep.equal(texts);
    await emitWithAck(modB, 'mod:reject', { ids: [ids[0]!] });
    expect(await settledFeedOnA(texts.slice(1)), 'rejected on B').to.deep.equal(texts.slice(1));
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

  it('a session closed on A refuses the very next submit on B (session versions in Redis)', async () => {
    const { staff, session } = await openSession();
    const modA = track(await connectSocket(urlA, (await signIn(urlA, staff)).cookieHeader()));
    await emitWithAck(modA, 'mod:join', { sessionId: String(session._id) });
    const phone = track(await connectSocket(urlB));
    await emitWithAck(phone, 'participant:join', { code: session.joinCode, consent: true });
    await emitWithAck(phone, 'suggestion:submit', { clientId: clientId(), text: 'Usulan sebelum ditutup' });
    await emitWithAck(modA, 'session:control', { action: 'close' });
    const refused = await ackError(emitWithAck(phone, 'suggestion:submit', { clientId: clientId(), text: 'Usulan sesudah ditutup' }));
    expect(refused.id).to.equal('session_not_open');
  });

  it('after its Redis connection comes back, an instance reads the live window afresh (relays sent meanwhile may be lost)', async () => {
    const { session } = await openSession();
    const feedOnA = async () => {
      const phone = track(await connectSocket(urlA));
      return (await emitWithAck<JoinResult>(phone, 'participant:join', { code: session.joinCode, consent: true })).feed.map((f) => f.text);
    };
    expect(await feedOnA(), "A's window, loaded now").to.deep.equal([]);
    // A change no instance told the others about, as a relay lost when Redis restarted would be.
    const at = new Date();
    await Suggestion.create({ sessionId: session._id, participantId: session._id, clientId: clientId(), text: 'Usulan yang relainya hilang', status: 'approved', createdAt: at, updatedAt: at });
    expect(await feedOnA(), 'unseen while the window is held').to.deep.equal([]);

    await redis.sendCommand(['CLIENT', 'KILL', 'TYPE', 'normal']); // every connection but this one
    const redisUpOnA = async () => ((await (await fetch(`${urlA}/readyz`)).json()) as { redis: string }).redis === 'up';
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 50 && !(await redisUpOnA()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await feedOnA(), 'read afresh after the reconnect').to.deep.equal(['Usulan yang relainya hilang']);
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

  it('killing an instance mid-burst loses no acknowledged suggestion and duplicates none once its phones retry on another', async function () {
    this.timeout(40_000);
    // A pair of its own: the killed instance must not serve the tests after this one, and its
    // phones send more than the 3 a minute A and B allow for the quota test (a retry counts again
    // when its first try was counted but not stored). Its key prefix, under this run's (so `after`
    // deletes it), keeps the dead instance out of A and B's adapter.
    const env = { ...shared, REDIS_KEY_PREFIX: `${prefix}kill:`, SUBMIT_LIMIT_PER_MINUTE: '100' };
    const [portS, portV] = [await freePort(), await freePort()];
    const [survivor, victim] = await Promise.all([
      startServerProcess({ ...env, PORT: String(portS) }),
      startServerProcess({ ...env, PORT: String(portV) }),
    ]);
    servers.push(survivor, victim);
    const urlSurvivor = `http://127.0.0.1:${portS}`;
    const urlVictim = `http://127.0.0.1:${portV}`;

    const { staff, session } = await openSession();
    const mod = track(await connectSocket(urlSurvivor, (await signIn(urlSurvivor, staff)).cookieHeader()));
    await emitWithAck(mod, 'mod:join', { sessionId: String(session._id) });
    const seen = new Set<string>();
    mod.on('mod:upsert', (s) => seen.add(s.id));

    type Submitted = { suggestion: OwnView; duplicate: boolean };
    type Draft = { clientId: string; text: string };
    const submit = (socket: ClientSocket, draft: Draft) => socket.timeout(10_000).emitWithAck('suggestion:submit', draft) as Promise<Ack<Submitted>>;
    /** One stored suggestion per participant and clientId: the key of everything below. */
    const key = (participantId: string, cid: string) => `${participantId}/${cid}`;

    const PHONES = 20;
    const BURST = 5;
    const phones = await Promise.all(
      Array.from({ length: PHONES }, async (_, p) => {
        const socket = track(await connectSocket(urlVictim));
        const joined = await emitWithAck<JoinResult>(socket, 'participant:join', { code: session.joinCode, consent: true });
        const burst: Draft[] = Array.from({ length: BURST }, (_, i) => ({ clientId: clientId(), text: `Usulan ${i + 1} dari peserta ${p + 1}` }));
        // Typed while the phone was cut off: sent for the first time after it reconnects.
        const later: Draft = { clientId: clientId(), text: `Usulan susulan dari peserta ${p + 1}` };
        return { token: joined.token, participantId: joined.participant.id, socket, burst, later };
      }),
    );

    // The burst: every phone sends all of its suggestions at once, and the instance is killed
    // (SIGKILL) when the fifth ack arrives. Acks the dying instance still got out count as acks.
    const KILL_AFTER = 5;
    const acked = new Map<string, string>(); // key -> the id in the ack
    let killed: Promise<void> | undefined;
    await Promise.all(
      phones.flatMap((phone) =>
        phone.burst.map(async (draft) => {
          // Settles as soon as the connection drops: socket.io fails the pending acks then.
          const res = await submit(phone.socket, draft).catch(() => undefined);
          if (!res?.ok) return;
          acked.set(key(phone.participantId, draft.clientId), res.data.suggestion.id);
          if (acked.size === KILL_AFTER) killed = kill(victim, 'SIGKILL');
        }),
      ),
    );
    expect(killed, 'killed during the burst').to.not.equal(undefined);
    await killed;
    expect(acked.size, 'acknowledged before the kill (it must land mid-burst)').to.be.at.least(KILL_AFTER).and.below(PHONES * BURST);

    // Nothing acknowledged is lost: what the dead instance stored (acknowledged or not) holds it.
    const storedBefore = new Map(
      (await Suggestion.find({ sessionId: session._id }).lean()).map((d) => [key(String(d.participantId), d.clientId), String(d._id)]),
    );
    for (const [k, id] of acked) expect(storedBefore.get(k), `acknowledged ${k}`).to.equal(id);

    // Each phone reconnects to the survivor as itself, resends every suggestion it has no ack for
    // and its first acknowledged one (a phone may not have kept the ack), then its new one.
    const answers = await Promise.all(
      phones.map(async (phone) => {
        const socket = track(await connectSocket(urlSurvivor));
        const joined = await emitWithAck<JoinResult>(socket, 'participant:join', { code: session.joinCode, consent: true, token: phone.token });
        expect(joined.participant.id, 'rejoined as the same participant').to.equal(phone.participantId);
        const isAcked = (d: Draft) => acked.has(key(phone.participantId, d.clientId));
        const retries = phone.burst.filter((d) => !isAcked(d) || d === phone.burst.find(isAcked));
        return Promise.all(
          [...retries, phone.later].map(async (draft) => {
            const res = await submit(socket, draft);
            if (!res.ok) throw new Error(`${draft.text}: ${res.error.id}`);
            return { key: key(phone.participantId, draft.clientId), retry: draft !== phone.later, ...res.data };
          }),
        );
      }),
    ).then((all) => all.flat());
    const retried = answers.filter((a) => a.retry);
    expect(retried.filter((a) => acked.has(a.key)), 'acknowledged ones retried').to.have.length.above(0);
    for (const a of retried) {
      const stored = storedBefore.get(a.key);
      if (stored) expect({ duplicate: a.duplicate, id: a.suggestion.id }, `retry of stored ${a.key}`).to.deep.equal({ duplicate: true, id: stored });
    }

    // None duplicated: each suggestion is stored exactly once, under the id its acks gave.
    const stored = await Suggestion.find({ sessionId: session._id }).lean();
    const copies = new Map<string, number>();
    for (const d of stored) copies.set(key(String(d.participantId), d.clientId), (copies.get(key(String(d.participantId), d.clientId)) ?? 0) + 1);
    const sent = phones.flatMap((phone) => [...phone.burst, phone.later].map((d) => key(phone.participantId, d.clientId)));
    expect(Object.fromEntries(copies), 'copies per participant and clientId').to.deep.equal(Object.fromEntries(sent.map((k) => [k, 1])));
    const idOf = new Map(stored.map((d) => [key(String(d.participantId), d.clientId), String(d._id)]));
    for (const [k, id] of acked) expect(idOf.get(k), `acknowledged ${k}`).to.equal(id);
    for (const a of answers) expect(idOf.get(a.key), `answered ${a.key}`).to.equal(a.suggestion.id);

    // The moderator on the survivor sees, live, every suggestion a phone sent there: the retries
    // (a duplicate is sent to the consoles again, as the dead instance may have stored it and died
    // before its broadcast went out) and the new ones.
    const fresh = answers.map((a) => a.suggestion.id);
    expect(fresh.length).to.be.at.least(PHONES);
    await new Promise<void>((resolve, reject) => {
      const missing = () => fresh.filter((id) => !seen.has(id));
      const check = () => {
        if (missing().length) return;
        mod.off('mod:upsert', check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        mod.off('mod:upsert', check);
        reject(new Error(`the moderator did not see ${missing().length} of the ${fresh.length} sent to the survivor`));
      }, 5000);
      mod.on('mod:upsert', check);
      check();
    });
  });
});
