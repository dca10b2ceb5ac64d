import type { Services } from '../services.js';
import { toPublicSession } from '../sessions/session.presenter.js';
import { topKeywords } from '../sessions/keywords.rules.js';
import { toFeedView, toModeratorView, toOwnView } from '../suggestions/suggestion.presenter.js';
import type { SuggestionStatus } from '../suggestions/suggestions.rules.js';
import type { HandlerLog } from './handle.js';
import type { AppServer } from './io.js';
import { sessionStats } from './moderator.socket.js';
import { rooms } from './rooms.js';

/** Statuses that take a suggestion out of the public feed (it may have been shown before). */
const LEAVES_FEED: SuggestionStatus[] = ['rejected', 'hidden', 'merged'];

/** Calls `fn(key)` once per key after `ms` of quiet per key: coalesces bursts of changes. */
function debouncer(ms: number, fn: (key: string) => Promise<void>, log: HandlerLog) {
  const timers = new Map<string, NodeJS.Timeout>();
  return (key: string) => {
    if (timers.has(key)) return;
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        fn(key).catch((err: unknown) => log.error({ err }, 'broadcast failed'));
      }, ms),
    );
  };
}

/**
 * The one place that maps domain events to rooms and presenters: moderators get everything,
 * the author gets their own suggestion's status, the room and projector get approved ones only.
 */
export function startBroadcaster(io: AppServer, services: Services, log: HandlerLog, timing = { statsMs: 300, keywordsMs: 1500 }): void {
  const stats = debouncer(
    timing.statsMs,
    async (sid) => {
      const s = await sessionStats(services, sid);
      io.to([rooms.moderators(sid), rooms.projector(sid)]).emit('session:stats', s);
    },
    log,
  );
  const keywords = debouncer(
    timing.keywordsMs,
    async (sid) => {
      const session = await services.sessions.load(sid);
      const approved = await services.suggestions.approved(session._id);
      io.to(rooms.projector(sid)).emit('projector:keywords', topKeywords(approved.map((a) => a.text)));
    },
    log,
  );

  services.bus.on('suggestion.changed', ({ suggestion }) => {
    const sid = String(suggestion.sessionId);
    io.to(rooms.moderators(sid)).emit('mod:upsert', toModeratorView(suggestion));
    io.to(rooms.participant(String(suggestion.participantId))).emit('own:upsert', toOwnView(suggestion));
    if (suggestion.status === 'approved') {
      io.to(rooms.projector(sid)).emit('feed:upsert', toFeedView(suggestion));
      void services.sessions
        .load(sid)
        .then((session) => {
          if (session.settings.showFeed) io.to(rooms.participants(sid)).emit('feed:upsert', toFeedView(suggestion));
        })
        .catch((err: unknown) => log.error({ err }, 'broadcast failed'));
      keywords(sid);
    } else if (LEAVES_FEED.includes(suggestion.status)) {
      io.to([rooms.participants(sid), rooms.projector(sid)]).emit('feed:remove', { id: String(suggestion._id) });
      keywords(sid);
    }
    stats(sid);
  });

  services.bus.on('session.changed', ({ session }) => {
    const sid = String(session._id);
    io.to([rooms.participants(sid), rooms.moderators(sid), rooms.projector(sid)]).emit('session:state', toPublicSession(session));
  });

  services.bus.on('participants.changed', ({ sessionId }) => stats(sessionId));
}
