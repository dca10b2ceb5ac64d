import { expect } from 'chai';
import { Report } from '../server/reports/report.model.js';
import { reportDataSchema, type ReportData } from '../server/reports/report.schema.js';
import type { OwnView } from '../server/suggestions/suggestion.presenter.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import type { AckError} from './harness/socket.js';
import { connectSocket, emitWithAck } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';
import { signedInAgent } from './harness/factories.js';
import type { Agent } from './harness/http.js';
import { FORUM_SUGGESTIONS } from './fixtures/forum-suggestions.js';

describe('reports: build, preview, publish, download', () => {
  useDatabase('report_publishing');
  let srv: TestServer;
  let forumId: string;
  let sessionId: string;
  let planner: Agent;
  let plannerIdentity: { id: string; name: string; email: string; role: 'planner' };
  let synthesisId: string;
  before(async function () {
    this.timeout(60_000);
    srv = await startTestServer({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
    const live = await liveSession(srv, { settings: { preModeration: false } });
    forumId = String(live.session.forumId);
    sessionId = live.id;
    const phones = await Promise.all(['akademisi', 'bisnis', 'komunitas'].map((role) => live.participant({ role, displayName: `Peserta ${role}`, organisation: 'Org <X>' })));
    for (const [i, s] of FORUM_SUGGESTIONS.entries()) await emitWithAck<{ suggestion: OwnView }>(phones[i % 3]!.socket, 'suggestion:submit', { clientId: clientId(), text: s.text });
    await emitWithAck(phones[0]!.socket, 'suggestion:submit', { clientId: clientId(), text: '=HYPERLINK("http://evil.example","klik") <script>alert(1)</script> **tebal** festival musik' });
    live.close();
    const signed = await signedInAgent(srv.url, 'planner');
    planner = signed.agent;
    plannerIdentity = { id: signed.staff.id, name: 'Perencana', email: signed.staff.email, role: 'planner' };
    const v = await srv.services.themes.run(forumId, { k: 4 }, plannerIdentity);
    synthesisId = v.id;
    const first = v.edited.themes[0]!;
    await srv.services.themes.edit(synthesisId, { type: 'rename', themeId: first.id, label: 'Tema Pilihan Perencana' }, plannerIdentity);
  });
  after(() => srv.close());

  it('shows the builder and previews the report as a self-contained page that runs no script', async () => {
    const page = await planner.get(`/forums/${forumId}/reports`);
    expect(page.status).to.equal(200);
    expect(page.text).to.contain('name="synthesisId"').and.contain('Malang Digital Reunion');
    // The synthesis is offered with its time in the forum's zone, named.
    expect(page.text).to.match(/<option value="[0-9a-f]{24}">[^<]*\d{2}\.\d{2}\.\d{2} WIB/);
    const preview = await planner.get(`/forums/${forumId}/reports/preview?language=en&synthesisId=${synthesisId}`);
    expect(preview.status).to.equal(200);
    expect(preview.headers.get('content-security-policy')).to.contain("default-src 'none'").and.not.contain('script-src');
    expect(preview.text).to.contain('Tema Pilihan Perencana');
    expect(preview.text).not.to.contain('<script>alert(1)</script>');
  });

  it('previews from the builder form by POST, so the CSRF token never lands in a URL', async () => {
    const page = await planner.get(`/forums/${forumId}/reports`);
    expect(page.text).to.match(/formmethod="post" formaction="\/forums\/[0-9a-f]{24}\/reports\/preview"/).and.not.contain('formmethod="get"');
    const res = await planner.postForm(`/forums/${forumId}/reports/preview`, { language: 'en', synthesisId });
    expect(res.status).to.equal(200);
    expect(res.text).to.contain('Tema Pilihan Perencana');
    expect((await planner.postForm(`/forums/${forumId}/reports/preview`, { synthesisId }, { csrf: false })).status).to.equal(403);
  });

  it('refuses an empty selection with a clear message instead of an empty file', async () => {
    const res = await planner.get(`/forums/${forumId}/reports/preview?roles=media`);
    expect(res.status).to.equal(400);
    expect(res.text).to.contain('filters: no suggestions match these filters');
    const bad = await planner.get(`/forums/${forumId}/reports/preview?from=kemarin`);
    expect(bad.status).to.equal(400);
    expect(bad.text).to.contain('from: must be a date');
  });

  it('publishes immutable versions that can be regenerated identically, and later edits make a new version', async function () {
    this.timeout(30_000);
    const res = await planner.postForm(`/forums/${forumId}/reports`, { synthesisId, language: 'id', sessionIds: sessionId });
    expect(res.status).to.equal(303);
    const reportId = res.headers.get('location')!.split('/').pop()!;
    const stored = await Report.findById(reportId).lean();
    expect(stored).to.deep.include({ version: 1, synthesisVersion: 1, lang: 'id' });
    expect((stored!.edits as unknown[]).length).to.equal(1);
    const data = JSON.parse(stored!.data) as ReportData;
    expect(data.themes.map((t) => t.label)).to.include('Tema Pilihan Perencana');
    expect(data.summary.suggestions).to.equal(FORUM_SUGGESTIONS.length + 1);
    expect(data.appendix[0]).not.to.have.property('name');

    const themeId = data.themes.find((t) => t.label === 'Tema Pilihan Perencana')!.id;
    await srv.services.themes.edit(synthesisId, { type: 'rename', themeId, label: 'Nama Baru' }, plannerIdentity);
    expect(await srv.services.reports.regenerate(reportId)).to.deep.equal(data);
    const json = await planner.get(`/reports/${reportId}/download/json`);
    expect(json.headers.get('content-disposition')).to.match(/attachment; filename="rembuk-.*-v1\.json"/);
    expect(reportDataSchema.parse(JSON.parse(json.text)).themes.map((t) => t.label)).to.include('Tema Pilihan Perencana');

    const second = await planner.sendJson('POST', `/forums/${forumId}/reports`, { synthesisId, includePersonalData: true });
    expect(second.status).to.equal(201);
    const v2 = await Report.findOne({ forumId, version: 2 }).lean();
    const v2data = JSON.parse(v2!.data) as ReportData;
    expect(v2data.themes.map((t) => t.label)).to.include('Nama Baru');
    expect(v2data.appendix.find((r) => r.name)?.organisation).to.equal('Org <X>');
    const list = await planner.get(`/forums/${forumId}/reports`);
    expect(list.text).to.contain('Versi 2').and.contain('Versi 1');
  });

  it('downloads every format; only planners and admins may', async function () {
    this.timeout(60_000);
    const report = await Report.findOne({ forumId, version: 1 }).lean();
    const id = String(report!._id);
    const types: Record<string, string> = {
      html: 'text/html',
      pdf: 'application/pdf',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      csv: 'text/csv',
      json: 'application/json',
      md: 'text/markdown',
    };
    for (const [format, type] of Object.entries(types)) {
      const res = await planner.get(`/reports/${id}/download/${format}`);
      expect(res.status, format).to.equal(200);
      expect(res.headers.get('content-type'), format).to.contain(type);
    }
    expect((await planner.get(`/reports/${id}/download/exe`)).status).to.equal(404);
    const { agent: moderator } = await signedInAgent(srv.url, 'moderator');
    expect((await moderator.get(`/reports/${id}/download/pdf`)).status).to.equal(403);
    expect((await moderator.get(`/forums/${forumId}/reports`)).status).to.equal(403);
  });

  it('exports over the socket with progress, to planners only', async function () {
    this.timeout(60_000);
    const report = await Report.findOne({ forumId, version: 1 }).lean();
    const socket = await connectSocket(srv.url, planner.cookieHeader());
    const progress: number[] = [];
    socket.on('report:progress', (p: { fraction: number }) => progress.push(p.fraction));
    const file = await emitWithAck<{ filename: string; data: Buffer }>(socket, 'report:export', { reportId: String(report!._id), format: 'xlsx' }, 60_000);
    expect(file.filename).to.match(/\.xlsx$/);
    expect(Buffer.from(file.data).subarray(0, 2).toString()).to.equal('PK');
    expect(progress.length).to.be.greaterThan(0);
    const { agent } = await signedInAgent(srv.url, 'moderator');
    const mod = await connectSocket(srv.url, agent.cookieHeader());
    let err: unknown;
    try {
      await emitWithAck(mod, 'report:export', { reportId: String(report!._id), format: 'csv' });
    } catch (e) {
      err = e;
    }
    expect((err as AckError).error.id).to.equal('forbidden');
    socket.disconnect();
    mod.disconnect();
  });
});
