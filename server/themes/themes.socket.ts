import type { Services } from '../services.js';
import { handle, type AppSocket, type HandlerLog } from '../realtime/handle.js';
import { rooms } from '../realtime/rooms.js';

/** Planner events: open a forum's themes, run a synthesis (progress goes to the room), edit themes, the road-map matrix. */
export function registerThemesEvents(socket: AppSocket, services: Services, log: HandlerLog): void {
  const opts = { log, roles: ['planner' as const] };

  // The room is joined once the forum is known and before the snapshot is read (see overview).
  handle(socket, 'themes:join', (p) => services.themes.overview(p.forumId, () => socket.join(rooms.planners(p.forumId))), opts);

  handle(socket, 'themes:run', (p) => services.themes.run(p.forumId, { sessionIds: p.sessionIds, k: p.k }, socket.data.staff!), { ...opts, perSecond: 3 });
  handle(socket, 'themes:edit', (p) => services.themes.edit(p.synthesisId, p.edit, socket.data.staff!), opts);
  // The road-map matrix of a version with its edits, named in the planner's language.
  handle(socket, 'themes:matrix', (p) => services.reports.roadmap(p.forumId, p.synthesisId, socket.data.lang), opts);
}
