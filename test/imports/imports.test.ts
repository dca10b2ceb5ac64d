import { expect } from 'chai';
import { Types } from 'mongoose';
import { Forum } from '../../server/forums/forum.model.js';
import { ImportRecord } from '../../server/imports/import.model.js';
import { Participant } from '../../server/participants/participant.model.js';
import { Suggestion } from '../../server/suggestions/suggestion.model.js';
import { Vote } from '../../server/suggestions/vote.model.js';
import { AuditEntry } from '../../server/audit/audit.model.js';
import type { PreviewView } from '../../server/imports/imports.presenter.js';
import type { ModeratorView } from '../../server/suggestions/suggestion.presenter.js';
import { useDatabase } from '../harness/db.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { signedInAgent } from '../harness/factories.js';
import type { Agent } from '../harness/http.js';
import { connectSocket, emitWithAck, waitForEvent, type ClientSocket } from '../harness/socket.js';
import { FIRST_EXPORT, LATER_EXPORT, uploadPreview, whatsappExport } from './upload.js';

describe('imports: preview, confirm, re-import, undo', () => {
  useDatabase('imports');
  let srv: TestServer;
  let agent: Agent;
  let forumId = '';

  before(async () => {
    srv = await startTestServer();
    const signedIn = await signedInAgent(srv.url, 'planner');
    agent = signedIn.agent;
    forumId = String((await Forum.create({ title: 'Road Map Ekonomi Kreatif', createdBy: signedIn.staff.id }))._id);
  });
  after(async () => srv.close());

  async function importFile(name: string, content: string, target: Record<string, string>, extra: Record<string, unknown> = {}) {
    const res = await uploadPreview(agent, forumId, [{ name, data: content }]);
    expect(res.status, res.text).to.equal(200);
    const { preview } = res.json<{ preview: PreviewView }>();
    const confirm = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId: preview.previewId, ...target, ...extra });
    expect(confirm.status, confirm.text).to.equal(201);
    return { preview, result: confirm.json<{ import: { id: string; read: number; kept: number; imported: number }; session: { id: string } }>() };
  }

  it('previews every message with its reason, and imports the kept ones with author, time and source', async () => {
    const { preview, result } = await importFile('WhatsApp Chat dengan Forum.txt', whatsappExport(FIRST_EXPORT), { newSessionTitle: 'WhatsApp, 20 Nov' });
    expect(preview.format).to.equal('whatsapp');
    expect(preview.rows.map((r) => r.keep)).to.deep.equal([false, true, true, false, true]);
    expect(preview.rows[0]!.why).to.equal('salam');
    expect(preview.rows[1]!.time).to.match(/19\.02\.00 WIB$/);
    // A file written in WITA is shown in the forum's zone (WIB): 19.02 WITA is 18.02 WIB.
    const wita = (await uploadPreview(agent, forumId, [{ name: 'chat.txt', data: whatsappExport(FIRST_EXPORT) }], { timeZone: 'Asia/Makassar' })).json<{ preview: PreviewView }>().preview;
    expect(wita.rows[1]!.time).to.match(/18\.02\.00 WIB$/);
    expect(result.import).to.include({ read: 5, kept: 3, imported: 3 });

    const stored = await Suggestion.find({ sessionId: result.session.id }).sort({ createdAt: 1 }).lean();
    expect(stored.map((s) => s.authorName)).to.deep.equal(['Budi Santoso', 'Dr. Sri Wahyuni (UB)', 'Andi']);
    expect(stored.every((s) => s.source === 'whatsapp' && s.status === 'pending' && String(s.importId) === result.import.id)).to.equal(true);
    expect(stored[0]!.createdAt.toISOString()).to.equal('2026-11-20T12:02:00.000Z'); // 19.02 WIB
    // One participant per author, named as in the file.
    const people = await Participant.find({ sessionId: result.session.id }).lean();
    expect(people.map((p) => p.displayName).sort()).to.deep.equal(['Andi', 'Budi Santoso', 'Dr. Sri Wahyuni (UB)']);
    const audit = await AuditEntry.find({ action: 'import.create', sessionId: result.session.id }).lean();
    expect(audit).to.have.length(1);
    expect(audit[0]!.after).to.deep.include({ fileNames: ['WhatsApp Chat dengan Forum.txt'], read: 5, kept: 3, imported: 3 });
    const auditPage = await agent.get(`/sessions/${result.session.id}/audit`);
    expect(auditPage.text).to.include('mengimpor WhatsApp Chat dengan Forum.txt: 5 pesan dibaca, 3 masukan baru');
  });

  it('adds nothing twice: the same file again, then an overlapping later export adds only the new messages', async () => {
    const first = await importFile('chat.txt', whatsappExport(FIRST_EXPORT), { newSessionTitle: 'Grup WA' });
    const sessionId = first.result.session.id;
    const again = await importFile('chat.txt', whatsappExport(FIRST_EXPORT), { sessionId });
    expect(again.result.import.imported).to.equal(0);
    const later = await importFile('chat (2).txt', whatsappExport(LATER_EXPORT), { sessionId });
    expect(later.result.import).to.include({ kept: 5, imported: 2 });
    expect(await Suggestion.countDocuments({ sessionId })).to.equal(5);
    // Budi's later message goes to the same participant as his first one.
    expect(await Participant.countDocuments({ sessionId })).to.equal(4);
  });

  it('keeps what the planner restores and skips what the planner unticks, and can approve on import', async () => {
    const res = await uploadPreview(agent, forumId, [{ name: 'chat.txt', data: whatsappExport(FIRST_EXPORT) }]);
    const { preview } = res.json<{ preview: PreviewView }>();
    const confirm = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, {
      previewId: preview.previewId, keep: [0], skip: [4], newSessionTitle: 'Pilihan perencana', approve: true,
    });
    expect(confirm.status, confirm.text).to.equal(201);
    const { session } = confirm.json<{ session: { id: string } }>();
    const stored = await Suggestion.find({ sessionId: session.id }).sort({ createdAt: 1 }).lean();
    expect(stored.map((s) => s.text)).to.deep.equal([FIRST_EXPORT[0]![2], FIRST_EXPORT[1]![2], FIRST_EXPORT[2]![2]]);
    expect(stored.every((s) => s.status === 'approved')).to.equal(true);
    // A preview is used once: a double submit imports nothing more.
    const twice = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId: preview.previewId, newSessionTitle: 'Lagi' });
    expect(twice.status).to.equal(410);
    expect(twice.json<{ error: { id: string } }>().error.id).to.equal('import_preview_expired');
  });

  it('keeps the preview when a confirm fails, so the planner can confirm it again', async () => {
    const { preview } = (await uploadPreview(agent, forumId, [{ name: 'chat.txt', data: whatsappExport(FIRST_EXPORT) }])).json<{ preview: PreviewView }>();
    const gone = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId: preview.previewId, sessionId: String(new Types.ObjectId()) });
    expect(gone.status).to.equal(404);
    const retry = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId: preview.previewId, newSessionTitle: 'Coba lagi' });
    expect(retry.status, retry.text).to.equal(201);
  });

  it('undoes a whole import in one step: its suggestions and the authors it created go, the record says when', async () => {
    const base = await importFile('chat.txt', whatsappExport(FIRST_EXPORT), { newSessionTitle: 'Undo' });
    const sessionId = base.result.session.id;
    const later = await importFile('chat2.txt', whatsappExport(LATER_EXPORT), { sessionId });
    // A moderator had merged a live duplicate into one of the imported suggestions: undo gives it back.
    const target = await Suggestion.findOne({ importId: later.result.import.id }).lean();
    const now = new Date();
    const live = await Suggestion.create({
      sessionId, participantId: new Types.ObjectId(), clientId: 'live-1', text: 'Festival film pendek', status: 'merged', statusBeforeMerge: 'approved',
      mergedInto: target!._id, createdAt: now, updatedAt: now,
    });
    const vote = await Vote.create({ suggestionId: target!._id, participantId: new Types.ObjectId(), sessionId, createdAt: now });
    const undo = await agent.sendJson('POST', `/forums/${forumId}/imports/${later.result.import.id}/undo`, {});
    expect(undo.status, undo.text).to.equal(200);
    expect(await Suggestion.countDocuments({ sessionId, importId: { $ne: null } })).to.equal(3);
    expect(await Suggestion.findById(live._id).lean()).to.include({ status: 'approved', mergedInto: null, version: 1 });
    expect(await Vote.exists({ _id: vote._id })).to.equal(null);
    await Suggestion.deleteOne({ _id: live._id });
    // Dewi came only with the undone import; Budi keeps his participant (his first import stays).
    const names = (await Participant.find({ sessionId }).lean()).map((p) => p.displayName).sort();
    expect(names).to.deep.equal(['Andi', 'Budi Santoso', 'Dr. Sri Wahyuni (UB)']);
    expect((await ImportRecord.findById(later.result.import.id).lean())?.undoneAt).to.be.instanceOf(Date);
    expect(await AuditEntry.countDocuments({ action: 'import.undo', targetId: new Types.ObjectId(later.result.import.id) })).to.equal(1);
    const again = await agent.sendJson('POST', `/forums/${forumId}/imports/${later.result.import.id}/undo`, {});
    expect(again.status).to.equal(409);
    // The page lists both imports, the undone one marked.
    const page = await agent.get(`/forums/${forumId}/import`);
    expect(page.status).to.equal(200);
    expect(page.text).to.include('chat2.txt').and.include('dibatalkan');
    // The page's own button is a plain form: undo, then back to the page with a notice.
    const form = await agent.postForm(`/forums/${forumId}/imports/${base.result.import.id}/undo`, {});
    expect(form.status).to.equal(303);
    expect(form.headers.get('location')).to.equal(`/forums/${forumId}/import?undone=${base.result.import.id}`);
    expect(await Suggestion.countDocuments({ sessionId })).to.equal(0);
    expect(await Participant.countDocuments({ sessionId })).to.equal(0);
  });

  it('previews a sheet with its guessed column mapping, and again with the planner\'s mapping', async () => {
    const csv = 'Timestamp,Nama,Organisasi,Usulan Anda\n2026/11/20 7:02:11 PM GMT+7,Ani,Komunitas Kriya,"Pelatihan desain produk,\ntermasuk pemasaran digital"\n2026/11/20 7:05:00 PM GMT+7,Budi,,Insentif pajak bagi startup lokal\n';
    const guessed = (await uploadPreview(agent, forumId, [{ name: 'Formulir.csv', data: csv }])).json<{ preview: PreviewView }>().preview;
    expect(guessed.format).to.equal('csv');
    expect(guessed.columns).to.deep.equal(['Timestamp', 'Nama', 'Organisasi', 'Usulan Anda']);
    expect(guessed.mapping).to.include({ text: 3, author: 1 });
    expect(guessed.rows.map((r) => [r.author, r.text])).to.deep.equal([['Ani', 'Pelatihan desain produk,\ntermasuk pemasaran digital'], ['Budi', 'Insentif pajak bagi startup lokal']]);
    const mapping = JSON.stringify({ ...guessed.mapping, text: 2, organisation: null });
    const res = await uploadPreview(agent, forumId, [{ name: 'Formulir.csv', data: csv }], { mapping });
    expect(res.status, res.text).to.equal(200);
    const remapped = res.json<{ preview: PreviewView }>().preview;
    expect(remapped.rows.map((r) => [r.text, r.keep])).to.deep.equal([['Komunitas Kriya', true], ['', false]]);
    // The re-preview replaced the first one: confirming the first finds nothing.
    expect((await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId: guessed.previewId, newSessionTitle: 'Formulir' })).status).to.equal(410);
    const again = (await uploadPreview(agent, forumId, [{ name: 'Formulir.csv', data: csv }])).json<{ preview: PreviewView }>().preview;
    const confirm = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId: again.previewId, newSessionTitle: 'Formulir' });
    const { session } = confirm.json<{ session: { id: string } }>();
    const stored = await Suggestion.find({ sessionId: session.id }).sort({ createdAt: 1 }).lean();
    expect(stored.map((s) => [s.source, s.authorName, s.organisation])).to.deep.equal([['csv', 'Ani', 'Komunitas Kriya'], ['csv', 'Budi', null]]);
  });

  it('takes several files in one import, each row keeping its own source', async () => {
    const csv = 'Nama,Usulan\nCitra,Galeri seni rupa keliling di taman kota\n';
    const res = await uploadPreview(agent, forumId, [{ name: 'chat.txt', data: whatsappExport(FIRST_EXPORT) }, { name: 'formulir.csv', data: csv }]);
    const { preview } = res.json<{ preview: PreviewView }>();
    expect([preview.fileNames, preview.rows.length, preview.rows[5]!.author]).to.deep.equal([['chat.txt', 'formulir.csv'], 6, 'Citra']);
    const confirm = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId: preview.previewId, newSessionTitle: 'Dua berkas' });
    const { session } = confirm.json<{ session: { id: string } }>();
    const sources = (await Suggestion.find({ sessionId: session.id }).lean()).map((x) => x.source).sort();
    expect(sources).to.deep.equal(['csv', 'whatsapp', 'whatsapp', 'whatsapp']);
  });

  it('asks for the day of a Zoom chat; the command line takes the target session\'s day', async () => {
    const zoom = '19:02:11 From Budi Santoso to Everyone:\n\tUsul: perlu co-working space untuk komunitas kreatif\n';
    const undated = (await uploadPreview(agent, forumId, [{ name: 'meeting_saved_chat.txt', data: zoom }])).json<{ preview: PreviewView }>().preview;
    expect([undated.format, undated.undated, undated.rows[0]!.time]).to.deep.equal(['zoom-chat', 1, null]);
    const dated = (await uploadPreview(agent, forumId, [{ name: 'meeting_saved_chat.txt', data: zoom }], { date: '2026-11-20' })).json<{ preview: PreviewView }>().preview;
    expect(dated.undated).to.equal(0);
    expect(dated.rows[0]!.time).to.match(/^20 Nov 2026.*19\.02\.11 WIB$/);

    const session = await srv.services.sessions.create(forumId, { title: 'Zoom', prompts: [] }, { id: String(new Types.ObjectId()), name: 'Mod', email: 'm@contoh.id', role: 'moderator' });
    const actor = { id: String(new Types.ObjectId()), name: 'CLI', email: '', role: 'admin' as const };
    await srv.services.imports.importFiles(forumId, [{ name: 'chat.txt', data: Buffer.from(zoom) }], { target: { sessionId: String(session._id) }, approve: false }, actor);
    const [stored] = await Suggestion.find({ sessionId: session._id }).lean();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(session.createdAt);
    expect(stored!.createdAt.toISOString()).to.equal(new Date(`${day}T19:02:11+07:00`).toISOString());
  });

  it('shows imported suggestions to the moderator console: cards one by one, a big import as one reload', async () => {
    const mod = await signedInAgent(srv.url, 'moderator');
    const base = await importFile('chat.txt', whatsappExport(FIRST_EXPORT.slice(0, 2)), { newSessionTitle: 'Konsol' });
    const sessionId = base.result.session.id;
    const socket: ClientSocket = await connectSocket(srv.url, mod.agent.cookieHeader());
    try {
      const state = await emitWithAck<{ suggestions: ModeratorView[] }>(socket, 'mod:join', { sessionId });
      expect(state.suggestions.map((s) => s.source)).to.deep.equal(['whatsapp']);
      const upsert = waitForEvent<ModeratorView>(socket, 'mod:upsert');
      await importFile('chat2.txt', whatsappExport(LATER_EXPORT), { sessionId });
      expect((await upsert).source).to.equal('whatsapp');

      const many: [string, string, string][] = Array.from({ length: 320 }, (_, i) => [
        `${20 + Math.floor(i / 100)}.${String(i % 60).padStart(2, "0")}`, `Warga ${i % 7}`, `Usulan nomor ${i}: pelatihan fotografi produk untuk UMKM kuliner`,
      ]);
      const resync = waitForEvent<{ count: number }>(socket, 'mod:resync');
      const big = await importFile('besar.txt', whatsappExport(many), { sessionId });
      expect(big.result.import.imported).to.equal(320);
      expect((await resync).count).to.equal(320);

      // Approved on import: phones in the room are told to read the feed again, once.
      await srv.services.sessions.control(sessionId, 'open', { id: mod.staff.id, name: 'Mod', email: mod.staff.email, role: 'moderator' });
      const phone = await connectSocket(srv.url);
      const { joinCode } = await srv.services.sessions.load(sessionId);
      await emitWithAck(phone, 'participant:join', { code: joinCode, consent: true });
      const feed = waitForEvent<{ count: number }>(phone, 'feed:resync');
      const approved = await importFile('disetujui.txt', whatsappExport(many.map(([time, name, text]) => [time, name, `${text} (disetujui)`])), { sessionId }, { approve: true });
      expect(approved.result.import.imported).to.equal(320);
      expect((await feed).count).to.equal(320);
      phone.disconnect();
    } finally {
      socket.disconnect();
    }
  });
});
