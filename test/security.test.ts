import { gzipSync } from 'node:zlib';
import { expect } from 'chai';
import { pino } from 'pino';
import { io as connectClient } from 'socket.io-client';
import { User } from '../server/auth/user.model.js';
import { SetupLock } from '../server/auth/setup-lock.model.js';
import { StaffSession } from '../server/auth/staff-session.model.js';
import { hashPassword } from '../server/auth/password.js';
import { parseConfig } from '../server/config/index.js';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import { SIMILAR_CANDIDATES } from '../server/suggestions/suggestions.service.js';
import { clearCollections, useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { Agent } from './harness/http.js';
import { createStaff, signedInAgent } from './harness/factories.js';
import { ackError, emitWithAck, type ClientSocket } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';

/** Log lines the server wrote, to check that client faults are not logged as errors. */
const lines: { level: number; msg?: string }[] = [];
const logger = pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l) as { level: number; msg?: string }) });
const ERROR = 50;

/** A JSON sign-in as if from `ip` behind the trusted (loopback) proxy. */
const login = (a: Agent, ip: string, email: string, password: string) =>
  a.request('POST', '/login', {
    body: JSON.stringify({ email, password }),
    type: 'application/json',
    headers: { 'x-forwarded-for': ip, accept: 'application/json', 'x-csrf-token': a.csrfToken },
  });

describe('security at the edges', () => {
  useDatabase('security');
  let srv: TestServer;
  let proxied: TestServer;
  before(async () => {
    srv = await startTestServer({ LOGIN_MAX_FAILURES: '5' }, { logger });
    proxied = await startTestServer({ TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES: '5' });
  });
  after(async () => {
    await srv.close();
    await proxied.close();
  });

  describe('sign-in', () => {
    beforeEach(clearCollections);

    it('40 concurrent wrong passwords on one account get at most LOGIN_MAX_FAILURES password checks', async () => {
      const staff = await createStaff();
      const a = new Agent(proxied.url);
      await a.ensureToken();
      const res = await Promise.all(Array.from({ length: 40 }, () => login(a, '192.0.2.200', staff.email, 'salah-sekali')));
      const checked = res.filter((r) => r.status === 401).length;
      expect(checked).to.be.at.most(5);
      expect(res.filter((r) => r.status === 429)).to.have.length(40 - checked);
    });

    it('from 40 rotating addresses, the account-wide backoff still bounds the checks; the owner\'s usual address gets in', async () => {
      const staff = await createStaff();
      const owner = new Agent(proxied.url);
      await owner.ensureToken();
      expect((await login(owner, '198.51.100.7', staff.email, staff.password)).status).to.equal(200);
      const attacker = new Agent(proxied.url);
      await attacker.ensureToken();
      const res = await Promise.all(Array.from({ length: 40 }, (_v, i) => login(attacker, `203.0.113.${i + 1}`, staff.email, 'salah-sekali')));
      expect(res.filter((r) => r.status === 401).length).to.be.at.most(11); // 2 x 5 free, then one per backoff step
      expect((await login(owner, '198.51.100.7', staff.email, staff.password)).status).to.equal(200);
    });

    it('upgrades a hash made at an older cost on the next successful sign-in', async () => {
      const staff = await createStaff();
      await User.updateOne({ _id: staff.id }, { $set: { passwordHash: await hashPassword(staff.password, 10) } });
      const a = new Agent(srv.url);
      expect((await a.postForm('/login', { email: staff.email, password: staff.password })).status).to.equal(303);
      const hash = (await User.findById(staff.id).lean())!.passwordHash;
      expect(hash).to.match(/^scrypt\$4096\$8\$1\$/);
      expect((await new Agent(srv.url).postForm('/login', { email: staff.email, password: staff.password })).status).to.equal(303);
    });

    it('expires staff sessions: a TTL index where the engine has one, and in every case expired rows go at the next sign-in', async () => {
      if (await srv.services.auth.ensureSessionTtl()) {
        const ttl = (await StaffSession.collection.indexes()).find((i) => i.key.expiresAt === 1);
        expect(ttl?.expireAfterSeconds).to.equal(0);
      }
      const staff = await createStaff();
      const past = new Date(Date.now() - 60_000);
      await StaffSession.create({ tokenHash: 'e'.repeat(64), userId: staff.id, createdAt: past, expiresAt: past });
      expect(await srv.services.auth.resolveHash('e'.repeat(64))).to.equal(null);
      expect((await new Agent(srv.url).postForm('/login', { email: staff.email, password: staff.password })).status).to.equal(303);
      expect(await StaffSession.countDocuments({ tokenHash: 'e'.repeat(64) })).to.equal(0);
    });
  });

  describe('first-admin setup', () => {
    beforeEach(clearCollections);

    it('takes over a setup lock left by a failed attempt, but not one in progress', async () => {
      await SetupLock.create({ _id: 'first-admin', at: new Date() });
      const busy = await new Agent(srv.url).sendJson('POST', '/setup', { name: 'Ani', email: 'ani@bappeda.id', password: 'sandi-yang-panjang' });
      expect(busy.status).to.equal(403);
      await SetupLock.updateOne({ _id: 'first-admin' }, { $set: { at: new Date(Date.now() - 5 * 60_000) } });
      const ok = await new Agent(srv.url).sendJson('POST', '/setup', { name: 'Ani', email: 'ani@bappeda.id', password: 'sandi-yang-panjang' });
      expect(ok.status).to.equal(201);
      expect(await User.countDocuments({ role: 'admin' })).to.equal(1);
    });

    it('releases the lock when writing the admin fails, so setup can be tried again at once', async () => {
      await createStaff({ role: 'planner', email: 'ani@bappeda.id' });
      const failed = await new Agent(srv.url).sendJson('POST', '/setup', { name: 'Ani', email: 'ani@bappeda.id', password: 'sandi-yang-panjang' });
      expect(failed.status).to.be.at.least(400);
      expect(await SetupLock.countDocuments()).to.equal(0);
      const ok = await new Agent(srv.url).sendJson('POST', '/setup', { name: 'Ani', email: 'ani.admin@bappeda.id', password: 'sandi-yang-panjang' });
      expect(ok.status).to.equal(201);
    });
  });

  describe('proxies', () => {
    it('refuses TRUST_PROXY=true and accepts a hop count or an address list', () => {
      expect(() => parseConfig({ TRUST_PROXY: 'true' })).to.throw(/TRUST_PROXY/);
      expect(parseConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).to.equal(1);
      expect(parseConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).to.deep.equal(['loopback', '10.0.0.0/8']);
      expect(parseConfig({}).TRUST_PROXY).to.equal(false);
      expect(() => parseConfig({ TRUST_PROXY: 'semua' })).to.throw(/TRUST_PROXY/);
    });

    it('takes the right-most untrusted address for rate limits: a client-chosen X-Forwarded-For does not rotate it', async () => {
      const a = new Agent(proxied.url);
      await a.ensureToken();
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) statuses.push((await login(a, `10.9.${i}.1, 192.0.2.50`, `nobody${i}@x.id`, 'x')).status);
      expect(statuses.at(-1)).to.equal(429);
    });

    it('the socket handshake takes the same address; without a trusted proxy the header is ignored', async () => {
      const viaProxy = connectClient(proxied.url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { 'x-forwarded-for': '6.6.6.6, 192.0.2.77' } });
      const direct = connectClient(srv.url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { 'x-forwarded-for': '192.0.2.77' } });
      try {
        await Promise.all([viaProxy, direct].map((s) => new Promise((resolve) => s.once('connect', () => resolve(null)))));
        expect((await proxied.io.fetchSockets()).map((s) => s.data.ip)).to.include('192.0.2.77');
        const ips = (await srv.io.fetchSockets()).map((s) => s.data.ip);
        expect(ips).not.to.include('192.0.2.77');
      } finally {
        viaProxy.disconnect();
        direct.disconnect();
      }
    });

    it('sets Secure cookies when a trusted proxy says the browser used HTTPS, and only then', async () => {
      const viaHttps = await new Agent(proxied.url).get('/login', { 'x-forwarded-proto': 'https' });
      expect(viaHttps.headers.getSetCookie().join('\n')).to.match(/rembuk_csrf=[^\n]*Secure/);
      const spoofed = await new Agent(srv.url).get('/login', { 'x-forwarded-proto': 'https' });
      expect(spoofed.headers.getSetCookie().join('\n')).not.to.match(/Secure/);
    });
  });

  describe('sockets', () => {
    const connectWithOrigin = (url: string, origin: string) =>
      new Promise<string>((resolve) => {
        const s = connectClient(url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { origin } });
        s.once('connect', () => {
          s.disconnect();
          resolve('connected');
        });
        s.once('connect_error', () => resolve('refused'));
      });

    it('refuses a handshake from a foreign Origin and accepts the app\'s own', async () => {
      expect(await connectWithOrigin(srv.url, 'https://evil.example')).to.equal('refused');
      expect(await connectWithOrigin(srv.url, srv.url)).to.equal('connected');
    });

    /** A server of its own with JOIN_IP_LIMIT_PER_MINUTE=3, so the per-address counts start at zero. */
    const withJoinLimit = async (fn: (limited: TestServer) => Promise<void>) => {
      const limited = await startTestServer({ JOIN_IP_LIMIT_PER_MINUTE: '3' });
      try {
        await fn(limited);
      } finally {
        await limited.close();
      }
    };

    it('limits new participants per address; a rejoin with the token is not limited', () => withJoinLimit(async (limited) => {
      const live = await liveSession(limited);
      const sockets: ClientSocket[] = [];
      try {
        const join = async () => {
          const s = await live.socket();
          sockets.push(s);
          return s;
        };
        const first = await join();
        const { token } = await emitWithAck<{ token: string }>(first, 'participant:join', { code: live.code, consent: true });
        for (let i = 0; i < 2; i++) await emitWithAck(await join(), 'participant:join', { code: live.code, consent: true });
        const over = await ackError(emitWithAck(await join(), 'participant:join', { code: live.code, consent: true }));
        expect(over.id).to.equal('rate_limited');
        await emitWithAck(await join(), 'participant:join', { code: live.code, consent: true, token });
      } finally {
        sockets.forEach((s) => s.disconnect());
        live.close();
      }
    }));

    it('bounds suggestion:similar: a per-address limit, and only the most recent approved suggestions are compared', () => withJoinLimit(async (limited) => {
      const live = await liveSession(limited, { settings: { preModeration: false } });
      try {
        const phone = await live.participant();
        const at = new Date();
        const old = { sessionId: live.session._id, participantId: phone.join.participant.id, status: 'approved' as const, votes: 0, createdAt: at, updatedAt: at };
        // One old match, then SIMILAR_CANDIDATES newer unrelated suggestions: the old one is out of reach.
        await Suggestion.create({ ...old, clientId: 'old-match-1', text: 'Pelatihan desain kemasan produk kriya' });
        await Suggestion.insertMany(
          Array.from({ length: SIMILAR_CANDIDATES }, (_v, i) => ({ ...old, clientId: `filler-${i}-xx`, text: `Festival musik jalanan nomor ${i}` })),
        );
        expect(await emitWithAck<unknown[]>(phone.socket, 'suggestion:similar', { text: 'pelatihan desain kemasan produk' })).to.deep.equal([]);
        // JOIN_IP_LIMIT_PER_MINUTE=3 here: twice that many lookups per address per minute, across
        // sockets (two phones, each under the per-socket limit of 5 a second).
        const other = await live.participant();
        for (const s of [phone.socket, phone.socket, other.socket, other.socket, other.socket]) {
          await emitWithAck(s, 'suggestion:similar', { text: 'festival musik jalanan' });
        }
        expect((await ackError(emitWithAck(other.socket, 'suggestion:similar', { text: 'festival musik' }))).id).to.equal('rate_limited');
      } finally {
        live.close();
      }
    }));

    it('replaces lone UTF-16 surrogates in socket payloads before they are stored', async () => {
      const live = await liveSession(srv);
      try {
        const phone = await live.participant();
        await emitWithAck(phone.socket, 'suggestion:submit', { clientId: clientId(), text: 'Ruang kreatif \ud800 untuk \udc00 komunitas' });
        const stored = await Suggestion.findOne({ sessionId: live.id }).lean();
        expect(stored?.text).to.equal('Ruang kreatif \ufffd untuk \ufffd komunitas');
      } finally {
        live.close();
      }
    });
  });

  describe('client faults answer 400', () => {
    it('a malformed percent-encoding in a path, without an error-level log line', async () => {
      lines.length = 0;
      const res = await new Agent(srv.url).get('/forums/%', { accept: 'application/json' });
      expect(res.status).to.equal(400);
      expect(res.json<{ error: { id: string } }>().error.id).to.equal('validation_failed');
      expect(lines.filter((l) => l.level >= ERROR)).to.deep.equal([]);
    });

    it('a body that does not inflate, without an error-level log line', async () => {
      lines.length = 0;
      const a = new Agent(srv.url);
      await a.ensureToken();
      const res = await a.request('POST', '/login', {
        body: 'not gzip at all',
        type: 'application/json',
        headers: { 'content-encoding': 'gzip', accept: 'application/json', 'x-csrf-token': a.csrfToken },
      });
      expect(res.status).to.equal(400);
      const truncated = gzipSync(JSON.stringify({ email: 'a@b.id', password: 'x' })).subarray(0, 12);
      const res2 = await a.request('POST', '/login', {
        body: truncated,
        type: 'application/json',
        headers: { 'content-encoding': 'gzip', accept: 'application/json', 'x-csrf-token': a.csrfToken },
      } as never);
      expect(res2.status).to.equal(400);
      expect(lines.filter((l) => l.level >= ERROR)).to.deep.equal([]);
    });

    it('replaces lone surrogates in HTTP bodies', async () => {
      await clearCollections();
      const { agent } = await signedInAgent(srv.url, 'admin');
      const res = await agent.sendJson('POST', '/api/admin/users', { name: 'Budi \udc00', email: 'budi@bappeda.id', role: 'planner', password: 'sandi-budi-123' });
      expect(res.status).to.equal(201);
      expect((await User.findOne({ email: 'budi@bappeda.id' }).lean())?.name).to.equal('Budi \ufffd');
    });
  });
});
