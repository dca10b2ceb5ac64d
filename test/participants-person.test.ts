import { expect } from 'chai';
import type { HelloResult, JoinResult } from '../server/realtime/events.js';
import { Participant } from '../server/participants/participant.model.js';
import { reportRequestSchema } from '../server/reports/report.filters.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { ackError, connectSocket, emitWithAck, type ClientSocket } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';

/**
 * One person across a forum's sessions: a phone that joins another session of the same forum keeps
 * its name, role, organisation and consent (editable), and reports count people, not joins.
 */
describe('participants: one person across the sessions of a forum', () => {
  useDatabase('participants_person');
  let srv: TestServer;
  const sockets: ClientSocket[] = [];
  before(async function () {
    this.timeout(60_000);
    srv = await startTestServer({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
  });
  after(async () => {
    sockets.forEach((s) => s.disconnect());
    await srv.close();
  });

  async function phone(): Promise<ClientSocket> {
    const s = await connectSocket(srv.url);
    sockets.push(s);
    return s;
  }

  /** A forum with `n` live sessions (no pre-moderation), all run by one moderator. */
  async function forumWithSessions(n: number) {
    const first = await liveSession(srv, { settings: { preModeration: false } });
    first.close();
    const forumId = String(first.session.forumId);
    const codes = [first.code];
    for (let i = 1; i < n; i++) {
      const s = await srv.services.sessions.create(forumId, { title: `Sesi ${i + 1}`, prompts: ['Apa usulan Anda?'] }, first.actor);
      await srv.services.sessions.updateSettings(String(s._id), { preModeration: false }, first.actor);
      await srv.services.sessions.control(String(s._id), 'open', first.actor);
      codes.push(s.joinCode);
    }
    return { forumId, codes, actor: first.actor };
  }

  it('a second session of the forum knows the person: profile offered, consent kept, edits taken, one personId', async () => {
    const { codes } = await forumWithSessions(2);
    const a = await emitWithAck<JoinResult>(await phone(), 'participant:join', { code: codes[0], consent: true, displayName: 'Rina', role: 'komunitas', organisation: 'Malang Creative Hub' });
    expect(a.person, 'a new person gets a forum token').to.be.a('string');

    const second = await phone();
    const hello = await emitWithAck<HelloResult>(second, 'participant:hello', { code: codes[1], person: a.person });
    expect(hello.profile).to.deep.equal({ displayName: 'Rina', role: 'komunitas', organisation: 'Malang Creative Hub' });
    // Consent was given in this forum already; the organisation is edited on the way in.
    const b = await emitWithAck<JoinResult>(second, 'participant:join', { code: codes[1], person: a.person, displayName: 'Rina', role: 'komunitas', organisation: 'Kolektif Musik Malang' });
    expect(b.person, 'no new person token').to.equal(undefined);
    expect(b.participant.id).to.not.equal(a.participant.id);
    const [pa, pb] = await Promise.all([Participant.findById(a.participant.id).lean(), Participant.findById(b.participant.id).lean()]);
    expect(String(pb?.personId)).to.equal(String(pa?.personId));
    expect(pb?.consentAt?.toISOString()).to.equal(pa?.consentAt?.toISOString());
    expect(pb?.organisation).to.equal('Kolektif Musik Malang');
  });

  it('a person token of another forum is not known: consent is asked again and a new person made', async () => {
    const one = await forumWithSessions(1);
    const other = await forumWithSessions(1);
    const a = await emitWithAck<JoinResult>(await phone(), 'participant:join', { code: one.codes[0], consent: true, displayName: 'Budi' });
    const s = await phone();
    expect((await emitWithAck<HelloResult>(s, 'participant:hello', { code: other.codes[0], person: a.person })).profile).to.equal(null);
    expect((await ackError(emitWithAck(s, 'participant:join', { code: other.codes[0], person: a.person }))).detail).to.equal('Centang persetujuan penggunaan usulan untuk melanjutkan.');
    const b = await emitWithAck<JoinResult>(s, 'participant:join', { code: other.codes[0], person: a.person, consent: true });
    expect(b.person).to.be.a('string').and.not.equal(a.person);
  });

  it('three people who joined three sessions of one forum are three people in the themes and the report', async function () {
    this.timeout(60_000);
    const { forumId, codes, actor } = await forumWithSessions(3);
    const people = [
      { role: 'akademisi', texts: ['Pelatihan animasi dan desain untuk mahasiswa', 'Kurikulum SMK tentang pengembangan game', 'Riset pasar kriya bersama kampus'] },
      { role: 'bisnis', texts: ['Akses permodalan untuk usaha kuliner kecil', 'Pinjaman lunak bagi pelaku fesyen', 'Pameran produk kriya di mal kota'] },
      { role: 'komunitas', texts: ['Ruang kreatif gratis untuk komunitas musik', 'Festival musik indie tiap tahun di alun-alun', 'Galeri seni rupa untuk seniman muda'] },
    ] as const;
    for (const p of people) {
      let person: string | undefined;
      for (const [i, code] of codes.entries()) {
        const s = await phone();
        const join = await emitWithAck<JoinResult>(s, 'participant:join', { code, person, consent: true, role: p.role });
        person ??= join.person;
        await emitWithAck(s, 'suggestion:submit', { clientId: clientId(), text: p.texts[i] });
      }
    }
    expect(await Participant.countDocuments({ forumId })).to.equal(9);
    const planner = { ...actor, role: 'planner' as const };
    const run = await srv.services.themes.run(forumId, { k: 3 }, planner);
    const themed = run.edited.themes.reduce((n, t) => n + t.participants, 0);
    expect(themed, 'no theme counts more people than exist').to.be.at.most(3 * run.edited.themes.length);
    const report = await srv.services.reports.preview(forumId, reportRequestSchema.parse({ synthesisId: run.id }));
    expect(report.summary.participants, 'people, not joins (9 joins)').to.equal(3);
    expect(report.participationByRole.filter((r) => r.participants > 0).map((r) => [r.role, r.participants, r.suggestions])).to.have.deep.members([
      ['akademisi', 1, 3],
      ['bisnis', 1, 3],
      ['komunitas', 1, 3],
    ]);
  });
});
