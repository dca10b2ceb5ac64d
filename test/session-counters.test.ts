import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { Types } from 'mongoose';
import { createClient } from 'redis';
import { DomainBus } from '../server/shared/bus.js';
import { redisCounterStore } from '../server/shared/redis.js';
import { createSessionCounters, memoryCounterStore, type CounterStore, type Counts } from '../server/sessions/session-counters.js';
import type { SuggestionDoc } from '../server/suggestions/suggestion.model.js';
import type { SuggestionStatus } from '../server/suggestions/suggestions.rules.js';
import { Suggestion } from '../server/suggestions/suggestion.model.js';
import type { ModeratorState, SessionStats } from '../server/realtime/events.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { emitWithAck, waitForEvent } from './harness/socket.js';
import { clientId, liveSession } from './harness/live.js';

const SID = new Types.ObjectId();
const suggestion = (status: SuggestionStatus) => ({ sessionId: SID, status }) as SuggestionDoc;

/** Counters over a store, with a "database" that says what a full count finds and how often it was asked. */
function rig(store: CounterStore) {
  const bus = new DomainBus();
  const db: Counts = { participants: 2, pending: 3, approved: 1 };
  let counted = 0;
  const counters = createSessionCounters({
    bus,
    store,
    count: async () => {
      counted++;
      return { ...db };
    },
  });
  return { bus, db, counters, counted: () => counted };
}

/** Lets fire-and-forget store writes (Redis round trips) finish. */
const settle = () => new Promise((r) => setTimeout(r, 30));

function behavesAsKeptCounters(name: string, makeStore: () => CounterStore) {
  describe(`session counters (${name})`, () => {
    it('counts once, then follows status moves and joins without counting again', async () => {
      const { bus, counters, counted } = rig(makeStore());
      const sid = String(SID);
      expect(await counters.read(sid)).to.deep.equal({ participants: 2, suggestions: 4, approved: 1, pending: 3 });
      bus.emit('suggestion.changed', { suggestion: suggestion('pending'), from: null }); // submitted
      bus.emit('suggestion.changed', { suggestion: suggestion('approved'), from: 'pending' }); // approved
      bus.emit('suggestion.changed', { suggestion: suggestion('rejected'), from: 'pending' }); // rejected
      bus.emit('suggestion.changed', { suggestion: suggestion('withdrawn'), from: 'pending' }); // withdrawn: no longer counted
      bus.emit('suggestion.changed', { suggestion: suggestion('approved') }); // a vote or an edit: no move
      bus.emit('participants.changed', { sessionId: sid, delta: 1 });
      await settle();
      expect(await counters.read(sid)).to.deep.equal({ participants: 3, suggestions: 4, approved: 2, pending: 1 });
      expect(counted()).to.equal(1);
    });

    it('a change of unknown size (a bulk import, an undo) drops them: the next read counts again', async () => {
      const { bus, db, counters, counted } = rig(makeStore());
      const sid = String(SID);
      await counters.read(sid);
      db.approved = 500;
      bus.emit('suggestions.bulk', { sessionId: sid, count: 499, approved: true });
      await settle();
      expect((await counters.read(sid)).approved).to.equal(500);
      bus.emit('participants.changed', { sessionId: sid }); // size unknown
      await settle();
      await counters.read(sid);
      expect(counted()).to.equal(3);
    });

    it('changes before the first count are not added to nothing; readers at the same time share one count', async () => {
      const { bus, counters, counted } = rig(makeStore());
      const sid = String(SID);
      bus.emit('suggestion.changed', { suggestion: suggestion('pending'), from: null });
      await settle();
      const [a, b] = await Promise.all([counters.read(sid), counters.read(sid)]);
      expect(a).to.deep.equal(b);
      expect(a.pending).to.equal(3);
      expect(counted()).to.equal(1);
    });
  });
}

behavesAsKeptCounters('memory', () => memoryCounterStore());

describe('session counters (Redis)', function () {
  const redisUrl = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `rembuk-test-${randomBytes(4).toString('hex')}:`;
  const redis = createClient({ url: redisUrl, socket: { reconnectStrategy: false, connectTimeout: 2000 } });
  redis.on('error', () => undefined); // connect() below reports it
  before(async function () {
    try {
      await redis.connect();
    } catch (err) {
      console.log(`    SKIPPED: no Redis at ${redisUrl} (${err instanceof Error ? err.message : String(err)})`);
      this.skip();
    }
  });
  after(async () => {
    if (!redis.isOpen) return;
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(keys);
    await redis.close();
  });
  // Each test its own key prefix: Redis is shared by every instance (and every test).
  behavesAsKeptCounters('Redis store', () => redisCounterStore(redis, `${prefix}${randomBytes(3).toString('hex')}:`, 60_000));
});

describe('memory counter store', () => {
  it('forgets counters after their time to live, so drift cannot last', async () => {
    let now = 0;
    const store = memoryCounterStore(1000, () => now);
    await store.set('s', { approved: 2 });
    await store.add('s', { approved: 1 });
    expect(await store.get('s')).to.deep.equal({ approved: 3 });
    now = 1000;
    expect(await store.get('s')).to.equal(null);
    await store.add('s', { approved: 1 });
    expect(await store.get('s')).to.equal(null);
  });
});

describe('session counters in a running server', () => {
  useDatabase('session-counters');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer();
  });
  after(() => srv.close());

  it('after joins, submissions, every moderation move and a withdrawal the kept counters equal a full count; opening the console heals drift', async () => {
    const live = await liveSession(srv, { settings: { preModeration: true } });
    const phones = await Promise.all([1, 2, 3].map(() => live.participant()));
    const ids: string[] = [];
    for (const [i, p] of [...phones, ...phones].entries()) {
      const res = await emitWithAck<{ suggestion: { id: string } }>(p.socket, 'suggestion:submit', { clientId: clientId(), text: `Usulan nomor ${i} tentang pelatihan` });
      ids.push(res.suggestion.id);
    }
    await emitWithAck(live.moderator, 'mod:approve', { ids: ids.slice(0, 3), versions: [0, 0, 0] });
    await emitWithAck(live.moderator, 'mod:reject', { ids: [ids[3]], versions: [0] });
    await emitWithAck(live.moderator, 'mod:merge', { id: ids[1], version: 1, into: ids[0], intoVersion: 1 });
    await emitWithAck(phones[1]!.socket, 'suggestion:withdraw', { id: ids[4] });

    const full = async (): Promise<SessionStats> => {
      const by = await srv.services.suggestions.countByStatus(live.session._id);
      const n = (s: SuggestionStatus) => by[s] ?? 0;
      const suggestions = n('pending') + n('approved') + n('rejected') + n('hidden') + n('merged');
      return { participants: await srv.services.participants.count(live.id), suggestions, approved: n('approved'), pending: n('pending') };
    };
    const pushed = waitForEvent<SessionStats>(live.moderator, 'session:stats');
    await emitWithAck(phones[0]!.socket, 'suggestion:submit', { clientId: clientId(), text: 'Satu lagi: coworking space' });
    expect(await pushed).to.deep.equal(await full());
    expect(await srv.services.counters.read(live.id)).to.deep.equal(await full());

    // A write behind the service's back is not seen by the kept counters (they are not recounted)...
    await Suggestion.deleteOne({ _id: new Types.ObjectId(ids[5]) });
    expect((await srv.services.counters.read(live.id)).suggestions).to.equal((await full()).suggestions + 1);
    // ...until a console opens, which counts afresh.
    const opened = await emitWithAck<ModeratorState>(live.moderator, 'mod:join', { sessionId: live.id });
    expect(opened.stats).to.deep.equal(await full());
    expect(await srv.services.counters.read(live.id)).to.deep.equal(await full());
    live.close();
  });
});
