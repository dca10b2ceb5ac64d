import { expect } from 'chai';
import type { RoadmapMatrix } from '../../server/themes/roadmap-matrix.rules.js';
import { CROSS_SUBSECTOR, OTHER_ISSUE } from '../../server/themes/roadmap-matrix.rules.js';
import type { SynthesisView } from '../../server/themes/themes.service.js';
import type { OwnView } from '../../server/suggestions/suggestion.presenter.js';
import { Report } from '../../server/reports/report.model.js';
import type { ReportData } from '../../server/reports/report.schema.js';
import { DEFAULT_ISSUES, DEFAULT_SUBSECTORS } from '../../server/synthesis/lexicons/taxonomy.js';
import { useDatabase } from '../harness/db.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { ackError, connectSocket, emitWithAck, type ClientSocket } from '../harness/socket.js';
import { clientId, liveSession } from '../harness/live.js';
import { signedInAgent } from '../harness/factories.js';
import { FORUM_SUGGESTIONS } from '../fixtures/forum-suggestions.js';

const ROLES = ['akademisi', 'bisnis', 'komunitas', 'pemerintah', 'media', undefined];

describe('themes: the road-map matrix of a synthesis, for the themes page and in published reports', () => {
  useDatabase('roadmap');
  let srv: TestServer;
  let planner: ClientSocket;
  let forumId: string;
  let view: SynthesisView;
  before(async function () {
    this.timeout(90_000);
    srv = await startTestServer({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
    const live = await liveSession(srv, { settings: { preModeration: false } });
    forumId = String(live.session.forumId);
    const phones = await Promise.all(ROLES.map((role) => live.participant(role ? { role } : {})));
    for (const [i, s] of FORUM_SUGGESTIONS.entries()) await emitWithAck<{ suggestion: OwnView }>(phones[i % ROLES.length]!.socket, 'suggestion:submit', { clientId: clientId(), text: s.text });
    live.close();
    const { agent } = await signedInAgent(srv.url, 'planner');
    planner = await connectSocket(srv.url, agent.cookieHeader());
    view = await emitWithAck<SynthesisView>(planner, 'themes:run', { forumId, k: 4 }, 90_000);
  });
  after(async () => {
    planner?.disconnect();
    await srv.close();
  });

  it('counts every approved suggestion once, per role, with issues named from the taxonomy and themes in the cells', async () => {
    const m = await emitWithAck<RoadmapMatrix>(planner, 'themes:matrix', { forumId, synthesisId: view.id });
    expect(m.total.suggestions).to.equal(FORUM_SUGGESTIONS.length);
    expect(m.total.roles.reduce((a, b) => a + b, 0)).to.equal(FORUM_SUGGESTIONS.length);
    // one suggestion in six has no role: the last column
    expect(m.roles.at(-1)).to.deep.equal({ id: 'unknown', label: 'Tidak disebutkan' });
    expect(m.total.roles.at(-1)).to.equal(Math.floor(FORUM_SUGGESTIONS.length / 6));
    expect(m.rows.slice(0, DEFAULT_ISSUES.length).map((r) => r.issue)).to.deep.equal(DEFAULT_ISSUES.map(({ id, label }) => ({ id, label })));
    expect(m.rows.at(-1)!.issue.id).to.equal(OTHER_ISSUE);
    expect(m.subsectors.at(-1)!.id).to.equal(CROSS_SUBSECTOR);
    const themed = new Set(m.rows.flatMap((r) => r.cells.flatMap((c) => c.themes.map((t) => t.id))));
    const visible = view.edited.themes.filter((t) => !t.hidden).map((t) => t.id);
    expect([...themed].sort()).to.deep.equal([...visible].sort());
  });

  it("names subsector and issue tags in the planner's language, never by their ids", async () => {
    const { agent } = await signedInAgent(srv.url, 'planner');
    const english = await connectSocket(srv.url, `${agent.cookieHeader()}; rembuk_lang=en`);
    try {
      const state = await emitWithAck<{ latest: SynthesisView }>(english, 'themes:join', { forumId });
      const tags = state.latest.edited.themes.flatMap((t) => [...t.subsectors, ...t.issues]);
      expect(tags.length).to.be.greaterThan(0);
      const en = new Map([...DEFAULT_ISSUES, ...DEFAULT_SUBSECTORS].map((e) => [e.id, e.labelEn]));
      for (const tag of tags) expect(tag.label, tag.id).to.equal(en.get(tag.id) ?? tag.label).and.not.equal(tag.id);
      const issueTag = tags.find((t) => DEFAULT_ISSUES.some((i) => i.id === t.id));
      expect(issueTag, 'an issue tag').to.not.equal(undefined);
      // The Indonesian page keeps the Indonesian names.
      expect(view.edited.themes.flatMap((t) => t.issues).find((t) => t.id === issueTag!.id)?.label).to.equal(DEFAULT_ISSUES.find((i) => i.id === issueTag!.id)!.label);
    } finally {
      english.disconnect();
    }
  });

  it('follows planner edits and refuses a synthesis of another forum', async () => {
    const theme = view.edited.themes[0]!;
    await emitWithAck(planner, 'themes:edit', { synthesisId: view.id, edit: { type: 'rename', themeId: theme.id, label: 'Nama <baru> dari perencana' } });
    const m = await emitWithAck<RoadmapMatrix>(planner, 'themes:matrix', { forumId, synthesisId: view.id });
    const labels = new Set(m.rows.flatMap((r) => r.cells.flatMap((c) => c.themes.filter((t) => t.id === theme.id).map((t) => t.label))));
    expect([...labels]).to.deep.equal(['Nama <baru> dari perencana']);
    const other = await liveSession(srv);
    const err = await ackError(emitWithAck(planner, 'themes:matrix', { forumId: String(other.session.forumId), synthesisId: view.id }));
    expect(err.id).to.equal('validation_failed');
    other.close();
  });

  it('is stored in the published report, and the report keeps it after later edits', async function () {
    this.timeout(30_000);
    const { agent } = await signedInAgent(srv.url, 'planner');
    const res = await agent.sendJson('POST', `/forums/${forumId}/reports`, { synthesisId: view.id });
    expect(res.status).to.equal(201);
    const stored = JSON.parse((await Report.findOne({ forumId }).sort({ version: -1 }).lean())!.data) as ReportData;
    const live = await emitWithAck<RoadmapMatrix>(planner, 'themes:matrix', { forumId, synthesisId: view.id });
    expect(stored.roadmap).to.deep.equal(live);
    const theme = view.edited.themes[1]!;
    await emitWithAck(planner, 'themes:edit', { synthesisId: view.id, edit: { type: 'hide', themeId: theme.id } });
    const after = JSON.parse((await Report.findOne({ forumId }).sort({ version: -1 }).lean())!.data) as ReportData;
    expect(after.roadmap).to.deep.equal(stored.roadmap);
    const changed = await emitWithAck<RoadmapMatrix>(planner, 'themes:matrix', { forumId, synthesisId: view.id });
    expect(JSON.stringify(changed)).not.to.contain(`"id":"${theme.id}"`);
  });
});
