import { expect } from 'chai';
import { useDatabase } from './harness/db.js';
import { Agent } from './harness/http.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { signedInAgent } from './harness/factories.js';
import { seededForum } from './harness/live.js';

/** The opt-in public results page of a forum: closed until staff choose a published report for it. */
describe('participants: the public results page of a forum', () => {
  useDatabase('participants_results');
  let srv: TestServer;
  before(async function () {
    this.timeout(60_000);
    srv = await startTestServer({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
  });
  after(() => srv.close());

  it('is closed by default, opens with the report staff choose (never one with personal data), and the join page links to it', async function () {
    this.timeout(90_000);
    const { live, forumId } = await seededForum(srv, ['akademisi', 'bisnis', 'komunitas']);
    live.close();
    const planner = { ...live.actor, role: 'planner' as const };
    const run = await srv.services.themes.run(forumId, { k: 4 }, planner);
    const { agent: staff } = await signedInAgent(srv.url, 'planner');
    const plain = await staff.sendJson('POST', `/forums/${forumId}/reports`, { synthesisId: run.id });
    const personal = await staff.sendJson('POST', `/forums/${forumId}/reports`, { synthesisId: run.id, includePersonalData: true });
    const [plainId = '', personalId = ''] = [plain, personal].map((r) => (JSON.parse(r.text) as { report: { id: string } }).report.id);

    const visitor = new Agent(srv.url);
    expect((await visitor.get(`/hasil/${forumId}`)).status, 'closed until chosen').to.equal(404);
    expect((await visitor.get(`/hasil/${forumId}/laporan.pdf`)).status).to.equal(404);
    expect((await visitor.get(`/j/${live.code}`)).text).not.to.contain('id="results-link"');

    const refused = await staff.sendJson('POST', `/forums/${forumId}/results`, { reportId: personalId });
    expect(refused.status).to.equal(400);
    expect((JSON.parse(refused.text) as { error: { detail: string } }).error.detail).to.contain('nama atau organisasi');
    expect((await visitor.get(`/hasil/${forumId}`)).status).to.equal(404);

    const chosen = await staff.postForm(`/forums/${forumId}/results`, { reportId: plainId });
    expect(chosen.status).to.equal(303);
    const page = await visitor.get(`/hasil/${forumId}`);
    expect(page.status).to.equal(200);
    expect(page.text).to.contain('Road Map Ekonomi Kreatif Kota Malang 2026-2030');
    const label = run.edited.themes.find((t) => !t.hidden)!.label;
    expect(page.text).to.contain(label.replace(/&/g, '&amp;'));
    const pdf = await visitor.get(`/hasil/${forumId}/laporan.pdf`);
    expect(pdf.status).to.equal(200);
    expect(pdf.headers.get('content-type')).to.contain('application/pdf');
    expect((await visitor.get(`/hasil/${forumId}/laporan.json`)).status, 'only the public formats').to.equal(404);
    expect((await visitor.get(`/j/${live.code}`)).text).to.contain(`href="/hasil/${forumId}"`);
    expect((await staff.get(`/forums/${forumId}`)).text).to.match(new RegExp(`<option value="${plainId}" selected>`));

    // Hiding it closes the page again.
    expect((await staff.postForm(`/forums/${forumId}/results`, { reportId: '' })).status).to.equal(303);
    expect((await visitor.get(`/hasil/${forumId}`)).status).to.equal(404);
    expect((await visitor.get('/hasil/not-an-id')).status).to.equal(404);
  });
});
