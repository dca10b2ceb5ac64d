import { expect } from 'chai';
import { Types } from 'mongoose';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import { FEED_WINDOW } from '../server/suggestions/suggestions.rules.js';
import type { JoinResult, ProjectorState } from '../server/realtime/events.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { emitWithAck } from './harness/socket.js';
import { liveSession } from './harness/live.js';

/**
 * The live views read a bounded window of the latest suggestions, so their cost does not grow with
 * the session: a phone's feed and the projector's list start with the latest FEED_WINDOW approved.
 */
describe('live views of a large session', () => {
  useDatabase('live-windows');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer();
  });
  after(() => srv.close());

  it('a joining phone and an opening projector get the latest approved suggestions, oldest first, not the whole session', async () => {
    const live = await liveSession(srv, { settings: { preModeration: false, showFeed: true } });
    const t0 = Date.now() - 3_600_000;
    const docs = Array.from({ length: FEED_WINDOW + 50 }, (_, i) => ({
      sessionId: live.session._id, participantId: new Types.ObjectId(), clientId: `w${i}`, text: `Usulan ke-${i} tentang ruang kreatif`,
      status: i % 10 === 9 ? 'rejected' : 'approved', createdAt: new Date(t0 + i * 1000), updatedAt: new Date(t0 + i * 1000),
    }));
    await Suggestion.insertMany(docs);
    // Written behind the services' back, as an import writes: announced the same way (the live views keep a window in memory).
    srv.services.bus.emit('suggestions.bulk', { sessionId: live.id, count: docs.length, approved: true });
    const approvedTexts = docs.filter((d) => d.status === 'approved').map((d) => d.text);
    const expected = approvedTexts.slice(-FEED_WINDOW);

    const phone = await live.participant();
    expect((phone.join as JoinResult).feed.map((f) => f.text)).to.deep.equal(expected);
    const projector = await live.socket(live.agent.cookieHeader());
    const state = await emitWithAck<ProjectorState>(projector, 'projector:join', { sessionId: live.id });
    expect(state.feed.map((f) => f.text)).to.deep.equal(expected);
    live.close();
  });
});
