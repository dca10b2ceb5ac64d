import { expect } from 'chai';
import { Types } from 'mongoose';
import { AuditEntry } from '../server/audit/audit.model.js';
import { Forum } from '../server/forums/forum.model.js';
import type { OwnView } from '../server/suggestions/suggestion.presenter.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { emitWithAck } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';
import { signedInAgent } from './harness/factories.js';
import { Agent } from './harness/http.js';

type Submitted = { suggestion: OwnView };
type Live = Awaited<ReturnType<typeof liveSession>>;

const WIB_STAMP = /\d{1,2} \w{3} \d{4}, \d{2}\.\d{2}\.\d{2} WIB/;

/** The page's table rows as plain text cells (tags stripped, entities decoded), newest first. */
function rows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  const decode = (s: string) =>
    s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => decode(c[1]!)));
}

describe('audit log a planner can read', () => {
  useDatabase('audit');
  let srv: TestServer;
  let live: Live;
  const ids: Record<string, string> = {};

  before(async function () {
    this.timeout(60_000);
    srv = await startTestServer();
    live = await liveSession(srv);
    const sari = await live.participant({ displayName: 'Sari', role: 'akademisi' });
    const anon = await live.participant();
    const submit = async (socket: typeof sari.socket, key: string, text: string) => {
      ids[key] = (await emitWithAck<Submitted>(socket, 'suggestion:submit', { clientId: clientId(), text })).suggestion.id;
    };
    await submit(sari.socket, 'training', 'Pelatihan fotografi produk untuk UMKM');
    await submit(sari.socket, 'offtopic', 'Ruang kreatif <b>gratis</b> & "murah"');
    await submit(anon.socket, 'formula', '=HYPERLINK("http://contoh.id","klik")');
    await submit(anon.socket, 'cowork', 'Coworking space untuk startup');
    await submit(anon.socket, 'gone', 'Usulan yang ditarik lagi');

    await emitWithAck(sari.socket, 'suggestion:edit', { id: ids.training, text: 'Pelatihan fotografi produk bagi UMKM Malang' });
    await emitWithAck(anon.socket, 'suggestion:withdraw', { id: ids.gone });
    await emitWithAck(live.moderator, 'mod:approve', { ids: [ids.training, ids.cowork] });
    await emitWithAck(live.moderator, 'mod:reject', { ids: [ids.offtopic], reason: 'Di luar topik' });
    await emitWithAck(live.moderator, 'mod:edit', { id: ids.cowork, text: 'Coworking space bagi startup lokal' });
    await emitWithAck(live.moderator, 'mod:merge', { id: ids.formula, into: ids.cowork });
  });
  after(async () => {
    live?.close();
    await srv?.close();
  });

  it('shows each entry with its WIB time, actor name and role, verb, and the suggestion text', async () => {
    const page = await live.agent.get(`/sessions/${live.id}/audit`);
    expect(page.status).to.equal(200);
    const table = rows(page.text);
    const find = (verb: string) => table.find((r) => r[2]!.startsWith(verb));

    expect(find('menyetujui')).to.have.lengthOf(4);
    for (const r of table) expect(r[0]).to.match(WIB_STAMP);
    expect(table.filter((r) => r[2] === 'menyetujui').map((r) => r[3])).to.have.members(['Pelatihan fotografi produk bagi UMKM Malang', 'Coworking space bagi startup lokal']);
    expect(find('menyetujui')![1]).to.equal('Staf Uji Moderator');
    expect(find('menolak')!.slice(1)).to.deep.equal(['Staf Uji Moderator', 'menolak (alasan: Di luar topik)', 'Ruang kreatif <b>gratis</b> & "murah"']);
    expect(find('menggabungkan')!.slice(2)).to.deep.equal(['menggabungkan ke: Coworking space bagi startup lokal', '=HYPERLINK("http://contoh.id","klik")']);

    const edits = table.filter((r) => r[2] === 'mengedit');
    expect(edits.map((r) => [r[1], r[3]])).to.have.deep.members([
      ['Staf Uji Moderator', 'Sebelum: Coworking space untuk startup → Sesudah: Coworking space bagi startup lokal'],
      ['Sari Peserta · Akademisi', 'Sebelum: Pelatihan fotografi produk untuk UMKM → Sesudah: Pelatihan fotografi produk bagi UMKM Malang'],
    ]);
    expect(find('menarik usulan')!.slice(1)).to.deep.equal(['Peserta anonim Peserta', 'menarik usulan', 'Usulan yang ditarik lagi']);
    expect(find('membuka sesi')![3]).to.equal('—');
  });

  it('escapes every user text and shows no raw JSON', async () => {
    const page = await live.agent.get(`/sessions/${live.id}/audit`);
    expect(page.text).to.contain('Ruang kreatif &lt;b&gt;gratis&lt;/b&gt;');
    expect(page.text).not.to.contain('<b>gratis</b>');
    expect(page.text).not.to.match(/\{&quot;|\{"status"/);
  });

  it('stores participant actions with a participant actor, and the time in the forum\u2019s zone', async () => {
    const entry = await AuditEntry.findOne({ action: 'suggestion.withdraw', targetId: new Types.ObjectId(ids.gone) }).lean();
    expect(entry).to.deep.include({ actorKind: 'participant', actorName: null, actorRole: null });
    expect(entry!.before).to.deep.equal({ status: 'pending' });
    expect(entry!.after).to.deep.equal({ status: 'withdrawn' });

    await Forum.updateOne({ _id: live.session.forumId }, { $set: { timeZone: 'Asia/Makassar' } });
    try {
      const page = await live.agent.get(`/sessions/${live.id}/audit`);
      expect(rows(page.text)[0]![0]).to.match(/WITA$/);
    } finally {
      await Forum.updateOne({ _id: live.session.forumId }, { $set: { timeZone: 'Asia/Jakarta' } });
    }
  });

  it('takes a forum\u2019s time zone at creation (WIB, WITA or WIT), WIB when not given', async () => {
    const made = await live.agent.postForm('/forums', { title: 'Forum Makassar', timeZone: 'Asia/Makassar' });
    expect(made.status).to.equal(303);
    expect((await Forum.findOne({ title: 'Forum Makassar' }).lean())?.timeZone).to.equal('Asia/Makassar');
    await live.agent.postForm('/forums', { title: 'Forum Malang' });
    expect((await Forum.findOne({ title: 'Forum Malang' }).lean())?.timeZone).to.equal('Asia/Jakarta');
    expect((await live.agent.postForm('/forums', { title: 'Forum Berlin', timeZone: 'Europe/Berlin' })).status).to.equal(400);
    expect((await live.agent.get('/forums')).text).to.contain('<option value="Asia/Jayapura">WIT (Maluku, Papua)</option>');
  });

  it('reads entries written before participants were logged (no kind, no role) the same way', async () => {
    const at = new Date('2026-03-10T07:05:09Z');
    const staffId = new Types.ObjectId(live.actor.id);
    await AuditEntry.collection.insertOne({ sessionId: live.session._id, actorId: staffId, actorName: 'Moderator Lama', action: 'suggestion.pin', targetId: new Types.ObjectId(ids.cowork), before: { pinned: false }, after: { pinned: true }, at });
    try {
      const page = await live.agent.get(`/sessions/${live.id}/audit?action=suggestion.pin`);
      expect(rows(page.text)).to.deep.equal([['10 Mar 2026, 14.05.09 WIB', 'Moderator Lama Moderator', 'menyematkan', 'Coworking space bagi startup lokal']]);
      const en = await live.agent.get(`/sessions/${live.id}/audit?action=suggestion.pin&lang=en`);
      expect(rows(en.text)[0]!.slice(0, 3)).to.deep.equal(['10 Mar 2026, 14:05:09 WIB', 'Moderator Lama Moderator', 'pinned']);
      await live.agent.get('/?lang=id');
    } finally {
      await AuditEntry.deleteOne({ at });
    }
  });

  it('filters by actor and by action, and lists both in the filter', async () => {
    const all = await live.agent.get(`/sessions/${live.id}/audit`);
    expect(all.text).to.contain('<option value="suggestion.withdraw">menarik usulan</option>');
    expect(all.text).to.match(/<option value="[0-9a-f]{24}">Peserta anonim #[0-9a-f]{4} \(Peserta\)<\/option>/);
    expect(all.text).to.contain('>Sari (Peserta · Akademisi)</option>');

    const sari = await AuditEntry.findOne({ actorName: 'Sari' }).lean();
    const bySari = rows((await live.agent.get(`/sessions/${live.id}/audit?actor=${String(sari!.actorId)}&action=`)).text);
    expect(bySari.map((r) => r[2])).to.deep.equal(['mengedit']);

    const rejectPage = await live.agent.get(`/sessions/${live.id}/audit?action=suggestion.reject`);
    expect(rows(rejectPage.text)).to.have.lengthOf(1);
    // Handlebars writes = as &#x3D; in attributes; browsers read it back as =.
    const hrefs = [...rejectPage.text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&'));
    expect(hrefs).to.include.members([`/sessions/${live.id}/audit?action=suggestion.reject&lang=en`, `/sessions/${live.id}/audit.csv?action=suggestion.reject`]);
    const both = rows((await live.agent.get(`/sessions/${live.id}/audit?actor=${live.actor.id}&action=suggestion.edit`)).text);
    expect(both.map((r) => r[1])).to.deep.equal(['Staf Uji Moderator']);

    const none = await live.agent.get(`/sessions/${live.id}/audit?actor=${'0'.repeat(24)}`);
    expect(none.text).to.contain('Tidak ada catatan untuk filter ini.');
    expect((await live.agent.get(`/sessions/${live.id}/audit?actor=nope`)).status).to.equal(400);
    expect((await live.agent.get(`/sessions/${live.id}/audit?action=%24where`)).status).to.equal(400);
  });

  it('exports CSV: UTF-8 with BOM, headers in the UI language, formula cells neutralised, filter kept', async () => {
    const res = await fetch(`${srv.url}/sessions/${live.id}/audit.csv`, { headers: { cookie: live.agent.cookieHeader() } });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).to.match(/attachment; filename="?audit-Malang-Digital-Reunion-\d{4}-\d{2}-\d{2}\.csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).to.equal('Waktu (WIB),Oleh,Peran,Tindakan,Usulan,Sebelum,Sesudah,ID usulan,UTC');
    expect(text).to.contain(`"'=HYPERLINK(""http://contoh.id"",""klik"")"`);
    expect(text).not.to.match(/(^|,)=HYPERLINK/m);
    expect(text).to.contain(',Peserta anonim,Peserta,menarik usulan,Usulan yang ditarik lagi,');
    expect(text).to.contain('menolak (alasan: Di luar topik),"Ruang kreatif <b>gratis</b> & ""murah"""');
    expect(text).to.match(/\r\n\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},Sari,Peserta · Akademisi,mengedit,,Pelatihan fotografi produk untuk UMKM,Pelatihan fotografi produk bagi UMKM Malang,[0-9a-f]{24},\d{4}-/);

    const en = await fetch(`${srv.url}/sessions/${live.id}/audit.csv?action=suggestion.reject&lang=en`, { headers: { cookie: live.agent.cookieHeader() } });
    const enLines = (await en.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(enLines[0]).to.equal('When (WIB),Who,Role,Action,Suggestion,Before,After,Suggestion ID,UTC');
    expect(enLines).to.have.lengthOf(2);
    expect(enLines[1]).to.contain('rejected (reason: Di luar topik)');
  });

  it('neutralises every leading =, +, - and @ in exported cells', async () => {
    const p = await live.participant({ displayName: '@admin' });
    for (const text of ['+62 811 pusat kreatif', '-1 untuk pajak', '@semua hadir']) {
      const id = (await emitWithAck<Submitted>(p.socket, 'suggestion:submit', { clientId: clientId(), text })).suggestion.id;
      await emitWithAck(p.socket, 'suggestion:withdraw', { id });
    }
    const res = await fetch(`${srv.url}/sessions/${live.id}/audit.csv?action=suggestion.withdraw`, { headers: { cookie: live.agent.cookieHeader() } });
    const cells = (await res.text()).split('\r\n').slice(1).filter(Boolean).flatMap((l) => l.split(','));
    expect(cells).to.include.members(["'+62 811 pusat kreatif", "'-1 untuk pajak", "'@semua hadir", "'@admin"]);
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).to.deep.equal([]);
  });

  it('is for signed-in staff only: moderators, planners and admins read it; others are sent to sign in', async () => {
    for (const role of ['planner', 'admin'] as const) {
      const { agent } = await signedInAgent(srv.url, role);
      const page = await agent.get(`/sessions/${live.id}/audit`);
      expect(page.status, role).to.equal(200);
      // A planner may not run the console: "back" leads to the forum's sessions instead.
      expect(page.text, role).to.contain(role === 'planner' ? `href="/forums/${String(live.session.forumId)}"` : `href="/sessions/${live.id}"`);
      const csv = await fetch(`${srv.url}/sessions/${live.id}/audit.csv`, { headers: { cookie: agent.cookieHeader() } });
      expect(csv.status, role).to.equal(200);
    }
    // Participants have no staff sign-in: on HTTP they are anonymous, whatever they joined.
    const anonymous = new Agent(srv.url);
    for (const path of [`/sessions/${live.id}/audit`, `/sessions/${live.id}/audit.csv`]) {
      const res = await anonymous.get(path);
      expect(res.status, path).to.equal(302);
      expect(res.headers.get('location')).to.equal('/login');
      const api = await anonymous.get(path, { accept: 'application/json' });
      expect(api.status, path).to.equal(401);
    }
    expect((await live.agent.get(`/sessions/${new Types.ObjectId().toHexString()}/audit`)).status).to.equal(404);
  });
});
