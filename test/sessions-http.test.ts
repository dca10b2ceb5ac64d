import { expect } from 'chai';
import { AppError } from '../server/errors.js';
import { Session } from '../server/sessions/session.model.js';
import { JOIN_ALPHABET, JOIN_CODE_LENGTH, generateJoinCode, nextStatus, normaliseJoinCode } from '../server/sessions/sessions.rules.js';
import { cleanText, similarity, wordSet, ownStatus } from '../server/suggestions/suggestions.rules.js';
import { topKeywords } from '../server/sessions/keywords.rules.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { Agent } from './harness/http.js';
import { createStaff, signedInAgent } from './harness/factories.js';

describe('session rules (pure)', () => {
  it('makes join codes from unambiguous characters only', () => {
    let i = 0;
    const code = generateJoinCode((max) => i++ % max);
    expect(code).to.have.length(JOIN_CODE_LENGTH);
    expect(JOIN_ALPHABET).not.to.match(/[01OIL]/);
    expect(normaliseJoinCode(' ab-c 2x9 ')).to.equal('ABC2X9');
  });

  it('allows only sensible status changes', () => {
    expect(nextStatus('draft', 'open')).to.equal('live');
    expect(nextStatus('live', 'pause')).to.equal('paused');
    expect(nextStatus('paused', 'close')).to.equal('closed');
    expect(nextStatus('closed', 'open')).to.equal('live');
    expect(() => nextStatus('paused', 'pause')).to.throw(/cannot pause a paused session/);
  });

  it('cleans text without interpreting it', () => {
    expect(cleanText('  a\r\n\r\n\r\n\r\nb\t c ', 100)).to.equal('a\n\nb c');
    expect(cleanText('<script>alert(1)</script>', 100)).to.equal('<script>alert(1)</script>');
    expect(cleanText('e\u0301', 100)).to.equal('\u00e9');
    // Details are message keys, read in the participant's language (errors.ts, i18n detail.*).
    expect(() => cleanText('\u202e\u200b', 100)).to.throw(AppError).with.property('detail', 'detail.text_empty');
    expect(() => cleanText('😀'.repeat(11), 10)).to.throw(AppError).with.property('vars').that.deep.equals({ max: 10 });
    expect(cleanText('😀'.repeat(10), 10)).to.have.length(20);
  });

  it('measures similarity on words, ignoring case and filler', () => {
    expect(similarity(wordSet('Pelatihan SDM kreatif'), wordSet('pelatihan sdm yang kreatif!'))).to.equal(1);
    expect(similarity(wordSet('festival musik'), wordSet('pelatihan fotografi'))).to.equal(0);
    expect(ownStatus('rejected')).to.equal('not_shown');
  });

  it('finds a reworded suggestion through the synthesis analyser (stems, not verbatim words)', () => {
    // "pelatihan" / "dilatih", "developers" / "developer", filler (perlu, dong, bgt) ignored.
    const a = wordSet('Pelatihan developers game lokal');
    const b = wordSet('developer game perlu dilatih dong bgt');
    expect([...a]).to.include.members(['latih', 'developer', 'game']);
    expect(similarity(a, b)).to.be.at.least(0.5);
    expect(similarity(wordSet('akses modal usaha'), wordSet('festival film pendek'))).to.equal(0);
  });

  it('counts keywords once per text, without stopwords', () => {
    const k = topKeywords(['Festival musik dan festival film', 'musik indie yang keren', 'https://x.id musik']);
    expect(k[0]).to.deep.equal({ word: 'musik', count: 3 });
    expect(k.find((w) => w.word === 'festival')?.count).to.equal(1);
    expect(k.map((w) => w.word)).not.to.include.members(['dan', 'yang']);
  });

  it('keeps filler and place names out of the keyword cloud and joins inflected forms', () => {
    const k = topKeywords(['bgt perlu pelatihan doang biar Malang maju', 'pelatihan SDM di Malang', 'dilatih img alert']);
    const words = k.map((w) => w.word);
    for (const filler of ['bgt', 'perlu', 'doang', 'biar', 'img', 'alert', 'malang', 'Malang']) expect(words).not.to.include(filler);
    expect(k[0]).to.deep.equal({ word: 'pelatihan', count: 3 });
    expect(words).to.include('SDM');
  });
});

describe('forums, sessions and join pages over HTTP', () => {
  useDatabase('sessions_http');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer({ PUBLIC_URL: 'https://rembuk.malangkota.go.id' });
  });
  after(() => srv.close());

  it('a moderator creates a forum and a session with prompts; the console, projector and QR work', async () => {
    const { agent } = await signedInAgent(srv.url, 'moderator');
    const f = await agent.postForm('/forums', { title: 'Road Map <Ekraf> Malang', description: '2026-2030' });
    expect(f.status).to.equal(303);
    const forumUrl = f.headers.get('location')!;
    const forumPage = await agent.get(forumUrl);
    expect(forumPage.text).to.contain('Road Map &lt;Ekraf&gt; Malang');
    const s = await agent.postForm(`${forumUrl}/sessions`, { title: 'Malang Digital Reunion', prompts: 'Apa usulan Anda?\n\n  Siapa yang terlibat?  \n' });
    expect(s.status).to.equal(303);
    const sessionId = s.headers.get('location')!.split('/').pop()!;
    const session = await Session.findById(sessionId).lean();
    expect(session?.prompts.map((p) => p.text)).to.deep.equal(['Apa usulan Anda?', 'Siapa yang terlibat?']);
    expect(session?.status).to.equal('draft');
    expect(session?.settings?.categories).to.include('Film, Animasi & Video');
    const consolePage = await agent.get(`/sessions/${sessionId}`);
    expect(consolePage.status).to.equal(200);
    expect(consolePage.text).to.contain(`https://rembuk.malangkota.go.id/j/${session!.joinCode}`);
    expect(consolePage.text, 'PUBLIC_URL set: no localhost warning').not.to.contain('id="join-warning"');
    expect((await agent.get(`/sessions/${sessionId}/projector`)).text).to.contain(`/j/${session!.joinCode}/qr.svg`);
    const qr = await new Agent(srv.url).get(`/j/${session!.joinCode}/qr.svg`);
    expect(qr.headers.get('content-type')).to.contain('image/svg+xml');
    expect(qr.text).to.match(/^<svg[^>]+viewBox/);
    const bad = await agent.postForm(`${forumUrl}/sessions`, { title: '' });
    expect(bad.status).to.equal(400);
  });

  it('keeps planners out of the console and creation, and anonymous visitors out of staff pages', async () => {
    const { agent } = await signedInAgent(srv.url, 'planner');
    const session = await Session.findOne({}).lean();
    expect((await agent.get(`/sessions/${session!._id}`)).status).to.equal(403);
    expect((await agent.get(`/sessions/${session!._id}/projector`)).status).to.equal(200);
    expect((await agent.postForm('/forums', { title: 'x' })).status).to.equal(403);
    expect((await new Agent(srv.url).get(`/sessions/${session!._id}/projector`)).headers.get('location')).to.equal('/login');
    expect((await agent.get('/sessions/not-an-id/projector')).status).to.equal(404);
  });

  it('shows participants a page for each state: a wrong code, the waiting room of a draft, a live session', async () => {
    const session = await Session.findOne({}).lean();
    const a = new Agent(srv.url);
    const draft = await a.get(`/j/${session!.joinCode}`);
    expect(draft.status).to.equal(200);
    expect(draft.text).to.contain('Sesi belum dibuka').and.contain('data-state="draft"');
    const wrong = await a.get('/j/%3Cscript%3E');
    expect(wrong.status).to.equal(404);
    expect(wrong.text).to.contain('Kode sesi tidak ditemukan').and.not.contain('<script>');
    await Session.updateOne({ _id: session!._id }, { $set: { status: 'live' } });
    const live = await a.get(`/j/${session!.joinCode.toLowerCase()}`);
    expect(live.status).to.equal(200);
    expect(live.text).to.contain('Malang Digital Reunion').and.contain('id="participant-app"');
    const typed = await a.get(`/j?code=${encodeURIComponent(` ${session!.joinCode.slice(0, 3).toLowerCase()} ${session!.joinCode.slice(3)}`)}`);
    expect(typed.headers.get('location')).to.equal(`/j/${session!.joinCode}`);
    await createStaff({ role: 'admin' });
    expect((await a.get('/')).text).to.contain('Kode sesi');
  });
});

describe('console without PUBLIC_URL, opened on localhost', () => {
  useDatabase('sessions_http_loopback');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer({ HOST: '0.0.0.0' });
  });
  after(() => srv.close());

  it('says the QR points to this computer only, since phones cannot open it', async () => {
    const { agent } = await signedInAgent(srv.url, 'moderator');
    const f = await agent.postForm('/forums', { title: 'Forum' });
    const s = await agent.postForm(`${f.headers.get('location')!}/sessions`, { title: 'Sesi', prompts: 'Apa usulan Anda?' });
    const page = await agent.get(s.headers.get('location')!);
    expect(page.text).to.contain('id="join-warning"').and.contain('PUBLIC_URL');
  });
});
