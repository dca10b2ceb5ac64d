import type { Services } from '../services.js';
import { handle, type AppSocket, type HandlerLog } from '../realtime/handle.js';
import { rooms } from '../realtime/rooms.js';
import { synthesisForPage, themesStateForPage } from './synthesis.presenter.js';

const lang = (socket: AppSocket) => socket.data.lang ?? 'id';

/** Planner events: open a forum's themes, run a synthesis (progress goes to the room), edit themes, the road-map matrix. */
export function registerThemesEvents(socket: AppSocket, services: Services, log: HandlerLog): void {
  const opts = { log, roles: ['planner' as const] };

  // The room is joined once the forum is known and before the snapshot is read (see overview).
  handle(socket, 'themes:join', async (p) => themesStateForPage(await services.themes.overview(p.forumId, () => socket.join(rooms.planners(p.forumId))), lang(socket)), opts);

  handle(socket, 'themes:run', async (p) => synthesisForPage(await services.themes.run(p.forumId, { sessionIds: p.sessionIds, k: p.k }, socket.data.staff!), lang(socket)), { ...opts, perSecond: 3 });
  handle(socket, 'themes:edit', async (p) => synthesisForPage(await services.themes.edit(p.synthesisId, p.edit, socket.data.staff!), lang(socket)), opts);
  // The road-map matrix of a version with its edits, named in the planner's language.
  handle(socket, 'themes:matrix', (p) => services.reports.roadmap(p.forumId, p.synthesisId, socket.data.lang), opts);
}
