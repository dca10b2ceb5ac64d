import type { Services } from '../services.js';
import { toPublicSession } from '../sessions/session.presenter.js';
import { KEYWORDS_WINDOW, topKeywords } from '../sessions/keywords.rules.js';
import { toFeedView, toModeratorView, toOwnView, type FeedView } from '../suggestions/suggestion.presenter.js';
import type { SuggestionStatus } from '../suggestions/suggestions.rules.js';
import type { HandlerLog } from './handle.js';
import type { AppServer } from './io.js';
import type { FeedChanges } from './events.js';
import { rooms } from './rooms.js';
import { liveThemes } from '../themes/live-themes.js';
import { backgroundWork, type BackgroundWork } from '../shared/background-work.js';

/** Statuses that take a suggestion out of the public feed (it may have been shown before). */
const LEAVES_FEED: SuggestionStatus[] = ['rejected', 'hidden', 'merged'];

/**
 * Coalesces bursts of changes: `fn(key)` runs at most once per `ms` per key, and never overlaps
 * itself. Changes that arrive while it runs cause exactly one more run afterwards, so a slow
 * database query cannot pile up runs behind it.
 */
function coalescer(ms: number, fn: (key: string) => Promise<void>, work: BackgroundWork) {
  const state = new Map<string, { timer?: NodeJS.Timeout; running: boolean; dirty: boolean }>();
  const trigger = (key: string): void => {
    if (work.isStopping()) return;
    const s = state.get(key) ?? { running: false, dirty: false };
    state.set(key, s);
    if (s.running) {
      s.dirty = true;
      return;
    }
    if (s.timer) return;
    s.timer = setTimeout(() => {
      s.timer = undefined;
      const done = work.start(() => fn(key));
      if (!done) return void state.delete(key);
      s.running = true;
      void done.finally(() => {
        s.running = false;
        if (s.dirty) {
          s.dirty = false;
          trigger(key);
        } else state.delete(key);
      });
    }, ms).unref(); // never keeps a stopping server alive
  };
  return trigger;
}

/**
 * The one place that maps domain events to rooms and presenters: moderators get everything,
 * the author gets their own suggestion's status, the room and projector get approved ones only.
 * `stop()` when the server stops: no coalesced refresh or live-theme run starts after it, and it
 * resolves once those already running have ended.
 */
export function startBroadcaster(
  io: AppServer,
  services: Services,
  log: HandlerLog,
  timing: { statsMs: number; keywordsMs: number; themesMs: number; feedMs: number },
): { stop(): Promise<void> } {
  const themes = liveThemes(io, services, log, timing.themesMs);
  const work = backgroundWork((err) => log.error({ err }, 'broadcast failed'));
  const stats = coalescer(
    timing.statsMs,
    async (sid) => {
      const s = await services.counters.read(sid);
      io.to([rooms.moderators(sid), rooms.projector(sid)]).emit('session:stats', s);
    },
    work,
  );
  const keywords = coalescer(
    timing.keywordsMs,
    async (sid) => {
      const session = await services.sessions.load(sid);
      const approved = await services.suggestions.recent(session._id, ['approved'], KEYWORDS_WINDOW);
      io.to(rooms.projector(sid)).emit('projector:keywords', topKeywords(approved.map((a) => a.text)));
    },
    work,
  );

  // The public feed goes to every phone in the room: its changes are sent together, at most once
  // per feedMs per session (each suggestion once, as it stands last), not one message per change.
  const feedChanges = new Map<string, Map<string, FeedView | null>>();
  const feed = coalescer(
    timing.feedMs,
    async (sid) => {
      const changes = feedChanges.get(sid);
      feedChanges.delete(sid);
      if (!changes?.size) return;
      const batch: FeedChanges = { upserts: [], removed: [] };
      changes.forEach((view, id) => (view ? batch.upserts.push(view) : batch.removed.push(id)));
      io.to(rooms.projector(sid)).emit('feed:changes', batch);
      if ((await services.sessions.current(sid)).settings.showFeed) io.to(rooms.participants(sid)).emit('feed:changes', batch);
    },
    work,
  );
  const feedChange = (sid: string, id: string, view: FeedView | null) => {
    const changes = feedChanges.get(sid) ?? new Map<string, FeedView | null>();
    feedChanges.set(sid, changes);
    changes.delete(id); // re-inserted last: the batch lists changes in the order they last happened
    changes.set(id, view);
    feed(sid);
  };

  services.bus.on('suggestion.changed', ({ suggestion, origin }) => {
    const sid = String(suggestion.sessionId);
    io.to(rooms.moderators(sid)).emit('mod:upsert', toModeratorView(suggestion));
    // The author's other devices; the socket that sent it has it in its ack.
    const author = io.to(rooms.participant(String(suggestion.participantId)));
    (origin ? author.except(origin) : author).emit('own:upsert', toOwnView(suggestion));
    if (suggestion.status === 'approved') {
      feedChange(sid, String(suggestion._id), toFeedView(suggestion));
      keywords(sid);
      themes.schedule(sid);
    } else if (LEAVES_FEED.includes(suggestion.status)) {
      feedChange(sid, String(suggestion._id), null);
      keywords(sid);
      themes.schedule(sid);
    }
    if (suggestion.status === 'pending') themes.schedule(sid);
    stats(sid);
  });

  services.bus.on('session.changed', ({ session }) => {
    const sid = String(session._id);
    io.to([rooms.participants(sid), rooms.lobby(sid), rooms.moderators(sid), rooms.projector(sid)]).emit('session:state', toPublicSession(session));
  });

  services.bus.on('participants.changed', ({ sessionId }) => stats(sessionId));
  services.bus.on('session.watched', ({ sessionId, socketId }) => themes.sendCurrent(sessionId, socketId));

  // An import or its undo: one event however many suggestions; consoles and projectors reload once.
  services.bus.on('suggestions.bulk', ({ sessionId, count, approved }) => {
    io.to([rooms.moderators(sessionId), rooms.projector(sessionId)]).emit('mod:resync', { count });
    // Approved ones changed the public feed: phones read it again (once, not per suggestion).
    if (approved) io.to(rooms.participants(sessionId)).emit('feed:resync', { count });
    stats(sessionId);
    keywords(sessionId);
    themes.schedule(sessionId);
  });

  services.bus.on('synthesis.progress', ({ forumId, runId, fraction, stage }) =>
    io.to(rooms.planners(forumId)).emit('synthesis:progress', { runId, fraction, stage }),
  );
  services.bus.on('synthesis.finished', ({ forumId, ...rest }) => io.to(rooms.planners(forumId)).emit('synthesis:finished', rest));
  services.bus.on('synthesis.edited', ({ forumId, runId }) => io.to(rooms.planners(forumId)).emit('synthesis:edited', { runId }));

  return {
    async stop(): Promise<void> {
      await Promise.all([themes.stop(), work.stop()]);
    },
  };
}
