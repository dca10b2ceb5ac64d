import { expect } from 'chai';
import type { HelloResult, JoinResult } from '../server/realtime/events.js';
import type { PublicSession } from '../server/sessions/session.presenter.js';
import { useDatabase } from './harness/db.js';
import { Agent } from './harness/http.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { ackError, connectSocket, emitWithAck, waitForEvent } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';

describe('participants: the waiting room, paused and closed sessions, a wrong code', () => {
  useDatabase('participants_room');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer();
  });
  after(() => srv.close());

  it('a phone waiting on a draft session hears it open, without joining first', async () => {
    const draft = await liveSession(srv, { open: false });
    const phone = await connectSocket(srv.url);
    const hello = await emitWithAck<HelloResult>(phone, 'participant:hello', { code: draft.code.toLowerCase() });
    expect(hello.session.status).to.equal('draft');
    expect(hello.forumTitle).to.equal('Road Map Ekonomi Kreatif');
    expect((await ackError(emitWithAck(phone, 'participant:join', { code: draft.code, consent: true }))).id).to.equal('session_not_open');

    const opened = waitForEvent<PublicSession>(phone, 'session:state');
    await srv.services.sessions.control(draft.id, 'open', draft.actor);
    expect((await opened).status).to.equal('live');
    const joined = await emitWithAck<JoinResult>(phone, 'participant:join', { code: draft.code, consent: true });
    expect(joined.session.status).to.equal('live');
    phone.disconnect();
    draft.close();
  });

  it('a closed session lets a returning phone read its own suggestions and statuses, and takes no one new', async () => {
    const live = await liveSession(srv);
    const { socket, join } = await live.participant({ displayName: 'Rina' });
    await emitWithAck(socket, 'suggestion:submit', { clientId: clientId(), text: 'Ruang pamer produk kriya di alun-alun' });
    socket.disconnect();
    await srv.services.sessions.control(live.id, 'close', live.actor);

    const back = await connectSocket(srv.url);
    const again = await emitWithAck<JoinResult>(back, 'participant:join', { code: live.code, token: join.token });
    expect(again.session.status).to.equal('closed');
    expect(again.own.map((o) => [o.text, o.status])).to.deep.equal([['Ruang pamer produk kriya di alun-alun', 'waiting']]);
    const refused = await ackError(emitWithAck(back, 'suggestion:submit', { clientId: clientId(), text: 'setelah tutup' }));
    expect(refused.id).to.equal('session_not_open');

    const stranger = await connectSocket(srv.url);
    expect((await ackError(emitWithAck(stranger, 'participant:join', { code: live.code, consent: true }))).id).to.equal('session_not_open');
    back.disconnect();
    stranger.disconnect();
    live.close();
  });

  it('a phone in the lobby hears pause and reopen; an unknown code is session_not_found', async () => {
    const live = await liveSession(srv);
    const phone = await connectSocket(srv.url);
    await emitWithAck<HelloResult>(phone, 'participant:hello', { code: live.code });
    const paused = waitForEvent<PublicSession>(phone, 'session:state');
    await srv.services.sessions.control(live.id, 'pause', live.actor);
    expect((await paused).status).to.equal('paused');
    expect((await ackError(emitWithAck(phone, 'participant:hello', { code: 'ZZZZZZ' }))).id).to.equal('session_not_found');
    phone.disconnect();
    live.close();
  });

  it("error details come in the page's language, not in English only", async () => {
    const live = await liveSession(srv, { settings: { maxLength: 50 } });
    const id = await connectSocket(srv.url);
    const en = await connectSocket(srv.url, 'rembuk_lang=en');
    expect((await ackError(emitWithAck(id, 'participant:join', { code: live.code }))).detail).to.equal('Centang persetujuan penggunaan usulan untuk melanjutkan.');
    expect((await ackError(emitWithAck(en, 'participant:join', { code: live.code }))).detail).to.equal('Tick the consent box to continue.');
    await emitWithAck(en, 'participant:join', { code: live.code, consent: true });
    const long = await ackError(emitWithAck(en, 'suggestion:submit', { clientId: clientId(), text: 'x'.repeat(51) }));
    expect([long.message, long.detail]).to.deep.equal(['Invalid input.', 'A suggestion can be at most 50 characters.']);
    id.disconnect();
    en.disconnect();
    live.close();
  });

  it('pages: a wrong code is a 404 join form holding the code as typed; paused and closed pages say their state', async () => {
    const a = new Agent(srv.url);
    const wrong = await a.get('/j/abc-xyz');
    expect(wrong.status).to.equal(404);
    expect(wrong.text).to.contain('Kode sesi tidak ditemukan').and.contain('value="ABCXYZ"');
    const english = await new Agent(srv.url).get('/j/ABCXYZ?lang=en');
    expect(english.text).to.contain('Session code not found');
    const draft = await liveSession(srv, { open: false });
    expect((await new Agent(srv.url).get(`/j/${draft.code}?lang=en`)).text).to.contain('The session is not open yet').and.contain('data-state="draft"');
    draft.close();

    const live = await liveSession(srv);
    await srv.services.sessions.control(live.id, 'pause', live.actor);
    const paused = await a.get(`/j/${live.code}`);
    expect(paused.status).to.equal(200);
    expect(paused.text).to.contain('data-state="paused"').and.contain('Road Map Ekonomi Kreatif');
    await srv.services.sessions.control(live.id, 'close', live.actor);
    const closed = await a.get(`/j/${live.code}`);
    expect(closed.status).to.equal(200);
    expect(closed.text).to.contain('data-state="closed"').and.contain('Sesi sudah ditutup');
    live.close();
  });
});
