import { expect } from 'chai';
import { Forum } from '../../server/forums/forum.model.js';
import { parse } from '../../server/http/validate.js';
import { reportRequestSchema } from '../../server/reports/report.filters.js';
import type { PreviewView } from '../../server/imports/imports.presenter.js';
import { FORUM_SUGGESTIONS } from '../fixtures/forum-suggestions.js';
import { useDatabase } from '../harness/db.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { signedInAgent } from '../harness/factories.js';
import { uploadPreview, whatsappExport } from './upload.js';

/** Imported input flows into themes and reports like live input, and the report's appendix says where it came from. */
describe('imports: themes and reports carry the source', () => {
  useDatabase('imports_themes');
  let srv: TestServer;
  after(async () => srv.close());

  it('an approved WhatsApp import is synthesised and listed in the report appendix as "impor: WhatsApp"', async function () {
    this.timeout(60_000);
    srv = await startTestServer();
    const { agent, staff } = await signedInAgent(srv.url, 'planner');
    const forumId = String((await Forum.create({ title: 'Road Map', createdBy: staff.id }))._id);
    const lines: [string, string, string][] = FORUM_SUGGESTIONS.map((s, i) => [`19.${String(i).padStart(2, '0')}`, `Warga ${i % 9}`, s.text.replace(/\n/g, ' ')]);
    const res = await uploadPreview(agent, forumId, [{ name: 'grup.txt', data: whatsappExport(lines) }]);
    const { preview } = res.json<{ preview: PreviewView }>();
    const keep = preview.rows.filter((r) => !r.keep).map((r) => r.index); // everything, for a predictable count
    const confirm = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId: preview.previewId, keep, newSessionTitle: 'WhatsApp', approve: true });
    expect(confirm.status, confirm.text).to.equal(201);

    const actor = { id: staff.id, name: 'Perencana', email: staff.email, role: 'planner' as const };
    const run = await srv.services.themes.run(forumId, { k: 3 }, actor);
    const data = await srv.services.reports.preview(forumId, parse(reportRequestSchema, { synthesisId: run.id }));
    expect(data.appendix).to.have.length(FORUM_SUGGESTIONS.length);
    expect(new Set(data.appendix.map((r) => r.source))).to.deep.equal(new Set(['impor: WhatsApp']));
  });
});
