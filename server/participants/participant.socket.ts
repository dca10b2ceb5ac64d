import { AppError } from '../errors.js';
import type { Config } from '../config/index.js';
import type { Services } from '../services.js';
import { RateLimiter, type StoreFactory } from '../shared/rate-limiter.js';
import { toPublicSession } from '../sessions/session.presenter.js';
import { toFeedView, toOwnView } from '../suggestions/suggestion.presenter.js';
import { FEED_WINDOW } from '../suggestions/suggestions.rules.js';
import type { ParticipantIdentity } from './participants.service.js';
import { handle, type AppSocket, type HandlerLog } from '../realtime/handle.js';
import { rooms } from '../realtime/rooms.js';

export interface ParticipantLimits {
  perParticipant: RateLimiter;
  perIp: RateLimiter;
  /** New participants per address: without it any number of sockets could inflate the projector's count. */
  joinsPerIp: RateLimiter;
  /** Similar-suggestion lookups per address (each compares with up to 300 suggestions). */
  similarPerIp: RateLimiter;
}

/** Per process, or shared by every instance when `store` is given (Redis): two instances never double a quota. */
export function participantLimits(config: Config, store?: (name: string) => StoreFactory): ParticipantLimits {
  return {
    perParticipant: new RateLimiter(config.SUBMIT_LIMIT_PER_MINUTE, 60_000, store?.('submit-participant')),
    perIp: new RateLimiter(config.SUBMIT_IP_LIMIT_PER_MINUTE, 60_000, store?.('submit-ip')),
    joinsPerIp: new RateLimiter(config.JOIN_IP_LIMIT_PER_MINUTE, 60_000, store?.('join-ip')),
    similarPerIp: new RateLimiter(config.JOIN_IP_LIMIT_PER_MINUTE * 2, 60_000, store?.('similar-ip')),
  };
}

/** The participant who joined on this socket, or an error: identity never comes from payloads. */
function me(socket: AppSocket): ParticipantIdentity {
  const p = socket.data.participant;
  if (!p) throw new AppError('unauthenticated', 'detail.join_first');
  return p as ParticipantIdentity;
}

/** Participant events: join, submit (idempotent), edit/withdraw own pending, vote, similar hint. */
export function registerParticipantEvents(socket: AppSocket, services: Services, limits: ParticipantLimits, log: HandlerLog): void {
  const currentSession = async () => services.sessions.current(me(socket).sessionId);

  // The join page's first call, before any join: the session's state, and a place in its lobby so the
  // page hears the moderator open, pause or close it (the waiting room switches without a reload).
  handle(
    socket,
    'participant:hello',
    async (p) => {
      const session = await services.sessions.findByCode(p.code);
      const forum = await services.forums.get(String(session.forumId));
      await socket.join(rooms.lobby(String(session._id)));
      return { session: toPublicSession(session), forumTitle: forum.title, profile: await services.participants.knownProfile(session, p.person) };
    },
    { log, perSecond: 5 },
  );

  handle(
    socket,
    'participant:join',
    async (p) => {
      const session = await services.sessions.findByCode(p.code);
      const { participant, token, person } = await services.participants.join(session, p, async () => !(await limits.joinsPerIp.hit(socket.data.ip)).allowed);
      socket.data.participant = participant;
      const sid = String(session._id);
      await socket.join([rooms.participants(sid), rooms.participant(participant.id)]);
      // Someone new has no suggestions or votes yet: their join reads neither (each is a query by
      // participant, which on FerretDB scans every suggestion of every session).
      const returning = p.token === token; // a resumed participant keeps its token
      const [own, feed, voted] = await Promise.all([
        returning ? services.suggestions.own(participant) : Promise.resolve([]),
        session.settings.showFeed ? services.suggestions.recent(session._id, ['approved'], FEED_WINDOW) : Promise.resolve([]),
        returning ? services.suggestions.votedBy(participant) : Promise.resolve([]),
      ]);
      return {
        token,
        ...(person ? { person } : {}),
        participant,
        session: toPublicSession(session),
        own: own.map(toOwnView),
        themes: await services.ownThemes.of(String(session.forumId), own),
        feed: feed.map(toFeedView),
        voted,
      };
    },
    { log, perSecond: 10 },
  );

  handle(
    socket,
    'suggestion:submit',
    async (p) => {
      const participant = me(socket);
      const session = await currentSession();
      // A retry of something already stored must succeed even when the rate limit is reached,
      // so the limits count only new submissions (checked after the idempotency lookup).
      const limited = async () => {
        const [a, b] = await Promise.all([limits.perParticipant.hit(participant.id), limits.perIp.hit(socket.data.ip)]);
        return !a.allowed || !b.allowed;
      };
      const { suggestion, duplicate } = await services.suggestions.submit(session, participant, p, { isRateLimited: limited, origin: socket.id });
      return { suggestion: toOwnView(suggestion), duplicate };
    },
    { log, perSecond: 10 },
  );

  handle(socket, 'suggestion:edit', async (p) => toOwnView(await services.suggestions.edit(await currentSession(), me(socket), p.id, p.text)), { log });
  handle(socket, 'suggestion:withdraw', async (p) => toOwnView(await services.suggestions.withdraw(me(socket), p.id)), { log });
  handle(socket, 'suggestion:vote', async (p) => toFeedView(await services.suggestions.vote(await currentSession(), me(socket), p.id, p.on)), { log });
  handle(
    socket,
    'suggestion:similar',
    async (p) => {
      const session = await currentSession();
      if (!(await limits.similarPerIp.hit(socket.data.ip)).allowed) throw new AppError('rate_limited');
      const matches = await services.suggestions.similar(session, p.text);
      return matches.map((m) => ({ id: String(m.suggestion._id), text: m.suggestion.text, votes: m.suggestion.votes, score: Math.round(m.score * 100) / 100 }));
    },
    { log, perSecond: 5 },
  );
}
