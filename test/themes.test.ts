import { expect } from 'chai';
import { Synthesis } from '../server/themes/synthesis.model.js';
import { synthesisStore, type RunDoc } from '../server/themes/synthesis.store.js';
import type { ThemesState } from '../server/realtime/events.js';
import type { SynthesisView } from '../server/themes/themes.service.js';
import type { OwnView } from '../server/suggestions/suggestion.presenter.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { ackError, connectSocket, emitWithAck, waitForEvent, type ClientSocket } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';
import { signedInAgent } from './harness/factories.js';
import { FORUM_SUGGESTIONS } from './fixtures/forum-suggestions.js';
import { warmWorker } from '../server/themes/synthesis.runner.js';

describe('themes: synthesis runs, snapshots and planner edits', () => {
  useDatabase('themes');
  let srv: TestServer;
  let live: Awaited<ReturnType<typeof liveSession>>;
  let planner: ClientSocket;
  let forumId: string;
  before(async function () {
    this.timeout(60_000);
    srv = await startTestServer({ LIVE_THEMES_DEBOUNCE_MS: '300', SUBMIT_LIMIT_PER_MINUTE: '1000' });
    live = await liveSession(srv, { settings: { preModeration: false } });
    forumId = String(live.session.forumId);
    const phones = await Promise.all([0, 1, 2, 3].map((i) => live.participant({ role: ['akademisi', 'bisnis', 'komunitas', 'pemerintah'][i] })));
    for (const [i, s] of FORUM_SUGGESTIONS.entries()) {
      await emitWithAck<{ suggestion: OwnView }>(phones[i % 4]!.socket, 'suggestion:submit', { clientId: clientId(), text: s.text });
    }
    const { agent } = await signedInAgent(srv.url, 'planner');
    planner = await connectSocket(srv.url, agent.cookieHeader());
  });
  after(async () => {
    planner?.disconnect();
    live?.close();
    await srv.close();
  });

  it('moderators and the projector see live themes once enough suggestions are approved', async function () {
    this.timeout(30_000);
    // Approvals happened in before(); one more change triggers a run shortly after.
    const seen = waitForEvent<{ id: string; label: string; size: number }[]>(live.moderator, 'themes:live', 20_000);
    const p = await live.participant();
    await emitWithAck(p.socket, 'suggestion:submit', { clientId: clientId(), text: 'pelatihan videografi untuk konten kreator' });
    const themes = await seen;
    expect(themes.length).to.be.within(2, 8);
    expect(themes.reduce((s, t) => s + t.size, 0)).to.be.at.most(FORUM_SUGGESTIONS.length + 1);
  });

  it('folds a few new suggestions in to the live themes (same themes, larger), and clusters again once a fifth changed', async function () {
    this.timeout(40_000);
    const room = await liveSession(srv, { settings: { preModeration: false } });
    const phones = await Promise.all([0, 1, 2, 3, 4].map(() => room.participant()));
    let sent = 0;
    const submit = async (texts: string[]): Promise<{ id: string; label: string; size: number }[]> => {
      const seen = waitForEvent<{ id: string; label: string; size: number }[]>(room.moderator, 'themes:live', 20_000);
      for (const text of texts) await emitWithAck(phones[sent++ % phones.length]!.socket, 'suggestion:submit', { clientId: clientId(), text });
      return seen;
    };
    const before = await submit(FORUM_SUGGESTIONS.slice(0, 20).map((s) => s.text));
    const jobs = { ...warmWorker.jobs };
    // 2 of 20: folded in, no clustering.
    const after = await submit(['festival film dokumenter tahunan', 'Pelatihan fotografi untuk pemuda kampung']);
    expect(warmWorker.jobs['fold-in']).to.equal(jobs['fold-in'] + 1);
    expect(warmWorker.jobs.synthesise).to.equal(jobs.synthesise);
    expect(after.map((t) => `${t.id} ${t.label}`)).to.have.members(before.map((t) => `${t.id} ${t.label}`));
    expect(after.reduce((s, t) => s + t.size, 0)).to.equal(before.reduce((s, t) => s + t.size, 0) + 2);
    // 3 more: 5 of 20 changed since the clustering, so the themes are clustered again.
    await submit(['akses modal untuk studio musik', 'Ruang kreatif di perpustakaan kota', 'hibah untuk festival seni']);
    expect(warmWorker.jobs.synthesise).to.equal(jobs.synthesise + 1);
    room.close();
  });

  it('offers moderators near-duplicate waiting suggestions as merge candidates', async function () {
    this.timeout(30_000);
    const queue = await liveSession(srv); // pre-moderation on: everything waits
    const p = await queue.participant();
    const ids: string[] = [];
    for (const text of ['Pelatihan desain grafis gratis untuk pelajar SMK', 'pelatihan desain grafis gratis utk pelajar SMK!', 'Festival musik jazz di alun-alun', 'Akses permodalan UMKM kreatif']) {
      ids.push((await emitWithAck<{ suggestion: OwnView }>(p.socket, 'suggestion:submit', { clientId: clientId(), text })).suggestion.id);
    }
    const groups = await waitForEvent<{ ids: string[]; similarity: number }[]>(queue.moderator, 'mod:duplicates', 20_000);
    expect(groups.map((g) => [...g.ids].sort())).to.deep.include([ids[0]!, ids[1]!].sort());
    expect(groups.flatMap((g) => g.ids)).not.to.include(ids[2]);
    queue.close();
  });

  it('a planner runs a synthesis with progress, and it is stored as version 1 with its inputs', async function () {
    this.timeout(60_000);
    const state = await emitWithAck<ThemesState>(planner, 'themes:join', { forumId });
    expect(state.latest).to.equal(null);
    expect(state.sessions).to.have.length(1);
    expect(state.sessions[0]!.approved).to.equal(FORUM_SUGGESTIONS.length + 1);
    const progress: number[] = [];
    planner.on('synthesis:progress', (p: { fraction: number }) => progress.push(p.fraction));
    const finished = waitForEvent<{ version: number; status: string }>(planner, 'synthesis:finished', 60_000);
    const v = await emitWithAck<SynthesisView>(planner, 'themes:run', { forumId, k: 4 }, 60_000);
    expect(await finished).to.deep.include({ version: 1, status: 'done' });
    expect(progress.length).to.be.greaterThan(0);
    expect(v.version).to.equal(1);
    expect(v.inputs).to.equal(FORUM_SUGGESTIONS.length + 1);
    expect(v.edited.themes.length).to.be.within(3, 4);
    const labels = v.edited.themes.map((t) => t.label.toLowerCase()).join(' | ');
    expect(labels).to.match(/festival/).and.match(/ruang|coworking/);
    const stored = await Synthesis.findOne({ forumId, version: 1 }).lean<RunDoc>();
    expect(stored?.status).to.equal('done');
    expect(stored?.inputCount).to.equal(FORUM_SUGGESTIONS.length + 1);
    expect((await synthesisStore.data(stored!, { cached: false }))?.inputs).to.have.length(FORUM_SUGGESTIONS.length + 1);
    expect(stored?.params).to.deep.include({ k: 4 });
  });

  it('planner edits are validated, stored, and survive a re-run on new data', async function () {
    this.timeout(90_000);
    const v1 = (await emitWithAck<ThemesState>(planner, 'themes:join', { forumId })).latest!;
    const festival = v1.edited.themes.find((t) => /festival/i.test(t.label))!;
    const other = v1.edited.themes.find((t) => t.id !== festival.id)!;
    let v = await emitWithAck<SynthesisView>(planner, 'themes:edit', { synthesisId: v1.id, edit: { type: 'rename', themeId: festival.id, label: 'Festival & <Event> Kota' } });
    expect(v.edited.themes.find((t) => t.id === festival.id)).to.deep.include({ label: 'Festival & <Event> Kota', labelByPlanner: true });
    v = await emitWithAck<SynthesisView>(planner, 'themes:edit', { synthesisId: v1.id, edit: { type: 'move', suggestionId: other.members[0], toThemeId: festival.id } });
    expect(v.edited.themes.find((t) => t.id === festival.id)!.members).to.include(other.members[0]);
    expect((await ackError(emitWithAck(planner, 'themes:edit', { synthesisId: v1.id, edit: { type: 'rename', themeId: 'nope', label: 'x' } }))).detail).to.match(/^edit:/);
    expect((await ackError(emitWithAck(planner, 'themes:edit', { synthesisId: v1.id, edit: { type: 'rename', themeId: festival.id, label: '  ' } }))).detail).to.match(/label/);
    expect((await ackError(emitWithAck(planner, 'themes:edit', { synthesisId: v1.id, edit: { type: 'explode' } }))).id).to.equal('validation_failed');

    // New suggestions arrive; the re-run keeps the festival theme's id, so the planner's name stays.
    const p = await live.participant();
    for (const text of ['festival musik keroncong di taman kota', 'Festival film dokumenter tentang Malang']) {
      await emitWithAck(p.socket, 'suggestion:submit', { clientId: clientId(), text });
    }
    const v2 = await emitWithAck<SynthesisView>(planner, 'themes:run', { forumId, k: 4 }, 60_000);
    expect(v2.version).to.equal(2);
    const kept = v2.edited.themes.find((t) => t.id === festival.id);
    expect(kept, 'festival theme keeps its id across runs').to.not.equal(undefined);
    expect(kept!.label).to.equal('Festival & <Event> Kota');
    // Version 1 is history: it can be read but no longer edited.
    expect((await ackError(emitWithAck(planner, 'themes:edit', { synthesisId: v1.id, edit: { type: 'hide', themeId: other.id } }))).id).to.equal('conflict');
  });

  it('refuses runs to moderators and reports an empty selection clearly', async function () {
    this.timeout(30_000);
    expect((await ackError(emitWithAck(live.moderator, 'themes:run', { forumId }))).id).to.equal('forbidden');
    const { agent } = await signedInAgent(srv.url, 'moderator');
    const empty = await liveSession(srv);
    const admin = await signedInAgent(srv.url, 'admin');
    const s = await connectSocket(srv.url, admin.agent.cookieHeader());
    const err = await ackError(emitWithAck(s, 'themes:run', { forumId: String(empty.session.forumId) }));
    expect(err.detail).to.equal('sessions: no approved suggestions to synthesise yet');
    expect((await ackError(emitWithAck(s, 'themes:run', { forumId, sessionIds: [String(empty.session._id)] }))).detail).to.match(/^sessionIds:/);
    const page = await admin.agent.get(`/forums/${forumId}/themes`);
    expect(page.status).to.equal(200);
    expect((await agent.get(`/forums/${forumId}/themes`)).status).to.equal(403);
    s.disconnect();
    empty.close();
  });
});

describe('live themes when the server stops', () => {
  useDatabase('themes-stop');

  it('a live-theme update waiting for its quiet period does not run once the server is stopping', async () => {
    const srv = await startTestServer({ LIVE_THEMES_DEBOUNCE_MS: '300' });
    const live = await liveSession(srv); // pre-moderation on: waiting suggestions ask for merge candidates
    const { socket } = await live.participant();
    for (const text of ['Pelatihan desain grafis untuk pelajar', 'pelatihan desain grafis utk pelajar']) {
      await emitWithAck(socket, 'suggestion:submit', { clientId: clientId(), text });
    }
    const jobs = warmWorker.jobs.duplicates;
    live.close();
    await srv.close(); // the database stays open here; in production it closes right after
    await new Promise((r) => setTimeout(r, 900));
    expect(warmWorker.jobs.duplicates, 'no run after the stop').to.equal(jobs);
  });
});
