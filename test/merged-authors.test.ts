import { expect } from 'chai';
import type { ModeratorView, OwnView } from '../server/suggestions/suggestion.presenter.js';
import { reportRequestSchema } from '../server/reports/report.filters.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { emitWithAck } from './harness/socket.js';
import { clientId, seededForum } from './harness/live.js';

/**
 * A duplicate a moderator merges is no longer a suggestion of its own, but its author asked for
 * the same thing: the themes and the report keep counting that person (and their pentahelix role).
 */
describe('merged duplicates keep their authors in theme and report counts', () => {
  useDatabase('merged_authors');
  let srv: TestServer;
  before(async function () {
    this.timeout(60_000);
    srv = await startTestServer({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
  });
  after(() => srv.close());

  it('counts the merged author among the people of the theme, the forum and their role', async function () {
    this.timeout(60_000);
    const { live, forumId } = await seededForum(srv, ['akademisi', 'bisnis', 'komunitas', 'pemerintah']);
    const journalist = await live.participant({ role: 'media' });
    const own = (await emitWithAck<{ suggestion: OwnView }>(journalist.socket, 'suggestion:submit', { clientId: clientId(), text: 'Tolong adakan pelatihan animasi buat anak muda' })).suggestion;
    const inConsole = (await emitWithAck<{ suggestions: ModeratorView[] }>(live.moderator, 'mod:join', { sessionId: live.id })).suggestions;
    const target = inConsole.find((s) => s.id !== own.id && /pelatihan/i.test(s.text)) ?? inConsole.find((s) => s.id !== own.id)!;
    await emitWithAck(live.moderator, 'mod:merge', { id: own.id, into: target.id });
    live.close();

    const planner = { id: live.actor.id, name: 'Perencana', email: live.actor.email, role: 'planner' as const };
    const run = await srv.services.themes.run(forumId, { k: 4 }, planner);
    const holding = run.edited.themes.find((t) => t.members.includes(target.id));
    expect(holding, 'the merge target is in a theme').to.not.equal(undefined);
    const authorOf = new Map(inConsole.map((s) => [s.id, s.author]));
    const memberAuthors = new Set(holding!.members.map((id) => authorOf.get(id)));
    expect(holding!.participants, 'the theme counts the merged author too').to.equal(memberAuthors.size + 1);

    const report = await srv.services.reports.preview(forumId, reportRequestSchema.parse({ synthesisId: run.id }));
    expect(report.summary.participants).to.equal(5);
    expect(report.participationByRole.find((r) => r.role === 'media')).to.deep.include({ participants: 1, suggestions: 0 });
    expect(report.themes.find((t) => t.id === holding!.id)?.participants).to.equal(memberAuthors.size + 1);
  });
});
