import { expect } from 'chai';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import type { OwnView } from '../server/suggestions/suggestion.presenter.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { ackError, connectSocket, emitWithAck, rawAck, waitForEvent } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';

type Submitted = { suggestion: OwnView; duplicate: boolean };

describe('participants over Socket.IO', () => {
  useDatabase('participants');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer({ SUBMIT_LIMIT_PER_MINUTE: '6' });
  });
  after(() => srv.close());

  it('joins by code (any case, with spaces) and is recognised again by its token', async () => {
    const live = await liveSession(srv);
    const s = await connectSocket(srv.url);
    const code = `${live.code.slice(0, 3).toLowerCase()} ${live.code.slice(3)}`;
    const first = await emitWithAck<{ token: string; participant: { id: string; role: string } }>(s, 'participant:join', { code, consent: true, role: 'komunitas', displayName: 'Rina' });
    expect(first.participant.role).to.equal('komunitas');
    const again = await emitWithAck<{ participant: { id: string } }>(await connectSocket(srv.url), 'participant:join', { code: live.code, token: first.token });
    expect(again.participant.id).to.equal(first.participant.id);
    s.disconnect();
    live.close();
  });

  it('refuses unknown, draft and closed sessions, a missing consent, and a missing name where names are required', async () => {
    const s = await connectSocket(srv.url);
    expect((await ackError(emitWithAck(s, 'participant:join', { code: 'ZZZZZZ', consent: true }))).id).to.equal('session_not_found');
    expect((await ackError(emitWithAck(s, 'participant:join', { code: '<script>', consent: true }))).id).to.equal('session_not_found');
    const draft = await liveSession(srv, { open: false });
    expect((await ackError(emitWithAck(s, 'participant:join', { code: draft.code, consent: true }))).id).to.equal('session_not_open');
    const live = await liveSession(srv, { settings: { allowAnonymous: false } });
    const noConsent = await ackError(emitWithAck(s, 'participant:join', { code: live.code }));
    expect(noConsent.detail).to.equal('Centang persetujuan penggunaan usulan untuk melanjutkan.');
    const noName = await ackError(emitWithAck(s, 'participant:join', { code: live.code, consent: true, displayName: '   ' }));
    expect(noName.detail).to.equal('Sesi ini meminta nama Anda.');
    await srv.services.sessions.control(live.id, 'close', live.actor);
    expect((await ackError(emitWithAck(s, 'participant:join', { code: live.code, consent: true, displayName: 'A' }))).id).to.equal('session_not_open');
    s.disconnect();
    draft.close();
    live.close();
  });

  it('acknowledges a submission only once it is stored, and a retry with the same clientId never duplicates', async () => {
    const live = await liveSession(srv);
    const { socket } = await live.participant({ role: 'bisnis' });
    const modSaw = waitForEvent<{ text: string; status: string; role: string }>(live.moderator, 'mod:upsert');
    const cid = clientId();
    const payload = { clientId: cid, text: '  Pelatihan   developer game untuk SMK  ' };
    const res = await emitWithAck<Submitted>(socket, 'suggestion:submit', payload);
    // The ack arrived: the document must already be in the database.
    const stored = await Suggestion.findById(res.suggestion.id).lean();
    expect(stored?.text).to.equal('Pelatihan developer game untuk SMK');
    expect(stored?.promptId?.toString()).to.equal(live.state.session.activePromptId);
    expect(res).to.deep.include({ duplicate: false });
    expect(res.suggestion.status).to.equal('waiting');
    expect(await modSaw).to.deep.include({ text: 'Pelatihan developer game untuk SMK', status: 'pending', role: 'bisnis' });

    const retries = await Promise.all([1, 2, 3].map(() => emitWithAck<Submitted>(socket, 'suggestion:submit', payload)));
    expect(retries.every((r) => r.duplicate && r.suggestion.id === res.suggestion.id)).to.equal(true);
    expect(await Suggestion.countDocuments({ clientId: cid })).to.equal(1);
    live.close();
  });

  it("sends a new suggestion to the author's other devices; the sending phone has it in its ack only", async () => {
    const live = await liveSession(srv);
    const phone = await live.participant();
    const laptop = await connectSocket(srv.url);
    await emitWithAck(laptop, 'participant:join', { code: live.code, token: phone.join.token });
    let echoed = 0;
    phone.socket.on('own:upsert', () => echoed++);
    const onLaptop = waitForEvent<OwnView>(laptop, 'own:upsert');
    const res = await emitWithAck<Submitted>(phone.socket, 'suggestion:submit', { clientId: clientId(), text: 'Coworking space murah di Blitar' });
    expect((await onLaptop).id).to.equal(res.suggestion.id);
    expect(res.suggestion.text).to.equal('Coworking space murah di Blitar');
    await new Promise((r) => setTimeout(r, 300));
    expect(echoed, 'no own:upsert echoed to the sending phone').to.equal(0);
    laptop.disconnect();
    live.close();
  });

  it('rejects empty, whitespace-only, too long and malformed submissions with clear errors, and strips control characters', async () => {
    const live = await liveSession(srv, { settings: { maxLength: 50 } });
    const { socket } = await live.participant();
    const err = (payload: unknown) => ackError(emitWithAck(socket, 'suggestion:submit', payload));
    expect((await err({ clientId: clientId(), text: '' })).detail).to.equal('Usulan masih kosong.');
    expect((await err({ clientId: clientId(), text: ' \n\t \u200b ' })).detail).to.equal('Usulan masih kosong.');
    expect((await err({ clientId: clientId(), text: 'x'.repeat(51) })).detail).to.equal('Usulan paling panjang 50 karakter.');
    expect((await err({ clientId: 'short', text: 'halo' })).detail).to.match(/^clientId:/);
    expect((await err({ clientId: clientId(), text: 'halo', promptId: 'nope' })).detail).to.match(/^promptId:/);
    expect((await err({ clientId: clientId(), text: 'halo', category: 'Bukan Kategori' })).detail).to.match(/^category:/);
    expect((await err({ clientId: clientId(), text: 'halo', participantId: 'x' })).id).to.equal('validation_failed');
    expect((await rawAck(socket, 'suggestion:submit', 'just a string')).ok).to.equal(false);
    const ok = await emitWithAck<Submitted>(socket, 'suggestion:submit', { clientId: clientId(), text: 'ruang\u0000 kreatif\u0007 <b>gratis</b>' });
    expect(ok.suggestion.text).to.equal('ruang kreatif <b>gratis</b>');
    expect(await Suggestion.countDocuments({ sessionId: live.session._id })).to.equal(1);
    live.close();
  });

  it('refuses everything but join before joining, and moderator events from participants', async () => {
    const live = await liveSession(srv);
    const anon = await connectSocket(srv.url);
    expect((await ackError(emitWithAck(anon, 'suggestion:submit', { clientId: clientId(), text: 'halo' }))).id).to.equal('unauthenticated');
    const { socket, join } = await live.participant();
    const res = await emitWithAck<Submitted>(socket, 'suggestion:submit', { clientId: clientId(), text: 'Usulan saya sendiri' });
    for (const [event, payload] of [
      ['mod:approve', { ids: [res.suggestion.id] }],
      ['mod:join', { sessionId: live.id }],
      ['session:control', { action: 'close' }],
      ['projector:join', { sessionId: live.id }],
    ] as const) {
      expect((await ackError(emitWithAck(socket, event, payload))).id, event).to.equal('unauthenticated');
    }
    expect((await Suggestion.findById(res.suggestion.id))?.status).to.equal('pending');
    // Identity comes from the socket: naming another participant in the payload is refused outright.
    expect((await rawAck(socket, 'suggestion:withdraw', { id: res.suggestion.id, participantId: join.participant.id })).ok).to.equal(false);
    anon.disconnect();
    live.close();
  });

  it('lets a participant edit or withdraw their own pending suggestion, not others\u2019, and not once moderated', async () => {
    const live = await liveSession(srv);
    const a = await live.participant();
    const b = await live.participant();
    const res = await emitWithAck<Submitted>(a.socket, 'suggestion:submit', { clientId: clientId(), text: 'Festival musik indie tahunan' });
    const edited = await emitWithAck<OwnView>(a.socket, 'suggestion:edit', { id: res.suggestion.id, text: 'Festival musik indie tiap tahun di alun-alun' });
    expect(edited.text).to.equal('Festival musik indie tiap tahun di alun-alun');
    expect((await ackError(emitWithAck(b.socket, 'suggestion:withdraw', { id: res.suggestion.id }))).id).to.equal('not_found');
    await emitWithAck(live.moderator, 'mod:approve', { ids: [res.suggestion.id] });
    expect((await ackError(emitWithAck(a.socket, 'suggestion:edit', { id: res.suggestion.id, text: 'lain' }))).id).to.equal('conflict');
    const second = await emitWithAck<Submitted>(a.socket, 'suggestion:submit', { clientId: clientId(), text: 'Coworking space murah' });
    const withdrawn = await emitWithAck<OwnView>(a.socket, 'suggestion:withdraw', { id: second.suggestion.id });
    expect(withdrawn.status).to.equal('withdrawn');
    live.close();
  });

  it('votes once per participant, can undo, and refuses when voting is off', async () => {
    const live = await liveSession(srv, { settings: { preModeration: false } });
    const a = await live.participant();
    const b = await live.participant();
    const c = await live.participant();
    const res = await emitWithAck<Submitted>(a.socket, 'suggestion:submit', { clientId: clientId(), text: 'Akses permodalan untuk UMKM kreatif' });
    expect(res.suggestion.status).to.equal('shown');
    const v1 = await emitWithAck<{ votes: number }>(b.socket, 'suggestion:vote', { id: res.suggestion.id, on: true });
    const v2 = await emitWithAck<{ votes: number }>(b.socket, 'suggestion:vote', { id: res.suggestion.id, on: true });
    const v3 = await emitWithAck<{ votes: number }>(c.socket, 'suggestion:vote', { id: res.suggestion.id, on: true });
    expect([v1.votes, v2.votes, v3.votes]).to.deep.equal([1, 1, 2]);
    // Support is someone else's: the author's own vote is refused and counts nothing.
    const own = await ackError(emitWithAck(a.socket, 'suggestion:vote', { id: res.suggestion.id, on: true }));
    expect(own).to.deep.include({ id: 'forbidden' });
    expect(own.detail).to.equal('Anda tidak bisa mendukung usulan sendiri.');
    expect((await emitWithAck<{ votes: number }>(b.socket, 'suggestion:vote', { id: res.suggestion.id, on: false })).votes).to.equal(1);
    const rejoin = await emitWithAck<{ voted: string[] }>(c.socket, 'participant:join', { code: live.code, token: c.join.token });
    expect(rejoin.voted).to.deep.equal([res.suggestion.id]);
    await srv.services.sessions.updateSettings(live.id, { voting: false }, live.actor);
    expect((await ackError(emitWithAck(b.socket, 'suggestion:vote', { id: res.suggestion.id, on: true }))).detail).to.equal('Dukungan tidak diaktifkan di sesi ini.');
    live.close();
  });

  it('shows a hint of similar suggestions already approved', async () => {
    const live = await liveSession(srv, { settings: { preModeration: false } });
    const a = await live.participant();
    await emitWithAck(a.socket, 'suggestion:submit', { clientId: clientId(), text: 'Pelatihan pemasaran digital untuk UMKM kuliner' });
    await emitWithAck(a.socket, 'suggestion:submit', { clientId: clientId(), text: 'Festival film pendek pelajar' });
    const b = await live.participant();
    const hints = await emitWithAck<{ text: string; score: number }[]>(b.socket, 'suggestion:similar', { text: 'pelatihan pemasaran digital UMKM kuliner' });
    expect(hints.map((h) => h.text)).to.deep.equal(['Pelatihan pemasaran digital untuk UMKM kuliner']);
    expect(await emitWithAck<unknown[]>(b.socket, 'suggestion:similar', { text: 'taman kota' })).to.deep.equal([]);
    live.close();
  });

  it('limits how fast one participant sends new suggestions, but never blocks a retry of a stored one', async () => {
    const live = await liveSession(srv);
    const { socket } = await live.participant();
    const sent: Submitted[] = [];
    for (let i = 0; i < 6; i++) sent.push(await emitWithAck<Submitted>(socket, 'suggestion:submit', { clientId: clientId(), text: `Usulan nomor ${i}` }));
    const limited = await ackError(emitWithAck(socket, 'suggestion:submit', { clientId: clientId(), text: 'satu lagi' }));
    expect(limited).to.deep.equal({ id: 'rate_limited', message: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.' });
    const retry = await emitWithAck<Submitted>(socket, 'suggestion:submit', { clientId: sent[0]!.suggestion.clientId, text: 'Usulan nomor 0' });
    expect(retry.duplicate).to.equal(true);
    live.close();
  });

  it('refuses submissions while paused or closed, telling the room, and accepts them again once reopened', async () => {
    const live = await liveSession(srv);
    const { socket } = await live.participant();
    const state = waitForEvent<{ status: string }>(socket, 'session:state');
    await emitWithAck(live.moderator, 'session:control', { action: 'pause' });
    expect((await state).status).to.equal('paused');
    const paused = await ackError(emitWithAck(socket, 'suggestion:submit', { clientId: clientId(), text: 'saat jeda' }));
    expect(paused.id).to.equal('session_not_open');
    expect(paused.message).to.contain('dijeda');
    await emitWithAck(live.moderator, 'session:control', { action: 'open' });
    expect((await emitWithAck<Submitted>(socket, 'suggestion:submit', { clientId: clientId(), text: 'setelah dibuka' })).duplicate).to.equal(false);
    await emitWithAck(live.moderator, 'session:control', { action: 'close' });
    expect((await ackError(emitWithAck(socket, 'suggestion:submit', { clientId: clientId(), text: 'setelah tutup' }))).id).to.equal('session_not_open');
    expect((await ackError(emitWithAck(live.moderator, 'session:control', { action: 'pause' }))).id).to.equal('conflict');
    live.close();
  });
});
