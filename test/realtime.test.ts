import { expect } from 'chai';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { AckError, connectSocket, emitWithAck, rawAck, type ClientSocket } from './harness/socket.js';
import { signedInAgent } from './harness/factories.js';

describe('realtime base', () => {
  useDatabase('realtime');
  let srv: TestServer;
  const sockets: ClientSocket[] = [];
  const open = async (cookie?: string) => {
    const s = await connectSocket(srv.url, cookie);
    sockets.push(s);
    return s;
  };
  before(async () => {
    srv = await startTestServer();
  });
  after(async () => {
    sockets.forEach((s) => s.disconnect());
    await srv.close();
  });

  it('answers a valid call with {ok:true,data}', async () => {
    const s = await open();
    const data = await emitWithAck<{ echo: string; serverTime: string }>(s, 'system:ping', { echo: 'halo' });
    expect(data.echo).to.equal('halo');
    expect(Date.parse(data.serverTime)).to.be.closeTo(Date.now(), 5000);
  });

  it('answers malformed payloads with a validation error ack, and keeps the connection', async () => {
    const s = await open();
    for (const bad of [null, 'teks', 42, [1, 2], { echo: 5 }, { echo: 'x'.repeat(201) }, { echo: 'a', extra: true }]) {
      const res = await rawAck(s, 'system:ping', bad);
      expect(res.ok, JSON.stringify(bad)).to.equal(false);
      if (!res.ok) {
        expect(res.error.id).to.equal('validation_failed');
        expect(res.error.message).to.equal('Isian tidak valid.');
      }
    }
    expect(s.connected).to.equal(true);
    expect((await emitWithAck<{ echo: string }>(s, 'system:ping', {})).echo).to.equal(null);
  });

  it('survives events without an ack and unknown events', async () => {
    const s = await open();
    (s as unknown as { emit(e: string, ...a: unknown[]): void }).emit('system:ping', { echo: 'no ack' });
    (s as unknown as { emit(e: string, ...a: unknown[]): void }).emit('tidak:ada', { x: 1 });
    expect((await emitWithAck<{ echo: string }>(s, 'system:ping', { echo: 'still here' })).echo).to.equal('still here');
  });

  it('refuses staff events to anonymous sockets and accepts them with a staff session cookie', async () => {
    const anon = await open();
    let err: unknown;
    try {
      await emitWithAck(anon, 'staff:whoami', {});
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(AckError);
    expect((err as AckError).error.id).to.equal('unauthenticated');

    const { agent, staff } = await signedInAgent(srv.url, 'planner');
    const s = await open(agent.cookieHeader());
    const me = await emitWithAck<{ email: string; role: string }>(s, 'staff:whoami', {});
    expect(me).to.deep.include({ email: staff.email, role: 'planner' });
  });

  it('ignores identity in payloads: a forged staff field does not make a socket staff', async () => {
    const s = await open();
    const res = await rawAck(s, 'staff:whoami', { role: 'admin', id: 'x' });
    expect(res.ok).to.equal(false);
  });

  it('rate-limits a flooding socket with a clear error', async () => {
    const s = await open();
    const results = await Promise.all(Array.from({ length: 30 }, () => rawAck(s, 'system:ping', {})));
    const limited = results.filter((r) => !r.ok);
    expect(limited.length).to.be.greaterThan(0);
    expect(results.filter((r) => r.ok).length).to.equal(20);
    const first = limited[0]!;
    if (!first.ok) expect(first.error).to.deep.equal({ id: 'rate_limited', message: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.' });
  });

  it('answers in English for a socket whose browser chose English', async () => {
    const s = await open('rembuk_lang=en');
    const res = await rawAck(s, 'system:ping', 'bad');
    expect(res.ok).to.equal(false);
    if (!res.ok) expect(res.error.message).to.equal('Invalid input.');
  });
});
