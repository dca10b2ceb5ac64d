import { Forum } from '../forums/forum.model.js';
import { Session } from '../sessions/session.model.js';
import { Suggestion } from '../suggestions/suggestion.model.js';
import { AppError } from '../errors.js';
import type { Services } from '../services.js';
import { objectId } from '../shared/ids.js';
import { handle, type AppSocket, type HandlerLog } from './handle.js';
import { rooms } from './rooms.js';

/** Planner events: open a forum's themes, run a synthesis (progress goes to the room), edit themes, the road-map matrix. */
export function registerThemesEvents(socket: AppSocket, services: Services, log: HandlerLog): void {
  const opts = { log, roles: ['planner' as const] };

  handle(
    socket,
    'themes:join',
    async (p) => {
      const forumId = objectId(p.forumId);
      if (!(await Forum.exists({ _id: forumId }))) throw new AppError('not_found');
      await socket.join(rooms.planners(p.forumId));
      const sessions = await Session.find({ forumId }).sort({ createdAt: 1 }).lean();
      const approved = await Promise.all(sessions.map((s) => Suggestion.countDocuments({ sessionId: s._id, status: 'approved' })));
      return {
        latest: await services.themes.latest(p.forumId),
        versions: await services.themes.list(p.forumId),
        sessions: sessions.map((s, i) => ({ id: String(s._id), title: s.title, status: s.status, approved: approved[i] ?? 0 })),
      };
    },
    opts,
  );

  handle(socket, 'themes:run', (p) => services.themes.run(p.forumId, { sessionIds: p.sessionIds, k: p.k }, socket.data.staff!), { ...opts, perSecond: 3 });
  handle(socket, 'themes:edit', (p) => services.themes.edit(p.synthesisId, p.edit, socket.data.staff!), opts);
  // The road-map matrix of a version with its edits, named in the planner's language.
  handle(socket, 'themes:matrix', (p) => services.reports.roadmap(p.forumId, p.synthesisId, socket.data.lang), opts);
}
