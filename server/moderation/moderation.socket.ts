import { AppError } from '../errors.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import type { Services } from '../services.js';
import { toPublicSession } from '../sessions/session.presenter.js';
import { toFeedView, toModeratorView } from '../suggestions/suggestion.presenter.js';
import { KEYWORDS_WINDOW, topKeywords } from '../sessions/keywords.rules.js';
import { FEED_WINDOW } from '../suggestions/suggestions.rules.js';
import { handle, type AppSocket, type HandlerLog } from '../realtime/handle.js';
import { rooms } from '../realtime/rooms.js';
import { toTargets } from './moderation.rules.js';

const STAFF = ['moderator'] as const;
const ANY_STAFF = ['moderator', 'planner'] as const;

/** Moderator console and projector events. The session comes from the socket (set at join). */
export function registerModeratorEvents(socket: AppSocket, services: Services, log: HandlerLog): void {
  const staff = (): StaffIdentity => socket.data.staff!;
  const session = async () => {
    if (!socket.data.staffSessionId) throw new AppError('validation_failed', 'sessionId: join a session first');
    return services.sessions.load(socket.data.staffSessionId);
  };
  const opts = { log, roles: [...STAFF] };

  handle(
    socket,
    'mod:join',
    async (p) => {
      const s = await services.sessions.load(p.sessionId);
      const sid = String(s._id);
      if (socket.data.staffSessionId && socket.data.staffSessionId !== sid) await socket.leave(rooms.moderators(socket.data.staffSessionId));
      socket.data.staffSessionId = sid;
      await socket.join(rooms.moderators(sid));
      services.bus.emit('session.watched', { sessionId: sid, socketId: socket.id });
      const all = await services.suggestions.all(s._id);
      // Opening the console counts afresh (it reads every suggestion anyway): any drift of the kept counters heals.
      return { session: toPublicSession(s), suggestions: all.map(toModeratorView), stats: await services.counters.recount(sid) };
    },
    opts,
  );

  handle(
    socket,
    'projector:join',
    async (p) => {
      const s = await services.sessions.load(p.sessionId);
      const sid = String(s._id);
      socket.data.staffSessionId = sid;
      await socket.join(rooms.projector(sid));
      services.bus.emit('session.watched', { sessionId: sid, socketId: socket.id });
      const approved = await services.suggestions.recent(s._id, ['approved'], KEYWORDS_WINDOW);
      return {
        session: toPublicSession(s),
        feed: approved.slice(-FEED_WINDOW).map(toFeedView),
        stats: await services.counters.read(sid),
        keywords: topKeywords(approved.map((a) => a.text)),
      };
    },
    { log, roles: [...ANY_STAFF] },
  );

  const views = (docs: Parameters<typeof toModeratorView>[0][]) => docs.map(toModeratorView);
  const one = (id: string, version?: number) => toTargets([id], version === undefined ? undefined : [version])[0]!;
  const mod = services.moderation;
  handle(socket, 'mod:approve', async (p) => views(await mod.approve(staff(), await session(), toTargets(p.ids, p.versions))), opts);
  handle(socket, 'mod:reject', async (p) => views(await mod.reject(staff(), await session(), toTargets(p.ids, p.versions), p.reason ?? null)), opts);
  handle(socket, 'mod:edit', async (p) => views(await mod.edit(staff(), await session(), one(p.id, p.version), p.text)), opts);
  handle(socket, 'mod:merge', async (p) => views(await mod.merge(staff(), await session(), one(p.id, p.version), one(p.into, p.intoVersion))), opts);
  handle(socket, 'mod:unmerge', async (p) => views(await mod.unmerge(staff(), await session(), one(p.id, p.version))), opts);
  handle(socket, 'mod:pin', async (p) => views(await mod.pin(staff(), await session(), one(p.id, p.version), p.on)), opts);
  handle(socket, 'mod:highlight', async (p) => views(await mod.highlight(staff(), await session(), one(p.id, p.version), p.on)), opts);
  handle(socket, 'mod:tag', async (p) => views(await mod.tag(staff(), await session(), toTargets(p.ids, p.versions), p.category)), opts);

  const sid = async () => String((await session())._id);
  handle(socket, 'session:control', async (p) => toPublicSession(await services.sessions.control(await sid(), p.action, staff())), opts);
  handle(socket, 'session:prompt', async (p) => toPublicSession(await services.sessions.setActivePrompt(await sid(), p.promptId, staff())), opts);
  handle(socket, 'session:add-prompt', async (p) => toPublicSession(await services.sessions.addPrompt(await sid(), p.text, staff())), opts);
  handle(socket, 'session:settings', async (p) => toPublicSession(await services.sessions.updateSettings(await sid(), p, staff())), opts);
}
